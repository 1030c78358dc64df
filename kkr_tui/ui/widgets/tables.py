"""Lists: `KkrTable` (the one list widget: j/k/g/G and / work in every list) and helpers
that refill rows without losing the user's place."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from textual.binding import Binding
from textual.widgets import DataTable
from textual.widgets.data_table import RowDoesNotExist

from kkr_tui.ui.compat import measure_new_rows


class KkrTable(DataTable[Any]):
    """A DataTable with the keys a keyboard user expects in every list.

    Declares DataTable's own keys again (same actions) so the help screen describes them
    in the app's language, and adds vi-style j/k/g/G and `/` to search the rows. All are
    hidden from the footer: the help screen (F1) lists them.
    """

    BINDINGS = [
        Binding("enter", "select_cursor", "key.list.select", show=False, id="list.select"),
        Binding("down,j", "cursor_down", "key.list.down", show=False, id="list.down"),
        Binding("up,k", "cursor_up", "key.list.up", show=False, id="list.up"),
        Binding("left", "cursor_left", "key.list.left", show=False, id="list.left"),
        Binding("right", "cursor_right", "key.list.right", show=False, id="list.right"),
        Binding("pageup", "page_up", "key.list.page_up", show=False, id="list.page_up"),
        Binding("pagedown", "page_down", "key.list.page_down", show=False, id="list.page_down"),
        Binding("ctrl+pageup", "page_left", "key.list.page_left", show=False, id="list.page_left"),
        Binding(
            "ctrl+pagedown", "page_right", "key.list.page_right", show=False, id="list.page_right"
        ),
        Binding("g,home,ctrl+home", "scroll_top", "key.list.first", show=False, id="list.first"),
        Binding("G,end,ctrl+end", "scroll_bottom", "key.list.last", show=False, id="list.last"),
        Binding("slash", "find", "key.list.find", show=False, id="list.find"),
    ]

    last_search = ""
    """The last text searched for with `/` in this list (offered again next time)."""

    def row_texts(self) -> list[str]:
        """Each row's cells as one plain, lower-case string (what `/` searches)."""
        return [
            " ".join(str(cell) for cell in self.get_row_at(index)).casefold()
            for index in range(self.row_count)
        ]

    def find_row(self, text: str, start: int) -> int | None:
        """The first row from `start` (wrapping around) containing `text`, any case."""
        needle = text.casefold().strip()
        if not needle or not self.row_count:
            return None
        rows = self.row_texts()
        count = len(rows)
        for offset in range(count):
            index = (start + offset) % count
            if needle in rows[index]:
                return index
        return None

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "find" and self._search_is_elsewhere():
            return False  # the pane's own `/` (e.g. Kontakter's filter) gets the key
        return super().check_action(action, parameters)

    def _search_is_elsewhere(self) -> bool:
        """True if a pane or screen around this list binds `/` itself."""
        for node in self.ancestors:
            for cls in type(node).__mro__:
                for binding in Binding.make_bindings(cls.__dict__.get("BINDINGS", [])):
                    if binding.key == "slash":
                        return True
        return False

    def measure_new_rows(self) -> None:
        """Measure the rows added since the table was last idle, now.

        DataTable measures new rows (column widths, the scrollable height) when it is
        next idle, which is after the frame that shows them; a cursor moved to a row
        out of view then scrolls there a frame later, and a scrollbar needed (or no
        longer needed) comes (or goes) a frame later: a second drawing of the screen.
        Measured here (what DataTable's idle handler does), and the scrollbar decided
        before the screen is laid out, the cursor scrolls into view at once and one
        frame shows the new rows where they end up.
        """
        measure_new_rows(self)

    def action_find(self) -> None:
        from kkr_tui.ui.screens.find import FindScreen

        self.app.push_screen(FindScreen(self))


def selected_key(table: DataTable[Any]) -> str | None:
    """The key of the row under the cursor (None in an empty list)."""
    if not table.row_count or not 0 <= table.cursor_row < table.row_count:
        return None
    return table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value


def restore_cursor(table: DataTable[Any], keys: Sequence[str], key: str | None, row: int) -> None:
    """After the rows were replaced: the cursor back on `key` if it is still listed, else
    on the row it was on (the last row if the list got shorter)."""
    if not keys:
        return
    if key in keys:
        table.move_cursor(row=keys.index(key), animate=False)
    else:
        table.move_cursor(row=min(max(row, 0), len(keys) - 1), animate=False)


def select_key(table: DataTable[Any], key: str) -> bool:
    """Put the cursor on the row with `key`; False if there is no such row."""
    try:
        index = table.get_row_index(key)
    except RowDoesNotExist:  # the record is not in this list (filtered, or gone)
        return False
    table.move_cursor(row=index, animate=False)
    return True
