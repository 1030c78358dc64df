"""Agenda items on the meeting screen: add, edit, delete, reorder, state, postpone,
decision, history; refusals and cancellations leave the file byte for byte as it was."""

from __future__ import annotations

import getpass

import pytest
from textual.widgets import Input, Select, Static, TextArea

from kkr_tui.domain.models import AgendaItem, ItemKind, ItemState
from kkr_tui.store import Store, open_store
from kkr_tui.store.demo import DEMO_TODAY
from kkr_tui.ui.app import KkrApp
from kkr_tui.ui.screens.conflict_dialog import ConflictDialog
from kkr_tui.ui.screens.item_dialog import ItemDialog
from kkr_tui.ui.screens.item_step_dialogs import ItemInfoScreen
from kkr_tui.ui.screens.meeting import MeetingScreen
from tests.pilot import Notices, app_on, pilot_test, wait_until
from tests.ui.agenda_support import (
    SIZE,
    file_bytes,
    find_meeting,
    items_of,
    open_meeting,
    select_item,
    settle,
    type_text,
)


def numbers_and_titles(store: Store, meeting_id: int) -> list[tuple[int, str]]:
    return [(i.number, i.title) for i in items_of(store, meeting_id)]


def dialog_error(app: KkrApp) -> str:
    return str(app.screen.query_one("#dialog-error", Static).render())


@pilot_test
async def test_add_an_item_with_literal_markup_and_a_contact(demo_store: Store) -> None:
    meeting = find_meeting(demo_store, "nordjylland", "2026-11-26")
    before = len(items_of(demo_store, meeting.id))
    app = app_on(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        await open_meeting(pilot, meeting.id)
        await pilot.press("a")
        assert isinstance(app.screen, ItemDialog)
        await type_text(pilot, "[red]Nyt[/red] punkt")
        app.screen.query_one("#item-kind", Select).value = ItemKind.INFORMATION.value
        app.screen.query_one("#item-area", Select).value = "sundhed"
        app.screen.query_one("#item-responsible", Input).focus()
        await type_text(pilot, "haukur")
        await app.workers.wait_for_complete()  # the suggestion is looked up in a worker
        await settle(pilot)
        await pilot.press("right")  # takes the suggestion from the contacts
        assert app.screen.query_one("#item-responsible", Input).value == "Haukur Thorsteinsson"
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, MeetingScreen)
        items = items_of(demo_store, meeting.id)
        assert len(items) == before + 1
        new = items[-3]  # before the frame's closing items
        assert (new.number, new.title, new.kind) == (
            before - 1,
            "[red]Nyt[/red] punkt",
            ItemKind.INFORMATION,
        )
        assert (new.policy_area, new.responsible, new.state) == (
            "sundhed",
            "Haukur Thorsteinsson",
            ItemState.DRAFT,
        )
        # Shown literally in the detail line, the cursor on the new item.
        detail = str(app.screen.query_one("#meeting-item-detail", Static).render())
        assert "[red]Nyt[/red] punkt" in detail


@pilot_test
async def test_a_new_item_goes_before_the_closing_frame_items(demo_store: Store) -> None:
    """The demo's KKR agendas end with the standard frame: a new case is put before
    "Siden sidst / Meddelelser" and "Eventuelt", which move one number down."""
    meeting = find_meeting(demo_store, "nordjylland", "2026-09-17")
    before = numbers_and_titles(demo_store, meeting.id)
    assert [title for _, title in before[-2:]] == ["Siden sidst / Meddelelser", "Eventuelt"]
    cases = before[:-2]
    app = app_on(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        await open_meeting(pilot, meeting.id)
        await pilot.press("a")
        assert isinstance(app.screen, ItemDialog)
        await type_text(pilot, "Ny sag om kollektiv trafik")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, MeetingScreen)
        new = len(cases) + 1
        assert numbers_and_titles(demo_store, meeting.id) == [
            *cases,
            (new, "Ny sag om kollektiv trafik"),
            (new + 1, "Siden sidst / Meddelelser"),
            (new + 2, "Eventuelt"),
        ]
        # The list shows the new order, the cursor on the new item.
        detail = str(app.screen.query_one("#meeting-item-detail", Static).render())
        assert "Ny sag om kollektiv trafik" in detail


