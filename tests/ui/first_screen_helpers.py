"""Shared by the first-screen tests: `kkr` in a pseudo-terminal, and the first screen
as the forked child reads it (kkr_tui.ui.first_screen)."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from kkr_tui.cli import build_parser
from kkr_tui.store.demo import DEMO_TODAY
from kkr_tui.ui.first_screen import FirstScreen, read_first_screen

TODAY = DEMO_TODAY.to_date_string()


def app_args(db: Path, *extra: str) -> list[str]:
    return ["--db", str(db), "--today", TODAY, *extra]


def first_screen_of(db: Path) -> FirstScreen:
    """What the child sends for the demo database `db` (read here, in-process)."""
    args = build_parser(app_args(db)).parse_args(app_args(db))
    return read_first_screen(args)


def kkr_program(*patches: str) -> str:
    """`kkr` as a `python -c` program, `patches` (lines) applied to the module `fs`
    (kkr_tui.ui.first_screen) first. It forks whatever the machine's load: the
    tests must not depend on how busy the machine running them is."""
    return "\n".join(
        [
            "import sys",
            "import kkr_tui.ui.first_screen as fs",
            "fs._spare_cpu = lambda: True",
            *patches,
            "from kkr_tui.cli import main",
            "sys.exit(main(sys.argv[1:]))",
            "",
        ]
    )


class PseudoTerminal:
    """A `python -c code argv` process on an 80x24 pseudo-terminal, as in a real one
    (stdin and stdout are a terminal, so `kkr` forks its first-screen child)."""

    def __init__(self, code: str, argv: Sequence[str]) -> None:
        self._master, slave = pty.openpty()
        env = {**os.environ, "COLUMNS": "80", "LINES": "24", "TERM": "xterm-256color"}
        self.process = subprocess.Popen(
            [sys.executable, "-c", code, *argv],
            stdin=slave,
            stdout=slave,
            stderr=slave,
            env=env,
            close_fds=True,
        )
        os.close(slave)
        self.seen = b""
        self._closed = False  # the process closed the terminal: it is exiting

    def type(self, keys: bytes) -> None:
        os.write(self._master, keys)

    def read_until(self, done: Callable[[], bool], timeout: float = 20.0) -> None:
        """Read what the process writes (it blocks on a full terminal) until `done()`."""
        deadline = time.monotonic() + timeout
        while not done() and time.monotonic() < deadline:
            if self._closed:
                time.sleep(0.05)
            elif select.select([self._master], [], [], 0.1)[0]:
                try:
                    self.seen += os.read(self._master, 1 << 16)
                except OSError:
                    self._closed = True

    def wait(self, timeout: float = 30.0) -> int | None:
        """Its exit status (None if it is still running after `timeout`)."""
        self.read_until(lambda: self.process.poll() is not None, timeout)
        return self.process.poll()

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        os.close(self._master)


def run_in_terminal(code: str, argv: Sequence[str], keys: bytes = b"") -> tuple[int, bytes]:
    """Run `code` with `argv` in a pseudo-terminal, `keys` typed ahead; its exit status
    and everything it wrote to the terminal."""
    terminal = PseudoTerminal(code, argv)
    try:
        if keys:
            terminal.type(keys)
        status = terminal.wait()
    finally:
        terminal.close()
    return (-1 if status is None else status), terminal.seen
