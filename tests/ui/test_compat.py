"""The private Textual that kkr_tui.ui.compat relies on is still there and still does
what compat expects. A Textual upgrade that moves any of it fails here, by name."""

from __future__ import annotations

import asyncio
import inspect
from importlib.metadata import version

import pytest
from textual.app import App, ComposeResult
from textual.widget import Widget
from textual.widgets import DataTable, Footer

from kkr_tui.ui import compat

PINNED = "8.2.8"


def test_textual_is_the_version_compat_was_written_for() -> None:
    assert version("textual") == PINNED, (
        "Textual changed: check every entry of kkr_tui/ui/compat.py against the new "
        "version (tests/ui/test_compat.py), then move the pin in pyproject.toml and here."
    )


@pytest.mark.parametrize(
    ("owner", "name"),
    [
        (App, "_display"),
        (Widget, "_context"),
        (DataTable, "_update_dimensions"),
        (DataTable, "_refresh_scrollbars"),
        (DataTable, "_scroll_cursor_into_view"),
        (Widget, "_size_updated"),
    ],
)
def test_the_private_methods_compat_calls_exist(owner: type, name: str) -> None:
    assert callable(getattr(owner, name, None)), f"{owner.__name__}.{name} is gone"


def test_textual_keeps_the_exception_that_ended_the_app() -> None:
    app: App[None] = App()
    assert hasattr(app, "_exception"), "App._exception is gone (compat.unhandled_exception)"
    assert compat.unhandled_exception(app) is None


def test_size_updated_keeps_the_signature_compat_overrides() -> None:
    parameters = list(inspect.signature(Widget._size_updated).parameters)
    assert parameters == ["self", "size", "virtual_size", "container_size", "layout"]


def test_the_footer_parts_are_widgets() -> None:
    for part in (compat.FooterKey, compat.FooterLabel, compat.KeyGroup):
        assert issubclass(part, Widget), part


class _FooterApp(App[None]):
    BINDINGS = [("x", "bell", "Ring")]

    def compose(self) -> ComposeResult:
        yield DataTable[str]()
        yield Footer()


async def _exercise() -> None:
    app = _FooterApp()
    frames: list[tuple[float, int]] = []
    compat.record_frames(app, lambda shown, cells: frames.append((shown, cells)))
    async with app.run_test(size=(40, 8)) as pilot:
        await pilot.pause()
        footer = app.query_one(Footer)
        composed = compat.composed_for(footer)
        keys = [w for w in composed if isinstance(w, compat.FooterKey)]
        assert "x" in [key.key for key in keys]
        assert compat.footer_key_disabled(keys[0]) is False
        assert not compat.copy_footer_key(keys[0], keys[0])  # nothing to change
        groups_or_keys = compat.unmounted_children(footer)
        assert groups_or_keys and all(isinstance(w, Widget) for w in groups_or_keys)
        table = app.query_one(DataTable)
        table.add_column("a")
        table.add_rows([[str(i)] for i in range(20)])
        compat.measure_new_rows(table)
        assert table.virtual_size.height >= 20  # measured now, not when idle
    assert frames, "no frame recorded: App._display no longer sees every frame"


def test_compat_helpers_work_on_a_real_app() -> None:
    asyncio.run(_exercise())
