"""`kkr status` as text (80 columns, words before colour) and as JSON (a stable shape).

The JSON shape is documented in the README ("kkr status"); FORMAT names its version.
Add keys freely; renaming or removing one, or changing a value's meaning, needs a new
FORMAT.
"""

from __future__ import annotations

import json
import re
from typing import Any

import pendulum

from kkr_tui.commands.context import EXIT_OK, EXIT_OVERDUE
from kkr_tui.commands.terminal import WIDTH, Painter, display_width, fit, pad
from kkr_tui.domain.formatting import format_day, format_day_short, format_day_time
from kkr_tui.domain.models import Meeting
from kkr_tui.domain.readiness import CheckLine, Light, LineStatus
from kkr_tui.domain.regions import region_on
from kkr_tui.domain.status_report import CouncilStatus, DueItem, StatusReport, signed_workdays
from kkr_tui.domain.text import printable
from kkr_tui.domain.vacancies import Vacancy
from kkr_tui.i18n import t, tn

FORMAT = "kkr-status/1"

_LIGHT_STYLE = {
    Light.RED: ("red", "bold"),
    Light.AMBER: ("yellow", "bold"),
    Light.GREEN: ("green",),
    Light.NONE: (),
}
# Council names are data (a user may rename a council); the column never takes more.
_MAX_NAME = 20
_INDENT = "  "


def exit_code_of(report: StatusReport) -> int:
    return EXIT_OVERDUE if report.overdue_count else EXIT_OK


# -- text --------------------------------------------------------------------------


def render_text(report: StatusReport, colour: bool = False) -> str:
    paint = Painter(colour)
    names = {c.council.slug: printable(c.council.name) for c in report.councils}
    name_width = min(_MAX_NAME, max((display_width(n) for n in names.values()), default=0))
    lines: list[str] = [
        paint(fit(t("status.title", day=format_day(report.today))), "bold"),
        fit(_summary(report)),
        "",
        paint(fit(t("status.next_meetings")), "bold"),
    ]
    light_width = max(display_width(t(f"status.light.{light.value}")) for light in Light)
    for status in report.councils:
        lines.extend(_council_lines(status, names, name_width, light_width, paint, report.today))
    lines.append("")
    if not report.items:
        lines.append(fit(t("status.nothing", days=report.days)))
    else:
        overdue, due = report.overdue, report.due
        if overdue:
            lines.append(paint(fit(t("status.overdue_heading", n=len(overdue))), "red", "bold"))
            lines.extend(_item_lines(overdue, names, name_width, report.today))
        else:
            lines.append(fit(t("status.nothing_overdue")))
        if due:
            lines.append("")
            lines.append(paint(fit(_due_heading(report.days, len(due))), "bold"))
            lines.extend(_item_lines(due, names, name_width, report.today))
    if report.vacancies:
        lines.append("")
        lines.append(paint(fit(t("status.vacancies_heading", n=len(report.vacancies))), "bold"))
        lines.extend(_vacancy_lines(report, names, name_width))
    return "\n".join(lines) + "\n"


def _vacancy_lines(report: StatusReport, names: dict[str, str], name_width: int) -> list[str]:
    """One line per vacant seat, the oldest first: since when, council, body and seat."""
    day_width = max(display_width(format_day(v.since)) for v in report.vacancies)
    ages = [tn("status.vacancy_age", v.age_days) for v in report.vacancies]
    age_width = max(display_width(age) for age in ages)
    out = []
    for vacancy, age in zip(report.vacancies, ages, strict=True):
        since = pad(format_day(vacancy.since), day_width)
        council = pad(names.get(vacancy.council, vacancy.council), name_width)
        body = t("status.vacancy_seat", body=printable(vacancy.body.name), seat=vacancy.seat)
        aged = " " * (age_width - display_width(age)) + age
        out.append(fit(f"{_INDENT}{since}  {council}  {aged}  {body}"))
    return out


def _summary(report: StatusReport) -> str:
    key = {0: "status.summary_today", 1: "status.summary_one_day"}.get(
        report.days, "status.summary"
    )
    return t(key, overdue=report.overdue_count, due=len(report.due), days=report.days)


def _due_heading(days: int, n: int) -> str:
    key = {0: "status.due_heading_today", 1: "status.due_heading_one_day"}.get(
        days, "status.due_heading"
    )
    return t(key, days=days, n=n)


