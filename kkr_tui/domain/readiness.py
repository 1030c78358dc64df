"""Readiness of a meeting as of a given day: a checklist with one line per milestone.

A pure function of (meeting, items, rules, calendar, today): no UI, no clock.

Decision minutes are published on kl.dk for KKR meetings (and the constituting
meeting); chairmanship meetings and the directors' fora publish none, so their
checklist has no publication line.

Light (DOMAIN.md): red when anything is overdue; amber when a milestone not yet done is
due within AMBER_WORKDAYS working days (today included); green otherwise. A cancelled
meeting has no light (Light.NONE, "none" in `kkr agenda --json`), nor does a meeting
with nothing left to do: minutes published, or held with every milestone done (the
series that publish no minutes).

A milestone is done when the data says so: material when every item on the agenda
(postponed ones aside) is submitted or further, review when every one is approved,
both when the agenda is dispatched; dispatch and publication by the meeting's state or
recorded day. The day it was done comes from the records (the items' history, the
meeting's dispatched_on/published_on) and is never guessed; done after the due day
is "done late".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

import pendulum

from kkr_tui.domain.attendance import afbud_summary
from kkr_tui.domain.deadlines import (
    DISPATCH,
    MATERIAL,
    PUBLICATION,
    REVIEW,
    Deadline,
    MeetingDeadlines,
    derive_deadlines,
)
from kkr_tui.domain.deadlines import PUBLISHING_SERIES as PUBLISHING_SERIES
from kkr_tui.domain.models import AgendaItem, ItemState, Meeting, MeetingState, Member, Series
from kkr_tui.domain.rules import DateRules
from kkr_tui.domain.workdays import WorkCalendar
from kkr_tui.i18n import t, tn

AMBER_WORKDAYS = 2
# The constituting meeting has no formandskab yet (it elects one; the longest-serving
# mayor of the region convenes it), so there is no chairmanship review before it.
NO_REVIEW_SERIES = (Series.CONSTITUTING,)

# Item states that count as "material received" and as "approved by the formandskab".
_SUBMITTED_OR_LATER = (ItemState.SUBMITTED, ItemState.APPROVED, ItemState.DISPATCHED)
_APPROVED_OR_LATER = (ItemState.APPROVED, ItemState.DISPATCHED)
_DISPATCHED_OR_LATER = (MeetingState.DISPATCHED, MeetingState.HELD, MeetingState.PUBLISHED)


class Light(StrEnum):
    GREEN = "green"
    AMBER = "amber"
    RED = "red"
    NONE = "none"


class LineStatus(StrEnum):
    DONE = "done"
    DUE = "due"
    DUE_TODAY = "due_today"
    OVERDUE = "overdue"
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class CheckLine:
    """One milestone as of `today`. `workdays` is left until due (DUE) or late (OVERDUE)."""

    deadline: Deadline
    status: LineStatus
    workdays: int = 0
    done_on: pendulum.Date | None = None
    done_late_by: int = 0

    @property
    def key(self) -> str:
        return self.deadline.key

    @property
    def done(self) -> bool:
        return self.status is LineStatus.DONE

    @property
    def at_risk(self) -> bool:
        return self.status is LineStatus.DUE_TODAY or (
            self.status is LineStatus.DUE and self.workdays <= AMBER_WORKDAYS
        )

    @property
    def status_text(self) -> str:
        """'udført', 'om 3 arbejdsdage', 'i dag', 'overskredet med 2 arbejdsdage'."""
        if self.status is LineStatus.DONE:
            if self.done_late_by:
                return tn("ready.done_late", self.done_late_by)
            return t("ready.done")
        if self.status is LineStatus.DUE_TODAY:
            return t("ready.due_today")
        if self.status is LineStatus.OVERDUE:
            return tn("ready.overdue", self.workdays)
        if self.status is LineStatus.CANCELLED:
            return t("ready.cancelled")
        return tn("ready.due", self.workdays)


@dataclass(frozen=True)
class Readiness:
    """How ready a meeting is as of a day: its milestones, checklist and light."""

    meeting: Meeting
    deadlines: MeetingDeadlines
    lines: tuple[CheckLine, ...]
    light: Light
    # The afbud line under the milestones, "2 afbud, 1 suppleant indkaldt" ('' if none).
    afbud: str = ""

    @property
    def next_open(self) -> CheckLine | None:
        """The first milestone not yet done (the one to act on), if any."""
        return next((line for line in self.lines if line.status not in _CLOSED), None)

    @property
    def overdue(self) -> list[CheckLine]:
        return [line for line in self.lines if line.status is LineStatus.OVERDUE]

    def line(self, key: str) -> CheckLine:
        return next(line for line in self.lines if line.key == key)


_CLOSED = (LineStatus.DONE, LineStatus.CANCELLED)


def assess(
    meeting: Meeting,
    items: Sequence[AgendaItem],
    rules: DateRules,
    calendar: WorkCalendar,
    today: pendulum.Date,
    deadlines: MeetingDeadlines | None = None,
    members: Sequence[Member] = (),
) -> Readiness:
    """The checklist as of `today`; `deadlines` may be passed in when already derived
    (with the same rules and calendar) to save deriving them again. `members`: the
    council's, to tell a mayor's stedfortræder from a suppleant in the afbud line."""
    if deadlines is None:
        deadlines = derive_deadlines(meeting.day, rules, calendar, meeting.series)
    done_on = _done_days(meeting, items)
    lines = []
    for deadline in deadlines.milestones:
        if deadline.key == REVIEW and meeting.series in NO_REVIEW_SERIES:
            continue
        if meeting.state is MeetingState.CANCELLED:
            lines.append(CheckLine(deadline, LineStatus.CANCELLED))
            continue
        is_done, day = done_on[deadline.key]
        if is_done:
            late = 0
            if day is not None and day > deadline.due:
                late = max(1, calendar.working_days_between(deadline.due, day))
            lines.append(CheckLine(deadline, LineStatus.DONE, done_on=day, done_late_by=late))
        elif deadline.due == today:
            lines.append(CheckLine(deadline, LineStatus.DUE_TODAY))
        elif deadline.due < today:
            # A weekend after a Friday deadline is still late: at least one day.
            late = max(1, calendar.working_days_between(deadline.due, today))
            lines.append(CheckLine(deadline, LineStatus.OVERDUE, workdays=late))
        else:
            left = calendar.working_days_between(today, deadline.due)
            lines.append(CheckLine(deadline, LineStatus.DUE, workdays=left))
    afbud = "" if meeting.state is MeetingState.CANCELLED else afbud_summary(meeting, members)
    return Readiness(meeting, deadlines, tuple(lines), _light(meeting, lines), afbud)


def _light(meeting: Meeting, lines: list[CheckLine]) -> Light:
    if meeting.state in (MeetingState.CANCELLED, MeetingState.PUBLISHED):
        return Light.NONE
    if meeting.state is MeetingState.HELD and all(line.status in _CLOSED for line in lines):
        return Light.NONE  # held, nothing to publish: nothing left to watch
    if any(line.status is LineStatus.OVERDUE for line in lines):
        return Light.RED
    if any(line.at_risk for line in lines):
        return Light.AMBER
    return Light.GREEN


def _done_days(
    meeting: Meeting, items: Sequence[AgendaItem]
) -> dict[str, tuple[bool, pendulum.Date | None]]:
    """For each milestone: is it done, and on which day (when the data says)."""
    dispatched = meeting.state in _DISPATCHED_OR_LATER or meeting.dispatched_on is not None
    published = meeting.state is MeetingState.PUBLISHED or meeting.published_on is not None
    active = [i for i in items if i.state is not ItemState.POSTPONED]
    material = dispatched or (bool(active) and all(i.state in _SUBMITTED_OR_LATER for i in active))
    review = dispatched or (bool(active) and all(i.state in _APPROVED_OR_LATER for i in active))
    return {
        MATERIAL: (material, _last_reached(active, _SUBMITTED_OR_LATER) if material else None),
        REVIEW: (review, _last_reached(active, _APPROVED_OR_LATER) if review else None),
        DISPATCH: (dispatched, meeting.dispatched_on),
        PUBLICATION: (published, meeting.published_on),
    }


def _last_reached(
    items: Sequence[AgendaItem], states: tuple[ItemState, ...]
) -> pendulum.Date | None:
    """The day the last item reached one of `states` (and stayed), from the history.

    An item sent back (approved -> submitted) and approved again counts from the second
    approval. None when an item has no record of when: the day is not guessed.
    """
    days = []
    names = {s.value for s in states}
    for item in items:
        since: str | None = None
        for entry in item.history:
            # Leaving the states (sent back, postponed) starts the count again.
            since = (since or entry.day) if entry.to_state in names else None
        if since is None:
            return None
        days.append(since)
    return pendulum.Date.fromisoformat(max(days)) if days else None
