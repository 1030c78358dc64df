"""Write a change through the store and tell the user how it went.

Every change of the agenda screens goes through `write`: one transaction (so a reorder
or a postponement is one atomic write), then a reload of every pane and screen. When
someone else changed or deleted the record meanwhile (ConflictError /
MissingRecordError), nothing is written: the user is told, and the screens reload
so she sees the current state before trying again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from kkr_tui.domain.errors import DomainError
from kkr_tui.domain.models import Record
from kkr_tui.i18n import t
from kkr_tui.store import ConflictError, MissingRecordError, StoreError, Transaction

if TYPE_CHECKING:
    from kkr_tui.ui.app import KkrApp

NOTIFY_SECONDS = 8
# A confirmation is brief: the screen itself already shows the change.
DONE_SECONDS = 3


def write(app: KkrApp, change: Callable[[Transaction], None], *, done: str = "") -> bool:
    """Run `change` in one transaction; True when it was saved."""
    try:
        with app.store.transaction() as tx:
            change(tx)
    except ConflictError:
        app.notify(t("save.conflict"), severity="error", timeout=NOTIFY_SECONDS)
        app.reload()
        return False
    except MissingRecordError:
        app.notify(t("save.missing"), severity="error", timeout=NOTIFY_SECONDS)
        app.reload()
        return False
    except StoreError as exc:
        app.notify(t("save.failed", error=exc.message), severity="error", timeout=NOTIFY_SECONDS)
        return False
    except DomainError as exc:
        app.notify(str(exc), severity="error", timeout=NOTIFY_SECONDS)
        return False
    app.reload()
    if done:
        app.notify(done, timeout=DONE_SECONDS)
    return True


def update_all(records: Iterable[Record]) -> Callable[[Transaction], None]:
    """A change that saves each record (each revision-checked)."""
    batch = list(records)

    def change(tx: Transaction) -> None:
        for record in batch:
            tx.update(record)

    return change
