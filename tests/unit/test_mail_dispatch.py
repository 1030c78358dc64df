"""`kkr dispatch` against a real SMTP server (aiosmtpd on 127.0.0.1) and the outbox.

Messages are parsed back with `email`; the invitation with icalendar.
"""

from __future__ import annotations

import email
from collections.abc import Iterator
from email.message import EmailMessage
from email.policy import default
from pathlib import Path

import pytest
from icalendar import Calendar

from kkr_tui.cli import main
from kkr_tui.domain.models import Meeting, MeetingState, Member, Series
from kkr_tui.exports.ics import database_namespace, event_uid
from kkr_tui.mail.transport import outbox_folder
from kkr_tui.store import Store
from tests.unit.smtp_server import PASSWORD, USER, Mailbox, SmtpServer, make_certificate

TODAY = "2026-09-10"
REASON = "Ansvarlig for punkt 1 følger"


def next_meeting(store: Store) -> Meeting:
    """Nordjylland's KKR meeting of 17 September 2026: dispatch due on the demo day."""
    found = [
        m
        for m in store.snapshot().meetings
        if m.council == "nordjylland"
        and m.series is Series.KKR
        and m.day.isoformat() == "2026-09-17"
    ]
    return found[0]


def member_addresses(store: Store, council: str) -> set[str]:
    return {
        m.email for m in store.snapshot().members_of(council) if not m.is_substitute and m.email
    }


def secretariat_addresses(store: Store, council: str) -> set[str]:
    return {c.email for c in store.snapshot().contacts if c.secretariat and council in c.councils}


def dispatch(store: Store, *args: str) -> int:
    return main(["dispatch", *args, "--db", str(store.path), "--today", TODAY])


@pytest.fixture
def mailbox() -> Mailbox:
    return Mailbox()


@pytest.fixture
def plain_server(mailbox: Mailbox, monkeypatch: pytest.MonkeyPatch) -> Iterator[SmtpServer]:
    server = SmtpServer.start(mailbox)
    monkeypatch.setenv("KKR_SMTP_URL", f"smtp+insecure://127.0.0.1:{server.port}")
    yield server
    server.stop()


