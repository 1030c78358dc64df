"""A damaged archive year is reported as such, naming the year and offering `kkr backup
restore`; the rest keeps working and nothing crashes (issue 19, point 5)."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from kkr_tui.cli import main
from kkr_tui.domain.models import Contact
from kkr_tui.store import Store, StoreError
from kkr_tui.store.archive import archive_path, archived_years
from kkr_tui.store.demo import DEMO_TODAY
from kkr_tui.ui.app import make_app
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
        store.add(
            a_meeting(
                2026, 11, __import__("kkr_tui.domain.models").domain.models.MeetingState.PLANNED
            )
        )
    store.add(Contact(name="Bent"))  # not in the archive: fine


def test_the_app_shows_the_damaged_year_without_crashing(db_path: Path, damaged: int) -> None:
    app = make_app(db_path, DEMO_TODAY, cursor_blink=False)
    told: list[str] = []
    real_notify = app.notify

    def notify(message: str, **kwargs: object) -> None:
        told.append(str(message))
        real_notify(message, **kwargs)  # type: ignore[arg-type]

    app.notify = notify  # type: ignore[method-assign]

    async def go() -> None:
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.press("2")
            await pilot.pause()
            await pilot.press("y")
            await pilot.pause()
            for key in ("ctrl+u", *str(damaged), "enter"):
                await pilot.press(key)
            await pilot.pause(0.3)
            assert app.is_running

    asyncio.run(go())
    assert any(f"arkivet for {damaged}" in line for line in told), told
