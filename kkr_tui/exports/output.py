"""Writing an export to the file the user named: whole or not at all.

The bytes go through the store's one atomic writer (kkr_tui.store.files.write_atomic):
a temporary file in the target's own folder, flushed to disk, renamed over the target,
the folder synced.
A reader - or a calendar server publishing the .ics - sees the old file or the new one,
never half of one; a failure leaves the old file as it was and no temporary behind.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kkr_tui.i18n import os_reason, t
from kkr_tui.store.files import write_atomic
from kkr_tui.store.owned import is_owned_by

# Read/write for everyone the umask allows: an export is meant to be shared.
NEW_FILE_MODE = 0o666


class ExportFileError(Exception):
    """The export cannot be written where asked; the message names the path.

    `errno` is the operating system's error number when there was one (ENOSPC, EACCES,
    ...), so a caller can add advice in the user's language to the system's reason.
    """

    def __init__(self, message: str, errno: int | None = None) -> None:
        super().__init__(message)
        self.errno = errno


@dataclass(frozen=True)
class Target:
    """Where a typed file name would be written, and whether it can be."""

    path: Path  # absolute, ~ expanded, symlinks left as they are
    exists: bool  # a file is there already: writing replaces it
    problem: str = ""  # why it cannot be written ("" when it can)


def check_target(
    text: str,
    *,
    cwd: Path | None = None,
    shown: Callable[[Path], str] = str,
    owner: Path | None = None,
) -> Target:
    """What `write_export(text, ...)` would do, checked before writing (as typed).

    The same refusals as write_export (a folder, a missing folder), plus what is
    better said before anyone presses Save: no name at all, a folder that may not be
    written to, or something that is not a plain file (a device, a pipe) at that name.
    `shown` formats paths in the messages (the UI abbreviates the home folder to ~).
    `owner` is the open database: its own files are refused (see `write_export`).
    A relative name is taken from `cwd` (the current directory by default), as the
    shell's `-o` is. write_export stays the last word: the disk can change meanwhile.
    """
    typed = text.strip()
    base = cwd if cwd is not None else Path.cwd()
    path = base / Path(typed).expanduser() if typed else base
    if not typed:
        return Target(path, False, t("export.file.empty"))
    if typed.endswith(("/", os.sep)) or path.is_dir():
        return Target(path, False, t("export.file.is_dir", path=shown(path)))
    folder = path.parent
    if not folder.is_dir():
        return Target(path, False, t("export.file.no_folder", path=shown(folder)))
    if not os.access(folder, os.W_OK | os.X_OK):
        return Target(path, False, t("export.file.no_access", path=shown(folder)))
    if owner is not None and is_owned_by(owner, path):
        return Target(path, path.exists(), t("export.file.owned", path=shown(path)))
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return Target(path, False)
    except OSError as exc:
        reason = os_reason(exc)
        return Target(path, False, t("export.file.failed", path=shown(path), reason=reason))
    if stat.S_ISLNK(mode):
        return Target(path, True, t("export.file.symlink", path=shown(path)))
    if not stat.S_ISREG(mode):
        return Target(path, True, t("export.file.not_regular", path=shown(path)))
    return Target(path, True)


def write_export(path: Path | str, payload: bytes, owner: Path | None = None) -> Path:
    """Write `payload` to `path` atomically and return the absolute path written.

    Refused: one of the files of `owner` (the open database: itself, its lock, backups,
    archive, attachments) and a symbolic link as the last part of the name. A link in
    a shared folder could send the bytes anywhere the writer (root, say) may write; the
    check is `lstat` and the final rename replaces whatever is at the name without
    following it, which is what O_NOFOLLOW would give.
    """
    target = Path(path).expanduser().absolute()
    if owner is not None and is_owned_by(owner, target):
        raise ExportFileError(t("export.file.owned", path=path))
    if target.is_symlink():
        raise ExportFileError(t("export.file.symlink", path=path))
    if target.is_dir():
        raise ExportFileError(t("export.file.is_dir", path=path))
    folder = target.parent
    if not folder.is_dir():
        raise ExportFileError(t("export.file.no_folder", path=folder))
    try:
        status = os.lstat(target)
    except FileNotFoundError:
        pass
    except OSError as exc:
        message = t("export.file.failed", path=path, reason=os_reason(exc))
        raise ExportFileError(message, exc.errno) from None
    else:
        # Renaming over a device or a pipe would replace it (as root: /dev/null) with a
        # plain file: never what "write the agenda there" means.
        if not stat.S_ISREG(status.st_mode):
            raise ExportFileError(t("export.file.not_regular", path=path))
    try:
        # A file replaced keeps its permissions; a new one is as shared as the umask says.
        write_atomic(target, payload, new_mode=NEW_FILE_MODE)
    except OSError as exc:
        raise ExportFileError(
            t("export.file.failed", path=path, reason=os_reason(exc)), exc.errno
        ) from None
    return target
