"""DataTable helpers: refill rows without losing the user's place."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rich.text import Text
from textual.widgets import DataTable

Row = tuple[str, Sequence[Text | str]]


def refill(table: DataTable[Text | str], rows: Iterable[Row]) -> None:
    """Replace all rows; the cursor stays on the same record (by key) if it still exists."""
    selected_key: str | None = None
    if table.row_count and 0 <= table.cursor_row < table.row_count:
        selected_key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
    old_row = table.cursor_row
    table.clear()
    keys = []
    for key, cells in rows:
        table.add_row(*cells, key=key)
        keys.append(key)
    if not keys:
        return
    if selected_key in keys:
        table.move_cursor(row=keys.index(selected_key), animate=False)
    else:
        table.move_cursor(row=min(max(old_row, 0), len(keys) - 1), animate=False)


def selected_key(table: DataTable[Text | str]) -> str | None:
    if not table.row_count:
        return None
    return table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
