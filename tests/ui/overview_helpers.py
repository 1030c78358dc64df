"""Shared helpers for the Oversigt, council screen and Kontakter Pilot tests."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import DataTable, Static


def keys(table: DataTable[Text | str]) -> list[str]:
    return [str(key.value) for key in table.rows]


def column(table: DataTable[Text | str], index: int = 0) -> list[str]:
    return [str(table.get_row_at(i)[index]) for i in range(table.row_count)]


def static_text(widget: Static) -> str:
    content = widget.content
    return content.plain if isinstance(content, Text) else str(content)
