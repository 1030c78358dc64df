"""The private Textual that kkr_tui.ui.compat relies on is still there and still does
what compat expects. A Textual upgrade that moves any of it fails here, by name."""

from __future__ import annotations

import ast
import asyncio
import importlib
import inspect
import re
from importlib.metadata import version
from pathlib import Path

import pytest
from textual import events
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
        compat.show_vertical_scrollbar_now(table)
        assert table.show_vertical_scrollbar and table.vertical_scrollbar.display
    assert frames, "no frame recorded: App._display no longer sees every frame"


def test_compat_helpers_work_on_a_real_app() -> None:
    asyncio.run(_exercise())


def test_textual_keeps_the_footer_flag_compat_reads_and_sets() -> None:
    assert "_bindings_ready" in vars(Footer), "Footer._bindings_ready is gone"


# --- nothing outside compat names a private Textual module or attribute ---------------

ROOT = Path(__file__).resolve().parents[2]
# compat itself, and this file, which checks compat's entries by name.
ALLOWED = {ROOT / "kkr_tui" / "ui" / "compat.py", Path(__file__).resolve()}
PRIVATE_MODULE = re.compile(r"\btextual(?:\.\w+)*\._\w+")
SELF_ASSIGNED = re.compile(r"self\.(_[A-Za-z]\w*)\s*(?::[^=\n]+)?=(?!=)")


def _textual_private_names(cls: type) -> set[str]:
    """The private names the Textual classes among `cls`'s bases define or assign."""
    names: set[str] = set()
    for base in cls.__mro__:
        if not base.__module__.startswith("textual"):
            continue
        names |= {n for n in vars(base) if n.startswith("_") and not n.startswith("__")}
        names |= set(SELF_ASSIGNED.findall(inspect.getsource(base)))
    return names


def private_textual_uses(source: str, namespace: dict[str, object]) -> list[str]:
    """`self._x` in a class of `source` (its classes found in `namespace`) where `_x`
    belongs to a Textual base class, and class-body definitions of such names."""
    found: list[str] = []
    for node in ast.walk(ast.parse(source)):
        cls = namespace.get(node.name) if isinstance(node, ast.ClassDef) else None
        if not isinstance(node, ast.ClassDef) or not isinstance(cls, type):
            continue
        private = _textual_private_names(cls)
        for inner in ast.walk(node):
            if (
                isinstance(inner, ast.Attribute)
                and isinstance(inner.value, ast.Name)
                and inner.value.id == "self"
                and inner.attr in private
            ):
                found.append(f"{node.name}: self.{inner.attr} (line {inner.lineno})")
        for statement in node.body:
            if (
                isinstance(statement, ast.FunctionDef | ast.AsyncFunctionDef)
                and statement.name in private
            ):
                found.append(f"{node.name}: defines {statement.name}")
    return found


def test_no_private_textual_module_outside_compat() -> None:
    offenders = [
        f"{path.relative_to(ROOT)}: {match.group()}"
        for folder in ("kkr_tui", "tests", "benchmarks")
        for path in sorted((ROOT / folder).rglob("*.py"))
        if path.resolve() not in ALLOWED
        for match in PRIVATE_MODULE.finditer(path.read_text(encoding="utf-8"))
    ]
    assert not offenders, "private Textual outside kkr_tui/ui/compat.py:\n" + "\n".join(offenders)


def test_no_private_textual_attribute_outside_compat() -> None:
    offenders: list[str] = []
    for path in sorted((ROOT / "kkr_tui").rglob("*.py")):
        if path.resolve() in ALLOWED:
            continue
        name = ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
        source = path.read_text(encoding="utf-8")
        if "class " not in source:
            continue
        uses = private_textual_uses(source, vars(importlib.import_module(name)))
        offenders += [f"{path.relative_to(ROOT)}: {use}" for use in uses]
    assert not offenders, "private Textual outside kkr_tui/ui/compat.py:\n" + "\n".join(offenders)


class _Peeks(Footer):
    def _on_mount(self, event: events.Mount) -> None:
        self._bindings_ready = True


def test_the_attribute_scan_finds_a_private_use() -> None:
    source = inspect.getsource(_Peeks)
    assert private_textual_uses(source, {"_Peeks": _Peeks}) == [
        "_Peeks: self._bindings_ready (line 3)",
        "_Peeks: defines _on_mount",
    ]
