"""What every pane shares: access to the app's data and a hook to redraw on change."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

import pendulum
from textual.containers import Vertical

from kkr_tui.store import Snapshot

if TYPE_CHECKING:
    from kkr_tui.ui.app import KkrApp


class Pane(Vertical):
    """A pane draws itself from the current snapshot in `refresh_data`.

    The app calls `refresh_data` after every change (its own or another user's),
    so panes keep no copy of the data beyond what their widgets show.
    """

    title_key = ""

    @property
    def kkr(self) -> KkrApp:
        return cast("KkrApp", self.app)

    @property
    def snapshot(self) -> Snapshot:
        return self.kkr.snapshot

    @property
    def today(self) -> pendulum.Date:
        return self.kkr.clock.today()

    def on_mount(self) -> None:
        self.refresh_data()

    def refresh_data(self) -> None:
        raise NotImplementedError
