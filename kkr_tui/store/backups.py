"""Backup copies in `backups/` beside the database, newest last, the last 30 kept."""

from __future__ import annotations

import time
from pathlib import Path

from kkr_tui.store.files import write_atomic

KEEP = 30
FOLDER = "backups"


def backup_folder(db_path: Path) -> Path:
    return db_path.parent / FOLDER


def write_backup(db_path: Path, payload: bytes, reason: str) -> Path:
    """Write `payload` (the bytes being replaced) as a new backup and prune old ones."""
    folder = backup_folder(db_path)
    folder.mkdir(mode=0o700, exist_ok=True)
    # Wall-clock time names the copy: a backup is about when it was made, not the as-of day.
    stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime())
    target = folder / f"{db_path.stem}-{stamp}-{reason}.json"
    counter = 1
    while target.exists():
        counter += 1
        target = folder / f"{db_path.stem}-{stamp}-{reason}-{counter}.json"
    write_atomic(target, payload, mode=0o600)
    prune(db_path)
    return target


def list_backups(db_path: Path) -> list[Path]:
    folder = backup_folder(db_path)
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{db_path.stem}-*.json"), key=lambda p: (p.stat().st_mtime, p.name))


def prune(db_path: Path) -> None:
    for old in list_backups(db_path)[:-KEEP]:
        old.unlink(missing_ok=True)
