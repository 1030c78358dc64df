"""Backup copies in `backups/` beside the database, the last 30 kept.

A copy is written before every migration, before a restore, and on the first write
of each day (the state as it was before that day's first change). Names sort in
time order: `<stem>-YYYYMMDD-HHMMSS-<reason>.json`, stamped with the wall-clock time
in Copenhagen. Only files matching that pattern are ever listed, restored or pruned,
so a temp file or someone's own notes in the folder are left alone.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

import pendulum

from kkr_tui.domain.clock import TZ_NAME
from kkr_tui.i18n import msg
from kkr_tui.store import files
from kkr_tui.store.errors import ReadOnlyError, StoreError, UnknownBackupError
from kkr_tui.store.locking import Locked
from kkr_tui.store.schema import SCHEMA_VERSION, schema_version_of

KEEP = 30
FOLDER = "backups"
DAILY = "daily"
BEFORE_RESTORE = "before-restore"
BEFORE_MIGRATION = "before-migration"


def wall_clock() -> pendulum.DateTime:
    """The real time in Copenhagen.

    Not the app's Clock: `--today` may pretend another day, but a backup is about
    when it was really made. Tests replace this function.
    """
    return pendulum.now(TZ_NAME)


@dataclass(frozen=True)
class Backup:
    path: Path
    taken: pendulum.DateTime
    reason: str

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def size(self) -> int:
        return self.path.stat().st_size


def backup_folder(db_path: Path) -> Path:
    return db_path.parent / FOLDER


def _name_pattern(db_path: Path) -> re.Pattern[str]:
    return re.compile(
        rf"^{re.escape(db_path.stem)}-(\d{{8}})-(\d{{6}})-([a-z0-9][a-z0-9-]*)\.json$"
    )


def backups_of(db_path: Path) -> list[Backup]:
    """The backups of this database, oldest first."""
    folder = backup_folder(db_path)
    try:
        names = os.listdir(folder)
    except (FileNotFoundError, NotADirectoryError):
        return []
    except OSError as exc:
        raise StoreError(
            msg("error.backup.unreadable_folder", reason=exc.strerror), folder
        ) from None
    pattern = _name_pattern(db_path)
    found = []
    for name in names:
        match = pattern.match(name)
        if match is None or not (folder / name).is_file():
            continue
        try:
            taken = pendulum.from_format(
                match.group(1) + match.group(2), "YYYYMMDDHHmmss", tz=TZ_NAME
            )
        except ValueError:
            continue
        found.append(Backup(folder / name, taken, match.group(3)))
    return sorted(found, key=lambda b: (b.taken, b.name))


def list_backups(db_path: Path) -> list[Path]:
    return [b.path for b in backups_of(db_path)]


def write_backup(
    db_path: Path, payload: bytes, reason: str, now: pendulum.DateTime | None = None
) -> Path:
    """Write `payload` (the bytes being replaced) as a new backup and prune old ones.

    Call it holding the database lock (two writers must not pick the same name).
    """
    folder = backup_folder(db_path)
    if not folder.is_dir():
        try:
            files.ensure_folder(folder)
        except OSError as exc:
            raise StoreError(
                msg("error.backup.cannot_create_folder", reason=exc.strerror), folder
            ) from None
    stamp = (now or wall_clock()).in_timezone(TZ_NAME).format("YYYYMMDD-HHmmss")
    target = folder / f"{db_path.stem}-{stamp}-{reason}.json"
    counter = 1
    while target.exists():
        counter += 1
        target = folder / f"{db_path.stem}-{stamp}-{reason}-{counter}.json"
    try:
        files.write_atomic(target, payload, mode=files.new_file_mode(db_path.parent))
    except OSError as exc:
        raise StoreError(msg("error.backup.cannot_write", reason=exc.strerror), target) from None
    prune(db_path)
    return target


def has_backup_of_day(db_path: Path, day: pendulum.Date, reason: str = DAILY) -> bool:
    return any(b.taken.date() == day and b.reason.startswith(reason) for b in backups_of(db_path))


def ensure_daily_backup(
    db_path: Path, payload: bytes, now: pendulum.DateTime | None = None
) -> Path | None:
    """Before the first write of the day: keep `payload` (the state it replaces)."""
    now = (now or wall_clock()).in_timezone(TZ_NAME)
    if has_backup_of_day(db_path, now.date()):
        return None
    return write_backup(db_path, payload, DAILY, now)


def find_backup(db_path: Path, name: str) -> Backup:
    """The backup called `name` (with or without .json); UnknownBackupError otherwise."""
    wanted = name.strip()
    if not wanted.endswith(".json"):
        wanted += ".json"
    available = backups_of(db_path)
    for backup in available:
        if backup.name == wanted:
            return backup
    raise UnknownBackupError(name, backup_folder(db_path), [b.name for b in available])


def prune(db_path: Path, keep: int = KEEP) -> None:
    found = backups_of(db_path)
    for old in found[: max(len(found) - keep, 0)]:
        old.path.unlink(missing_ok=True)


def restore_backup(db_path: Path | str, name: str) -> tuple[Path, Path | None]:
    """Put backup `name` back as the database, atomically, under the lock.

    Works on a database that is corrupt or gone (that is when one restores). The
    version it replaces is itself kept as a backup first. A backup from an older
    schema is migrated afterwards (with its own backup). Returns the restored
    backup's path and the path of the copy of what was replaced (None if nothing).
    Raises UnknownBackupError (listing the names there are), ReadOnlyError, or
    StoreError for a backup that is not a usable KKR database.
    """
    # The store imports this module only when it writes; restoring needs the store.
    from kkr_tui.store.database import is_read_only, open_store, real_db_path

    path = real_db_path(db_path)
    backup = find_backup(path, name)
    raw = files.read_bytes(backup.path)  # read first: pruning below may remove it
    version = schema_version_of(files.parse(raw, backup.path), backup.path)
    exists = path.exists()
    if exists and is_read_only(path):
        raise ReadOnlyError(msg("error.store.read_only_restore"), path)
    replaced: Path | None = None
    with Locked(path):
        if exists and path.exists():
            replaced = write_backup(path, files.read_bytes(path), BEFORE_RESTORE)
        files.write_atomic(path, raw)
    if version < SCHEMA_VERSION:
        open_store(path)  # migrates it, with its own backup
    return backup.path, replaced
