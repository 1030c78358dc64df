"""The room of a big window used (issue 22, points 5 and 6), driven as a user would."""

from __future__ import annotations

from typing import Any

import pytest
from rich.text import Text
from textual.geometry import Region
from textual.widgets import DataTable, Static

from kkr_tui.store import Store
from kkr_tui.ui.compat import FooterKey
from kkr_tui.ui.panes.cycle import CyclePane
from kkr_tui.ui.panes.overview_coming import ComingList
from kkr_tui.ui.screens.attendance_screen import AttendanceScreen
from kkr_tui.ui.screens.meeting_dialog import MeetingDialog
from kkr_tui.ui.widgets.fit import cell_width
from kkr_tui.ui.widgets.fitted_table import FittedTable
from kkr_tui.ui.widgets.footer import AppFooter
from kkr_tui.ui.widgets.year_chart import YearChart
from tests.pilot import app_on, pilot_test, wait_until
from tests.ui.agenda_support import find_meeting, open_meeting
from tests.ui.test_keys import SCREENS

# Textual's toasts by their type name: the class itself lives in a private module.
TOAST = "Toast"


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


# Every screen with a footer: the five panes, a council, a body, the fora, a meeting.
FOOTER_SCREENS = [
    "overview",
    "cycle",
    "agenda",
    "contacts",
    "appointments",
    "appointments: body",
    "council",
    "meeting",
    "cycle: meetings list",
    "contacts: list",
]


