"""Udpegninger (pane 5) by keyboard: vacancies first, search, open a body, appoint a
member to a vacant seat (the vacancy leaves `kkr status --json`), end an appointment,
refuse a non-member with the closest name, and show user text literally."""

from __future__ import annotations

import json

import pytest
from textual.widgets import DataTable, Input, Static

from kkr_tui.cli import main
from kkr_tui.domain.appointments import Body
from kkr_tui.store import Store
from kkr_tui.ui.app import KkrApp
from kkr_tui.ui.panes.appointments import AppointmentsPane
from kkr_tui.ui.screens.appointment_dialog import AppointmentDialog
from kkr_tui.ui.screens.body import BodyScreen
from kkr_tui.ui.screens.form_dialog import ConfirmDialog
from kkr_tui.ui.screens.meeting import MeetingScreen
from tests.pilot import Notices, pilot_test, wait_until
from tests.ui.overview_helpers import column, static_text


def vacancies_in_status(store: Store, capsys: pytest.CaptureFixture[str]) -> list[tuple[str, str]]:
    main(["--db", str(store.path), "--today", "2026-09-10", "status", "--json"])
    data = json.loads(capsys.readouterr().out)
    return [(v["council"], v["body"]) for v in data["vacancies"]]


@pilot_test
async def test_appoint_a_member_to_a_vacant_seat_by_keyboard(
    demo_store: Store, demo_app: KkrApp, capsys: pytest.CaptureFixture[str], notices: Notices
) -> None:
    before = vacancies_in_status(demo_store, capsys)
    assert ("nordjylland", "Sundhedssamarbejdsudvalget") in before
    app = demo_app
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("5")
        await pilot.pause()
        table = app.query_one("#body-list", DataTable)
        # Vacancies first, the oldest first.
        assert column(table, 1)[0] == "Sundhedssamarbejdsudvalget"
        assert column(table, 0)[0] == "Nordjylland"
        assert "Ledige pladser: 10" in static_text(app.query_one("#appointments-summary", Static))
        await pilot.press("enter")
        assert isinstance(app.screen, BodyScreen)
        await pilot.press("a")  # the highlighted row is the vacant seat 4
        await pilot.pause()
        assert isinstance(app.screen, AppointmentDialog)
        assert app.screen.query_one("#appointment-seat", Input).value == "4"
        await pilot.press(*"Jette Demosen")
        await pilot.press("ctrl+s")
        for _ in range(50):  # the save runs in a worker; a loaded machine is slow
            await pilot.pause(0.1)
            if "Jette Demosen er udpeget" in notices.texts():
                break
        assert isinstance(app.screen, BodyScreen)
        assert "Jette Demosen er udpeget" in notices.texts()
    after = vacancies_in_status(demo_store, capsys)
    assert len(after) == len(before) - 1
    assert ("nordjylland", "Sundhedssamarbejdsudvalget") not in after
    stored = [a for a in demo_store.snapshot().appointments if a.holder == "Jette Demosen"]
    assert any(a.seat == 4 and a.municipality == "Jammerbugt" for a in stored)


