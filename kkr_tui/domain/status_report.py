"""The status report: "is anything late?" for every council as of one day.

A pure function of a database state and a day, shared by `kkr status` (text and JSON)
and anything else that wants the same answer (a pane, a monitoring hook). For each
council: the next meeting (not cancelled, on or after today), its readiness light and
the next milestone to act on. Across all councils: every open milestone that is overdue
or due within `days` working days, oldest first. Decision minutes not yet published
after a held meeting count like any other milestone (the publication line).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

import pendulum

from kkr_tui.domain.appointments import Appointment, Body
from kkr_tui.domain.models import AgendaItem, Council, Meeting, MeetingState
from kkr_tui.domain.planning import Planner
from kkr_tui.domain.readiness import CheckLine, LineStatus, Readiness
from kkr_tui.domain.vacancies import Vacancy, vacancies_on

DEFAULT_DAYS = 10

# A published meeting has every milestone done and a cancelled one has none open, so
# neither can be overdue or due: skipping them is exact, and it keeps 20 years of
# history from costing anything.
_FINISHED = (MeetingState.PUBLISHED, MeetingState.CANCELLED)


class StatusSource(Protocol):
    """What the report reads: a store Snapshot satisfies it."""

    @property
    def councils(self) -> tuple[Council, ...]: ...

    @property
    def meetings(self) -> tuple[Meeting, ...]: ...

    @property
    def planner(self) -> Planner: ...

    def items_for(self, meeting_id: int) -> list[AgendaItem]: ...

    @property
    def bodies(self) -> tuple[Body, ...]: ...

    @property
    def appointments(self) -> tuple[Appointment, ...]: ...


@dataclass(frozen=True)
class CouncilStatus:
    """A council's next meeting and how ready it is."""

    council: Council
    next_meeting: Meeting | None
    readiness: Readiness | None

    @property
    def next_milestone(self) -> CheckLine | None:
        """The first milestone of the next meeting not yet done (None when all are)."""
        return self.readiness.next_open if self.readiness is not None else None


@dataclass(frozen=True)
class DueItem:
    """One open milestone that is overdue or due soon."""

    meeting: Meeting
    line: CheckLine

    @property
    def overdue(self) -> bool:
        return self.line.status is LineStatus.OVERDUE


@dataclass(frozen=True)
class StatusReport:
    """What `kkr status` says: each council, what is due or late, vacant seats."""

    today: pendulum.Date
    days: int
    councils: tuple[CouncilStatus, ...]
    items: tuple[DueItem, ...]
    # Seats nobody holds today: listed, never counted as overdue (not a deadline).
    vacancies: tuple[Vacancy, ...] = ()

    @property
    def overdue(self) -> list[DueItem]:
        return [item for item in self.items if item.overdue]

    @property
    def due(self) -> list[DueItem]:
        return [item for item in self.items if not item.overdue]

    @property
    def overdue_count(self) -> int:
        return len(self.overdue)


def signed_workdays(line: CheckLine) -> int:
    """Working days left until due: 0 due today, negative when overdue."""
    if line.status is LineStatus.OVERDUE:
        return -line.workdays
    if line.status is LineStatus.DUE:
        return line.workdays
    return 0


def is_due_within(line: CheckLine, days: int) -> bool:
    """Overdue, due today, or due within `days` working days (and not done)."""
    if line.status in (LineStatus.OVERDUE, LineStatus.DUE_TODAY):
        return True
    return line.status is LineStatus.DUE and line.workdays <= days


def build_status_report(
    source: StatusSource,
    today: pendulum.Date,
    days: int = DEFAULT_DAYS,
    councils: Sequence[str] | None = None,
) -> StatusReport:
    """The report as of `today`; `councils` (slugs) limits it, None means all five."""
    if days < 0:
        raise ValueError("days must be 0 or more")
    wanted = [c for c in source.councils if councils is None or c.slug in councils]
    slugs = {c.slug for c in wanted}
    open_meetings = sorted(
        (
            m
            for m in source.meetings
            if m.state not in _FINISHED and any(c in slugs for c in m.all_councils)
        ),
        key=lambda m: (m.start, m.council, m.id),
    )
    # Each meeting is assessed once, whether it is a next meeting, has due items, or both.
    assessed = {m.id: _assess(source, m, today) for m in open_meetings}
    council_statuses = tuple(
        _council_status(council, source.meetings, assessed, source, today) for council in wanted
    )
    items = [
        DueItem(meeting, line)
        for meeting in open_meetings
        for line in assessed[meeting.id].lines
        if is_due_within(line, days)
    ]
    council_order = {c.slug: n for n, c in enumerate(wanted)}
    items.sort(
        key=lambda i: (
            i.line.deadline.due,
            council_order.get(i.meeting.council, len(council_order)),
            i.meeting.start,
        )
    )
    vacancies = vacancies_on(source.bodies, source.appointments, today, slugs)
    return StatusReport(today, days, council_statuses, tuple(items), tuple(vacancies))


def _council_status(
    council: Council,
    meetings: Iterable[Meeting],
    assessed: dict[int, Readiness],
    source: StatusSource,
    today: pendulum.Date,
) -> CouncilStatus:
    upcoming = [
        m
        for m in meetings
        if m.belongs_to(council.slug) and m.day >= today and m.state is not MeetingState.CANCELLED
    ]
    if not upcoming:
        return CouncilStatus(council, None, None)
    nxt = min(upcoming, key=lambda m: (m.start, m.id))
    readiness = assessed.get(nxt.id) or _assess(source, nxt, today)
    return CouncilStatus(council, nxt, readiness)


def _assess(source: StatusSource, meeting: Meeting, today: pendulum.Date) -> Readiness:
    """The meeting's readiness without the council's members: they only tell the afbud
    line's stedfortræder from a suppleant, and the report has no afbud line (reading
    them cost `kkr status` on the demo database ~2.8 ms, BENCHMARKS.md)."""
    return source.planner.readiness(meeting, source.items_for(meeting.id), today)
