"""Start-up builds only Oversigt; the other panes and the screens' stylesheets come when
first used."""

from __future__ import annotations

import asyncio
import importlib
import pkgutil
from pathlib import Path, PurePath
from typing import Any

import pytest
from textual.app import App
from textual.css.stylesheet import Stylesheet
from textual.dom import DOMNode
from textual.widgets import ContentSwitcher

import kkr_tui.ui
from kkr_tui.ui import app as app_module
from kkr_tui.ui.app import PANES, KkrApp
from kkr_tui.ui.panes.base import Pane
from kkr_tui.ui.panes.contacts import ContactsPane
from kkr_tui.ui.panes.cycle import CyclePane
from kkr_tui.ui.panes.overview import OverviewPane
from kkr_tui.ui.paths import styles_dir
from kkr_tui.ui.stylesheets import APP_SHEETS, DIALOG_SHEETS
from tests.pilot import pilot_test, wait_until


def stylesheets() -> list[Path]:
    """Every styles/*.tcss file, shipped or in the checkout."""
    return sorted(styles_dir().glob("*.tcss"))


def loaded_sheets(app: KkrApp) -> list[str]:
    """The styles/*.tcss files in the app's stylesheet, in the order they apply."""
    folder = {str(path): path.stem for path in stylesheets()}
    return [folder[path] for path, _ in app.stylesheet.source if path in folder]


def mounted_panes(app: KkrApp) -> list[str]:
    return [str(child.id) for child in app.query_one("#panes", ContentSwitcher).children]


def every_subclass(cls: type[object]) -> set[type[object]]:
    found: set[type[object]] = set()
    for sub in cls.__subclasses__():
        found |= {sub, *every_subclass(sub)}
    return found


def test_every_stylesheet_is_read_by_something_and_parses() -> None:
    for module in pkgutil.walk_packages(kkr_tui.ui.__path__, "kkr_tui.ui."):
        importlib.import_module(module.name)
    claimed = {*APP_SHEETS, *DIALOG_SHEETS}
    for node_class in every_subclass(DOMNode):
        css_path = getattr(node_class, "CSS_PATH", None) or []
        claimed |= {PurePath(path).stem for path in css_path}
    assert claimed == {path.stem for path in stylesheets()}
    # Sheets read later must not hide a syntax error until a user opens that screen.
    variables = App[None]().get_css_variables()
    for path in stylesheets():
        sheet = Stylesheet(variables=variables)
        sheet.read(path)
        sheet.parse()
        assert sheet.rules, path


@pilot_test
async def test_only_oversigt_is_built_at_start(
    demo_app: KkrApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(app_module, "PREPARE_PAUSE_S", 60)  # no panes prepared meanwhile
    app = demo_app
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert mounted_panes(app) == ["overview"]
        assert loaded_sheets(app) == list(APP_SHEETS)
        await pilot.press("3")
        await pilot.pause()
        assert mounted_panes(app) == ["overview", "agenda"]
        assert app.query_one("#panes", ContentSwitcher).current == "agenda"
        assert app.focused is app.query_one("#agenda-meetings")
        await pilot.press("1", "3")
        assert mounted_panes(app) == ["overview", "agenda"]  # mounted once


@pilot_test
async def test_a_screen_reads_its_sheets_when_first_shown(demo_app: KkrApp) -> None:
    app = demo_app
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("2")
        assert loaded_sheets(app) == list(APP_SHEETS)
        # A dialog (Årshjul's new meeting) brings all the dialogs' sheets: they share
        # classes.
        await pilot.press("n")
        await pilot.pause()
        assert loaded_sheets(app) == [*APP_SHEETS, *DIALOG_SHEETS]


@pilot_test
async def test_a_pane_asked_for_twice_at_once_is_mounted_once(demo_app: KkrApp) -> None:
    app = demo_app
    async with app.run_test(size=(80, 24)) as pilot:
        first, second = await asyncio.gather(app.pane("contacts"), app.pane("contacts"))
        assert first is second
        assert isinstance(first, ContactsPane)
        assert mounted_panes(app) == ["overview", "contacts"]
        # Mounted but not shown until asked for.
        assert app.query_one("#panes", ContentSwitcher).current == "overview"
        await pilot.press("4")
        assert app.query_one("#panes", ContentSwitcher).current == "contacts"
        assert set(mounted_panes(app)) <= set(PANES)


@pilot_test
async def test_showing_a_pane_again_redraws_it_only_if_its_width_changed(
    demo_app: KkrApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = demo_app
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("4")
        await pilot.pause()
        drawn: list[str] = []
        for pane in (app.query_one(OverviewPane), app.query_one(ContactsPane)):
            original = pane.refresh_data

            def counted(*args: Any, _draw: Any = original, _id: Any = pane.id) -> None:
                drawn.append(_id)
                _draw(*args)

            monkeypatch.setattr(pane, "refresh_data", counted)
        for key in ("1", "4", "1"):
            await pilot.press(key)
            await pilot.pause()
        assert drawn == []
        await pilot.resize_terminal(120, 40)
        await pilot.pause()
        assert drawn == ["overview"]  # shown, and wider: its columns are fitted again
        await pilot.press("4")
        await pilot.pause()
        assert drawn == ["overview", "contacts"]


@pilot_test
async def test_the_other_panes_are_prepared_hidden_after_the_first_screen(
    demo_app: KkrApp,
) -> None:
    """While the user reads Oversigt the other panes are mounted and drawn hidden, one
    at a time; a first 2, 3, 4 or 5 then shows what is built (and mounts nothing)."""
    app = demo_app
    async with app.run_test(size=(80, 24)) as pilot:
        every_pane = ["overview", "cycle", "agenda", "contacts", "appointments"]
        await wait_until(
            pilot,
            lambda: mounted_panes(app) == every_pane and not any(p._stale for p in app.query(Pane)),
            "every pane drawn",
        )
        assert app.query_one("#panes", ContentSwitcher).current == "overview"
        await pilot.press("2")
        await pilot.pause()
        assert app.query_one("#panes", ContentSwitcher).current == "cycle"
        assert not app.query_one(CyclePane)._stale
