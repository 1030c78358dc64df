"""`kkr export ...` from the shell: stdout or an atomically written file, clear refusals."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from kkr_tui.cli import main
from kkr_tui.store import Store
from tests.unit.exports_helpers import agenda_document, demo_meeting

TODAY = "2026-09-10"


def _kkr(store: Store, *args: str) -> int:
    return main(["--db", str(store.path), "--today", TODAY, *args])


def _meeting_id(store: Store, council: str = "sjaelland", day: str = "2026-09-11") -> str:
    return str(demo_meeting(store.snapshot(), council, day).id)


def test_agenda_to_stdout(demo_store: Store, capfd: pytest.CaptureFixture[str]) -> None:
    meeting_id = _meeting_id(demo_store)
    assert _kkr(demo_store, "export", "agenda", meeting_id) == 0
    expected = agenda_document(demo_store.snapshot(), int(meeting_id), "md")
    assert capfd.readouterr().out == expected
    assert _kkr(demo_store, "export", "agenda", meeting_id, "--format", "txt", "--lang", "en") == 0
    assert "    Recommendation\n" in capfd.readouterr().out


def test_output_file_format_from_suffix_and_path_printed(
    demo_store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "dagsorden.html"
    assert _kkr(demo_store, "export", "agenda", _meeting_id(demo_store), "-o", str(target)) == 0
    assert capsys.readouterr().out.strip() == str(target)
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    hidden = [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]
    assert hidden in ([], [f".{demo_store.path.name}.lock"])  # no temporary file left


def test_overwrite_keeps_permissions_and_refuses_a_folder(
    demo_store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "kkr.ics"
    target.write_text("old")
    os.chmod(target, 0o640)
    assert _kkr(demo_store, "export", "ics", "-o", str(target)) == 0
    assert target.read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    folder = tmp_path / "mappe"
    folder.mkdir()
    assert _kkr(demo_store, "export", "ics", "-o", str(folder)) == 2
    assert "er en mappe" in capsys.readouterr().err
    assert list(folder.iterdir()) == []
    assert _kkr(demo_store, "export", "ics", "-o", str(tmp_path / "nej" / "x.ics")) == 2
    assert "mappen findes ikke" in capsys.readouterr().err


def test_never_half_a_file(
    demo_store: Store,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "ud"
    out.mkdir()
    target = out / "referat.md"
    target.write_text("det gamle referat")

    def broken_replace(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    meeting_id = _meeting_id(demo_store, "nordjylland", "2026-04-16")
    assert _kkr(demo_store, "export", "minutes", meeting_id, "-o", str(target)) == 2
    assert "kan ikke skrives (der er ikke mere plads på disken)" in capsys.readouterr().err
    assert target.read_text() == "det gamle referat"
    assert [p.name for p in out.iterdir()] == ["referat.md"]  # no temporary left behind


def test_minutes_refused_writes_nothing_and_draft_is_marked(
    demo_store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "referat.txt"
    meeting_id = _meeting_id(demo_store)
    assert _kkr(demo_store, "export", "minutes", meeting_id, "-o", str(target)) == 2
    err = capsys.readouterr().err
    assert "uden beslutning" in err and "punkt 3 »Regional udviklingsstrategi«" in err
    assert not target.exists()
    assert _kkr(demo_store, "export", "minutes", meeting_id, "--draft", "-o", str(target)) == 0
    assert "UDKAST" in target.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "args",
    [
        ["export", "ics"],
        ["export", "agenda", "1"],
        ["export", "minutes", "1", "--draft"],
        ["export", "csv", "contacts"],
    ],
)
def test_reading_commands_never_create_the_database(
    tmp_path: Path, args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "ingen.json"
    assert main(["--db", str(db), *args]) == 2
    assert "findes ikke" in capsys.readouterr().err
    assert not db.exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["export"], "angiv, hvad der skal eksporteres"),
        (["export", "ics", "--council", "fyn"], "ukendt råd »fyn«"),
        (["export", "ics", "--series", "frokost"], "ukendt mødetype »frokost«"),
        (["export", "csv", "members", "--year", "2026"], "--year gælder kun for meetings"),
        (["export", "agenda", "9999"], "intet møde med id 9999"),
    ],
)
def test_usage_errors_exit_2(
    demo_store: Store, args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _kkr(demo_store, *args) == 2
    assert message in capsys.readouterr().err


def test_council_by_name_and_slug(demo_store: Store, capfd: pytest.CaptureFixture[str]) -> None:
    assert _kkr(demo_store, "export", "ics", "--council", "KKR Sjælland") == 0
    by_name = capfd.readouterr().out
    assert _kkr(demo_store, "export", "ics", "--council", "sjaelland") == 0
    assert capfd.readouterr().out == by_name
    assert "KKR Nordjylland" not in by_name and "KKR Sjælland" in by_name


def test_ics_from_a_real_process_is_reproducible(demo_store: Store, tmp_path: Path) -> None:
    """Two runs, stdout and -o, byte for byte equal: the stamp is the --today day."""
    command = [sys.executable, "-m", "kkr_tui", "--db", str(demo_store.path), "--today", TODAY]
    env = {k: v for k, v in os.environ.items() if not k.startswith("KKR_")}
    piped = subprocess.run(
        [*command, "export", "ics", "--deadlines"], capture_output=True, env=env, timeout=60
    )
    assert piped.returncode == 0, piped.stderr
    target = tmp_path / "feed.ics"
    written = subprocess.run(
        [*command, "export", "ics", "--deadlines", "-o", str(target)],
        capture_output=True,
        env=env,
        timeout=60,
    )
    assert written.returncode == 0
    assert written.stdout.decode().strip() == str(target)
    assert target.read_bytes() == piped.stdout
    assert b"DTSTAMP:20260910T000000Z" in piped.stdout


def test_csv_to_stdout_keeps_the_bom(demo_store: Store, capfd: pytest.CaptureFixture[str]) -> None:
    assert _kkr(demo_store, "export", "csv", "contacts") == 0
    assert capfd.readouterr().out.startswith("\ufeffname;title;")
