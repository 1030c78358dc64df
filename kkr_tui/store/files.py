"""Reading and atomically replacing the JSON file. Nothing else touches the bytes.

Why each step of `write_atomic` exists: the temp file lives in the database's own
folder so `os.replace` is a rename on one file system (atomic); fsync of the file
before the rename means a crash cannot leave a renamed-but-empty file; fsync of the
folder after it makes the rename itself durable.
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any

from kkr_tui.store.errors import CorruptDatabaseError, StoreError

TEMP_PREFIX = ".kkr-tmp-"
NEW_FILE_MODE = 0o600

# A stat signature identifies one version of the file: os.replace gives a new inode,
# so a change by another process is seen even within one mtime tick.
Signature = tuple[int, int, int]


def signature(path: Path) -> Signature | None:
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    return (st.st_ino, st.st_mtime_ns, st.st_size)


def read_json(path: Path) -> Any:
    """Parse the file; a parse error names the file, the line and the column."""
    try:
        raw = path.read_bytes()
    except PermissionError:
        raise StoreError("filen kan ikke læses (ingen læseadgang)", path) from None
    except IsADirectoryError:
        raise StoreError("er en mappe, ikke en databasefil", path) from None
    except OSError as exc:
        # E.g. an I/O error, a name too long, or a symlink loop: say what the system said.
        raise StoreError(f"filen kan ikke læses: {exc.strerror or exc}", path) from None
    if not raw.strip():
        raise CorruptDatabaseError("filen er tom - ikke en KKR-database", path)
    try:
        return json.loads(raw)
    except UnicodeDecodeError as exc:
        raise CorruptDatabaseError(f"ikke UTF-8 (byte {exc.start})", path) from None
    except json.JSONDecodeError as exc:
        raise CorruptDatabaseError(
            f"ugyldig JSON på linje {exc.lineno}, kolonne {exc.colno} ({exc.msg})", path
        ) from None


def dumps(data: Any) -> bytes:
    # Indented and key-sorted so a human (or git) can diff two versions of the file.
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")


def write_atomic(path: Path, payload: bytes, mode: int | None = None) -> None:
    """Replace `path` with `payload` so that a reader sees the old or the new file, never half."""
    # Imported here: tempfile pulls in shutil, random and the compression modules, which
    # a reader such as `kkr status` never needs.
    import tempfile

    folder = path.parent
    if mode is None:
        try:
            mode = stat.S_IMODE(os.stat(path).st_mode)
        except FileNotFoundError:
            mode = NEW_FILE_MODE
    fd, tmp_name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=".json", dir=folder)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(folder)


def fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
