"""An archived year in the app: Årshjul shows it like any other year, and a meeting in
it can be opened and corrected (the save goes to its archive file)."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pendulum
from textual.widgets import DataTable, Input, Static

from kkr_tui.domain.models import AgendaItem, Meeting, MeetingState, Series
from kkr_tui.store import Store, open_store
from kkr_tui.store.archive import archive_path, archived_years
from kkr_tui.ui.panes.cycle import CyclePane
from kkr_tui.ui.screens.meeting import MeetingScreen
from tests.pilot import app_on

TODAY = pendulum.date(2026, 9, 10)


def years_of_meetings(path: Path) -> Store:
    """Nordjylland: a KKR meeting each April 2018-2026 with one item, all published but
    the last; 2018-2024 go to the archive with the write."""
    store = open_store(path, create=True)
    with store.transaction() as tx:
        for year in range(2018, 2027):
            state = MeetingState.PUBLISHED if year < 2026 else MeetingState.PLANNED
            start = pendulum.datetime(year, 4, 15, 9, tz="Europe/Copenhagen")
            meeting = tx.add(
                Meeting("nordjylland", Series.KKR, start, start.add(hours=3), "Aalborg", state)
            )
            tx.add(AgendaItem(meeting_id=meeting.id, number=1, title=f"Budget {year}"))
    return store


def test_an_archived_year_is_shown_opened_and_corrected(tmp_path: Path) -> None:
    store = years_of_meetings(tmp_path / "kkr.json")
    assert 2020 in archived_years(store.path)
    app = app_on(store, TODAY, demo=False)

    async def scenario() -> None:
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.press("2", *["left"] * 6)
            await pilot.pause()
            pane = app.query_one(CyclePane)
            assert pane.year == 2020
            title = str(app.screen.query_one("#cycle-title", Static).render())
            assert "KKR Nordjylland 2020: 1 møde" in title and "arkiveret" in title
            meeting = pane.selected_meeting()
            assert meeting is not None and meeting.day == pendulum.date(2020, 4, 15)
            await pilot.press("enter")
            await pilot.pause()
            assert isinstance(app.screen, MeetingScreen)
            items = app.screen.query_one("#meeting-items", DataTable)
            assert items.row_count == 1 and "Budget 2020" in str(items.get_row_at(0))
            await pilot.press("escape", "e")
            await pilot.pause()
            app.screen.query_one("#field-place", Input).value = "Aalborg Kongres"
            await pilot.press("enter")
            await pilot.pause()
            selected = pane.selected_meeting()
            assert selected is not None and selected.place == "Aalborg Kongres"

    asyncio.run(scenario())
    archived = json.loads(archive_path(store.path, 2020).read_bytes())
    (doc,) = archived["meetings"].values()
    assert doc["place"] == "Aalborg Kongres" and doc["rev"] == 2
    main = json.loads(store.path.read_bytes())
    assert {m["start"][:4] for m in main["meetings"].values()} == {"2025", "2026"}
