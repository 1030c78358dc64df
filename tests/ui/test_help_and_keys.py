"""F1 names the screen it was opened on, and writes every key as it is printed on the
keyboard (issue 22, point 7): the meeting screen is not "Taster: Oversigt", the Årshjul's
year keys read "←, [" (not "[, ["), and no Super key is offered in a terminal app."""

from __future__ import annotations

from textual.widgets import DataTable

from kkr_tui.domain.actions import MeetingAction, refusal
from kkr_tui.domain.formatting import format_day
from kkr_tui.domain.models import MeetingState
from kkr_tui.store import Store
from kkr_tui.store.demo import DEMO_TODAY
from kkr_tui.ui.screens.help import HelpScreen
from tests.pilot import Notices, app_on, pilot_test, wait_until
from tests.ui.test_keys import SCREENS, palette_hits, settle

SIZE = (100, 30)


async def _help_of(where: str, demo_store: Store) -> tuple[str, list[tuple[str, str]]]:
    """The help's title and its (keys, action) rows, opened with F1 on `where`."""
    app = app_on(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await SCREENS[where](pilot)
        await settle(pilot)
        await pilot.press("f1")
        await wait_until(pilot, lambda: isinstance(app.screen, HelpScreen), "the help")
        help_screen = app.screen
        title = str(help_screen.query_one("#help-title").render())
        table = help_screen.query_one("#help-keys", DataTable)
        rows = [
            (str(table.get_row_at(i)[1]), str(table.get_row_at(i)[2]))
            for i in range(table.row_count)
        ]
        return title, rows


@pilot_test
async def test_help_on_the_meeting_screen_names_the_meeting(demo_store: Store) -> None:
    title, _rows = await _help_of("meeting", demo_store)
    assert title.startswith("Taster: KKR "), title
    assert " · " in title  # "KKR Syddanmark · man 14. sep 2026"


@pilot_test
async def test_help_on_a_council_names_the_council(demo_store: Store) -> None:
    title, _rows = await _help_of("council", demo_store)
    assert title.startswith("Taster: KKR "), title


@pilot_test
async def test_help_in_a_dialog_names_the_dialog(demo_store: Store) -> None:
    title, _rows = await _help_of("council: add member", demo_store)
    assert title != "Taster: Oversigt"
    assert "medlem" in title.lower(), title


@pilot_test
async def test_help_over_a_pane_names_the_pane(demo_store: Store) -> None:
    title, _rows = await _help_of("cycle", demo_store)
    assert title == "Taster: Årshjul"


@pilot_test
async def test_year_keys_read_as_arrows_and_brackets(demo_store: Store) -> None:
    _title, rows = await _help_of("cycle", demo_store)
    keys = dict((action, key) for key, action in rows)
    assert keys["Forrige år"] == "←, [", rows
    assert keys["Næste år"] == "→, ]", rows


@pilot_test
async def test_no_super_key_anywhere_in_the_help(demo_store: Store) -> None:
    for where in ("overview", "meeting", "council: add member", "contacts: search"):
        _title, rows = await _help_of(where, demo_store)
        assert not [key for key, _action in rows if "Super" in key], (where, rows)


@pilot_test
async def test_held_before_the_meeting_day_says_why_not(
    demo_store: Store, notices: Notices
) -> None:
    """`h` on a meeting still to come: the reason from kkr_tui.domain.actions, no dialog."""
    app = app_on(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        snap = app.snapshot
        coming = next(m for m in snap.meetings_of() if m.day > DEMO_TODAY)
        reason = refusal(MeetingAction.MARK_HELD, coming, snap.items_for(coming.id), DEMO_TODAY)
        assert reason is not None
        await app.open_meeting(coming.id)
        await settle(pilot)
        screen = app.screen
        await pilot.press("h")
        await settle(pilot)
        assert app.screen is screen  # no dialog opened
        assert notices.messages()[-1] == reason


@pilot_test
async def test_the_palette_ranks_cancelled_meetings_last(demo_store: Store) -> None:
    """Two of KKR Sjælland's meetings cancelled: every other Sjælland meeting is
    offered before them, whatever the match."""
    snap = demo_store.snapshot()
    sjaelland = [m for m in snap.meetings_of("sjaelland") if m.state is not MeetingState.CANCELLED]
    cancelled = [sjaelland[0], sjaelland[2]]
    with demo_store.transaction() as tx:
        for meeting in cancelled:
            tx.update(meeting.with_changes(state=MeetingState.CANCELLED, cancel_reason="Test"))
    titles = {f"KKR Sjælland {format_day(m.day)}" for m in cancelled}
    app = app_on(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        hits = await palette_hits(pilot, "sjælland")
        meeting_hits = [hit.splitlines()[0] for hit in hits if hit.startswith("KKR Sjælland ")]
        assert len(meeting_hits) > len(titles)
        assert set(meeting_hits[-len(titles) :]) == titles, meeting_hits
