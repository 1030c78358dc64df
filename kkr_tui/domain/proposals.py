"""Propose a year of meetings for one council, following the observed pattern.

The pattern (DOMAIN.md, kl.dk 2023-2025): five KKR meetings, in February, April,
June, September and November; in a local-election year the last one is in October
(the election is in November). In the first year of an electoral period a
constituting meeting comes first, no later than 31 January.

Where each meeting goes:
- weekday, time and place: what the council used in its latest year of KKR meetings
  (the most frequent weekday and time, the latest place); defaults where unknown;
- the day: in the slot's month, nearest the date of the council's meeting in that
  month in the nearest other year (so a council that meets late in February keeps
  doing so), else mid-month; the constituting meeting near the last one's date, else
  late January;
- never a day that is not a working day, never a day whose dispatch deadline would
  have to move off a closed day (the secretariat then loses a working day), never on
  a day the council already meets, never within 14 days of another of the council's
  own meetings, and never a meeting whose agenda should already have gone out.
A slot already taken by an existing meeting is not proposed again.
"""

from __future__ import annotations

import calendar as _calendar
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar

import pendulum

from kkr_tui.domain.cycle_warnings import COUNCIL_SERIES, MIN_DAYS_APART
from kkr_tui.domain.deadlines import MeetingDeadlines
from kkr_tui.domain.elections import is_constituting_year, is_local_election_year
from kkr_tui.domain.formatting import format_day, format_day_short
from kkr_tui.domain.localtime import local_datetime
from kkr_tui.domain.models import Meeting, MeetingState, Series
from kkr_tui.domain.planning import Planner
from kkr_tui.i18n import t

ORDINARY_MONTHS = (2, 4, 6, 9, 11)
ELECTION_YEAR_MONTHS = (2, 4, 6, 9, 10)
CONSTITUTING_MONTH = 1
# Assumptions where a council has no history (labelled so in the proposal's basis).
DEFAULT_WEEKDAY = pendulum.WeekDay.THURSDAY
DEFAULT_START = (9, 30)  # DOMAIN.md: "e.g. 9.30-12.30"
DEFAULT_END = (12, 30)
MID_MONTH = 15
LATE_JANUARY = 27  # the 2026 constituting meetings were held 26-30 January
WORKING_WEEKDAYS = range(5)

HourMinute = tuple[int, int]
T = TypeVar("T")


@dataclass(frozen=True)
class Slot:
    """A place in the year's pattern: a month and a series."""

    month: int
    series: Series


@dataclass(frozen=True)
class Proposal:
    meeting: Meeting
    deadlines: MeetingDeadlines
    # Why this day, e.g. "nær tor 26. feb 2026" or "midt i måneden (antaget)".
    basis: str


@dataclass(frozen=True)
class Unplaced:
    """A slot no day could be found for, with the reason for its best candidate."""

    slot: Slot
    reason: str

    @property
    def message(self) -> str:
        return t(
            "cycle.proposal.unplaced",
            series=t(f"series.{self.slot.series.value}"),
            month=t(f"cycle.proposal.month.{self.slot.month}"),
            reason=self.reason,
        )


@dataclass(frozen=True)
class YearProposal:
    council: str
    year: int
    proposals: tuple[Proposal, ...]
    unplaced: tuple[Unplaced, ...]
    # Existing meetings of the year that already fill a slot of the pattern.
    kept: tuple[Meeting, ...]

    @property
    def meetings(self) -> list[Meeting]:
        return [p.meeting for p in self.proposals]


@dataclass(frozen=True)
class _Habit:
    weekday: int
    start: HourMinute
    end: HourMinute
    place: str
    known: bool


def year_slots(year: int) -> list[Slot]:
    """The pattern for `year`: constituting meeting (first year of a period), then five KKR."""
    months = ELECTION_YEAR_MONTHS if is_local_election_year(year) else ORDINARY_MONTHS
    slots = [Slot(month, Series.KKR) for month in months]
    if is_constituting_year(year):
        slots.insert(0, Slot(CONSTITUTING_MONTH, Series.CONSTITUTING))
    return slots


def propose_year(
    council: str,
    year: int,
    meetings: Iterable[Meeting],
    planner: Planner,
    today: pendulum.Date | None = None,
) -> YearProposal:
    """Proposed meetings (state proposed, not saved) for the slots of `year` still open.

    `meetings`: the council's meetings of any year (others are ignored). `today`: when
    given, no meeting is proposed whose dispatch deadline is today or earlier.
    """
    own = sorted(
        (m for m in meetings if m.council == council and m.state is not MeetingState.CANCELLED),
        key=lambda m: m.start,
    )
    open_slots, kept = _open_slots(year_slots(year), [m for m in own if m.start.year == year])
    taken = list(own)
    proposals: list[Proposal] = []
    unplaced: list[Unplaced] = []
    for slot in open_slots:
        habit = _habit(own, slot.series, year)
        anchor, basis = _anchor(own, slot, year)
        found = _place(council, slot, year, habit, anchor, taken, planner, today)
        if isinstance(found, str):
            unplaced.append(Unplaced(slot, found))
            continue
        meeting, deadlines, on_habit_weekday = found
        if not habit.known:
            basis = f"{basis}; {t('cycle.proposal.basis.default_habit')}"
        elif not on_habit_weekday:
            basis = f"{basis}; {t('cycle.proposal.basis.other_weekday')}"
        proposals.append(Proposal(meeting, deadlines, basis))
        taken.append(meeting)
    return YearProposal(council, year, tuple(proposals), tuple(unplaced), tuple(kept))


