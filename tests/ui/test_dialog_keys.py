"""The dialog faults a new user met (issue 22 point 1), kept fixed in the one dialog base:
keys in one burst, lists that wrap, Escape with changed fields, Ctrl+S in every dialog,
a save that fails keeping the dialog open with everything typed."""

from __future__ import annotations

import errno
from typing import Any

import pytest
from textual import events
from textual.app import App, ComposeResult
from textual.pilot import Pilot
from textual.widgets import Button, Checkbox, Input, Label, SelectionList

from kkr_tui.store import Store
from kkr_tui.ui.app import KkrApp
from kkr_tui.ui.screens.contact_dialog import ContactDialog
from kkr_tui.ui.screens.form_dialog import ConfirmDialog, FormDialog
from kkr_tui.ui.screens.proposal_dialog import ProposalDialog
from kkr_tui.ui.widgets.input_keys import KkrInput
from kkr_tui.ui.widgets.inputs import SafeTextArea
from tests.pilot import pilot_test

SIZE = (80, 24)


def burst(app: App[Any], keys: list[str]) -> None:
    """Post `keys` at once, as a terminal delivers a paste or fast typing over SSH:
    no key waits for the one before it to be handled."""
    for key in keys:
        char = " " if key == "space" else (key if len(key) == 1 else None)
        app.post_message(events.Key(key, char))


def typed(text: str) -> list[str]:
    return ["space" if ch == " " else ch for ch in text]


async def open_contact_dialog(app: KkrApp, pilot: Pilot[int]) -> ContactDialog:
    await pilot.press("4", "a")
    await pilot.pause()
    dialog = app.screen
    assert isinstance(dialog, ContactDialog)
    return dialog


@pilot_test
async def test_keys_in_one_burst_go_to_the_field_focused_after_the_tab(demo_app: KkrApp) -> None:
    app = demo_app
    async with app.run_test(size=SIZE) as pilot:
        dialog = await open_contact_dialog(app, pilot)
        burst(app, [*typed("Lasse Frimand Jensen"), "tab", *typed("Konsulent"), "tab", "K", "L"])
        await pilot.pause()
        assert dialog.query_one("#contact-name", Input).value == "Lasse Frimand Jensen"
        assert dialog.query_one("#contact-title", Input).value == "Konsulent"
        assert dialog.query_one("#contact-organisation", Input).value.startswith("KL")


@pilot_test
async def test_backspace_in_a_burst_deletes_where_it_was_typed(demo_app: KkrApp) -> None:
    """A typo corrected at speed: the Backspace deletes the letter typed just before it,
    in the field it was typed in, before the Tab and the letters after it."""
    app = demo_app
    async with app.run_test(size=SIZE) as pilot:
        dialog = await open_contact_dialog(app, pilot)
        burst(app, [*typed("Lasse Frimand Jensenn"), "backspace", "tab", *typed("Konsulentt")])
        burst(app, ["backspace", "backspace", *typed("t i KL")])
        await pilot.pause()
        assert dialog.query_one("#contact-name", Input).value == "Lasse Frimand Jensen"
        assert dialog.query_one("#contact-title", Input).value == "Konsulent i KL"


@pilot_test
async def test_space_before_a_tab_in_a_burst_ticks_the_council_it_was_typed_on(
    demo_app: KkrApp,
) -> None:
    """Down, Space, Tab, Space at speed: the second council is ticked in the list and the
    secretariat box after it, nothing else."""
    app = demo_app
    async with app.run_test(size=SIZE) as pilot:
        dialog = await open_contact_dialog(app, pilot)
        councils = dialog.query_one("#contact-councils", SelectionList)
        councils.focus()
        await pilot.pause()
        burst(app, ["down", "space", "tab", "space"])
        await pilot.pause()
        second = councils.get_option_at_index(1).value
        assert councils.selected == [second]
        assert dialog.query_one("#contact-secretariat", Checkbox).value is True


class OneField(App[None]):
    """The two text widgets alone, so each is tested as the dialogs use it."""

    def compose(self) -> ComposeResult:
        yield KkrInput(id="line")
        yield SafeTextArea(id="lines")


@pytest.mark.parametrize("selector", ["#line", "#lines"])
@pilot_test
async def test_editing_keys_in_a_burst_act_in_the_order_typed(selector: str) -> None:
    """ "Ma", Backspace, Backspace, "Ni" gives "Ni", and a Left before a letter puts the
    letter before the last one, also when no key waits for the one before it."""
    app = OneField()
    async with app.run_test() as pilot:
        field = app.query_one(selector)
        field.focus()
        await pilot.press(*"Ma")
        burst(app, ["backspace", "backspace", "N", "i", "k", "s", "left", "l"])
        await pilot.pause()
        if isinstance(field, Input):
            assert field.value == "Nikls"
        else:
            assert isinstance(field, SafeTextArea)
            assert field.text == "Nikls"


@pilot_test
async def test_down_on_the_last_council_stays_there(demo_app: KkrApp) -> None:
    app = demo_app
    async with app.run_test(size=SIZE) as pilot:
        dialog = await open_contact_dialog(app, pilot)
        councils = dialog.query_one("#contact-councils", SelectionList)
        councils.focus()
        await pilot.pause()
        last = councils.option_count - 1
        for _ in range(last + 3):
            await pilot.press("down")
        assert councils.highlighted == last
        await pilot.press("up")
        assert councils.highlighted == last - 1
        for _ in range(last + 3):
            await pilot.press("up")
        assert councils.highlighted == 0


