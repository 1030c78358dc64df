"""The user's own small settings (today: the colour theme), in the platform config folder.

`$KKR_CONFIG_DIR` overrides the folder (tests point it at a temporary one). The file is
read once at start and written, atomically, when a setting changes. A broken file never
stops the app: it is ignored and the user is told why.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kkr_tui.i18n import t


@dataclass(frozen=True)
class UiConfig:
    theme: str | None = None
    other: dict[str, Any] = field(default_factory=dict)
    """Settings this version does not know (from a newer kkr_tui): kept when saving."""


class ConfigError(Exception):
    """The settings file exists but cannot be used; the message says why."""


def load_config(path: Path) -> UiConfig:
    """The settings in `path`; defaults if there is no file. Raises ConfigError."""
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return UiConfig()
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(str(exc)) from None
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise ConfigError(t("keys.config.bad_json", line=exc.lineno, column=exc.colno)) from None
    if not isinstance(data, dict):
        raise ConfigError(t("keys.config.not_object"))
    theme = data.get("theme")
    if theme is not None and not isinstance(theme, str):
        raise ConfigError(t("keys.config.bad_theme"))
    other = {key: value for key, value in data.items() if key != "theme"}
    return UiConfig(theme=theme, other=other)


def save_config(path: Path, config: UiConfig) -> None:
    """Write `config` to `path` atomically (temp file in the same folder, then rename)."""
    data = dict(config.other)
    if config.theme is not None:
        data["theme"] = config.theme
    # Imported here: the app reads its settings before the first screen, which must not
    # wait for the store (tests/unit/test_import_hygiene.py); writing comes later.
    from kkr_tui.store.files import write_atomic

    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    write_atomic(path, text.encode("utf-8"))
