"""Table columns that fit the terminal: the one `Column` type and the two ways to size it.

A DataTable sizes columns to their content and scrolls sideways when they do not fit;
at 80 columns that hides the e-mail or the deadline. A list sizes its columns one of
two ways, both described by `Column`:

- to the content (`fit_widths`, `show_rows`): each column as wide as its widest cell,
  then the shrinkable ones give way (widest first, down to their minimum) until the
  table fits the width it has. Most lists: what is short stays short.
- to the width, by share (`share_widths`, used by kkr_tui.ui.widgets.fitted_table):
  fixed columns keep their `width`, the flexible ones (`width` 0) share what is left
  by `weight`, so the table always fills its box. The agenda and attendance lists.

Cells are Rich Text with overflow="ellipsis" (see kkr_tui.ui.safe.plain), so a cut
cell ends in "…". Rows are kept by key, so the cursor stays on the same record across
refills and resizes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from rich.text import Text
from textual.widgets import DataTable

from kkr_tui.ui.widgets.tables import restore_cursor, selected_key

Cell = Text | str
# A row: its key (the record's id) and its cells, column by column.
Row = tuple[str, Sequence[Cell]]
# A row whose cells are named by column key: a layout may leave columns out.
KeyedRow = tuple[str, Mapping[str, Cell]]


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    # The narrowest the column gets, either way of sizing.
    minimum: int = 4
    # Sized to the content: 0 keeps the natural width; a higher number gives way sooner.
    shrink: int = 1
    maximum: int | None = None
    # Sized by share: a fixed width in cells, or 0 for a share of what is left by `weight`.
    width: int = 0
    weight: int = 1


def cell_width(cell: Cell) -> int:
    text = cell if isinstance(cell, Text) else Text(cell)
    return max((line.cell_len for line in text.split("\n")), default=0)


def fit_widths(
    columns: Sequence[Column], rows: Sequence[Row], available: int, padding: int = 1
) -> list[int]:
    """Content widths that fit `available` cells if the minimums allow it."""
    widths = []
    for index, column in enumerate(columns):
        natural = max([cell_width(column.label)] + [cell_width(cells[index]) for _, cells in rows])
        if column.maximum is not None:
            natural = min(natural, column.maximum)
        widths.append(max(natural, 1))
    overflow = sum(widths) + 2 * padding * len(columns) - available
    while overflow > 0:
        shrinkable = [
            i for i, c in enumerate(columns) if c.shrink and widths[i] > max(c.minimum, 1)
        ]
        if not shrinkable:
            break  # the minimums do not fit: the table scrolls sideways
        widest = max(
            shrinkable, key=lambda i: ((widths[i] - columns[i].minimum) * columns[i].shrink, -i)
        )
        widths[widest] -= 1
        overflow -= 1
    return widths


def share_widths(columns: Sequence[Column], room: int) -> list[int]:
    """Widths for `columns` in `room` cells of content (padding already taken off)."""
    fixed = sum(c.width for c in columns if c.width)
    flexible = [c for c in columns if not c.width]
    left = max(0, room - fixed)
    total_weight = sum(c.weight for c in flexible) or 1
    widths: dict[str, int] = {}
    for column in flexible:
        widths[column.key] = max(column.minimum, left * column.weight // total_weight)
    # Hand out cells lost to rounding, left to right.
    spare = left - sum(widths.values())
    for column in flexible:
        if spare <= 0:
            break
        widths[column.key] += 1
        spare -= 1
    return [c.width or widths[c.key] for c in columns]


def available_width(
    table: DataTable[Cell], width: int, lines: int, height: int | None = None
) -> int:
    """The cells a table `width` wide can fill, less its scrollbar when it will have one.

    `width` comes from the caller's layout (the pane or box the table fills), not from
    the table, whose own size is stale while a resize is still being laid out; so may
    `height`, where the caller knows what the table will get (Pane.lines_for).
    """
    # A table not laid out yet (a pane's first show) is at most as tall as the app:
    # more lines than that will scroll, so the columns are fitted once, not again on
    # the first resize.
    if height is None:
        height = table.size.height or table.app.size.height
    if lines > height:
        width -= table.styles.scrollbar_size_vertical
    return width


def show_rows(
    table: DataTable[Cell],
    columns: Sequence[Column],
    rows: Sequence[Row],
    *,
    width: int,
    height: int = 1,
    cursor_to_top: bool = False,
) -> None:
    """Fit the columns to `width`, replace the rows, keep the cursor on the same key."""
    key, row = selected_key(table), table.cursor_row
    widths = fit_widths(columns, rows, width, table.cell_padding)
    wanted = [(c.key, c.label, w) for c, w in zip(columns, widths, strict=True)]
    current = [(key.value, str(col.label), col.width) for key, col in table.columns.items()]
    if wanted != current:
        table.clear(columns=True)
        for column, column_width in zip(columns, widths, strict=True):
            # Text, not str: a str label is parsed as Rich markup (and its emoji codes).
            table.add_column(Text(column.label), width=column_width, key=column.key)
    else:
        table.clear()
    keys = []
    for row_key, cells in rows:
        table.add_row(*cells, key=row_key, height=height)
        keys.append(row_key)
    if cursor_to_top:
        key, row = None, 0
    restore_cursor(table, keys, key, row)