@pilot_test
async def test_add_without_title_is_refused_and_escape_writes_nothing(demo_store: Store) -> None:
    meeting = find_meeting(demo_store, "nordjylland", "2026-11-26")
    before = file_bytes(demo_store)
    app = app_on(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        await open_meeting(pilot, meeting.id)
        await pilot.press("a")
        await type_text(pilot, "   ")
        await pilot.press("enter")
        assert isinstance(app.screen, ItemDialog)
        assert "titel" in dialog_error(app)
        await pilot.press("escape")
        assert isinstance(app.screen, MeetingScreen)
    assert file_bytes(demo_store) == before


@pilot_test
async def test_pasted_control_characters_never_reach_the_data(demo_store: Store) -> None:
    meeting = find_meeting(demo_store, "nordjylland", "2026-11-26")
    app = app_on(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        await open_meeting(pilot, meeting.id)
        await pilot.press("a")
        title = app.screen.query_one("#item-title", Input)
        title.insert_text_at_cursor("Ok\x1b[2J\x07 titel")
        await settle(pilot)
        assert title.value == "Ok[2J titel"
        await pilot.press("enter")
        await settle(pilot)
    assert items_of(demo_store, meeting.id)[-3].title == "Ok[2J titel"


@pilot_test
async def test_edit_an_item(demo_store: Store) -> None:
    meeting = find_meeting(demo_store, "nordjylland", "2026-09-17")
    history = items_of(demo_store, meeting.id)[2].history  # item 3 lacks a responsible
    app = app_on(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        await open_meeting(pilot, meeting.id)
        await select_item(pilot, 3)
        await pilot.press("e")
        assert isinstance(app.screen, ItemDialog)
        app.screen.query_one("#item-responsible", Input).focus()
        await type_text(pilot, "Anna Eksempel")
        recommendation = app.screen.query_one("#item-recommendation", TextArea)
        recommendation.text = "Det indstilles,\nat KKR godkender."
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, MeetingScreen)
    first = items_of(demo_store, meeting.id)[2]
    assert first.responsible == "Anna Eksempel"
    assert first.recommendation == "Det indstilles,\nat KKR godkender."
    assert first.history == history  # editing is not a state change


@pilot_test
async def test_delete_asks_first_and_renumbers(demo_store: Store) -> None:
    meeting = find_meeting(demo_store, "nordjylland", "2026-11-26")
    titles = [t for _, t in numbers_and_titles(demo_store, meeting.id)]
    before = file_bytes(demo_store)
    app = app_on(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        await open_meeting(pilot, meeting.id)
        await select_item(pilot, 2)
        await pilot.press("delete")
        await pilot.press("enter")  # the focus is on Annuller: Enter alone never deletes
        assert isinstance(app.screen, MeetingScreen)
        assert file_bytes(demo_store) == before
        await pilot.press("delete")
        await pilot.click("#dialog-ok")
        await settle(pilot)
    after = numbers_and_titles(demo_store, meeting.id)
    assert after == list(enumerate([titles[0], *titles[2:]], start=1))


@pilot_test
async def test_reorder_with_minus_plus_and_shift_arrows(demo_store: Store) -> None:
    meeting = find_meeting(demo_store, "nordjylland", "2026-11-26")
    titles = [t for _, t in numbers_and_titles(demo_store, meeting.id)]
    app = app_on(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        await open_meeting(pilot, meeting.id)
        await select_item(pilot, 3)
        await pilot.press("minus")  # 3 -> 2
        await settle(pilot)
        expected = [titles[0], titles[2], titles[1], *titles[3:]]
        assert [t for _, t in numbers_and_titles(demo_store, meeting.id)] == expected
        await pilot.press("shift+up")  # the cursor followed the item: 2 -> 1
        await settle(pilot)
        expected = [titles[2], titles[0], titles[1], *titles[3:]]
        assert [t for _, t in numbers_and_titles(demo_store, meeting.id)] == expected
        await pilot.press("plus", "shift+down")  # 1 -> 3
        await settle(pilot)
        expected = [titles[0], titles[1], titles[2], *titles[3:]]
        assert numbers_and_titles(demo_store, meeting.id) == list(enumerate(expected, start=1))
        before = file_bytes(demo_store)
        await select_item(pilot, 1)
        await pilot.press("minus")  # already first: nothing to write
        await settle(pilot)
        assert file_bytes(demo_store) == before


@pilot_test
async def test_state_forward_and_back_is_kept_in_history(demo_store: Store) -> None:
    meeting = find_meeting(demo_store, "syddanmark", "2026-09-14")
    app = app_on(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        await open_meeting(pilot, meeting.id)
        await select_item(pilot, 5)  # a draft
        await pilot.press("greater_than_sign")
        await settle(pilot)
        await pilot.press("greater_than_sign")
        await settle(pilot)
        item = items_of(demo_store, meeting.id)[4]
        assert item.state is ItemState.APPROVED
        last = item.history[-1]
        assert (last.day, last.user, last.from_state, last.to_state) == (
            DEMO_TODAY.isoformat(),
            getpass.getuser(),
            "submitted",
            "approved",
        )
        before = file_bytes(demo_store)
        await pilot.press("greater_than_sign")  # approved is the last step: refused
        await settle(pilot)
        assert file_bytes(demo_store) == before
        await pilot.press("less_than_sign")
        await settle(pilot)
        item = items_of(demo_store, meeting.id)[4]
        assert item.state is ItemState.SUBMITTED
        assert [h.to_state for h in item.history][-3:] == ["submitted", "approved", "submitted"]
        # The checklist follows: the review line is no longer what it was.
        steps = str(app.screen.query_one("#meeting-steps", Static).render())
        assert "Formandskabet skal godkende punkt 4, 5 og 8" in steps


@pilot_test
async def test_item_keys_do_nothing_once_the_agenda_is_sent(demo_store: Store) -> None:
    meeting = find_meeting(demo_store, "sjaelland", "2026-09-11")  # dispatched
    before = file_bytes(demo_store)
    app = app_on(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_meeting(pilot, meeting.id)
        await select_item(pilot, 2)
        await pilot.press("greater_than_sign", "less_than_sign", "minus", "delete", "a")
        await settle(pilot)
        assert app.screen is screen
        shown = {b.binding.action for b in screen.active_bindings.values() if b.binding.show}
        assert "add_item" not in shown and "advance_item" not in shown
        assert "postpone_item" in shown and "edit_item" in shown
    assert file_bytes(demo_store) == before


@pilot_test
async def test_postpone_moves_the_item_with_its_history(demo_store: Store) -> None:
    source = find_meeting(demo_store, "nordjylland", "2026-09-17")
    target = find_meeting(demo_store, "nordjylland", "2026-11-26")
    moving = items_of(demo_store, source.id)[3]  # a case, after the frame's two
    target_count = len(items_of(demo_store, target.id))
    app = app_on(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        await open_meeting(pilot, source.id)
        await select_item(pilot, 4)
        await pilot.press("u")
        explain = str(app.screen.query_one("#postpone-explain", Static).render())
        assert "KKR-møde tor 26. nov 2026 kl. 09.30" in explain
        # Before the next meeting's "Siden sidst / Meddelelser" and "Eventuelt".
        assert f"punkt {target_count - 1}" in explain
        await type_text(pilot, "mangler bilag")
        await pilot.press("enter")
        await settle(pilot)
    *_, moved, since_last, any_other = items_of(demo_store, target.id)
    assert (moved.id, moved.number, moved.state) == (moving.id, target_count - 1, ItemState.DRAFT)
    assert (since_last.title, since_last.number) == ("Siden sidst / Meddelelser", target_count)
    assert (any_other.title, any_other.number) == ("Eventuelt", target_count + 1)
    assert [h.to_state for h in moved.history][-2:] == ["postponed", "draft"]
    assert moved.history[-2].note == "udsat til KKR-møde tor 26. nov 2026: mangler bilag"
    assert moved.history[: len(moving.history)] == moving.history
    assert [i.number for i in items_of(demo_store, source.id)] == list(range(1, 8))


@pilot_test
async def test_postpone_without_a_next_meeting_says_so(demo_store: Store, notices: Notices) -> None:
    last = find_meeting(demo_store, "nordjylland", "2026-11-26")
    before = file_bytes(demo_store)
    app = app_on(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        await open_meeting(pilot, last.id)
        await pilot.press("u")
        await settle(pilot)
        assert isinstance(app.screen, MeetingScreen)
        assert any("intet senere KKR-møde" in m for m in notices.messages())
    assert file_bytes(demo_store) == before


@pilot_test
async def test_record_the_decision_after_the_meeting(demo_store: Store) -> None:
    held = find_meeting(demo_store, "syddanmark", "2026-06-15")
    app = app_on(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        await open_meeting(pilot, held.id)
        await select_item(pilot, 4)  # a drøftelse without its outcome yet
        await pilot.press("b")
        await pilot.press("f2")  # "as recommended"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, MeetingScreen)
        await select_item(pilot, 5)
        await pilot.press("b")
        area = app.screen.query_one("#decision-text", TextArea)
        area.text = "Drøftet.\nSendes videre."
        await pilot.press("escape")  # cancelled: not saved
    items = items_of(demo_store, held.id)
    assert items[3].decision == "Indstillingen blev godkendt."
    assert items[4].decision == ""


@pilot_test
async def test_decision_key_is_not_offered_before_the_meeting(demo_store: Store) -> None:
    meeting = find_meeting(demo_store, "hovedstaden", "2026-09-22")
    app = app_on(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_meeting(pilot, meeting.id)
        assert screen.check_action("decide", ()) is False
        await pilot.press("b")
        assert app.screen is screen


@pilot_test
async def test_item_history_screen(demo_store: Store) -> None:
    meeting = find_meeting(demo_store, "syddanmark", "2026-09-14")
    app = app_on(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        await open_meeting(pilot, meeting.id)
        await select_item(pilot, 1)
        await pilot.press("i")
        assert isinstance(app.screen, ItemInfoScreen)
        text = str(app.screen.query_one("#item-info-body Static", Static).render())
        assert "kladde → materiale modtaget" in text and "demo" in text
        await pilot.press("escape")
        assert isinstance(app.screen, MeetingScreen)


@pilot_test
async def test_someone_else_changed_the_item_she_chooses_whose_version(
    demo_store: Store,
) -> None:
    """A single item goes through the shared conflict dialog: theirs and mine."""
    meeting = find_meeting(demo_store, "syddanmark", "2026-09-14")
    other_user = open_store(demo_store.path)
    app = app_on(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        await open_meeting(pilot, meeting.id)
        await select_item(pilot, 5)
        await pilot.press("e")  # she starts editing ...
        await type_text(pilot, " (rettet)")
        # ... while another secretary saves the same item from her own session.
        theirs = other_user.snapshot().items_for(meeting.id)[4]
        other_user.update(theirs.with_changes(title="Ændret af en anden"))
        await pilot.press("enter")
        # The save runs in a worker; the dialog comes from there.
        await wait_until(pilot, lambda: isinstance(app.screen, ConflictDialog), "the conflict")
        await pilot.press("t")  # take theirs
        await settle(pilot)
        assert isinstance(app.screen, MeetingScreen)
        detail = str(app.screen.query_one("#meeting-item-detail", Static).render())
        assert "Ændret af en anden" in detail
    assert items_of(open_store(demo_store.path), meeting.id)[4].title == "Ændret af en anden"


@pilot_test
async def test_a_changed_agenda_stops_a_reorder(
    demo_store: Store, notices: Notices, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Several records in one write: nothing is written, she is told, the view reloads."""
    meeting = find_meeting(demo_store, "nordjylland", "2026-11-26")
    other_user = open_store(demo_store.path)
    app = app_on(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        await open_meeting(pilot, meeting.id)
        await select_item(pilot, 3)
        # Another secretary adds an item; this screen has not redrawn yet.
        stale = app.snapshot
        other_user.add(AgendaItem(meeting_id=meeting.id, number=10, title="Nyt fra en anden"))
        monkeypatch.setattr(app.store, "snapshot", lambda: stale)
        before = file_bytes(demo_store)
        await pilot.press("minus")
        await settle(pilot)
        assert any("En anden har ændret dagsordenen" in m for m in notices.messages())
        assert file_bytes(demo_store) == before


@pilot_test
async def test_a_missing_case_text_points_to_t_only_while_it_can_be_written(
    demo_store: Store,
) -> None:
    """ "Ingen sagsfremstilling endnu (t skriver den)" while the meeting's texts can be
    written (held too: the secretary may still add it); once the minutes are published
    `t` is refused, so the detail says only that there is none."""
    app = app_on(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        for day, said in [
            ("2026-09-17", "Ingen sagsfremstilling endnu (t skriver den)"),
            ("2026-04-16", "Bilag: 0 · Ingen sagsfremstilling"),
        ]:
            await open_meeting(pilot, find_meeting(demo_store, "nordjylland", day).id)
            detail = str(app.screen.query_one("#meeting-item-detail", Static).render())
            assert detail.startswith("1. Godkendelse af dagsorden")
            assert detail.endswith(said)
            await pilot.press("escape")
            await settle(pilot)
