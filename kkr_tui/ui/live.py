"""Live refresh: another secretary's change (or `kkr import`) shows up within a second.

Once a second the app asks the store for its snapshot. That costs one stat while
the file is unchanged (plus a read in the few seconds after a change, see
Store.snapshot); the file is parsed only when it really changed. Then `app.reload()`
redraws the panes: tables keep the cursor on the same record (tables.restore_cursor), and
open dialogs are separate screens that reload does not touch, so text being typed
stays. A file that cannot be read (someone wrote garbage into it) is reported once
and the last valid state stays on screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kkr_tui.domain.text import printable
from kkr_tui.i18n import t
from kkr_tui.store import StoreError

if TYPE_CHECKING:
    from kkr_tui.ui.app import KkrApp

POLL_INTERVAL_S = 1.0


class LiveRefresh:
    def __init__(self, app: KkrApp) -> None:
        self.app = app
        self._reported: str | None = None

    def start(self) -> None:
        self.app.set_interval(POLL_INTERVAL_S, self.check, name="live-refresh")

    def check(self) -> bool:
        """Redraw if the file changed since it was last drawn; True if it redrew."""
        try:
            current = self.app.readable_snapshot()
        except StoreError as exc:
            self._report(exc)
            return False
        self._reported = None
        if current is self.app.shown_snapshot:
            return False
        self.app.reload()
        return True

    def _report(self, exc: StoreError) -> None:
        message = str(exc)
        if message == self._reported:
            return  # once per problem, not every second
        self._reported = message
        self.app.notify(
            printable(t("refresh.unreadable", error=message), single_line=False),
            severity="error",
            timeout=15,
            markup=False,
        )
