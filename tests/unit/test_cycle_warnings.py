"""Warnings about a council's year: count, closed days, meetings too close, late dispatch."""

from __future__ import annotations

import pendulum

from kkr_tui.domain.cycle_warnings import (
    KKR_MEETINGS_PER_YEAR,
    CycleWarning,
    WarningKind,
    meeting_warnings,
    year_warnings,
)
from kkr_tui.domain.localtime import local_datetime
from kkr_tui.domain.models import Meeting, MeetingState, Series
from kkr_tui.domain.planning import Planner
from kkr_tui.domain.reference import COUNCIL_SLUGS
from kkr_tui.domain.rules import Settings
from kkr_tui.i18n import set_language

D = pendulum.date
PLANNER = Planner(Settings())
TODAY = D(2026, 9, 10)
FIVE_2026 = (D(2026, 2, 26), D(2026, 4, 16), D(2026, 6, 11), D(2026, 9, 17), D(2026, 11, 26))


def meeting(
    day: pendulum.Date,
    series: Series = Series.KKR,
    state: MeetingState = MeetingState.PLANNED,
    council: str = "nordjylland",
    meeting_id: int = 0,
    dispatched_on: pendulum.Date | None = None,
) -> Meeting:
    return Meeting(
        council=council,
        series=series,
        start=local_datetime(day, 9, 30),
        end=local_datetime(day, 12, 30),
        state=state,
        id=meeting_id,
        dispatched_on=dispatched_on,
    )


def full_year(council: str = "nordjylland") -> list[Meeting]:
    # All in the future of TODAY's dispatch deadlines, or already published.
    return [
        meeting(
            day,
            council=council,
            state=MeetingState.PUBLISHED if day < TODAY else MeetingState.PLANNED,
        )
        for day in FIVE_2026
    ]


def warnings_for(
    meetings: list[Meeting], year: int = 2026, today: pendulum.Date = TODAY
) -> list[CycleWarning]:
    return year_warnings(meetings, PLANNER, year, today, ["nordjylland"])


def kinds(found: list[CycleWarning]) -> list[WarningKind]:
    return [w.kind for w in found]


def test_a_normal_year_has_no_warnings() -> None:
    assert warnings_for(full_year()) == []


def test_count_other_than_five_kkr_meetings() -> None:
    four = full_year()[:4]
    found = warnings_for(four)
    assert kinds(found) == [WarningKind.COUNT]
    assert found[0].count == 4
    assert found[0].message == f"4 KKR-møder i 2026, forventet {KKR_MEETINGS_PER_YEAR}"
    six = [*full_year(), meeting(D(2026, 3, 26))]
    assert [w.count for w in warnings_for(six) if w.kind is WarningKind.COUNT] == [6]


def test_cancelled_meetings_do_not_count_and_other_series_do_not_count() -> None:
    year = full_year()
    year[4] = year[4].with_changes(state=MeetingState.CANCELLED)
    year.append(meeting(D(2026, 1, 28), series=Series.CONSTITUTING, state=MeetingState.PUBLISHED))
    year.append(meeting(D(2026, 8, 27), series=Series.CHAIRMANSHIP, state=MeetingState.HELD))
    found = warnings_for(year)
    assert kinds(found) == [WarningKind.COUNT]
    assert found[0].count == 4


def test_an_empty_year_warns_for_every_council_in_order() -> None:
    found = year_warnings([], PLANNER, 2027, TODAY, COUNCIL_SLUGS)
    assert [w.council for w in found] == list(COUNCIL_SLUGS)
    assert all(w.count == 0 for w in found)


def test_meeting_on_a_closed_day_names_the_day() -> None:
    year = full_year()
    year[1] = meeting(D(2026, 4, 2), state=MeetingState.PUBLISHED)  # skærtorsdag
    found = [w for w in warnings_for(year) if w.kind is WarningKind.CLOSED_DAY]
    assert len(found) == 1
    assert found[0].reason == "skærtorsdag"
    assert "tor 2. apr 2026" in found[0].message
    saturday = [meeting(D(2026, 10, 3), series=Series.DIRECTORS)]
    found = warnings_for(full_year() + saturday)
    assert [w.reason for w in found if w.kind is WarningKind.CLOSED_DAY] == ["lørdag"]


def test_two_council_meetings_within_14_days() -> None:
    fourteen = [*full_year(), meeting(D(2026, 12, 10))]  # 14 days after 26 Nov
    found = [w for w in warnings_for(fourteen) if w.kind is WarningKind.TOO_CLOSE]
    assert [(w.meetings[0].day, w.meetings[1].day) for w in found] == [
        (D(2026, 11, 26), D(2026, 12, 10))
    ]
    assert "kun 14 dage" in found[0].message
    fifteen = [*full_year(), meeting(D(2026, 12, 11))]
    assert WarningKind.TOO_CLOSE not in kinds(warnings_for(fifteen))


def test_chairmanship_and_cancelled_meetings_are_not_too_close() -> None:
    year = [
        *full_year(),
        meeting(D(2026, 9, 10), series=Series.CHAIRMANSHIP, state=MeetingState.HELD),
        meeting(D(2026, 12, 3), state=MeetingState.CANCELLED),
    ]
    assert WarningKind.TOO_CLOSE not in kinds(warnings_for(year))


def test_too_close_across_new_year_shows_in_both_years() -> None:
    pair = [meeting(D(2026, 12, 28), state=MeetingState.PLANNED), meeting(D(2027, 1, 5))]
    for year in (2026, 2027):
        found = [w for w in warnings_for(pair, year) if w.kind is WarningKind.TOO_CLOSE]
        assert len(found) == 1


def test_dispatch_deadline_passed_without_dispatch() -> None:
    # 17 Sep 2026: dispatch due Thu 10 Sep. On the day itself: not yet late.
    year = full_year()
    assert WarningKind.DISPATCH_OVERDUE not in kinds(warnings_for(year, today=D(2026, 9, 10)))
    found = warnings_for(year, today=D(2026, 9, 11))
    late = [w for w in found if w.kind is WarningKind.DISPATCH_OVERDUE]
    assert [w.day for w in late] == [D(2026, 9, 17)]
    assert late[0].due == D(2026, 9, 10)
    assert "udsendelsesfristen tor 10. sep er overskredet" in late[0].message


def test_dispatched_meetings_are_not_late() -> None:
    year = full_year()
    year[3] = year[3].with_changes(state=MeetingState.DISPATCHED)
    assert WarningKind.DISPATCH_OVERDUE not in kinds(warnings_for(year, today=D(2026, 9, 14)))
    year[3] = year[3].with_changes(state=MeetingState.PLANNED, dispatched_on=D(2026, 9, 9))
    assert WarningKind.DISPATCH_OVERDUE not in kinds(warnings_for(year, today=D(2026, 9, 14)))


def test_meeting_warnings_ignore_the_meeting_itself() -> None:
    saved = meeting(D(2026, 4, 16), meeting_id=7)
    moved = saved.with_changes(
        start=local_datetime(D(2026, 4, 20), 9, 30), end=local_datetime(D(2026, 4, 20), 12, 30)
    )
    assert meeting_warnings(moved, [saved], PLANNER) == []
    other = meeting(D(2026, 4, 9), meeting_id=8)
    found = meeting_warnings(moved, [saved, other], PLANNER)
    assert kinds(found) == [WarningKind.TOO_CLOSE]


def test_messages_follow_the_language() -> None:
    set_language("en")
    try:
        found = warnings_for(full_year()[:3])
        assert found[0].message == "3 KKR meetings in 2026, expected 5"
    finally:
        set_language("da")
