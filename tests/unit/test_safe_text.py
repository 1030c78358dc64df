"""Hostile text on the shell side: printable() for output, strip_controls() for input,
and the CLI's own output (error messages, `kkr backup list`).

`kkr meetings` and `kkr status` are built in other branches; they print through
printable() too, and their own tests should feed them the HOSTILE strings below.
"""

from __future__ import annotations

from pathlib import Path

import pendulum
import pytest

from kkr_tui.cli import main
from kkr_tui.domain.models import Contact
from kkr_tui.domain.text import printable, strip_controls
from kkr_tui.store import backups as store_backups
from kkr_tui.store import open_store

HOSTILE = {
    "ansi colour": ("a\x1b[31mb", "a␛[31mb", "a[31mb"),
    "osc 52 clipboard": ("\x1b]52;c;ZXZpbA==\x07x", "␛]52;c;ZXZpbA==�x", "]52;c;ZXZpbA==x"),
    "osc 8 link": ("\x1b]8;;https://e.x\x1b\\k", "␛]8;;https://e.x␛\\k", "]8;;https://e.x\\k"),
    "c1 csi": ("a\x9b2Jb", "a�2Jb", "a2Jb"),
    "bell and backspace": ("a\x07\x08b", "a��b", "ab"),
    "bidi override": ("abc\u202edef", "abc�def", "abcdef"),
    "bidi isolate": ("\u2066x\u2069", "�x�", "x"),
    "arabic letter mark": ("a\u061cb", "a�b", "ab"),
    "line separator": ("a\u2028b", "a�b", "ab"),
    "markup stays text": ("[red]x[/] [@click=app.quit]q", "[red]x[/] [@click=app.quit]q", None),
    "danish letters stay": ("Sjælland, Æbeløe, Øster Åby", "Sjælland, Æbeløe, Øster Åby", None),
}


@pytest.mark.parametrize("case", list(HOSTILE), ids=lambda c: c.replace(" ", "-"))
def test_printable_and_strip_controls(case: str) -> None:
    raw, shown, typed = HOSTILE[case]
    assert printable(raw) == shown
    assert strip_controls(raw) == (raw if typed is None else typed)


def test_printable_keeps_or_flattens_line_breaks() -> None:
    assert printable("a\nb\tc\rd") == "a b c�d"  # CR could overwrite the line
    assert printable("a\nb\tc", single_line=False) == "a\nb\tc"
    assert printable("a\rb", single_line=False) == "a�b"


def test_error_messages_do_not_pass_escapes_to_the_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "\x1b]52;c;ZXZpbA==\x07kkr\x1b[2J"
    folder.mkdir()
    assert main(["backup", "restore", "x", "--db", str(folder / "kkr.json")]) == 2
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\x07" not in err
    assert "␛]52;c;ZXZpbA==�kkr␛[2J/backups" in err


def test_backup_list_shows_a_hostile_file_name_literally(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    moment = pendulum.datetime(2026, 9, 10, 8, 0, 0, tz="Europe/Copenhagen")
    monkeypatch.setattr(store_backups, "wall_clock", lambda: moment)
    db = tmp_path / "[red]møder\x1b[31m.json"
    open_store(db, create=True).add(Contact(name="X"))
    assert main(["backup", "list", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out
    assert "[red]møder␛[31m-20260910-080000-daily.json" in out
