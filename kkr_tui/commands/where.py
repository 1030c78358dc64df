"""`kkr where`: which database this user opens and why, and whether it is the one the
secretariat shares (permissions, group, size, last backup, lock), with warnings where
it is probably not what was meant."""

from __future__ import annotations

import grp
import os
import pwd
import stat
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout

from kkr_tui.domain.text import printable
from kkr_tui.i18n import t
from kkr_tui.mail.config import MailConfigError, RouteSource, mail_route, parse_smtp_url
from kkr_tui.mail.transport import outbox_folder
from kkr_tui.store import StoreError, open_store
from kkr_tui.store.backups import backups_of
from kkr_tui.store.locking import lock_path_of
from kkr_tui.store.paths import (
    SYSTEM,
    SettingError,
    choose_db,
    default_db_path,
    read_system_db,
    system_config_path,
)

WHERE_FORMAT = "kkr-where/1"


def describe(option: str | None, path: Path) -> dict[str, Any]:
    """Everything `kkr where` says about the database at `path` (chosen by `option`,
    the environment or a setting; another path means --demo)."""
    choice = choose_db(option)
    source = choice.source if choice.path == path else "demo"
    report: dict[str, Any] = {
        "format": WHERE_FORMAT,
        "path": str(path),
        "source": source,
        "setting": str(choice.setting) if choice.setting and source == choice.source else None,
        "exists": path.exists(),
        "mode": None,
        "owner": None,
        "group": None,
        "folder_mode": None,
        "folder_group": None,
        "shared": False,
        "access": _access(path),
        "size": None,
        "last_backup": None,
        "lock": "free",
        "warnings": list(choice.warnings),
    }
    folder = path.parent
    if folder.is_dir():
        st = folder.stat()
        report["folder_mode"] = stat.filemode(st.st_mode)
        report["folder_group"] = _group_name(st.st_gid)
        report["shared"] = bool(st.st_mode & stat.S_ISGID)
    if report["exists"]:
        st = path.stat()
        report.update(
            mode=stat.filemode(st.st_mode),
            owner=_user_name(st.st_uid),
            group=_group_name(st.st_gid),
            size=st.st_size,
            last_backup=_last_backup(path),
            lock=_lock_state(path),
        )
        if st.st_mode & stat.S_IRWXG and not _in_group(st.st_gid):
            user = _user_name(os.geteuid())
            report["warnings"].append(
                t("where.warn.not_in_group", user=user, group=report["group"])
            )
    report["warnings"] += _setting_warnings(path, source)
    report["mail"] = _mail(path)
    return report


def _mail(path: Path) -> dict[str, Any]:
    """Where a dispatch from this database would send and why: KKR_SMTP_URL, else the
    database's setting (`kkr settings smtp`), else the outbox. No password is read."""

    stored = _stored_smtp_url(path)
    route = mail_route(stored)
    found: dict[str, Any] = {
        "transport": "outbox" if route.source is RouteSource.OUTBOX else "smtp",
        "source": route.source.value,
        "why": route.why,
        "server": None,
        "outbox": None,
        "error": None,
    }
    if route.source is RouteSource.OUTBOX:
        found["outbox"] = str(outbox_folder(path))
        return found
    try:
        found["server"] = parse_smtp_url(route.url, var=route.var).server
    except MailConfigError as exc:
        found["error"] = str(exc)
    return found


def _stored_smtp_url(path: Path) -> str:
    """The database's SMTP setting; '' when the file is missing or cannot be read (the
    report says so elsewhere). Never creates the database."""

    if not path.is_file():
        return ""
    try:
        return open_store(path, create=False, validate_all=False).snapshot().settings.smtp_url
    except (StoreError, OSError):
        return ""


def _setting_warnings(path: Path, source: str) -> list[str]:
    """A private default database beside a system one; a run not using the system's."""
    setting = system_config_path()
    try:
        system_db = read_system_db(setting)
    except SettingError:
        return []  # already among the choice's warnings
    if system_db is None:
        return []
    warnings = []
    private = default_db_path()
    if private.exists() and private != system_db:
        warnings.append(t("where.warn.private_beside_system", private=private, system=system_db))
    if source not in (SYSTEM, "demo") and path != system_db:
        warnings.append(
            t("where.warn.system_not_used", setting=setting, system=system_db, path=path)
        )
    return warnings


def render_text(report: dict[str, Any]) -> str:
    source = report["source"]
    why = (
        t("shell.help.demo")
        if source == "demo"
        else t(f"where.source.{source}", setting=report["setting"])
    )
    lines = [t("where.database", path=report["path"]), f"  {why}"]
    if not report["exists"]:
        lines.append(f"  {t('where.missing')}")
    else:
        lines.append(
            t(
                "where.permissions",
                mode=report["mode"],
                owner=report["owner"],
                group=report["group"],
            )
        )
    if report["folder_mode"] is not None:
        shared = t("where.folder_shared") if report["shared"] else ""
        lines.append(
            t(
                "where.folder",
                mode=report["folder_mode"],
                group=report["folder_group"],
                shared=shared,
            )
        )
    lines.append(t("where.access", access=t(f"where.access.{report['access']}")))
    if report["exists"]:
        lines.append(t("where.size", size=_size(report["size"])))
        backup = report["last_backup"]
        if backup is None:
            lines.append(t("where.no_backup"))
        else:
            lines.append(t("where.backup", name=backup["name"], when=backup["taken"]))
        lines.append(t(f"where.lock.{report['lock']}"))
    mail = report["mail"]
    if mail["error"]:
        lines.append(t("where.mail.error", error=mail["error"]))
    else:
        shown = mail["server"] or mail["outbox"]
        lines.append(t("where.mail", where=f"{shown} ({mail['why']})"))
    lines += [t("where.warning", text=warning) for warning in report["warnings"]]
    return printable("\n".join(lines), single_line=False)


def _access(path: Path) -> str:
    target = path if path.exists() else path.parent
    if os.access(target, os.W_OK) and os.access(path.parent, os.W_OK):
        return "write"
    if os.access(target, os.R_OK):
        return "read"
    return "none"


def _last_backup(path: Path) -> dict[str, str] | None:
    try:
        found = backups_of(path)
    except StoreError:
        return None
    if not found:
        return None
    last = found[-1]
    return {"name": last.name, "taken": last.taken.format("YYYY-MM-DD HH:mm")}


def _lock_state(path: Path) -> str:
    """'free', 'held' (someone is saving) or 'unknown' (the lock file cannot be opened)."""

    lock_path = lock_path_of(path)
    if not lock_path.exists():
        return "free"
    lock = FileLock(str(lock_path), timeout=0)
    try:
        lock.acquire()
    except Timeout:
        return "held"
    except OSError:
        return "unknown"
    lock.release()
    return "free"


def _in_group(gid: int) -> bool:
    return os.geteuid() == 0 or gid == os.getegid() or gid in os.getgroups()


def _user_name(uid: int) -> str:
    try:
        return pwd.getpwuid(uid).pw_name
    except KeyError:
        return str(uid)


def _group_name(gid: int) -> str:
    try:
        return grp.getgrgid(gid).gr_name
    except KeyError:
        return str(gid)


def _size(size: int) -> str:
    return f"{size / 1024:.0f} kB" if size >= 1024 else f"{size} B"
