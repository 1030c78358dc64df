"""The files a database owns, which no export may overwrite: the database itself, its
locks, its backups, its archive years and its attachment files (`<stem>.bilag/`)."""

from __future__ import annotations

import os
from pathlib import Path

from kkr_tui.store.archive import archive_folder
from kkr_tui.store.attachments import bilag_folder
from kkr_tui.store.backups import backup_folder
from kkr_tui.store.locking import lock_path_of, second_lock_path_of


def is_owned_by(db_path: Path, target: Path | str) -> bool:
    """Would writing `target` replace one of the database's own files?

    Compared after resolving the folders (`..`, symlinked folders) and by inode, so
    neither a second name for the folder nor a hard link to the database gets past it.
    Anything inside the backup, archive or attachment folder counts: a write there
    could shadow or replace what a restore needs.
    """
    db = db_path.expanduser().resolve()
    path = Path(target).expanduser()
    path = path.parent.resolve() / path.name
    own_files = (db, lock_path_of(db), second_lock_path_of(db))
    if path in own_files:
        return True
    for folder in (backup_folder(db), archive_folder(db), bilag_folder(db)):
        if path.is_relative_to(folder.resolve()):
            return True
    return any(_same_file(path, own) for own in own_files)


def _same_file(a: Path, b: Path) -> bool:
    try:
        one, two = os.lstat(a), os.stat(b)
    except OSError:
        return False
    return (one.st_dev, one.st_ino) == (two.st_dev, two.st_ino)
