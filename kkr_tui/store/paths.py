"""Which database: --db, else KKR_DB, else the user's setting, else the system's setting,
else kkr.json in the user data folder.

The system setting is what `kkr setup shared` writes on the secretariat's server, so
that every user who gives no --db opens the shared database (and not, silently, an
empty private one). It is a small TOML file in the platform's site config folder
(`/etc/xdg/kkr_tui/config.toml` on Linux; `$KKR_SYSTEM_CONFIG` names another file).
The user's setting is the key `db` in their own settings file (`config.json`, see
kkr_tui.ui.config). A settings file that cannot be read is ignored with a warning
naming it (and the line), never a crash.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any, NamedTuple

from kkr_tui.i18n import os_reason, t

DB_ENV = "KKR_DB"
APP_NAME = "kkr_tui"
DEFAULT_FILENAME = "kkr.json"
CONFIG_DIR_ENV = "KKR_CONFIG_DIR"
USER_CONFIG_FILE = "config.json"
SYSTEM_CONFIG_ENV = "KKR_SYSTEM_CONFIG"
SYSTEM_CONFIG_FILE = "config.toml"

# Why this database (DbChoice.source); `kkr where` says it in words.
OPTION, ENVIRONMENT, USER, SYSTEM, DEFAULT = "option", "environment", "user", "system", "default"


class DbChoice(NamedTuple):
    path: Path
    source: str
    setting: Path | None = None
    """The settings file that named the database (source USER or SYSTEM)."""
    warnings: tuple[str, ...] = ()
    """Settings files that were ignored, and why (already in the user's language)."""


def default_db_path() -> Path:
    # Imported here: platformdirs is only needed when no path was given.
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False) / DEFAULT_FILENAME


def user_config_path(environ: Mapping[str, str] | None = None) -> Path:
    env = os.environ if environ is None else environ
    folder = env.get(CONFIG_DIR_ENV)
    if folder:
        return Path(folder) / USER_CONFIG_FILE
    from platformdirs import user_config_path as platform_user_config

    return platform_user_config(APP_NAME, appauthor=False) / USER_CONFIG_FILE


def system_config_path(environ: Mapping[str, str] | None = None) -> Path:
    env = os.environ if environ is None else environ
    named = env.get(SYSTEM_CONFIG_ENV)
    if named:
        return Path(named)
    from platformdirs import site_config_path

    return site_config_path(APP_NAME, appauthor=False) / SYSTEM_CONFIG_FILE


def choose_db(option: str | None, environ: Mapping[str, str] | None = None) -> DbChoice:
    """The database to use and why, with the warnings of settings files skipped."""
    env = os.environ if environ is None else environ
    if option:
        return DbChoice(Path(option).expanduser(), OPTION)
    if env.get(DB_ENV):
        return DbChoice(Path(env[DB_ENV]).expanduser(), ENVIRONMENT)
    warnings: list[str] = []
    for source, path, reader in (
        (USER, user_config_path(env), _db_from_json),
        (SYSTEM, system_config_path(env), read_system_db),
    ):
        try:
            named = reader(path)
        except SettingError as exc:
            warnings.append(str(exc))
            continue
        if named is not None:
            return DbChoice(named, source, path, tuple(warnings))
    return DbChoice(default_db_path(), DEFAULT, None, tuple(warnings))


class SettingError(Exception):
    """A settings file exists but cannot be used; the message names it (and the line)."""


def read_system_db(path: Path) -> Path | None:
    """The database a system settings file names (None: no file, or no `db` in it)."""
    if not os.path.isfile(path):
        return None
    import tomllib

    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except OSError as exc:
        raise SettingError(
            t("where.setting_unreadable", path=path, reason=os_reason(exc))
        ) from None
    except tomllib.TOMLDecodeError as exc:
        raise SettingError(t("where.setting_bad", path=path, reason=exc)) from None
    return _db_value(data, path)


def _db_from_json(path: Path) -> Path | None:
    if not os.path.isfile(path):
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise SettingError(
            t("where.setting_unreadable", path=path, reason=os_reason(exc))
        ) from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        line = getattr(exc, "lineno", 1)
        raise SettingError(f"{path}:{line}: {exc}") from None
    if not isinstance(data, dict):
        return None  # the theme's loader reports this file's own problems
    return _db_value(data, path)


def _db_value(data: dict[str, Any], path: Path) -> Path | None:
    value = data.get("db")
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise SettingError(t("where.setting_db_not_path", path=path))
    return Path(value).expanduser()
