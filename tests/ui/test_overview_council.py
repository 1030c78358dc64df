"""The council screen: members, warnings, member dialogs, secretariat, meetings."""

from __future__ import annotations

import pytest
from textual.pilot import Pilot
from textual.widgets import Checkbox, DataTable, Input, Select, Static

from kkr_tui.domain.models import Member, Role
from kkr_tui.store import Store
from kkr_tui.ui.app import KkrApp
from kkr_tui.ui.screens.conflict_dialog import ConflictDialog
from kkr_tui.ui.screens.council import CouncilScreen
from kkr_tui.ui.screens.form_dialog import ConfirmDialog
from kkr_tui.ui.screens.meeting import MeetingScreen
from kkr_tui.ui.screens.member_dialog import MemberDialog
from tests.pilot import Notices, pilot_test, wait_until
from tests.ui.overview_helpers import column, static_text


def nordjylland(store: Store) -> list[Member]:
    return store.snapshot().members_of("nordjylland")


async def open_nordjylland(app: KkrApp, pilot: Pilot[int]) -> CouncilScreen:
    await pilot.pause()
    app.open_council("nordjylland")
    await pilot.pause()
    assert isinstance(app.screen, CouncilScreen)
    return app.screen


def warnings(screen: CouncilScreen) -> list[str]:
    return static_text(screen.query_one("#council-warnings", Static)).splitlines()


async def select_member(screen: CouncilScreen, pilot: Pilot[int], name: str) -> None:
    table = screen.query_one("#council-members", DataTable)
    table.focus()
    table.move_cursor(row=column(table).index(name))
    await pilot.pause()


@pilot_test
async def test_shows_members_warnings_secretariat_and_meetings(demo_app: KkrApp) -> None:
    app = demo_app
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_nordjylland(app, pilot)
        facts = static_text(screen.query_one("#council-facts", Static))
        assert facts.splitlines() == [
            "22 pladser · 22 medlemmer registreret · 11 kommuner · 11 stedfortrædere"
            " · 11 suppleanter",
            "Formand: Anne Prøvesen (Aalborg) · Næstformand: Camilla Opdigtsen (Rebild)",
        ]
        assert warnings(screen) == []  # every seat filled, every mayor registered
        members = screen.query_one("#council-members", DataTable)
        assert [str(c) for c in members.get_row_at(0)] == [
            "Anne Prøvesen",
            "Aalborg",
            "A",
            "formand",
            "ja",
            "",
        ]
        assert [str(c) for c in members.get_row_at(members.row_count - 1)] == [
            "Poul Påfundsen",
            "Vesthimmerland",
            "I",
            "medlem",
            "",
            "Lene Udkastrup",
        ]
        contacts = screen.query_one("#council-contacts", DataTable)
        assert column(contacts) == ["Anna Eksempel", "Haukur Thorsteinsson"]
        meetings = screen.query_one("#council-meetings", DataTable)
        assert column(meetings) == [
            "tor 17. sep 2026 09.30",
            "tor 22. okt 2026 13.00",
            "tor 26. nov 2026 09.30",
        ]
        assert column(meetings, 3)[0] == "Udsendelse: frist i dag"
        for table in (members, contacts, meetings):
            assert table.virtual_size.width <= table.size.width


@pilot_test
async def test_enter_on_a_meeting_opens_it_and_escape_goes_back(demo_app: KkrApp) -> None:
    app = demo_app
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_nordjylland(app, pilot)
        await pilot.press("tab", "tab", "enter")
        await pilot.pause()
        opened = app.screen
        assert isinstance(opened, MeetingScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, CouncilScreen)


@pilot_test
async def test_c_copies_the_secretariat_email(demo_app: KkrApp, notices: Notices) -> None:
    app = demo_app
    async with app.run_test(size=(80, 24)) as pilot:
        await open_nordjylland(app, pilot)
        await pilot.press("tab", "down", "c")
        assert app.clipboard == "hast@kl.dk"
        assert "hast@kl.dk" in notices.texts()


