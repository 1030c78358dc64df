"""`kkr serve`: the command line each browser session runs, the address, the warning."""

from __future__ import annotations

import errno
import shlex
import socket
import sys
from pathlib import Path
from typing import Any

import pendulum
import pytest

from kkr_tui.cli import main
from kkr_tui.commands import serve
from kkr_tui.commands.context import Context
from kkr_tui.domain.clock import Clock


def context(db: Path, today: pendulum.Date | None = None, lang: str = "da") -> Context:
    return Context(db_path=db, clock=Clock(today), lang=lang)


def test_the_session_command_survives_hostile_paths(tmp_path: Path) -> None:
    db = tmp_path / 'it\'s a "db" $(touch x) & more' / "kkr;data.json"
    command = serve.app_command(
        context(db, pendulum.date(2026, 4, 9), "en"), demo=False, python="/opt/py thon/bin/python"
    )
    assert shlex.split(command) == [
        "exec",
        "/opt/py thon/bin/python",
        "-m",
        "kkr_tui",
        "--lang",
        "en",
        "--db",
        str(db.resolve()),
        "--today",
        "2026-04-09",
    ]


def test_demo_sessions_get_their_own_copy_and_the_demo_day(tmp_path: Path) -> None:
    command = serve.app_command(context(tmp_path / "x.json"), demo=True)
    assert shlex.split(command) == [
        "exec",
        sys.executable,
        "-m",
        "kkr_tui",
        "--lang",
        "da",
        "--demo",
    ]


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("localhost", True),
        ("::1", True),
        ("127.0.0.2", True),
        ("0.0.0.0", False),
        ("::", False),
        ("192.168.1.10", False),
        ("server.example", False),
    ],
)
def test_loopback(host: str, loopback: bool) -> None:
    assert serve.is_loopback(host) is loopback


@pytest.fixture
def fake_server(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """The guarded server records what it was asked to serve instead of listening."""
    pytest.importorskip("textual_serve.server", reason="[serve] not installed")
    from kkr_tui.commands import serve_guard

    started: list[dict[str, Any]] = []

    def serve(self: serve_guard.GuardedServer, debug: bool = False) -> None:
        started.append({"command": self.command, "host": self.host, "port": self.port})

    monkeypatch.setattr(serve_guard.GuardedServer, "serve", serve)
    return started


def test_serves_on_127_0_0_1_by_default_without_warning(
    fake_server: list[dict[str, Any]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "kkr.json"
    assert main(["serve", "--db", str(db), "--today", "2026-04-09"]) == 0
    (started,) = fake_server
    assert started["host"] == "127.0.0.1" and started["port"] == 8000
    assert "--today 2026-04-09" in started["command"]
    assert db.exists(), "the database is checked (and created) before serving"
    assert "ADVARSEL" not in capsys.readouterr().err


def test_another_address_only_when_asked_and_with_a_warning(
    fake_server: list[dict[str, Any]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["serve", "--db", str(tmp_path / "k.json"), "--host", "0.0.0.0", "--port", "9"]
    assert main(argv) == 0
    assert fake_server[0]["host"] == "0.0.0.0" and fake_server[0]["port"] == 9
    err = capsys.readouterr().err
    assert "ADVARSEL" in err and "ukrypteret" in err and "0.0.0.0:9" in err


def test_english_warning(
    fake_server: list[dict[str, Any]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["serve", "--lang", "en", "--db", str(tmp_path / "k.json"), "--host", "10.0.0.5"]
    assert main(argv) == 0
    assert "unencrypted" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("error", "danish", "english"),
    [
        (
            socket.gaierror(socket.EAI_NONAME, "Name or service not known"),
            "kan ikke lytte på server.invalid:8000: navnet kendes ikke",
            "cannot listen on server.invalid:8000: the name is not known",
        ),
        (
            OSError(errno.EADDRINUSE, "Address already in use"),
            "kan ikke lytte på server.invalid:8000: adressen er allerede i brug",
            "cannot listen on server.invalid:8000: the address is already in use",
        ),
    ],
)
def test_why_it_cannot_listen_is_said_in_the_chosen_language(
    fake_server: list[dict[str, Any]],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    error: OSError,
    danish: str,
    english: str,
) -> None:
    from kkr_tui.commands import serve_guard

    def cannot_listen(self: serve_guard.GuardedServer, debug: bool = False) -> None:
        raise error

    monkeypatch.setattr(serve_guard.GuardedServer, "serve", cannot_listen)
    argv = ["serve", "--db", str(tmp_path / "k.json"), "--host", "server.invalid"]
    for extra, said in (([], danish), (["--lang", "en"], english)):
        assert main([*argv, *extra]) == 2
        err = capsys.readouterr().err
        assert said in err
        assert error.strerror is not None and error.strerror not in err


@pytest.mark.parametrize("port", ["0", "65536", "-1"])
def test_bad_port_is_exit_2(
    fake_server: list[dict[str, Any]], tmp_path: Path, port: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["serve", "--db", str(tmp_path / "k.json"), f"--port={port}"]) == 2
    assert "--port" in capsys.readouterr().err
    assert not fake_server


def test_a_folder_as_database_is_refused_before_serving(
    fake_server: list[dict[str, Any]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["serve", "--db", str(tmp_path)]) == 2
    assert not fake_server
