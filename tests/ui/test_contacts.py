"""Kontakter (pane 4): search, filters, copy, add/edit/delete with validation, hostile text."""

from __future__ import annotations

from textual.widgets import Checkbox, DataTable, Input, SelectionList, Static

from kkr_tui.domain.models import Contact
from kkr_tui.store import Store
from kkr_tui.ui.app import KkrApp
from kkr_tui.ui.screens.contact_dialog import ContactDialog
from kkr_tui.ui.screens.form_dialog import ConfirmDialog
from tests.pilot import Notices, pilot_test
from tests.ui.overview_helpers import column, static_text


def names(app: KkrApp) -> list[str]:
    return column(app.query_one("#contact-list", DataTable))


def filters(app: KkrApp) -> str:
    return static_text(app.query_one("#contacts-filters", Static))


@pilot_test
async def test_search_narrows_as_you_type_across_fields(demo_app: KkrApp) -> None:
    app = demo_app
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("4")
        assert len(names(app)) == 15
        await pilot.press("slash", "k", "o", "n", "s")
        assert len(names(app)) == 10  # title Konsulent or Chefkonsulent
        await pilot.press("u", "l", "e", "n", "t", "space", "s", "j")
        assert names(app) == ["Mette Testrup", "Ulrik Modelgaard"]
        assert filters(app).endswith("2 af 15 kontakter")
        search = app.query_one("#contacts-search", Input)
        search.value = "33703410"  # a phone number without its spaces
        await pilot.pause()
        assert names(app) == ["Mette Testrup"]
        search.value = "PRØVESEN"  # casefolded Danish letters
        await pilot.pause()
        assert names(app) == ["Dennis Prøvesen", "Sanne Prøvesen"]
        search.value = "proevesen"  # the e-mail spelling, found in the e-mail field
        await pilot.pause()
        assert names(app) == ["Dennis Prøvesen", "Sanne Prøvesen"]
        search.value = "fuldmægtig region"
        await pilot.pause()
        assert names(app) == ["Vibeke Fiktivsen"]


@pilot_test
async def test_enter_goes_to_the_list_escape_clears(demo_app: KkrApp) -> None:
    app = demo_app
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("4", "slash", "h", "a", "s", "t", "enter")
        assert app.focused is app.query_one("#contact-list")
        assert names(app) == ["Haukur Thorsteinsson"]
        await pilot.press("slash", "x", "y", "z")
        assert names(app) == []
        assert "0 af 15" in filters(app)
        await pilot.press("enter")  # nothing to go to: stays in the box
        assert app.focused is app.query_one("#contacts-search")
        await pilot.press("escape")
        assert app.focused is app.query_one("#contact-list")
        assert app.query_one("#contacts-search", Input).value == ""
        assert len(names(app)) == 15


@pilot_test
async def test_council_and_organisation_filters_one_key_each(demo_app: KkrApp) -> None:
    app = demo_app
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("4", "r")
        assert names(app) == ["Anna Eksempel", "Haukur Thorsteinsson"]
        assert filters(app).startswith("Råd (r): KKR Nordjylland")
        await pilot.press("r")
        assert names(app) == ["Dennis Prøvesen", "Karen Fiktivsen"]
        await pilot.press("r", "r", "r", "r")  # through the five and back to all
        assert filters(app).startswith("Råd (r): alle")
        assert len(names(app)) == 15
        await pilot.press("o")
        assert filters(app).startswith("Råd (r): alle  Organisation (o): Aalborg Kommune")
        assert names(app) == ["Thomas Eksempel"]
        await pilot.press("o")
        assert len(names(app)) == 13  # KL
        await pilot.press("r", "slash", "c", "h", "e", "f", "enter")
        assert names(app) == ["Haukur Thorsteinsson"]
        await pilot.press("escape")  # in the list: everything off
        assert len(names(app)) == 15
        assert filters(app).startswith("Råd (r): alle  Organisation (o): alle")


