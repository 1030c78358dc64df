"""The e-mail dispatch from the meeting screen (key m) and afbud before the meeting (f):
what a secretary does, with the outbox as the mail transport."""

from __future__ import annotations

import email
from email.message import EmailMessage
from email.policy import default

import pytest
from textual.widgets import Input, Static

from kkr_tui.domain.models import MeetingState
from kkr_tui.mail.transport import outbox_folder
from kkr_tui.store import Store
from kkr_tui.ui.screens.attendance_screen import AttendanceScreen
from kkr_tui.ui.screens.mail_dialog import MailDialog
from kkr_tui.ui.screens.meeting import MeetingScreen
from kkr_tui.ui.widgets.checklist import Checklist
from tests.pilot import Notices, app_on, pilot_test
from tests.ui.agenda_support import (
    SIZE,
    find_meeting,
    open_meeting,
    settle,
    type_text,
)


@pytest.fixture(autouse=True)
def outbox(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KKR_SMTP_URL", raising=False)


@pilot_test
async def test_send_from_the_meeting_screen_marks_it_dispatched(
    demo_store: Store, notices: Notices
) -> None:
    meeting = find_meeting(demo_store, "nordjylland", "2026-09-17")
    app = app_on(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        await open_meeting(pilot, meeting.id)
        await pilot.press("m")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, MailDialog)
        listed = str(dialog.query_one("#mail-list", Static).render())
        assert "Modtagere (24):"  # 22 members, 2 secretariat copies in listed
        assert "anne.proevesen@aalborg.eksempel.dk" in listed
        await pilot.press("enter")  # the reason is required: item 1 has no responsible
        await pilot.pause()
        assert isinstance(app.screen, MailDialog)
        await type_text(pilot, "Ansvarlig følger")
        await pilot.press("enter")
        await settle(pilot)
        await settle(pilot)
        assert isinstance(app.screen, MeetingScreen)
        assert any("Sendt: 24." in note for note in notices.messages())
        facts = str(app.screen.query_one("#meeting-facts", Static).render())
        assert "E-mail: udsendt" in facts and "til 24: Anne Prøvesen" in facts
    stored = demo_store.snapshot().meeting(meeting.id)
    assert stored is not None and stored.state is MeetingState.DISPATCHED
    files = sorted(outbox_folder(demo_store.path).glob("*.eml"))
    assert len(files) == 24
    with files[0].open("rb") as handle:
        message = email.message_from_binary_file(handle, policy=default)
    assert isinstance(message, EmailMessage)
    assert message["Subject"] == "Dagsorden: KKR Nordjylland torsdag den 17. september 2026"


@pilot_test
async def test_second_time_offers_the_corrected_agenda(demo_store: Store) -> None:
    from kkr_tui.cli import main

    meeting = find_meeting(demo_store, "nordjylland", "2026-09-17")
    args = ["dispatch", str(meeting.id), "--db", str(demo_store.path), "--today", "2026-09-10"]
    assert main([*args, "--reason", "Ansvarlig følger"]) == 0
    app = app_on(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        await open_meeting(pilot, meeting.id)
        await pilot.press("m")
        await pilot.pause()
        assert isinstance(app.screen, MailDialog)
        listed = str(app.screen.query_one("#mail-list", Static).render())
        assert "Alle 24 modtagere har fået dagsordenen." in listed
        await pilot.press("escape")  # nothing sent
        await pilot.pause()
    assert len(list(outbox_folder(demo_store.path).glob("*.eml"))) == 24


@pilot_test
async def test_afbud_before_the_meeting_once_dispatched(demo_store: Store) -> None:
    meeting = find_meeting(demo_store, "sjaelland", "2026-09-11")  # dispatched, tomorrow
    app = app_on(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_meeting(pilot, meeting.id)
        await pilot.press("f")
        await pilot.pause()
        assert isinstance(app.screen, AttendanceScreen)
        await pilot.press("a", "ctrl+s")
        await settle(pilot)
        checklist = str(screen.query_one(Checklist).render())
        assert "• Afbud" in checklist
        assert "1 afbud, ingen suppleanter indkaldt" in checklist


@pilot_test
async def test_a_mayors_stand_in_is_the_stedfortraeder(demo_store: Store) -> None:
    from textual.widgets import Label

    meeting = find_meeting(demo_store, "sjaelland", "2026-09-11")  # dispatched, tomorrow
    app = app_on(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_meeting(pilot, meeting.id)
        await pilot.press("f")
        await pilot.pause()
        attendance = app.screen
        assert isinstance(attendance, AttendanceScreen)
        first = attendance.members[0]  # the chair, a mayor
        assert first.mayor
        await pilot.press("s")
        await pilot.pause()
        label = str(attendance.query_one("#attendance-substitute-label", Label).render())
        assert label == f"Stedfortræder (for {first.name}):"
        attendance.query_one("#attendance-substitute", Input).value = ""  # not the registered
        await type_text(pilot, "Viceborgmester A")
        await pilot.press("enter", "ctrl+s")
        await settle(pilot)
        checklist = str(screen.query_one(Checklist).render())
        assert "1 afbud, 1 stedfortræder indkaldt" in checklist
