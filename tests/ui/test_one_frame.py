"""A key's whole result in the first frame drawn after it (issue 10: key-to-paint).

Switching panes (the footer's keys, the pane's focus) and Årshjul's year and council
keys (the table refilled, scrolled to the next meeting, its scrollbar) used to draw a
first frame with part of the old screen and the rest one or more frames later. Each
frame the app draws is recorded (kkr_tui.ui.compat.record_frames);
the first one after a key must already be the screen the key ends on.
"""

from __future__ import annotations

import asyncio

from textual.pilot import Pilot

from kkr_tui.store import Store
from kkr_tui.ui.app import KkrApp
from kkr_tui.ui.compat import record_frames
from tests.pilot import app_on

SIZE = (80, 20)  # Årshjul's list shows fewer meetings than a year has: it scrolls


def _record_frames(app: KkrApp) -> list[tuple[float, int]]:
    frames: list[tuple[float, int]] = []
    record_frames(app, lambda shown, cells: frames.append((shown, cells)))
    return frames


async def _first_frame_is_final(
    pilot: Pilot[int], frames: list[tuple[float, int]], key: str
) -> bool:
    seen = len(frames)
    await pilot.press(key)
    await pilot.pause(0.2)  # every later frame (scrollbars, deferred scrolls) is in
    after = frames[seen:]
    return bool(after) and after[0][1] == after[-1][1]


def test_each_key_draws_its_result_in_one_frame(demo_store: Store) -> None:
    async def run() -> None:
        app = app_on(demo_store)
        frames = _record_frames(app)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause(0.3)
            # Mount each pane once (its first showing builds it), then measure.
            for key in ("2", "3", "4", "1"):
                await pilot.press(key)
                await pilot.pause(0.1)
            late = [
                key
                for key in ("2", "right", "right", "left", "left", "down", "up", "3", "4", "1", "2")
                if not await _first_frame_is_final(pilot, frames, key)
            ]
            assert late == []

    asyncio.run(run())
