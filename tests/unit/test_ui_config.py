"""The user's settings file: read at start, written atomically, a broken one refused."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from kkr_tui.store.paths import USER_CONFIG_FILE, user_config_path
from kkr_tui.ui.config import ConfigError, UiConfig, load_config, save_config
from kkr_tui.ui.keys import key_label


def test_the_folder_comes_from_kkr_config_dir(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("KKR_CONFIG_DIR", str(tmp_path / "cfg"))
    assert user_config_path() == tmp_path / "cfg" / USER_CONFIG_FILE


def test_platform_folder_without_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KKR_CONFIG_DIR", raising=False)
    path = user_config_path()
    assert path.name == USER_CONFIG_FILE and "kkr_tui" in path.parts


def test_missing_file_means_defaults(tmp_path: Path) -> None:
    assert load_config(tmp_path / "none.json") == UiConfig()


def test_round_trip_keeps_settings_it_does_not_know(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "config.json"
    path.parent.mkdir()
    path.write_text(json.dumps({"theme": "textual-light", "future": [1, 2]}), encoding="utf-8")
    config = load_config(path)
    assert config.theme == "textual-light"
    save_config(path, UiConfig(theme="kkr-high-contrast", other=config.other))
    assert json.loads(path.read_text(encoding="utf-8")) == {
        "future": [1, 2],
        "theme": "kkr-high-contrast",
    }
    assert [p.name for p in path.parent.iterdir()] == ["config.json"], "no temp file left"


def test_save_creates_the_folder(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "config.json"
    save_config(path, UiConfig(theme="textual-dark"))
    assert load_config(path).theme == "textual-dark"


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"{", "ugyldig JSON"),
        (b'"just text"', "ikke et JSON-objekt"),
        (b'{"theme": ["x"]}', "theme"),
        (b"\xff\xfe{", "utf-8"),
    ],
)
def test_broken_files_raise_a_readable_reason(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "config.json"
    path.write_bytes(content)
    with pytest.raises(ConfigError, match=reason):
        load_config(path)


def test_a_failed_write_leaves_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "config.json"
    save_config(path, UiConfig(theme="textual-dark"))

    def broken_sync(*args: object, **kwargs: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "fsync", broken_sync)  # the write fails before the rename
    with pytest.raises(OSError, match="disk full"):
        save_config(path, UiConfig(theme="textual-light"))
    monkeypatch.undo()
    assert load_config(path).theme == "textual-dark"
    assert [p.name for p in tmp_path.iterdir()] == ["config.json"]


@pytest.mark.parametrize(
    ("key", "label"),
    [
        ("f1", "F1"),
        ("question_mark", "?"),
        ("slash", "/"),
        ("ctrl+p", "Ctrl+P"),
        ("escape", "Esc"),
        ("down", "↓"),
        ("G", "G"),
        ("j", "j"),
        ("shift+tab", "Shift+Tab"),
        ("ctrl+pageup", "Ctrl+PgUp"),
        ("space", "Mellemrum"),
    ],
)
def test_key_labels(key: str, label: str) -> None:
    assert key_label(key) == label
