"""One place that derives dates and readiness for a whole database state.

A Planner holds the working-day calendar built from the stored closed-day settings
(so each year's holidays are computed once) and answers per meeting. Build one per
snapshot: when the settings change, the snapshot and so the planner are new.
"""

from __future__ import annotations

from collections.abc import Sequence

import pendulum

from kkr_tui.domain.deadlines import MeetingDeadlines, derive_deadlines
from kkr_tui.domain.models import AgendaItem, Meeting
from kkr_tui.domain.readiness import Readiness, assess
from kkr_tui.domain.rules import DateRules, Settings
from kkr_tui.domain.workdays import HolidaySource, WorkCalendar


class Planner:
    def __init__(self, settings: Settings, holiday_source: HolidaySource | None = None) -> None:
        self.settings = settings
        self.calendar = WorkCalendar(settings.closed_days, holiday_source)

    def rules(self, meeting: Meeting) -> DateRules:
        return self.settings.rules_for(meeting.council, meeting.series.value)

    def deadlines(self, meeting: Meeting) -> MeetingDeadlines:
        return derive_deadlines(meeting.day, self.rules(meeting), self.calendar)

    def readiness(
        self, meeting: Meeting, items: Sequence[AgendaItem], today: pendulum.Date
    ) -> Readiness:
        return assess(meeting, items, self.rules(meeting), self.calendar, today)
