"""The inter-process lock: a sidecar `<db>.lock` beside the database, never the data file.

filelock uses flock(2) on Linux: the kernel drops the lock when the holding process
dies (kill -9, a dropped SSH session), so a crashed writer never blocks the others.
The lock file stays in place on release (waiters must share one inode) and is
created 0600, or 0660 in a group-shared folder, like the database itself.

A lock file deleted while writers run (by hand, "it looked stale") would let a newcomer
lock a new file while the holder still holds the old one. So a writer holds two lock
files, always in the same order: `<db>.lock` and `.<db>.lock`. Deleting either
while writers run changes nothing: the other still keeps them apart. Each is taken on
the file that is at its path after taking it (else taken again), so a newcomer never
counts a lock on a file just deleted. Should both go within one write, that write still
checks, right before its rename, that the database is the file it read
(LockLostError, nothing written; Store.apply runs it again on a fresh read).
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import TYPE_CHECKING

from kkr_tui.i18n import msg, os_reason
from kkr_tui.store import files
from kkr_tui.store.errors import StoreError

if TYPE_CHECKING:
    from filelock import BaseFileLock

LOCK_TIMEOUT_S = 15.0
# Waiters retry this often; short, because a whole write takes about a millisecond.
POLL_INTERVAL_S = 0.01


def lock_path_of(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


def second_lock_path_of(db_path: Path) -> Path:
    """The second lock file, hidden beside the first (see the module docstring): one
    `rm kkr.json.lock` or `rm *.lock` does not take both."""
    return db_path.with_name(f".{db_path.name}.lock")


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    return st.st_dev, st.st_ino


class Locked:
    """Hold the database's lock for a `with` block; failures name the database."""

    def __init__(self, db_path: Path, timeout: float | None = None) -> None:
        self.db_path = db_path
        self.lock_path = lock_path_of(db_path)
        self.timeout = LOCK_TIMEOUT_S if timeout is None else timeout
        # Imported here: filelock costs ~20 ms to import, and readers never lock.
        from filelock import FileLock

        mode = files.new_file_mode(db_path.parent)
        self._paths = (self.lock_path, second_lock_path_of(db_path))
        self._locks = [FileLock(str(path), timeout=self.timeout, mode=mode) for path in self._paths]
        self._held = 0

    def __enter__(self) -> Locked:
        deadline = time.monotonic() + self.timeout
        try:
            for path, lock in zip(self._paths, self._locks, strict=True):
                self._take(path, lock, deadline)
                self._held += 1
        except BaseException:
            self.__exit__()
            raise
        return self

    def _take(self, path: Path, lock: BaseFileLock, deadline: float) -> None:
        """Lock the file at `path` (a file deleted or replaced between looking and
        locking, or made just now, is let go and the one in place taken instead)."""
        while True:
            before = _identity(path)
            self._acquire(lock, path, max(0.0, deadline - time.monotonic()))
            if before is not None and _identity(path) == before:
                return
            lock.release()

    def _acquire(self, lock: BaseFileLock, path: Path, timeout: float) -> None:
        from filelock import Timeout

        try:
            lock.acquire(timeout=timeout, poll_interval=POLL_INTERVAL_S)
        except Timeout:
            raise StoreError(
                msg("error.store.locked", seconds=f"{self.timeout:.0f}"), self.db_path
            ) from None
        except PermissionError:
            raise StoreError(
                msg("error.store.lock_no_access", name=path.name), self.db_path
            ) from None
        except OSError as exc:
            raise StoreError(
                msg("error.store.lock_unusable", name=path.name, reason=os_reason(exc)),
                self.db_path,
            ) from None

    def __exit__(self, *exc: object) -> None:
        while self._held:
            self._held -= 1
            self._locks[self._held].release()
