"""Helpers for the agenda Pilot tests: the demo app, finding meetings, reading the file."""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import Input

from kkr_tui.domain.models import AgendaItem, Meeting, Series
from kkr_tui.store import Store
from kkr_tui.ui.screens.meeting import MeetingScreen
from kkr_tui.ui.widgets.fitted_table import FittedTable
from tests.pilot import kkr_app, wait_until

SIZE = (80, 24)


def find_meeting(store: Store, council: str, day: str, series: Series = Series.KKR) -> Meeting:
    return next(
        m
        for m in store.snapshot().meetings
        if m.council == council and m.day.isoformat() == day and m.series is series
    )


def items_of(store: Store, meeting_id: int) -> list[AgendaItem]:
    return store.snapshot().items_for(meeting_id)


def file_bytes(store: Store) -> bytes:
    return Path(store.path).read_bytes()


async def open_meeting(pilot: Pilot[int], meeting_id: int) -> MeetingScreen:
    app = kkr_app(pilot)
    app.open_meeting(meeting_id)
    await pilot.pause()
    screen = app.screen
    assert isinstance(screen, MeetingScreen)
    return screen


async def select_item(pilot: Pilot[int], number: int) -> None:
    """Put the items table's cursor on the item with this number."""
    screen = pilot.app.screen
    assert isinstance(screen, MeetingScreen)
    table = screen.query_one("#meeting-items", FittedTable)
    items = kkr_app(pilot).snapshot.items_for(screen.meeting_id)
    item = next(i for i in items if i.number == number)
    key = str(item.id)

    def selected() -> bool:
        # The table fills once it has its width (later on a loaded machine): select
        # again until the row is there and the cursor on it.
        if table.selected_key() != key:
            table.select_key(key)
        return table.selected_key() == key

    await wait_until(pilot, selected, f"the cursor on item {number}")


async def settle(pilot: Pilot[int]) -> None:
    """Wait until the app has done what the last keys asked, saves included (workers)."""
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def type_text(pilot: Pilot[int], text: str) -> None:
    """Enter `text` into the focused field as a paste would (fast); key by key otherwise."""
    await pilot.pause()  # a focus() just before takes effect on the next turn
    focused = pilot.app.focused
    if isinstance(focused, Input):
        focused.insert_text_at_cursor(text)
    else:
        await pilot.press(*text)
    await pilot.pause()
