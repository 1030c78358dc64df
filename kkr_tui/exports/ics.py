"""Meetings (and optionally their deadlines) as an iCalendar feed (RFC 5545).

Written for a calendar that subscribes to the file (Outlook, Google, Apple): every
export of the same database gives each meeting the same UID, so the subscriber updates
the event instead of adding a second one, and SEQUENCE rises whenever the meeting
record changes.

Choices:
- UID: a UUID5 of the meeting id (plus "/dispatch" or "/publication" for deadlines) in
  the database's own namespace (Settings.database_id), so two databases never share a
  UID. A database made before database_id existed uses LEGACY_NAMESPACE.
- SEQUENCE: the meeting record's revision minus one (0 for a meeting never changed).
  The store raises `rev` on every saved change, so SEQUENCE cannot fall or stand still
  while the event changes. (`Meeting.sequence` is not used: nothing keeps it current.)
  Deadline events add the settings' revision, as a changed date rule moves them too.
- DTSTAMP: midnight UTC of the day passed in (the clock's day), not the moment of the
  export, so two exports on the same day are byte-for-byte equal.
- Times: local Copenhagen wall time with TZID=Europe/Copenhagen and a VTIMEZONE made
  by icalendar from the zoneinfo database for the years the events fall in.
- The meetings are closed: no item content unless `with_agenda` (titles and kinds).

One-line use (CLI and UI): calendar_feed(snapshot, clock.today(), CalendarOptions(...))
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from icalendar import Calendar, Event, Timezone

from kkr_tui.domain.clock import TZ_NAME, copenhagen
from kkr_tui.domain.deadlines import Deadline
from kkr_tui.domain.formatting import format_day_short
from kkr_tui.domain.joint import councils_text
from kkr_tui.domain.models import Meeting, MeetingState
from kkr_tui.domain.rules import Settings
from kkr_tui.domain.text import printable
from kkr_tui.exports.documents import agenda_items, place_text
from kkr_tui.i18n import t

if TYPE_CHECKING:
    from kkr_tui.store import Snapshot

PRODID = "-//KL//kkr_tui//DA"
# For databases made before Settings.database_id existed. Fixed forever: changing it
# would give every such database's events new UIDs (duplicates in subscribers).
LEGACY_NAMESPACE = uuid.UUID("0f6d3a52-8c1e-5b7a-9e2d-4c3b1a0f9e87")
REFRESH = dt.timedelta(hours=12)

_STATUS = {
    MeetingState.PROPOSED: "TENTATIVE",
    MeetingState.CANCELLED: "CANCELLED",
}


@dataclass(frozen=True)
class CalendarOptions:
    councils: tuple[str, ...] = ()  # slugs; empty means all five
    series: tuple[str, ...] = ()  # Series values; empty means every series
    deadlines: bool = False  # add all-day events for dispatch and publication
    with_agenda: bool = False  # item titles in DESCRIPTION (the meetings are closed)


def database_namespace(settings: Settings) -> uuid.UUID:
    return uuid.UUID(settings.database_id) if settings.database_id else LEGACY_NAMESPACE


def event_uid(namespace: uuid.UUID, meeting_id: int, part: str = "") -> str:
    name = f"meeting/{meeting_id}" + (f"/{part}" if part else "")
    return str(uuid.uuid5(namespace, name))


def meeting_sequence(meeting: Meeting) -> int:
    return max(meeting.rev - 1, 0)


def selected_meetings(snapshot: Snapshot, options: CalendarOptions) -> list[Meeting]:
    return [
        m
        for m in snapshot.all_meetings()
        # A joint meeting is in the calendar of every council taking part, once.
        if (not options.councils or any(c in options.councils for c in m.all_councils))
        and (not options.series or m.series.value in options.series)
    ]


def new_calendar(method: str) -> Calendar:
    """An empty VCALENDAR from kkr: PUBLISH for the feed, REQUEST or CANCEL for the
    invitation a dispatch mails (mail/invitation.py)."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", method)
    return calendar


