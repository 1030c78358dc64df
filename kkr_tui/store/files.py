"""Reading and atomically replacing the JSON file. Nothing else touches the bytes.

Why each step of `write_atomic` exists: the temp file lives in the database's own
folder so `os.replace` is a rename on one file system (atomic); fsync of the file
before the rename means a crash cannot leave a renamed-but-empty file; fsync of the
folder after it makes the rename itself durable. A process killed in the middle
leaves at most a `.kkr-tmp-*` file, which nothing ever reads as data and
`remove_stale_temps` deletes (under the lock) once it is clearly abandoned.

Permissions: a new file is 0600, or 0660 in a group-shared folder (one with the
setgid bit, whose new files inherit the folder's group), so one secretariat group
can share one database. A replaced file keeps its mode and, where allowed, its group.
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kkr_tui.i18n import msg, os_reason
from kkr_tui.store.errors import CorruptDatabaseError, StoreError

if TYPE_CHECKING:
    from collections.abc import Callable

TEMP_PREFIX = ".kkr-tmp-"
NEW_FILE_MODE = 0o600
SHARED_FILE_MODE = 0o660
PRIVATE_FOLDER_MODE = 0o700
SHARED_FOLDER_MODE = 0o2770
# A temp file this old belongs to a writer that died: a real write takes milliseconds.
STALE_TEMP_AGE_S = 60.0

# A stat signature identifies one version of the file: os.replace gives a new inode,
# so a change by another process is seen even within one mtime tick. (An inode can
# be reused by a later version; Store.snapshot guards against that, see there.)
Signature = tuple[int, int, int]


def signature(path: Path) -> Signature | None:
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    return _signature_of(st)


def _signature_of(st: os.stat_result) -> Signature:
    return (st.st_ino, st.st_mtime_ns, st.st_size)


def is_group_shared(folder: Path) -> bool:
    """A folder with the setgid bit: the secretariat's shared folder (see README)."""
    try:
        return bool(os.stat(folder).st_mode & stat.S_ISGID)
    except OSError:
        return False  # cannot tell: the private default is the safe one


def new_file_mode(folder: Path) -> int:
    return SHARED_FILE_MODE if is_group_shared(folder) else NEW_FILE_MODE


def new_folder_mode(parent: Path) -> int:
    return SHARED_FOLDER_MODE if is_group_shared(parent) else PRIVATE_FOLDER_MODE


def ensure_folder(folder: Path, like: os.stat_result | None = None) -> None:
    """Create `folder` (beside the database) with the mode its parent calls for; given
    the database file's status `like`, also open to its group if the file is, and in
    the file's group (so whoever may write the database may write here too)."""
    if folder.is_dir():
        return
    mode = new_folder_mode(folder.parent)
    if like is not None and like.st_mode & stat.S_IRWXG:
        mode |= stat.S_IRWXG
    try:
        folder.mkdir(mode=mode)
        os.chmod(folder, mode)  # mkdir's mode is cut by the umask
    except FileExistsError:
        return
    if like is not None and os.stat(folder).st_gid != like.st_gid:
        with contextlib.suppress(PermissionError):
            os.chown(folder, -1, like.st_gid)


def read_bytes(path: Path) -> bytes:
    return read_versioned(path)[1]


def read_versioned(path: Path) -> tuple[Signature, bytes]:
    """The file's bytes and the signature of exactly that version.

    Both come from one open descriptor: the file is only ever replaced whole, never
    changed in place, so the bytes read belong to the inode that was stat'ed.
    """
    try:
        # O_NONBLOCK: a FIFO put in the file's place must not hang the app (regular
        # files ignore the flag); it is then refused as not a regular file.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise StoreError(msg("error.store.gone"), path) from None
    except PermissionError:
        raise StoreError(msg("error.store.no_read_access"), path) from None
    except IsADirectoryError:
        raise StoreError(msg("error.store.is_folder"), path) from None
    except OSError as exc:
        raise StoreError(msg("error.store.cannot_open", reason=os_reason(exc)), path) from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise StoreError(msg("error.store.not_regular"), path)
        chunks = []
        while chunk := os.read(fd, 1 << 20):
            chunks.append(chunk)
    except IsADirectoryError:
        raise StoreError(msg("error.store.is_folder"), path) from None
    except OSError as exc:
        raise StoreError(msg("error.store.cannot_read", reason=os_reason(exc)), path) from None
    finally:
        os.close(fd)
    return _signature_of(st), b"".join(chunks)


