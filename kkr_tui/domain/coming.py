"""What comes next across all councils: the open deadlines and the meetings, by day.

Oversigt's table names each council's single most urgent deadline; a big window has
room for the next ones too ("Udsendelse af dagsorden, KKR Hovedstaden, om 3
arbejdsdage", "KKR-møde i Nordjylland tor 17. sep"). Built from the councils' statuses
(kkr_tui.domain.attention), which hold every open meeting's readiness already: no
date rule is worked out again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pendulum

from kkr_tui.domain.attention import CouncilAttention
from kkr_tui.domain.models import Council, Meeting
from kkr_tui.domain.readiness import CheckLine, LineStatus

_COMING = (LineStatus.DUE, LineStatus.DUE_TODAY)


@dataclass(frozen=True)
class Coming:
    """A deadline still to meet (`line`), or the meeting itself (`line` None)."""

    day: pendulum.Date
    council: Council
    meeting: Meeting
    line: CheckLine | None = None


def coming(statuses: Sequence[CouncilAttention], today: pendulum.Date) -> list[Coming]:
    """Deadlines due from `today` on and meetings from `today` on, the soonest first.

    Overdue deadlines are left out: the table above names them. A joint meeting is
    listed once, under the council holding it. On one day deadlines come before
    meetings (what must be done before going), then in the councils' order.
    """
    seen: set[tuple[int, str]] = set()
    order = {s.council.slug: i for i, s in enumerate(statuses)}
    councils = {s.council.slug: s.council for s in statuses}
    entries: list[tuple[tuple[pendulum.Date, int, int], Coming]] = []
    for status in statuses:
        for open_meeting in status.open_meetings:
            meeting = open_meeting.meeting
            council = councils.get(meeting.council, status.council)
            rank = order.get(council.slug, 0)
            for line in open_meeting.readiness.lines:
                if line.status in _COMING and (meeting.id, line.key) not in seen:
                    seen.add((meeting.id, line.key))
                    due = line.deadline.due
                    entries.append(((due, 0, rank), Coming(due, council, meeting, line)))
            if meeting.day >= today and (meeting.id, "") not in seen:
                seen.add((meeting.id, ""))
                entries.append(((meeting.day, 1, rank), Coming(meeting.day, council, meeting)))
    entries.sort(key=lambda entry: entry[0])
    return [entry for _, entry in entries]
