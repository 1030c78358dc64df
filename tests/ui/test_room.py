"""The room of a big window used (issue 22, points 5 and 6), driven as a user would."""

from __future__ import annotations

import pytest

from kkr_tui.store import Store
from kkr_tui.ui.panes.cycle import CyclePane
from kkr_tui.ui.screens.meeting_dialog import MeetingDialog
from kkr_tui.ui.widgets.year_chart import YearChart
from tests.pilot import app_on, pilot_test, wait_until


@pytest.mark.parametrize(("size", "chart_in_view"), [((120, 40), True), ((80, 24), False)])
@pilot_test
async def test_the_arshjul_edit_dialog_leaves_the_chart_in_view(
    demo_store: Store, size: tuple[int, int], chart_in_view: bool
) -> None:
    """At 120x40 the meeting dialog stands below the chart it changes; at 80x24 it
    takes the room it needs."""
    app = app_on(demo_store)
    async with app.run_test(size=size) as pilot:
        await pilot.press("2")
        await wait_until(pilot, lambda: app.query(CyclePane).first().display, "Årshjul")
        chart = app.screen.query_one(YearChart).region
        await pilot.press("e")
        await wait_until(pilot, lambda: isinstance(app.screen, MeetingDialog), "the dialog")
        await pilot.pause()
        box = app.screen.query_one("#dialog").region
        assert (box.y >= chart.bottom) is chart_in_view, (size, box, chart)
        assert box.bottom <= size[1]


@pilot_test
async def test_the_arshjul_foot_keeps_a_space_after_its_labels(demo_store: Store) -> None:
    app = app_on(demo_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("2")
        await pilot.pause()
        detail = str(app.screen.query_one("#cycle-detail").render())
        place, dispatch = detail.splitlines()
        assert place.startswith("Sted: ") and not place.startswith("Sted:  ")
        assert dispatch.startswith("Udsendelse senest ")
        title = str(app.screen.query_one("#cycle-title").render())
        assert title.startswith("KKR Nordjylland 2026: ")
