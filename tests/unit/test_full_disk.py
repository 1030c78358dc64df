"""Every command that writes turns an OS error into one line naming the file and the
reason, exit 2, and leaves the old file as it was (issue 19, point 4; the command half).

The disk is made full by making every fsync fail with ENOSPC, as a full file system
does at the latest when the data must reach the disk.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from kkr_tui.cli import main
from kkr_tui.store.demo import build_demo

CONTACTS = "name,title,organisation,unit,email,phone,councils\nÅse Ørsted,,,,,,\n"
MEETINGS = "council,series,date,start,end,place\nsjaelland,kkr,2027-03-11,09:30,12:00,Ringsted\n"
MEMBERS = "council,name,municipality,party,role\nsjaelland,Åse Ørsted,Roskilde,,\n"


# What the store's message says of ENOSPC (kkr_tui/i18n/oserror.py), not the C library's
# English "No space left on device".
DISK_FULL = "der er ikke mere plads på disken"


def full_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_space(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", no_space)


@pytest.mark.parametrize(
    ("kind", "text"), [("contacts", CONTACTS), ("meetings", MEETINGS), ("members", MEMBERS)]
)
def test_import_on_a_full_disk(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    kind: str,
    text: str,
) -> None:
    db = tmp_path / "kkr.json"
    build_demo(db)
    before = db.read_bytes()
    source = tmp_path / "in.csv"
    source.write_text(text)
    full_disk(monkeypatch)
    assert main(["--db", str(db), "import", kind, str(source)]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1, err
    assert "Traceback" not in err and DISK_FULL in err
    assert str(tmp_path) in err  # the file that could not be written: the database or its version
    assert db.read_bytes() == before
    assert not [p for p in tmp_path.rglob(".kkr-tmp-*")], "no temporary file left"


def test_a_new_database_on_a_full_disk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "kkr.json"
    source = tmp_path / "in.csv"
    source.write_text(CONTACTS)
    full_disk(monkeypatch)
    assert main(["--db", str(db), "import", "contacts", str(source)]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and DISK_FULL in err, err


def test_backup_restore_on_a_full_disk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "kkr.json"
    build_demo(db)
    assert main(["--db", str(db), "backup", "list"]) == 0
    names = [line.split()[0] for line in capsys.readouterr().out.splitlines() if "kkr-" in line]
    if not names:
        pytest.skip("the demo has no backup to restore")
    before = db.read_bytes()
    full_disk(monkeypatch)
    assert main(["--db", str(db), "backup", "restore", names[0]]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and DISK_FULL in err, err
    assert db.read_bytes() == before
