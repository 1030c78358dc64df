"""Putting a version of the database back (`kkr backup restore`).

A version (kkr_tui.store.backups) is the main file, the archive years as they were and
the attachment files its records name. A restore checks the whole version before it
writes anything, keeps what it replaces as a version of its own, then puts back the
archive years, the main file and the missing attachment files, each atomically.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from kkr_tui.domain.models import AgendaItem, Attachment, Meeting
from kkr_tui.i18n import msg, os_reason
from kkr_tui.store import files
from kkr_tui.store.archive import (
    ArchivedYear,
    archive_path,
    archived_years,
    parse_archive,
    read_archive,
)
from kkr_tui.store.attachments import bilag_folder
from kkr_tui.store.backups import (
    BEFORE_RESTORE,
    archive_companion,
    find_backup,
    kept_attachments_folder,
    link_file,
    write_backup,
)
from kkr_tui.store.database import is_read_only, open_store, real_db_path
from kkr_tui.store.errors import ReadOnlyError, StoreError
from kkr_tui.store.locking import Locked
from kkr_tui.store.records import record_of
from kkr_tui.store.schema import SCHEMA_VERSION, check_shape, schema_version_of
from kkr_tui.store.snapshot import snapshot_of


@dataclass(frozen=True)
class Restored:
    """What `restore_backup` did: the version put back, the copy of what it replaced
    (None if there was no database), the attachments its records name that are
    neither in the bilag folder nor kept with the versions (their items keep them), and
    damaged archive years this version does not hold."""

    version: Path
    replaced: Path | None
    missing_attachments: tuple[Attachment, ...] = ()
    # Archive years that cannot be read and are not in this version (filed after it).
    damaged_years: tuple[int, ...] = ()


def restore_backup(db_path: Path | str, name: str) -> Restored:
    """Put version `name` back as the database, its archive and the attachment files
    its records name, atomically per file, under the lock.

    Works on a database that is corrupt or gone (that is when one restores). The
    version is checked first: a file that is not a KKR database, a record that cannot
    be read (a hand-edited `"rev": []`) or a damaged archive year is refused before
    anything is written. What it replaces is kept as a version (`before-restore`); no
    version is ever removed by a restore. A version from an older schema is migrated
    afterwards (with its own version). Returns what was restored and what was not
    (attachment files found nowhere: the records are restored all the same). Raises
    UnknownBackupError (listing the names there are), ReadOnlyError, or StoreError
    (saying what was restored and what not if a write fails halfway).
    """
    path = real_db_path(db_path)
    backup = find_backup(path, name)
    raw = files.read_bytes(backup.path)
    document = files.parse(raw, backup.path)
    version = schema_version_of(document, backup.path)
    needed: list[Attachment] = []
    if version == SCHEMA_VERSION:
        needed += _check_records(document, backup.path)
    parts: list[tuple[int, bytes]] = []
    for year in backup.archive_years or ():
        companion = archive_companion(backup.path, year)
        part = files.read_bytes(companion)
        needed += _check_archive(parse_archive(part, companion, year), companion)
        parts.append((year, part))
    exists = path.exists()
    if exists and is_read_only(path):
        raise ReadOnlyError(msg("error.store.read_only_restore"), path)
    replaced: Path | None = None
    with Locked(path):
        if exists and path.exists():
            replaced = write_backup(
                path, files.read_bytes(path), BEFORE_RESTORE, change=backup.name, prune_old=False
            )
        done: list[str] = []
        try:
            for year, part in parts:  # the archive first, then the main file: see archive.py
                files.ensure_folder(archive_path(path, year).parent)
                files.write_atomic(archive_path(path, year), part)
                done.append(archive_path(path, year).name)
            files.write_atomic(path, raw)
        except OSError as exc:
            failed = {"file": exc.filename or path, "reason": os_reason(exc)}
            if not done:
                raise StoreError(msg("backup.restore.nothing", **failed), path) from None
            restored = ", ".join(done)
            message = msg("backup.restore.partly", done=restored, **failed)
            raise StoreError(message, path) from None
        missing = _put_back_attachments(path, needed)
        # Years filed after this version was taken stay (their meetings' ids must stay
        # taken); one of them that cannot be read is not restored by this version.
        damaged = tuple(
            year
            for year in archived_years(path)
            if year not in (backup.archive_years or ()) and not _readable(path, year)
        )
    if version < SCHEMA_VERSION:
        open_store(path)  # migrates it, with its own version
    return Restored(backup.path, replaced, missing, damaged)


def _readable(db_path: Path, year: int) -> bool:
    try:
        read_archive(db_path, year)
    except StoreError:
        return False
    return True


def _check_archive(part: ArchivedYear, path: Path) -> list[Attachment]:
    """Every record of an archive year readable (StoreError naming the first that is
    not); the attachments its items name."""
    for doc_id, doc in part.meetings.items():
        record_of(Meeting, "meetings", doc_id, doc, path)
    items = [record_of(AgendaItem, "items", i, doc, path) for i, doc in part.items.items()]
    return [attachment for item in items for attachment in item.attachments]


def _check_records(document: object, path: Path) -> list[Attachment]:
    """Every record of a version readable, or StoreError naming the first that is not;
    the attachments its items name."""
    if not isinstance(document, dict):
        raise StoreError(msg("error.store.root_not_object"), path)
    check_shape(document, path)
    snapshot = snapshot_of(document, path, validate_all=True)
    snapshot.members  # noqa: B018 - read now: they are built when first asked for
    snapshot.contacts  # noqa: B018
    return [attachment for item in snapshot.items for attachment in item.attachments]


def _put_back_attachments(db_path: Path, needed: list[Attachment]) -> tuple[Attachment, ...]:
    """Every attachment in `needed` present in the bilag folder with its size, taken
    from the kept ones where it is not; those found nowhere (or not writable) returned."""
    folder = bilag_folder(db_path)
    pool = kept_attachments_folder(db_path)
    missing: dict[str, Attachment] = {}
    for attachment in needed:
        name = attachment.sha256
        if name in missing or _has_size(folder / name, attachment.size):
            continue
        kept = pool / name
        if not _has_size(kept, attachment.size):
            missing[name] = attachment
            continue
        try:
            files.ensure_folder(folder, like=os.stat(db_path))
            (folder / name).unlink(missing_ok=True)  # one changed by hand: the kept one wins
            link_file(kept, folder / name, db_path.parent)
        except OSError:
            missing[name] = attachment
    return tuple(missing.values())


def _has_size(path: Path, size: int) -> bool:
    try:
        return path.stat().st_size == size
    except OSError:
        return False