def parse(raw: bytes, path: Path) -> Any:
    """Parse the bytes of `path`; a parse error names the file, the line and the column."""
    if not raw.strip():
        raise CorruptDatabaseError(msg("error.store.empty"), path)
    try:
        return json.loads(raw)
    except UnicodeDecodeError as exc:
        raise CorruptDatabaseError(msg("error.store.not_utf8", position=exc.start), path) from None
    except json.JSONDecodeError as exc:
        raise CorruptDatabaseError(
            msg("error.store.bad_json", line=exc.lineno, column=exc.colno, reason=exc.msg), path
        ) from None
    except RecursionError:
        raise CorruptDatabaseError(msg("error.store.too_deep"), path) from None


def read_json(path: Path) -> Any:
    return parse(read_bytes(path), path)


def dumps(data: Any) -> bytes:
    # Indented and key-sorted so a human (or git) can diff two versions of the file.
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")


def temp_prefix(path: Path) -> str:
    """Temp files name their target, so a leftover one tells whose it was."""
    return f"{TEMP_PREFIX}{path.name}-"


def write_atomic(
    path: Path,
    payload: bytes,
    mode: int | None = None,
    group: int | None = None,
    *,
    new_mode: int | None = None,
    before_replace: Callable[[], None] | None = None,
    durable: bool = True,
) -> None:
    """Replace `path` with `payload` so that a reader sees the old or the new file, never half.

    The one way kkr writes a whole file (the database, its backups and archives, an
    export, the user's settings). The new file keeps the mode and group of the one it
    replaces, unless given. A file not there before gets `mode`, else `new_mode` under
    the process umask (an export, meant to be shared), else the database's own
    (`new_file_mode`: private, or the group's in a shared folder). `before_replace` runs
    last before the rename (the new bytes on disk): if it raises, nothing is replaced.
    Not `durable`: no waiting for the disk (a crash may then lose the new file, never
    leave half of it)."""
    folder = path.parent
    try:
        current = os.stat(path)
    except FileNotFoundError:
        current = None
    if current is not None:
        group = current.st_gid if group is None else group
        if mode is None:
            mode = stat.S_IMODE(current.st_mode)
    if mode is None:
        mode = new_file_mode(folder) if new_mode is None else new_mode & ~_umask()
    # Imported here: tempfile pulls in shutil, random and the compression modules, which
    # a reader such as `kkr status` never needs (BENCHMARKS.md).
    import tempfile

    try:
        fd, tmp_name = tempfile.mkstemp(prefix=temp_prefix(path), suffix=".tmp", dir=folder)
    except OSError as exc:
        raise naming(path, exc) from None
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fchmod(handle.fileno(), mode)
            if group is not None and os.fstat(handle.fileno()).st_gid != group:
                # Keep the shared group of the file we replace; a user outside it cannot.
                with contextlib.suppress(PermissionError):
                    os.fchown(handle.fileno(), -1, group)
            if durable:
                os.fsync(handle.fileno())
        if before_replace is not None:
            before_replace()
        os.replace(tmp, path)
    except BaseException as exc:
        tmp.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise naming(path, exc) from None
        raise
    if durable:
        fsync_dir(folder)


def _umask() -> int:
    """The process umask, read without changing it (Linux); else set and put back."""
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    current = os.umask(0o022)
    os.umask(current)
    return current


def naming(path: Path, error: OSError) -> OSError:
    """`error` (ENOSPC from fsync, say, which names no file) as the same kind of OSError
    naming `path`: the file the user asked to write, not the temporary one. Every
    command reports such an error as one line, `kkr: FILE: reason` (exit 2)."""
    return OSError(error.errno, error.strerror or str(error), str(path))


def fsync_dir(folder: Path) -> None:
    """Make a rename in `folder` durable. Some file systems refuse to sync a folder;
    the file is written by then, so that is not a failed write."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def remove_stale_temps(folder: Path, max_age_s: float = STALE_TEMP_AGE_S) -> list[Path]:
    """Delete abandoned `.kkr-tmp-*` files in `folder`; returns what was removed.

    Call it holding the database lock. A temp file younger than `max_age_s` is left
    alone: it may be another database's write in progress in the same folder.
    Only regular files are removed (never a symlink's target or a folder).
    """
    removed: list[Path] = []
    cutoff = time.time() - max_age_s
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        if not entry.name.startswith(TEMP_PREFIX):
            continue
        try:
            st = entry.stat(follow_symlinks=False)
            if stat.S_ISREG(st.st_mode) and st.st_mtime < cutoff:
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError:
            continue  # gone already, or not ours to delete
    return removed
