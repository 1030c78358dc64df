"""Oversigt (pane 1): which council needs attention, Enter to the council, / to a contact."""

from __future__ import annotations

import pendulum
from textual.widgets import DataTable, Static

from kkr_tui.domain.models import Member
from kkr_tui.i18n import set_language
from kkr_tui.store import Store
from kkr_tui.ui.app import KkrApp
from kkr_tui.ui.screens.council import CouncilScreen
from kkr_tui.ui.screens.meeting import MeetingScreen
from tests.pilot import Notices, app_on, pilot_test
from tests.ui.overview_helpers import column, keys, static_text


@pilot_test
async def test_councils_sorted_by_attention_and_named_on_top(demo_app: KkrApp) -> None:
    app = demo_app
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        table = app.query_one("#councils", DataTable)
        assert keys(table) == [
            "syddanmark",
            "midtjylland",
            "nordjylland",
            "hovedstaden",
            "sjaelland",
        ]
        attention = static_text(app.query_one("#overview-attention", Static))
        assert attention == (
            "Kræver opmærksomhed: ■ KKR Syddanmark, ■ KKR Midtjylland, ▲ KKR Nordjylland"
        )
        deadline = column(table, 1)
        assert deadline[0].splitlines() == [
            "■ rød Referat (møde 15. jun)",
            "58 arb.dage for sent +3",
        ]
        assert deadline[2].splitlines() == ["▲ gul Udsendelse", "i dag"]
        assert column(table, 2)[2].splitlines() == ["tor 17. sep", "KKR-møde"]
        assert column(table, 3)[2].splitlines() == ["22/22", "11 kom."]  # every seat filled
        assert column(table, 4)[0].splitlines() == [
            "Fmd. Anders Opdigtsen",
            "Næstfmd. Louise Skitsesen",
        ]
        total = static_text(app.query_one("#overview-total", Static))
        # At 80 columns the line drops "registreret" to fit (then the municipalities).
        assert total == (
            "I alt: 196 pladser · 196 medlemmer · ledige pladser i organer: 10"  # 80 columns
        )


@pilot_test
async def test_detail_follows_the_cursor(demo_app: KkrApp) -> None:
    app = demo_app
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        detail = app.query_one("#overview-detail", Static)
        assert "Offentliggørelse af beslutningsreferat for mødet man 15. jun 2026" in static_text(
            detail
        )
        await pilot.press("down", "down")
        text = static_text(detail)
        assert text.startswith("KKR Nordjylland · Region Nordjylland · Ledige pladser: 2\n")
        assert "Formand: Anne Prøvesen (Aalborg) · Næstformand: Camilla Opdigtsen (Rebild)" in text
        assert (
            "Udsendelse af dagsorden for mødet tor 17. sep 2026: tor 10. sep 2026, frist i dag"
            in text
        )


@pilot_test
async def test_everything_fits_the_width(demo_store: Store) -> None:
    for size in ((80, 24), (120, 40), (200, 50)):
        app = app_on(demo_store)  # a new app for each size
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            table = app.query_one("#councils", DataTable)
            assert table.virtual_size.width <= table.size.width, size
            assert not table.show_horizontal_scrollbar, size


@pilot_test
async def test_enter_opens_the_council_and_escape_comes_back(demo_app: KkrApp) -> None:
    app = demo_app
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("down", "down", "enter")
        await pilot.pause()
        assert isinstance(app.screen, CouncilScreen)
        assert app.screen.slug == "nordjylland"
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, CouncilScreen)
        assert app.focused is app.query_one("#councils")


@pilot_test
async def test_m_opens_the_meeting_behind_the_urgent_deadline(
    demo_store: Store, demo_app: KkrApp
) -> None:
    june = next(
        m
        for m in demo_store.snapshot().meetings_of("syddanmark")
        if m.day == pendulum.date(2026, 6, 15)
    )
    app = demo_app
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("m")
        await pilot.pause()
        assert isinstance(app.screen, MeetingScreen)
        assert app.screen.meeting_id == june.id


@pilot_test
async def test_find_and_copy_a_contact_from_the_overview(
    demo_app: KkrApp, notices: Notices
) -> None:
    """The done-when: `/`, the text, Enter, `c` - four keys besides the search text."""
    app = demo_app
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("slash", "h", "a", "s", "t", "enter", "c")
        await pilot.pause()
        assert app.clipboard == "hast@kl.dk"
        assert "Kopieret til udklipsholderen: hast@kl.dk" in notices.texts()
        # The same from pane 4: `4`, `/`, text, Enter, `c`.
        await pilot.press("1", "4", "slash", "n", "ø", "r", "l", "u", "n", "d", "enter", "c")
        await pilot.pause()
        assert app.clipboard == "snm@kl.dk"


@pilot_test
async def test_a_fresh_database_keeps_the_seed_order(store: Store) -> None:
    app = app_on(store, pendulum.date(2026, 4, 9), demo=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        table = app.query_one("#councils", DataTable)
        assert column(table) == [
            "KKR Nordjylland",
            "KKR Midtjylland",
            "KKR Syddanmark",
            "KKR Hovedstaden",
            "KKR Sjælland",
        ]
        assert column(table, 2)[0] == "intet planlagt"
        # Nothing planned yet: Oversigt says what to do first (tests/ui/test_first_hour.py).
        attention = static_text(app.query_one("#overview-attention", Static))
        assert attention.startswith("Ny database: intet at holde øje med endnu")


@pilot_test
async def test_more_members_than_seats_is_marked(demo_store: Store, demo_app: KkrApp) -> None:
    with demo_store.transaction() as tx:
        tx.add(Member(council="nordjylland", name="Ekstra Medlem", municipality="Aalborg"))
    app = demo_app
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        table = app.query_one("#councils", DataTable)
        row = keys(table).index("nordjylland")
        cell = table.get_row_at(row)[3]
        assert str(cell).splitlines()[0] == "23/22 ⚠1"  # over seats
        assert any("red" in str(span.style) for span in cell.spans)


@pilot_test
async def test_english(demo_app: KkrApp) -> None:
    set_language("en")
    app = demo_app
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        attention = static_text(app.query_one("#overview-attention", Static))
        assert attention.startswith("Needs attention: ■ KKR Syddanmark")
        table = app.query_one("#councils", DataTable)
        # Wide layout: Council (with the light under it), Next deadline, Next meeting
        # (the venue; the detail line has the address), Members, Chairmanship.
        assert str(table.get_row_at(2)[0]).splitlines() == ["KKR Nordjylland", "▲ amber"]
        assert column(table, 2)[2].splitlines() == [
            "Thu 17 Sep 2026",
            "09:30 · Council meeting",
            "Aalborg Kongres & Kultur Center",
        ]
        assert column(table, 4)[0].splitlines() == [
            "Chair Anders Opdigtsen",
            "Vice Louise Skitsesen",
        ]
        detail = static_text(app.query_one("#overview-detail", Static))
        assert "Next meeting: Mon 14 Sep 2026 at 09:00, Regionshuset, Damhaven 12, 7100 Vejle" in (
            detail.replace("\n", " ")
        )


@pilot_test
async def test_the_total_line_is_whole_where_there_is_room(demo_app: KkrApp) -> None:
    """At 120 columns nothing is dropped; at 80 (above) it is shortened by priority, never
    cut in the middle of a word."""
    app = demo_app
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        total = static_text(app.query_one("#overview-total", Static))
        assert total == (
            "I alt: 98 kommuner · 196 pladser · 196 medlemmer registreret"
            " · ledige pladser i organer: 10"
        )