def _open_slots(slots: list[Slot], existing: list[Meeting]) -> tuple[list[Slot], list[Meeting]]:
    """Slots not yet filled: each existing meeting fills the nearest free slot of its series.

    A meeting outside the pattern's months still fills one (five is five), so a year
    with five KKR meetings in any months gets no more.
    """
    free = list(slots)
    kept = []
    for meeting in existing:
        candidates = [s for s in free if s.series is meeting.series]
        if not candidates:
            continue
        nearest = min(candidates, key=lambda s: (abs(s.month - meeting.start.month), s.month))
        free.remove(nearest)
        kept.append(meeting)
    return free, kept


def _habit(own: list[Meeting], series: Series, year: int) -> _Habit:
    """Weekday, time and place from the council's nearest year with meetings of `series`.

    A constituting meeting with no predecessor borrows the KKR meetings' habits.
    """
    for kind in (series, Series.KKR):
        pool = [m for m in own if m.series is kind and m.start.year != year]
        if not pool:
            continue
        nearest_year = min({m.start.year for m in pool}, key=lambda y: (abs(y - year), y))
        chosen = [m for m in pool if m.start.year == nearest_year]
        # Most frequent wins; a tie goes to the latest meeting.
        latest_first = sorted(chosen, key=lambda m: m.start, reverse=True)
        weekday = _most_common([m.day.weekday() for m in latest_first])
        times = _most_common([(_hm(m.start), _hm(m.end)) for m in latest_first])
        return _Habit(weekday, times[0], times[1], latest_first[0].place, True)
    return _Habit(DEFAULT_WEEKDAY.value, DEFAULT_START, DEFAULT_END, "", False)


def _most_common(values: Sequence[T]) -> T:
    counts = Counter(values)
    first_seen = {value: index for index, value in reversed(list(enumerate(values)))}
    return max(counts, key=lambda v: (counts[v], -first_seen[v]))


def _hm(moment: pendulum.DateTime) -> HourMinute:
    return moment.hour, moment.minute


def _anchor(own: list[Meeting], slot: Slot, year: int) -> tuple[pendulum.Date, str]:
    """The date to aim at in `year`, and the basis text that says why."""
    same = [
        m
        for m in own
        if m.series is slot.series and m.start.month == slot.month and m.start.year != year
    ]
    if same:
        model = min(same, key=lambda m: (abs(m.start.year - year), m.start.year))
        return _in_month(year, slot.month, model.day.day), t(
            "cycle.proposal.basis.history", day=format_day(model.day)
        )
    if slot.series is Series.CONSTITUTING:
        return _in_month(year, slot.month, LATE_JANUARY), t("cycle.proposal.basis.late_january")
    return _in_month(year, slot.month, MID_MONTH), t("cycle.proposal.basis.mid_month")


def _in_month(year: int, month: int, day: int) -> pendulum.Date:
    return pendulum.date(year, month, min(day, _calendar.monthrange(year, month)[1]))


def _place(
    council: str,
    slot: Slot,
    year: int,
    habit: _Habit,
    anchor: pendulum.Date,
    taken: list[Meeting],
    planner: Planner,
    today: pendulum.Date | None,
) -> tuple[Meeting, MeetingDeadlines, bool] | str:
    """The best day of the slot's month, or the reason the nearest candidate was refused."""
    days_in_month = _calendar.monthrange(year, slot.month)[1]
    month_days = [pendulum.date(year, slot.month, d) for d in range(1, days_in_month + 1)]

    def by_distance(day: pendulum.Date) -> tuple[int, pendulum.Date]:
        return abs((day - anchor).days), day

    preferred = sorted((d for d in month_days if d.weekday() == habit.weekday), key=by_distance)
    others = sorted(
        (d for d in month_days if d.weekday() in WORKING_WEEKDAYS and d.weekday() != habit.weekday),
        key=by_distance,
    )
    first_reason = ""
    for day in [*preferred, *others]:
        meeting = Meeting(
            council=council,
            series=slot.series,
            start=local_datetime(day, *habit.start),
            end=local_datetime(day, *habit.end),
            place=habit.place,
            state=MeetingState.PROPOSED,
        )
        deadlines = planner.deadlines(meeting)
        reason = _refusal(meeting, deadlines, taken, planner, today)
        if reason is None:
            return meeting, deadlines, day.weekday() == habit.weekday
        if not first_reason:
            first_reason = f"{format_day_short(day)}: {reason}"
    return first_reason


def _refusal(
    meeting: Meeting,
    deadlines: MeetingDeadlines,
    taken: list[Meeting],
    planner: Planner,
    today: pendulum.Date | None,
) -> str | None:
    day = meeting.day
    closed = planner.calendar.closed_reason(day)
    if closed is not None:
        return t("cycle.proposal.refused.closed", reason=closed)
    dispatch = deadlines.dispatch
    if dispatch.moved:
        return t(
            "cycle.proposal.refused.dispatch_closed",
            day=format_day_short(dispatch.moved_from or dispatch.due),
            reason=dispatch.moved_reason or "",
        )
    if today is not None and dispatch.due <= today:
        return t("cycle.proposal.refused.too_late", due=format_day_short(dispatch.due))
    for other in taken:
        if other.day == day:
            return t("cycle.proposal.refused.same_day", series=t(f"series.{other.series.value}"))
        if (
            other.series in COUNCIL_SERIES
            and meeting.series in COUNCIL_SERIES
            and abs((other.day - day).days) <= MIN_DAYS_APART
        ):
            return t(
                "cycle.proposal.refused.too_close",
                series=t(f"series.{other.series.value}"),
                day=format_day_short(other.day),
                limit=MIN_DAYS_APART,
            )
    return None
