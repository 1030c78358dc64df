"""Dagsordener (pane 3): order, lights, filters, search, opening a meeting, 1-4 back."""

from __future__ import annotations

from textual.widgets import ContentSwitcher, Input, Static

from kkr_tui.domain.models import Meeting, Series
from kkr_tui.store import Snapshot, Store
from kkr_tui.ui.app import KkrApp
from kkr_tui.ui.panes.agenda import AgendaPane
from kkr_tui.ui.screens.meeting import MeetingScreen
from kkr_tui.ui.widgets.fitted_table import FittedTable
from tests.pilot import app_on, pilot_test
from tests.ui.agenda_support import (
    SIZE,
    find_meeting,
    open_meeting,
    type_text,
)


def rows(app: KkrApp) -> list[list[str]]:
    table = app.query_one("#agenda-meetings", FittedTable)
    return [[str(cell) for cell in table.get_row_at(i)] for i in range(table.row_count)]


def shown_ids(app: KkrApp) -> list[int]:
    return [int(k) for k in app.query_one("#agenda-meetings", FittedTable).row_keys]


def meetings_shown(app: KkrApp, snap: Snapshot) -> list[Meeting]:
    """The meetings of the table's rows, in order."""
    ids = shown_ids(app)
    meetings = [m for i in ids if (m := snap.meeting(i)) is not None]
    assert len(meetings) == len(ids)
    return meetings


def filter_line(app: KkrApp) -> str:
    return str(app.query_one("#agenda-filters", Static).render())


