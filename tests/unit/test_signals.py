"""SIGTERM and SIGHUP end the real app cleanly: terminal restored, database intact.

The app runs in a child process on a pseudo-terminal, as it would over SSH.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import pty
import select
import signal
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest

from kkr_tui.store import Store, open_store
from kkr_tui.ui.signals import GRACE_S

ROOT = Path(__file__).resolve().parents[2]
LEAVE_ALTERNATE_SCREEN = b"\x1b[?1049l"
SHOW_CURSOR = b"\x1b[?25h"


class AppInTerminal:
    def __init__(self, db: Path) -> None:
        self.master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
        self.process = subprocess.Popen(
            [sys.executable, "-m", "kkr_tui", "--db", str(db), "--today", "2026-09-10"],
            stdin=slave,
            stdout=slave,
            stderr=slave,
            cwd=ROOT,
            env={**os.environ, "TERM": "xterm-256color", "PYTHONPATH": str(ROOT)},
            start_new_session=True,
        )
        os.close(slave)
        self.output = b""

    def read_until(self, marker: bytes, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while marker not in self.output:
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError(f"{marker!r} not seen; got {self.output[-500:]!r}")
            ready, _, _ = select.select([self.master], [], [], left)
            if ready:
                try:
                    self.output += os.read(self.master, 65536)
                except OSError:  # the child closed the terminal
                    break

    def drain(self) -> None:
        while select.select([self.master], [], [], 0.2)[0]:
            try:
                chunk = os.read(self.master, 65536)
            except OSError:
                return
            if not chunk:
                return
            self.output += chunk

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(10)
        with contextlib.suppress(OSError):
            os.close(self.master)


@pytest.mark.slow
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP], ids=["SIGTERM", "SIGHUP"])
def test_signal_exits_cleanly_and_restores_the_terminal(
    store: Store, db_path: Path, signum: int
) -> None:
    before = db_path.read_bytes()
    app = AppInTerminal(db_path)
    try:
        app.read_until(b"Oversigt", timeout=30)
        app.read_until(b"pr. tor 10. sep 2026", timeout=10)
        started = len(app.output)
        app.process.send_signal(signum)
        assert app.process.wait(10) == 0
        app.drain()
        tail = app.output[started:]
        assert LEAVE_ALTERNATE_SCREEN in tail and SHOW_CURSOR in tail
    finally:
        app.close()
    assert db_path.read_bytes() == before
    assert open_store(db_path).snapshot()


@pytest.mark.slow
def test_hang_up_with_the_terminal_gone_still_ends_the_app(store: Store, db_path: Path) -> None:
    """An SSH drop: the terminal disappears, then SIGHUP arrives. No process is left behind."""
    app = AppInTerminal(db_path)
    try:
        app.read_until(b"Oversigt", timeout=30)
        os.close(app.master)
        app.process.send_signal(signal.SIGHUP)
        app.process.wait(10)
    finally:
        if app.process.poll() is None:
            app.process.kill()
            app.process.wait(10)
    assert open_store(db_path).snapshot()


@pytest.mark.slow
def test_hang_up_while_drawing_never_leaves_a_process(tmp_path: Path) -> None:
    """An SSH drop while the app is busy drawing (keys still arriving) once left the
    process blocked for ever in Textual's output queue; the watchdog ends it."""
    db = tmp_path / "busy.json"
    subprocess.run(
        [sys.executable, "benchmarks/make_large_db.py", str(db), "--years", "3"],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    for _ in range(3):
        app = AppInTerminal(db)
        try:
            app.read_until(b"Oversigt", timeout=30)
            os.write(app.master, b"23\x1b[B\x1b[A1" * 5)
            os.close(app.master)
            app.process.send_signal(signal.SIGHUP)
            app.process.wait(GRACE_S + 10)
        finally:
            if app.process.poll() is None:
                app.process.kill()
                app.process.wait(10)
                raise AssertionError("the app did not end after SIGHUP")
