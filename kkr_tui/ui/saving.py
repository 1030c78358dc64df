"""Run a change through the store and tell the user how it went.

Another secretary may have changed or deleted the record since this screen read it
(ConflictError / MissingRecordError): nothing is saved, the user is told so, and the
view is reloaded so they see the current data and can try again. Any other store
refusal (read-only file, lock held too long) is shown as an error. After a save every
pane and screen is redrawn from the file.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from kkr_tui.i18n import t
from kkr_tui.store import ConflictError, MissingRecordError, StoreError

if TYPE_CHECKING:
    from kkr_tui.ui.app import KkrApp


def save(app: KkrApp, change: Callable[[], object], done: str = "") -> bool:
    """Run `change` (store verbs); True if it was saved."""
    try:
        change()
    except (ConflictError, MissingRecordError) as exc:
        app.notify(t("save.conflict", reason=exc.message), severity="warning", markup=False)
        app.reload()
        return False
    except StoreError as exc:
        app.notify(t("save.failed", reason=exc.message), severity="error", markup=False)
        return False
    app.reload()
    if done:
        app.notify(done, markup=False)
    return True
