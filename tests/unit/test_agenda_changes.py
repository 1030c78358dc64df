"""change_agendas: a change to agendas as the user saw them is written whole, or refused
as a conflict when someone else added or removed an item meanwhile."""

from __future__ import annotations

import pendulum
import pytest

from kkr_tui.domain.clock import TZ_NAME
from kkr_tui.domain.models import AgendaItem, Meeting, Series
from kkr_tui.domain.workflow import placed_item, without_item
from kkr_tui.store import ConflictError, Store
from kkr_tui.store.agenda_changes import change_agendas


def a_meeting(day: str = "2026-06-15") -> Meeting:
    start = pendulum.parse(f"{day}T09:00:00", tz=TZ_NAME)
    assert isinstance(start, pendulum.DateTime)
    return Meeting(council="syddanmark", series=Series.KKR, start=start, end=start.add(hours=3))


def agenda_of_three(store: Store) -> tuple[int, list[AgendaItem]]:
    meeting = store.add(a_meeting())
    items = [
        store.add(AgendaItem(meeting_id=meeting.id, number=n, title=title))
        for n, title in enumerate(("Velkomst", "Budget", "Eventuelt"), start=1)
    ]
    return meeting.id, items


def titles(store: Store, meeting_id: int) -> list[tuple[int, str]]:
    return [(i.number, i.title) for i in store.snapshot().items_for(meeting_id)]


def test_deleting_an_item_renumbers_the_rest_in_one_write(store: Store) -> None:
    meeting_id, shown = agenda_of_three(store)
    renumbered = without_item(shown, shown[1].id)
    with store.transaction() as tx:
        change_agendas(tx, {meeting_id: shown}, renumbered, delete=shown[1])
    assert titles(store, meeting_id) == [(1, "Velkomst"), (2, "Eventuelt")]


def test_an_item_added_by_someone_else_meanwhile_is_a_conflict(store: Store) -> None:
    meeting_id, shown = agenda_of_three(store)
    store.add(AgendaItem(meeting_id=meeting_id, number=4, title="Kollegas punkt"))
    renumbered = without_item(shown, shown[0].id)
    with pytest.raises(ConflictError), store.transaction() as tx:
        change_agendas(tx, {meeting_id: shown}, renumbered, delete=shown[0])
    # Nothing written: the first item is still there, and no two items share a number.
    assert titles(store, meeting_id) == [
        (1, "Velkomst"),
        (2, "Budget"),
        (3, "Eventuelt"),
        (4, "Kollegas punkt"),
    ]


def test_a_new_record_is_added_and_every_agenda_shown_is_checked(store: Store) -> None:
    source_id, source = agenda_of_three(store)
    target = store.add(a_meeting("2026-09-14"))
    copy = AgendaItem(meeting_id=target.id, number=1, title="Budget")
    with store.transaction() as tx:
        change_agendas(tx, {source_id: source, target.id: []}, [copy])
    assert titles(store, target.id) == [(1, "Budget")]
    store.add(AgendaItem(meeting_id=target.id, number=2, title="Kollegas punkt"))
    with pytest.raises(ConflictError), store.transaction() as tx:
        change_agendas(tx, {source_id: source, target.id: []}, [copy])


def test_a_new_item_and_the_closing_items_it_moves_are_written_together(store: Store) -> None:
    meeting = store.add(a_meeting())
    shown = [
        store.add(AgendaItem(meeting_id=meeting.id, number=n, title=title))
        for n, title in enumerate(("Budget", "Siden sidst / Meddelelser", "Eventuelt"), start=1)
    ]
    new = AgendaItem(meeting_id=meeting.id, number=1, title="Ny sag")
    placed = placed_item(new, meeting, shown)
    with store.transaction() as tx:
        written = change_agendas(tx, {meeting.id: shown}, placed)
    assert written[0].id != 0 and isinstance(written[0], AgendaItem)
    assert titles(store, meeting.id) == [
        (1, "Budget"),
        (2, "Ny sag"),
        (3, "Siden sidst / Meddelelser"),
        (4, "Eventuelt"),
    ]


def test_a_new_item_is_refused_whole_when_a_closing_item_changed_meanwhile(
    store: Store,
) -> None:
    meeting = store.add(a_meeting())
    shown = [
        store.add(AgendaItem(meeting_id=meeting.id, number=n, title=title))
        for n, title in enumerate(("Budget", "Eventuelt"), start=1)
    ]
    store.update(shown[1].with_changes(case_text="Rettet af en kollega"))
    new = AgendaItem(meeting_id=meeting.id, number=1, title="Ny sag")
    placed = placed_item(new, meeting, shown)
    with pytest.raises(ConflictError), store.transaction() as tx:
        change_agendas(tx, {meeting.id: shown}, placed)
    assert titles(store, meeting.id) == [(1, "Budget"), (2, "Eventuelt")]
