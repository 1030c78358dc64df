"""`-o` and the export dialog never overwrite the database's own files and never write
through a symlink (issue 19, point 3)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kkr_tui.cli import main
from kkr_tui.exports.output import ExportFileError, check_target, write_export
from kkr_tui.store.archive import archive_folder
from kkr_tui.store.backups import backup_folder
from kkr_tui.store.demo import build_demo
from kkr_tui.store.locking import lock_path_of, second_lock_path_of


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "kkr.json"
    build_demo(path)
    return path


def owned_files(db: Path) -> list[Path]:
    backups = backup_folder(db)
    backups.mkdir(exist_ok=True)
    archive = archive_folder(db)
    archive.mkdir(exist_ok=True)
    return [
        db,
        lock_path_of(db),
        second_lock_path_of(db),
        backups / "kkr-2026-04-01.json",
        archive / "kkr-2025.json",
        db.with_name("kkr.bilag") / ("0" * 64),
    ]


@pytest.mark.parametrize("index", range(6))
def test_export_refuses_the_databases_own_files(
    db: Path, index: int, capsys: pytest.CaptureFixture[str]
) -> None:
    target = owned_files(db)[index]
    target.parent.mkdir(exist_ok=True)
    before = db.read_bytes()
    code = main(["export", "ics", "--db", str(db), "-o", str(target)])
    assert code == 2
    err = capsys.readouterr().err
    assert str(target) in err and "databasen" in err and "Traceback" not in err
    assert db.read_bytes() == before


def test_export_refuses_the_database_by_another_name(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = db.read_bytes()
    os.link(db, db.with_name("hardlink.ics"))
    code = main(["export", "ics", "--db", str(db), "-o", str(db.with_name("hardlink.ics"))])
    assert code == 2 and db.read_bytes() == before
    code = main(["export", "ics", "--db", str(db), "-o", str(db.parent / "." / "kkr.json")])
    assert code == 2 and db.read_bytes() == before


def test_a_symlink_is_refused_and_its_target_untouched(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    secret = tmp_path / "root-only.txt"
    secret.write_text("hemmeligt")
    link = tmp_path / "kalender.ics"
    link.symlink_to(secret)
    code = main(["export", "ics", "--db", str(db), "-o", str(link)])
    assert code == 2
    assert "symbolsk link" in capsys.readouterr().err
    assert secret.read_text() == "hemmeligt" and link.is_symlink()
    dangling = tmp_path / "dangling.ics"
    dangling.symlink_to(tmp_path / "new-file")
    assert main(["export", "ics", "--db", str(db), "-o", str(dangling)]) == 2
    assert not (tmp_path / "new-file").exists()


def test_write_export_refuses_a_symlink_planted_after_the_check(tmp_path: Path) -> None:
    secret = tmp_path / "secret"
    secret.write_text("keep")
    link = tmp_path / "out.ics"
    link.symlink_to(secret)
    with pytest.raises(ExportFileError, match="symbolsk link"):
        write_export(link, b"x")
    assert secret.read_text() == "keep"


def test_check_target_says_the_same_as_the_command(db: Path, tmp_path: Path) -> None:
    target = check_target(str(db), owner=db)
    assert "databasen" in target.problem
    link = tmp_path / "link.md"
    link.symlink_to(tmp_path / "x")
    assert "symbolsk link" in check_target(str(link), owner=db).problem
    assert check_target(str(tmp_path / "ok.md"), owner=db).problem == ""
