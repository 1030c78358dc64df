"""`kkr setup shared`: the secretariat's shared folder, database and system setting.

Everything is checked before anything is made (folder new or empty, group known, the
right to give files to it, no system setting naming another database); what is then
made is undone if a later step fails, so a refusal or a failure leaves nothing behind.
"""

from __future__ import annotations

import contextlib
import grp
import json
import os
import shutil
import stat
from pathlib import Path
from typing import NamedTuple

from kkr_tui.i18n import os_reason, t
from kkr_tui.store import StoreError, files, open_store
from kkr_tui.store.paths import DEFAULT_FILENAME, SettingError, read_system_db

FOLDER_MODE = 0o2770  # rwx for owner and group, setgid: new files get the folder's group
DB_MODE = 0o660
SETTING_MODE = 0o644  # every user reads which database to open


class SetupError(Exception):
    """The set-up is refused or failed; nothing was left behind."""


class SharedDatabase(NamedTuple):
    folder: Path
    db: Path
    group: str
    setting: Path


def check_group(name: str) -> int:
    """The group's id, if it exists and this process may give files to it."""
    try:
        gid = grp.getgrnam(name).gr_gid
    except KeyError:
        raise SetupError(t("setup.unknown_group", group=name)) from None
    if os.geteuid() != 0 and gid != os.getegid() and gid not in os.getgroups():
        raise SetupError(t("setup.cannot_chown", group=name))
    return gid


def primary_group() -> str:
    return grp.getgrgid(os.getegid()).gr_name


def create_shared(folder: Path, group: str | None, setting: Path) -> SharedDatabase:
    """Make `folder` (2770, `group`), the database in it (0660) and the system setting
    `setting` naming it. Raises SetupError, having made nothing."""
    folder = Path(os.path.abspath(folder.expanduser()))
    group = group or primary_group()
    gid = check_group(group)
    _check_folder(folder)
    try:
        named = read_system_db(setting)
    except SettingError:
        named = None  # a broken setting is replaced (it named nothing usable)
    db = folder / DEFAULT_FILENAME
    if named is not None and named != db:
        raise SetupError(t("setup.config_exists", setting=setting, db=named))
    made: list[Path] = []
    before = folder.stat() if folder.exists() else None
    try:
        if not folder.exists():
            folder.mkdir()
            made.append(folder)
        os.chown(folder, -1, gid)
        os.chmod(folder, FOLDER_MODE)
        _create_database(db)
        os.chmod(db, DB_MODE)
        _write_setting(setting, db, made)
    except (OSError, SetupError) as exc:
        _undo(folder, made, before)
        reason = os_reason(exc) if isinstance(exc, OSError) else str(exc)
        if isinstance(exc, OSError) and exc.filename:
            reason = f"{exc.filename}: {reason}"
        raise SetupError(t("setup.failed", reason=reason)) from None
    return SharedDatabase(folder, db, group, setting)


def _check_folder(folder: Path) -> None:
    if folder.is_symlink() or (folder.exists() and not folder.is_dir()):
        raise SetupError(t("setup.not_folder", folder=folder))
    if folder.is_dir():
        if any(folder.iterdir()):
            raise SetupError(t("setup.not_empty", folder=folder))
    elif not folder.parent.is_dir():
        raise SetupError(t("setup.no_parent", parent=folder.parent))


def _create_database(db: Path) -> None:
    try:
        open_store(db, create=True)
    except StoreError as exc:
        raise SetupError(str(exc)) from None


def _write_setting(setting: Path, db: Path, made: list[Path]) -> None:
    """The system settings file (TOML), written whole or not at all."""

    missing = [p for p in (setting.parent, *setting.parent.parents) if not p.exists()]
    for folder in reversed(missing):
        folder.mkdir(mode=0o755)
        made.append(folder)
    # A TOML basic string is a JSON string for every path (quotes, backslashes escaped).
    text = (
        "# The shared KKR database, for every user who gives no --db or $KKR_DB.\n"
        "# Written by `kkr setup shared`; `kkr where` shows what is used and why.\n"
        f"db = {json.dumps(str(db), ensure_ascii=False)}\n"
    )
    existed = setting.exists()
    files.write_atomic(setting, text.encode("utf-8"), mode=SETTING_MODE)
    if not existed:
        made.append(setting)


def _undo(folder: Path, made: list[Path], before: os.stat_result | None) -> None:
    """Remove what this set-up made: the new settings file and folders, and everything
    in the shared folder (it was new or empty before: its group and mode come back)."""
    for path in reversed(made):
        with contextlib.suppress(OSError):
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path) if path == folder else path.rmdir()
            else:
                path.unlink()
    if before is not None and folder.is_dir():
        for child in folder.iterdir():
            with contextlib.suppress(OSError):
                shutil.rmtree(child) if child.is_dir() else child.unlink()
        with contextlib.suppress(OSError):
            os.chown(folder, -1, before.st_gid)
            os.chmod(folder, stat.S_IMODE(before.st_mode))
