"""A mailed meeting changed in the app: moving it asks to send the updated invitation,
cancelling it asks to send the cancellation; sent at once or later by `kkr dispatch`,
through the send log (exactly once per recipient). The outbox is the transport; the
invitations are parsed back with icalendar."""

from __future__ import annotations

import email
from email.message import EmailMessage
from email.policy import default
from pathlib import Path

import pytest
from icalendar import Calendar
from textual.widgets import Static

from kkr_tui.cli import main
from kkr_tui.domain.models import MeetingState
from kkr_tui.mail.transport import outbox_folder
from kkr_tui.store import Store
from kkr_tui.ui.screens.form_dialog import ConfirmDialog
from kkr_tui.ui.screens.mail_dialog import MailDialog
from kkr_tui.ui.screens.meeting_dialog import MeetingDialog
from tests.pilot import Notices, app_on, pilot_test, wait_until
from tests.ui.agenda_support import SIZE, find_meeting, open_meeting, settle, type_text

TODAY = "2026-09-10"


@pytest.fixture(autouse=True)
def outbox(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KKR_SMTP_URL", raising=False)


def dispatched(store: Store) -> int:
    """Nordjylland's meeting of 17 September, its agenda mailed to all 8 (the outbox)."""
    meeting = find_meeting(store, "nordjylland", "2026-09-17")
    args = ["dispatch", str(meeting.id), "--db", str(store.path), "--today", TODAY]
    assert main([*args, "--reason", "Ansvarlig følger"]) == 0
    assert len(eml_files(store)) == 8
    return meeting.id


def eml_files(store: Store) -> list[Path]:
    return sorted(outbox_folder(store.path).glob("*.eml"))


def invitations(paths: list[Path]) -> list[Calendar]:
    found = []
    for path in paths:
        with path.open("rb") as handle:
            message = email.message_from_binary_file(handle, policy=default)
        assert isinstance(message, EmailMessage)
        part = next(p for p in message.walk() if p.get_content_type() == "text/calendar")
        payload = part.get_payload(decode=True)
        assert isinstance(payload, bytes)
        found.append(Calendar.from_ical(payload))
    return found


def event_of(calendar: Calendar) -> tuple[str, str, int, str]:
    event = calendar.walk("VEVENT")[0]
    return (
        str(calendar["METHOD"]),
        str(event["UID"]),
        int(str(event["SEQUENCE"])),
        str(event["STATUS"]),
    )


def kkr_dispatch(store: Store, meeting_id: int) -> int:
    return main(["dispatch", str(meeting_id), "--db", str(store.path), "--today", TODAY])


@pilot_test
async def test_moving_a_mailed_meeting_sends_the_updated_invitation(
    demo_store: Store, notices: Notices
) -> None:
    meeting_id = dispatched(demo_store)
    first = {event_of(c) for c in invitations(eml_files(demo_store))}
    assert len(first) == 1
    (_, uid, sequence, _) = first.pop()
    app = app_on(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2")
        await pilot.pause()
        await pilot.press("m")  # move the selected meeting (tor 17. sep)
        await pilot.pause()
        assert isinstance(app.screen, MeetingDialog)
        await pilot.press(*"24.9.2026")
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmDialog), "the question")
        question = str(app.screen.query_one("#confirm-question", Static).render())
        assert question == (
            "Mødet er ændret, efter invitationen blev sendt. "
            "Send opdateret invitation til 8 modtagere?"
        )
        detail = str(app.screen.query_one("#confirm-detail", Static).render())
        assert "udbakke" in detail and f"kkr dispatch {meeting_id}" in detail
        await pilot.press("enter")  # Send has the focus
        await wait_until(pilot, lambda: len(eml_files(demo_store)) == 16, "16 messages")
        await settle(pilot)
        assert any("De inviterede har den opdaterede invitation" in n for n in notices.messages())
    updates = [c for c in invitations(eml_files(demo_store)) if event_of(c)[2] != sequence]
    assert len(updates) == 8
    for calendar in updates:
        method, same_uid, raised, status = event_of(calendar)
        assert (method, same_uid, status) == ("REQUEST", uid, "CONFIRMED")
        assert raised > sequence
        start = calendar.walk("VEVENT")[0].decoded("DTSTART")
        assert start.date().isoformat() == "2026-09-24"
    assert kkr_dispatch(demo_store, meeting_id) == 0  # nothing more to send
    assert len(eml_files(demo_store)) == 16


@pilot_test
async def test_cancelling_asks_and_not_now_leaves_it_for_kkr_dispatch(
    demo_store: Store, notices: Notices
) -> None:
    meeting_id = dispatched(demo_store)
    uid = event_of(invitations(eml_files(demo_store))[0])[1]
    app = app_on(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_meeting(pilot, meeting_id)
        await pilot.press("x")
        await pilot.pause()
        await type_text(pilot, "Formanden er forhindret")
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmDialog), "the question")
        question = str(app.screen.query_one("#confirm-question", Static).render())
        assert question.endswith("Send aflysningen til 8 modtagere?")
        await pilot.press("escape")  # not now
        await settle(pilot)
        assert app.screen is screen
        assert any(f"kkr dispatch {meeting_id} sender den" in n for n in notices.messages())
        facts = str(screen.query_one("#meeting-facts", Static).render())
        assert "aflysning" in facts.lower()
        await pilot.press("m")  # the dispatch dialog says what is due
        await wait_until(pilot, lambda: isinstance(app.screen, MailDialog), "the dialog")
        title = str(app.screen.query_one(".dialog-title", Static).render())
        assert title.startswith("Send aflysning · KKR Nordjylland")
        await pilot.press("escape")
        await settle(pilot)
    stored = demo_store.snapshot().meeting(meeting_id)
    assert stored is not None and stored.state is MeetingState.CANCELLED
    assert len(eml_files(demo_store)) == 8  # nothing sent yet
    assert kkr_dispatch(demo_store, meeting_id) == 0
    cancels = [c for c in invitations(eml_files(demo_store)) if event_of(c)[0] == "CANCEL"]
    assert len(cancels) == 8
    assert {event_of(c)[1:4:2] for c in cancels} == {(uid, "CANCELLED")}
    assert kkr_dispatch(demo_store, meeting_id) == 0  # the cancellation is out: nothing due
    assert len(eml_files(demo_store)) == 16
