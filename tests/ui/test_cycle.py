"""Årshjul by keyboard: every key and dialog, on the demo data as of tor 10. sep 2026.

A refused or cancelled dialog must leave the database file byte for byte as it was.
The suite has no async pytest plugin, so each scenario runs under asyncio.run
(the `pilot_test` decorator).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pendulum
import pytest
from textual.pilot import Pilot
from textual.widgets import Input, Static

from kkr_tui.domain.models import Meeting, MeetingState, Series
from kkr_tui.ui.app import KkrApp
from kkr_tui.ui.panes.cycle import CyclePane, CycleTable
from kkr_tui.ui.screens.cancel_dialog import CancelMeetingDialog
from kkr_tui.ui.screens.conflict_dialog import ConflictDialog
from kkr_tui.ui.screens.meeting import MeetingScreen
from kkr_tui.ui.screens.meeting_dialog import MeetingDialog
from kkr_tui.ui.screens.proposal_dialog import ProposalDialog
from kkr_tui.ui.screens.year_dialog import YearDialog
from kkr_tui.ui.widgets.year_chart import YearChart
from tests.pilot import Notices, pilot_test, wait_until

D = pendulum.date
SIZE = (80, 24)


@pytest.fixture
def app(demo_app: KkrApp) -> KkrApp:
    return demo_app


def pane(app: KkrApp) -> CyclePane:
    return app.query_one(CyclePane)


def selected(app: KkrApp) -> Meeting:
    meeting = pane(app).selected_meeting()
    assert meeting is not None
    return meeting


def text_of(app: KkrApp, selector: str) -> str:
    return str(app.screen.query_one(selector, Static).render())


def file_bytes(app: KkrApp) -> bytes:
    return Path(app.store.path).read_bytes()


def meetings_of(app: KkrApp, council: str, year: int) -> list[Meeting]:
    return app.store.snapshot().meetings_of(council, year)


async def select_meeting(pilot: Pilot[int], app: KkrApp, day: pendulum.Date) -> None:
    """Tab to the table and move the cursor to the meeting on `day`."""
    await pilot.press("tab")
    table = app.query_one(CycleTable)
    days = [m.day for m in meetings_of(app, pane(app).council_slug, pane(app).year)]
    table.move_cursor(row=days.index(day))
    await pilot.pause()
    assert selected(app).day == day


async def type_into(pilot: Pilot[int], text: str) -> None:
    await pilot.press(*text)
    await pilot.pause()


# --- the view and its keys -------------------------------------------------------------


@pilot_test
async def test_pane_opens_on_this_year_with_the_chart_focused(app: KkrApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2")
        await pilot.pause()
        assert isinstance(app.focused, YearChart)
        assert pane(app).year == 2026
        # The cursor starts on the council's next meeting from today.
        assert selected(app).day == D(2026, 9, 17)
        assert "KKR Nordjylland 2026: 9 møder" in text_of(app, "#cycle-title")
        chart = str(app.query_one(YearChart).render())
        assert "▲ i dag tor 10. sep" in chart
        assert "▶Nordjylland" in chart


@pilot_test
async def test_up_down_change_council_in_the_chart(app: KkrApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2", "down")
        await pilot.pause()
        assert pane(app).council_slug == "midtjylland"
        assert {m.council for m in meetings_of(app, "midtjylland", 2026)} == {"midtjylland"}
        assert selected(app).council == "midtjylland"
        assert "KKR Midtjylland" in text_of(app, "#cycle-title")
        await pilot.press("up", "up")
        await pilot.pause()
        assert pane(app).council_slug == "sjaelland"  # wraps around
        # Two quick presses before the pane has redrawn still move two councils.
        chart = app.query_one(YearChart)
        chart.action_council(1)
        chart.action_council(1)
        await pilot.pause()
        assert pane(app).council_slug == "midtjylland"


@pilot_test
async def test_tab_gives_up_down_to_the_table(app: KkrApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2", "tab")
        await pilot.pause()
        assert isinstance(app.focused, CycleTable)
        await pilot.press("down")
        await pilot.pause()
        assert selected(app).day == D(2026, 10, 22)  # the KD-forum before November
        assert pane(app).council_slug == "nordjylland"
        await pilot.press("tab")
        await pilot.pause()
        assert isinstance(app.focused, YearChart)


@pilot_test
async def test_left_right_and_brackets_change_the_year_from_chart_and_table(app: KkrApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2", "right")
        await pilot.pause()
        assert pane(app).year == 2027
        await pilot.press("left_square_bracket", "left_square_bracket")
        await pilot.pause()
        assert pane(app).year == 2025
        await pilot.press("right_square_bracket", "tab", "right", "right", "right")
        await pilot.pause()
        assert isinstance(app.focused, CycleTable)
        assert pane(app).year == 2029
        assert "kommunalvalgår" in text_of(app, "#cycle-title")
        await pilot.press("left")
        await pilot.pause()
        assert pane(app).year == 2028


@pilot_test
async def test_go_to_year_dialog(app: KkrApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2", "y")
        await pilot.pause()
        assert isinstance(app.screen, YearDialog)
        await type_into(pilot, "1800")
        assert "»1800« er ikke et år" in text_of(app, "#dialog-preview")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, YearDialog)  # refused, still open
        await pilot.press(*["backspace"] * 4)
        await type_into(pilot, "2030")
        assert "valgperiode 2030-2033" in text_of(app, "#dialog-preview")
        await pilot.press("enter")
        await pilot.pause()
        assert pane(app).year == 2030
        await pilot.press("y", "escape")
        await pilot.pause()
        assert pane(app).year == 2030


@pilot_test
async def test_enter_opens_the_meeting_from_chart_and_table(app: KkrApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2", "enter")
        await pilot.pause()
        assert isinstance(app.screen, MeetingScreen)
        assert app.screen.meeting_id == selected(app).id
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.focused, YearChart)
        await pilot.press("tab", "down", "enter")
        await pilot.pause()
        assert isinstance(app.screen, MeetingScreen)
        await pilot.press("escape")
        await pilot.pause()
        # Back where we were: in the table, not thrown back to the chart.
        assert isinstance(app.focused, CycleTable)


@pilot_test
async def test_warnings_of_the_selected_council(app: KkrApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2", "down", "down")
        await pilot.pause()
        assert pane(app).council_slug == "syddanmark"
        assert "1 advarsel" in text_of(app, "#cycle-title")
        warnings = text_of(app, "#cycle-warnings")
        assert "udsendelsesfristen man 7. sep er overskredet" in warnings
        await pilot.press("right")
        await pilot.pause()
        assert "0 KKR-møder i 2027, forventet 5" in text_of(app, "#cycle-warnings")


# --- new, edit, move --------------------------------------------------------------------


@pilot_test
async def test_new_meeting_saved_with_council_preselected(app: KkrApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2", "down", "right", "n")  # Midtjylland, 2027
        await pilot.pause()
        assert isinstance(app.screen, MeetingDialog)
        await type_into(pilot, "26.2.2027")
        assert "Udsendelse senest fre 19. feb 2027" in text_of(app, "#dialog-preview")
        await pilot.press("enter")
        await wait_until(pilot, lambda: not isinstance(app.screen, MeetingDialog))
        assert not isinstance(app.screen, MeetingDialog)
        saved = meetings_of(app, "midtjylland", 2027)
        assert len(saved) == 1
        meeting = saved[0]
        # Time and place come from the council's latest KKR meeting.
        assert meeting.day == D(2027, 2, 26)
        assert (meeting.start.hour, meeting.start.minute) == (10, 0)
        assert meeting.place == "Regionshuset Viborg, Skottenborg 26, 8800 Viborg"
        assert meeting.series is Series.KKR
        assert meeting.state is MeetingState.PLANNED
        assert selected(app).id == meeting.id


@pytest.mark.parametrize(
    ("date", "message"),
    [
        ("31.2.2027", "den dag findes ikke"),
        ("9.4.27", "fire cifre"),
        ("hej", "er ikke en dato"),
        ("tor 9. apr 2027", "er en fredag"),
    ],
)
@pilot_test
async def test_invalid_date_is_shown_and_nothing_saved(
    app: KkrApp, date: str, message: str
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        before = file_bytes(app)
        await pilot.press("2", "n")
        await pilot.pause()
        await type_into(pilot, date)
        assert message in text_of(app, "#dialog-errors")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, MeetingDialog)  # Save refused
        assert file_bytes(app) == before
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, MeetingDialog)
        assert file_bytes(app) == before


@pilot_test
async def test_empty_date_refused_on_save(app: KkrApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        before = file_bytes(app)
        await pilot.press("2", "n")
        await pilot.pause()
        assert "Skriv datoen" in text_of(app, "#dialog-preview")
        await pilot.press("enter")
        await pilot.pause()
        assert "Dato: skal udfyldes" in text_of(app, "#dialog-errors")
        assert file_bytes(app) == before


@pilot_test
async def test_time_in_the_dst_gap_and_end_before_start_are_refused(app: KkrApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        before = file_bytes(app)
        await pilot.press("2", "n")
        await pilot.pause()
        dialog = app.screen
        dialog.query_one("#field-date", Input).value = "28.3.2027"  # clocks go forward
        dialog.query_one("#field-start", Input).value = "02.30"
        await pilot.pause()
        assert "findes ikke" in text_of(app, "#dialog-errors")
        dialog.query_one("#field-start", Input).value = "13.00"
        dialog.query_one("#field-end", Input).value = "12.00"
        await pilot.pause()
        assert "Slut: skal ligge efter start" in text_of(app, "#dialog-errors")
        dialog.query_one("#field-end", Input).value = "25.00"
        await pilot.pause()
        assert "Slut: »25.00« er ikke et klokkeslæt" in text_of(app, "#dialog-errors")
        await pilot.press("enter")
        await pilot.pause()
        assert file_bytes(app) == before


@pilot_test
async def test_edit_shows_the_moved_dispatch_live_and_saves(app: KkrApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2", "e")
        await pilot.pause()
        original = selected(app)
        await type_into(pilot, "9.4.2026")  # replaces the selected date text
        preview = text_of(app, "#dialog-preview")
        assert "Udsendelse senest ons 1. apr 2026 - flyttet fra tor 2. apr (skærtorsdag)" in preview
        assert "tor 9. apr 2026" in text_of(app, "#date-echo")
        dialog = app.screen
        dialog.query_one("#field-place", Input).value = "[red]Rådhus\x1b[31m[/red]"
        await pilot.pause()
        assert dialog.query_one("#field-place", Input).value == "[red]Rådhus[31m[/red]"
        await pilot.press("enter")
        await wait_until(pilot, lambda: not isinstance(app.screen, MeetingDialog))
        saved = app.store.snapshot().meeting(original.id)
        assert saved is not None
        assert saved.day == D(2026, 4, 9)
        assert (saved.start.hour, saved.start.minute) == (9, 30)
        assert saved.place == "[red]Rådhus[31m[/red]"
        assert saved.rev == original.rev + 1
        # Shown literally, not as markup.
        assert "Sted: [red]Rådhus[31m[/red]" in text_of(app, "#cycle-detail")


@pilot_test
async def test_move_keeps_the_time_and_shows_before_and_after(app: KkrApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2")
        await pilot.pause()
        original = selected(app)  # tor 17. sep 2026 09.30
        await pilot.press("m")
        await pilot.pause()
        await type_into(pilot, "24.9.2026")
        preview = text_of(app, "#dialog-preview")
        assert "Hidtil: udsendelse senest tor 10. sep 2026" in preview
        assert "Udsendelse senest tor 17. sep 2026" in preview
        await pilot.press("enter")
        await wait_until(pilot, lambda: not isinstance(app.screen, MeetingDialog))
        moved = app.store.snapshot().meeting(original.id)
        assert moved is not None
        assert moved.day == D(2026, 9, 24)
        assert (moved.start.hour, moved.start.minute, moved.end.hour) == (9, 30, 12)
        assert moved.place == original.place


@pilot_test
async def test_move_and_cancel_refused_for_a_held_meeting(app: KkrApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2")
        await pilot.pause()
        await select_meeting(pilot, app, D(2026, 2, 26))  # published
        for key in ("m", "x"):
            await pilot.press(key)
            await pilot.pause()
            assert not isinstance(app.screen, MeetingDialog | CancelMeetingDialog)


@pilot_test
async def test_save_conflict_is_reported_and_nothing_overwritten(app: KkrApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2", "e")
        await pilot.pause()
        original = selected(app)
        # Someone else changes the meeting while the dialog is open.
        app.store.update(original.with_changes(place="Hjørring Rådhus"))
        await type_into(pilot, "18.9.2026")
        await pilot.press("enter")
        await pilot.pause()
        # Theirs and mine side by side; cancelling keeps their change untouched.
        assert isinstance(app.screen, ConflictDialog)
        await pilot.press("escape")
        await pilot.pause()
        current = app.store.snapshot().meeting(original.id)
        assert current is not None
        assert current.place == "Hjørring Rådhus"
        assert current.day == original.day


# --- cancel -----------------------------------------------------------------------------


@pilot_test
async def test_cancel_needs_a_reason_and_keeps_the_meeting_greyed(app: KkrApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2")
        await pilot.pause()
        original = selected(app)
        before = file_bytes(app)
        await pilot.press("x")
        await pilot.pause()
        assert isinstance(app.screen, CancelMeetingDialog)
        await pilot.press("enter")
        await pilot.pause()
        assert "Skriv grunden til aflysningen." in text_of(app, "#dialog-error")
        assert file_bytes(app) == before
        await type_into(pilot, "Formanden er syg")
        await pilot.press("enter")
        await wait_until(pilot, lambda: not isinstance(app.screen, CancelMeetingDialog))
        cancelled = app.store.snapshot().meeting(original.id)
        assert cancelled is not None
        assert cancelled.state is MeetingState.CANCELLED
        assert cancelled.cancel_reason == "Formanden er syg"
        # Still in the table and selected, with its reason below.
        assert selected(app).id == original.id
        assert "Aflyst: Formanden er syg" in text_of(app, "#cycle-detail")
        assert "✕" in str(app.query_one(YearChart).render())
        await pilot.press("e")
        await pilot.pause()
        assert not isinstance(app.screen, MeetingDialog)  # a cancelled meeting stays so


@pilot_test
async def test_cancel_dialog_backed_out_saves_nothing(app: KkrApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        before = file_bytes(app)
        await pilot.press("2", "x")
        await pilot.pause()
        await type_into(pilot, "måske")
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, CancelMeetingDialog)
        assert file_bytes(app) == before


# --- proposals --------------------------------------------------------------------------


@pilot_test
async def test_propose_a_year_and_accept_it_in_one_write(
    app: KkrApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    import kkr_tui.store.files as files

    writes: list[Path] = []
    real_write = files.write_atomic

    def counting(path: Path, data: bytes, *args: Any, **kwargs: Any) -> None:
        writes.append(path)
        real_write(path, data, *args, **kwargs)

    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2", "right", "p")
        await pilot.pause()
        assert isinstance(app.screen, ProposalDialog)
        monkeypatch.setattr(files, "write_atomic", counting)
        await pilot.press("enter")
        await wait_until(pilot, lambda: not isinstance(app.screen, ProposalDialog))
        saved = meetings_of(app, "nordjylland", 2027)
        assert [m.day for m in saved] == [
            D(2027, 2, 25),
            D(2027, 4, 15),
            D(2027, 6, 10),
            D(2027, 9, 16),
            D(2027, 11, 25),
        ]
        assert {m.state for m in saved} == {MeetingState.PROPOSED}
        # One write of the database (the version kept before it writes only its notes).
        assert [p for p in writes if "backups" not in Path(p).parts] == [app.store.path]
        assert "0 advarsler" not in text_of(app, "#cycle-title")
        assert "ingen advarsler" in text_of(app, "#cycle-title")
        # Accept one proposal with a.
        await pilot.press("a")
        await pilot.pause()
        assert meetings_of(app, "nordjylland", 2027)[0].state is MeetingState.PLANNED


async def _propose_2027(pilot: Pilot[int], app: KkrApp) -> None:
    await pilot.press("2", "right", "p")
    await pilot.pause()
    assert isinstance(app.screen, ProposalDialog)
    await pilot.press("enter")
    await wait_until(pilot, lambda: len(meetings_of(app, "nordjylland", 2027)) == 5)


@pilot_test
async def test_accepting_a_proposal_moves_on_to_the_next_one(app: KkrApp, notices: Notices) -> None:
    """a, a, a: each accepted meeting hands the cursor to the next one proposed."""
    async with app.run_test(size=SIZE) as pilot:
        await _propose_2027(pilot, app)
        days = [m.day for m in meetings_of(app, "nordjylland", 2027)]
        assert selected(app).day == days[0]
        await pilot.press("a")
        await wait_until(pilot, lambda: selected(app).day == days[1])
        assert "Næste foreslåede: tor 15. apr 2027" in notices.messages()[-1]
        await pilot.press("a", "a", "a")
        await wait_until(pilot, lambda: selected(app).day == days[4])
        await pilot.press("a")
        await wait_until(
            pilot,
            lambda: (
                {m.state for m in meetings_of(app, "nordjylland", 2027)} == {MeetingState.PLANNED}
            ),
        )
        assert "Ikke flere foreslåede møder i 2027" in notices.messages()[-1]


@pilot_test
async def test_accept_all_plans_the_whole_proposed_year_in_one_write(
    app: KkrApp, notices: Notices
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await _propose_2027(pilot, app)
        await pilot.press("a")  # one accepted on its own first
        await wait_until(pilot, lambda: notices.messages()[-1].startswith("Planlagt"))
        await pilot.press("A")
        await wait_until(pilot, lambda: bool(app.screen.query("#confirm-question")))
        question = str(app.screen.query_one("#confirm-question", Static).render())
        assert question == "Godkend alle 4 foreslåede møder for KKR Nordjylland i 2027?"
        await pilot.press("enter")
        await wait_until(
            pilot,
            lambda: (
                {m.state for m in meetings_of(app, "nordjylland", 2027)} == {MeetingState.PLANNED}
            ),
        )
        assert notices.messages()[-1] == "Planlagt: 4 møder i 2027"
        before = file_bytes(app)
        await pilot.press("A")  # nothing proposed any more: said, nothing written
        await pilot.pause()
        assert "Ingen foreslåede møder" in notices.messages()[-1]
        assert file_bytes(app) == before


@pilot_test
async def test_proposal_backed_out_saves_nothing(app: KkrApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        before = file_bytes(app)
        await pilot.press("2", "right", "p")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert file_bytes(app) == before


@pilot_test
async def test_propose_2030_offers_a_constituting_meeting(app: KkrApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2", "y")
        await pilot.pause()
        await type_into(pilot, "2030")
        await pilot.press("enter", "p")
        await pilot.pause()
        assert isinstance(app.screen, ProposalDialog)
        meetings = app.screen.proposal.meetings
        assert meetings[0].series is Series.CONSTITUTING
        assert meetings[0].day <= D(2030, 1, 31)
        assert len(meetings) == 6


@pilot_test
async def test_propose_a_full_year_says_so(app: KkrApp, notices: Notices) -> None:
    async with app.run_test(size=SIZE) as pilot:
        before = file_bytes(app)
        await pilot.press("2", "p")
        await pilot.pause()
        assert not isinstance(app.screen, ProposalDialog)
        assert any("allerede alle møder" in note for note in notices.messages())
        assert file_bytes(app) == before


@pilot_test
async def test_plan_refuses_a_meeting_that_is_not_proposed(app: KkrApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        before = file_bytes(app)
        await pilot.press("2", "a")
        await pilot.pause()
        assert file_bytes(app) == before


@pilot_test
async def test_read_only_database_refuses_saves_with_a_message(
    app: KkrApp, notices: Notices
) -> None:
    app.store.readonly = True  # as when the file is not writable for this user
    async with app.run_test(size=SIZE) as pilot:
        before = file_bytes(app)
        await pilot.press("2", "right", "n")
        await pilot.pause()
        await type_into(pilot, "25.2.2027")
        await pilot.press("enter")
        await pilot.pause()
        # The dialog stays open with what was typed and says why.
        assert isinstance(app.screen, MeetingDialog)
        assert "skrivebeskyttet" in text_of(app, "#dialog-errors")
        await pilot.press("escape", "enter")  # changed fields: discard them
        await pilot.pause()
        await pilot.press("p", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ProposalDialog)
        assert "skrivebeskyttet" in text_of(app, "#dialog-error")
        assert file_bytes(app) == before
        # Each dialog says it itself (above); no toast repeats it on top.
        assert not [note for note in notices.messages() if "skrivebeskyttet" in note]
        assert meetings_of(app, "nordjylland", 2027) == []