@pilot_test
async def test_add_member_typo_is_answered_with_the_closest_name(
    demo_store: Store, demo_app: KkrApp, notices: Notices
) -> None:
    app = demo_app
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_nordjylland(app, pilot)
        await pilot.press("a")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, MemberDialog)
        await pilot.press(*"Ida Prøve", "tab", *"Alborg", "enter")
        await pilot.pause()
        error = static_text(dialog.query_one("#dialog-error", Static))
        assert (
            error == "Kommune: »Alborg« er ikke en kommune i KKR Nordjylland; mente du »Aalborg«?"
        )
        assert app.focused is dialog.query_one("#member-municipality")
        assert len(nordjylland(demo_store)) == 44, "nothing saved while invalid"
        dialog.query_one("#member-municipality", Input).value = "Mariagerfjord"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is screen
        added = [m for m in nordjylland(demo_store) if m.name == "Ida Prøve"]
        assert [(m.municipality, m.role, m.mayor) for m in added] == [
            ("Mariagerfjord", Role.MAYOR, True)
        ]
        assert "Ida Prøve er tilføjet." in notices.texts()
        # The demo fills every seat: one more mayor is one too many, and says so.
        assert warnings(screen) == [
            "⚠ 23 medlemmer registreret, men rådet har 22 pladser",
            "⚠ mere end én borgmester i Mariagerfjord",
        ]
        members = screen.query_one("#council-members", DataTable)
        assert str(members.get_row_at(members.cursor_row)[0]) == "Ida Prøve"


@pilot_test
async def test_duplicate_and_unknown_substitute_are_refused(
    demo_store: Store, demo_app: KkrApp
) -> None:
    app = demo_app
    async with app.run_test(size=(80, 24)) as pilot:
        await open_nordjylland(app, pilot)
        await pilot.press("a")
        await pilot.pause()
        dialog = app.screen
        dialog.query_one("#member-name", Input).value = "anne prøvesen"
        dialog.query_one("#member-municipality", Input).value = "aalborg"
        await pilot.press("ctrl+s")
        await pilot.pause()
        error = dialog.query_one("#dialog-error", Static)
        assert static_text(error) == "Navn: Anne Prøvesen (Aalborg) er allerede registreret"
        dialog.query_one("#member-name", Input).value = "Ny Suppleant"
        dialog.query_one("#member-substitute", Input).value = "Anne Prøvsen"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert static_text(error) == (
            "Suppleant for: »Anne Prøvsen« er ikke medlem af KKR Nordjylland;"
            " mente du »Anne Prøvesen«?"
        )
        await pilot.press("escape")
        await pilot.pause()
        assert len(nordjylland(demo_store)) == 44


@pilot_test
async def test_edit_member_and_the_mayor_box(
    demo_store: Store, demo_app: KkrApp, notices: Notices
) -> None:
    app = demo_app
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_nordjylland(app, pilot)
        await select_member(screen, pilot, "Camilla Opdigtsen")
        await pilot.press("e")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, MemberDialog)
        box = dialog.query_one("#member-mayor", Checkbox)
        assert box.value is True and not box.disabled
        dialog.query_one("#member-role", Select).value = Role.MEMBER.value
        await pilot.pause()
        assert box.value is False and box.disabled
        dialog.query_one("#member-role", Select).value = Role.CHAIR.value
        box.value = True
        await pilot.press("ctrl+s")
        await pilot.pause()
        vice = next(m for m in nordjylland(demo_store) if m.name == "Camilla Opdigtsen")
        assert (vice.role, vice.mayor, vice.rev) == (Role.CHAIR, True, 2)
        assert "Camilla Opdigtsen er gemt." in notices.texts()
        assert warnings(screen)[0] == "⚠ 2 formænd registreret: Anne Prøvesen, Camilla Opdigtsen"
        facts = static_text(screen.query_one("#council-facts", Static))
        assert "Næstformand: ikke registreret" in facts


@pilot_test
async def test_enter_on_a_member_edits_it(demo_app: KkrApp) -> None:
    app = demo_app
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_nordjylland(app, pilot)
        await select_member(screen, pilot, "Tina Modelgaard")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, MemberDialog)
        assert app.screen.query_one("#member-name", Input).value == "Tina Modelgaard"


