"""The meeting's own steps on the meeting screen: dispatch (late reason, guards and
override), held, minutes published, cancelled, attendance. Every refusal and every
Escape leaves the database file byte for byte unchanged."""

from __future__ import annotations

import pendulum
import pytest
from textual.pilot import Pilot
from textual.widgets import Input, Static

from kkr_tui.domain.models import ItemState, Meeting, MeetingState, Member, Role, Series
from kkr_tui.store import Store
from kkr_tui.store.demo import DEMO_TODAY
from kkr_tui.ui.app import KkrApp
from kkr_tui.ui.screens.attendance_screen import AttendanceScreen
from kkr_tui.ui.screens.cancel_dialog import CancelMeetingDialog
from kkr_tui.ui.screens.dispatch_dialog import DispatchDialog
from kkr_tui.ui.screens.form_dialog import ConfirmDialog
from kkr_tui.ui.screens.meeting import MeetingScreen
from kkr_tui.ui.screens.meeting_step_dialogs import HeldDialog, PublishDialog
from kkr_tui.ui.widgets.fitted_table import FittedTable
from tests.pilot import app_on, pilot_test
from tests.ui.agenda_support import (
    SIZE,
    file_bytes,
    find_meeting,
    items_of,
    open_meeting,
    settle,
    type_text,
)


def text_of(app: KkrApp, selector: str) -> str:
    return str(app.screen.query_one(selector, Static).render())


async def fill(pilot: Pilot[int], selector: str, text: str) -> None:
    pilot.app.screen.query_one(selector, Input).focus()
    await type_text(pilot, text)


# -- dispatch ------------------------------------------------------------------------


@pilot_test
async def test_dispatch_on_time_with_nothing_blocking(demo_store: Store) -> None:
    meeting = find_meeting(demo_store, "hovedstaden", "2026-09-22")  # green
    app = app_on(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        await open_meeting(pilot, meeting.id)
        await pilot.press("d")
        assert isinstance(app.screen, DispatchDialog)
        assert "Til tiden" in text_of(app, "#dispatch-timing")
        assert "Intet blokerer" in text_of(app, "#dispatch-blockers")
        assert "tir 15. sep 2026 - mødedagen minus 7 dage" in text_of(app, "#dispatch-deadline")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, MeetingScreen)
        facts = text_of(app, "#meeting-facts")
        assert "dagsorden udsendt" in facts
    saved = demo_store.snapshot().meeting(meeting.id)
    assert saved is not None
    assert (saved.state, saved.dispatched_on) == (MeetingState.DISPATCHED, DEMO_TODAY)
    assert (saved.dispatch_note, saved.dispatch_override) == ("", "")
    states = [i.state for i in items_of(demo_store, meeting.id)]
    on_agenda = [ItemState.DISPATCHED] * 4  # the frame's two, two cases
    postponed = [ItemState.POSTPONED]  # not on the agenda: stays as it was
    assert states == [*on_agenda, *postponed, ItemState.DISPATCHED, *[ItemState.DISPATCHED] * 2]


@pilot_test
async def test_late_dispatch_needs_the_reason_and_blockers_an_override(
    demo_store: Store,
) -> None:
    meeting = find_meeting(demo_store, "syddanmark", "2026-09-14")  # red
    before = file_bytes(demo_store)
    app = app_on(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        await open_meeting(pilot, meeting.id)
        await pilot.press("d")
        assert "3 arbejdsdage efter fristen" in text_of(app, "#dispatch-timing")
        blockers = text_of(app, "#dispatch-blockers")
        assert "Punkt 4 Beskæftigelsesindsats for unge: ikke godkendt" in blockers
        assert "Punkt 5 Regional udviklingsstrategi: ikke godkendt (kladde)" in blockers
        assert "Punkt 8 Kollektiv trafik og mobilitetsplan: ingen ansvarlig" in blockers
        await pilot.press("enter")  # no reason: refused, the dialog stays
        assert isinstance(app.screen, DispatchDialog)
        assert "efter fristen" in text_of(app, "#dialog-error")
        await fill(pilot, "#dispatch-late", "Sygdom i sekretariatet")
        await pilot.press("enter")  # still no override reason: refused
        assert isinstance(app.screen, DispatchDialog)
        assert "blokerer" in text_of(app, "#dialog-error")
        assert file_bytes(demo_store) == before
        await fill(pilot, "#dispatch-override", "Punkt 4, 5 og 8 eftersendes")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, MeetingScreen)
        facts = text_of(app, "#meeting-facts")
        assert "Udsendt for sent, fordi: Sygdom i sekretariatet" in facts
    saved = demo_store.snapshot().meeting(meeting.id)
    assert saved is not None and saved.state is MeetingState.DISPATCHED
    assert saved.dispatch_note == "Sygdom i sekretariatet"
    assert saved.dispatch_override == "Punkt 4, 5 og 8 eftersendes"