@pytest.mark.parametrize("where", FOOTER_SCREENS)
@pilot_test
async def test_the_footer_shows_whole_entries_only_at_80x24(demo_store: Store, where: str) -> None:
    """Every key shown in the footer is there whole, left of Ctrl+P (nothing cut
    mid-word as "Skift vi▏"); F1 and Ctrl+P always; what does not fit is left out."""
    app = app_on(demo_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await SCREENS[where](pilot)
        await pilot.pause()
        await pilot.pause(0.05)
        footer = app.screen.query_one(AppFooter)
        keys = list(footer.query(FooterKey))
        palette = next(key for key in keys if key.has_class("-command-palette"))
        shown = [w for w in footer.children if w.display and w is not palette]
        assert palette.display and palette.region.right == footer.region.right
        assert shown and isinstance(shown[0], FooterKey) and shown[0].key == "f1"
        for widget in shown:
            assert widget.region.width > 0, widget
            assert footer.region.x <= widget.region.x, widget
            assert widget.region.right <= palette.region.x, (where, widget, palette)
        described = " ".join(
            key.description for key in footer.query(FooterKey) if key.display and key.description
        )
        assert described  # some of the screen's keys besides F1 found room


def _cut_cells(table: DataTable[Any]) -> list[tuple[str, str]]:
    """(column, line) of every cell line longer than its column: what shows cut."""
    cut = []
    widths = {key.value: column.width for key, column in table.columns.items()}
    for index in range(table.row_count):
        for key, cell in zip(widths, table.get_row_at(index), strict=True):
            for line in str(cell).split("\n"):
                if cell_width(line) > widths[key]:
                    cut.append((str(key), line))
    return cut


@pilot_test
async def test_kontakter_at_80x24_shows_every_email_whole(demo_store: Store) -> None:
    """At 80 columns the e-mail wins: every address whole, the names too; a number with
    +45 is what gives way (the detail line has it whole)."""
    app = app_on(demo_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("4")
        await pilot.pause()
        table = app.screen.query_one("#contact-list", DataTable)
        assert [str(column.label) for column in table.columns.values()] == [
            "Navn",
            "E-mail",
            "Telefon",
            "Råd",
        ]
        assert {column for column, _ in _cut_cells(table)} <= {"phone"}
        assert table.region.right <= 80


@pytest.mark.parametrize("size", [(120, 40), (160, 50)])
@pilot_test
async def test_kontakter_in_a_big_window_cuts_nothing(
    demo_store: Store, size: tuple[int, int]
) -> None:
    """Wide and tall: two lines a contact (name over title, organisation over unit,
    e-mail over phone), every text whole, the list as tall as its contacts need."""
    app = app_on(demo_store)
    async with app.run_test(size=size) as pilot:
        await pilot.press("4")
        await pilot.pause()
        table = app.screen.query_one("#contact-list", DataTable)
        assert _cut_cells(table) == []
        texts = " ".join(str(cell) for i in range(table.row_count) for cell in table.get_row_at(i))
        assert "Leder af KKR og Tværgående Samarbejde" in texts
        assert "Klima og Tværkommunalt Samarbejde" in texts
        assert table.region.height >= 2 * table.row_count + 1


@pytest.mark.parametrize(("size", "cut_columns"), [((120, 40), {"meeting"}), ((160, 50), set())])
@pilot_test
async def test_oversigt_in_a_big_window(
    demo_store: Store, size: tuple[int, int], cut_columns: set[str]
) -> None:
    """The chairs' names and the deadlines' words whole (at 120 only a long venue gives
    way, its address in the detail line); the rows below carry the coming deadlines and
    meetings of all councils, soonest first, down to the total line."""
    app = app_on(demo_store)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        table = app.screen.query_one("#councils", DataTable)
        assert {column for column, _ in _cut_cells(table)} <= cut_columns
        detail = str(app.screen.query_one("#overview-detail", Static).render())
        assert "Næste møde: man 14. sep 2026 kl. 09.00, Regionshuset, Damhaven 12, 7100 Vejle" in (
            detail.replace("\n", " ")
        )
        coming = app.screen.query_one(ComingList)
        lines = str(coming.render()).splitlines()
        assert lines[0] == "Kommende frister og møder"
        words = "tor 10. sep Nordjylland frist i dag Udsendelse af dagsorden · KKR tor 17. sep"
        assert " ".join(lines[1].split()) == words
        assert lines[-1].startswith("… og ") and "Dagsordener" in lines[-1]
        # Every row used: the list reaches the total line.
        assert len(lines) == coming.content_size.height
        total = app.screen.query_one("#overview-total")
        assert coming.region.bottom == total.region.y
        assert coming.region.height > 10


@pilot_test
async def test_oversigt_at_80x24_has_no_room_for_the_coming_list(demo_store: Store) -> None:
    """Fewer than three free rows: the list draws nothing (no heading without lines)."""
    app = app_on(demo_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert str(app.screen.query_one(ComingList).render()) == ""
        table = app.screen.query_one("#councils", DataTable)
        assert table.region.height == 1 + 2 * 5  # all five councils, no scrolling


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
@pilot_test
async def test_arshjul_shows_the_dispatch_day_whole(
    demo_store: Store, size: tuple[int, int]
) -> None:
    """The meetings' table fits the window: at 80 columns the place is left out (the
    detail line names it) and a forum's name gives way, never the dispatch day."""
    app = app_on(demo_store)
    async with app.run_test(size=size) as pilot:
        await pilot.press("2")
        await wait_until(pilot, lambda: app.query(CyclePane).first().display, "Årshjul")
        table = app.screen.query_one("#cycle-meetings", DataTable)
        assert table.virtual_size.width <= table.size.width
        keys = [key.value for key in table.columns]
        assert ("place" in keys) is (size[0] >= 100)
        cut = _cut_cells(table)
        assert not [c for c in cut if c[0] in ("date", "time", "dispatch", "state")], cut


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
@pilot_test
async def test_the_attendance_list_cuts_no_name_or_municipality(
    demo_store: Store, size: tuple[int, int]
) -> None:
    """Name and municipality columns as wide as the longest ("Faaborg-Midtfyn" whole at
    80x24); with room (120x40) the role too, and the dialog wider than 100 columns."""
    held = find_meeting(demo_store, "syddanmark", "2026-06-15")
    app = app_on(demo_store)
    async with app.run_test(size=size) as pilot:
        await open_meeting(pilot, held.id)
        await pilot.press("f")
        await wait_until(pilot, lambda: isinstance(app.screen, AttendanceScreen), "the dialog")
        await pilot.pause()
        table = app.screen.query_one("#attendance-members", FittedTable)
        assert _cut_cells(table) == []
        keys = [key.value for key in table.columns]
        assert keys == (
            ["name", "municipality", "role", "presence"]
            if size[0] >= 120
            else ["name", "municipality", "presence"]
        )
        towns = [str(table.get_row_at(i)[1]) for i in range(table.row_count)]
        assert "Faaborg-Midtfyn" in towns
        # The third member came by substitute: "supp. Allan Forsøgslund deltog" whole.
        await pilot.press("d", "d", "s", "enter")
        await pilot.pause()
        assert str(table.get_row_at(2)[-1]).startswith("supp. ")
        assert _cut_cells(table) == []
        box = app.screen.query_one("#attendance-dialog").region
        assert box.right <= size[0]
        if size[0] >= 120:
            assert box.width > 100


@pilot_test
async def test_a_toast_stands_on_the_footer_line_not_over_the_list(demo_store: Store) -> None:
    """Copying an e-mail in Kontakter at 80x24: the toast is one line over the footer's
    line; the list (and the detail lines) stay in view. A long path in a toast breaks
    after a "/", with its file name whole."""
    app = app_on(demo_store)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.press("4", "c")
        await wait_until(pilot, lambda: bool(app.screen.query(TOAST)), "the toast")
        await pilot.pause()
        toast = app.screen.query_one(TOAST)
        assert toast.region.height == 1 and toast.region.bottom == 24
        for selector in ("#contact-list", "#contact-detail"):
            assert not toast.region.overlaps(app.screen.query_one(selector).region), selector
        path = "/home/anna/Dokumenter/KKR-sekretariatet/Syddanmark/2026/kkr-syddanmark-referat.pdf"
        app.notify(f"Gemt: {path}", markup=False)
        await wait_until(pilot, lambda: len(app.screen.query(TOAST)) == 2, "the second toast")
        await pilot.pause()
        lines = app.screen.query(TOAST).last().render_lines(Region(0, 0, 60, 3))
        # Each line less the toast's left border ("▌") and padding.
        texts = [text for line in lines if (text := line.text.strip("▌ "))]
        assert len(texts) == 2, texts
        assert texts[0].endswith("/") and texts[1].endswith("kkr-syddanmark-referat.pdf")
        assert "".join(texts).replace("Gemt: ", "", 1).replace(" ", "") == path


@pilot_test
async def test_a_detail_too_long_for_its_box_ends_in_an_ellipsis(demo_store: Store) -> None:
    """Dagsordener at 80x24: the detail of Syddanmark's 14 September meeting (its missing
    material, approvals and dispatch) needs five lines; the box shows four and the last
    ends in '…' (it once ended in "senest fre 20." with nothing to say it went on). The
    meeting screen does not scroll under the footer, the item detail wholly in view."""
    app = app_on(demo_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("3")
        await pilot.pause()
        table = app.screen.query_one("#agenda-meetings", DataTable)
        detail = app.screen.query_one("#agenda-detail", Static)
        meeting = find_meeting(demo_store, "syddanmark", "2026-09-14")
        table.move_cursor(row=[k.value for k in table.rows].index(str(meeting.id)))
        await pilot.pause()
        content = detail.content
        assert isinstance(content, Text)
        assert len(content.wrap(app.console, detail.content_size.width)) > 4
        lines = str(detail.render()).splitlines()
        assert len(lines) == detail.region.height == 4
        assert lines[-1].endswith("…")
        await open_meeting(pilot, meeting.id)
        await pilot.pause()
        item = app.screen.query_one("#meeting-item-detail", Static)
        assert app.screen.max_scroll_y == 0
        assert item.region.bottom <= app.screen.query_one(AppFooter).region.y
