"""The council screen names the council's region as called on the day shown."""

from __future__ import annotations

import pendulum
import pytest

from kkr_tui.store import Store
from kkr_tui.ui.widgets.header import AppHeader
from tests.pilot import app_on, pilot_test


@pytest.mark.parametrize(
    ("day", "region"),
    [
        (pendulum.date(2026, 12, 31), "Region Sjælland"),
        (pendulum.date(2027, 1, 1), "Region Østdanmark"),
    ],
)
@pilot_test
async def test_the_council_screen_names_the_region_of_the_day(
    demo_store: Store, day: pendulum.Date, region: str
) -> None:
    app = app_on(demo_store, day)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.open_council("sjaelland")
        await pilot.pause()
        assert app.screen.query_one(AppHeader).pane_title == f"KKR Sjælland · {region}"
