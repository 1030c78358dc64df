"""The garbage collector around start-up (kkr_tui.ui.collector), in its own interpreter:
these change process-wide settings that pytest's own process should keep."""

from __future__ import annotations

import subprocess
import sys


def run_python(code: str) -> str:
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_paused_for_start_up_then_frozen_and_collecting_in_larger_steps() -> None:
    out = run_python(
        "import gc\n"
        "from kkr_tui.ui import collector\n"
        "collector.pause()\n"
        "print('paused', not gc.isenabled())\n"
        "kept = [[n] for n in range(1000)]  # start-up's long-lived objects\n"
        "collector.resume()\n"
        "print('enabled', gc.isenabled(), gc.get_threshold() == collector.INTERACTIVE_THRESHOLDS)\n"
        "print('frozen', gc.get_freeze_count() >= 1000)\n"
        "later = [[n] for n in range(500)]  # the panes built after the first screen\n"
        "before = gc.get_freeze_count()\n"
        "collector.freeze_settled()\n"
        "print('settled', gc.get_freeze_count() >= before + 500)\n"
    )
    assert out.split("\n")[:4] == [
        "paused True",
        "enabled True True",
        "frozen True",
        "settled True",
    ]


def test_resume_without_pause_changes_nothing() -> None:
    """Tests and embedders that never paused keep Python's own settings."""
    out = run_python(
        "import gc\n"
        "from kkr_tui.ui import collector\n"
        "default = gc.get_threshold()\n"
        # Not 0 at start on every Python: 3.12 starts with objects already frozen.
        "frozen = gc.get_freeze_count()\n"
        "collector.resume()\n"
        "print(gc.isenabled(), gc.get_threshold() == default, gc.get_freeze_count() == frozen)\n"
    )
    assert out.strip() == "True True True"