@pilot_test
async def test_most_urgent_first_with_light_word_and_working_days(demo_store: Store) -> None:
    app = app_on(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3")
        table = rows(app)
        # Syddanmark's June minutes are the oldest open deadline; then the red September ones.
        assert table[0][0] == "■ rød" and table[0][2] == "Syddanmark" and table[0][4] == "Referat"
        assert table[0][5] == "58 for sent"
        amber = next(r for r in table if r[2] == "Nordjylland" and r[1] == "tor 17. sep")
        assert amber[0] == "▲ gul" and amber[4] == "Udsendelse" and amber[5] == "i dag"
        green = next(r for r in table if r[2] == "Hovedstaden" and r[1] == "tir 22. sep")
        assert green[0] == "● grøn" and green[5] == "om 3"
        # Sorted by the next deadline's day; the finished ones at the end.
        snap = demo_store.snapshot()
        dues = [snap.readiness(m, app.clock.today()).next_open for m in meetings_shown(app, snap)]
        open_days = [d.deadline.due for d in dues if d is not None]
        assert open_days == sorted(open_days)
        assert all(d is None for d in dues[len(open_days) :])


@pilot_test
async def test_window_hides_old_finished_and_cancelled_meetings(demo_store: Store) -> None:
    app = app_on(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3")
        ids = set(shown_ids(app))
        published_june = find_meeting(demo_store, "nordjylland", "2026-06-11")
        held_june = find_meeting(demo_store, "syddanmark", "2026-06-15")
        cancelled = find_meeting(demo_store, "hovedstaden", "2026-09-08", Series.CHAIRMANSHIP)
        assert published_june.id not in ids  # long past, nothing missing
        assert held_june.id in ids  # long past, but its minutes are missing
        assert cancelled.id not in ids
        # The state filter can ask for cancelled meetings.
        # all -> proposed -> planned -> dispatched -> held -> published -> cancelled
        await pilot.press(*"tttttt")
        assert "aflyst" in filter_line(app)
        assert shown_ids(app) == [cancelled.id]


@pilot_test
async def test_filters_cycle_with_single_keys_and_reset(demo_store: Store) -> None:
    app = app_on(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3")
        everything = shown_ids(app)
        await pilot.press("r")
        assert "råd: Nordjylland" in filter_line(app)
        assert {r[2] for r in rows(app)} == {"Nordjylland"}
        await pilot.press("s")
        assert "type: KKR" in filter_line(app)
        assert {r[3] for r in rows(app)} == {"KKR"}
        await pilot.press("t", "t")  # planned
        assert "planlagt" in filter_line(app)
        snap = demo_store.snapshot()
        assert all(m.state.value == "planned" for m in meetings_shown(app, snap))
        await pilot.press("a")
        assert shown_ids(app) == everything
        assert "status: aktive" in filter_line(app)
        # Cycling the council through all five comes back to "alle".
        await pilot.press(*"rrrrrr")
        assert shown_ids(app) == everything


@pilot_test
async def test_search_matches_item_titles_as_you_type(demo_store: Store) -> None:
    app = app_on(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3")
        everything = shown_ids(app)
        await pilot.press("slash")
        assert isinstance(app.focused, Input)
        await type_text(pilot, "mobilitet")
        found = shown_ids(app)
        assert found and len(found) < len(everything)
        snap = demo_store.snapshot()
        for meeting_id in found:
            assert any("mobilitet" in i.title.lower() for i in snap.items_for(meeting_id))
        assert "mobilitet" in filter_line(app)
        await pilot.press("enter")  # keeps the search, back to the list
        assert isinstance(app.focused, FittedTable) and shown_ids(app) == found
        await pilot.press("slash", "escape")  # clears it
        assert shown_ids(app) == everything


@pilot_test
async def test_search_for_a_council_name_and_nothing(demo_store: Store) -> None:
    app = app_on(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3", "slash")
        await type_text(pilot, "sjælland")
        assert {r[2] for r in rows(app)} == {"Sjælland"}
        await type_text(pilot, "xyz")
        assert shown_ids(app) == []
        detail = str(app.query_one("#agenda-detail", Static).render())
        assert "Ingen møder" in detail


@pilot_test
async def test_detail_line_says_what_is_missing(demo_store: Store) -> None:
    app = app_on(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3")
        meeting = find_meeting(demo_store, "nordjylland", "2026-09-17")
        app.query_one("#agenda-meetings", FittedTable).select_key(str(meeting.id))
        await pilot.pause()
        detail = str(app.query_one("#agenda-detail", Static).render())
        assert "KKR Nordjylland" in detail and "planlagt" in detail
        assert "Ingen ansvarlig for punkt 3." in detail
        assert "Dagsordenen skal ud senest tor 10. sep, frist i dag." in detail


@pilot_test
async def test_enter_opens_the_meeting_and_pane_keys_go_back(demo_store: Store) -> None:
    app = app_on(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3")
        meeting = find_meeting(demo_store, "hovedstaden", "2026-09-22")
        app.query_one("#agenda-meetings", FittedTable).select_key(str(meeting.id))
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, MeetingScreen) and app.screen.meeting_id == meeting.id
        await pilot.press("escape")
        assert isinstance(app.screen.query_one(AgendaPane), AgendaPane)
        # 2 on a meeting screen goes to Årshjul, 3 back to Dagsordener.
        await open_meeting(pilot, meeting.id)
        await pilot.press("2")
        assert len(app.screen_stack) == 1
        assert app.query_one("#panes", ContentSwitcher).current == "cycle"
        await open_meeting(pilot, meeting.id)
        await pilot.press("3")
        assert len(app.screen_stack) == 1
        assert app.query_one("#panes", ContentSwitcher).current == "agenda"


@pilot_test
async def test_pane_keys_wait_while_a_dialog_is_open(demo_store: Store) -> None:
    app = app_on(demo_store)
    meeting = find_meeting(demo_store, "hovedstaden", "2026-09-22")
    async with app.run_test(size=SIZE) as pilot:
        await open_meeting(pilot, meeting.id)
        await pilot.press("x")  # the cancel-meeting dialog, its reason field focused
        await pilot.press("tab", "tab")  # to a button: "2" is not typed into a field
        await pilot.press("2")
        assert len(app.screen_stack) == 3  # nothing half-entered is thrown away
        await pilot.press("escape")
        assert isinstance(app.screen, MeetingScreen)


@pilot_test
async def test_wide_terminal_shows_state_due_day_and_items(demo_store: Store) -> None:
    app = app_on(demo_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("3")
        table = app.query_one("#agenda-meetings", FittedTable)
        labels = [str(c.label) for c in table.columns.values()]
        assert labels == [
            "Parat",
            "Møde",
            "Råd",
            "Type",
            "Status",
            "Næste frist",
            "Frist",
            "Arbejdsdage",
            "Punkter",
        ]
        amber = next(r for r in rows(app) if r[2] == "Nordjylland" and r[1] == "tor 17. sep")
        assert amber[4] == "planlagt" and amber[6] == "tor 10. sep" and amber[8] == "8"