@pilot_test
async def test_a_non_member_is_refused_on_a_members_only_body(demo_app: KkrApp) -> None:
    app = demo_app
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("5")
        await pilot.pause()
        await pilot.press("enter", "a")
        await pilot.pause()
        await pilot.press(*"Jette Demosn", "ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, AppointmentDialog)
        error = static_text(app.screen.query_one("#dialog-error", Static))
        assert "Jette Demosn" in error and "Sundhedssamarbejdsudvalget" in error
        assert "mente du »Jette Demosen«?" in error


@pilot_test
async def test_end_an_appointment_makes_the_seat_vacant(demo_app: KkrApp, notices: Notices) -> None:
    app = demo_app
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("5")
        await pilot.pause()
        await pilot.press("enter", "down", "o")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("enter")
        await wait_until(pilot, lambda: "Anne Prøvesens udpegning er ophørt" in notices.texts())
        assert "Anne Prøvesens udpegning er ophørt" in notices.texts()
        table = app.screen.query_one("#seat-list", DataTable)
        assert column(table, 1)[:1] == ["LEDIG (162 d.)"]  # seat 4, since 1 April


@pilot_test
async def test_search_finds_bodies_and_people_and_escape_clears(demo_app: KkrApp) -> None:
    app = demo_app
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("5")
        await pilot.pause()
        await pilot.press("slash", *"kommunaldir")
        table = app.query_one("#body-list", DataTable)
        bodies = set(column(table, 1))
        assert bodies and bodies <= {
            "Praksisplanudvalget",
            "Samarbejdsudvalget for almen praksis",
            "Styregruppen for rammeaftalen på det specialiserede socialområde",
        }
        await pilot.press("escape")
        # 52 bodies; the one KKR Hovedstaden and KKR Sjælland share has a row under each.
        assert table.row_count == 53


@pilot_test
async def test_user_text_is_shown_literally(demo_store: Store, demo_app: KkrApp) -> None:
    with demo_store.transaction() as tx:
        tx.add(Body(name="[red]x[/] [@click=quit]", councils=("sjaelland",), seats=1))
    app = demo_app
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("5")
        await pilot.pause()
        table = app.query_one("#body-list", DataTable)
        assert "[red]x[/] [@click=quit]" in column(table, 1)
        assert app.is_running


@pilot_test
async def test_the_kd_forum_shows_by_name_in_the_annual_cycle(demo_app: KkrApp) -> None:
    app = demo_app
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("2", "tab")
        await pilot.pause()
        table = app.query_one("#cycle-meetings", DataTable)
        assert "KD-forum Nordjylland" in column(table, 4)


@pilot_test
async def test_the_fora_list_their_members(demo_app: KkrApp) -> None:
    app = demo_app
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("5")
        await pilot.pause()
        await pilot.press("f")
        await pilot.pause()
        from kkr_tui.ui.screens.fora import ForaScreen

        assert isinstance(app.screen, ForaScreen)
        table = app.screen.query_one("#fora-list", DataTable)
        assert table.row_count == 15
        assert column(table, 1)[0] == "FD-forum for beskæftigelse og uddannelse"
        detail = static_text(app.screen.query_one("#forum-detail", Static))
        assert "Arbejdsmarkedsdirektør · Aalborg" in detail


@pilot_test
async def test_a_kkr_item_names_the_forum_meeting_that_prepared_it(
    demo_store: Store, demo_app: KkrApp
) -> None:
    snap = demo_store.snapshot()
    november = next(m for m in snap.meetings_of("nordjylland") if m.day.isoformat() == "2026-11-26")
    item = next(i for i in snap.items if i.prepared_in and i.meeting_id == november.id)
    app = demo_app
    async with app.run_test(size=(120, 40)) as pilot:
        await app.open_meeting(item.meeting_id)
        await pilot.pause()
        table = app.screen.query_one("#meeting-items", DataTable)
        keys = [i.id for i in snap.items_for(item.meeting_id)]
        table.move_cursor(row=keys.index(item.id))  # the first case after the frame
        await pilot.pause()
        detail = static_text(app.screen.query_one("#meeting-item-detail", Static))
        assert "Forberedt i KD-forum Nordjylland den 22. oktober 2026" in detail
        await pilot.press("e")
        await pilot.pause()
        from textual.widgets import Select

        prepared = app.screen.query_one("#item-prepared", Select)
        assert prepared.value == item.prepared_in
        prepared.value = Select.NULL
        await pilot.press("ctrl+s")

        def saved() -> bool:
            return not next(i for i in demo_store.snapshot().items if i.id == item.id).prepared_in

        await wait_until(pilot, saved)
    assert not next(i for i in demo_store.snapshot().items if i.id == item.id).prepared_in


@pilot_test
async def test_the_constituting_items_appointments_open_from_the_item(
    demo_store: Store, demo_app: KkrApp
) -> None:
    """The constituting meeting's "Udpegning af ..." item says how many appointments it
    made; `o` shows Udpegninger with only the bodies it appointed to; Escape shows all."""
    snap = demo_store.snapshot()
    item = next(i for i in snap.items if i.title.startswith("Udpegning af politiske"))
    made = [a for a in snap.appointments if a.item_id == item.id]
    bodies = {a.body_id for a in made}
    assert made and len(bodies) >= 10
    app = demo_app
    async with app.run_test(size=(80, 24)) as pilot:
        await app.open_meeting(item.meeting_id)
        await pilot.pause()
        table = app.screen.query_one("#meeting-items", DataTable)
        keys = [i.id for i in snap.items_for(item.meeting_id)]
        table.move_cursor(row=keys.index(item.id))
        await pilot.pause()
        detail = static_text(app.screen.query_one("#meeting-item-detail", Static))
        assert f"udpegninger: {len(made)} (o viser dem)" in detail
        await pilot.press("o")
        await wait_until(pilot, lambda: not isinstance(app.screen, MeetingScreen))
        await pilot.pause()
        summary = static_text(app.query_one("#appointments-summary", Static))
        assert "besluttet under punkt" in summary
        shown = app.query_one("#body-list", DataTable)
        listed = {str(row.value).split(":")[0] for row in shown.rows}
        assert listed == {str(b) for b in bodies}
        await pilot.press("escape")
        await pilot.pause()
        assert shown.row_count == 53


@pilot_test
async def test_showing_the_list_again_does_not_draw_it_again_but_a_new_width_does(
    demo_app: KkrApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each 5 shows the pane with a new size (it had none while hidden): the list is
    drawn again only when its columns would be fitted otherwise (another width),
    not on every 5 (a second drawing of the list and the screen after the first frame)."""
    drawn: list[int] = []
    real_refresh = AppointmentsPane.refresh_data

    def counting_refresh(self: AppointmentsPane, cursor_to_top: bool = False) -> None:
        drawn.append(self.size.width)
        real_refresh(self, cursor_to_top)

    monkeypatch.setattr(AppointmentsPane, "refresh_data", counting_refresh)
    app = demo_app
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("5")
        pane = app.query_one(AppointmentsPane)
        await wait_until(pilot, lambda: pane.size.width > 0, "Udpegninger shown")
        await pilot.pause()
        drawn.clear()
        await pilot.press("1")
        await pilot.pause()
        await pilot.press("5")
        await wait_until(pilot, lambda: pane.is_shown and pane.size.width > 0, "shown again")
        await pilot.pause()
        assert drawn == []
        await pilot.resize_terminal(120, 40)
        await wait_until(pilot, lambda: bool(drawn), "drawn for the new width")
        table = app.query_one("#body-list", DataTable)
        assert len(table.columns) > 0 and 120 in drawn
