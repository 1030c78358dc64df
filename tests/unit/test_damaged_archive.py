"""A damaged archive year is reported as such, naming the year and offering `kkr backup
restore`; the rest keeps working and nothing crashes (issue 19, point 5)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kkr_tui.cli import main
from kkr_tui.domain.models import Contact, MeetingState
from kkr_tui.store import Store, StoreError
from kkr_tui.store.archive import archive_path, archived_years
from tests.pilot import Notices, app_on, pilot_test
from tests.unit.test_archive import a_meeting, fill


@pytest.fixture
def damaged(store: Store, db_path: Path) -> int:
    fill(store, range(2022, 2025))
    year = min(archived_years(db_path))
    archive_path(db_path, year).write_text("{ damaged")
    return year


def run(db: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), "--today", "2026-09-10", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_commands_name_the_year_and_offer_a_restore(
    db_path: Path, damaged: int, capsys: pytest.CaptureFixture[str]
) -> None:
    for command in (["meetings"], ["export", "ics"], ["meetings", "--json"]):
        code, out, err = run(db_path, capsys, *command)
        assert code == 2, (command, err)
        assert f"arkivet for {damaged}" in err and "kkr backup restore" in err, err
        assert "Traceback" not in err
        assert "2024" in out or "2023" in out, (command, out)  # the rest is shown


def test_a_write_that_does_not_need_the_year_works(
    store: Store, db_path: Path, damaged: int, capsys: pytest.CaptureFixture[str]
) -> None:
    source = db_path.parent / "k.csv"
    source.write_text("name\nÅse Ørsted\n")
    code, _out, err = run(db_path, capsys, "import", "contacts", str(source))
    assert code == 0, err
    assert any(c.name == "Åse Ørsted" for c in store.snapshot().contacts)


def test_a_new_meeting_is_refused_while_a_year_is_damaged(
    store: Store, db_path: Path, damaged: int
) -> None:
    """Its id could be one the damaged year already uses."""
    with pytest.raises(StoreError, match=f"arkivet for {damaged}"):
        store.add(a_meeting(2026, 11, MeetingState.PLANNED))
    store.add(Contact(name="Bent"))  # not in the archive: fine


@pilot_test
async def test_the_app_shows_the_damaged_year_once_without_crashing(
    db_path: Path, damaged: int, notices: Notices
) -> None:
    """Every pane, and Årshjul on the damaged year itself: the app keeps running and
    names the year once, with the way back."""
    app = app_on(db_path, demo=False)
    async with app.run_test(size=(100, 30)) as pilot:
        for pane in "12345":
            await pilot.press(pane)
            await pilot.pause()
        await pilot.press("2", "y")
        await pilot.pause()
        await pilot.press("ctrl+u", *str(damaged), "enter")
        await pilot.pause()
        await pilot.press("1", "2")
        await pilot.pause()
        assert app.is_running
    told = [m for m in notices.messages() if f"arkivet for {damaged}" in m]
    assert len(told) == 1, notices.texts()
    assert "kkr backup restore" in told[0]
