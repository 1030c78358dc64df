"""Proposing a council's year: the pattern, the council's habits, and the days refused.

Every expected day below was counted by hand on a calendar (Easter 2026: 2. påskedag
6 Apr; 2. pinsedag 25 May 2026; grundlovsdag Fri 5 Jun 2026; Easter 2027: skærtorsdag
25 Mar; nytårsdag 2030 is a Tuesday) and checked with the holidays package.
"""

from __future__ import annotations

import itertools

import pendulum
import pytest

from kkr_tui.domain.cycle_warnings import MIN_DAYS_APART
from kkr_tui.domain.localtime import local_datetime
from kkr_tui.domain.models import Meeting, MeetingState, Series
from kkr_tui.domain.planning import Planner
from kkr_tui.domain.proposals import (
    DEFAULT_END,
    DEFAULT_START,
    ELECTION_YEAR_MONTHS,
    ORDINARY_MONTHS,
    YearProposal,
    propose_year,
    year_slots,
)
from kkr_tui.domain.rules import Settings

D = pendulum.date
PLANNER = Planner(Settings())
COUNCIL = "nordjylland"


def meeting(
    day: pendulum.Date,
    series: Series = Series.KKR,
    start: tuple[int, int] = (9, 30),
    end: tuple[int, int] = (12, 30),
    state: MeetingState = MeetingState.PUBLISHED,
    council: str = COUNCIL,
    place: str = "Aalborg Rådhus",
    meeting_id: int = 0,
) -> Meeting:
    return Meeting(
        council=council,
        series=series,
        start=local_datetime(day, *start),
        end=local_datetime(day, *end),
        place=place,
        state=state,
        id=meeting_id,
    )


def days_of(result: YearProposal) -> list[pendulum.Date]:
    return [p.meeting.day for p in result.proposals]


# --- the pattern -------------------------------------------------------------------------


def test_ordinary_year_is_february_april_june_september_november() -> None:
    slots = year_slots(2027)
    assert [s.month for s in slots] == list(ORDINARY_MONTHS) == [2, 4, 6, 9, 11]
    assert {s.series for s in slots} == {Series.KKR}


def test_election_year_2029_moves_the_last_meeting_to_october() -> None:
    slots = year_slots(2029)
    assert [s.month for s in slots] == list(ELECTION_YEAR_MONTHS) == [2, 4, 6, 9, 10]
    result = propose_year(COUNCIL, 2029, [], PLANNER)
    assert [d.month for d in days_of(result)] == [2, 4, 6, 9, 10]


def test_2030_starts_with_a_constituting_meeting_by_31_january() -> None:
    slots = year_slots(2030)
    assert slots[0].series is Series.CONSTITUTING and slots[0].month == 1
    result = propose_year(COUNCIL, 2030, [], PLANNER)
    first = result.proposals[0].meeting
    assert first.series is Series.CONSTITUTING
    assert first.day <= D(2030, 1, 31)
    # No history: the council's weekday is assumed (Thursday), late January.
    assert first.day == D(2030, 1, 24)
    assert [p.meeting.series for p in result.proposals[1:]] == [Series.KKR] * 5
    assert len(result.proposals) == 6


def test_2026_also_constituting_and_2027_2028_not() -> None:
    assert year_slots(2026)[0].series is Series.CONSTITUTING
    assert all(s.series is Series.KKR for s in year_slots(2027) + year_slots(2028))


def test_proposals_are_proposed_and_unsaved() -> None:
    result = propose_year(COUNCIL, 2027, [], PLANNER)
    assert len(result.proposals) == 5
    assert all(p.meeting.state is MeetingState.PROPOSED for p in result.proposals)
    assert all(p.meeting.id == 0 for p in result.proposals)


# --- the council's habits ----------------------------------------------------------------


