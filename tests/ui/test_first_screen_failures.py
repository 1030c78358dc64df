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
import os
import pty
import select
import subprocess
import sys
import time
from pathlib import Path

from textual.widgets import DataTable

from kkr_tui.cli import build_parser
from kkr_tui.commands.context import CommandError
from kkr_tui.domain.clock import Clock
from kkr_tui.store import Store
from kkr_tui.store.demo import DEMO_TODAY
from kkr_tui.ui.app import KkrApp
from kkr_tui.ui.first_screen import FirstScreen, read_first_screen
from tests.ui.overview_helpers import scenario

TODAY = DEMO_TODAY.to_date_string()
BROKEN = "linje 1: ikke gyldig JSON"


def app_args(db: Path, *extra: str) -> list[str]:
    return ["--db", str(db), "--today", TODAY, *extra]


def first_screen_of(db: Path) -> FirstScreen:
    args = build_parser(app_args(db)).parse_args(app_args(db))
    return read_first_screen(args)


def run_in_terminal(code: str, argv: list[str], keys: bytes = b"") -> tuple[int, bytes]:
    """Run `code` (python -c) with `argv` in a pseudo-terminal, `keys` typed ahead;
    its exit status and everything it wrote to the terminal."""
    master, slave = pty.openpty()
    env = {**os.environ, "COLUMNS": "80", "LINES": "24", "TERM": "xterm-256color"}
    proc = subprocess.Popen(
        [sys.executable, "-c", code, *argv],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        env=env,
        close_fds=True,
    )
    os.close(slave)
    if keys:
        os.write(master, keys)
    seen = b""
    deadline = time.monotonic() + 30
    try:
        while proc.poll() is None and time.monotonic() < deadline:
            if select.select([master], [], [], 0.1)[0]:
                try:
                    seen += os.read(master, 1 << 16)
                except OSError:
                    time.sleep(0.05)
        while select.select([master], [], [], 0.1)[0]:
            try:
                chunk = os.read(master, 1 << 16)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
    finally:
        if proc.poll() is None:
            proc.kill()
        os.close(master)
    return proc.wait(), seen


# `kkr`, as if the child had forked (pytest's own process is no terminal for it).
KKR = (
    "import sys\n"
    "import kkr_tui.ui.first_screen as fs\n"
    "fs._spare_cpu = lambda: True\n"
    "from kkr_tui.cli import main\n"
    "sys.exit(main(sys.argv[1:]))\n"
)


def test_a_usage_error_is_printed_once(tmp_path: Path) -> None:
    """`kkr --lang fr`: argparse's message from the parent only, not the child too."""
    status, seen = run_in_terminal(KKR, app_args(tmp_path / "x.json", "--lang", "fr"))
    assert status == 2
    assert seen.count(b"invalid choice") == 1, seen.decode(errors="replace")


# `kkr`, the file broken right after the child read it; keys typed meanwhile.
KKR_FILE_BROKEN_AFTER_CHILD = (
    "import sys\n"
    "import kkr_tui.ui.first_screen as fs\n"
    "fs._spare_cpu = lambda: True\n"
    "result = fs.FirstScreenReader.result\n"
    "def then_broken(self, *a, **k):\n"
    "    found = result(self, *a, **k)\n"
    "    assert found is not None, 'the child did not answer'\n"
    "    open(sys.argv[2], 'w').write('{garbage')\n"
    "    return found\n"
    "fs.FirstScreenReader.result = then_broken\n"
    "from kkr_tui.cli import main\n"
    "sys.exit(main(sys.argv[1:]))\n"
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