def calendar_feed(
    snapshot: Snapshot, stamp_day: dt.date, options: CalendarOptions | None = None
) -> bytes:
    """The .ics file's bytes (UTF-8, CRLF line ends, folded at 75 octets)."""
    options = options or CalendarOptions()
    meetings = selected_meetings(snapshot, options)
    namespace = database_namespace(snapshot.settings)
    stamp = dt.datetime(stamp_day.year, stamp_day.month, stamp_day.day, tzinfo=dt.UTC)

    calendar = new_calendar("PUBLISH")
    name = _calendar_name(snapshot, options)
    calendar.add("name", name)
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", TZ_NAME)
    calendar.add("refresh-interval", REFRESH, parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", "PT12H")
    calendar.add_component(_timezone(meetings, stamp_day))
    for meeting in meetings:
        calendar.add_component(_meeting_event(snapshot, meeting, namespace, stamp, options))
        if options.deadlines and meeting.state is not MeetingState.CANCELLED:
            deadlines = snapshot.planner.deadlines(meeting)
            for deadline in (deadlines.dispatch, deadlines.publication):
                if deadline is None:
                    continue  # a series that publishes no minutes
                calendar.add_component(
                    _deadline_event(snapshot, meeting, deadline, namespace, stamp)
                )
    ical: bytes = calendar.to_ical()
    return ical


def _calendar_name(snapshot: Snapshot, options: CalendarOptions) -> str:
    if len(options.councils) == 1:
        return t("export.ics.name_one", council=snapshot.council(options.councils[0]).name)
    return t("export.ics.name_all")


def _timezone(meetings: Iterable[Meeting], stamp_day: dt.date) -> Timezone:
    """Europe/Copenhagen's transitions for every year an event falls in."""
    years = [m.start.year for m in meetings] or [stamp_day.year]
    return Timezone.from_tzid(
        TZ_NAME, first_date=dt.date(min(years), 1, 1), last_date=dt.date(max(years) + 1, 1, 1)
    )


def _line(text: str) -> str:
    return " ".join(printable(text).split())


def _meeting_summary(snapshot: Snapshot, meeting: Meeting) -> str:
    council = councils_text(meeting, {c.slug: c.name for c in snapshot.councils})
    summary = f"{council}: {t(f'series.{meeting.series.value}')}"
    if meeting.state is MeetingState.PROPOSED:
        summary = f"{summary} ({t('state.proposed')})"
    if meeting.state is MeetingState.CANCELLED:
        summary = f"{t('export.ics.cancelled_prefix')}: {summary}"
    return summary


def _meeting_event(
    snapshot: Snapshot,
    meeting: Meeting,
    namespace: uuid.UUID,
    stamp: dt.datetime,
    options: CalendarOptions,
) -> Event:
    event = Event()
    event.add("uid", event_uid(namespace, meeting.id))
    event.add("dtstamp", stamp)
    event.add("sequence", meeting_sequence(meeting))
    event.add("dtstart", copenhagen(meeting.start))
    event.add("dtend", copenhagen(meeting.end))
    event.add("summary", _line(_meeting_summary(snapshot, meeting)))
    if meeting.place.strip():
        event.add("location", _line(place_text(meeting)))
    event.add("status", _STATUS.get(meeting.state, "CONFIRMED"))
    if meeting.state is MeetingState.CANCELLED:
        # Outlook shows a cancelled event from a feed as busy unless told otherwise.
        event.add("transp", "TRANSPARENT")
        event.add("x-microsoft-cdo-busystatus", "FREE")
    elif meeting.state is MeetingState.PROPOSED:
        event.add("x-microsoft-cdo-busystatus", "TENTATIVE")
    event.add(
        "categories",
        [
            *(_line(snapshot.council(slug).name) for slug in meeting.all_councils),
            t(f"series.{meeting.series.value}"),
        ],
    )
    if meeting.minutes_url:
        event.add("url", meeting.minutes_url)
    description = _description(snapshot, meeting, options)
    if description:
        event.add("description", description)
    return event


def _description(snapshot: Snapshot, meeting: Meeting, options: CalendarOptions) -> str:
    lines: list[str] = []
    if meeting.state is MeetingState.CANCELLED and meeting.cancel_reason.strip():
        lines.append(t("export.cancelled_because", reason=_line(meeting.cancel_reason)))
    if options.with_agenda:
        items = agenda_items(snapshot, meeting)
        if items:
            lines.append(t("export.ics.agenda"))
            # A calendar is shared like the public version: a closed item is its
            # number and "Lukket punkt", nothing more.
            lines.extend(
                f"{number}. {t('doc.closed_item')}"
                if item.closed
                else f"{number}. {_line(item.title)} ({t(f'kind.{item.kind.value}')})"
                for number, item in items
            )
    if meeting.minutes_url:
        lines.append(t("export.ics.minutes", url=meeting.minutes_url))
    return "\n".join(lines)


def _deadline_event(
    snapshot: Snapshot,
    meeting: Meeting,
    deadline: Deadline,
    namespace: uuid.UUID,
    stamp: dt.datetime,
) -> Event:
    event = Event()
    event.add("uid", event_uid(namespace, meeting.id, deadline.key))
    event.add("dtstamp", stamp)
    event.add("sequence", meeting_sequence(meeting) + snapshot.settings.rev)
    day = dt.date(deadline.due.year, deadline.due.month, deadline.due.day)
    event.add("dtstart", day)
    event.add("dtend", day + dt.timedelta(days=1))
    council = _line(snapshot.council(meeting.council).name)
    summary = t(
        "export.ics.deadline_summary",
        council=council,
        deadline=deadline.label,
        series=t(f"series.{meeting.series.value}"),
        day=format_day_short(meeting.day),
    )
    event.add("summary", summary)
    event.add("description", deadline.explanation)
    event.add("transp", "TRANSPARENT")
    event.add("categories", [council, deadline.label])
    return event
