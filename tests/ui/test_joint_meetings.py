"""Joint meetings in the app: entered in the meeting dialog (the holding council first,
"Fælles med" ticking the others), shown once in each council's Årshjul year and named
as joint there."""

from __future__ import annotations

from textual.pilot import Pilot
from textual.widgets import Checkbox, Input, Select, Static

from kkr_tui.domain.models import Meeting
from kkr_tui.ui.app import KkrApp
from kkr_tui.ui.panes.cycle import CyclePane, CycleTable
from kkr_tui.ui.screens.meeting_dialog import MeetingDialog
from tests.pilot import pilot_test, wait_until

SIZE = (80, 24)


def joint_meeting(app: KkrApp) -> Meeting:
    return next(m for m in app.store.snapshot().meetings if m.councils)


async def show_council(pilot: Pilot[int], app: KkrApp, slug: str) -> None:
    pane = app.query_one(CyclePane)
    while pane.council_slug != slug:
        await pilot.press("down")
    await pilot.pause()


def rows_of(app: KkrApp) -> list[str]:
    table = app.query_one(CycleTable)
    return [" ".join(str(c) for c in table.get_row_at(i)) for i in range(table.row_count)]


@pilot_test
async def test_the_demo_joint_meeting_shows_once_in_each_councils_year(demo_app: KkrApp) -> None:
    app = demo_app
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2")
        joint = joint_meeting(app)
        assert joint.all_councils == ("hovedstaden", "sjaelland")
        for slug, words in (
            ("hovedstaden", "fælles med KKR Sjælland"),
            ("sjaelland", "fælles med KKR Hovedstaden; holdes af KKR Hovedstaden"),
        ):
            await show_council(pilot, app, slug)
            rows = [r for r in rows_of(app) if "5. nov" in r]
            assert len(rows) == 1 and "Formandskab · fælles" in rows[0]
            await pilot.press("tab")
            table = app.query_one(CycleTable)
            keys = [m.id for m in app.store.snapshot().meetings_of(slug, 2026)]
            table.move_cursor(row=keys.index(joint.id))
            await pilot.pause()
            detail = str(app.query_one("#cycle-detail", Static).render())
            assert f"Sted: Sorø Rådhus · {words}" in detail
            await pilot.press("shift+tab")
        await show_council(pilot, app, "nordjylland")
        assert not any("fælles" in r for r in rows_of(app))


@pilot_test
async def test_a_joint_meeting_entered_by_keyboard(demo_app: KkrApp) -> None:
    """New meeting: Sjælland holds it, Hovedstaden ticked; the boxes follow the holding
    council (its own box goes, what was ticked stays)."""
    app = demo_app
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2", "n")
        await wait_until(pilot, lambda: isinstance(app.screen, MeetingDialog))
        dialog = app.screen
        boxes = [b.id for b in dialog.query(".joint-tick").results(Checkbox)]
        assert boxes == [
            "joint-midtjylland",
            "joint-syddanmark",
            "joint-hovedstaden",
            "joint-sjaelland",
        ]
        # From the date field back to the Sjælland box; Space ticks it.
        await pilot.press("shift+tab", "shift+tab", "space")
        assert dialog.query_one("#joint-sjaelland", Checkbox).value
        dialog.query_one("#field-council", Select).value = "hovedstaden"
        await pilot.pause()
        await pilot.pause()
        boxes = [b.id for b in dialog.query(".joint-tick").results(Checkbox)]
        assert "joint-hovedstaden" not in boxes and "joint-nordjylland" in boxes
        assert dialog.query_one("#joint-sjaelland", Checkbox).value
        dialog.query_one("#field-date", Input).focus()
        await pilot.press(*"3.12.2026")
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: not isinstance(app.screen, MeetingDialog))
        saved = next(m for m in app.store.snapshot().meetings if m.day.isoformat() == "2026-12-03")
        assert saved.all_councils == ("hovedstaden", "sjaelland")
        # Editing it shows the box ticked; unticking makes it the holder's alone.
        await show_council(pilot, app, "hovedstaden")
        await pilot.press("tab")
        table = app.query_one(CycleTable)
        keys = [m.id for m in app.store.snapshot().meetings_of("hovedstaden", 2026)]
        table.move_cursor(row=keys.index(saved.id))
        await pilot.pause()
        await pilot.press("e")
        await wait_until(pilot, lambda: isinstance(app.screen, MeetingDialog))
        box = app.screen.query_one("#joint-sjaelland", Checkbox)
        assert box.value
        box.value = False
        await pilot.pause()
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: not isinstance(app.screen, MeetingDialog))
        again = app.store.snapshot().meeting(saved.id)
        assert again is not None and again.councils == ()
