"""`kkr remind`: one message per responsible person, at most once per item and day."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kkr_tui.cli import main
from kkr_tui.store import Store
from tests.unit.smtp_server import Mailbox, SmtpServer


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[SmtpServer]:
    running = SmtpServer.start(Mailbox())
    monkeypatch.setenv("KKR_SMTP_URL", f"smtp+insecure://127.0.0.1:{running.port}")
    yield running
    running.stop()


def remind(store: Store, today: str, *args: str) -> int:
    return main(["remind", *args, "--db", str(store.path), "--today", today])


def test_each_responsible_person_gets_one_reminder_a_day(
    demo_store: Store, server: SmtpServer, capsys: pytest.CaptureFixture[str]
) -> None:
    assert remind(demo_store, "2026-09-10") == 1  # something is overdue: as kkr status
    received = server.mailbox.received
    assert [r.recipients for r in received] == [["mette.testrup@eksempel.dk"]]
    message = received[0].message
    assert message["Subject"] == "Påmindelse: frist for sagsfremstillinger"
    body = message.get_body(("plain",))
    assert body is not None
    text = body.get_content()
    assert "Punkt 5 »Regional udviklingsstrategi«, KKR Syddanmark man 14. sep" in text
    assert "13 arbejdsdage for sent" in text
    assert "10 arbejdsdage før udsendelsesfristen" in text  # the deadline's reason
    capsys.readouterr()

    assert remind(demo_store, "2026-09-10") == 1  # cron runs again the same day
    assert len(server.mailbox.received) == 1
    assert "allerede påmindet i dag" in capsys.readouterr().out

    assert remind(demo_store, "2026-09-11") == 1  # the next day: once more
    assert len(server.mailbox.received) == 2


def test_dry_run_sends_nothing(
    demo_store: Store, server: SmtpServer, capsys: pytest.CaptureFixture[str]
) -> None:
    assert remind(demo_store, "2026-09-10", "--dry-run") == 1
    assert server.mailbox.received == []
    assert "Prøvekørsel" in capsys.readouterr().out


def test_nothing_due_is_exit_0(demo_store: Store, server: SmtpServer) -> None:
    assert remind(demo_store, "2026-01-02", "--days", "0") == 0
    assert server.mailbox.received == []
