"""The first screen's data, read by a forked process while `kkr` imports Textual.

Starting the app is two long jobs that need nothing from each other until the first
frame: importing Textual and building the app (~150 ms, the same for any Textual
app), and importing the date library, the store and the domain, reading the file
and working out Oversigt (~50 ms on 20 years of data). Done one after the other,
the second is a third of what a user waits for; so `kkr` forks as it starts. The
child does the second job and sends back what Oversigt and the header show, as
plain Rich text (a `FirstScreen`), and exits; the app process meanwhile imports only
Textual and the UI, draws the first screen from it, and imports the domain and
opens the store itself right after the first frame. Drawing from the child's
view and from the app's own reading is the same code (`overview_view`), so the
screen does not change when the app's own reading takes over.

Anything unusual takes the ordinary path instead, where every error is reported
as it always was: no fork on this platform, no terminal (tests, pipes), `--demo`,
no spare CPU (see `_spare_cpu`), or a child that failed, died or took too long (an
unreadable file, a bad `--today`: the app process then meets the same error itself
and reports it).

This module imports neither the domain nor the store: the app process loads it
before its first frame. The child's work is in `read_first_screen`.
"""

from __future__ import annotations

import os
import select
import sys
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    import argparse

    from rich.text import Text

    from kkr_tui.ui.widgets.fit import Row

# A child that has not answered by then is not waited for: the app reads the file
# itself (a lock held by a writer would hold that up the same way).
CHILD_TIMEOUT_S = 10.0


class OverviewView(NamedTuple):
    """What Oversigt shows, from one state of the file and one day."""

    attention: Text
    # One row per council, most urgent first; built for a narrow and/or a wide pane.
    narrow: list[Row] | None
    wide: list[Row] | None
    # The detail lines under the table, per council slug (the cursor picks one).
    details: dict[str, Text]
    total: str


class FirstScreen(NamedTuple):
    """What the app's first frame shows, read by the child."""

    db_path: str
    readonly: bool
    as_of: str
    overview: OverviewView


class FirstScreenReader:
    """The parent's end: the forked child and the pipe it answers on."""

    def __init__(self, pid: int, fd: int) -> None:
        self._pid = pid
        self._fd = fd

    @classmethod
    def start(cls, argv: Sequence[str]) -> FirstScreenReader | None:
        """Fork a child that reads the first screen of `kkr argv` (the app's options
        only, see kkr_tui.cli.opens_the_app), or None where that does not pay.

        Called first thing: the smaller the process, the less memory the two share
        copy-on-write (every page either of them then writes to is copied, which on
        one CPU is time nobody gets back)."""
        if not _worth_forking(argv):
            return None
        read_fd, write_fd = os.pipe()
        sys.stdout.flush()  # nothing buffered twice
        sys.stderr.flush()
        try:
            pid = os.fork()
        except OSError:  # no process to spare (a limit reached): the ordinary way
            os.close(read_fd)
            os.close(write_fd)
            return None
        if pid == 0:  # the child: never returns
            os.close(read_fd)
            _child(argv, write_fd)
        os.close(write_fd)
        return cls(pid, read_fd)

    def result(self, timeout: float = CHILD_TIMEOUT_S) -> FirstScreen | None:
        """The child's first screen, or None if it failed, died or took too long."""
        chunks: list[bytes] = []
        deadline = time.monotonic() + timeout
        try:
            while True:
                left = deadline - time.monotonic()
                if left <= 0 or not select.select([self._fd], [], [], left)[0]:
                    os.kill(self._pid, 9)
                    return None
                chunk = os.read(self._fd, 1 << 16)
                if not chunk:
                    break
                chunks.append(chunk)
        finally:
            os.close(self._fd)
            status = os.waitpid(self._pid, 0)[1]
        if not chunks or status != 0:
            # The child failed (the ordinary path reports why), or was killed, perhaps
            # halfway through its answer: half an answer is none.
            return None
        import pickle

        try:
            found = pickle.loads(b"".join(chunks))
        except Exception:  # not what a child of this `kkr` sends: the ordinary way
            return None
        return found if isinstance(found, FirstScreen) else None


def _worth_forking(argv: Sequence[str]) -> bool:
    return (
        hasattr(os, "fork")
        and "--demo" not in argv
        and sys.stdin.isatty()
        and sys.stdout.isatty()
        and _spare_cpu()
    )


def _spare_cpu() -> bool:
    """True if a second CPU is likely free for the child.

    On one CPU the two processes take turns, and the fork, the pages they then copy
    and the child's exit come on top: measured with `taskset -c 1`, the first screen
    came ~50 ms later than without the child (on two CPUs, ~40 ms sooner). So: only
    with two CPUs or more, and not while the last minute's load already fills all
    but half of one."""
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        cpus = os.cpu_count() or 1
    try:
        load = os.getloadavg()[0]
    except (AttributeError, OSError):
        load = 0.0
    return cpus >= 2 and load < cpus - 0.5


def _child(argv: Sequence[str], write_fd: int) -> None:
    """Read the first screen, send it, exit; any failure sends nothing."""
    status = 1
    try:
        # Nothing the child does may reach the terminal: a bad option's usage text, a
        # warning. The app process reports every error itself.
        quiet = os.open(os.devnull, os.O_WRONLY)
        os.dup2(quiet, 1)
        os.dup2(quiet, 2)
        import pickle

        from kkr_tui.cli import build_parser

        args = build_parser(argv).parse_args(argv)
        payload = pickle.dumps(read_first_screen(args), protocol=pickle.HIGHEST_PROTOCOL)
        view = memoryview(payload)
        while view:
            view = view[os.write(write_fd, view) :]
        status = 0
    except BaseException:  # the app process meets the error itself and reports it
        pass
    finally:
        # Not sys.exit: the child must run none of the parent's exit handlers or
        # flush its buffers (Textual's, the terminal's) a second time.
        os._exit(status)


def read_first_screen(args: argparse.Namespace) -> FirstScreen:
    """The first screen as the app would draw it, read the way the app reads.

    Opens the store as `kkr` does (creating an empty database where there is none).
    """
    from kkr_tui.cli import make_context, open_app_store
    from kkr_tui.ui.panes.overview_cells import council_statuses, overview_view
    from kkr_tui.ui.widgets.header import as_of_text

    context = make_context(args)
    store = open_app_store(context.db_path)
    snapshot = store.snapshot()
    today = context.clock.today()
    statuses = council_statuses(snapshot, today)
    return FirstScreen(
        db_path=str(store.path),
        readonly=store.readonly,
        as_of=as_of_text(today),
        overview=overview_view(snapshot, today, statuses, wide=None),
    )
