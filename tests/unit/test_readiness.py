"""Readiness as of a day: the checklist lines and the light (DOMAIN.md rules)."""

from __future__ import annotations

from typing import Any

import pendulum
import pytest

from kkr_tui.domain.models import AgendaItem, ItemState, Meeting, MeetingState
from kkr_tui.domain.readiness import Light, LineStatus, assess
from kkr_tui.domain.rules import DateRules
from kkr_tui.domain.workdays import WorkCalendar

CALENDAR = WorkCalendar()
RULES = DateRules()


def meeting(day: str = "2026-04-09", **changes: Any) -> Meeting:
    """Built from values as the database file holds them (ISO text, plain strings): the
    model parses and checks them, so they are typed Any."""
    values: dict[str, Any] = dict(
        council="sjaelland",
        series="kkr",
        start=f"{day}T09:30:00+02:00",
        end=f"{day}T12:30:00+02:00",
        id=1,
    )
    values.update(changes)
    return Meeting(**values)


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


# -- every boundary the issue names ------------------------------------------------


def history_item(n: int, *steps: tuple[str, str, str]) -> AgendaItem:
    """An item whose history holds (day, from, to) steps; its state is the last `to`."""
    from kkr_tui.domain.models import HistoryEntry

    history = tuple(HistoryEntry(day, "sek", a, b) for day, a, b in steps)
    state = ItemState(steps[-1][2]) if steps else ItemState.DRAFT
    return AgendaItem(meeting_id=1, number=n, title=f"Punkt {n}", state=state, history=history)


def test_one_working_day_left_is_amber_and_says_so() -> None:
    r = assess(meeting(), items(ItemState.APPROVED), RULES, CALENDAR, on("2026-03-31"))
    line = r.line("dispatch")
    assert (line.status, line.workdays) == (LineStatus.DUE, 1)
    assert line.status_text == "om 1 arbejdsdag"
    assert r.light is Light.AMBER


def test_due_today_text() -> None:
    r = assess(meeting(), items(ItemState.APPROVED), RULES, CALENDAR, on("2026-04-01"))
    assert r.line("dispatch").status_text == "frist i dag"


def test_weekend_between_friday_and_a_monday_deadline_is_one_working_day() -> None:
    # Meeting Mon 14 Sep 2026 -> dispatch Mon 7 Sep. Seen on Fri 4 Sep and Sat 5 Sep.
    m = meeting("2026-09-14")
    for today in ("2026-09-04", "2026-09-05", "2026-09-06"):
        r = assess(m, items(ItemState.APPROVED), RULES, CALENDAR, on(today))
        line = r.line("dispatch")
        assert (line.status, line.workdays) == (LineStatus.DUE, 1), today
        assert r.light is Light.AMBER
    # Thu 3 Sep: Fri and Mon are two working days: still amber; Wed 2 Sep: three, green.
    r = assess(m, items(ItemState.APPROVED), RULES, CALENDAR, on("2026-09-03"))
    assert r.line("dispatch").workdays == 2 and r.light is Light.AMBER
    r = assess(m, items(ItemState.APPROVED), RULES, CALENDAR, on("2026-09-02"))
    assert r.line("dispatch").workdays == 3 and r.light is Light.GREEN


def test_friday_deadline_seen_on_the_weekend_is_overdue_by_one() -> None:
    # Meeting Fri 11 Sep 2026 -> dispatch Fri 4 Sep; the weekend after it is already late.
    m = meeting("2026-09-11")
    for today, late in (("2026-09-05", 1), ("2026-09-06", 1), ("2026-09-07", 1), ("2026-09-08", 2)):
        r = assess(m, items(ItemState.APPROVED), RULES, CALENDAR, on(today))
        line = r.line("dispatch")
        assert (line.status, line.workdays) == (LineStatus.OVERDUE, late), today
        assert r.light is Light.RED
    assert (
        assess(m, items(ItemState.APPROVED), RULES, CALENDAR, on("2026-09-07"))
        .line("dispatch")
        .status_text
        == "overskredet med 1 arbejdsdag"
    )


