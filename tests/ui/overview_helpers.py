"""Shared helpers for the Oversigt, council screen and Kontakter Pilot tests."""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable, Coroutine
from typing import Any

from rich.text import Text
from textual.widgets import DataTable, Static

from kkr_tui.store import Store
from kkr_tui.store.demo import DEMO_TODAY
from kkr_tui.ui.app import KkrApp, make_app


def scenario(test: Callable[..., Coroutine[Any, Any, None]]) -> Callable[..., None]:
    """Run an async Pilot test with asyncio.run (the suite has no async pytest plugin)."""

    @functools.wraps(test)
    def run(*args: Any, **kwargs: Any) -> None:
        asyncio.run(test(*args, **kwargs))

    return run


class Notes(list[tuple[str, str]]):
    """Every notification the app shows: (severity, message)."""

    def texts(self) -> str:
        return "\n".join(message for _, message in self)


def demo_app(store: Store) -> tuple[KkrApp, Notes]:
    app = make_app(store, DEMO_TODAY, demo=True, cursor_blink=False)
    notes = Notes()
    shown = app.notify

    def record(message: str, **kw: object) -> None:
        notes.append((str(kw.get("severity", "information")), message))
        shown(message, **kw)  # type: ignore[arg-type]

    app.notify = record  # type: ignore[method-assign]
    return app, notes


def keys(table: DataTable[Text | str]) -> list[str]:
    return [str(key.value) for key in table.rows]


def column(table: DataTable[Text | str], index: int = 0) -> list[str]:
    return [str(table.get_row_at(i)[index]) for i in range(table.row_count)]


def static_text(widget: Static) -> str:
    content = widget.content
    return content.plain if isinstance(content, Text) else str(content)
