"""What is missing, and by when, for meetings in every state (demo data, demo day)."""

from __future__ import annotations

import pendulum

from kkr_tui.domain.models import AgendaItem, Meeting, Series
from kkr_tui.domain.next_steps import Action, next_steps, numbers
from kkr_tui.store import Snapshot, Store


def find(snap: Snapshot, council: str, day: str, series: Series = Series.KKR) -> Meeting:
    return next(
        m
        for m in snap.meetings
        if m.council == council and m.day.isoformat() == day and m.series is series
    )


def steps_of(store: Store, meeting: Meeting, today: pendulum.Date) -> list[tuple[Action, str]]:
    snap = store.snapshot()
    items = snap.items_for(meeting.id)
    readiness = snap.readiness(meeting, today)
    found = next_steps(meeting, items, readiness, snap.members_of(meeting.council), today)
    return [(s.action, s.text) for s in found]


def test_numbers_are_joined_the_danish_way() -> None:
    def its(*ns: int) -> list[AgendaItem]:
        return [AgendaItem(meeting_id=1, number=n, title="x") for n in ns]

    assert numbers(its(3)) == "3"
    assert numbers(its(4, 1)) == "1 og 4"
    assert numbers(its(5, 1, 2)) == "1, 2 og 5"


def test_red_syddanmark_lists_material_review_responsible_and_dispatch(
    demo_store: Store, demo_today: pendulum.Date
) -> None:
    m = find(demo_store.snapshot(), "syddanmark", "2026-09-14")
    steps = steps_of(demo_store, m, demo_today)
    assert steps == [
        (
            Action.ADVANCE,
            "Materiale mangler: punkt 5 (senest man 24. aug, overskredet med 13 arbejdsdage).",
        ),
        (
            Action.ADVANCE,
            "Formandskabet skal godkende punkt 4 og 8 "
            "(senest ons 2. sep, overskredet med 6 arbejdsdage).",
        ),
        (Action.EDIT, "Ingen ansvarlig for punkt 8."),
        (
            Action.DISPATCH,
            "Dagsordenen skal ud senest man 7. sep, overskredet med 3 arbejdsdage.",
        ),
    ]


def test_amber_nordjylland_is_due_today(demo_store: Store, demo_today: pendulum.Date) -> None:
    m = find(demo_store.snapshot(), "nordjylland", "2026-09-17")
    steps = steps_of(demo_store, m, demo_today)
    assert steps[-1] == (Action.DISPATCH, "Dagsordenen skal ud senest tor 10. sep, frist i dag.")
    assert (Action.EDIT, "Ingen ansvarlig for punkt 3.") in steps


def test_green_hovedstaden_is_ready(demo_store: Store, demo_today: pendulum.Date) -> None:
    m = find(demo_store.snapshot(), "hovedstaden", "2026-09-22")
    assert steps_of(demo_store, m, demo_today) == [
        (
            Action.DISPATCH,
            "Klar til udsendelse; dagsordenen ud senest tir 15. sep, om 3 arbejdsdage.",
        )
    ]


def test_empty_meeting_asks_for_items(demo_store: Store, demo_today: pendulum.Date) -> None:
    m = find(demo_store.snapshot(), "nordjylland", "2026-10-22", Series.DIRECTORS)
    for item in demo_store.snapshot().items_for(m.id):  # the demo's agenda taken off
        demo_store.delete(item)
    steps = steps_of(demo_store, m, demo_today)
    assert steps[0] == (
        Action.ADD_ITEM,
        "Ingen punkter endnu; sagsfremstillinger senest tor 1. okt, om 15 arbejdsdage.",
    )


def test_dispatched_before_and_after_the_meeting(demo_store: Store) -> None:
    m = find(demo_store.snapshot(), "sjaelland", "2026-09-11")
    before = steps_of(demo_store, m, pendulum.date(2026, 9, 10))
    assert before == [
        (Action.NONE, "Dagsorden udsendt fre 4. sep 2026; mødet holdes fre 11. sep 2026.")
    ]
    after = [a for a, _ in steps_of(demo_store, m, pendulum.date(2026, 9, 14))]
    assert after[0] is Action.HOLD and Action.PUBLISH not in after


def test_held_meeting_wants_decisions_attendance_and_minutes(
    demo_store: Store, demo_today: pendulum.Date
) -> None:
    m = find(demo_store.snapshot(), "syddanmark", "2026-06-15")
    steps = steps_of(demo_store, m, demo_today)
    assert [a for a, _ in steps] == [Action.PUBLISH]  # the demo has the attendance
    assert "overskredet med 58 arbejdsdage" in steps[0][1]
    m = demo_store.update(m.with_changes(attendance={}))
    steps = steps_of(demo_store, m, demo_today)
    assert [a for a, _ in steps] == [Action.ATTENDANCE, Action.PUBLISH]
    assert steps[0][1] == "Fremmøde ikke registreret for 44 af 44 medlemmer."


def test_a_formandskab_meeting_asks_for_the_formandskab_only(
    demo_store: Store, demo_today: pendulum.Date
) -> None:
    m = find(demo_store.snapshot(), "nordjylland", "2026-09-03", Series.CHAIRMANSHIP)
    m = demo_store.update(m.with_changes(attendance={}))
    steps = steps_of(demo_store, m, demo_today)
    assert (Action.ATTENDANCE, "Fremmøde ikke registreret for 2 af 2 medlemmer.") in steps


def test_held_chairmanship_has_nothing_missing(demo_store: Store) -> None:
    m = find(demo_store.snapshot(), "nordjylland", "2026-09-03", Series.CHAIRMANSHIP)
    steps = steps_of(demo_store, m, pendulum.date(2026, 9, 10))
    assert steps[-1][0] is Action.NONE and "intet offentligt referat" in steps[-1][1]


def test_published_and_cancelled(demo_store: Store, demo_today: pendulum.Date) -> None:
    snap = demo_store.snapshot()
    published = find(snap, "nordjylland", "2026-06-11")
    assert steps_of(demo_store, published, demo_today) == [
        (
            Action.NONE,
            "Referat offentliggjort ons 17. jun 2026: "
            "https://www.kl.dk/kkr/nordjylland/moeder/2026-06-11",
        )
    ]
    cancelled = find(snap, "hovedstaden", "2026-09-08", Series.CHAIRMANSHIP)
    assert steps_of(demo_store, cancelled, demo_today) == [
        (Action.NONE, "Mødet er aflyst: Formanden forhindret")
    ]