def test_easter_between_today_and_the_deadline_is_not_counted() -> None:
    # Meeting Thu 16 Apr 2026 -> dispatch Thu 9 Apr. From Wed 1 Apr: skærtorsdag,
    # langfredag, the weekend and 2. påskedag are closed: Tue 7, Wed 8, Thu 9 = 3 days.
    m = meeting("2026-04-16")
    r = assess(m, items(ItemState.APPROVED), RULES, CALENDAR, on("2026-04-01"))
    assert r.line("dispatch").deadline.due == on("2026-04-09")
    assert r.line("dispatch").workdays == 3 and r.light is Light.GREEN
    # On skærtorsdag itself the count is the same three days.
    r = assess(m, items(ItemState.APPROVED), RULES, CALENDAR, on("2026-04-02"))
    assert r.line("dispatch").workdays == 3


def test_publication_deadline_counts_past_easter() -> None:
    # Meeting Wed 1 Apr 2026: 5 working days after = Tue 7, Wed 8, Thu 9, Fri 10, Mon 13.
    m = meeting("2026-04-01", state=MeetingState.HELD, dispatched_on="2026-03-25")
    r = assess(m, items(ItemState.DISPATCHED), RULES, CALENDAR, on("2026-04-02"))
    line = r.line("publication")
    assert line.deadline.due == on("2026-04-13")
    assert (line.status, line.workdays) == (LineStatus.DUE, 5)


def test_material_done_late_from_the_items_history() -> None:
    # Material was due Wed 18 Mar; the last item came in Fri 20 Mar: 2 working days late.
    its = [
        history_item(1, ("2026-03-10", "draft", "submitted")),
        history_item(2, ("2026-03-20", "draft", "submitted")),
    ]
    r = assess(meeting(), its, RULES, CALENDAR, on("2026-03-23"))
    line = r.line("material")
    assert line.done and line.done_on == on("2026-03-20") and line.done_late_by == 2
    assert line.status_text == "udført 2 arbejdsdage for sent"


def test_material_done_on_the_day_is_not_late() -> None:
    its = [history_item(1, ("2026-03-18", "draft", "submitted"))]
    line = assess(meeting(), its, RULES, CALENDAR, on("2026-03-23")).line("material")
    assert line.done and line.done_late_by == 0 and line.status_text == "udført"


def test_done_without_a_recorded_day_is_not_guessed_late() -> None:
    # No history: done, but when is unknown, so it is not called late.
    line = assess(meeting(), items(ItemState.SUBMITTED), RULES, CALENDAR, on("2026-03-30"))
    assert line.line("material").done and line.line("material").done_on is None
    assert line.line("material").done_late_by == 0


def test_sent_back_and_approved_again_counts_from_the_second_approval() -> None:
    it = history_item(
        1,
        ("2026-03-02", "draft", "submitted"),
        ("2026-03-20", "submitted", "approved"),
        ("2026-03-23", "approved", "submitted"),
        ("2026-03-30", "submitted", "approved"),
    )
    r = assess(meeting(), [it], RULES, CALENDAR, on("2026-03-31"))
    # Review was due Fri 27 Mar; approved (finally) Mon 30 Mar: 1 working day late.
    assert r.line("review").deadline.due == on("2026-03-27")
    assert r.line("review").done_on == on("2026-03-30")
    assert r.line("review").done_late_by == 1
    # Material stayed received throughout: from 2 Mar.
    assert r.line("material").done_on == on("2026-03-02")


def test_dispatched_on_a_saturday_after_a_friday_deadline_is_one_day_late() -> None:
    m = meeting("2026-09-11", state=MeetingState.DISPATCHED, dispatched_on="2026-09-05")
    line = assess(m, items(ItemState.DISPATCHED), RULES, CALENDAR, on("2026-09-07")).line(
        "dispatch"
    )
    assert line.done and line.done_late_by == 1
    assert line.status_text == "udført 1 arbejdsdag for sent"