@pilot_test
async def test_remove_asks_first(demo_store: Store, demo_app: KkrApp, notices: Notices) -> None:
    app = demo_app
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_nordjylland(app, pilot)
        await select_member(screen, pilot, "Tina Modelgaard")
        await pilot.press("d")
        await pilot.pause()
        confirm = app.screen
        assert isinstance(confirm, ConfirmDialog)
        assert static_text(confirm.query_one("#confirm-question", Static)) == (
            "Fjern Tina Modelgaard (Frederikshavn) fra KKR Nordjylland?"
        )
        assert static_text(confirm.query_one("#confirm-detail", Static)) == (
            "1 suppleant står registreret for Tina Modelgaard og bliver stående."
        )
        await pilot.press("escape")
        await pilot.pause()
        assert len(nordjylland(demo_store)) == 44
        await pilot.press("d", "enter")
        await pilot.pause()
        assert "Tina Modelgaard" not in [m.name for m in nordjylland(demo_store)]
        assert "Tina Modelgaard er fjernet." in notices.texts()
        assert any("suppleant for en, der ikke er medlem" in w for w in warnings(screen))


@pytest.mark.parametrize(("key", "party"), [("t", "Z"), ("m", "Q")])
@pilot_test
async def test_someone_else_changed_the_member_meanwhile(
    demo_store: Store, demo_app: KkrApp, key: str, party: str
) -> None:
    """The shared conflict dialog: take theirs (t) or keep mine (m); never a silent overwrite."""
    app = demo_app
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_nordjylland(app, pilot)
        await select_member(screen, pilot, "Tina Modelgaard")
        await pilot.press("e")
        await pilot.pause()
        tina = next(m for m in nordjylland(demo_store) if m.name == "Tina Modelgaard")
        demo_store.update(tina.with_changes(party="Z"))  # another secretary, another process
        app.screen.query_one("#member-party", Input).value = "Q"
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.pause()
        conflict = app.screen
        assert isinstance(conflict, ConflictDialog)
        await pilot.press(key)
        await pilot.pause()
        await pilot.pause()
        stored = next(m for m in nordjylland(demo_store) if m.name == "Tina Modelgaard")
        assert stored.party == party
        assert app.screen is screen
        members = screen.query_one("#council-members", DataTable)
        assert party in column(members, 2)


@pilot_test
async def test_hostile_names_are_shown_literally(demo_store: Store, demo_app: KkrApp) -> None:
    demo_store.add(
        Member(
            council="nordjylland", name="[@click=app.quit]", municipality="Morsø", party="[red]x"
        )
    )
    app = demo_app
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_nordjylland(app, pilot)
        members = screen.query_one("#council-members", DataTable)
        assert "[@click=app.quit]" in column(members)
        assert "[red]x" in column(members, 2)
        await pilot.click("#council-members")
        await pilot.pause()
        assert app.is_running


@pilot_test
async def test_dialog_input_drops_control_characters(demo_store: Store, demo_app: KkrApp) -> None:
    app = demo_app
    async with app.run_test(size=(80, 24)) as pilot:
        await open_nordjylland(app, pilot)
        await pilot.press("a")
        await pilot.pause()
        dialog = app.screen
        assert dialog.query_one("#member-name", Input).cursor_blink is False
        dialog.query_one("#member-name", Input).value = "\x1b[31mEva\x07 Ny"
        dialog.query_one("#member-municipality", Input).value = "Morsø"
        await pilot.press("ctrl+s")
        # Saved in a worker: wait for the file, not for a fixed time.
        await wait_until(
            pilot,
            lambda: "[31mEva Ny" in [m.name for m in nordjylland(demo_store)],
            "the saved member",
        )


@pilot_test
async def test_read_only_database_opens_no_member_dialog(
    demo_store: Store, demo_app: KkrApp, notices: Notices
) -> None:
    demo_store.readonly = True
    app = demo_app
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_nordjylland(app, pilot)
        for key in ("a", "e", "d"):
            await pilot.press(key)
            await pilot.pause()
            assert app.screen is screen, key
        assert "Databasen er skrivebeskyttet" in notices.texts()
