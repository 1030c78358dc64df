"""The coming deadlines and meetings across all councils (domain/coming.py), on the demo."""

from __future__ import annotations

from collections import Counter

import pendulum

from kkr_tui.domain.coming import coming
from kkr_tui.domain.readiness import LineStatus
from kkr_tui.store import Store
from tests.unit.test_attention import statuses


def test_the_demo_days_next_things_in_order(demo_store: Store, demo_today: pendulum.Date) -> None:
    entries = coming(list(statuses(demo_store, demo_today).values()), demo_today)
    days = [e.day for e in entries]
    assert days == sorted(days)
    assert all(day >= demo_today for day in days)
    first = entries[0]
    # Nordjylland's agenda goes out today: the first thing to do.
    assert (first.day, first.council.slug) == (demo_today, "nordjylland")
    assert first.line is not None and first.line.key == "dispatch"
    assert first.line.status is LineStatus.DUE_TODAY
    # No overdue deadline (the table names those) and nothing done.
    assert all(e.line.status is not LineStatus.OVERDUE for e in entries if e.line)
    assert all(not e.line.done for e in entries if e.line)
    # On Friday 11 Sep: Midtjylland's dispatch (a deadline) before Sjælland's meeting.
    friday = [(e.council.slug, e.line is None) for e in entries if e.day.day == 11]
    assert friday == [("midtjylland", False), ("sjaelland", True)]


def test_a_meeting_of_several_councils_is_listed_once(
    demo_store: Store, demo_today: pendulum.Date
) -> None:
    """A joint meeting is open in every council taking part; the list names it once."""
    entries = coming(list(statuses(demo_store, demo_today).values()), demo_today)
    joint = [m for m in demo_store.snapshot().meetings if m.councils and m.day >= demo_today]
    assert joint, "the demo has a joint meeting to come"
    listed = Counter((e.meeting.id, e.line.key if e.line else "") for e in entries)
    assert max(listed.values()) == 1
    for meeting in joint:
        assert listed[(meeting.id, "")] == 1