def test_weekday_time_and_place_follow_the_councils_latest_year() -> None:
    history = [
        # 2025: Tuesdays 10.00-13.00 in Hjørring; 2026: Thursdays 09.30-12.30 in Aalborg.
        meeting(D(2025, 2, 25), start=(10, 0), end=(13, 0), place="Hjørring"),
        meeting(D(2025, 4, 22), start=(10, 0), end=(13, 0), place="Hjørring"),
        meeting(D(2026, 2, 26)),
        meeting(D(2026, 4, 16)),
        meeting(D(2026, 6, 11)),
        meeting(D(2026, 9, 17), state=MeetingState.PLANNED),
        meeting(D(2026, 11, 26), state=MeetingState.PLANNED, place="Aalborg Kongrescenter"),
    ]
    result = propose_year(COUNCIL, 2027, history, PLANNER)
    assert days_of(result) == [
        D(2027, 2, 25),
        D(2027, 4, 15),
        D(2027, 6, 10),
        D(2027, 9, 16),
        D(2027, 11, 25),
    ]
    for proposal in result.proposals:
        assert proposal.meeting.day.weekday() == pendulum.WeekDay.THURSDAY
        assert (proposal.meeting.start.hour, proposal.meeting.start.minute) == (9, 30)
        assert (proposal.meeting.end.hour, proposal.meeting.end.minute) == (12, 30)
        assert proposal.meeting.place == "Aalborg Kongrescenter"
    assert result.proposals[0].basis == "nær tor 26. feb 2026"


def test_without_history_defaults_are_labelled_assumed() -> None:
    result = propose_year(COUNCIL, 2027, [], PLANNER)
    first = result.proposals[0]
    assert (first.meeting.start.hour, first.meeting.start.minute) == DEFAULT_START
    assert (first.meeting.end.hour, first.meeting.end.minute) == DEFAULT_END
    assert first.meeting.day == D(2027, 2, 18)  # the Thursday nearest mid-February
    assert "antaget" in first.basis


def test_other_councils_meetings_are_ignored() -> None:
    other = [meeting(D(2026, 2, 23), council="syddanmark", start=(8, 0), end=(9, 0))]
    result = propose_year(COUNCIL, 2027, other, PLANNER)
    assert (result.proposals[0].meeting.start.hour, result.proposals[0].meeting.start.minute) == (
        9,
        30,
    )


# --- days refused -----------------------------------------------------------------------


def test_easter_2027_dispatch_on_skaertorsdag_is_avoided() -> None:
    # Thursday habit; April 2025 meeting on the 3rd -> aim at 3 Apr 2027. Thu 1 Apr 2027
    # would have its dispatch on Thu 25 Mar (skærtorsdag): refused, so Thu 8 Apr.
    history = [meeting(D(2025, 4, 3)), meeting(D(2025, 2, 27))]
    result = propose_year(COUNCIL, 2027, history, PLANNER)
    april = next(p for p in result.proposals if p.meeting.day.month == 4)
    assert april.meeting.day == D(2027, 4, 8)
    assert not april.deadlines.dispatch.moved
    assert april.deadlines.dispatch.due == D(2027, 4, 1)


def test_easter_2026_monday_on_and_after_anden_paaskedag_is_avoided() -> None:
    # Monday habit, April 2025 meeting on the 7th -> aim at 7 Apr 2026. Mon 6 Apr is
    # 2. påskedag; Mon 13 Apr has its dispatch on 6 Apr: both refused -> Mon 20 Apr.
    history = [meeting(D(2025, 4, 7)), meeting(D(2025, 2, 24))]
    result = propose_year(COUNCIL, 2026, history, PLANNER, today=D(2025, 12, 1))
    april = next(p for p in result.proposals if p.meeting.day.month == 4)
    assert april.meeting.day == D(2026, 4, 20)


def test_pinse_and_grundlovsdag_2026_are_avoided() -> None:
    # Monday habit, June 2025 on the 2nd -> aim at 2 Jun 2026: Mon 1 Jun has its dispatch
    # on 2. pinsedag (25 May) -> Mon 8 Jun.
    mondays = [meeting(D(2025, 6, 2)), meeting(D(2025, 2, 24))]
    result = propose_year(COUNCIL, 2026, mondays, PLANNER, today=D(2025, 12, 1))
    assert next(d for d in days_of(result) if d.month == 6) == D(2026, 6, 8)
    # Friday habit, June 2025 on the 13th -> aim at 13 Jun 2026: Fri 12 Jun has its
    # dispatch on grundlovsdag (Fri 5 Jun) -> Fri 19 Jun.
    fridays = [meeting(D(2025, 6, 13)), meeting(D(2025, 2, 28))]
    result = propose_year(COUNCIL, 2026, fridays, PLANNER, today=D(2025, 12, 1))
    assert next(d for d in days_of(result) if d.month == 6) == D(2026, 6, 19)


