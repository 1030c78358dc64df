"""File modes for one user and for a secretariat group sharing a folder (setgid)."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pendulum
import pytest

from kkr_tui.domain.models import Contact, Meeting, MeetingState, Series
from kkr_tui.store import backups as store_backups
from kkr_tui.store import open_store
from kkr_tui.store.archive import archive_path

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


def add_and_file_a_year(db: Path) -> Path:
    """A contact, and a finished year old enough to go to the archive; its file."""
    with open_store(db, create=True).transaction() as tx:
        tx.add(Contact(name="X"))
        for year, state in ((2020, MeetingState.PUBLISHED), (2026, MeetingState.PLANNED)):
            start = pendulum.datetime(year, 4, 15, 9, tz="Europe/Copenhagen")
            meeting = Meeting("syddanmark", Series.KKR, start, start.add(hours=3), state=state)
            tx.add(meeting)
    return archive_path(db, 2020)


@pytest.mark.usefixtures("first_write_of_a_day")
def test_private_folder_files_are_for_the_owner_only(tmp_path: Path) -> None:
    db = tmp_path / "kkr.json"
    archived = add_and_file_a_year(db)
    backup = store_backups.backups_of(db)[0].path
    assert (mode(archived.parent), mode(archived)) == (0o700, 0o600)
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
    archived = add_and_file_a_year(db)
    backup = store_backups.backups_of(db)[0].path
    for path, expected in [
        (archived.parent, 0o2770),
        (archived, 0o660),
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


SHARED_SESSION = """
import json, os, sys
from pathlib import Path
import pendulum
from kkr_tui.domain.models import Contact
from kkr_tui.store import StoreError, open_store
from kkr_tui.store import backups
from kkr_tui.store.locking import Locked

db, uid, groups = Path(sys.argv[1]), int(sys.argv[2]), json.loads(sys.argv[3])
day, name = sys.argv[4], sys.argv[5]
moment = pendulum.parse(day, tz="Europe/Copenhagen")
backups.wall_clock = lambda: moment
# Load everything lazily imported while still root (the interpreter lives under /root).
scratch = Path(sys.argv[6])
with Locked(scratch):
    pass
open_store(scratch, create=True).add(Contact(name="warm-up"))
os.umask(0o022)  # a careless umask: the folder's setgid bit decides, not this
os.setgroups(groups)
os.setgid(groups[0] if groups else 65534)
os.setuid(uid)
try:
    store = open_store(db, create=True)
    store.add(Contact(name=name))
    print(json.dumps({"ok": True}))
except StoreError as exc:
    print(json.dumps({"ok": False, "error": str(exc)}))
"""


def test_two_secretaries_of_the_group_share_one_database(tmp_path: Path) -> None:
    """Real users: two members of the group take turns writing; an outsider cannot open it."""
    if os.geteuid() != 0:
        pytest.skip("needs root to act as several users")
    root = Path(__file__).resolve().parents[2]
    base = Path(tempfile.mkdtemp(prefix="kkr-shared-"))
    try:
        base.chmod(0o755)
        shared = base / "kkr"
        shared.mkdir()
        os.chown(shared, -1, SECRETARIAT_GID)
        shared.chmod(0o2770)
        db = shared / "kkr.json"

        def session(uid: int, groups: list[int], day: str, name: str) -> dict[str, Any]:
            result = subprocess.run(
                [
                    sys.executable,
                    "-c",
                    SHARED_SESSION,
                    str(db),
                    str(uid),
                    json.dumps(groups),
                    day,
                    name,
                    str(tmp_path / f"scratch-{uid}.json"),
                ],
                cwd=root,
                env={**os.environ, "PYTHONPATH": str(root)},
                capture_output=True,
                text=True,
                timeout=60,
            )
            assert result.returncode == 0, result.stderr
            report: dict[str, Any] = json.loads(result.stdout)
            return report

        assert session(50001, [SECRETARIAT_GID], "2026-09-10T08:00:00", "Fra Hanne")["ok"]
        assert session(50002, [SECRETARIAT_GID], "2026-09-11T08:00:00", "Fra Søren")["ok"]
        outsider = session(50003, [], "2026-09-11T09:00:00", "Udefra")
        assert not outsider["ok"] and str(db) in outsider["error"]

        names = {c.name for c in open_store(db).snapshot().contacts}
        assert {"Fra Hanne", "Fra Søren"} <= names and "Udefra" not in names
        lock = db.with_name("kkr.json.lock")
        assert os.stat(lock).st_uid == 50001  # made by the first, used by the second
        assert (mode(db), os.stat(db).st_gid, os.stat(db).st_uid) == (0o660, SECRETARIAT_GID, 50002)
        # A version before each write: the file replaced (a hard link, its owner's) and
        # its notes, written by the secretary who made the change; all the group's.
        backups = sorted((shared / "backups").iterdir())
        notes = [b for b in backups if b.name.endswith(".about.json")]
        assert [os.stat(b).st_uid for b in notes] == [50001, 50002]
        assert all(mode(b) == 0o660 and os.stat(b).st_gid == SECRETARIAT_GID for b in backups)
    finally:
        shutil.rmtree(base)


@pytest.mark.usefixtures("first_write_of_a_day")
def test_the_archive_is_shared_as_the_database_is(tmp_path: Path) -> None:
    """A database an administrator opened to the group (0660, group kkr) in a folder
    without the setgid bit: the archive follows the file, so every secretary of the
    group can read the history and file the next year."""
    if os.geteuid() != 0:
        pytest.skip("needs root to hand the file to another group")
    folder = tmp_path / "kkr"
    folder.mkdir(mode=0o770)
    db = folder / "kkr.json"
    open_store(db, create=True)
    os.chown(db, -1, SECRETARIAT_GID)
    db.chmod(0o660)
    archived = add_and_file_a_year(db)
    assert (mode(archived.parent), mode(archived)) == (0o770, 0o660)
    assert os.stat(archived.parent).st_gid == os.stat(archived).st_gid == SECRETARIAT_GID
