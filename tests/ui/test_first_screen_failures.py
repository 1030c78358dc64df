"""`kkr`'s forked first screen (kkr_tui.ui.first_screen) when the start does not go to
plan: what a secretary meets then.

- a usage error (`kkr --lang fr`) must be printed once, not by the child as well;
- a file that breaks between the child's reading and the app's own must end the app
  with "kkr: ..." and status 2 whatever asks for the data first (a key pressed while
  the app starts, one pressed just after it found the file broken), never with a
  traceback.
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
from pathlib import Path

from textual.widgets import DataTable

from kkr_tui.commands.context import CommandError
from kkr_tui.domain.clock import Clock
from kkr_tui.store import Store
from kkr_tui.ui.app import KkrApp
from tests.ui.first_screen_helpers import app_args, first_screen_of, kkr_program, run_in_terminal
from tests.ui.overview_helpers import scenario

BROKEN = "linje 1: ikke gyldig JSON"


def test_a_usage_error_is_printed_once(tmp_path: Path) -> None:
    """`kkr --lang fr`: argparse's message from the parent only, not the child too."""
    status, seen = run_in_terminal(kkr_program(), app_args(tmp_path / "x.json", "--lang", "fr"))
    assert status == 2
    assert seen.count(b"invalid choice") == 1, seen.decode(errors="replace")


# `kkr`, the file broken right after the child read it; keys typed meanwhile.
KKR_FILE_BROKEN_AFTER_CHILD = kkr_program(
    "result = fs.FirstScreenReader.result",
    "def then_broken(self, *a, **k):",
    "    found = result(self, *a, **k)",
    "    assert found is not None, 'the child did not answer'",
    "    open(sys.argv[2], 'w').write('{garbage')",
    "    return found",
    "fs.FirstScreenReader.result = then_broken",
)


def test_a_key_typed_while_starting_on_a_file_broken_meanwhile(demo_store: Store) -> None:
    """2 (Årshjul) typed ahead asks for the data before the app has read the file."""
    status, seen = run_in_terminal(
        KKR_FILE_BROKEN_AFTER_CHILD, app_args(demo_store.path), keys=b"2" * 20
    )
    text = seen.decode(errors="replace")
    assert "Traceback" not in text and "Error" not in text.split("kkr:")[0][-200:], text[-3000:]
    assert status == 2, text[-3000:]
    assert f"kkr: {demo_store.path}" in text.replace("\r\n", "\n").replace("\n", "")


def broken_app(demo_store: Store) -> KkrApp:
    def opener() -> tuple[Store, Clock]:
        raise CommandError(f"{demo_store.path}: {BROKEN}")

    first = first_screen_of(demo_store.path)
    return KkrApp(None, None, opener=opener, first_screen=first, cursor_blink=False)


@scenario
async def test_a_pane_asking_first_for_a_broken_file_ends_with_the_message(
    demo_store: Store,
) -> None:
    """The data asked for by a pane (a key) before `_after_first_paint` reads it."""
    app = broken_app(demo_store)
    async with app.run_test(size=(80, 24)):
        assert app.query_one("#councils", DataTable).row_count == 5  # the child's view
        # Posted, not pressed: Pilot would wait for the pane that stopped short.
        app.simulate_key("2")
        await asyncio.sleep(0.5)
    assert app.return_code == 2


def test_a_child_that_dies_halfway_through_its_answer_sends_nothing(demo_store: Store) -> None:
    """Killed mid-write (the OOM killer, a `kill`): half an answer is no answer, and
    `kkr` takes the ordinary way rather than ending on an UnpicklingError."""
    code = (
        "import os, sys\n"
        "from kkr_tui.cli import build_parser\n"
        "import kkr_tui.ui.first_screen as fs\n"
        "fs._worth_forking = lambda argv: True\n"
        "real_write = os.write\n"
        "def dies_halfway(fd, data):\n"
        "    real_write(fd, bytes(data[: len(data) // 2]))\n"
        "    os._exit(9)\n"
        "os.write = dies_halfway  # only the child writes to the pipe\n"
        f"reader = fs.FirstScreenReader.start({app_args(demo_store.path)!r})\n"
        "os.write = real_write\n"
        "print('result', reader.result())\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "result None" in result.stdout
