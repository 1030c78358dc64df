"""Every text field of every record holds hostile text; every screen and the palette
show it literally (issue 19, point 2).

The value mixes what Textual markup would act on (a lone closing tag, a click action,
a tag-like suffix as in "Hans Jensen [V]") with an ANSI escape. A screen that parsed
it would crash (MarkupError on `[/]`), hide "[V]" or make a link; one that passed the
escape on would colour the terminal. Each screen must show "[V][/]" as typed.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
from collections.abc import Awaitable, Callable
from enum import Enum
from pathlib import Path

from textual.command import CommandList, CommandPalette
from textual.pilot import Pilot

from kkr_tui.domain.errors import ValidationError
from kkr_tui.domain.models import (
    AgendaItem,
    Contact,
    Council,
    Meeting,
    MeetingState,
    Member,
    Record,
)
from kkr_tui.store import Store
from kkr_tui.store.demo import build_demo
from kkr_tui.ui import navigate
from kkr_tui.ui.app import KkrApp
from tests.pilot import app_on

HOSTILE = "[V][/][@click=app.quit]x[/]\x1b[31mHans Jensen [V]"
SHOWN = "[V][/]"  # what must be visible wherever a field is shown, however narrow
# Fields that name other records, or that the models check (an https address).
NOT_FREE_TEXT = {"council", "slug", "substitute_for", "municipality", "minutes_url"}
KINDS: tuple[type[Record], ...] = (Council, Member, Contact, Meeting, AgendaItem)


def hostile_copy(record: Record) -> Record:
    """Every free-text field hostile; a field the model checks (an e-mail address)
    keeps its value."""
    for field in dataclasses.fields(record):
        value = getattr(record, field.name)
        if field.name in NOT_FREE_TEXT or not isinstance(value, str) or isinstance(value, Enum):
            continue
        with contextlib.suppress(ValidationError):
            record = record.with_changes(**{field.name: HOSTILE})
    return record


def build_hostile(path: Path) -> Store:
    store = build_demo(path)
    with store.transaction() as tx:
        for kind in KINDS:
            for record in tx.all(kind):
                tx.update(hostile_copy(record))
    return store


def screen_text(app: KkrApp) -> str:
    """The characters on the screen, as a user reads them."""
    svg = app.export_screenshot()
    return svg.replace("&#160;", " ").replace("&amp;", "&")


async def settle(pilot: Pilot[int], delay: float = 0.1) -> None:
    await pilot.pause()
    await pilot.pause(delay)


async def palette_hits(pilot: Pilot[int], query: str) -> list[str]:
    await pilot.press("ctrl+p")
    await settle(pilot)
    assert isinstance(pilot.app.screen, CommandPalette)
    for char in query:
        await pilot.press("space" if char == " " else char)
    await settle(pilot, 0.6)
    commands = pilot.app.screen.query_one(CommandList)
    return [str(commands.get_option_at_index(i).prompt) for i in range(commands.option_count)]


def run(test: Callable[[KkrApp, Pilot[int]], Awaitable[None]], path: Path) -> None:
    store = build_hostile(path)
    app = app_on(store)

    async def go() -> None:
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(pilot)
            await test(app, pilot)
            assert app.is_running, "hostile text ended the app"

    asyncio.run(go())


def test_every_pane_shows_hostile_fields_literally(tmp_path: Path) -> None:
    async def visit(app: KkrApp, pilot: Pilot[int]) -> None:
        for key in "1234":
            await pilot.press(key)
            await settle(pilot)
            assert SHOWN in screen_text(app), f"pane {key}"

    run(visit, tmp_path / "kkr.json")


def test_council_and_meeting_screens_show_hostile_fields_literally(tmp_path: Path) -> None:
    async def visit(app: KkrApp, pilot: Pilot[int]) -> None:
        await navigate.show_council(app, app.snapshot.councils[0].slug)
        await settle(pilot)
        assert SHOWN in screen_text(app), "council screen"
        meeting = next(m for m in app.snapshot.meetings_of() if app.snapshot.items_for(m.id))
        item = app.snapshot.items_for(meeting.id)[0]
        await navigate.show_item(app, meeting.id, item.id)
        await settle(pilot)
        assert SHOWN in screen_text(app), "meeting screen"

    run(visit, tmp_path / "kkr.json")


def test_the_palette_lists_hostile_records_literally(tmp_path: Path) -> None:
    async def search(app: KkrApp, pilot: Pilot[int]) -> None:
        hits = await palette_hits(pilot, "hans jensen")
        assert hits, "the hostile records should be found"
        assert any("Hans Jensen [V]" in hit for hit in hits), hits
        assert any("[@click=app.quit]x[/]" in hit for hit in hits), hits
        assert "␛[31m" in hits[0] and "\x1b" not in "".join(hits)
        text = screen_text(app)
        assert SHOWN in text and "\x1b" not in text
        await pilot.press("escape")
        await settle(pilot)
        hits = await palette_hits(pilot, "[/]")
        assert hits

    run(search, tmp_path / "kkr.json")


def test_dialogs_show_hostile_fields_literally(tmp_path: Path) -> None:
    """The edit dialogs and the item's details open on hostile records and show them."""

    async def open_dialog(app: KkrApp, pilot: Pilot[int], key: str, where: str) -> None:
        screens = len(app.screen_stack)
        await pilot.press(key)
        await settle(pilot, 0.3)
        assert len(app.screen_stack) == screens + 1, where
        text = screen_text(app)
        assert SHOWN in text and "\x1b" not in text, where
        await pilot.press("escape")
        await settle(pilot)

    async def visit(app: KkrApp, pilot: Pilot[int]) -> None:
        contact = app.snapshot.contacts[0]
        await navigate.show_contact(app, contact.id)
        await settle(pilot)
        await open_dialog(app, pilot, "e", "contact dialog")
        slug = next(m.council for m in app.snapshot.members)
        await navigate.show_council(app, slug)
        await settle(pilot)
        await pilot.press("down")
        await open_dialog(app, pilot, "e", "member dialog")
        meeting = next(
            m
            for m in app.snapshot.meetings_of()
            if m.state is MeetingState.PLANNED and app.snapshot.items_for(m.id)
        )
        item = app.snapshot.items_for(meeting.id)[0]
        await navigate.show_item(app, meeting.id, item.id)
        await settle(pilot)
        await open_dialog(app, pilot, "e", "item dialog")
        await open_dialog(app, pilot, "i", "item details")
        await navigate.back_to_main(app)
        await pilot.press("2")
        await settle(pilot)
        await open_dialog(app, pilot, "n", "new meeting dialog")
        await open_dialog(app, pilot, "e", "meeting dialog")

    run(visit, tmp_path / "kkr.json")
