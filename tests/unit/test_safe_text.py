"""Hostile text on the shell side: printable() for output, strip_controls() for input,
and what the CLI prints (error messages, `kkr backup list`, `kkr meetings` as a table
and as JSON).
"""

from __future__ import annotations

import json
from pathlib import Path

import pendulum
import pytest

from kkr_tui.cli import main
from kkr_tui.domain.models import Contact, Council, Meeting
from kkr_tui.domain.text import json_for_terminal, printable, strip_controls
from kkr_tui.store import backups as store_backups
from kkr_tui.store import open_store
from kkr_tui.store.demo import build_demo

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
    assert "[red]møder␛[31m-20260910-080000-write.json" in out


TERMINAL_ACTIVE = ("\x1b", "\x9b", "\x07", "\u202e", "\u2066", "\x7f")
HOSTILE_PLACE = "[red]Ringsted\x1b[2J \u202eevil \x9b31m\x7f"
HOSTILE_COUNCIL = "KKR \x1b]52;c;ZXZpbA==\x07Sj\u2066"


@pytest.fixture
def hostile_meetings_db(tmp_path: Path) -> Path:
    db = tmp_path / "kkr.json"
    store = build_demo(db)
    with store.transaction() as tx:
        meeting = next(m for m in tx.all(Meeting) if m.council == "sjaelland")
        tx.update(meeting.with_changes(place=HOSTILE_PLACE))
        council = next(c for c in tx.all(Council) if c.slug == "sjaelland")
        tx.update(council.with_changes(name=HOSTILE_COUNCIL))
    return db


def test_kkr_meetings_table_shows_hostile_text_literally(
    hostile_meetings_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["meetings", "--council", "sjaelland", "--db", str(hostile_meetings_db)])
    out = capsys.readouterr().out
    assert code == 0
    assert not [c for c in TERMINAL_ACTIVE if c in out]
    assert "[red]Ringsted␛[2J �evil �31m" in out


def test_kkr_meetings_json_escapes_what_json_dumps_leaves_raw(
    hostile_meetings_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["meetings", "--council", "sjaelland", "--json", "--db", str(hostile_meetings_db)])
    out = capsys.readouterr().out
    assert code == 0
    assert not [c for c in TERMINAL_ACTIVE if c in out]
    assert HOSTILE_PLACE in {m["place"] for m in json.loads(out)}  # the data is unchanged


def test_json_for_terminal_keeps_the_data() -> None:
    data = {"sted": "Æbeltoft \x9b31m \u202e \x7f \u2028", "tal": [1, 2]}
    dumped = json.dumps(data, ensure_ascii=False, indent=2)
    safe = json_for_terminal(dumped)
    assert json.loads(safe) == data
    assert "Æbeltoft" in safe and "\\u009b" in safe and "\x9b" not in safe
