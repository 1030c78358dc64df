"""The `kkr` command's own options: version, clock, database path, errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pendulum
import pytest

from kkr_tui import __version__
from kkr_tui.cli import main
from kkr_tui.domain.clock import ClockError, clock_from
from kkr_tui.store.paths import choose_db


def run_kkr(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kkr_tui", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )


def test_version_from_python_m() -> None:
    result = run_kkr("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"kkr {__version__}"


def test_invalid_today_is_exit_2_with_message(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--today", "2026-02-31", "--db", "/nonexistent/x.json"]) == 2
    err = capsys.readouterr().err
    assert "--today" in err and "2026-02-31" in err


def test_invalid_kkr_today_is_exit_2() -> None:
    import os

    env = {**os.environ, "KKR_TODAY": "i går"}
    result = run_kkr("--db", "/nonexistent/x.json", env=env)
    assert result.returncode == 2
    assert "KKR_TODAY" in result.stderr


def test_clock_precedence() -> None:
    env = {"KKR_TODAY": "2026-01-05"}
    assert clock_from(None, env).today() == pendulum.date(2026, 1, 5)
    assert clock_from("2026-02-03", env).today() == pendulum.date(2026, 2, 3)
    assert not clock_from(None, {}).is_fixed
    with pytest.raises(ClockError):
        clock_from("9/4-2026", {})


def test_db_path_precedence(tmp_path: Path) -> None:
    env = {"KKR_DB": str(tmp_path / "env.json")}
    assert choose_db(str(tmp_path / "opt.json"), env).path == tmp_path / "opt.json"
    assert choose_db(None, env).path == tmp_path / "env.json"
    # No setting anywhere (an explicit environment: the machine's own settings files,
    # such as a real /etc/xdg/kkr_tui/config.toml, must not decide this test).
    nothing = {
        "KKR_SYSTEM_CONFIG": str(tmp_path / "no-system.toml"),
        "KKR_CONFIG_DIR": str(tmp_path / "no-user"),
    }
    default = choose_db(None, nothing).path
    assert default.name == "kkr.json" and "kkr_tui" in str(default)


def test_db_path_that_is_a_directory_is_exit_2(tmp_path: Path) -> None:
    result = run_kkr("--db", str(tmp_path))
    assert result.returncode == 2
    assert str(tmp_path) in result.stderr and "mappe" in result.stderr


def test_corrupt_db_is_exit_2_and_untouched(tmp_path: Path) -> None:
    db = tmp_path / "kkr.json"
    db.write_text('{"_meta": {"1": ')
    result = run_kkr("--db", str(db))
    assert result.returncode == 2
    assert str(db) in result.stderr and "linje 1" in result.stderr
    assert db.read_text() == '{"_meta": {"1": '


def test_help_fits_the_terminal_width(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The translated help formatter keeps argparse's own measure: $COLUMNS is honoured."""
    from kkr_tui.cli_parser import build_parser

    monkeypatch.setenv("COLUMNS", "50")
    with pytest.raises(SystemExit):
        build_parser(["status"]).parse_args(["status", "--help"])
    text = capsys.readouterr().out
    usage = text.split("\n\n")[0]  # the description and epilog are wrapped by hand
    assert usage.startswith("brug: kkr status") and usage.count("\n") >= 2
    assert max(len(line) for line in usage.splitlines()) <= 50


def test_the_collector_is_frozen_only_for_the_process_itself(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`kkr` run as a program freezes what it imported (no collection walks it again);
    main() called with argv (as by these tests, many times in one process) does not, or
    every call would keep the garbage of the ones before it. (Asked of gc.freeze itself:
    the freeze count of a process that ran the app's tests before also falls as frozen
    objects are freed.)"""
    import gc

    freezes: list[None] = []
    monkeypatch.setattr(gc, "freeze", lambda: freezes.append(None))
    assert main(["--db", str(tmp_path / "missing.json"), "status"]) == 2
    assert freezes == []
    monkeypatch.undo()
    code = "import gc, sys\nfrom kkr_tui.cli import main\nmain()\nprint(gc.get_freeze_count())"
    result = subprocess.run(
        [sys.executable, "-c", code, "--db", str(tmp_path / "missing.json"), "status"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert int(result.stdout) > 1000, result.stderr


def test_kkr_resumes_the_collector_paused_while_it_loaded(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`kkr` (kkr_tui/__main__.py) pauses the garbage collector while its modules load;
    main() turns it back on. Left off, the app's collector.pause() would find it off and
    its resume() after the first paint would never turn it on."""
    import gc

    monkeypatch.setattr(sys, "argv", ["kkr", "--version"])
    gc.disable()
    try:
        with pytest.raises(SystemExit):
            main()
        assert gc.isenabled()
    finally:
        gc.unfreeze()  # main() froze this test process's objects as kkr's own
        gc.enable()


def test_python_m_kkr_tui_runs_the_console_scripts_main() -> None:
    """`kkr` and `python -m kkr_tui` start the same way: through kkr_tui.__main__."""
    import tomllib

    pyproject = Path(__file__).resolve().parents[2] / "pyproject.toml"
    scripts = tomllib.loads(pyproject.read_text())["project"]["scripts"]
    assert scripts["kkr"] == "kkr_tui.__main__:main"
