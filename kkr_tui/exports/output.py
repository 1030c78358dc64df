"""Writing an export to the file the user named: whole or not at all.

The bytes go to a temporary file in the target's own folder (so the final rename is
atomic on one file system), are flushed to disk, and only then renamed over the target.
A reader - or a calendar server publishing the .ics - sees the old file or the new one,
never half of one; a failure leaves the old file as it was and no temporary behind.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from pathlib import Path

from kkr_tui.i18n import t

# Read/write for everyone the umask allows: an export is meant to be shared.
NEW_FILE_MODE = 0o666


class ExportFileError(Exception):
    """The export cannot be written where asked; the message names the path."""


def write_export(path: Path | str, payload: bytes) -> Path:
    """Write `payload` to `path` atomically and return the absolute path written."""
    target = Path(path).expanduser()
    # Through a symlink to its target, so the link stays and the file it names changes.
    target = target.resolve() if target.is_symlink() else target.absolute()
    if target.is_dir():
        raise ExportFileError(t("export.file.is_dir", path=path))
    folder = target.parent
    if not folder.is_dir():
        raise ExportFileError(t("export.file.no_folder", path=folder))
    try:
        mode = stat.S_IMODE(os.stat(target).st_mode)
    except FileNotFoundError:
        mode = None
    except OSError as exc:
        raise ExportFileError(t("export.file.failed", path=path, reason=exc.strerror)) from None
    temp = folder / f".{target.name}.{secrets.token_hex(6)}.tmp"
    try:
        # O_EXCL: never write through a file (or link) someone else put at that name.
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, NEW_FILE_MODE)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(payload)
                handle.flush()
                os.fsync(handle.fileno())
            if mode is not None:
                os.chmod(temp, mode)  # replacing a file keeps its permissions
            os.replace(temp, target)
        except BaseException:
            temp.unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise ExportFileError(
            t("export.file.failed", path=path, reason=exc.strerror or exc)
        ) from None
    _fsync_folder(folder)
    return target


def _fsync_folder(folder: Path) -> None:
    # Makes the rename itself durable; some file systems refuse, which is not an error.
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
