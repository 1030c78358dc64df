"""Which council needs attention (domain/attention.py), on the demo database."""

from __future__ import annotations

import pendulum

from kkr_tui.domain.attention import CouncilAttention, council_status
from kkr_tui.domain.readiness import Light, LineStatus
from kkr_tui.store import Store


def statuses(store: Store, today: pendulum.Date) -> dict[str, CouncilAttention]:
    snap = store.snapshot()
    return {
        c.slug: council_status(
            c, snap.meetings_of(c.slug), lambda m: snap.readiness(m, today), today
        )
        for c in snap.councils
    }


def test_demo_day_lights_and_urgent_deadlines(demo_store: Store, demo_today: pendulum.Date) -> None:
    found = statuses(demo_store, demo_today)
    syd = found["syddanmark"]
    # June minutes still unpublished: the oldest open milestone, of an earlier meeting.
    assert syd.light is Light.RED
    assert syd.urgent and syd.urgent_meeting and syd.next_meeting
    assert syd.urgent.key == "publication"
    assert syd.urgent_meeting.day == pendulum.date(2026, 6, 15)
    assert syd.next_meeting.meeting.day == pendulum.date(2026, 9, 14)
    nord = found["nordjylland"]
    assert nord.light is Light.AMBER
    assert nord.urgent and nord.urgent.status is LineStatus.DUE_TODAY
    assert found["hovedstaden"].light is Light.GREEN


def test_order_red_amber_green(demo_store: Store, demo_today: pendulum.Date) -> None:
    found = statuses(demo_store, demo_today)
    order = {slug: i for i, slug in enumerate(found)}
    ranked = sorted(found.values(), key=lambda s: s.sort_key(order[s.council.slug]))
    assert [s.council.slug for s in ranked] == [
        "syddanmark",
        "midtjylland",
        "nordjylland",
        "hovedstaden",
        "sjaelland",
    ]


def test_past_unfinished_meetings_stay_open_cancelled_ones_never(demo_store: Store) -> None:
    # Half a year on, September and November were never marked held: still open, and red.
    found = statuses(demo_store, pendulum.date(2027, 6, 1))
    hoved = found["hovedstaden"]
    assert hoved.next_meeting is None
    # (5 Nov is the joint chairmanship meeting with KKR Sjælland, open in both.)
    assert [o.meeting.day for o in hoved.open_meetings] == [
        pendulum.date(2026, 9, 22),
        pendulum.date(2026, 11, 5),
        pendulum.date(2026, 11, 24),
    ]
    assert pendulum.date(2026, 11, 5) in [o.meeting.day for o in found["sjaelland"].open_meetings]
    assert hoved.light is Light.RED
    # Hovedstaden's cancelled chairmanship meeting (8 Sep) is never open, even before it.
    before = statuses(demo_store, pendulum.date(2026, 9, 1))["hovedstaden"]
    assert all(o.meeting.state.value != "cancelled" for o in before.open_meetings)


def test_a_fresh_database_has_nothing_open(store: Store) -> None:
    found = statuses(store, pendulum.date(2026, 4, 9))
    assert {s.light for s in found.values()} == {Light.NONE}