def _council_lines(
    status: CouncilStatus,
    names: dict[str, str],
    name_width: int,
    light_width: int,
    paint: Painter,
    today: pendulum.Date,
) -> list[str]:
    name = pad(names[status.council.slug], name_width)
    meeting, readiness = status.next_meeting, status.readiness
    if meeting is None or readiness is None:
        return [fit(f"{name}  {pad('-', light_width)}  {t('status.no_meeting')}")]
    word = t(f"status.light.{readiness.light.value}")
    spaces = " " * (light_width - display_width(word))
    rest = fit(
        f"{format_day_time(meeting.start)}  {_meeting_label(meeting)}",
        WIDTH - name_width - light_width - 4,
    )
    first = f"{name}  {paint(word, *_LIGHT_STYLE[readiness.light])}{spaces}  {rest}"
    milestone = status.next_milestone
    if milestone is None:
        second = t("status.all_done")
    else:
        second = t(
            "status.next_milestone",
            label=milestone.deadline.label,
            day=_day(milestone.deadline.due, today),
            status=_status_text(milestone),
        )
    return [first, fit(f"{_INDENT}{second}")]


def _meeting_label(meeting: Meeting) -> str:
    series = t(f"series.{meeting.series.value}")
    place = printable(meeting.place.strip())
    return f"{series}, {place}" if place else series


def _day(day: pendulum.Date, today: pendulum.Date) -> str:
    """The year only when it is not this year's: the lines must fit 80 columns."""
    return format_day_short(day) if day.year == today.year else format_day(day)


def _status_text(line: CheckLine) -> str:
    if line.status is LineStatus.OVERDUE:
        return tn("status.late", line.workdays)
    return line.status_text


def _item_lines(
    items: list[DueItem], names: dict[str, str], name_width: int, today: pendulum.Date
) -> list[str]:
    day_width = max(display_width(format_day(i.line.deadline.due)) for i in items)
    out = []
    for item in items:
        line = item.line
        day = pad(format_day(line.deadline.due), day_width)
        council = pad(names[item.meeting.council], name_width)
        out.append(fit(f"{_INDENT}{day}  {council}  {line.deadline.label}"))
        meeting_ref = t(
            "status.meeting_ref",
            series=t(f"series.{item.meeting.series.value}"),
            day=_day(item.meeting.day, today),
        )
        detail = f"{_status_text(line)} - {meeting_ref}"
        out.append(fit(f"{_INDENT}{' ' * day_width}  {detail}"))
    return out


# -- JSON --------------------------------------------------------------------------

# json.dumps escapes C0 controls but, with ensure_ascii=False, leaves C1 controls (CSI
# is U+009B) and bidi overrides raw; they only occur inside strings, where \\uXXXX is
# the same value, so escaping them keeps the data and makes the output inert.
_UNSAFE_IN_JSON = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f]")


def render_json(report: StatusReport) -> str:
    text = json.dumps(report_as_dict(report), ensure_ascii=False, indent=2)
    return _UNSAFE_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text) + "\n"


def report_as_dict(report: StatusReport) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "today": report.today.isoformat(),
        "days": report.days,
        "councils": [_council_dict(c, report.today) for c in report.councils],
        "items": [_item_dict(i) for i in report.items],
        "overdue_count": report.overdue_count,
        "due_count": len(report.due),
        "vacancies": [_vacancy_dict(v) for v in report.vacancies],
        "exit_code": exit_code_of(report),
    }


def _council_dict(status: CouncilStatus, today: pendulum.Date) -> dict[str, Any]:
    meeting, readiness = status.next_meeting, status.readiness
    next_meeting = None
    if meeting is not None and readiness is not None:
        milestone = status.next_milestone
        next_meeting = {
            "id": meeting.id,
            "start": meeting.start.isoformat(),
            "end": meeting.end.isoformat(),
            "series": meeting.series.value,
            "state": meeting.state.value,
            "place": meeting.place,
            "readiness": readiness.light.value,
            "next_milestone": None if milestone is None else _milestone_dict(milestone),
        }
    return {
        "slug": status.council.slug,
        "name": status.council.name,
        # As the region is called on the report's day (Region Østdanmark from 2027).
        "region": region_on(status.council, today),
        "next_meeting": next_meeting,
    }


def _milestone_dict(line: CheckLine) -> dict[str, Any]:
    return {
        "name": line.key,
        "label": line.deadline.label,
        "due": line.deadline.due.isoformat(),
        "status": line.status.value,
        "workdays_left": signed_workdays(line),
    }


def _item_dict(item: DueItem) -> dict[str, Any]:
    line, meeting = item.line, item.meeting
    return {
        "council": meeting.council,
        "meeting_id": meeting.id,
        "meeting_start": meeting.start.isoformat(),
        "series": meeting.series.value,
        "milestone": line.key,
        "label": line.deadline.label,
        "due": line.deadline.due.isoformat(),
        "status": "overdue" if item.overdue else "due",
        "workdays": line.workdays,
    }


def _vacancy_dict(vacancy: Vacancy) -> dict[str, Any]:
    return {
        "council": vacancy.council,
        "body": vacancy.body.name,
        "body_id": vacancy.body.id,
        "seat": vacancy.seat,
        "since": vacancy.since.isoformat(),
        "days": vacancy.age_days,
    }
