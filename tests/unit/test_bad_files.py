"""Bad database files: each is refused with a message naming the file, and left untouched.

Also the read-only cases: a file nobody may write opens read-only, refuses changes,
and `kkr import` (Context.open_or_create) on it exits 2.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kkr_tui.commands.context import CommandError, Context
from kkr_tui.domain.clock import Clock
from kkr_tui.domain.models import Contact
from kkr_tui.store import ReadOnlyError, Store, StoreError, open_store, schema
from kkr_tui.store.locking import lock_path_of

ROOT = Path(__file__).resolve().parents[2]
META = {"1": {"app": "kkr_tui", "schema_version": schema.SCHEMA_VERSION}}

BAD_CONTENTS: dict[str, tuple[bytes, str]] = {
    "truncated JSON": (b'{"_meta": {"1": {"app": "kkr_tui", "sch', "ugyldig JSON på linje 1"),
    "empty file": (b"", "tom"),
    "only whitespace": (b"  \n\n", "tom"),
    "not UTF-8": (b'{"_meta": "\xff\xfe"}', "UTF-8"),
    "a JSON list": (b"[1, 2, 3]", "ikke en KKR-database"),
    "another program's TinyDB": (b'{"_default": {"1": {"x": 1}}}', "ikke en KKR-database"),
    "a table that is a list": (
        json.dumps({"_meta": META, "meetings": [1, 2]}).encode(),
        "tabellen »meetings« har forkert form",
    ),
    "a document that is a string": (
        json.dumps({"_meta": META, "contacts": {"1": "Hanne"}}).encode(),
        "tabellen »contacts« har en post med forkert form",
    ),
    "a meeting that ends before it starts": (
        json.dumps(
            {
                "_meta": META,
                "meetings": {
                    "1": {
                        "council": "syddanmark",
                        "series": "kkr",
                        "start": "2026-06-15T12:00:00+02:00",
                        "end": "2026-06-15T09:00:00+02:00",
                    }
                },
            }
        ).encode(),
        "ugyldig post meetings/1",
    ),
    "a newer schema": (
        json.dumps({"_meta": {"1": {"app": "kkr_tui", "schema_version": 99}}}).encode(),
        "nyere kkr_tui",
    ),
}


@pytest.mark.parametrize("case", list(BAD_CONTENTS), ids=lambda c: c.replace(" ", "-"))
def test_bad_file_is_refused_naming_it_and_left_untouched(db_path: Path, case: str) -> None:
    content, expected = BAD_CONTENTS[case]
    db_path.write_bytes(content)
    with pytest.raises(StoreError) as info:
        open_store(db_path, create=True)
    assert str(db_path) in str(info.value)
    assert expected in str(info.value)
    assert db_path.read_bytes() == content
    assert not lock_path_of(db_path).exists()  # not even a lock was taken


@pytest.mark.parametrize("case", ["truncated JSON", "a newer schema", "a table that is a list"])
def test_the_app_refuses_a_bad_file_with_exit_2(db_path: Path, case: str) -> None:
    content, expected = BAD_CONTENTS[case]
    db_path.write_bytes(content)
    result = subprocess.run(
        [sys.executable, "-m", "kkr_tui", "--db", str(db_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=30,
    )
    assert result.returncode == 2
    assert str(db_path) in result.stderr and expected in result.stderr
    assert db_path.read_bytes() == content


@pytest.fixture
def world_readable_dir() -> Iterator[Path]:
    """A folder other users can enter (pytest's own tmp folders are private)."""
    folder = Path(tempfile.mkdtemp(prefix="kkr-perm-"))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        for child in folder.iterdir():
            child.unlink()
        folder.rmdir()


def _as_nobody(db: Path) -> dict[str, Any]:
    result = subprocess.run(
        [sys.executable, "-m", "tests.unit.store_worker", "open-as-nobody", str(db)],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 0, result.stderr
    report: dict[str, Any] = json.loads(result.stdout)
    return report


def test_unreadable_file_is_refused_naming_it(world_readable_dir: Path) -> None:
    db = world_readable_dir / "kkr.json"
    open_store(db, create=True)
    db.chmod(0o600)
    before = db.read_bytes()
    if os.geteuid() == 0:
        refusal = _as_nobody(db)["refused"]  # root reads anything; ask another user
    else:
        db.chmod(0o000)
        with pytest.raises(StoreError) as info:
            open_store(db)
        refusal = str(info.value)
        db.chmod(0o600)
    assert refusal is not None
    assert str(db) in refusal and "ingen læseadgang" in refusal
    assert db.read_bytes() == before


def test_folder_that_cannot_be_entered_is_refused_naming_the_file(tmp_path: Path) -> None:
    """pytest's tmp folders are private to root: another user cannot even stat the file."""
    if os.geteuid() != 0:
        pytest.skip("needs root to act as another user")
    db = tmp_path / "kkr.json"
    open_store(db, create=True)
    refusal = _as_nobody(db)["refused"]
    assert refusal is not None and str(db) in refusal


def test_symlinked_database_is_written_through_to_its_target(tmp_path: Path) -> None:
    real_folder = tmp_path / "shared"
    real = real_folder / "kkr.json"
    open_store(real, create=True)
    link = tmp_path / "mine.json"
    link.symlink_to(real)
    store = open_store(link)
    assert store.path == real
    store.add(Contact(name="Via Linket"))
    assert link.is_symlink() and link.resolve() == real  # the link is still a link
    assert "Via Linket" in real.read_text()
    assert lock_path_of(real).exists() and not lock_path_of(link).exists()
    assert (real_folder / "backups").is_dir() and not (tmp_path / "backups").exists()


def test_relative_symlink_is_resolved_from_its_own_folder(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    open_store(tmp_path / "data" / "kkr.json", create=True)
    link = tmp_path / "links" / "kkr.json"
    link.parent.mkdir()
    link.symlink_to(Path("..") / "data" / "kkr.json")
    assert open_store(link).path == tmp_path / "data" / "kkr.json"


def test_dangling_symlink_is_refused_not_created(tmp_path: Path) -> None:
    link = tmp_path / "kkr.json"
    link.symlink_to(tmp_path / "gone" / "kkr.json")
    with pytest.raises(StoreError, match=r"symbolsk link til .* som ikke findes") as info:
        open_store(link, create=True)
    assert str(link) in str(info.value)
    assert not (tmp_path / "gone").exists()


def test_symlink_loop_is_refused(tmp_path: Path) -> None:
    link = tmp_path / "kkr.json"
    link.symlink_to(link)
    with pytest.raises(StoreError, match="i ring"):
        open_store(link, create=True)


def test_fifo_is_refused_without_hanging(tmp_path: Path) -> None:
    fifo = tmp_path / "kkr.json"
    os.mkfifo(fifo)
    with pytest.raises(StoreError, match="ikke en almindelig fil"):
        open_store(fifo, create=True)


def test_read_only_file_opens_read_only_and_refuses_changes(store: Store, db_path: Path) -> None:
    """0444: no one may write. Root could, so the mode bits are what counts."""
    db_path.chmod(0o444)
    before = db_path.read_bytes()
    reopened = open_store(db_path)
    assert reopened.readonly
    assert len(reopened.snapshot().councils) == 5
    with pytest.raises(ReadOnlyError) as info:
        reopened.add(Contact(name="Ny"))
    assert str(db_path) in str(info.value)
    assert db_path.read_bytes() == before
    assert not (db_path.parent / "backups").exists()


def test_read_only_folder_opens_read_only(store: Store, db_path: Path) -> None:
    db_path.parent.chmod(0o555)
    try:
        assert open_store(db_path).readonly
    finally:
        db_path.parent.chmod(0o755)


def test_file_another_user_may_not_write_opens_read_only(world_readable_dir: Path) -> None:
    if os.geteuid() != 0:
        pytest.skip("needs root to act as another user")
    db = world_readable_dir / "kkr.json"
    open_store(db, create=True)
    db.chmod(0o644)  # readable by all, writable by root only
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import os, sys\n"
            "from pathlib import Path\n"
            "from kkr_tui.store import open_store\n"
            # The interpreter's own library may be unreadable to nobody (here it lives
            # under /root), so the stdlib modules the store imports lazily come first.
            "import hashlib\n"
            "os.setgroups([]); os.setgid(65534); os.setuid(65534)\n"
            "print(open_store(Path(sys.argv[1])).readonly)\n",
            str(db),
        ],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "True"


def test_writing_commands_refuse_a_read_only_database_with_exit_2(
    store: Store, db_path: Path
) -> None:
    db_path.chmod(0o444)
    context = Context(db_path=db_path, clock=Clock(), lang="da")
    with pytest.raises(CommandError, match="skrivebeskyttet") as info:
        context.open_or_create()
    assert str(db_path) in str(info.value)
    assert context.open_existing().readonly  # reading commands still work


def test_database_deleted_while_open_says_so_on_the_next_write(store: Store, db_path: Path) -> None:
    db_path.unlink()
    with pytest.raises(StoreError, match="findes ikke") as info:
        store.add(Contact(name="X"))
    assert str(db_path) in str(info.value)
    assert not db_path.exists()  # not silently re-created with only this change


def test_fifo_put_in_place_of_an_open_database_does_not_hang_a_reader(
    store: Store, db_path: Path
) -> None:
    db_path.unlink()
    os.mkfifo(db_path)
    with pytest.raises(StoreError, match="ikke en almindelig fil"):
        store.snapshot()


@pytest.mark.parametrize(
    ("what", "csv"),
    [
        ("meetings", "council,date,start,end\nsjaelland,9-4-2026,9:30,12:30\n"),
        ("contacts", "name,email\nNy Kontakt,ny@eksempel.dk\n"),
    ],
)
def test_kkr_import_on_a_read_only_database_is_exit_2(
    store: Store,
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    what: str,
    csv: str,
) -> None:
    from kkr_tui.cli import main

    source = tmp_path / f"{what}.csv"
    source.write_text(csv, encoding="utf-8")
    db_path.chmod(0o444)
    before = db_path.read_bytes()
    assert main(["--db", str(db_path), "import", what, str(source)]) == 2
    err = capsys.readouterr().err
    assert "skrivebeskyttet" in err and str(db_path) in err
    assert db_path.read_bytes() == before
