"""The panes are drawn while hidden in the background after the first paint
(Pane.prepare), so a first 3 or 4 only shows what is built: what a key costs is
measured in benchmarks/run.py; here, that the work is not done on the key."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import ContentSwitcher, DataTable

import kkr_tui.ui.app as app_module
from kkr_tui.domain.models import Meeting
from kkr_tui.domain.planning import Planner
from kkr_tui.domain.readiness import Readiness
from kkr_tui.store import Store
from kkr_tui.ui.app import PANES, KkrApp, pane_class
from kkr_tui.ui.compat import record_frames
from kkr_tui.ui.panes.base import Pane
from kkr_tui.ui.panes.contacts import ContactsPane
from kkr_tui.ui.panes.cycle import CyclePane, CycleTable
from tests.pilot import app_on, pilot_test, wait_until


@pytest.mark.parametrize("size", [(80, 14), (80, 20)])
@pilot_test
async def test_a_first_3_or_4_only_draws(
    demo_app: KkrApp, monkeypatch: pytest.MonkeyPatch, size: tuple[int, int]
) -> None:
    """The background preparation draws Kontakter once, hidden; then the first 3 works
    out no meeting's readiness and the first 4 does not draw Kontakter again.

    The terminal is smaller than the 15 demo contacts' table: a table not yet laid out
    must be fitted with its scrollbar at once, not again on its first resize; at 80x20
    the app is taller than the table but the list gets fewer lines (Pane.lines_for)."""
    prepared: list[str] = []

    def recording(prepare: Callable[[Pane], None]) -> Callable[[Pane], None]:
        def recording_prepare(self: Pane) -> None:
            prepare(self)
            prepared.append(self.id or "")

        return recording_prepare

    for pane_id in PANES:
        kind = pane_class(pane_id)
        monkeypatch.setattr(kind, "prepare", recording(kind.prepare))
    assessed: list[int] = []
    real_readiness = Planner.readiness

    def counting_readiness(self: Planner, meeting: Meeting, *args: Any, **kwargs: Any) -> Readiness:
        assessed.append(meeting.id)
        return real_readiness(self, meeting, *args, **kwargs)

    drawn: list[str] = []
    real_refresh = ContactsPane.refresh_data

    def counting_refresh(self: ContactsPane, *args: Any, **kwargs: Any) -> None:
        drawn.append("contacts")
        real_refresh(self, *args, **kwargs)

    monkeypatch.setattr(Planner, "readiness", counting_readiness)
    monkeypatch.setattr(ContactsPane, "refresh_data", counting_refresh)
    app = demo_app
    async with app.run_test(size=size) as pilot:
        others = [pane_id for pane_id in PANES if pane_id != "overview"]
        await wait_until(pilot, lambda: prepared == others, "every other pane prepared")
        assert assessed, "the preparation worked out the meetings' readiness"
        assert drawn == ["contacts"], "Kontakter is drawn once while hidden"
        assessed.clear()
        await pilot.press("3")
        await pilot.pause()
        assert app.query_one("#panes", ContentSwitcher).current == "agenda"
        assert assessed == []
        await pilot.press("4")
        await wait_until(pilot, lambda: app.query_one(ContactsPane).size.height > 0)
        await pilot.pause()
        assert drawn == ["contacts"]


async def all_panes_mounted(pilot: Pilot[Any], app: KkrApp) -> ContentSwitcher:
    """Wait until the background preparation has put every pane in the DOM (the last
    may still be mounting and drawing: callers pause); the switcher."""
    switcher = app.query_one("#panes", ContentSwitcher)
    await wait_until(
        pilot, lambda: all(switcher.query_children(f"#{p}") for p in PANES), "all panes mounted"
    )
    return switcher


async def _screen_after_key(
    app: KkrApp, key: str, size: tuple[int, int], *, prepared_first: bool
) -> str:
    """The screen after `key`, with the pane drawn hidden first or on the key itself."""
    async with app.run_test(size=size) as pilot:
        switcher = app.query_one("#panes", ContentSwitcher)
        if prepared_first:
            await wait_until(
                pilot,
                lambda: all(switcher.query_children(f"#{p}") for p in PANES),
                "every pane prepared",
            )
        await pilot.pause()  # the first screen painted: the user reads it, then presses
        await pilot.press(key)
        await wait_until(pilot, lambda: switcher.current != "overview", "the pane shown")
        await pilot.pause()
        await pilot.pause()
        return re.sub(r"terminal-\d+", "terminal", app.export_screenshot())


@pytest.mark.parametrize(
    ("key", "size"),
    [
        ("2", (120, 40)),
        ("4", (120, 40)),
        ("2", (80, 24)),
        ("2", (80, 16)),
        ("2", (80, 18)),
        ("2", (80, 20)),
        ("2", (100, 22)),
    ],
)
@pilot_test
async def test_a_pane_looks_the_same_whether_or_not_it_was_drawn_hidden_first(
    demo_store: Store, monkeypatch: pytest.MonkeyPatch, key: str, size: tuple[int, int]
) -> None:
    """When the background preparation ran decides only what a key costs, never what
    it shows: at 120x40 Årshjul's chart has its second lines and all five councils
    and the legend either way (it was cut to four councils when the pane was drawn
    on the key, before its layout), and Kontakter has its two-line rows either way."""
    # A 16-colour terminal (the app starts in its ansi theme): the timing in which the
    # chart came out cut when Årshjul was drawn on the key.
    monkeypatch.delenv("COLORTERM", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    monkeypatch.setattr(app_module, "PREPARE_PAUSE_S", 0.01)
    hidden_first = await _screen_after_key(app_on(demo_store), key, size, prepared_first=True)
    monkeypatch.setattr(app_module, "PREPARE_PAUSE_S", 3600.0)  # never, in the test
    on_the_key = await _screen_after_key(app_on(demo_store), key, size, prepared_first=False)
    assert on_the_key == hidden_first


@pytest.mark.parametrize(("size", "scrolls"), [((80, 20), True), ((120, 40), False)])
@pilot_test
async def test_the_first_2_shows_the_table_drawn_hidden_without_fitting_it_again(
    demo_app: KkrApp, monkeypatch: pytest.MonkeyPatch, size: tuple[int, int], scrolls: bool
) -> None:
    """Årshjul, drawn hidden, fits its meetings' table for the lines the pane will leave
    it below the chart, title and warnings (its scrollbar or not): the first 2 shows it
    as drawn, not fitted and drawn again on the resize after the first frame."""
    fills: list[bool] = []
    real_fill = CyclePane._fill_table

    def counting_fill(self: CyclePane, *args: Any, **kwargs: Any) -> None:
        fills.append(self.is_shown)
        real_fill(self, *args, **kwargs)

    monkeypatch.setattr(CyclePane, "_fill_table", counting_fill)
    app = demo_app
    async with app.run_test(size=size) as pilot:
        await all_panes_mounted(pilot, app)
        await pilot.pause()
        assert fills and not any(fills), "the table was filled while hidden"
        fills.clear()
        await pilot.press("2")
        cycle = app.query_one(CyclePane)
        await wait_until(pilot, lambda: cycle.query_one(CycleTable).size.height > 0)
        await pilot.pause()
        await pilot.pause()
        table = cycle.query_one(CycleTable)
        assert (table.row_count > table.size.height - 1) == scrolls
        assert fills == []


@pytest.mark.parametrize("key", ["3", "4"])
@pilot_test
async def test_a_first_3_or_4_shows_the_list_with_its_scrollbar_in_one_frame(
    demo_app: KkrApp, key: str
) -> None:
    """A list drawn hidden that will scroll has its scrollbar before it is first shown:
    the first frame after the key is the screen the key ends on (Textual decides a
    table's scrollbar on its first layout and drew it a frame later). Årshjul first:
    its keys fill the footer, which has room for Dagsordener's and Kontakter's then
    (the footer mounts more keys a frame later, see AppFooter)."""
    frames: list[int] = []
    record_frames(demo_app, lambda _shown, cells: frames.append(cells))
    app = demo_app
    async with app.run_test(size=(80, 14)) as pilot:
        switcher = await all_panes_mounted(pilot, app)
        await pilot.press("2")
        await pilot.pause()
        seen = len(frames)
        await pilot.press(key)
        await wait_until(pilot, lambda: switcher.current not in ("overview", "cycle"))
        await pilot.pause()
        await pilot.pause()
        table = app.query_one(f"#{switcher.current}").query_one(DataTable)
        assert table.show_vertical_scrollbar, "the list scrolls at this size"
        after = frames[seen:]
        assert after and after[0] == after[-1]


def _laid_out(table: DataTable[Any]) -> bool:
    return table.size.height > 0


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
@pilot_test
async def test_the_lines_a_pane_leaves_its_list_are_worked_out_before_it_is_shown(
    demo_app: KkrApp, size: tuple[int, int]
) -> None:
    """Pane.lines_for, asked while the pane is hidden (never laid out), gives the height
    its list gets when the pane is shown: the scrollbar decided early (and Årshjul's
    columns) depend on it. A style that changes a pane's other lines must keep it so."""
    app = demo_app
    async with app.run_test(size=size) as pilot:
        switcher = await all_panes_mounted(pilot, app)
        await pilot.pause()
        keys = {"cycle": "2", "agenda": "3", "contacts": "4", "appointments": "5"}
        expected = {}
        for pane_id in keys:
            pane = switcher.get_child_by_id(pane_id, Pane)
            expected[pane_id] = pane.lines_for(pane.query_one(DataTable))
        for pane_id, key in keys.items():
            await pilot.press(key)
            pane = switcher.get_child_by_id(pane_id, Pane)
            table = pane.query_one(DataTable)
            await wait_until(pilot, functools.partial(_laid_out, table), pane_id)
            await pilot.pause()
            assert table.size.height == expected[pane_id], pane_id
