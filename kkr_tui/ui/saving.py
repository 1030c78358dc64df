"""Write the agenda screens' changes through the store and say how it went.

One record (an item edited, its state or decision, the meeting held, published,
cancelled, its attendance): `save_one` goes through the shared conflict helper
(kkr_tui.ui.widgets.conflict): off the UI thread, and when someone else saved the
same record meanwhile the user sees theirs and mine side by side and chooses.

Several records at once (reorder, delete with renumbering, postpone, dispatch with
its items): `write` runs them in one transaction, so all or nothing is written. A
conflict there is not a choice between two versions of one record, so nothing is
written, the user is told, and the screens reload to show the current state.
Both reload every pane and screen after a change (app.reload()).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from kkr_tui.domain.errors import DomainError
from kkr_tui.domain.models import Record
from kkr_tui.i18n import t
from kkr_tui.store import ConflictError, MissingRecordError, StoreError, Transaction
from kkr_tui.ui.widgets.conflict import Outcome, save_record

if TYPE_CHECKING:
    from kkr_tui.ui.app import KkrApp

R = TypeVar("R", bound=Record)

NOTIFY_SECONDS = 8
# A confirmation is brief: the screen itself already shows the change.
DONE_SECONDS = 3
WORKER_GROUP = "agenda-save"


def save_one(
    app: KkrApp,
    record: R,
    *,
    done: str = "",
    then: Callable[[R], None] | None = None,
) -> None:
    """Save (or add) one record in a worker; `then(stored)` runs when mine was stored."""

    async def run() -> None:
        result = await save_record(app, record)
        if result.outcome is Outcome.SAVED and result.record is not None:
            if done:
                app.notify(done, timeout=DONE_SECONDS, markup=False)
            if then is not None:
                then(result.record)

    app.run_worker(run(), group=WORKER_GROUP)


def write(app: KkrApp, change: Callable[[Transaction], None], *, done: str = "") -> bool:
    """Run `change` in one transaction; True when it was saved."""
    try:
        with app.store.transaction() as tx:
            change(tx)
    except ConflictError:
        app.notify(t("save.agenda_conflict"), severity="error", timeout=NOTIFY_SECONDS)
        app.reload()
        return False
    except MissingRecordError:
        app.notify(t("save.missing"), severity="error", timeout=NOTIFY_SECONDS)
        app.reload()
        return False
    except StoreError as exc:
        app.notify(
            t("save.failed", error=exc.message),
            severity="error",
            timeout=NOTIFY_SECONDS,
            markup=False,
        )
        return False
    except DomainError as exc:
        app.notify(str(exc), severity="error", timeout=NOTIFY_SECONDS, markup=False)
        return False
    app.reload()
    if done:
        app.notify(done, timeout=DONE_SECONDS, markup=False)
    return True