@pilot_test
async def test_the_secretariat_box_is_set_apart_from_the_councils(demo_app: KkrApp) -> None:
    app = demo_app
    async with app.run_test(size=SIZE) as pilot:
        dialog = await open_contact_dialog(app, pilot)
        councils = dialog.query_one("#contact-councils", SelectionList)
        box = dialog.query_one("#contact-secretariat", Checkbox)
        row = dialog.query_one("#contact-secretariat-row")
        # A label of its own, and a blank line between the list and the box.
        assert str(row.query_one(Label).render()).strip() == "Sekretariat"
        assert box.region.y - (councils.region.y + councils.region.height) >= 1


@pilot_test
async def test_escape_with_changed_fields_asks_before_discarding(
    demo_store: Store, demo_app: KkrApp
) -> None:
    app = demo_app
    before = demo_store.path.read_bytes()
    async with app.run_test(size=SIZE) as pilot:
        dialog = await open_contact_dialog(app, pilot)
        await pilot.press(*"Lise")
        await pilot.press("escape")
        await pilot.pause()
        question = app.screen
        assert isinstance(question, ConfirmDialog)
        await pilot.press("escape")  # no: back to the dialog, nothing lost
        await pilot.pause()
        assert app.screen is dialog
        assert dialog.query_one("#contact-name", Input).value == "Lise"
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("enter")  # Kassér has the focus
        await pilot.pause()
        assert not isinstance(app.screen, ContactDialog | ConfirmDialog)
    assert demo_store.path.read_bytes() == before


@pilot_test
async def test_escape_on_an_untouched_dialog_just_closes(demo_app: KkrApp) -> None:
    app = demo_app
    async with app.run_test(size=SIZE) as pilot:
        await open_contact_dialog(app, pilot)
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, ContactDialog | ConfirmDialog)


@pilot_test
async def test_ctrl_s_accepts_a_proposed_year_and_the_keys_are_shown(
    demo_store: Store, demo_app: KkrApp
) -> None:
    app = demo_app
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("2", "right", "p")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ProposalDialog)
        labels = [str(button.label) for button in dialog.query(Button)]
        assert any("Ctrl+S" in label for label in labels)
        assert any("Esc" in label for label in labels)
        await pilot.press("s")  # a plain letter does nothing now
        await pilot.pause()
        assert app.screen is dialog
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not isinstance(app.screen, ProposalDialog)
    proposed = [m for m in demo_store.snapshot().meetings_of("nordjylland", 2027)]
    assert proposed


def test_every_dialog_saves_on_ctrl_s_and_none_on_a_plain_letter() -> None:
    import kkr_tui.ui.screens.calendar_export_dialog
    import kkr_tui.ui.screens.cancel_dialog
    import kkr_tui.ui.screens.contact_dialog
    import kkr_tui.ui.screens.dispatch_dialog
    import kkr_tui.ui.screens.document_export_dialog
    import kkr_tui.ui.screens.item_dialog
    import kkr_tui.ui.screens.item_step_dialogs
    import kkr_tui.ui.screens.meeting_dialog
    import kkr_tui.ui.screens.meeting_step_dialogs
    import kkr_tui.ui.screens.member_dialog
    import kkr_tui.ui.screens.proposal_dialog
    import kkr_tui.ui.screens.year_dialog  # noqa: F401

    def all_subclasses(cls: type[object]) -> list[type[object]]:
        found: list[type[object]] = []
        for sub in cls.__subclasses__():
            found += [sub, *all_subclasses(sub)]
        return found

    dialogs = all_subclasses(FormDialog)
    assert len(dialogs) >= 14
    for dialog in dialogs:
        keys = {
            key.strip()
            for klass in dialog.__mro__
            for binding in klass.__dict__.get("BINDINGS", [])
            for key in getattr(binding, "key", "").split(",")
        }
        assert "ctrl+s" in keys, dialog
        assert not [key for key in keys if len(key) == 1], dialog


@pilot_test
@pytest.mark.parametrize("failure", ["disk", "lock", "permission"])
async def test_a_save_that_fails_keeps_the_dialog_and_everything_typed(
    demo_store: Store, demo_app: KkrApp, monkeypatch: pytest.MonkeyPatch, failure: str
) -> None:
    from kkr_tui.store import ReadOnlyError, StoreError

    reasons = {
        "disk": OSError(errno.ENOSPC, "No space left on device", str(demo_store.path)),
        "lock": StoreError("databasen er optaget af en anden (låst i 15 s)", demo_store.path),
        "permission": ReadOnlyError("databasen er skrivebeskyttet", demo_store.path),
    }

    def refuse(record: object) -> object:
        raise reasons[failure]

    app = demo_app
    before = demo_store.path.read_bytes()
    async with app.run_test(size=SIZE) as pilot:
        dialog = await open_contact_dialog(app, pilot)
        await pilot.press(*"Lise Ny")
        monkeypatch.setattr(app.store, "add", refuse)
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.pause()
        assert app.screen is dialog
        assert dialog.query_one("#contact-name", Input).value == "Lise Ny"
        error = str(dialog.query_one("#dialog-error").render())
        expected = {"disk": "ikke mere plads", "lock": "optaget", "permission": "skrivebeskyttet"}
        assert expected[failure] in error
    assert demo_store.path.read_bytes() == before
