"""Shell conventions (issue 23 point 5, issue 21 point 7): `--demo` before or after any
subcommand, `kkr demo PATH`, `--council` as the imports take it and repeatable, no app
without a terminal, output any locale can take, exit 3 for an internal error, completion
and man page from the parser, a `format` key on every JSON object."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kkr_tui.cli import main
from kkr_tui.commands import status as status_command
from kkr_tui.store import Store

DEMO_DAY = "2026-09-10"


def kkr(
    *args: str, env: dict[str, str] | None = None, encoding: str = "utf-8"
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kkr_tui", *args],
        capture_output=True,
        encoding=encoding,
        env={**os.environ, **(env or {})},
        stdin=subprocess.DEVNULL,
        timeout=60,
    )


@pytest.fixture
def no_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """KKR_DB names a file that does not exist: a command that reads it fails (exit 2)."""
    path = tmp_path / "missing" / "kkr.json"
    monkeypatch.setenv("KKR_DB", str(path))
    return path


# --- --demo ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "argv", [["--demo", "status", "--json"], ["status", "--demo", "--json"]], ids=str
)
def test_demo_before_or_after_the_subcommand(
    argv: list[str], no_database: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Both read the demo database as of its own day, never the real (missing) one."""
    assert main(argv) == 1  # the demo has overdue milestones
    report = json.loads(capsys.readouterr().out)
    assert report["today"] == DEMO_DAY
    assert len(report["councils"]) == 5
    assert not no_database.exists()


def test_demo_keeps_an_explicit_today(
    no_database: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["meetings", "--demo", "--today", "2026-01-02", "--json"])
    assert json.loads(capsys.readouterr().out)  # the demo's meetings
    main(["--today", "2026-01-05", "--demo", "status", "--json"])
    assert json.loads(capsys.readouterr().out)["today"] == "2026-01-05"


def test_demo_with_db_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(tmp_path / "x.json"), "status", "--demo"]) == 2
    assert "--demo" in capsys.readouterr().err


