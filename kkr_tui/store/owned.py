"""The files a database owns, which no export may overwrite: the database itself, its
lock, its backups, its archive years and its attachment files (`<stem>.bilag/`)."""

from __future__ import annotations

import os
from pathlib import Path

from kkr_tui.store.archive import archive_folder
from kkr_tui.store.backups import backup_folder
from kkr_tui.store.locking import lock_path_of


def bilag_folder_of(db_path: Path) -> Path:
    """`kkr.json` -> `kkr.bilag` beside it, where attachment files are kept."""
    return db_path.with_name(f"{db_path.stem}.bilag")


def is_owned_by(db_path: Path, target: Path | str) -> bool:
    """Would writing `target` replace one of the database's own files?

    Compared after resolving both (`..`, symlinked folders) and by inode, so neither a
    second name for the folder nor a hard link to the database gets past it.
    """
    db = db_path.expanduser().resolve()
    path = Path(target).expanduser()
    path = path.parent.resolve() / path.name
    if path in (db, lock_path_of(db)):
        return True
    for folder in (backup_folder(db), archive_folder(db), bilag_folder_of(db)):
        if path.is_relative_to(folder.resolve()):
            return True
    return any(_same_file(path, own) for own in (db, lock_path_of(db)))


def _same_file(a: Path, b: Path) -> bool:
    try:
        one, two = os.lstat(a), os.stat(b)
    except OSError:
        return False
    return (one.st_dev, one.st_ino) == (two.st_dev, two.st_ino)
