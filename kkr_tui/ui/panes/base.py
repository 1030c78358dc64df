"""What every pane shares: access to the app's data and a hook to redraw on change."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from textual.containers import Vertical
from textual.geometry import Size
from textual.widgets import ContentSwitcher

if TYPE_CHECKING:
    import pendulum

    from kkr_tui.store import Snapshot
    from kkr_tui.ui.app import KkrApp


class Pane(Vertical):
    """A pane draws itself from the current snapshot in `refresh_data`.

    After every change (its own or another user's) the app marks each pane stale;
    the pane on screen redraws at once, the hidden ones when they are next shown.
    So the first paint and a live refresh pay only for what the user sees, which on
    20 years of data is the difference between a quick and a sluggish screen. Once,
    after the first paint, each other pane is drawn hidden (`prepare`).
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

    @property
    def room(self) -> Size:
        """The size the pane has, or will have when shown: a pane not laid out yet
        (drawn hidden by `prepare`, or drawn on the key that shows it, before the
        layout) takes the panes' switcher's size, which the shown pane fills. So
        what a pane draws for its size (columns, a chart's second lines) is the
        same whether or not it was drawn hidden first, and it is not drawn again,
        with a new height, in the frame it is shown (a snapshot must not depend on
        when the background preparation ran)."""
        if self.size.area:
            return self.size
        switcher = self.parent
        if isinstance(switcher, ContentSwitcher) and switcher.size.area:
            return switcher.size
        return self.app.size

    @property
    def closing(self) -> bool:
        """The app is closing: its widgets go (a pane's own first), so a pane's
        handler that runs now (a resize, a draw) must not look for them."""
        return not self.app.is_running or not self.is_attached

    def on_mount(self) -> None:
        self.redraw_if_stale()

    def mark_stale(self) -> None:
        self._stale = True
        self.redraw_if_stale()

    def redraw_if_stale(self) -> None:
        """Redraw now if the data changed since the last draw and the pane is shown."""
        if self.is_shown and not self.closing:
            if self._stale:
                self._stale = False
                self.refresh_data()
            # Here, not in prepare(): an archive year found damaged while the pane was
            # drawn hidden is told when the pane is shown (once per year).
            self.kkr.tell_damaged_archive()

    def prepare(self) -> None:
        """Draw the pane while it is still hidden, once, right after the first paint
        (KkrApp._prepare_next_pane mounts the other panes in the background): its
        first 2, 3, 4 or 5 then lays out and paints what is already built, as every
        later one does, instead of working out and building its tables on the key
        (20-60 ms of CPU each on 20 years). A hidden pane has no size yet, so its
        panes draw for `room`, the size they will have; a widget fitted otherwise
        (a FittedTable takes the app's width) is fitted again when shown
        (on_resize)."""
        if self._stale and not self.closing:
            self._stale = False
            self.refresh_data()

    def refresh_data(self) -> None:
        raise NotImplementedError
