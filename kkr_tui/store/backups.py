"""Versions of the database in `backups/` beside it, to undo one mistake.

A version is kept before every write (the state that write replaces), before every
migration and before a restore. Names sort in time order:
`<stem>-YYYYMMDD-HHMMSS-<reason>.json`, stamped with the wall-clock time in
Copenhagen. Beside each, `<name>.about.json` says who made the change and what it
was, and `<name>.archive-YYYY.json` holds each archive year as it was then: a version
is the whole database, so a restore puts back the archive too.

The main file and the archive files are only ever replaced whole (renamed over), so a
version is a hard link to the file as it stands under the lock: no copying, however
big the file. Where a link cannot be made the bytes are written.

The attachment files (`<stem>.bilag/`, named by their SHA-256, never changed in place)
are kept once for all versions in `backups/<stem>.bilag/`, each a hard link made when a
version is first taken after the file was attached: a restore (kkr_tui.store.restore)
puts back every file its records name that is gone from the bilag folder, and says
which it could not. That pool is not pruned (while the bilag folder holds a file, its
link there costs no space).

Kept: every version among the newest 200 or younger than 14 days, the first of each
day for 90 days, all under a size cap (oldest go first). Only files matching the
pattern are ever listed, restored or pruned; a restore never prunes.

This module takes, lists and prunes versions; putting one back is
kkr_tui.store.restore.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import time
from dataclasses import dataclass
from pathlib import Path

import pendulum

from kkr_tui.domain.clock import TZ_NAME
from kkr_tui.domain.models import SHA256_RE
from kkr_tui.i18n import msg, os_reason
from kkr_tui.store import files
from kkr_tui.store.archive import archive_path, archived_years
from kkr_tui.store.attachments import bilag_folder
from kkr_tui.store.errors import StoreError, UnknownBackupError

KEEP = 200  # the newest versions kept whatever their age
KEEP_ALL_DAYS = 14  # every version younger than this is kept
KEEP_DAILY_DAYS = 90  # the first version of each day is kept this long
MAX_BYTES = 1024 * 1024 * 1024  # all versions together (counted without hard links)
FOLDER = "backups"
WRITE = "write"
BEFORE_RESTORE = "before-restore"
BEFORE_MIGRATION = "before-migration"
ABOUT = ".about.json"


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
    user: str = ""
    change: str = ""
    archive_years: tuple[int, ...] | None = None  # None: from before archives were kept

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def size(self) -> int:
        return self.path.stat().st_size


def archive_companion(version: Path, year: int) -> Path:
    return Path(f"{version.with_suffix('')}.archive-{year}.json")


def backup_folder(db_path: Path) -> Path:
    return db_path.parent / FOLDER


def kept_attachments_folder(db_path: Path) -> Path:
    """`backups/kkr.bilag/`: the attachment files every version may name."""
    return backup_folder(db_path) / bilag_folder(db_path).name


def _name_pattern(db_path: Path) -> re.Pattern[str]:
    return re.compile(
        rf"^{re.escape(db_path.stem)}-(\d{{8}})-(\d{{6}})-([a-z0-9][a-z0-9-]*)\.json$"
    )


def backups_of(db_path: Path) -> list[Backup]:
    """The backups of this database, oldest first, each with who made it and what it
    holds (its notes, where kept)."""
    folder = backup_folder(db_path)
    try:
        names = os.listdir(folder)
    except (FileNotFoundError, NotADirectoryError):
        return []
    except OSError as exc:
        raise StoreError(
            msg("error.backup.unreadable_folder", reason=os_reason(exc)), folder
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
        backup = Backup(folder / name, taken, match.group(3))
        found.append(_with_about(backup))
    return sorted(found, key=lambda b: (b.taken, b.name))


def _with_about(backup: Backup) -> Backup:
    about = Path(f"{backup.path.with_suffix('')}{ABOUT}")
    try:
        data = json.loads(about.read_text(encoding="utf-8"))
        years = tuple(int(y) for y in data.get("archive", []))
        return Backup(
            backup.path,
            backup.taken,
            backup.reason,
            str(data.get("user", "")),
            str(data.get("change", "")),
            years,
        )
    except (OSError, ValueError, TypeError, AttributeError):
        return backup  # an older version, or notes lost: the version itself still counts


def write_backup(
    db_path: Path,
    payload: bytes,
    reason: str,
    now: pendulum.DateTime | None = None,
    *,
    user: str = "",
    change: str = "",
    prune_old: bool = True,
) -> Path:
    """Keep `payload` (the bytes being replaced) and the archive files as they are now
    as a new version, and prune old ones (unless `prune_old` is False: a restore).

    Call it holding the database lock (two writers must not pick the same name, and
    the files linked must be the ones `payload` was read with).
    """
    folder = backup_folder(db_path)
    if not folder.is_dir():
        try:
            files.ensure_folder(folder)
        except OSError as exc:
            raise StoreError(
                msg("error.backup.cannot_create_folder", reason=os_reason(exc)), folder
            ) from None
    now = (now or wall_clock()).in_timezone(TZ_NAME)
    stamp = now.format("YYYYMMDD-HHmmss")
    target = folder / f"{db_path.stem}-{stamp}-{reason}.json"
    counter = 1
    while target.exists():
        counter += 1
        target = folder / f"{db_path.stem}-{stamp}-{reason}-{counter}.json"
    try:
        _link_or_write(db_path, target, payload, db_path.parent)
        years = archived_years(db_path)
        for year in years:
            kept = _kept_archive_copy(db_path, archive_path(db_path, year), year)
            link_file(kept, archive_companion(target, year), db_path.parent)
        about = {"user": user, "change": change, "archive": list(years)}
        files.write_atomic(
            Path(f"{target.with_suffix('')}{ABOUT}"),
            json.dumps(about, ensure_ascii=False).encode("utf-8"),
            mode=files.new_file_mode(db_path.parent),
            durable=False,  # notes only: a crash that loses them loses no version
        )
        _keep_attachments(db_path)
    except OSError as exc:
        raise StoreError(msg("error.backup.cannot_write", reason=os_reason(exc)), target) from None
    if prune_old and _prune_due(db_path):
        prune(db_path, now=now)
    return target


# When this process last pruned each database's versions. Keeping is counted in days
# and hundreds of writes, so once a minute is soon enough, and a burst of writes (an
# import, several writers at once) does not list and stat every version each time.
_last_pruned: dict[Path, float] = {}
PRUNE_INTERVAL_S = 60.0


def discard(db_path: Path, version: Path) -> None:
    """Remove the version just made (with its notes and archive links)."""
    base = version.name[: -len("json")]
    with contextlib.suppress(OSError):
        for name in os.listdir(version.parent):
            if name == version.name or (name.startswith(base) and _COMPANION.match(name)):
                (version.parent / name).unlink(missing_ok=True)


def _prune_due(db_path: Path) -> bool:
    now = time.monotonic()
    if now - _last_pruned.get(db_path, -PRUNE_INTERVAL_S) < PRUNE_INTERVAL_S:
        return False
    _last_pruned[db_path] = now
    return True


def _link_or_write(source: Path, target: Path, payload: bytes | None, home: Path) -> None:
    """`target` as a hard link to `source` (replaced whole, never changed in place, so
    the link keeps this version), or a copy of `payload` (or of `source`) if no link
    can be made there or `source` no longer holds `payload`."""
    try:
        os.link(source, target)
    except OSError:
        pass
    else:
        if payload is None or target.stat().st_size == len(payload):
            return
        target.unlink()
    data = payload if payload is not None else files.read_bytes(source)
    files.write_atomic(target, data, mode=files.new_file_mode(home))


def kept_archive_folder(db_path: Path) -> Path:
    """`backups/kkr.archive/`: copies of the archive files the versions link to."""
    return backup_folder(db_path) / f"{db_path.stem}.archive"


def _kept_archive_copy(db_path: Path, source: Path, year: int) -> Path:
    """A copy of the archive file `source` as it is now, made once per state of the
    file (named by its inode, time and size) in `backups/kkr.archive/`.

    Versions link to this copy, never to the archive file itself: a file damaged in
    place (an editor, a disk error) would damage every version linked to it. The main
    file needs no copy: a write renames a new file over it, so a version's link is to
    a file no longer in use."""
    st = os.stat(source)
    folder = kept_archive_folder(db_path)
    kept = folder / f"{year}-{st.st_ino}-{st.st_mtime_ns}-{st.st_size}.json"
    if not kept.exists():
        files.ensure_folder(folder, like=os.stat(db_path))
        mode = files.new_file_mode(db_path.parent) & 0o444  # never changed: read-only
        files.write_atomic(kept, files.read_bytes(source), mode=mode)
    return kept


def _keep_attachments(db_path: Path) -> None:
    """Link every attachment file not yet kept into `backups/<stem>.bilag/` (two folder
    listings when nothing is new)."""
    source = bilag_folder(db_path)
    try:
        names = {n for n in os.listdir(source) if SHA256_RE.match(n)}
    except (FileNotFoundError, NotADirectoryError):
        return
    pool = kept_attachments_folder(db_path)
    try:
        kept = set(os.listdir(pool))
    except FileNotFoundError:
        files.ensure_folder(pool, like=os.stat(db_path))
        kept = set()
    for name in sorted(names - kept):
        link_file(source / name, pool / name, db_path.parent)


def link_file(source: Path, target: Path, home: Path) -> None:
    """`target` as a hard link to the unchanging file `source`, else a read-only copy
    (an archive copy or an attachment file: both are never changed in place)."""
    try:
        os.link(source, target)
    except FileExistsError:
        return
    except OSError:
        mode = files.new_file_mode(home) & 0o444  # read-only, as the bilag folder's
        files.write_atomic(target, files.read_bytes(source), mode=mode)


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


_COMPANION = re.compile(r"^(.+)\.(?:about|archive-\d{4})\.json$")


def prune(
    db_path: Path,
    keep: int = KEEP,
    *,
    now: pendulum.DateTime,
    max_bytes: int = MAX_BYTES,
) -> None:
    """Remove the versions the rules above do not keep (with their companions).

    Runs at every write, over what may be thousands of versions: one folder listing,
    names compared as text ("20260910-081500" sorts as the time it says), no notes
    read and no dates parsed."""
    folder = backup_folder(db_path)
    try:
        names = os.listdir(folder)
    except (FileNotFoundError, NotADirectoryError):
        return
    pattern = _name_pattern(db_path)
    versions: list[tuple[str, str]] = []  # (YYYYMMDDHHMMSS, name), oldest first
    companions: dict[str, list[str]] = {}  # "kkr-...-write." -> its other files
    for name in names:
        match = pattern.match(name)
        if match is not None:
            versions.append((match.group(1) + match.group(2), name))
        elif (companion := _COMPANION.match(name)) is not None:
            companions.setdefault(companion.group(1) + ".", []).append(name)
    versions.sort()

    def files_of(name: str) -> list[Path]:
        return [folder / other for other in companions.get(name[: -len("json")], ())] + [
            folder / name
        ]

    def size_of(name: str) -> int:
        size = 0
        for path in files_of(name):
            with contextlib.suppress(OSError):
                size += path.stat().st_size
        return size

    def remove(name: str) -> None:
        for path in files_of(name):
            path.unlink(missing_ok=True)

    now = now.in_timezone(TZ_NAME)
    all_since = now.subtract(days=KEEP_ALL_DAYS).format("YYYYMMDDHHmmss")
    daily_since = now.subtract(days=KEEP_DAILY_DAYS).format("YYYYMMDDHHmmss")
    newest = {name for _stamp, name in versions[-keep:]} if keep > 0 else set()
    kept: list[str] = []
    seen_days: set[str] = set()
    for stamp, name in versions:
        first_of_day = stamp[:8] not in seen_days
        seen_days.add(stamp[:8])
        if name in newest or stamp >= all_since or (first_of_day and stamp >= daily_since):
            kept.append(name)
        else:
            remove(name)
    total = sum(size_of(name) for name in kept)
    while total > max_bytes and len(kept) > 1:
        oldest = kept.pop(0)
        total -= size_of(oldest)
        remove(oldest)
    # Archive copies no version links to any more (a copied version holds its own).
    with contextlib.suppress(FileNotFoundError):
        for entry in os.scandir(kept_archive_folder(db_path)):
            if entry.is_file() and entry.stat().st_nlink == 1:
                os.unlink(entry.path)
