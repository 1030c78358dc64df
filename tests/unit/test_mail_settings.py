"""The SMTP server in the database's settings (`kkr settings smtp`), KKR_SMTP_URL winning
over it, and `kkr where` saying which way mail goes and why."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace

import pytest

from kkr_tui.cli import main
from kkr_tui.mail.transport import outbox_folder
from kkr_tui.store import Store
from tests.unit.smtp_server import Mailbox, SmtpServer
from tests.unit.test_mail_dispatch import REASON, dispatch, member_addresses, next_meeting


def settings(store: Store, *args: str) -> int:
    return main(["settings", "smtp", *args, "--db", str(store.path)])


@pytest.fixture
def no_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("KKR_SMTP_URL", "KKR_SMTP_PASSWORD", "KKR_SMTP_PASSWORD_FILE"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def server() -> Iterator[SmtpServer]:
    running = SmtpServer.start(Mailbox())
    yield running
    running.stop()


@pytest.mark.usefixtures("no_env")
def test_set_show_and_clear(demo_store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    assert settings(demo_store) == 0
    out = capsys.readouterr().out
    assert "SMTP-server i databasen: ingen" in out
    assert f"{outbox_folder(demo_store.path)} (udbakke: ingen SMTP-server er angivet)" in out

    assert settings(demo_store, "smtp://kkr@mail.example.dk:587") == 0
    out = capsys.readouterr().out
    assert "kkr@mail.example.dk:587" in out and "KKR_SMTP_PASSWORD_FILE" in out
    assert demo_store.snapshot().settings.smtp_url == "smtp://kkr@mail.example.dk:587"

    assert settings(demo_store, "--lang", "en") == 0
    out = capsys.readouterr().out
    assert "SMTP server in the database: smtp://kkr@mail.example.dk:587" in out
    assert (
        "Mail goes through: kkr@mail.example.dk:587 (the database's setting, kkr settings smtp)"
        in out
    )

    assert settings(demo_store, "--clear") == 0
    assert "udbakken" in capsys.readouterr().out
    assert demo_store.snapshot().settings.smtp_url == ""


@pytest.mark.usefixtures("no_env")
@pytest.mark.parametrize(
    ("url", "needle"),
    [
        ("ftp://mail.example.dk", "ukendt protokol »ftp«"),
        ("smtp+insecure://mail.example.dk", "kun tilladt til 127.0.0.1"),
        ("smtp://kkr:hemmelig@mail.example.dk", "adgangskoden må ikke stå i adressen"),
        (
            "smtp://kkr:hemmelig@mail.example.dk:port",
            "»smtp://kkr:***@mail.example.dk:port« er ikke",
        ),
        ("smtp://mail.example.dk:port", "er ikke en SMTP-adresse"),
        ("smtp://mail.example.dk/x", "er ikke en SMTP-adresse"),
    ],
)
def test_a_bad_url_is_exit_2_and_not_stored(
    demo_store: Store, capsys: pytest.CaptureFixture[str], url: str, needle: str
) -> None:
    before = demo_store.snapshot().settings
    assert settings(demo_store, url) == 2
    err = capsys.readouterr().err
    assert err.startswith("kkr: URL: ") and needle in err  # "kkr" once
    assert "hemmelig" not in err
    assert demo_store.snapshot().settings == before


def test_url_and_clear_together_are_refused(
    demo_store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    assert settings(demo_store, "smtp://mail.example.dk", "--clear") == 2
    assert "--clear" in capsys.readouterr().err


@pytest.mark.usefixtures("no_env")
def test_dispatch_goes_through_the_stored_server(
    demo_store: Store, server: SmtpServer, capsys: pytest.CaptureFixture[str]
) -> None:
    assert settings(demo_store, f"smtp+insecure://127.0.0.1:{server.port}") == 0
    meeting = next_meeting(demo_store)
    assert dispatch(demo_store, str(meeting.id), "--to", "members", "--reason", REASON) == 0
    out = capsys.readouterr().out
    assert f"127.0.0.1:{server.port} (databasens indstilling, kkr settings smtp)" in out
    delivered = {a for r in server.mailbox.received for a in r.recipients}
    assert delivered == member_addresses(demo_store, "nordjylland")
    assert not outbox_folder(demo_store.path).exists()


def test_the_variable_wins_over_the_stored_server(
    demo_store: Store,
    server: SmtpServer,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    stored = SmtpServer.start(Mailbox())
    try:
        monkeypatch.delenv("KKR_SMTP_URL", raising=False)
        assert settings(demo_store, f"smtp+insecure://127.0.0.1:{stored.port}") == 0
        monkeypatch.setenv("KKR_SMTP_URL", f"smtp+insecure://127.0.0.1:{server.port}")
        meeting = next_meeting(demo_store)
        assert dispatch(demo_store, str(meeting.id), "--to", "members", "--reason", REASON) == 0
        assert "(sat med KKR_SMTP_URL)" in capsys.readouterr().out
        assert server.mailbox.received and not stored.mailbox.received
    finally:
        stored.stop()


@pytest.mark.usefixtures("no_env")
def test_a_hand_edited_stored_url_is_exit_2_naming_the_setting(
    demo_store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    with demo_store.transaction() as tx:
        tx.save_settings(replace(tx.settings(), smtp_url="smtp+insecure://10.0.0.9"))
    meeting = next_meeting(demo_store)
    assert dispatch(demo_store, str(meeting.id), "--reason", REASON) == 2
    err = capsys.readouterr().err
    assert "databasens indstilling smtp (kkr settings smtp)" in err and "10.0.0.9" in err


def test_where_says_which_way_and_why(
    demo_store: Store, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def where(*args: str) -> str:
        assert main(["where", "--db", str(demo_store.path), *args]) == 0
        return capsys.readouterr().out

    monkeypatch.delenv("KKR_SMTP_URL", raising=False)
    outbox = outbox_folder(demo_store.path)
    assert f"E-mail: {outbox} (udbakke: ingen SMTP-server er angivet)" in where()
    assert settings(demo_store, "smtps://kkr@mail.example.dk") == 0
    capsys.readouterr()
    assert "E-mail: kkr@mail.example.dk:465 (databasens indstilling" in where()
    mail = json.loads(where("--json"))["mail"]
    assert mail == {
        "transport": "smtp",
        "source": "database",
        "why": "databasens indstilling, kkr settings smtp",
        "server": "kkr@mail.example.dk:465",
        "outbox": None,
        "error": None,
    }
    monkeypatch.setenv("KKR_SMTP_URL", "smtp://other@relay.example.dk")
    assert "E-mail: other@relay.example.dk:587 (set by KKR_SMTP_URL)" in where("--lang", "en")
    monkeypatch.setenv("KKR_SMTP_URL", "gopher://x")
    assert "E-mail: KKR_SMTP_URL: ukendt protokol »gopher«" in where()
