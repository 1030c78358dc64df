"""Snapshot apps: the demo database, the fixed demo day, no cursor blink.

Why no blink: a blinking cursor is captured on or off depending on timing, which
would make snapshots flaky. Animations are off through TEXTUAL_ANIMATIONS=none
(set in tests/conftest.py).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from kkr_tui.store.demo import build_demo
from kkr_tui.ui.app import KkrApp
from tests.pilot import app_on

SIZES = [(80, 24), (120, 40)]


@pytest.fixture
def demo_app(tmp_path: Path) -> Callable[[], KkrApp]:
    def factory() -> KkrApp:
        path = tmp_path / "demo.json"
        store = build_demo(path) if not path.exists() else None
        return app_on(store or path)

    return factory
