"""A bug inside the running app ends `kkr` as one anywhere else does (issue 23, point 5):
one line on stderr naming the error and the log, the plain traceback in the error log
under the user's state folder, exit 3 (never 1, which `kkr status` means as overdue);
with --debug, Textual's own traceback on stderr and no log.

The app runs headless here (the test has no terminal); everything else is `kkr` as a
user starts it, through `main`."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.app import App

from kkr_tui import cli
from kkr_tui.cli import main
from kkr_tui.commands.context import Context
from kkr_tui.store import Store
from kkr_tui.ui.app import KkrApp
from kkr_tui.ui.panes.overview import OverviewPane


def _crash(self: OverviewPane) -> None:
    raise ZeroDivisionError("a bug in the overview")


def _headless(self: KkrApp) -> None:
    App.run(self, headless=True)


@pytest.fixture
def crashing_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The state folder of a `kkr` whose overview crashes when drawn."""
    state = tmp_path / "state"
    monkeypatch.setenv("XDG_STATE_HOME", str(state))
    monkeypatch.setattr(OverviewPane, "refresh_data", _crash)
    monkeypatch.setattr(KkrApp, "run", _headless)

    def any_terminal(context: Context) -> None:
        return None

    monkeypatch.setattr(cli, "require_terminal", any_terminal)
    return state


def test_a_crash_in_the_app_is_one_line_a_log_and_exit_3(
    demo_store: Store, crashing_app: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(demo_store.path)]) == 3
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1, err
    assert "ZeroDivisionError: a bug in the overview" in err
    log = crashing_app / "kkr_tui" / "kkr-error.log"
    assert str(log) in err
    logged = log.read_text()
    assert "Traceback" in logged and "_crash" in logged
    assert "locals" not in logged.lower()  # a plain traceback: no variables' values


def test_debug_shows_textuals_traceback_and_logs_nothing(
    demo_store: Store, crashing_app: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(demo_store.path), "--debug"]) == 3
    err = capsys.readouterr().err
    assert "ZeroDivisionError" in err and "a bug in the overview" in err
    assert len(err.strip().splitlines()) > 1
    assert not crashing_app.exists()
