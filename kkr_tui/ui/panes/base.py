"""What every pane shares: access to the app's data and a hook to redraw on change."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from textual.containers import Vertical
from textual.widgets import ContentSwitcher

if TYPE_CHECKING:
    import pendulum

    from kkr_tui.store import Snapshot
    from kkr_tui.ui.app import KkrApp


class Pane(Vertical):
    """A pane draws itself from the current snapshot in `refresh_data`.

    After every change (its own or another user's) the app marks each pane stale;
    the pane on screen redraws at once, the hidden ones when they are next shown.
    So start-up and a live refresh pay only for what the user sees, which on 20
    years of data is the difference between a quick and a sluggish screen.
    Panes keep no copy of the data beyond what their widgets show.
    """

    title_key = ""
    _stale = True

    @property
    def kkr(self) -> KkrApp:
        return cast("KkrApp", self.app)

    @property
    def snapshot(self) -> Snapshot:
        return self.kkr.snapshot

    @property
    def today(self) -> pendulum.Date:
        return self.kkr.clock.today()

    @property
    def is_shown(self) -> bool:
        switcher = self.parent
        return isinstance(switcher, ContentSwitcher) and switcher.current == self.id

    def on_mount(self) -> None:
        self.redraw_if_stale()

    def mark_stale(self) -> None:
        self._stale = True
        self.redraw_if_stale()

    def redraw_if_stale(self) -> None:
        """Redraw now if the data changed since the last draw and the pane is shown."""
        if self._stale and self.is_shown:
            self._stale = False
            self.refresh_data()
            self.kkr.tell_damaged_archive()

    def prepare(self) -> None:
        """Work out, while still hidden, the data the pane's first show needs (no
        drawing: a hidden pane has no size yet). Called once, after the first paint,
        when the app mounts the pane in the background (KkrApp._prepare_next_pane);
        what it works out is remembered by the snapshot or the store, so the first
        2, 3 or 4 only draws. Nothing by default."""

    def refresh_data(self) -> None:
        raise NotImplementedError
