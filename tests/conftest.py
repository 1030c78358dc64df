"""Shared fixtures: a fresh default database, the demo database, the fixed demo day, the
app on the demo database, and the notifications it shows (helpers: tests/pilot.py)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pendulum
import pytest
from hypothesis import settings as hypothesis_settings

# Shared, loaded machines: hypothesis' per-example time limit would make property tests
# flaky under load without telling us anything about correctness (speed is benchmarked).
hypothesis_settings.register_profile("kkr", deadline=None, derandomize=False)
hypothesis_settings.load_profile("kkr")

# Snapshot and Pilot tests must not depend on animations or the machine's clock/language.
os.environ.setdefault("TEXTUAL_ANIMATIONS", "none")
# Draw as a truecolor terminal whatever terminal runs the tests: with TERM=xterm (or none)
# Rich reports 16 colours, and the app then switches to the terminal's own colours.
os.environ["COLORTERM"] = "truecolor"
os.environ.pop("KKR_TODAY", None)
os.environ.pop("KKR_DB", None)
os.environ.pop("KKR_LANG", None)
for _mail_setting in (
    "KKR_SMTP_URL",
    "KKR_SMTP_PASSWORD",
    "KKR_SMTP_PASSWORD_FILE",
    "KKR_MAIL_FROM",
):
    os.environ.pop(_mail_setting, None)  # tests never mail a real server

from textual.notifications import SeverityLevel  # noqa: E402

from kkr_tui.i18n import set_language  # noqa: E402
from kkr_tui.store import Store, open_store  # noqa: E402
from kkr_tui.store.demo import DEMO_TODAY, build_demo  # noqa: E402
from kkr_tui.ui.app import KkrApp  # noqa: E402
from tests.pilot import Notice, Notices, app_on  # noqa: E402


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "kkr.json"


@pytest.fixture
def store(db_path: Path) -> Store:
    """A new database with only the embedded reference data."""
    return open_store(db_path, create=True)


@pytest.fixture
def demo_store(tmp_path: Path) -> Store:
    return build_demo(tmp_path / "demo.json")


@pytest.fixture
def demo_today() -> pendulum.Date:
    return DEMO_TODAY


@pytest.fixture
def demo_app(demo_store: Store) -> KkrApp:
    """The app on the demo database as of the demo day: `async with demo_app.run_test()`."""
    return app_on(demo_store)


@pytest.fixture
def notices(monkeypatch: pytest.MonkeyPatch) -> Notices:
    """Every notification any app shows during the test, in order. Recorded where the
    app is asked to show one (KkrApp.notify, which widgets' notify calls too); the toast
    itself is Textual's business."""
    shown = Notices()
    real_notify = KkrApp.notify

    def notify(
        app: KkrApp,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        shown.append(Notice(str(message), severity, title))
        real_notify(app, message, title=title, severity=severity, timeout=timeout, markup=markup)

    monkeypatch.setattr(KkrApp, "notify", notify)
    return shown


@pytest.fixture(autouse=True)
def user_config_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """The user's settings (theme) come from an empty folder, never from the real one."""
    folder = tmp_path_factory.mktemp("config")
    monkeypatch.setenv("KKR_CONFIG_DIR", str(folder))
    return folder


@pytest.fixture
def english() -> Iterator[None]:
    """The test runs in English (`--lang en`)."""
    set_language("en")
    yield
    set_language("da")


@pytest.fixture(autouse=True)
def system_config(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """The system's settings file (kkr setup shared) is one that does not exist, never
    the machine's real /etc/xdg/kkr_tui/config.toml."""
    path = tmp_path_factory.mktemp("system") / "config.toml"
    monkeypatch.setenv("KKR_SYSTEM_CONFIG", str(path))
    return path


@pytest.fixture(autouse=True)
def danish() -> None:
    """Every test starts in Danish, the default language."""
    set_language("da")
