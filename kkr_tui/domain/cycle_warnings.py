"""What looks wrong in a council's year of meetings: warnings for the annual cycle.

A pure function of the meetings, the working-day calendar and "today". Four kinds:
- COUNT: a year with other than five KKR meetings for a council (DOMAIN.md: "five
  closed meetings a year"); cancelled meetings do not count, proposed ones do.
- CLOSED_DAY: a meeting on a day that is not a working day.
- TOO_CLOSE: two of the council's own meetings (KKR and constituting meetings; the
  chairmanship and the directors' fora are other bodies) at most 14 days apart.
- DISPATCH_OVERDUE: the dispatch deadline has passed and the agenda has not gone out.
Cancelled meetings never warn.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

import pendulum

from kkr_tui.domain.formatting import format_day, format_day_short
from kkr_tui.domain.models import Meeting, MeetingState, Series
from kkr_tui.domain.planning import Planner
from kkr_tui.i18n import t, tn

KKR_MEETINGS_PER_YEAR = 5
MIN_DAYS_APART = 14
COUNCIL_SERIES = (Series.KKR, Series.CONSTITUTING)
# States in which the agenda has not gone out (and was meant to).
_NOT_DISPATCHED = (MeetingState.PROPOSED, MeetingState.PLANNED)


class WarningKind(StrEnum):
    COUNT = "count"
    CLOSED_DAY = "closed_day"
    TOO_CLOSE = "too_close"
    DISPATCH_OVERDUE = "dispatch_overdue"


@dataclass(frozen=True)
class CycleWarning:
    kind: WarningKind
    council: str
    # The meetings concerned, earliest first (none for COUNT).
    meetings: tuple[Meeting, ...] = ()
    count: int = 0
    year: int = 0
    # CLOSED_DAY: why the day is closed; DISPATCH_OVERDUE: the deadline.
    reason: str = ""
    due: pendulum.Date | None = None

    @property
    def day(self) -> pendulum.Date | None:
        return self.meetings[0].day if self.meetings else None

    @property
    def message(self) -> str:
        if self.kind is WarningKind.COUNT:
            return tn(
                "cycle.warn.count", self.count, year=self.year, expected=KKR_MEETINGS_PER_YEAR
            )
        first = self.meetings[0]
        series = t(f"series.{first.series.value}")
        if self.kind is WarningKind.CLOSED_DAY:
            return t(
                "cycle.warn.closed_day",
                series=series,
                day=format_day(first.day),
                reason=self.reason,
            )
        if self.kind is WarningKind.TOO_CLOSE:
            second = self.meetings[1]
            days = (second.day - first.day).days
            return tn(
                "cycle.warn.too_close",
                days,
                first=format_day_short(first.day),
                second=format_day(second.day),
                limit=MIN_DAYS_APART,
            )
        assert self.due is not None
        return t(
            "cycle.warn.dispatch_overdue",
            series=series,
            day=format_day(first.day),
            due=format_day_short(self.due),
        )


def meeting_warnings(
    meeting: Meeting,
    others: Iterable[Meeting],
    planner: Planner,
    today: pendulum.Date | None = None,
) -> list[CycleWarning]:
    """Warnings about one (maybe unsaved) meeting next to the council's other meetings.

    Used while a meeting is being typed in; `others` may include the meeting itself
    (same id), which is ignored.
    """
    if meeting.state is MeetingState.CANCELLED:
        return []
    found = _closed_day(meeting, planner)
    if meeting.series in COUNCIL_SERIES:
        for other in _active(others):
            if other.council != meeting.council or other.series not in COUNCIL_SERIES:
                continue
            if meeting.id and other.id == meeting.id:
                continue
            if abs((other.day - meeting.day).days) <= MIN_DAYS_APART:
                pair = tuple(sorted((meeting, other), key=lambda m: m.start))
                found.append(CycleWarning(WarningKind.TOO_CLOSE, meeting.council, pair))
    if today is not None:
        found.extend(_dispatch_overdue(meeting, planner, today))
    return found


def year_warnings(
    meetings: Iterable[Meeting],
    planner: Planner,
    year: int,
    today: pendulum.Date,
    councils: Sequence[str],
) -> list[CycleWarning]:
    """Every warning for `year`, council by council (in the order given), then by day."""
    active = _active(meetings)
    out: list[CycleWarning] = []
    for council in councils:
        own = [m for m in active if m.council == council]
        of_year = [m for m in own if m.start.year == year]
        kkr = sum(1 for m in of_year if m.series is Series.KKR)
        found: list[CycleWarning] = []
        if kkr != KKR_MEETINGS_PER_YEAR:
            found.append(CycleWarning(WarningKind.COUNT, council, count=kkr, year=year))
        for meeting in of_year:
            found.extend(_closed_day(meeting, planner))
            found.extend(_dispatch_overdue(meeting, planner, today))
        found.extend(_too_close(own, year))
        found.sort(key=lambda w: (w.kind is not WarningKind.COUNT, w.day or pendulum.Date.min))
        out.extend(found)
    return out


def _active(meetings: Iterable[Meeting]) -> list[Meeting]:
    return [m for m in meetings if m.state is not MeetingState.CANCELLED]


def _closed_day(meeting: Meeting, planner: Planner) -> list[CycleWarning]:
    reason = planner.calendar.closed_reason(meeting.day)
    if reason is None:
        return []
    return [CycleWarning(WarningKind.CLOSED_DAY, meeting.council, (meeting,), reason=reason)]


def _dispatch_overdue(
    meeting: Meeting, planner: Planner, today: pendulum.Date
) -> list[CycleWarning]:
    if meeting.state not in _NOT_DISPATCHED or meeting.dispatched_on is not None:
        return []
    due = planner.deadlines(meeting).dispatch.due
    if due >= today:
        return []
    return [CycleWarning(WarningKind.DISPATCH_OVERDUE, meeting.council, (meeting,), due=due)]


def _too_close(own: list[Meeting], year: int) -> list[CycleWarning]:
    """Neighbouring council meetings at most MIN_DAYS_APART apart, one in `year`.

    Neighbours suffice: if a and c are close, so is b between them and one of a, c.
    """
    ordered = sorted((m for m in own if m.series in COUNCIL_SERIES), key=lambda m: m.start)
    found = []
    for first, second in itertools.pairwise(ordered):
        if year not in (first.start.year, second.start.year):
            continue
        if (second.day - first.day).days <= MIN_DAYS_APART:
            found.append(CycleWarning(WarningKind.TOO_CLOSE, first.council, (first, second)))
    return found
