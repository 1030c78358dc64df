"""The inter-process lock: a sidecar `<db>.lock` beside the database, never the data file.

filelock uses flock(2) on Linux: the kernel drops the lock when the holding process
dies (kill -9, a dropped SSH session), so a crashed writer never blocks the others.
The lock file stays in place on release (waiters must share one inode) and is
created 0600, or 0660 in a group-shared folder, like the database itself.
"""

from __future__ import annotations

from pathlib import Path

from kkr_tui.i18n import msg
from kkr_tui.store import files
from kkr_tui.store.errors import StoreError

LOCK_TIMEOUT_S = 15.0
# Waiters retry this often; short, because a whole write takes about a millisecond.
POLL_INTERVAL_S = 0.01


def lock_path_of(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


class Locked:
    """Hold the database's lock for a `with` block; failures name the database."""

    def __init__(self, db_path: Path, timeout: float | None = None) -> None:
        self.db_path = db_path
        self.lock_path = lock_path_of(db_path)
        self.timeout = LOCK_TIMEOUT_S if timeout is None else timeout
        # Imported here: filelock costs ~20 ms to import, and readers never lock.
        from filelock import FileLock

        self._lock = FileLock(
            str(self.lock_path),
            timeout=self.timeout,
            mode=files.new_file_mode(db_path.parent),
        )

    def __enter__(self) -> None:
        from filelock import Timeout

        try:
            self._lock.acquire(poll_interval=POLL_INTERVAL_S)
        except Timeout:
            raise StoreError(
                msg("error.store.locked", seconds=f"{self.timeout:.0f}"), self.db_path
            ) from None
        except PermissionError:
            raise StoreError(
                msg("error.store.lock_no_access", name=self.lock_path.name), self.db_path
            ) from None
        except OSError as exc:
            raise StoreError(
                msg("error.store.lock_unusable", name=self.lock_path.name, reason=exc.strerror),
                self.db_path,
            ) from None

    def __exit__(self, *exc: object) -> None:
        self._lock.release()
