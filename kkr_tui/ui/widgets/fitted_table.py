"""A DataTable whose columns fill its width, so no column runs off the right edge.

The caller gives a layout: for a width, the columns to show (a narrow terminal may
show fewer). Fixed columns keep their width; flexible ones share what is left by
weight (kkr_tui.ui.widgets.fit.share_widths). A cell longer than its column ends in
"…" (cells are made with `kkr_tui.ui.safe.plain`), and the screen shows the whole
record elsewhere (a detail line), so nothing essential is lost at 80 columns. Rows
are kept by key, so the cursor stays on the same record across refills and resizes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from rich.text import Text
from textual import events

from kkr_tui.ui.widgets.fit import Column, KeyedRow, share_widths
from kkr_tui.ui.widgets.tables import KkrTable, restore_cursor, selected_key

Layout = Callable[[int], Sequence[Column]]

# The vertical scrollbar's width (styles set it to 1) is always kept free.
SCROLLBAR = 1


class FittedTable(KkrTable):
    def __init__(self, layout: Layout, **kwargs: Any) -> None:
        super().__init__(cursor_type="row", **kwargs)
        self._layout = layout
        self._rows: list[KeyedRow] = []
        self._signature: tuple[tuple[str, int], ...] = ()

    @property
    def row_keys(self) -> list[str]:
        return [key for key, _ in self._rows]

    def selected_key(self) -> str | None:
        return selected_key(self)

    def select_key(self, key: str) -> None:
        keys = self.row_keys
        if key in keys:
            self.move_cursor(row=keys.index(key), animate=False)

    def set_rows(self, rows: Sequence[KeyedRow]) -> None:
        """Replace all rows; the cursor stays on the same key if it is still there."""
        # Taken before _fit: new columns (the content changed their widths) clear the
        # table, and the cursor with it.
        cursor = self.selected_key(), self.cursor_row
        self._rows = list(rows)
        # Not laid out yet (a pane drawn while hidden, Pane.prepare): the app's width,
        # fitted again on the first resize if the table comes out narrower.
        self._fit(self.size.width or self.app.size.width)
        self._fill(*cursor)

    def on_resize(self, event: events.Resize) -> None:
        cursor = self.selected_key(), self.cursor_row
        if self._fit(event.size.width):
            self._fill(*cursor)

    def _fit(self, width: int) -> bool:
        """Rebuild the columns for `width`; True when they changed."""
        if width <= 0:
            return False
        columns = list(self._layout(width))
        room = width - SCROLLBAR - 2 * self.cell_padding * len(columns)
        widths = share_widths(columns, room)
        signature = tuple((c.key, w) for c, w in zip(columns, widths, strict=True))
        if signature == self._signature:
            return False
        self._signature = signature
        self.clear(columns=True)
        for column, w in zip(columns, widths, strict=True):
            self.add_column(
                Text(column.label, no_wrap=True, overflow="ellipsis"), width=w, key=column.key
            )
        return True

    def _fill(self, key: str | None, row: int) -> None:
        """Fill the rows, the cursor back on `key` (else on `row`)."""
        if not self._signature:
            return
        self.clear()
        columns = [column for column, _ in self._signature]
        for row_key, cells in self._rows:
            self.add_row(*(cells.get(c, "") for c in columns), key=row_key)
        restore_cursor(self, self.row_keys, key, row)