def test_demo_writes_leave_nothing_behind(
    no_database: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = tmp_path / "plan.csv"
    plan.write_text("council,date,start,end\nsjaelland,2026-11-12,09:30,12:30\n")
    assert main(["import", "meetings", str(plan), "--demo"]) == 0
    assert not no_database.exists()


def test_demo_command_writes_the_demo_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "demo.json"
    assert main(["demo", str(path)]) == 0
    assert str(path) in capsys.readouterr().out
    assert main(["--db", str(path), "--today", DEMO_DAY, "status"]) == 1
    capsys.readouterr()
    assert main(["demo", str(path)]) == 2  # never overwrites
    assert "findes allerede" in capsys.readouterr().err
    assert main(["demo", str(tmp_path / "no" / "demo.json")]) == 2


# --- --council ---------------------------------------------------------------------------


@pytest.mark.parametrize("spelling", ["sjaelland", "Sjælland", "KKR Sjælland", "SJÆLLAND"])
def test_council_spellings_in_status(
    spelling: str, demo_store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["--db", str(demo_store.path), "--today", DEMO_DAY, "status", "--json"]
    main([*argv, "--council", spelling])
    assert [c["slug"] for c in json.loads(capsys.readouterr().out)["councils"]] == ["sjaelland"]


def test_council_repeats_in_meetings(demo_store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["--db", str(demo_store.path), "meetings", "--json"]
    assert main([*argv, "--council", "sjaelland", "--council", "Nordjylland"]) == 0
    # Every meeting of either council, a joint one held by another council included.
    shown = [set(m["councils"]) for m in json.loads(capsys.readouterr().out)]
    assert all(councils & {"sjaelland", "nordjylland"} for councils in shown)
    assert set().union(*shown) == {"sjaelland", "nordjylland", "hovedstaden"}


def test_council_repeats_in_export_csv(
    demo_store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["--db", str(demo_store.path), "export", "csv", "meetings"]
    assert main([*argv, "--council", "KKR Sjælland", "--council", "nordjylland"]) == 0
    rows = [row.split(";") for row in capsys.readouterr().out.splitlines()[1:]]
    assert {row[0] for row in rows if not row[6]} == {"sjaelland", "nordjylland"}
    # The joint meeting KKR Sjælland takes part in, held by KKR Hovedstaden.
    assert [row[6] for row in rows if row[6]] == ["hovedstaden sjaelland"]


@pytest.mark.parametrize(
    "command", [["status"], ["meetings"], ["export", "ics"], ["export", "csv", "meetings"]]
)
def test_unknown_council_is_exit_2_everywhere(
    command: list[str], demo_store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(demo_store.path), *command, "--council", "fyn"]) == 2
    assert "»fyn«" in capsys.readouterr().err


# --- no terminal, internal errors ----------------------------------------------------


def test_the_app_without_a_terminal_exits_2_at_once(tmp_path: Path) -> None:
    """From cron or a pipe: a message pointing to `kkr status`, not escape codes forever."""
    started = time.monotonic()
    result = kkr("--db", str(tmp_path / "kkr.json"), env={"TEXTUAL_DRIVER": ""})
    assert result.returncode == 2
    assert "kkr status" in result.stderr
    assert result.stdout == ""
    assert time.monotonic() - started < 30
    assert not (tmp_path / "kkr.json").exists()


def _explode(*args: object) -> int:
    raise ZeroDivisionError("boom")


def test_internal_error_is_one_line_a_log_and_exit_3(
    demo_store: Store,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setattr(status_command, "run", _explode)
    assert main(["--db", str(demo_store.path), "status"]) == 3
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1
    assert "ZeroDivisionError: boom" in err and "Traceback" not in err
    log = tmp_path / "state" / "kkr_tui" / "kkr-error.log"
    assert str(log) in err
    assert "Traceback" in log.read_text() and "_explode" in log.read_text()


def test_debug_prints_the_traceback(
    demo_store: Store,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setattr(status_command, "run", _explode)
    assert main(["--db", str(demo_store.path), "status", "--debug"]) == 3
    assert "Traceback" in capsys.readouterr().err
    assert not (tmp_path / "state").exists()


# --- a legacy locale ---------------------------------------------------------------------

LEGACY_COMMANDS = [
    ["status"],
    ["meetings"],
    ["agenda", "21"],
    ["export", "agenda", "21", "--format", "txt"],
    ["export", "minutes", "1", "--format", "txt"],
    ["export", "ics", "--deadlines"],
    ["export", "csv", "members"],
    ["backup", "list"],
    ["where"],
    ["agenda", "21", "--json"],
    ["--help"],
    ["status", "--help"],
    ["man"],
]


def _legacy_locale() -> str | None:
    found = subprocess.run(["locale", "-a"], capture_output=True, text=True).stdout.split()
    for name in ("da_DK.iso88591", "da_DK.ISO-8859-1", "da_DK"):
        if name in found:
            return name
    return None


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("legacy") / "demo.json"
    assert main(["demo", str(path)]) == 0
    return path


@pytest.mark.parametrize("command", LEGACY_COMMANDS, ids=" ".join)
def test_latin1_output_never_crashes(command: list[str], demo_file: Path) -> None:
    """As on a da_DK.ISO-8859-1 terminal: what Latin-1 lacks is written plainly."""
    result = kkr(
        "--db",
        str(demo_file),
        "--today",
        DEMO_DAY,
        *command,
        env={"PYTHONIOENCODING": "latin-1"},
        encoding="latin-1",
    )
    assert result.returncode in (0, 1), result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout


@pytest.mark.parametrize("command", LEGACY_COMMANDS, ids=" ".join)
def test_iso_8859_1_locale(command: list[str], demo_file: Path) -> None:
    """The real locale, where the machine has it (.ci/run generates it as root)."""
    name = _legacy_locale()
    if name is None:
        pytest.skip("locale da_DK.ISO-8859-1 not generated (localedef -i da_DK -f ISO-8859-1)")
    env = {"LC_ALL": name, "PYTHONIOENCODING": "", "PYTHONUTF8": "0"}
    result = subprocess.run(
        [sys.executable, "-m", "kkr_tui", "--db", str(demo_file), "--today", DEMO_DAY, *command],
        capture_output=True,
        env={**os.environ, **env},
        stdin=subprocess.DEVNULL,
        timeout=60,
    )
    assert result.returncode in (0, 1), result.stderr
    if command[0] != "export":  # an export writes its file format's bytes (UTF-8)
        assert b"\xc3" not in result.stdout  # Latin-1 text for the terminal, not UTF-8


# --- completion, man page, JSON formats ------------------------------------------------


def test_bash_completion_is_valid_bash(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["completion", "bash"]) == 0
    script = capsys.readouterr().out
    for word in ("status", "meetings", "--council", "--demo", "setup", "where", "ics"):
        assert word in script
    checked = subprocess.run(["bash", "-n"], input=script, text=True, capture_output=True)
    assert checked.returncode == 0, checked.stderr


def test_zsh_completion(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["completion", "zsh"]) == 0
    script = capsys.readouterr().out
    assert script.startswith("#compdef kkr")
    if shutil.which("zsh") is None:
        pytest.skip("zsh not installed: only the script's header is checked")
    checked = subprocess.run(["zsh", "-n"], input=script, text=True, capture_output=True)
    assert checked.returncode == 0, checked.stderr


def test_man_page_names_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["man"]) == 0
    page = capsys.readouterr().out
    assert page.startswith(".TH KKR 1")
    for section in ('.SH "KKR STATUS"', '.SH "KKR MEETINGS"', '.SS "kkr export ics"'):
        assert section in page
    if shutil.which("groff"):
        rendered = subprocess.run(
            ["groff", "-man", "-Tutf8", "-ww"], input=page, capture_output=True, text=True
        )
        assert rendered.returncode == 0
        assert "warning" not in rendered.stderr, rendered.stderr


def test_agenda_json_has_a_format(demo_store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    main(["--db", str(demo_store.path), "--today", DEMO_DAY, "agenda", "21", "--json"])
    assert json.loads(capsys.readouterr().out)["format"] == "kkr-agenda/1"


def test_meetings_json_stays_an_array(
    demo_store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["--db", str(demo_store.path), "meetings", "--json"])
    assert isinstance(json.loads(capsys.readouterr().out), list)


def test_the_apps_own_crash_is_exit_3_too() -> None:
    """Textual ends with 1 on an exception it caught; `kkr` turns that into 3."""
    from kkr_tui.cli import app_exit_code

    assert [app_exit_code(code) for code in (None, 0, 1, 2)] == [0, 0, 3, 2]
