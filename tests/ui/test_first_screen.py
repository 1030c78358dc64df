"""`kkr` draws its first screen from a forked child's reading (kkr_tui.ui.first_screen).

What must hold: the screen is the one the app draws when it reads the file itself;
the app reads the file itself right after the first frame (and shows what changed
meanwhile); a child that fails, dies or hangs changes nothing but the speed.
The fork itself is tested in a separate interpreter: pytest's own process may run
threads, and forking those is not what `kkr` does (it forks before any thread).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from textual.widgets import DataTable, Static

from kkr_tui.commands.context import CommandError
from kkr_tui.domain.clock import Clock
from kkr_tui.domain.models import Member
from kkr_tui.store import Store, open_store
from kkr_tui.store.demo import DEMO_TODAY
from kkr_tui.ui import first_screen
from kkr_tui.ui.app import KkrApp, make_app
from kkr_tui.ui.first_screen import FirstScreen, FirstScreenReader
from tests.ui.first_screen_helpers import PseudoTerminal, app_args, first_screen_of, kkr_program
from tests.ui.overview_helpers import scenario, static_text


def deferred_app(store: Store, first: FirstScreen, opened: list[int]) -> KkrApp:
    """The app as `kkr` starts it after the child answered; `opened` records how many
    council rows were on screen when the app opened the store."""
    app: KkrApp

    def opener() -> tuple[Store, Clock]:
        opened.append(app.query_one("#councils", DataTable).row_count)
        return store, Clock(DEMO_TODAY)

    app = KkrApp(None, None, opener=opener, first_screen=first, cursor_blink=False)
    return app


def screen_picture(app: KkrApp) -> str:
    """The screen as an SVG: every cell with its colours."""
    return app.export_screenshot(title="KKR")


@pytest.mark.parametrize("size", [(80, 24), (130, 40)])
@scenario
async def test_the_first_screen_is_the_one_the_app_draws_itself(
    demo_store: Store, size: tuple[int, int]
) -> None:
    """Same cells, narrow and wide; the store opened only after the first frame."""
    first = first_screen_of(demo_store.path)
    opened: list[int] = []
    deferred = deferred_app(demo_store, first, opened)
    async with deferred.run_test(size=size) as pilot:
        await pilot.pause()
        from_child = screen_picture(deferred)
        total = static_text(deferred.query_one("#overview-total", Static))
        assert opened == [5], "the store was opened before the councils were drawn"
    itself = make_app(demo_store, DEMO_TODAY, cursor_blink=False)
    async with itself.run_test(size=size) as pilot:
        await pilot.pause()
        assert screen_picture(itself) == from_child
    assert total.startswith("I alt: 98 kommuner")


@scenario
async def test_a_change_saved_after_the_child_read_shows_once_the_app_reads(
    demo_store: Store,
) -> None:
    first = first_screen_of(demo_store.path)
    with demo_store.transaction() as tx:
        tx.add(Member(name="Ny Borgmester", council="sjaelland", municipality="Roskilde"))
    async with deferred_app(demo_store, first, []).run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        total = static_text(pilot.app.query_one("#overview-total", Static))
        assert "31 medlemmer registreret" in total


@scenario
async def test_a_file_broken_before_the_app_reads_it_ends_with_the_message(
    demo_store: Store,
) -> None:
    first = first_screen_of(demo_store.path)

    def opener() -> tuple[Store, Clock]:
        raise CommandError(f"{demo_store.path}: linje 1: ikke gyldig JSON")

    app = KkrApp(None, None, opener=opener, first_screen=first, cursor_blink=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
    assert app.return_code == 2


def test_an_app_needs_a_store_and_clock_or_an_opener(demo_store: Store) -> None:
    with pytest.raises(TypeError):
        KkrApp(demo_store, None)


def run_python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )


FORK_PRELUDE = """
import sys, time
from kkr_tui.cli import build_parser
import kkr_tui.ui.first_screen as fs
fs._worth_forking = lambda argv: True  # no terminal here
argv = {argv!r}
args = build_parser(argv).parse_args(argv)
"""


def test_the_forked_child_sends_what_the_app_reads_itself(demo_store: Store) -> None:
    code = FORK_PRELUDE.format(argv=app_args(demo_store.path)) + (
        "reader = fs.FirstScreenReader.start(argv)\n"
        "first = reader.result()\n"
        "assert first is not None\n"
        "assert first == fs.read_first_screen(args)\n"
        "print('same', first.db_path)\n"
    )
    result = run_python(code)
    assert result.returncode == 0, result.stderr
    assert f"same {demo_store.path}" in result.stdout


@pytest.mark.parametrize(
    "failure",
    [
        "fs.read_first_screen = lambda args: 1 / 0",  # fails
        "import os; fs.read_first_screen = lambda args: os._exit(3)",  # dies
    ],
)
def test_a_child_that_fails_or_dies_sends_nothing(demo_store: Store, failure: str) -> None:
    code = FORK_PRELUDE.format(argv=app_args(demo_store.path)) + (
        f"{failure}\nprint('result', fs.FirstScreenReader.start(argv).result())\n"
    )
    result = run_python(code)
    assert result.returncode == 0, result.stderr
    assert "result None" in result.stdout


def test_a_child_that_hangs_is_not_waited_for(demo_store: Store) -> None:
    code = FORK_PRELUDE.format(argv=app_args(demo_store.path)) + (
        "fs.read_first_screen = lambda args: time.sleep(60)\n"
        "started = time.monotonic()\n"
        "print('result', fs.FirstScreenReader.start(argv).result(timeout=0.5))\n"
        "print('quick', time.monotonic() - started < 10)\n"
    )
    result = run_python(code)
    assert result.returncode == 0, result.stderr
    assert "result None" in result.stdout and "quick True" in result.stdout


def test_no_fork_without_a_terminal_or_with_demo(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Tests, pipes and `--demo` take the ordinary path."""
    argv = app_args(tmp_path / "x.json")
    assert FirstScreenReader.start(argv) is None  # pytest's stdout is no terminal

    class Terminal:
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(sys, "stdin", Terminal())
    monkeypatch.setattr(sys, "stdout", Terminal())
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1})
    monkeypatch.setattr(os, "getloadavg", lambda: (0.4, 0.4, 0.4))
    assert first_screen._worth_forking(argv)
    assert not first_screen._worth_forking([*argv, "--demo"])