@pilot_test
async def test_typing_an_earlier_day_makes_it_on_time(demo_store: Store) -> None:
    """Recording afterwards: the agenda went out on the deadline, it is entered today."""
    meeting = find_meeting(demo_store, "syddanmark", "2026-09-14")
    app = app_on(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        await open_meeting(pilot, meeting.id)
        await pilot.press("d")
        day = app.screen.query_one("#dispatch-day", Input)
        day.value = "7-9-2026"
        await settle(pilot)
        assert "Til tiden" in text_of(app, "#dispatch-timing")
        assert not app.screen.query_one("#dispatch-late-row").display
        day.value = "31-2-2026"
        await settle(pilot)
        assert "findes ikke" in text_of(app, "#dispatch-timing")
        day.value = "11-9-2026"  # tomorrow
        await settle(pilot)
        await fill(pilot, "#dispatch-late", "x")
        await fill(pilot, "#dispatch-override", "y")
        await pilot.press("enter")
        assert isinstance(app.screen, DispatchDialog)
        assert "fremtiden" in text_of(app, "#dialog-error")


@pilot_test
async def test_dispatch_blocked_by_a_missing_responsible_on_the_due_day(
    demo_store: Store,
) -> None:
    meeting = find_meeting(demo_store, "nordjylland", "2026-09-17")  # amber, due today
    app = app_on(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        await open_meeting(pilot, meeting.id)
        await pilot.press("d")
        assert "Til tiden" in text_of(app, "#dispatch-timing")
        assert "Punkt 3" in text_of(app, "#dispatch-blockers")
        await fill(pilot, "#dispatch-override", "Ansvarlig udpeges på mødet")
        await pilot.press("enter")
        await settle(pilot)
    saved = demo_store.snapshot().meeting(meeting.id)
    assert saved is not None and saved.dispatch_override == "Ansvarlig udpeges på mødet"
    assert saved.dispatch_note == ""


@pilot_test
async def test_dispatch_escape_writes_nothing(demo_store: Store) -> None:
    meeting = find_meeting(demo_store, "hovedstaden", "2026-09-22")
    before = file_bytes(demo_store)
    app = app_on(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        await open_meeting(pilot, meeting.id)
        await pilot.press("d", "escape")
        assert isinstance(app.screen, MeetingScreen)
    assert file_bytes(demo_store) == before


@pilot_test
async def test_empty_agenda_blocks_dispatch(demo_store: Store) -> None:
    forum = find_meeting(demo_store, "nordjylland", "2026-10-22", Series.DIRECTORS)
    for item in items_of(demo_store, forum.id):  # the demo's agenda taken off
        demo_store.delete(item)
    app = app_on(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        await open_meeting(pilot, forum.id)
        await pilot.press("d")
        assert "Der er ingen punkter på dagsordenen." in text_of(app, "#dispatch-blockers")


# -- held, published, cancelled ------------------------------------------------------


@pilot_test
async def test_mark_held_after_the_meeting(demo_store: Store) -> None:
    meeting = find_meeting(demo_store, "sjaelland", "2026-09-11")  # dispatched
    app = app_on(demo_store, pendulum.date(2026, 9, 14))
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_meeting(pilot, meeting.id)
        steps = text_of(app, "#meeting-steps")
        assert "Efter mødet fre 11. sep 2026: markér det afholdt. [h]" in steps
        await pilot.press("h")
        held = app.screen
        assert isinstance(held, HeldDialog)
        assert held.query_one("#held-day", Input).value == "fre 11. sep 2026"
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is screen
        steps = text_of(app, "#meeting-steps")
        assert "Fremmøde ikke registreret" in steps and "[p]" in steps
    saved = demo_store.snapshot().meeting(meeting.id)
    assert saved is not None
    assert (saved.state, saved.held_on) == (MeetingState.HELD, pendulum.date(2026, 9, 11))


@pilot_test
async def test_held_is_not_offered_before_the_meeting_day(demo_store: Store) -> None:
    meeting = find_meeting(demo_store, "sjaelland", "2026-09-11")
    app = app_on(demo_store)  # 10 Sep: the day before
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_meeting(pilot, meeting.id)
        assert screen.check_action("mark_held", ()) is False
        await pilot.press("h")
        assert app.screen is screen


URL = "https://www.kl.dk/kkr/syddanmark/moeder/2026-06-15"


@pilot_test
async def test_publish_needs_an_https_address(demo_store: Store) -> None:
    held = find_meeting(demo_store, "syddanmark", "2026-06-15")
    before = file_bytes(demo_store)
    app = app_on(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        await open_meeting(pilot, held.id)
        await pilot.press("p")
        assert isinstance(app.screen, PublishDialog)
        await type_text(pilot, "http://www.kl.dk/referat")
        await pilot.press("enter")
        assert isinstance(app.screen, PublishDialog)
        assert "https" in text_of(app, "#dialog-error")
        assert file_bytes(demo_store) == before
        url = app.screen.query_one("#publish-url", Input)
        url.value = URL
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, MeetingScreen)
        assert "Referat offentliggjort tor 10. sep 2026" in text_of(app, "#meeting-steps")
    saved = demo_store.snapshot().meeting(held.id)
    assert saved is not None
    assert (saved.state, saved.published_on, saved.minutes_url) == (
        MeetingState.PUBLISHED,
        DEMO_TODAY,
        URL,
    )


@pilot_test
async def test_publish_puts_the_cursor_in_the_address_and_takes_it_without_https(
    demo_store: Store,
) -> None:
    """Tab past the address to the button: Ctrl+S says the address is missing and puts
    the cursor in it; the error goes as soon as it is being corrected; an address copied
    without https:// gets it."""
    held = find_meeting(demo_store, "syddanmark", "2026-06-15")
    app = app_on(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        await open_meeting(pilot, held.id)
        await pilot.press("p")
        dialog = app.screen
        assert isinstance(dialog, PublishDialog)
        await pilot.press("tab", "ctrl+s")
        url = dialog.query_one("#publish-url", Input)
        assert "Adresse" in text_of(app, "#dialog-error")
        assert app.focused is url
        await type_text(pilot, "www.kl.dk/kkr/syddanmark/referat")
        assert text_of(app, "#dialog-error") == ""
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, MeetingScreen)
    saved = demo_store.snapshot().meeting(held.id)
    assert saved is not None
    assert saved.minutes_url == "https://www.kl.dk/kkr/syddanmark/referat"


@pilot_test
async def test_publish_guard_lists_missing_decisions_and_takes_an_override(
    demo_store: Store,
) -> None:
    held = find_meeting(demo_store, "syddanmark", "2026-06-15")
    first = items_of(demo_store, held.id)[2]  # the first case, a beslutningssag
    demo_store.update(first.with_changes(decision=""))
    app = app_on(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        await open_meeting(pilot, held.id)
        assert "Beslutning mangler: punkt 3. [b]" in text_of(app, "#meeting-steps")
        await pilot.press("p")
        assert "Punkt 3 Praktikpladser og uddannelsesgaranti: beslutning mangler" in text_of(
            app, "#publish-blockers"
        )
        await type_text(pilot, URL)
        await pilot.press("enter")
        assert "blokerer" in text_of(app, "#dialog-error")
        await fill(pilot, "#publish-override", "Punktet blev udsat på mødet")
        await pilot.press("enter")
        await settle(pilot)
    saved = demo_store.snapshot().meeting(held.id)
    assert saved is not None and saved.state is MeetingState.PUBLISHED
    assert saved.publication_override == "Punktet blev udsat på mødet"


@pilot_test
async def test_cancel_needs_a_reason(demo_store: Store) -> None:
    meeting = find_meeting(demo_store, "hovedstaden", "2026-11-24")
    before = file_bytes(demo_store)
    app = app_on(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_meeting(pilot, meeting.id)
        await pilot.press("x")
        cancelling = app.screen
        assert isinstance(cancelling, CancelMeetingDialog)
        await pilot.press("enter")
        assert "grunden" in text_of(app, "#dialog-error")
        assert file_bytes(demo_store) == before
        await type_text(pilot, "Sammenlagt med decembermødet")
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is screen
        assert "Mødet er aflyst: Sammenlagt med decembermødet" in text_of(app, "#meeting-steps")
        # Its items can still be postponed; nothing else is offered.
        shown = {b.binding.action for b in screen.active_bindings.values() if b.binding.show}
        assert "postpone_item" in shown and "dispatch" not in shown
    saved = demo_store.snapshot().meeting(meeting.id)
    assert saved is not None and saved.state is MeetingState.CANCELLED
    assert saved.cancel_reason == "Sammenlagt med decembermødet"


# -- attendance ----------------------------------------------------------------------


def registered_substitute(members: list[Member], member: Member) -> Member:
    return next(m for m in members if m.substitute_for == member.name)


def unrecorded(store: Store, meeting: Meeting) -> Meeting:
    """The held meeting as it stood before its attendance was recorded (the demo has it)."""
    return store.update(meeting.with_changes(attendance={}))


@pilot_test
async def test_record_attendance_with_a_substitute(demo_store: Store) -> None:
    held = unrecorded(demo_store, find_meeting(demo_store, "syddanmark", "2026-06-15"))
    members = demo_store.snapshot().members_of("syddanmark")
    app = app_on(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        await open_meeting(pilot, held.id)
        await pilot.press("f")
        assert isinstance(app.screen, AttendanceScreen)
        order = app.screen.members
        await pilot.press("d")  # first: present, the cursor moves on
        await pilot.press("a")  # second: absent
        await pilot.press("s")
        # The registered suppleant is offered; the secretary names another instead.
        field = app.screen.query_one("#attendance-substitute", Input)
        assert field.value == registered_substitute(members, order[2]).name
        field.value = ""
        await type_text(pilot, "Bo Suppleant")
        await pilot.press("enter")
        await pilot.press("r")  # the rest: present
        summary = text_of(app, "#attendance-summary")
        # 44 seats: 1 present, 1 absent, 1 by substitute, the other 41 present.
        assert summary == "42 deltog · 1 ved suppleant · 1 afbud · 0 mangler"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, MeetingScreen)
        assert "Fremmøde ikke registreret" not in text_of(app, "#meeting-steps")
    saved = demo_store.snapshot().meeting(held.id)
    assert saved is not None
    assert saved.attendance[str(order[0].id)] == "present"
    assert saved.attendance[str(order[1].id)] == "absent"
    assert saved.attendance[str(order[2].id)] == "substitute:Bo Suppleant"
    assert len(saved.attendance) == len([m for m in members if not m.is_substitute])


@pilot_test
async def test_attendance_escape_writes_nothing(demo_store: Store) -> None:
    held = find_meeting(demo_store, "syddanmark", "2026-06-15")
    before = file_bytes(demo_store)
    app = app_on(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        await open_meeting(pilot, held.id)
        await pilot.press("f", "d", "d", "s")
        await type_text(pilot, "X")
        await pilot.press("escape")  # closes the name field only
        assert isinstance(app.screen, AttendanceScreen)
        await pilot.press("escape")  # marks were set: asks before they are discarded
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("escape")  # no: the marks are still there
        assert isinstance(app.screen, AttendanceScreen)
        await pilot.press("escape", "enter")  # yes, discard
        assert isinstance(app.screen, MeetingScreen)
    assert file_bytes(demo_store) == before


@pilot_test
async def test_attendance_that_cannot_be_saved_keeps_the_dialog_and_the_marks(
    demo_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A refused save (here a lock held elsewhere) is said in the dialog, which stays
    open with every mark set, as in every dialog (ui/saving.py); nothing is written."""
    from kkr_tui.store import StoreError

    held = unrecorded(demo_store, find_meeting(demo_store, "syddanmark", "2026-06-15"))
    before = file_bytes(demo_store)
    app = app_on(demo_store)

    def refuse(record: object) -> object:
        raise StoreError("databasen er optaget af en anden (låst i 15 s)", demo_store.path)

    async with app.run_test(size=SIZE) as pilot:
        await open_meeting(pilot, held.id)
        await pilot.press("f", "d", "a")
        dialog = app.screen
        assert isinstance(dialog, AttendanceScreen)
        monkeypatch.setattr(app.store, "update", refuse)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.screen is dialog
        assert "optaget" in text_of(app, "#dialog-error")
        summary = text_of(app, "#attendance-summary")
        assert summary.startswith("1 deltog · 0 ved suppleant · 1 afbud")
    assert file_bytes(demo_store) == before


@pilot_test
async def test_attendance_is_not_offered_before_the_meeting(demo_store: Store) -> None:
    meeting = find_meeting(demo_store, "hovedstaden", "2026-09-22")
    app = app_on(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_meeting(pilot, meeting.id)
        assert screen.check_action("attendance", ()) is False
        assert screen.check_action("publish", ()) is False
        assert screen.check_action("dispatch", ()) is True


@pilot_test
async def test_attendance_lists_the_seats_and_offers_the_registered_substitute(
    demo_store: Store,
) -> None:
    """A formandskab meeting calls the formandskab: the chair and the vice chair, not
    the council's 22 members; the chair's stedfortræder is offered for the chair."""
    chairs = find_meeting(demo_store, "nordjylland", "2026-09-03", Series.CHAIRMANSHIP)
    held = unrecorded(demo_store, chairs)
    everyone = demo_store.snapshot().members_of("nordjylland")
    member = next(m for m in everyone if m.role is Role.CHAIR)
    vice = next(m for m in everyone if m.role is Role.VICE_CHAIR)
    substitute = next(m for m in everyone if m.substitute_for == member.name)
    app = app_on(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        await open_meeting(pilot, held.id)
        assert "Fremmøde ikke registreret for 2 af 2 medlemmer" in text_of(app, "#meeting-steps")
        await pilot.press("f")
        table = app.screen.query_one("#attendance-members", FittedTable)
        assert str(substitute.id) not in table.row_keys  # a substitute has no seat
        assert sorted(table.row_keys) == sorted([str(member.id), str(vice.id)])
        table.select_key(str(member.id))
        await pilot.press("s")
        await settle(pilot)
        assert app.screen.query_one("#attendance-substitute", Input).value == substitute.name
        await pilot.press("enter", "ctrl+s")
        await settle(pilot)
    saved = demo_store.snapshot().meeting(held.id)
    assert saved is not None
    assert saved.attendance == {str(member.id): f"substitute:{substitute.name}"}


@pilot_test
async def test_a_refused_attendance_says_why_in_the_users_words(demo_store: Store) -> None:
    """Before a dispatched meeting only apologies can be recorded: "r" (the rest
    attended) is refused in the dialog with the reason alone, not with the record's
    field name in front of it ("attendance: Mødet er først ...")."""
    meeting = find_meeting(demo_store, "sjaelland", "2026-09-11")
    assert meeting.state is MeetingState.DISPATCHED and meeting.day > DEMO_TODAY
    before = file_bytes(demo_store)
    app = app_on(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        await open_meeting(pilot, meeting.id)
        await pilot.press("f")
        dialog = app.screen
        assert isinstance(dialog, AttendanceScreen)
        await pilot.press("r", "ctrl+s")
        await settle(pilot)
        assert app.screen is dialog
        assert text_of(app, "#dialog-error") == "Mødet er først fre 11. sep 2026."
    assert file_bytes(demo_store) == before
