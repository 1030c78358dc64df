"""A version before every write, and `kkr backup list` / `kkr backup restore NAME`
(retention and archives: test_versions.py)."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pendulum
import pytest

from kkr_tui.cli import main
from kkr_tui.domain.models import Contact
from kkr_tui.store import Store, StoreError, open_store
from kkr_tui.store import backups as store_backups
from kkr_tui.store import files as store_files

CPH = "Europe/Copenhagen"


@pytest.fixture
def set_wall_clock(monkeypatch: pytest.MonkeyPatch) -> Callable[[pendulum.DateTime], None]:
    def set_to(moment: pendulum.DateTime) -> None:
        monkeypatch.setattr(store_backups, "wall_clock", lambda: moment)

    return set_to


def backup_names(db_path: Path) -> list[str]:
    return [b.path.name for b in store_backups.backups_of(db_path)]


def test_every_write_keeps_the_state_before_it(
    store: Store, db_path: Path, set_wall_clock: Callable[[pendulum.DateTime], None]
) -> None:
    set_wall_clock(pendulum.datetime(2026, 9, 10, 8, 15, 0, tz=CPH))
    before = db_path.read_bytes()
    store.add(Contact(name="Første"))
    between = db_path.read_bytes()
    store.add(Contact(name="Anden"))  # the same second: a second name
    assert backup_names(db_path) == [
        "kkr-20260910-081500-write-2.json",
        "kkr-20260910-081500-write.json",
    ]
    by_name = {b.path.name: b.path.read_bytes() for b in store_backups.backups_of(db_path)}
    assert by_name["kkr-20260910-081500-write.json"] == before
    assert by_name["kkr-20260910-081500-write-2.json"] == between

    set_wall_clock(pendulum.datetime(2026, 9, 11, 0, 5, 0, tz=CPH))
    before_day_two = db_path.read_bytes()
    other_process = open_store(db_path)
    other_process.add(Contact(name="Tredje"))
    assert backup_names(db_path)[-1] == "kkr-20260911-000500-write.json"
    assert store_backups.backups_of(db_path)[-1].path.read_bytes() == before_day_two


def test_the_day_is_the_day_in_copenhagen(
    store: Store, db_path: Path, set_wall_clock: Callable[[pendulum.DateTime], None]
) -> None:
    # 23:30 UTC on 9 Sep is 01:30 on 10 Sep in Copenhagen (summer time).
    set_wall_clock(pendulum.datetime(2026, 9, 9, 23, 30, 0, tz="UTC"))
    store.add(Contact(name="Natlig"))
    assert backup_names(db_path) == ["kkr-20260910-013000-write.json"]


def test_a_write_a_day_for_35_days_keeps_them_all(
    store: Store, db_path: Path, set_wall_clock: Callable[[pendulum.DateTime], None]
) -> None:
    start = pendulum.datetime(2026, 1, 1, 9, 0, 0, tz=CPH)
    for day in range(35):
        set_wall_clock(start.add(days=day))
        store.add(Contact(name=f"Dag {day}"))
    names = backup_names(db_path)
    assert len(names) == 35  # the first of each day is kept for 90 days
    assert names[0] == "kkr-20260101-090000-write.json"


def test_other_files_in_the_backup_folder_are_left_alone(
    store: Store, db_path: Path, set_wall_clock: Callable[[pendulum.DateTime], None]
) -> None:
    folder = db_path.parent / "backups"
    folder.mkdir()
    strangers = [
        folder / "notes.txt",
        folder / "kkr-old-20260101-000000-daily.json",  # another database's backup
        folder / f"{store_files.TEMP_PREFIX}kkr-20260101-000000-daily.json-x.json",
    ]
    for path in strangers:
        path.write_text("not mine")
    set_wall_clock(pendulum.datetime(2026, 9, 10, 9, 0, 0, tz=CPH))
    store.add(Contact(name="X"))
    store_backups.prune(db_path, keep=0, now=pendulum.datetime(2027, 9, 10, tz=CPH))
    assert all(p.read_text() == "not mine" for p in strangers)
    assert backup_names(db_path) == []


def run_kkr(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_backup_list_shows_name_time_and_reason(
    store: Store,
    db_path: Path,
    set_wall_clock: Callable[[pendulum.DateTime], None],
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run_kkr(capsys, "backup", "list", "--db", str(db_path))
    assert code == 0 and "Ingen sikkerhedskopier" in out
    set_wall_clock(pendulum.datetime(2026, 9, 10, 8, 15, 0, tz=CPH))
    store.add(Contact(name="X"))
    code, out, _ = run_kkr(capsys, "backup", "list", "--db", str(db_path))
    assert code == 0
    line = out.splitlines()[-1]
    assert "kkr-20260910-081500-write.json" in line
    assert "2026-09-10 08:15:00" in line and "tilføjet kontakt X" in line


def test_restore_puts_the_backup_back_and_keeps_what_it_replaced(
    store: Store,
    db_path: Path,
    set_wall_clock: Callable[[pendulum.DateTime], None],
    capsys: pytest.CaptureFixture[str],
) -> None:
    set_wall_clock(pendulum.datetime(2026, 9, 10, 8, 0, 0, tz=CPH))
    original = db_path.read_bytes()
    store.add(Contact(name="Skal fortrydes"))
    replaced = db_path.read_bytes()
    seen_by_app = store.snapshot()
    set_wall_clock(pendulum.datetime(2026, 9, 10, 9, 30, 0, tz=CPH))
    code, out, err = run_kkr(
        capsys, "backup", "restore", "kkr-20260910-080000-write", "--db", str(db_path)
    )
    assert code == 0, err
    assert db_path.read_bytes() == original
    assert "kkr-20260910-093000-before-restore.json" in out
    kept = db_path.parent / "backups" / "kkr-20260910-093000-before-restore.json"
    assert kept.read_bytes() == replaced
    # An open app sees the restore as a change of the file.
    assert store.snapshot() is not seen_by_app
    assert "Skal fortrydes" not in {c.name for c in store.snapshot().contacts}


def test_restore_with_a_bad_name_lists_the_available_ones(
    store: Store,
    db_path: Path,
    set_wall_clock: Callable[[pendulum.DateTime], None],
    capsys: pytest.CaptureFixture[str],
) -> None:
    set_wall_clock(pendulum.datetime(2026, 9, 10, 8, 0, 0, tz=CPH))
    store.add(Contact(name="X"))
    before = db_path.read_bytes()
    code, _, err = run_kkr(capsys, "backup", "restore", "i-går", "--db", str(db_path))
    assert code == 2
    assert "ingen sikkerhedskopi ved navn »i-går«" in err
    assert "Tilgængelige:" in err and "kkr-20260910-080000-write.json" in err
    assert db_path.read_bytes() == before


def test_restore_rescues_a_corrupted_database(
    store: Store,
    db_path: Path,
    set_wall_clock: Callable[[pendulum.DateTime], None],
    capsys: pytest.CaptureFixture[str],
) -> None:
    set_wall_clock(pendulum.datetime(2026, 9, 10, 8, 0, 0, tz=CPH))
    good = db_path.read_bytes()
    store.add(Contact(name="X"))
    db_path.write_bytes(b'{"_meta": {"1": {"app": "kk')  # someone's editor crashed
    code, _, err = run_kkr(
        capsys, "backup", "restore", "kkr-20260910-080000-write.json", "--db", str(db_path)
    )
    assert code == 0, err
    assert db_path.read_bytes() == good
    kept = [b.path for b in store_backups.backups_of(db_path) if "before-restore" in b.path.name]
    assert kept[0].read_bytes() == b'{"_meta": {"1": {"app": "kk'  # even garbage is kept


def test_restore_refuses_a_backup_that_is_not_a_usable_database(
    store: Store, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = db_path.parent / "backups"
    folder.mkdir()
    (folder / "kkr-20260901-120000-daily.json").write_text(
        json.dumps({"_meta": {"1": {"app": "kkr_tui", "schema_version": 99}}})
    )
    before = db_path.read_bytes()
    code, _, err = run_kkr(
        capsys, "backup", "restore", "kkr-20260901-120000-daily", "--db", str(db_path)
    )
    assert code == 2 and "nyere" in err
    assert db_path.read_bytes() == before


def test_restore_onto_a_read_only_database_is_refused(
    store: Store,
    db_path: Path,
    set_wall_clock: Callable[[pendulum.DateTime], None],
    capsys: pytest.CaptureFixture[str],
) -> None:
    set_wall_clock(pendulum.datetime(2026, 9, 10, 8, 0, 0, tz=CPH))
    store.add(Contact(name="X"))
    db_path.chmod(0o444)
    before = db_path.read_bytes()
    code, _, err = run_kkr(
        capsys, "backup", "restore", "kkr-20260910-080000-write", "--db", str(db_path)
    )
    assert code == 2 and "skrivebeskyttet" in err
    assert db_path.read_bytes() == before


def test_restore_of_a_missing_database_recreates_it(
    store: Store,
    db_path: Path,
    set_wall_clock: Callable[[pendulum.DateTime], None],
    capsys: pytest.CaptureFixture[str],
) -> None:
    set_wall_clock(pendulum.datetime(2026, 9, 10, 8, 0, 0, tz=CPH))
    good = db_path.read_bytes()
    store.add(Contact(name="X"))
    db_path.unlink()
    code, out, err = run_kkr(
        capsys, "backup", "restore", "kkr-20260910-080000-write", "--db", str(db_path)
    )
    assert code == 0, err
    assert db_path.read_bytes() == good
    assert "erstattet" not in out  # nothing was replaced, so nothing was kept


def test_a_failed_restore_leaves_the_database_as_it_was(
    store: Store,
    db_path: Path,
    set_wall_clock: Callable[[pendulum.DateTime], None],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    set_wall_clock(pendulum.datetime(2026, 9, 10, 8, 0, 0, tz=CPH))
    store.add(Contact(name="X"))
    before = db_path.read_bytes()
    real_replace = os.replace

    def replace(src: str, dst: str) -> None:
        if Path(dst) == db_path:
            raise OSError(28, "No space left on device")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(StoreError, match=r"intet er gendannet: .*ikke mere plads på disken"):
        store_backups_restore(db_path, "kkr-20260910-080000-write")
    assert db_path.read_bytes() == before


def store_backups_restore(db_path: Path, name: str) -> None:
    from kkr_tui.store.restore import restore_backup

    restore_backup(db_path, name)