def test_constituting_meeting_avoids_a_dispatch_on_nytaarsdag() -> None:
    # Tuesday habit; last constituting meeting Tue 6 Jan 2026 -> aim at 6 Jan 2030.
    # Tue 8 Jan 2030 would dispatch on nytårsdag, Tue 1 Jan is nytårsdag -> Tue 15 Jan.
    history = [
        meeting(D(2026, 1, 6), series=Series.CONSTITUTING, start=(16, 0), end=(18, 0)),
        meeting(D(2029, 2, 20)),
    ]
    result = propose_year(COUNCIL, 2030, history, PLANNER)
    constituting = result.proposals[0]
    assert constituting.meeting.series is Series.CONSTITUTING
    assert constituting.meeting.day == D(2030, 1, 15)
    # The constituting meeting keeps its own time of day.
    assert constituting.meeting.start.hour == 16


def test_every_proposal_is_on_a_working_day_with_an_unmoved_dispatch() -> None:
    """Across two decades and every weekday habit: never a closed day, never a moved dispatch."""
    calendar = PLANNER.calendar
    for weekday_offset in range(5):
        first_monday = D(2024, 1, 1)  # a Monday
        history = [
            meeting(first_monday.add(weeks=w, days=weekday_offset)) for w in (7, 15, 23, 37, 46)
        ]
        for year in range(2025, 2046):
            result = propose_year(COUNCIL, year, history, PLANNER)
            assert not result.unplaced, (year, result.unplaced)
            for proposal in result.proposals:
                day = proposal.meeting.day
                assert day.year == year
                assert calendar.is_working_day(day), (year, day)
                assert not proposal.deadlines.dispatch.moved, (year, day)
                if proposal.meeting.series is Series.CONSTITUTING:
                    assert day <= D(year, 1, 31)
            days = sorted(days_of(result))
            gaps = [(b - a).days for a, b in itertools.pairwise(days)]
            assert all(gap > MIN_DAYS_APART for gap in gaps), (year, days)


# --- what is already there ---------------------------------------------------------------


def test_existing_meetings_fill_their_slots() -> None:
    existing = [
        meeting(D(2027, 2, 25), state=MeetingState.PLANNED),
        meeting(D(2027, 3, 25), state=MeetingState.PLANNED),  # off-pattern: fills April
    ]
    result = propose_year(COUNCIL, 2027, existing, PLANNER)
    assert [d.month for d in days_of(result)] == [6, 9, 11]
    assert len(result.kept) == 2


def test_a_full_year_gets_no_proposals() -> None:
    existing = [meeting(D(2027, m, 10 + m), state=MeetingState.PLANNED) for m in (1, 3, 5, 8, 10)]
    result = propose_year(COUNCIL, 2027, existing, PLANNER)
    assert result.proposals == ()


def test_a_cancelled_meeting_does_not_fill_a_slot() -> None:
    existing = [meeting(D(2027, 2, 25), state=MeetingState.CANCELLED)]
    result = propose_year(COUNCIL, 2027, existing, PLANNER)
    assert len(result.proposals) == 5


def test_never_on_top_of_an_existing_meeting_nor_within_14_days() -> None:
    # Mid-February Thursday (18 Feb 2027) is taken by a chairmanship meeting; a KKR-like
    # constituting meeting sits on 4 Feb, so 18 Feb is also within 14 days of it.
    existing = [
        meeting(D(2027, 2, 18), series=Series.CHAIRMANSHIP, state=MeetingState.PLANNED),
    ]
    result = propose_year(COUNCIL, 2027, existing, PLANNER)
    february = result.proposals[0].meeting.day
    assert february != D(2027, 2, 18)
    assert february == D(2027, 2, 11)  # next-nearest Thursday to the 15th
    extra = [meeting(D(2027, 2, 4), series=Series.CONSTITUTING, state=MeetingState.PLANNED)]
    result = propose_year(COUNCIL, 2027, existing + extra, PLANNER)
    february = next(d for d in days_of(result) if d.month == 2)
    assert (february - D(2027, 2, 4)).days > MIN_DAYS_APART
    assert february == D(2027, 2, 25)


def test_no_meeting_whose_dispatch_deadline_has_passed() -> None:
    # As of 1 March 2027 February is gone: reported, not proposed.
    result = propose_year(COUNCIL, 2027, [], PLANNER, today=D(2027, 3, 1))
    assert [d.month for d in days_of(result)] == [4, 6, 9, 11]
    assert [u.slot.month for u in result.unplaced] == [2]
    assert "passeret" in result.unplaced[0].message


@pytest.mark.parametrize("year", [2026, 2029, 2030, 2033, 2034])
def test_deadlines_match_the_planner(year: int) -> None:
    for proposal in propose_year(COUNCIL, year, [], PLANNER).proposals:
        assert proposal.deadlines == PLANNER.deadlines(proposal.meeting)
