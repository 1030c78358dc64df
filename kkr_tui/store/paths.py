"""Where the database lives: --db, else KKR_DB, else kkr.json in the user data folder."""

from __future__ import annotations

import os
from pathlib import Path

DB_ENV = "KKR_DB"
APP_NAME = "kkr_tui"
DEFAULT_FILENAME = "kkr.json"


def default_db_path() -> Path:
    # Imported here: platformdirs is only needed when no path was given.
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False) / DEFAULT_FILENAME


def resolve_db_path(option: str | None, environ: dict[str, str] | None = None) -> Path:
    env = os.environ if environ is None else environ
    if option:
        return Path(option).expanduser()
    if env.get(DB_ENV):
        return Path(env[DB_ENV]).expanduser()
    return default_db_path()
