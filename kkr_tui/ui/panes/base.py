"""What every pane shares: access to the app's data and a hook to redraw on change."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from textual.containers import Vertical
from textual.geometry import Size
from textual.widget import Widget
from textual.widgets import ContentSwitcher, DataTable

from kkr_tui.ui.compat import show_vertical_scrollbar_now
from kkr_tui.ui.widgets.tables import KkrTable

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
            # By class, not query(KkrTable): Årshjul's table is a KkrTable through a
            # mixin, which Textual's query by type name does not see.
            for table in self.query(DataTable):
                if isinstance(table, KkrTable):
                    self._show_scrollbar_early(table)

    def lines_for(self, widget: Widget) -> int:
        """The lines `widget` has: once laid out, its height; before (the pane drawn
        hidden), what the pane will leave it (its list's 1fr) besides its other
        children, as Textual lays them out: a fixed height, or their content's, with
        padding, border and margins, at most their max-height."""
        if widget.size.height:
            return widget.size.height
        room, used = self.room, 0
        for child in self.children:
            if child is widget or not child.display:
                continue
            styles = child.styles
            if styles.height is not None and styles.height.is_cells:
                height = int(styles.height.value)  # border-box: padding and border in
            else:
                width = room.width - styles.gutter.width - styles.margin.width
                height = child.get_content_height(room, room, width) + styles.gutter.height
            if styles.max_height is not None and styles.max_height.is_cells:
                height = min(height, int(styles.max_height.value))
            used += height + styles.margin.height
        return max(room.height - used, 0)

    def _show_scrollbar_early(self, table: KkrTable) -> None:
        """Give a list drawn hidden the scrollbar it will have when shown. Textual
        decides it on the table's first layout and draws it a frame after the rest (a
        second layout): the first 3 or 4 showed the list ~10 ms of CPU before its
        scrollbar. Decided here, the first frame shows both and the first layout finds
        nothing to change (if the window changed meanwhile, Textual corrects it)."""
        table.measure_new_rows()  # its height in lines (DataTable does it when idle)
        if table.size.area or table.parent is not self or table.styles.overflow_y != "auto":
            return
        if table.virtual_size.height > self.lines_for(table):
            show_vertical_scrollbar_now(table)

    def refresh_data(self) -> None:
        raise NotImplementedError
