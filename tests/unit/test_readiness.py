"""Readiness as of a day: the checklist lines and the light (DOMAIN.md rules)."""

from __future__ import annotations

import pendulum
import pytest

from kkr_tui.domain.models import AgendaItem, ItemState, Meeting, MeetingState
from kkr_tui.domain.readiness import Light, LineStatus, assess
from kkr_tui.domain.rules import DateRules
from kkr_tui.domain.workdays import WorkCalendar

CALENDAR = WorkCalendar()
RULES = DateRules()


def meeting(day: str = "2026-04-09", **changes: object) -> Meeting:
    values: dict[str, object] = dict(
        council="sjaelland",
        series="kkr",
        start=f"{day}T09:30:00+02:00",
        end=f"{day}T12:30:00+02:00",
        id=1,
    )
    values.update(changes)
    return Meeting(**values)  # type: ignore[arg-type]


def items(*states: ItemState) -> list[AgendaItem]:
    return [
        AgendaItem(meeting_id=1, number=n + 1, title=f"Punkt {n + 1}", state=state)
        for n, state in enumerate(states)
    ]


def on(day: str) -> pendulum.Date:
    return pendulum.Date.fromisoformat(day)


def test_dispatch_deadline_is_moved_for_easter() -> None:
    r = assess(meeting(), items(ItemState.APPROVED), RULES, CALENDAR, on("2026-03-20"))
    assert r.line("dispatch").deadline.due == on("2026-04-01")  # skærtorsdag 2 Apr -> 1 Apr


def test_all_approved_well_ahead_is_green() -> None:
    r = assess(meeting(), items(ItemState.APPROVED), RULES, CALENDAR, on("2026-03-20"))
    assert r.light is Light.GREEN
    assert r.line("material").done and r.line("review").done
    assert r.next_open is not None and r.next_open.key == "dispatch"


def test_dispatch_due_today_is_amber() -> None:
    r = assess(meeting(), items(ItemState.APPROVED), RULES, CALENDAR, on("2026-04-01"))
    assert r.line("dispatch").status is LineStatus.DUE_TODAY
    assert r.light is Light.AMBER


def test_two_working_days_left_across_a_weekend_is_amber() -> None:
    # Fri 27 Mar -> dispatch Wed 1 Apr: Mon 30, Tue 31, Wed 1 = 3 working days: green.
    r = assess(meeting(), items(ItemState.APPROVED), RULES, CALENDAR, on("2026-03-27"))
    assert r.line("dispatch").workdays == 3 and r.light is Light.GREEN
    # Mon 30 Mar -> 2 working days left: amber.
    r = assess(meeting(), items(ItemState.APPROVED), RULES, CALENDAR, on("2026-03-30"))
    assert r.line("dispatch").workdays == 2 and r.light is Light.AMBER


def test_overdue_dispatch_is_red_and_counts_working_days() -> None:
    # Dispatch was Wed 1 Apr; on Tue 7 Apr (after Easter) it is 1 working day late
    # (Thu 2, Fri 3, Mon 6 are skærtorsdag, langfredag, 2. påskedag).
    r = assess(meeting(), items(ItemState.APPROVED), RULES, CALENDAR, on("2026-04-07"))
    line = r.line("dispatch")
    assert line.status is LineStatus.OVERDUE and line.workdays == 1
    assert r.light is Light.RED


def test_no_items_means_material_not_done() -> None:
    r = assess(meeting(), [], RULES, CALENDAR, on("2026-03-20"))
    assert not r.line("material").done
    assert r.line("material").status is LineStatus.OVERDUE  # material due 18 Mar


def test_postponed_items_do_not_block() -> None:
    r = assess(
        meeting(), items(ItemState.APPROVED, ItemState.POSTPONED), RULES, CALENDAR, on("2026-03-20")
    )
    assert r.line("review").done


def test_dispatched_late_is_done_late() -> None:
    m = meeting(state=MeetingState.DISPATCHED, dispatched_on="2026-04-07")
    r = assess(m, items(ItemState.DISPATCHED), RULES, CALENDAR, on("2026-04-08"))
    line = r.line("dispatch")
    assert line.done and line.done_late_by == 1
    assert "for sent" in line.status_text


def test_cancelled_and_published_have_no_light() -> None:
    cancelled = meeting(state=MeetingState.CANCELLED)
    assert assess(cancelled, [], RULES, CALENDAR, on("2026-04-20")).light is Light.NONE
    published = meeting(
        state=MeetingState.PUBLISHED, dispatched_on="2026-04-01", published_on="2026-04-14"
    )
    assert assess(published, [], RULES, CALENDAR, on("2026-04-20")).light is Light.NONE


@pytest.mark.parametrize("series", ["formandskab", "direktoerforum", "fagdirektoerforum"])
def test_series_without_public_minutes_have_no_publication_line(series: str) -> None:
    r = assess(meeting(series=series), [], RULES, CALENDAR, on("2026-03-01"))
    assert [line.key for line in r.lines] == ["material", "review", "dispatch"]


def test_minutes_overdue_after_the_meeting() -> None:
    m = meeting(state=MeetingState.HELD, dispatched_on="2026-04-01", held_on="2026-04-09")
    # Publication: 5 working days after Thu 9 Apr = Thu 16 Apr.
    r = assess(m, items(ItemState.DISPATCHED), RULES, CALENDAR, on("2026-04-17"))
    assert r.line("publication").deadline.due == on("2026-04-16")
    assert r.line("publication").status is LineStatus.OVERDUE
    assert r.light is Light.RED