@pytest.fixture
def tls_server(
    mailbox: Mailbox, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[SmtpServer]:
    cert, key = make_certificate(tmp_path)
    server = SmtpServer.start(mailbox, certificate=(cert, key), auth=True)
    monkeypatch.setenv("KKR_SMTP_URL", f"smtp://{USER}@127.0.0.1:{server.port}")
    monkeypatch.setenv("KKR_SMTP_PASSWORD", PASSWORD)
    monkeypatch.setenv("KKR_SMTP_CAFILE", str(cert))
    yield server
    server.stop()


def test_starttls_delivers_one_message_per_recipient(
    demo_store: Store, tls_server: SmtpServer, capsys: pytest.CaptureFixture[str]
) -> None:
    meeting = next_meeting(demo_store)
    assert dispatch(demo_store, str(meeting.id), "--reason", REASON) == 0
    out = capsys.readouterr().out
    assert PASSWORD not in out
    members = member_addresses(demo_store, "nordjylland")
    secretariat = secretariat_addresses(demo_store, "nordjylland")
    received = tls_server.mailbox.received
    assert sorted(a for r in received for a in r.recipients) == sorted(members | secretariat)
    namespace = database_namespace(demo_store.snapshot().settings)
    for entry in received:
        message = entry.message
        assert len(entry.recipients) == 1
        assert message["To"].addresses[0].addr_spec == entry.recipients[0]
        assert message["Subject"] == "Dagsorden: KKR Nordjylland torsdag den 17. september 2026"
        assert "torsdag den 17. september 2026 kl. 9.30-12.30" in _body(message)
        names = [part.get_filename() for part in message.iter_attachments()]
        assert names == ["Dagsorden KKR Nordjylland 2026-09-17.pdf", "invitation.ics"]
        agenda = next(message.iter_attachments())
        assert agenda.get_content_type() == "application/pdf"
        assert "Kollektiv trafik og mobilitetsplan" in _pdf_text(agenda)
        calendar = _invitation(message)
        assert calendar["METHOD"] == "REQUEST"
        event = calendar.walk("VEVENT")[0]
        assert str(event["UID"]) == event_uid(namespace, meeting.id)
        attendees = event.get("ATTENDEE")
        assert str(attendees) == f"mailto:{entry.recipients[0]}"
        # A closed meeting: no item titles in the calendar.
        assert "Kollektiv" not in calendar.to_ical().decode()

    marked = demo_store.snapshot().meeting(meeting.id)
    assert marked is not None and marked.state is MeetingState.DISPATCHED
    assert marked.mail_round == 1 and marked.mailed_at
    assert {label.split("<")[1].rstrip(">") for label in marked.mailed_to} == members | secretariat

    # A second run sends nothing.
    assert dispatch(demo_store, str(meeting.id)) == 0
    assert len(tls_server.mailbox.received) == len(members | secretariat)
    assert "Intet at sende" in capsys.readouterr().out


def test_resend_is_a_corrected_agenda_to_everyone(
    demo_store: Store, plain_server: SmtpServer
) -> None:
    meeting = next_meeting(demo_store)
    assert dispatch(demo_store, str(meeting.id), "--reason", REASON) == 0
    first = len(plain_server.mailbox.received)
    assert dispatch(demo_store, str(meeting.id), "--resend") == 0
    again = plain_server.mailbox.received[first:]
    assert len(again) == first
    assert all(r.message["Subject"].startswith("Rettet dagsorden: ") for r in again)
    assert all("Rettet dagsorden" in _body(r.message) for r in again)
    updated = demo_store.snapshot().meeting(meeting.id)
    assert updated is not None and updated.mail_round == 2


def test_moved_and_cancelled_meeting_sends_update_then_cancel(
    demo_store: Store, plain_server: SmtpServer
) -> None:
    meeting = next_meeting(demo_store)
    assert dispatch(demo_store, str(meeting.id), "--reason", REASON) == 0
    count = len(plain_server.mailbox.received)
    current = demo_store.snapshot().meeting(meeting.id)
    assert current is not None
    demo_store.update(current.with_changes(place="Aalborg Rådhus"))
    assert dispatch(demo_store, str(meeting.id)) == 0
    updates = plain_server.mailbox.received[count:]
    assert len(updates) == count
    sequences = set()
    for entry in updates:
        calendar = _invitation(entry.message)
        assert calendar["METHOD"] == "REQUEST"
        event = calendar.walk("VEVENT")[0]
        assert str(event["LOCATION"]) == "Aalborg Rådhus"
        sequences.add(int(str(event["SEQUENCE"])))
    assert min(sequences) > 0
    assert dispatch(demo_store, str(meeting.id)) == 0  # nothing new
    assert len(plain_server.mailbox.received) == 2 * count

    current = demo_store.snapshot().meeting(meeting.id)
    assert current is not None
    demo_store.update(
        current.with_changes(state=MeetingState.CANCELLED, cancel_reason="Formanden forhindret")
    )
    assert dispatch(demo_store, str(meeting.id)) == 0
    cancels = plain_server.mailbox.received[2 * count :]
    assert len(cancels) == count
    for entry in cancels:
        assert entry.message["Subject"].startswith("Aflyst: ")
        calendar = _invitation(entry.message, "cancel.ics")
        assert calendar["METHOD"] == "CANCEL"
        assert calendar.walk("VEVENT")[0]["STATUS"] == "CANCELLED"
    assert dispatch(demo_store, str(meeting.id)) == 0  # nothing more: "Intet at sende"
    assert len(plain_server.mailbox.received) == 3 * count


def test_a_refused_recipient_is_named_and_a_rerun_sends_the_rest(
    demo_store: Store, plain_server: SmtpServer, capsys: pytest.CaptureFixture[str]
) -> None:
    meeting = next_meeting(demo_store)
    everyone = member_addresses(demo_store, "nordjylland") | secretariat_addresses(
        demo_store, "nordjylland"
    )
    refused = sorted(everyone)[0]
    plain_server.mailbox.refuse.add(refused)
    assert dispatch(demo_store, str(meeting.id), "--reason", REASON) == 1
    out = capsys.readouterr().out
    assert f"127.0.0.1:{plain_server.port} afviste {refused}" in out
    still = demo_store.snapshot().meeting(meeting.id)
    assert still is not None and still.state is MeetingState.PLANNED and still.mail_round == 0
    assert len(plain_server.mailbox.received) == len(everyone) - 1

    plain_server.mailbox.refuse.clear()
    assert dispatch(demo_store, str(meeting.id), "--reason", REASON) == 0
    rerun = capsys.readouterr().out
    assert "Fortsætter en afbrudt udsendelse" in rerun
    assert rerun.count("  ✓ ") == len(everyone) - 1  # who has it, from the log
    for address in everyone:
        assert len(plain_server.mailbox.to(address)) == 1
    done = demo_store.snapshot().meeting(meeting.id)
    assert done is not None and done.state is MeetingState.DISPATCHED


def test_member_without_address_is_named(
    demo_store: Store, plain_server: SmtpServer, capsys: pytest.CaptureFixture[str]
) -> None:
    meeting = next_meeting(demo_store)
    member = demo_store.snapshot().members_of("nordjylland")[0]
    demo_store.update(member.with_changes(email=""))
    assert dispatch(demo_store, str(meeting.id), "--dry-run") == 0
    out = capsys.readouterr().out
    assert f"Advarsel: {member.name}: ingen e-mailadresse; får ikke mailen" in out
    assert "Prøvekørsel: intet er sendt." in out
    assert plain_server.mailbox.received == []


def test_invalid_address_asks_before_sending(
    demo_store: Store, plain_server: SmtpServer, capsys: pytest.CaptureFixture[str]
) -> None:
    meeting = next_meeting(demo_store)
    member = demo_store.snapshot().members_of("nordjylland")[0]
    demo_store.update(member.with_changes(email="anna@@x"))
    assert dispatch(demo_store, str(meeting.id), "--reason", REASON) == 2
    captured = capsys.readouterr()
    assert "ugyldig e-mailadresse »anna@@x«" in captured.out
    assert "--yes" in captured.err
    assert plain_server.mailbox.received == []
    assert dispatch(demo_store, str(meeting.id), "--reason", REASON, "--yes") == 0
    assert all("anna@@x" not in r.recipients for r in plain_server.mailbox.received)


def test_substitute_called_in_gets_the_agenda(demo_store: Store, plain_server: SmtpServer) -> None:
    meeting = next_meeting(demo_store)
    snapshot = demo_store.snapshot()
    substitute = next(m for m in snapshot.members_of("nordjylland") if m.is_substitute)
    member = next(
        m for m in snapshot.members_of("nordjylland") if m.name == substitute.substitute_for
    )
    demo_store.update(
        meeting.with_changes(attendance={str(member.id): f"substitute:{substitute.name}"})
    )
    assert dispatch(demo_store, str(meeting.id), "--to", "members", "--reason", REASON) == 0
    assert len(plain_server.mailbox.to(substitute.email)) == 1
    assert secretariat_addresses(demo_store, "nordjylland").isdisjoint(
        a for r in plain_server.mailbox.received for a in r.recipients
    )


def test_outbox_by_default(demo_store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KKR_SMTP_URL", raising=False)
    meeting = next_meeting(demo_store)
    assert dispatch(demo_store, str(meeting.id), "--reason", REASON) == 0
    folder = outbox_folder(demo_store.path)
    assert folder.name == "demo.json.outbox"
    files = sorted(folder.glob("*.eml"))
    everyone = member_addresses(demo_store, "nordjylland") | secretariat_addresses(
        demo_store, "nordjylland"
    )
    assert len(files) == len(everyone)
    seen = set()
    for path in files:
        with path.open("rb") as handle:
            message = email.message_from_binary_file(handle, policy=default)
        assert isinstance(message, EmailMessage)
        seen.add(message["To"].addresses[0].addr_spec)
        assert _invitation(message)["METHOD"] == "REQUEST"
    assert seen == everyone
    assert dispatch(demo_store, str(meeting.id)) == 0
    assert len(list(folder.glob("*.eml"))) == len(files)


@pytest.mark.parametrize(
    ("url", "needle"),
    [
        ("http://mail.example.dk", "ukendt protokol »http«"),
        ("smtp+insecure://mail.example.dk:25", "kun tilladt til 127.0.0.1"),
        ("smtp://user:pw@mail.example.dk", "adgangskoden må ikke stå i adressen"),
        ("smtp://mail.example.dk:notaport", "er ikke en SMTP-adresse"),
    ],
)
def test_a_url_not_understood_is_exit_2_naming_the_variable(
    demo_store: Store,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    url: str,
    needle: str,
) -> None:
    monkeypatch.setenv("KKR_SMTP_URL", url)
    assert dispatch(demo_store, str(next_meeting(demo_store).id), "--reason", REASON) == 2
    err = capsys.readouterr().err
    assert "KKR_SMTP_URL" in err and needle in err
    assert "pw" not in err.replace("pw@", "") or "user:pw" not in err


def test_untrusted_certificate_is_refused(
    demo_store: Store,
    mailbox: Mailbox,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    server = SmtpServer.start(mailbox, certificate=make_certificate(tmp_path))
    try:
        monkeypatch.setenv("KKR_SMTP_URL", f"smtp://127.0.0.1:{server.port}")
        assert dispatch(demo_store, str(next_meeting(demo_store).id), "--reason", REASON) == 1
    finally:
        server.stop()
    out = capsys.readouterr().out
    assert f"127.0.0.1:{server.port}: TLS fejlede" in out
    assert mailbox.received == []


def test_server_without_starttls_gets_nothing(
    demo_store: Store,
    mailbox: Mailbox,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    server = SmtpServer.start(mailbox)
    try:
        monkeypatch.setenv("KKR_SMTP_URL", f"smtp://127.0.0.1:{server.port}")
        assert dispatch(demo_store, str(next_meeting(demo_store).id), "--reason", REASON) == 1
    finally:
        server.stop()
    assert "tilbyder ikke STARTTLS" in capsys.readouterr().out
    assert mailbox.received == []


def test_wrong_password_names_the_server_not_the_password(
    demo_store: Store,
    tls_server: SmtpServer,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("KKR_SMTP_PASSWORD", "wrong-one")
    assert dispatch(demo_store, str(next_meeting(demo_store).id), "--reason", REASON) == 1
    captured = capsys.readouterr()
    assert f"{USER}@127.0.0.1:{tls_server.port}: login afvist" in captured.out
    assert "wrong-one" not in captured.out + captured.err
    meeting = demo_store.snapshot().meeting(next_meeting(demo_store).id)
    assert meeting is not None and meeting.state is MeetingState.PLANNED


def test_attachments_are_the_agenda_package_byte_for_byte(
    demo_store: Store, plain_server: SmtpServer
) -> None:
    """Sjælland's September meeting (agenda already out, not yet mailed) has bilag."""
    from kkr_tui.exports.package import agenda_package
    from kkr_tui.store.attachments import read_checked

    meeting = next(
        m
        for m in demo_store.snapshot().meetings
        if m.council == "sjaelland" and m.day.isoformat() == "2026-09-11"
    )
    package = agenda_package(demo_store.snapshot(), demo_store.path, meeting.id)
    assert package.attachments, "the demo gives this meeting bilag"
    assert dispatch(demo_store, str(meeting.id)) == 0
    expected = {package.agenda_name: package.agenda_pdf}
    expected |= {f.name: read_checked(demo_store.path, f.attachment) for f in package.attachments}
    assert plain_server.mailbox.received
    for entry in plain_server.mailbox.received:
        files = {
            str(part.get_filename()): part.get_payload(decode=True)
            for part in entry.message.iter_attachments()
            if part.get_filename() != "invitation.ics"
        }
        assert files == expected
        # The invitation of a closed meeting names no item.
        ics = _invitation(entry.message).to_ical().decode()
        for item in demo_store.snapshot().items_for(meeting.id):
            assert item.title not in ics


def _pdf_text(part: EmailMessage) -> str:
    import io

    from pypdf import PdfReader

    payload = part.get_payload(decode=True)
    assert isinstance(payload, bytes)
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(payload)).pages)


def _body(message: EmailMessage) -> str:
    body = message.get_body(("plain",))
    assert body is not None
    content = body.get_content()
    assert isinstance(content, str)
    return content


def _invitation(message: EmailMessage, name: str = "invitation.ics") -> Calendar:
    part = next(p for p in message.iter_attachments() if p.get_filename() == name)
    payload = part.get_payload(decode=True)
    assert isinstance(payload, bytes)
    return Calendar.from_ical(payload)


def _members(store: Store) -> list[Member]:
    return list(store.snapshot().members_of("nordjylland"))
