"""A key's whole result in the first frame drawn after it (issue 10: key-to-paint).

Switching panes (the footer's keys, the pane's focus) and Årshjul's year and council
keys (the table refilled, scrolled to the next meeting, its scrollbar) used to draw a
first frame with part of the old screen and the rest one or more frames later. Each
frame the app draws is recorded (kkr_tui.ui.compat.record_frames);
the first one after a key must already be the screen the key ends on.
"""

from __future__ import annotations

import functools

from textual.pilot import Pilot
from textual.widgets import ContentSwitcher

from kkr_tui.ui.app import KkrApp
from kkr_tui.ui.compat import record_frames
from tests.pilot import pilot_test, wait_until, workers_idle

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


def _shows(switcher: ContentSwitcher, pane_id: str) -> bool:
    return switcher.current == pane_id


@pilot_test
async def test_each_key_draws_its_result_in_one_frame(demo_app: KkrApp) -> None:
    app = demo_app
    frames = _record_frames(app)
    async with app.run_test(size=SIZE) as pilot:
        switcher = app.query_one("#panes", ContentSwitcher)
        await wait_until(pilot, lambda: workers_idle(app), "the record check after start-up")
        # Show each pane once (its first showing draws it for the first time), then
        # measure. The pauses here and in _first_frame_is_final are frame windows (the
        # frames a key causes come within them), not waits for something to happen.
        for key, pane in (("2", "cycle"), ("3", "agenda"), ("4", "contacts"), ("1", "overview")):
            await pilot.press(key)
            await wait_until(pilot, functools.partial(_shows, switcher, pane), pane)
            await pilot.pause(0.1)
        late = [
            key
            for key in ("2", "right", "right", "left", "left", "down", "up", "3", "4", "1", "2")
            if not await _first_frame_is_final(pilot, frames, key)
        ]
        assert late == []
