"""Hand-edited records (issue 19, point 7): any field of a valid database set to any
JSON value; every command answers with exit 0, 1 or 2 and never a traceback, and exit
1 (which means "something is overdue") only from `kkr status` when it says so.

A wrong record is exit 2 naming the table, the id, the field and the value.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kkr_tui.cli import main
from kkr_tui.store.demo import build_demo

TODAY = "2026-09-10"
COMMANDS: list[list[str]] = [
    ["status"],
    ["meetings"],
    ["meetings", "--json"],
    ["export", "ics"],
    ["export", "csv", "contacts"],
    ["export", "csv", "members"],
    ["agenda", "1"],
    ["backup", "list"],
    ["where"],
    ["appointments"],
    ["attachments", "1"],
    ["attendance", "1"],
    ["remind", "--dry-run"],
    ["dispatch", "{next_meeting}", "--dry-run"],
    ["settings", "smtp"],
    ["export", "csv", "meetings"],
    ["export", "csv", "appointments"],
    ["export", "appointments"],
    ["export", "agenda", "{next_meeting}", "--format", "txt"],
    ["export", "minutes", "1", "--format", "txt"],
    ["import", "members", "{members_csv}", "--dry-run"],
    ["import", "contacts", "{contacts_csv}", "--dry-run"],
    ["import", "meetings", "{meetings_csv}", "--dry-run"],
]
# Not here, and why: `kkr` itself (the app: tests/ui/test_hand_edited_app.py), `serve`
# (the same app behind a web page), `demo` and `setup shared` (they make a new database
# and never read one), `backup restore` (tests/unit/test_versions.py: a backup holding a
# broken record is refused), and the writing commands without --dry-run (dispatch,
# attendance, attach: they read the same records first).
INPUT_FILES = {
    "members_csv": "council,name,municipality,role\nsjaelland,Ny Testperson,Sorø,medlem\n",
    "contacts_csv": "name,title,email,councils\nNy Kontakt,Konsulent,ny@kl.dk,sjaelland\n",
    "meetings_csv": "council,series,date,start,end,place\n"
    "sjaelland,kkr,2027-03-04,09:30,12:30,Sorø\n",
}
NEXT_MEETING = "5"  # one of the demo's meetings to come (its agenda not yet sent)
# The commands whose exit 1 means "something is overdue", and the word that says it.
OVERDUE_WORDS = {"status": "overskredet", "remind": "for sent"}

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner, max_size=3)
    ),
    max_leaves=6,
)


@pytest.fixture(scope="module")
def valid(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    path = tmp_path_factory.mktemp("valid") / "kkr.json"
    build_demo(path)
    data: dict[str, Any] = json.loads(path.read_text())
    return data


def run(db: Path, command: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(["--db", str(db), "--today", TODAY, *command])
    out, err = capsys.readouterr()
    return code, out, err


def filled_in(command: list[str], db: Path) -> list[str]:
    """`command` with its placeholders: input files beside the database, and the demo's
    next meeting (the one `kkr dispatch` and the agenda export are for)."""
    values = {"next_meeting": NEXT_MEETING}
    for name, text in INPUT_FILES.items():
        path = db.with_name(f"{name}.csv")
        path.write_text(text, encoding="utf-8")
        values[name] = str(path)
    return [part.format(**values) for part in command]


def check_every_command(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for command in COMMANDS:
        code, out, err = run(db, filled_in(command, db), capsys)
        assert code in (0, 1, 2), (command, code, err)
        assert "Traceback" not in err, (command, err)
        if code == 1:
            word = OVERDUE_WORDS.get(command[0])
            assert word is not None and word in out.lower(), (command, out, err)


# (table, field, value, commands that read that record); the record is the table's
# last, so for meetings one `kkr status` still reads (a planned meeting to come).
WRONG_TYPES = [
    ("meetings", "place", 0, [["status"], ["meetings"], ["export", "ics"]]),
    ("meetings", "rev", [], [["status"], ["meetings", "--json"]]),
    ("contacts", "name", {"a": 1}, [["export", "csv", "contacts"]]),
    ("members", "mayor", "ja", [["export", "csv", "members"]]),
    ("councils", "seats", None, [["status"], ["meetings"]]),
]


@pytest.mark.parametrize(("table", "field", "value", "commands"), WRONG_TYPES)
def test_a_wrong_type_names_table_id_field_and_value(
    tmp_path: Path,
    valid: dict[str, Any],
    capsys: pytest.CaptureFixture[str],
    table: str,
    field: str,
    value: Any,
    commands: list[list[str]],
) -> None:
    data = json.loads(json.dumps(valid))
    record_id = sorted(data[table], key=int)[-1]
    data[table][record_id][field] = value
    db = tmp_path / "kkr.json"
    db.write_text(json.dumps(data))
    for command in commands:
        code, _out, err = run(db, command, capsys)
        assert code == 2, (command, err)
        assert f"{table}/{record_id}" in err and field in err and json.dumps(value) in err, err


@settings(
    max_examples=int(os.environ.get("KKR_FUZZ_EXAMPLES", "40")),
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data(), value=json_values)
def test_any_field_set_to_any_json_value(
    tmp_path: Path,
    valid: dict[str, Any],
    capsys: pytest.CaptureFixture[str],
    data: st.DataObject,
    value: Any,
) -> None:
    document = json.loads(json.dumps(valid))
    tables = sorted(
        name for name in document if isinstance(document[name], dict) and name != "_meta"
    )
    table = data.draw(st.sampled_from(tables))
    record_id = data.draw(st.sampled_from(sorted(document[table])))
    record = document[table][record_id]
    if isinstance(record, dict) and record:
        field = data.draw(st.sampled_from(sorted(record)))
        record[field] = value
    else:
        document[table][record_id] = value
    db = tmp_path / "kkr.json"
    db.write_text(json.dumps(document))
    check_every_command(db, capsys)
