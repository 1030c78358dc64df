"""What every Pilot and snapshot test shares: how the app is built, how an async test
runs, how to wait for something, and what the user was told.

The fixtures built on these (`demo_app`, `notices`) are in tests/conftest.py.
"""

from __future__ import annotations

import asyncio
import functools
import time
from collections.abc import Awaitable, Callable, Coroutine, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ParamSpec, Protocol

import pendulum
from textual.app import App
from textual.command import CommandList, CommandPalette
from textual.notifications import SeverityLevel
from textual.pilot import Pilot

from kkr_tui.store import Store
from kkr_tui.store.demo import DEMO_TODAY
from kkr_tui.ui.app import KkrApp, make_app

P = ParamSpec("P")

# How long `wait_until` waits before failing: generous, because the machines that run
# the suite are shared; a condition that holds returns at once.
WAIT_LIMIT_S = 15.0


def app_on(db: Store | Path, today: pendulum.Date = DEMO_TODAY, *, demo: bool = True) -> KkrApp:
    """The app as the tests build it: a fixed day, no cursor blink (stable snapshots)."""
    return make_app(db, today, demo=demo, cursor_blink=False)


def pilot_test(test: Callable[P, Coroutine[Any, Any, None]]) -> Callable[P, None]:
    """Run an async Pilot test with asyncio.run (the suite has no async pytest plugin).

    functools.wraps keeps the signature, so pytest still passes the fixtures."""

    @functools.wraps(test)
    def run(*args: P.args, **kwargs: P.kwargs) -> None:
        asyncio.run(test(*args, **kwargs))

    return run


async def wait_until(
    pilot: Pilot[Any], condition: Callable[[], object], what: str = "the condition"
) -> None:
    """Let the app run until `condition()` is true; fail after WAIT_LIMIT_S.

    Instead of a fixed pause: as quick as the app on an idle machine, and still right
    on a loaded one."""
    give_up = time.monotonic() + WAIT_LIMIT_S
    await pilot.pause()
    while not condition():
        if time.monotonic() > give_up:
            raise AssertionError(f"waited {WAIT_LIMIT_S:.0f} s for {what}")
        await pilot.pause(0.02)


def workers_idle(app: App[Any]) -> bool:
    """No worker of the app is running (a save, an export, the palette's search)."""
    return not any(worker.is_running for worker in app.workers)


async def palette_results(pilot: Pilot[Any], query: str) -> list[str]:
    """Type `query` into the open command palette; what it offers once it has searched."""
    assert isinstance(pilot.app.screen, CommandPalette), pilot.app.screen
    for char in query:
        await pilot.press("space" if char == " " else char)
    commands = pilot.app.screen.query_one(CommandList)
    await wait_until(
        pilot,
        lambda: workers_idle(pilot.app) and commands.option_count > 0,
        "the palette's search",
    )
    return [str(commands.get_option_at_index(i).prompt) for i in range(commands.option_count)]


# What snap_compare runs before it takes the picture (the plugin awaits it if it is async).
RunBefore = Callable[[Pilot[Any]], Awaitable[None] | None]


def kkr_app(pilot: Pilot[Any]) -> KkrApp:
    """The app under the pilot, as the KkrApp it is (`pilot.app` is typed as any App)."""
    app = pilot.app
    assert isinstance(app, KkrApp), app
    return app


class SnapCompare(Protocol):
    """The `snap_compare` fixture of pytest-textual-snapshot, typed as the tests call it
    (the plugin's own annotation says only `Callable[[str | PurePath], bool]`)."""

    def __call__(
        self,
        app: App[Any],
        press: Iterable[str] = (),
        terminal_size: tuple[int, int] = (80, 24),
        run_before: RunBefore | None = None,
    ) -> bool: ...


@dataclass(frozen=True)
class Notice:
    """One notification the app showed."""

    message: str
    severity: SeverityLevel
    title: str


class Notices(list[Notice]):
    """Every notification shown during a test, in order (see the `notices` fixture)."""

    def pairs(self) -> list[tuple[SeverityLevel, str]]:
        """(severity, message) of each."""
        return [(notice.severity, notice.message) for notice in self]

    def messages(self) -> list[str]:
        return [notice.message for notice in self]

    def texts(self) -> str:
        return "\n".join(self.messages())