@pilot_test
async def test_c_copies_the_email_or_says_there_is_none(
    demo_store: Store, demo_app: KkrApp, notices: Notices
) -> None:
    demo_store.add(Contact(name="Aage Uden Mail", phone="12345678"))
    app = demo_app
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("4", "c")
        assert app.clipboard == ""
        assert ("warning", "Aage Uden Mail har ingen e-mailadresse.") in notices.pairs()
        await pilot.press("down", "c")
        assert app.clipboard == "anna.eksempel@eksempel.dk"
        assert notices.pairs()[-1] == (
            "information",
            "Kopieret til udklipsholderen: anna.eksempel@eksempel.dk",
        )


@pilot_test
async def test_detail_line_shows_everything_about_the_contact(demo_app: KkrApp) -> None:
    app = demo_app
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("4")
        detail = static_text(app.query_one("#contact-detail", Static))
        assert detail.splitlines() == [
            "Anna Eksempel · Konsulent · KL, KKR-sekretariatet i Nordjylland",
            "anna.eksempel@eksempel.dk · tlf. 33 70 30 10 · sekretariat for KKR Nordjylland"
            " · ansvarlig for 36 dagsordenspunkter",
        ]
        table = app.query_one("#contact-list", DataTable)
        assert table.virtual_size.width <= table.size.width


@pilot_test
async def test_add_contact_shows_validation_messages_inline(
    demo_store: Store, demo_app: KkrApp, notices: Notices
) -> None:
    app = demo_app
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("4", "a")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ContactDialog)
        error = dialog.query_one("#dialog-error", Static)
        await pilot.press("ctrl+s")
        assert static_text(error) == "Navn: skal udfyldes"
        assert app.focused is dialog.query_one("#contact-name")
        await pilot.press(*"Lise Ny")
        dialog.query_one("#contact-email", Input).value = "lise@"
        await pilot.press("ctrl+s")
        assert static_text(error) == "E-mail: »lise@« er ikke en gyldig e-mailadresse"
        assert app.focused is dialog.query_one("#contact-email")
        assert dialog.query_one("#contact-email").has_class("-field-error")
        dialog.query_one("#contact-email", Input).value = "lise@kl.dk"
        dialog.query_one("#contact-phone", Input).value = "33 70 ab"
        await pilot.press("ctrl+s")
        assert static_text(error) == "Telefon: »33 70 ab« er ikke et telefonnummer (kun cifre)"
        dialog.query_one("#contact-phone", Input).value = "33  70 30 99"
        dialog.query_one("#contact-secretariat", Checkbox).value = True
        await pilot.press("ctrl+s")
        assert static_text(error) == "Råd: vælg mindst ét råd for et sekretariat"
        dialog.query_one("#contact-councils", SelectionList).select("sjaelland")
        dialog.query_one("#contact-organisation", Input).value = "KL"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not isinstance(app.screen, ContactDialog)
        lise = next(c for c in demo_store.snapshot().contacts if c.name == "Lise Ny")
        assert (lise.email, lise.phone, lise.councils, lise.secretariat) == (
            "lise@kl.dk",
            "33 70 30 99",
            ("sjaelland",),
            True,
        )
        assert "Lise Ny er oprettet." in notices.texts()
        table = app.query_one("#contact-list", DataTable)
        assert str(table.get_row_at(table.cursor_row)[0]) == "Lise Ny"


@pilot_test
async def test_cancel_saves_nothing(demo_store: Store, demo_app: KkrApp) -> None:
    app = demo_app
    before = demo_store.path.read_bytes()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("4", "a", *"Nobody", "escape")
        await pilot.pause()
        assert not isinstance(app.screen, ContactDialog)
    assert demo_store.path.read_bytes() == before


