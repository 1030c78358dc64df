"""A hand-edited record the app cannot read at start (`"rev": []` on a meeting) ends
`kkr` with one line naming table, id, field and value, status 2: never a traceback or
exit 1 (issue 19, point 7). The app reads the file before Textual starts, so this is
the error path of every command (kkr_tui.cli)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from kkr_tui import cli
from kkr_tui.store import StoreError
from kkr_tui.store.demo import DEMO_TODAY, build_demo
from kkr_tui.ui.app import make_app
from tests.pilot import Notices, app_on, pilot_test


def hand_edited(tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "kkr.json"
    build_demo(path)
    data = json.loads(path.read_text())
    last = sorted(data["meetings"], key=int)[-1]
    data["meetings"][last]["rev"] = []
    path.write_text(json.dumps(data))
    return path, f"meetings/{last}: rev: [] er ikke et heltal"


def test_the_app_is_not_built_on_a_record_it_cannot_read(tmp_path: Path) -> None:
    path, message = hand_edited(tmp_path)
    with pytest.raises(StoreError, match=re.escape(message)):
        make_app(path, DEMO_TODAY, cursor_blink=False)


def test_kkr_ends_with_the_message_and_status_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path, message = hand_edited(tmp_path)
    monkeypatch.setattr(cli, "require_terminal", lambda context: None)  # as in a terminal
    assert cli.main(["--db", str(path), "--today", DEMO_TODAY.to_date_string()]) == 2
    err = capsys.readouterr().err
    assert err.startswith("kkr: ") and message in err and "Traceback" not in err


@pytest.mark.parametrize("table", ["contacts", "members", "bodies", "appointments", "fora"])
def test_a_record_read_only_when_asked_for_is_read_before_the_app_starts(
    tmp_path: Path, table: str
) -> None:
    """Oversigt counts the contacts as it mounts: a bad contact must not get that far
    (it ended the app as an internal error, exit 3). Likewise every table a pane reads
    from the state drawn at start (Oversigt the members, bodies and appointments; the
    Årshjul, prepared just after the first paint, the fora): read in the background
    instead, a bad forum ended `kkr` as an internal error (exit 3) once the Årshjul was
    prepared, where it says which record and exits 2 before the app starts."""
    path = tmp_path / "kkr.json"
    build_demo(path)
    data = json.loads(path.read_text())
    first = sorted(data[table], key=int)[0]
    data[table][first]["rev"] = []
    path.write_text(json.dumps(data))
    with pytest.raises(StoreError, match=re.escape(f"{table}/{first}: rev: []")):
        make_app(path, DEMO_TODAY, cursor_blink=False)


@pilot_test
async def test_a_record_edited_by_hand_while_the_app_runs_is_said_not_crashed(
    tmp_path: Path, notices: Notices
) -> None:
    path = tmp_path / "kkr.json"
    build_demo(path)
    app = app_on(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("4")
        await pilot.pause()
        data = json.loads(path.read_text())
        first = sorted(data["contacts"], key=int)[0]
        data["contacts"][first]["rev"] = []
        path.write_text(json.dumps(data))
        assert app.live.check() is False  # not redrawn from it
        for pane in "1234":
            await pilot.press(pane)
            await pilot.pause()
        assert app.is_running
    assert f"contacts/{first}: rev: []" in notices.texts()
