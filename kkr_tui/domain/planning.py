"""One place that derives dates and readiness for a whole database state.

A Planner holds the working-day calendar built from the stored closed-day settings
(so each year's holidays are computed once) and answers per meeting. Build one per
snapshot: when the settings change, the snapshot and so the planner are new.

Deadlines are remembered per (day, council, series): screens redraw often (every
cursor move in the Årshjul redraws its chart) and a meeting's deadlines depend on
nothing else while the settings stay the same.
"""

from __future__ import annotations

from collections.abc import Sequence

import pendulum

from kkr_tui.domain.deadlines import MeetingDeadlines, derive_deadlines
from kkr_tui.domain.models import AgendaItem, Meeting, Member
from kkr_tui.domain.readiness import Readiness, assess
from kkr_tui.domain.rules import DateRules, Settings
from kkr_tui.domain.workdays import HolidaySource, WorkCalendar


class Planner:
    def __init__(self, settings: Settings, holiday_source: HolidaySource | None = None) -> None:
        self.settings = settings
        self.calendar = WorkCalendar(settings.closed_days, holiday_source)
        self._deadlines: dict[tuple[pendulum.Date, str, str], MeetingDeadlines] = {}

    def rules(self, meeting: Meeting) -> DateRules:
        return self.settings.rules_for(meeting.council, meeting.series.value)

    def deadlines(self, meeting: Meeting) -> MeetingDeadlines:
        key = (meeting.day, meeting.council, meeting.series.value)
        found = self._deadlines.get(key)
        if found is None:
            found = derive_deadlines(
                meeting.day, self.rules(meeting), self.calendar, meeting.series
            )
            self._deadlines[key] = found
        return found

    def readiness(
        self,
        meeting: Meeting,
        items: Sequence[AgendaItem],
        today: pendulum.Date,
        members: Sequence[Member] = (),
    ) -> Readiness:
        return assess(
            meeting,
            items,
            self.rules(meeting),
            self.calendar,
            today,
            self.deadlines(meeting),
            members,
        )