def test_published_late_is_done_late_and_has_no_light() -> None:
    m = meeting(
        state=MeetingState.PUBLISHED,
        dispatched_on="2026-04-01",
        held_on="2026-04-09",
        published_on="2026-04-20",
    )
    r = assess(m, items(ItemState.DISPATCHED), RULES, CALENDAR, on("2026-04-21"))
    line = r.line("publication")
    assert line.done and line.done_late_by == 2  # due Thu 16 Apr; Fri 17, Mon 20
    assert r.light is Light.NONE and r.next_open is None


# -- every state ---------------------------------------------------------------------


@pytest.mark.parametrize("state", [MeetingState.PROPOSED, MeetingState.PLANNED])
def test_before_dispatch_nothing_is_done_without_items(state: MeetingState) -> None:
    r = assess(meeting(state=state), [], RULES, CALENDAR, on("2026-03-02"))
    assert [line.status for line in r.lines] == [LineStatus.DUE] * 4
    assert r.next_open is not None and r.next_open.key == "material"
    assert r.light is Light.GREEN


def test_dispatched_has_the_agenda_milestones_done_and_publication_open() -> None:
    m = meeting(state=MeetingState.DISPATCHED, dispatched_on="2026-03-31")
    r = assess(m, items(ItemState.DISPATCHED), RULES, CALENDAR, on("2026-04-02"))
    assert [line.done for line in r.lines] == [True, True, True, False]
    assert r.line("dispatch").done_late_by == 0
    assert r.next_open is not None and r.next_open.key == "publication"
    assert r.light is Light.GREEN


def test_dispatched_without_a_day_is_done_without_date() -> None:
    m = meeting(state=MeetingState.DISPATCHED)
    line = assess(m, [], RULES, CALENDAR, on("2026-04-02")).line("dispatch")
    assert line.done and line.done_on is None


def test_held_publication_due_today_is_amber() -> None:
    m = meeting(state=MeetingState.HELD, dispatched_on="2026-04-01", held_on="2026-04-09")
    r = assess(m, items(ItemState.DISPATCHED), RULES, CALENDAR, on("2026-04-16"))
    assert r.line("publication").status is LineStatus.DUE_TODAY
    assert r.light is Light.AMBER


def test_held_meeting_without_public_minutes_has_nothing_left() -> None:
    m = meeting(series="formandskab", state=MeetingState.HELD, held_on="2026-04-09")
    r = assess(m, [], RULES, CALENDAR, on("2026-04-20"))
    assert all(line.done for line in r.lines)
    assert r.light is Light.NONE and r.next_open is None


def test_cancelled_lines_say_cancelled() -> None:
    r = assess(meeting(state=MeetingState.CANCELLED), [], RULES, CALENDAR, on("2026-04-20"))
    assert {line.status for line in r.lines} == {LineStatus.CANCELLED}
    assert {line.status_text for line in r.lines} == {"aflyst"}
    assert r.next_open is None and r.overdue == []


def test_overdue_wins_over_at_risk() -> None:
    # Material overdue (no items) while dispatch is due in 2 days: red, not amber.
    r = assess(meeting(), [], RULES, CALENDAR, on("2026-03-30"))
    assert r.line("dispatch").at_risk
    assert r.light is Light.RED
    assert [line.key for line in r.overdue] == ["material", "review"]


def test_a_changed_rule_changes_the_checklist() -> None:
    rules = DateRules(dispatch_days_before=14, review_workdays_before_dispatch=0)
    r = assess(meeting(), items(ItemState.APPROVED), rules, CALENDAR, on("2026-03-20"))
    # 9 Apr - 14 days = Thu 26 Mar; review the same day.
    assert r.line("dispatch").deadline.due == on("2026-03-26")
    assert r.line("review").deadline.due == on("2026-03-26")


def test_status_texts_in_english() -> None:
    from kkr_tui.i18n import set_language

    set_language("en")
    r = assess(meeting(), items(ItemState.APPROVED), RULES, CALENDAR, on("2026-03-31"))
    assert r.line("dispatch").status_text == "in 1 working day"
    r = assess(meeting(), [], RULES, CALENDAR, on("2026-03-20"))
    assert r.line("material").status_text == "overdue by 2 working days"
