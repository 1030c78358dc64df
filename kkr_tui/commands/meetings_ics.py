"""Reading a meeting plan from an iCalendar file (an Outlook or Google calendar export).

Each VEVENT with a start time is a meeting; all-day events (such as the deadline events
of `kkr export ics --deadlines`) and cancelled events are not, and are counted as left
out. Recurring events are expanded with dateutil's rrule (RRULE, RDATE, EXDATE, and
RECURRENCE-ID overrides); a rule without COUNT or UNTIL is expanded for
UNBOUNDED_YEARS years from its start. Times in any time zone are converted to
Copenhagen time; a floating time is read in the calendar's X-WR-TIMEZONE (Google) or
else as Copenhagen time. An event needs an end (DTEND or DURATION).

The council and the meeting type come from --council/--series, else from the event's
CATEGORIES (which `kkr export ics` writes: the council's name and the meeting type),
else from a SUMMARY that starts with the council's name. Several councils in CATEGORIES
make a joint meeting, held by the first. Errors are collected for every
event, as `FILE:LINE: field: message` with the line of the event's BEGIN:VEVENT, like
the CSV import; nothing here writes to the database.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import pendulum
from dateutil.rrule import rruleset, rrulestr
from icalendar import Calendar

from kkr_tui.commands.councils import council_lookup
from kkr_tui.commands.meetings_csv import (
    SERIES_ALIASES,
    CsvFileError,
    PlannedRow,
    RowError,
)
from kkr_tui.domain.clock import TZ_NAME
from kkr_tui.domain.errors import ValidationError
from kkr_tui.domain.models import Council, Meeting, MeetingState, Series
from kkr_tui.domain.names import council_key
from kkr_tui.domain.text import fold, strip_controls
from kkr_tui.i18n import t

UNBOUNDED_YEARS = 2
MAX_OCCURRENCES = 500  # per event: a rule of every minute is not a meeting plan


@dataclass(frozen=True)
class CalendarResult:
    rows: tuple[PlannedRow, ...]
    errors: tuple[RowError, ...]
    left_out: int  # all-day and cancelled events


@dataclass(frozen=True)
class _Occurrence:
    line: int
    name: str
    event: Any  # icalendar.Event (icalendar's types are loose)
    start: dt.datetime
    end: dt.datetime


def read_calendar(
    data: bytes,
    councils: Iterable[Council],
    council: str | None = None,
    series: Series | None = None,
) -> CalendarResult:
    """Every meeting in the calendar `data`, or the errors (often both)."""

    try:
        calendar = Calendar.from_ical(data.decode("utf-8-sig"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise CsvFileError(t("ics.import.not_calendar", reason=exc)) from None
    known = list(councils)
    zone = _calendar_zone(calendar)
    lines = _event_lines(data)
    events = list(calendar.walk("VEVENT"))
    rows: list[PlannedRow] = []
    errors: list[RowError] = []
    left_out = 0
    overrides = _overrides(events, lines, zone)
    seen: dict[tuple[str, str, str], int] = {}
    for index, event in enumerate(events):
        line = lines[index] if index < len(lines) else 0
        if event.get("recurrence-id") is not None:
            continue  # an override: placed where its occurrence falls, below
        name = _name(event)
        try:
            occurrences = list(_occurrences(event, line, name, zone, overrides))
        except ValidationError as exc:
            errors.append(RowError(line, exc.field or "-", exc.message))
            continue
        except _LeftOut:
            left_out += 1
            continue
        for occurrence in occurrences:
            if str(occurrence.event.get("status", "")).upper() == "CANCELLED":
                left_out += 1
                continue
            meeting, problems = _meeting(occurrence, known, council, series)
            errors.extend(problems)
            if meeting is None:
                continue
            key = (meeting.council, meeting.series.value, meeting.start.isoformat())
            if key in seen:
                errors.append(
                    RowError(occurrence.line, "DTSTART", t("dates.import.twice", line=seen[key]))
                )
                continue
            seen[key] = occurrence.line
            rows.append(PlannedRow(occurrence.line, meeting))
    return CalendarResult(tuple(rows), tuple(errors), left_out)


class _LeftOut(Exception):
    """An all-day event: not a meeting."""


def _event_lines(data: bytes) -> list[int]:
    """The line number of each BEGIN:VEVENT, in file order (as icalendar walks them)."""
    text = data.decode("utf-8-sig", errors="replace")
    return [
        number
        for number, line in enumerate(text.splitlines(), start=1)
        if line.strip().upper() == "BEGIN:VEVENT"
    ]


def _calendar_zone(calendar: Any) -> ZoneInfo:
    """The zone of floating times: X-WR-TIMEZONE (Google's exports), else Copenhagen."""
    named = calendar.get("x-wr-timezone")
    if named is not None:
        try:
            return ZoneInfo(str(named))
        except (ZoneInfoNotFoundError, ValueError):
            pass
    return ZoneInfo(TZ_NAME)


def _name(event: Any) -> str:
    summary = strip_controls(str(event.get("summary", ""))).strip()
    return summary or str(event.get("uid", "")) or "?"


def _moment(value: Any, zone: ZoneInfo) -> dt.datetime | dt.date:
    """A DTSTART/DTEND/RECURRENCE-ID value: aware datetime (floating -> `zone`) or date."""
    moment = value.dt if hasattr(value, "dt") else value
    if isinstance(moment, dt.datetime):
        return moment if moment.tzinfo is not None else moment.replace(tzinfo=zone)
    if isinstance(moment, dt.date):
        return moment
    raise TypeError(moment)


def _overrides(
    events: list[Any], lines: list[int], zone: ZoneInfo
) -> dict[tuple[str, dt.datetime], tuple[int, Any]]:
    """Modified occurrences of recurring events, by (UID, the instant they replace)."""
    found: dict[tuple[str, dt.datetime], tuple[int, Any]] = {}
    for index, event in enumerate(events):
        recurrence = event.get("recurrence-id")
        if recurrence is None:
            continue
        moment = _moment(recurrence, zone)
        if isinstance(moment, dt.datetime):
            line = lines[index] if index < len(lines) else 0
            found[(str(event.get("uid", "")), moment.astimezone(dt.UTC))] = (line, event)
    return found


def _span(event: Any, line: int, name: str, zone: ZoneInfo) -> tuple[dt.datetime, dt.timedelta]:
    """The event's start and length; all-day events are left out."""
    if event.get("dtstart") is None:
        raise ValidationError(t("ics.import.no_dtstart", name=name), "DTSTART")
    start = _moment(event["dtstart"], zone)
    if not isinstance(start, dt.datetime):
        raise _LeftOut
    if event.get("dtend") is not None:
        end = _moment(event["dtend"], zone)
        if not isinstance(end, dt.datetime):
            raise ValidationError(t("ics.import.no_dtend", name=name), "DTEND")
        length = end - start
    elif event.get("duration") is not None:
        length = event["duration"].dt
    else:
        raise ValidationError(t("ics.import.no_dtend", name=name), "DTEND")
    if length <= dt.timedelta(0):
        raise ValidationError(t("ics.import.end_before_start", name=name), "DTEND")
    return start, length


def _occurrences(
    event: Any,
    line: int,
    name: str,
    zone: ZoneInfo,
    overrides: dict[tuple[str, dt.datetime], tuple[int, Any]],
) -> Iterator[_Occurrence]:
    start, length = _span(event, line, name, zone)
    if event.get("rrule") is None and event.get("rdate") is None:
        yield _Occurrence(line, name, event, start, start + length)
        return
    uid = str(event.get("uid", ""))
    for moment in _recurrences(event, start, name, zone):
        override = overrides.get((uid, moment.astimezone(dt.UTC)))
        if override is None:
            yield _Occurrence(line, name, event, moment, moment + length)
            continue
        override_line, changed = override
        changed_name = _name(changed)
        changed_start, changed_length = _span(changed, override_line, changed_name, zone)
        yield _Occurrence(
            override_line,
            changed_name,
            changed,
            changed_start,
            changed_start + changed_length,
        )


def _recurrences(event: Any, start: dt.datetime, name: str, zone: ZoneInfo) -> list[dt.datetime]:
    """Every start of a recurring event, in its own zone (so 09:30 stays 09:30 across a
    daylight-saving change), without the EXDATEs."""

    rules = rruleset()
    for rule in _list(event.get("rrule")):
        text = rule.to_ical().decode()
        unbounded = "UNTIL=" not in text and "COUNT=" not in text
        parsed = rrulestr(text, dtstart=start)
        if unbounded:
            limit = start.replace(year=start.year + UNBOUNDED_YEARS)
            parsed = parsed.replace(until=limit)
        rules.rrule(parsed)
    rules.rdate(start)
    # RDATE adds starts, EXDATE takes them away; all-day values (dates) are no meetings.
    for prop, apply in (("rdate", rules.rdate), ("exdate", rules.exdate)):
        for dates in _list(event.get(prop)):
            for value in dates.dts:
                moment = _moment(value, zone)
                if isinstance(moment, dt.datetime):
                    apply(moment)
    found: list[dt.datetime] = []
    for moment in rules:
        found.append(moment)
        if len(found) > MAX_OCCURRENCES:
            raise ValidationError(
                t("ics.import.too_many", name=name, count=MAX_OCCURRENCES), "RRULE"
            )
    return found


def _list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _meeting(
    occurrence: _Occurrence,
    councils: list[Council],
    council: str | None,
    series: Series | None,
) -> tuple[Meeting | None, list[RowError]]:
    line, name, event = occurrence.line, occurrence.name, occurrence.event
    errors: list[RowError] = []
    categories = _categories(event)
    slug = council or _council_of(categories, name, councils)
    # A joint meeting's calendar entry names all its councils, the holding one first.
    joint = tuple(c for c in _councils_in(categories, councils) if c != slug)
    if slug is None:
        known = ", ".join(c.slug for c in councils)
        errors.append(RowError(line, "council", t("ics.import.no_council", name=name, known=known)))
    kind = series or _series_of(categories) or Series.KKR
    start = pendulum.instance(occurrence.start).in_timezone(TZ_NAME)
    end = pendulum.instance(occurrence.end).in_timezone(TZ_NAME)
    if errors or slug is None:
        return None, errors
    tentative = str(event.get("status", "")).upper() == "TENTATIVE"
    try:
        meeting = Meeting(
            council=slug,
            series=kind,
            start=start,
            end=end,
            place=strip_controls(str(event.get("location", ""))).strip(),
            state=MeetingState.PROPOSED if tentative else MeetingState.PLANNED,
            councils=joint,
        )
    except ValidationError as exc:
        return None, [RowError(line, exc.field or "-", f"»{name}«: {exc.message}")]
    return meeting, []


def _categories(event: Any) -> list[str]:
    found: list[str] = []
    for value in _list(event.get("categories")):
        cats = getattr(value, "cats", None)
        if cats is not None:
            found.extend(str(c) for c in cats)
        else:
            found.extend(part.strip() for part in str(value).split(","))
    return found


def _councils_in(categories: list[str], councils: list[Council]) -> list[str]:
    """The councils the categories name, in their order (several: a joint meeting)."""
    lookup = council_lookup(councils)
    found = (lookup.get(council_key(category)) for category in categories)
    return list(dict.fromkeys(slug for slug in found if slug is not None))


def _council_of(categories: list[str], summary: str, councils: list[Council]) -> str | None:
    lookup = council_lookup(councils)
    named = _councils_in(categories, councils)
    if named:
        return named[0]
    # "KKR Sjælland: KKR-møde", as `kkr export ics` writes the SUMMARY
    head = summary.split(":", 1)[0]
    return lookup.get(council_key(head))


def _series_of(categories: list[str]) -> Series | None:
    labels = {fold(t(f"series.{s.value}")): s for s in Series}
    for category in categories:
        key = fold(category)
        found = SERIES_ALIASES.get(key.replace(" ", "").replace("-", "")) or labels.get(key)
        if found is not None:
            return found
    return None
