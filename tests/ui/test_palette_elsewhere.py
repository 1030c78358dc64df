"""Ctrl+P finds what every screen can do by its name, from any screen (issue 22, point 4):
"ny kontakt" from Oversigt opens the contact dialog in Kontakter, "foreslå år" the year
proposal in Årshjul, "nyt medlem" the member dialog of the council named, and "import"
the shell command that imports (imports read a file on the server, all or nothing)."""

from __future__ import annotations

from textual.command import CommandPalette
from textual.pilot import Pilot

from kkr_tui.ui.app import KkrApp
from kkr_tui.ui.screens.contact_dialog import ContactDialog
from kkr_tui.ui.screens.council import CouncilScreen
from kkr_tui.ui.screens.member_dialog import MemberDialog
from kkr_tui.ui.screens.proposal_dialog import ProposalDialog
from tests.pilot import Notices, palette_results, pilot_test, wait_until

SIZE = (100, 30)


async def search(pilot: Pilot[int], query: str) -> list[str]:
    await pilot.press("ctrl+p")
    await wait_until(pilot, lambda: isinstance(pilot.app.screen, CommandPalette), "the palette")
    return await palette_results(pilot, query)


async def choose(pilot: Pilot[int], query: str, wanted: str) -> None:
    """Search the palette for `query` and choose the hit that starts with `wanted`."""
    hits = await search(pilot, query)
    assert any(hit.startswith(wanted) for hit in hits), hits
    while not hits[0].startswith(wanted):  # the hit under the cursor is the first
        await pilot.press("down")
        hits = hits[1:] + hits[:1]
    await pilot.press("enter")


@pilot_test
async def test_new_contact_from_the_overview(demo_app: KkrApp) -> None:
    async with demo_app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: demo_app.shown_pane_id == "overview", "Oversigt")
        await choose(pilot, "ny kontakt", "Ny kontakt · Kontakter")
        await wait_until(pilot, lambda: isinstance(demo_app.screen, ContactDialog), "the dialog")
        assert demo_app.shown_pane_id == "contacts"


@pilot_test
async def test_propose_year_from_the_agendas(demo_app: KkrApp, notices: Notices) -> None:
    async with demo_app.run_test(size=SIZE) as pilot:
        await pilot.press("3")
        await wait_until(pilot, lambda: demo_app.shown_pane_id == "agenda", "Dagsordener")
        await choose(pilot, "foreslå år", "Foreslå årets møder · Årshjul")
        # As `p` in Årshjul: the shown year (2026) is planned, so it says so.
        await wait_until(pilot, lambda: notices, "the answer")
        assert notices[-1].message == "KKR Nordjylland har allerede alle møder i 2026"
        assert demo_app.shown_pane_id == "cycle"
        await pilot.press("right")  # 2027, where nothing is planned yet
        await choose(pilot, "foreslå år", "Foreslå år")  # now the pane's own key
        await wait_until(pilot, lambda: isinstance(demo_app.screen, ProposalDialog), "the dialog")


@pilot_test
async def test_new_member_of_the_council_named(demo_app: KkrApp) -> None:
    async with demo_app.run_test(size=SIZE) as pilot:
        await pilot.press("4")
        await wait_until(pilot, lambda: demo_app.shown_pane_id == "contacts", "Kontakter")
        hits = await search(pilot, "medlem")
        councils = [hit for hit in hits if hit.startswith("Nyt medlem · KKR")]
        assert len(councils) == 5, hits
        await pilot.press("escape")
        await choose(pilot, "nyt medlem sjæl", "Nyt medlem · KKR Sjælland")
        await wait_until(pilot, lambda: isinstance(demo_app.screen, MemberDialog), "the dialog")
        council_screen = demo_app.screen_stack[-2]
        assert isinstance(council_screen, CouncilScreen)
        assert council_screen.slug == "sjaelland"


@pilot_test
async def test_the_screens_own_keys_are_not_offered_twice(demo_app: KkrApp) -> None:
    async with demo_app.run_test(size=SIZE) as pilot:
        await pilot.press("4")
        await wait_until(pilot, lambda: demo_app.shown_pane_id == "contacts", "Kontakter")
        hits = await search(pilot, "ny kontakt")
        assert not any(hit.startswith("Ny kontakt · Kontakter") for hit in hits), hits


@pilot_test
async def test_import_says_the_shell_command(demo_app: KkrApp, notices: Notices) -> None:
    async with demo_app.run_test(size=SIZE) as pilot:
        hits = await search(pilot, "import")
        assert sum(hit.startswith("Importér") for hit in hits) == 5, hits
        await pilot.press("escape")
        await choose(pilot, "importér rådsmedlemmer", "Importér rådsmedlemmer (CSV)")
        await wait_until(pilot, lambda: bool(notices), "the notice")
        message = notices[-1].message
        assert "--dry-run" in message
        assert f"kkr --db {demo_app.store.path} import members FIL" in message


@pilot_test
async def test_in_english(demo_app: KkrApp, english: None) -> None:
    async with demo_app.run_test(size=SIZE) as pilot:
        hits = await search(pilot, "new contact")
        assert any(hit.startswith("New contact · Contacts") for hit in hits), hits
