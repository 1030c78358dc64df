"""File modes for one user and for a secretariat group sharing a folder (setgid)."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pendulum
import pytest

from kkr_tui.domain.models import Contact
from kkr_tui.store import backups as store_backups
from kkr_tui.store import open_store

# Any group id will do for root to hand out; it need not exist in /etc/group.
SECRETARIAT_GID = 4242


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture(autouse=True)
def strict_umask() -> Iterator[None]:
    """The modes below must hold whatever the user's umask; 077 is the strictest."""
    old = os.umask(0o077)
    try:
        yield
    finally:
        os.umask(old)


@pytest.fixture
def first_write_of_a_day(monkeypatch: pytest.MonkeyPatch) -> None:
    moment = pendulum.datetime(2026, 9, 10, 9, 0, 0, tz="Europe/Copenhagen")
    monkeypatch.setattr(store_backups, "wall_clock", lambda: moment)


@pytest.mark.usefixtures("first_write_of_a_day")
def test_private_folder_files_are_for_the_owner_only(tmp_path: Path) -> None:
    db = tmp_path / "kkr.json"
    open_store(db, create=True).add(Contact(name="X"))
    backup = store_backups.list_backups(db)[0]
    assert mode(db) == 0o600
    assert mode(db.with_name("kkr.json.lock")) == 0o600
    assert mode(backup.parent) == 0o700
    assert mode(backup) == 0o600


@pytest.mark.usefixtures("first_write_of_a_day")
def test_group_shared_folder_gives_the_group_read_and_write(tmp_path: Path) -> None:
    if os.geteuid() != 0:
        pytest.skip("needs root to hand the folder to another group")
    shared = tmp_path / "kkr"
    shared.mkdir()
    os.chown(shared, -1, SECRETARIAT_GID)
    shared.chmod(0o2770)
    db = shared / "kkr.json"
    open_store(db, create=True).add(Contact(name="X"))
    backup = store_backups.list_backups(db)[0]
    for path, expected in [
        (db, 0o660),
        (db.with_name("kkr.json.lock"), 0o660),
        (backup.parent, 0o2770),
        (backup, 0o660),
    ]:
        assert (path.name, mode(path)) == (path.name, expected)
        assert (path.name, os.stat(path).st_gid) == (path.name, SECRETARIAT_GID)
    assert not [p for p in shared.iterdir() if p.name.startswith(".kkr-tmp-")]


def test_a_replaced_file_keeps_its_mode_and_group(tmp_path: Path) -> None:
    if os.geteuid() != 0:
        pytest.skip("needs root to hand the file to another group")
    db = tmp_path / "kkr.json"
    store = open_store(db, create=True)
    os.chown(db, -1, SECRETARIAT_GID)
    db.chmod(0o640)
    inode = os.stat(db).st_ino
    store.add(Contact(name="X"))
    assert os.stat(db).st_ino != inode  # really replaced, not written in place
    assert mode(db) == 0o640 and os.stat(db).st_gid == SECRETARIAT_GID
