"""Which council needs attention, and for what: the overview's and council screen's logic.

A council's open meetings are its coming meetings plus any earlier meeting whose work
is not finished and late or close (say, minutes of June not yet published). The
council's light is the worst light among them; its most urgent milestone is the open
one due first (the longest overdue, else the next due). Cancelled meetings are skipped.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import pendulum

from kkr_tui.domain.models import Council, Meeting, MeetingState
from kkr_tui.domain.readiness import CheckLine, Light, LineStatus, Readiness

# Lower is more urgent; NONE (nothing to do) sorts last.
LIGHT_RANK = {Light.RED: 0, Light.AMBER: 1, Light.GREEN: 2, Light.NONE: 3}
_OPEN_LINE = (LineStatus.DUE, LineStatus.DUE_TODAY, LineStatus.OVERDUE)


@dataclass(frozen=True)
class OpenMeeting:
    meeting: Meeting
    readiness: Readiness


@dataclass(frozen=True)
class CouncilAttention:
    council: Council
    open_meetings: tuple[OpenMeeting, ...]
    next_meeting: OpenMeeting | None
    light: Light
    urgent: CheckLine | None
    urgent_meeting: Meeting | None

    @property
    def needs_attention(self) -> bool:
        return self.light in (Light.RED, Light.AMBER)

    def sort_key(self, seed_order: int) -> tuple[int, pendulum.Date, int]:
        """Red before amber before green; then the earliest due milestone; then seed order."""
        due = self.urgent.deadline.due if self.urgent else pendulum.date(9999, 12, 31)
        return (LIGHT_RANK[self.light], due, seed_order)


def council_status(
    council: Council,
    meetings: Sequence[Meeting],
    readiness_of: Callable[[Meeting], Readiness],
    today: pendulum.Date,
) -> CouncilAttention:
    """The council's open meetings, light and most urgent milestone as of `today`."""
    open_meetings: list[OpenMeeting] = []
    for meeting in sorted(meetings, key=lambda m: m.start):
        # A joint meeting is open in each council taking part, not only the holder.
        if not meeting.belongs_to(council.slug) or meeting.state is MeetingState.CANCELLED:
            continue
        coming = meeting.day >= today
        if not coming and meeting.state is MeetingState.PUBLISHED:
            continue  # all done: no light (and years of history cost nothing here)
        readiness = readiness_of(meeting)
        unfinished = readiness.light in (Light.RED, Light.AMBER)
        if coming or unfinished:
            open_meetings.append(OpenMeeting(meeting, readiness))
    coming_meetings = [o for o in open_meetings if o.meeting.day >= today]
    next_meeting = coming_meetings[0] if coming_meetings else None
    lights = [o.readiness.light for o in open_meetings]
    light = min(lights, key=LIGHT_RANK.__getitem__) if lights else Light.NONE
    candidates = [
        (line, o.meeting)
        for o in open_meetings
        for line in o.readiness.lines
        if line.status in _OPEN_LINE
    ]
    urgent, urgent_meeting = min(
        candidates, key=lambda pair: (pair[0].deadline.due, pair[1].start), default=(None, None)
    )
    return CouncilAttention(
        council=council,
        open_meetings=tuple(open_meetings),
        next_meeting=next_meeting,
        light=light,
        urgent=urgent,
        urgent_meeting=urgent_meeting,
    )
