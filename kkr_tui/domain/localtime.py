"""Copenhagen wall-clock times made unambiguous, refusing those DST makes impossible.

On the last Sunday of March 02:00-02:59 does not exist; on the last Sunday of October
02:00-02:59 happens twice. Guessing would put a meeting an hour off, so both are refused
with a message that names the day and the problem.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pendulum

from kkr_tui.domain.clock import TZ_NAME
from kkr_tui.domain.errors import ValidationError
from kkr_tui.domain.formatting import format_day
from kkr_tui.i18n import language, t


def local_datetime(
    day: dt.date, hour: int, minute: int, field: str | None = None
) -> pendulum.DateTime:
    """`day` at hour:minute in Europe/Copenhagen; ValidationError (on `field`) if impossible."""
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        raise ValidationError(t("dates.time.range", hour=hour, minute=minute), field)
    zone = ZoneInfo(TZ_NAME)
    wall = dt.datetime(day.year, day.month, day.day, hour, minute)
    first = wall.replace(tzinfo=zone, fold=0)
    second = wall.replace(tzinfo=zone, fold=1)
    if first.utcoffset() != second.utcoffset():
        # The two readings differ only around a transition. A real time survives the
        # round trip through UTC; a time in the spring gap comes back as another hour.
        round_trip = first.astimezone(dt.UTC).astimezone(zone).replace(tzinfo=None)
        problem = "dates.time.gap" if round_trip != wall else "dates.time.ambiguous"
        separator = ":" if language() == "en" else "."
        raise ValidationError(
            t(problem, day=format_day(day), time=f"{hour:02d}{separator}{minute:02d}"),
            field,
        )
    return pendulum.instance(first.astimezone(dt.UTC)).in_timezone(TZ_NAME)