@pilot_test
async def test_renaming_a_contact_renames_the_items_they_are_responsible_for(
    demo_store: Store, demo_app: KkrApp, notices: Notices
) -> None:
    snap = demo_store.snapshot()
    theirs = [i.id for i in snap.items if i.responsible == "Anna Eksempel"]
    # The secretariat's own: the constituting agenda, the KKR agendas' frames, the
    # formandskab's and the KD-forum's items, and two cases.
    assert len(theirs) == 36
    app = demo_app
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("4", "e")
        await pilot.pause()
        name = app.screen.query_one("#contact-name", Input)
        name.value = "Anna Eksempel-Hansen"
        await pilot.press("ctrl+s")
        await pilot.pause()
    snap = demo_store.snapshot()
    assert {i.responsible for i in snap.items if i.id in theirs} == {"Anna Eksempel-Hansen"}
    assert not [i for i in snap.items if i.responsible == "Anna Eksempel"]
    assert (
        "Anna Eksempel-Hansen er gemt. 36 dagsordenspunkter har fået det nye navn som ansvarlig."
        in notices.texts()
    )


@pilot_test
async def test_delete_is_confirmed_and_says_what_hangs_on_it(
    demo_store: Store, demo_app: KkrApp, notices: Notices
) -> None:
    app = demo_app
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("4", "d")
        await pilot.pause()
        confirm = app.screen
        assert isinstance(confirm, ConfirmDialog)
        assert static_text(confirm.query_one("#confirm-detail", Static)) == (
            "Kontakten er ansvarlig for 36 dagsordenspunkter; de beholder navnet."
            " Kontakten er sekretariat for KKR Nordjylland."
        )
        await pilot.press("escape")
        await pilot.pause()
        assert "Anna Eksempel" in names(app)
        await pilot.press("d", "enter")
        await pilot.pause()
        assert "Anna Eksempel" not in names(app)
        assert "Anna Eksempel" not in [c.name for c in demo_store.snapshot().contacts]
        assert "Anna Eksempel er slettet." in notices.texts()


@pilot_test
async def test_deleted_meanwhile_is_reported(
    demo_store: Store, demo_app: KkrApp, notices: Notices
) -> None:
    app = demo_app
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("4", "d")
        await pilot.pause()
        anna = next(c for c in demo_store.snapshot().contacts if c.name == "Anna Eksempel")
        demo_store.delete(anna)  # another secretary was quicker
        await pilot.press("enter")
        await pilot.pause()
        assert "Posten var allerede slettet af en anden." in notices.texts()
        assert "Anna Eksempel" not in names(app)


@pilot_test
async def test_hostile_contacts_are_shown_literally(
    demo_store: Store, demo_app: KkrApp, notices: Notices
) -> None:
    demo_store.add(Contact(name="[@click=app.quit]", email="a@b.dk", title="[red]x[/red]"))
    demo_store.add(Contact(name="Bell\x07 \x1b[2Jclear", unit="[bold]unit"))
    app = demo_app
    # Wide, one line a contact (a taller window stacks name over title).
    async with app.run_test(size=(120, 24)) as pilot:
        await pilot.press("4")
        shown = names(app)
        assert shown[0] == "[@click=app.quit]"
        assert "Bell� ␛[2Jclear" in shown
        assert column(app.query_one("#contact-list", DataTable), 1)[0] == "[red]x[/red]"
        detail = static_text(app.query_one("#contact-detail", Static))
        assert detail.startswith("[@click=app.quit] · [red]x[/red]")
        # Were the name markup, this click on it in the detail line would quit the app.
        await pilot.click("#contact-detail", offset=(3, 0))
        await pilot.press("c")
        assert app.is_running
        assert app.clipboard == "a@b.dk"
        assert "Kopieret til udklipsholderen: a@b.dk" in notices.texts()


@pilot_test
async def test_read_only_database_opens_no_dialog(
    demo_store: Store, demo_app: KkrApp, notices: Notices
) -> None:
    demo_store.readonly = True  # as open_store finds a file it may not write
    app = demo_app
    async with app.run_test(size=(80, 24)) as pilot:
        for keys in (("4", "a"), ("e",), ("d",)):
            await pilot.press(*keys)
            await pilot.pause()
            assert not isinstance(app.screen, ContactDialog | ConfirmDialog), keys
        assert (
            notices.pairs().count(
                ("warning", "Databasen er skrivebeskyttet; ændringen er ikke gemt.")
            )
            == 3
        )
        await pilot.press("c")
        assert app.clipboard == "anna.eksempel@eksempel.dk"  # reading still works
