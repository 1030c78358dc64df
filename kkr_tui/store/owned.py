"""The files a database owns, which no export may overwrite: the database itself, its
lock, its backups, its archive years and its attachment files."""

from __future__ import annotations

from pathlib import Path

from kkr_tui.store.archive import archive_folder
from kkr_tui.store.attachments import bilag_folder
from kkr_tui.store.backups import backup_folder
from kkr_tui.store.locking import lock_path_of


def is_owned_by(db_path: Path, target: Path | str) -> bool:
    """Would writing `target` replace one of the database's own files?"""
    db = db_path.resolve()
    path = Path(target).expanduser().resolve()
    if path in (db, lock_path_of(db).resolve()):
        return True
    for folder in (backup_folder(db), archive_folder(db), bilag_folder(db)):
        if path.is_relative_to(folder.resolve()) and path.name.startswith(db.stem):
            return True
        if folder.name.endswith(".bilag") and path.is_relative_to(folder.resolve()):
            return True
    return False