@pytest.mark.parametrize(
    ("cpus", "load", "forks"),
    [({0}, 0.0, False), ({0, 1}, 0.4, True), ({0, 1}, 1.6, False), ({0, 1, 2, 3}, 2.9, True)],
)
def test_a_fork_only_with_a_spare_cpu(
    monkeypatch: pytest.MonkeyPatch, cpus: set[int], load: float, forks: bool
) -> None:
    """On one CPU (or a full machine) the child would make the first screen later."""
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: cpus)
    monkeypatch.setattr(os, "getloadavg", lambda: (load, load, load))
    assert first_screen._spare_cpu() is forks


def test_kkr_in_a_terminal_starts_and_quits(demo_store: Store) -> None:
    """End to end in a pseudo-terminal, as a secretary starts it: the first screen,
    then a pane switch (the app has read the file itself by then), then q."""
    marker = demo_store.path.with_name("first-screen.txt")
    noting = kkr_program(  # whether the first screen came from the child
        "result = fs.FirstScreenReader.result",
        "def noted(self, *a, **k):",
        "    found = result(self, *a, **k)",
        f"    open({str(marker)!r}, 'w').write(str(found is not None))",
        "    return found",
        "fs.FirstScreenReader.result = noted",
    )
    terminal = PseudoTerminal(noting, app_args(demo_store.path))
    try:
        terminal.read_until(lambda: b"I alt" in terminal.seen)
        assert b"I alt" in terminal.seen, terminal.seen[-2000:]
        terminal.type(b"2")
        terminal.read_until(lambda: "Årshjul".encode() in terminal.seen)
        assert "Årshjul".encode() in terminal.seen, terminal.seen[-2000:]
        terminal.type(b"q")
        assert terminal.wait() == 0
    finally:
        terminal.close()
    assert marker.read_text() == "True", "the first screen did not come from the child"
    assert open_store(demo_store.path).snapshot().members  # the file is intact


def test_no_process_to_spare_means_the_ordinary_way(
    demo_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse() -> int:
        raise BlockingIOError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(first_screen, "_worth_forking", lambda argv: True)
    monkeypatch.setattr(os, "fork", refuse)
    assert FirstScreenReader.start(app_args(demo_store.path)) is None
