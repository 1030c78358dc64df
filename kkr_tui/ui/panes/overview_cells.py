"""Oversigt's content, worked out from one state of the file and one day: the rows,
the attention line, the detail per council. The pane (kkr_tui.ui.panes.overview) puts
it on screen.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pendulum
from rich.text import Text

from kkr_tui.domain.attention import CouncilAttention, council_status
from kkr_tui.domain.council_checks import chair_and_vice, council_warnings, seated
from kkr_tui.domain.first_steps import FirstStep, first_steps, step_text
from kkr_tui.domain.formatting import format_day, format_day_short, format_time, month_abbr
from kkr_tui.domain.models import Council, Meeting, Member
from kkr_tui.domain.readiness import Light, LineStatus
from kkr_tui.domain.regions import region_on
from kkr_tui.domain.vacancies import vacancies_on
from kkr_tui.i18n import language, t, tn
from kkr_tui.store import Snapshot
from kkr_tui.ui.safe import plain
from kkr_tui.ui.widgets.fit import Cell, Row
from kkr_tui.ui.widgets.lights import STYLE, light_text

WARNING_STYLE = "bold yellow"


@dataclass(frozen=True)
class OverviewView:
    """What Oversigt shows, from one state of the file and one day."""

    attention: Text
    # One row per council, most urgent first; built for a narrow and/or a wide pane.
    narrow: list[Row] | None
    wide: list[Row] | None
    # The detail lines under the table, per council slug (the cursor picks one).
    details: dict[str, Text]
    # The total line, longest first: the pane shows the first that fits its width.
    totals: tuple[str, ...]

    def total(self, width: int) -> str:
        """The total line for `width` columns: "registreret" goes first, then the
        municipalities (a fixed 98); members, seats and vacancies always stay."""
        return next((text for text in self.totals if len(text) <= width), self.totals[-1])


def council_statuses(snap: Snapshot, today: pendulum.Date) -> list[CouncilAttention]:
    """Every council's status, the one that needs attention most first."""
    order = {c.slug: i for i, c in enumerate(snap.councils)}
    statuses = [
        council_status(c, snap.meetings_of(c.slug), lambda m: snap.readiness(m, today), today)
        for c in snap.councils
    ]
    return sorted(statuses, key=lambda s: s.sort_key(order[s.council.slug]))


def overview_view(
    snap: Snapshot, today: pendulum.Date, statuses: list[CouncilAttention], *, wide: bool | None
) -> OverviewView:
    """What Oversigt shows; the rows for a narrow pane, a wide one, or (None) both."""

    members = {s.council.slug: snap.members_of(s.council.slug) for s in statuses}
    vacancies = vacancies_on(snap.bodies, snap.appointments, today)
    vacant = {
        s.council.slug: sum(1 for v in vacancies if v.council == s.council.slug) for s in statuses
    }

    # On a new database "all in rute" would tell nothing: say what to do first instead.
    steps = first_steps(
        members=len(snap.members),
        meetings=len(snap.meetings) + len(snap.archived_years),
        contacts=len(snap.contacts),
    )

    def rows(build: Callable[[CouncilAttention, list[Member], int], list[Cell]]) -> list[Row]:
        return [(s.council.slug, build(s, members[s.council.slug], today.year)) for s in statuses]

    counts = {
        "municipalities": sum(len(c.municipalities) for c in snap.councils),
        "seats": sum(c.seats for c in snap.councils),
        "members": len(seated(snap.members)),
    }
    return OverviewView(
        attention=_attention(statuses) if not steps else Text(t("first_steps.title"), style="bold"),
        narrow=None if wide is True else rows(_narrow_row),
        wide=None if wide is False else rows(_wide_row),
        details={
            s.council.slug: _steps_text(steps)
            + _detail(s, members[s.council.slug], vacant[s.council.slug], today)
            for s in statuses
        },
        totals=tuple(
            t(key, **counts) + t("appointments.overview_total", n=len(vacancies))
            for key in ("overview.total", "overview.total_short", "overview.total_shortest")
        ),
    )


def _steps_text(steps: list[FirstStep]) -> Text:
    """The first steps, numbered, above the council's own lines (empty once taken)."""
    text = Text()
    for number, step in enumerate(steps, start=1):
        text.append(f"{number}. {step_text(step)}\n", style="bold")
    return text


def _attention(statuses: list[CouncilAttention]) -> Text:
    needing = [s for s in statuses if s.needs_attention]
    if not needing:
        return Text(t("overview.all_well"), style="green")
    text = Text(t("overview.attention"), style="bold")
    for index, status in enumerate(needing):
        if index:
            text.append(", ")
        text.append_text(light_text(status.light, with_word=False))
        text.append(" ")
        text.append_text(plain(status.council.name, style=STYLE[status.light]))
    return text


def _lines(*lines: Text) -> Text:
    text = Text(no_wrap=True, overflow="ellipsis")
    for index, line in enumerate(lines):
        if index:
            text.append("\n")
        text.append_text(line)
    return text


def _day_month(day: pendulum.Date) -> str:
    """'15. jun' (da) / '15 Jun' (en): a day near today, where the weekday adds nothing."""
    month = month_abbr(day.month)
    return f"{day.day} {month}" if language() == "en" else f"{day.day}. {month}"


def _narrow_row(status: CouncilAttention, members: list[Member], year: int) -> list[Cell]:
    council = status.council
    first = light_text(status.light) if status.light is not Light.NONE else Text()
    if status.urgent is not None:
        first.append(" ")
        first.append_text(plain(_milestone(status, _day_month)))
    return [
        plain(council.name, style="bold"),
        _lines(first, _deadline_status(status, short=True)),
        _lines(*_meeting_cells(status, year, wide=False)),
        _lines(*_member_cells(council, members, wide=False)),
        _lines(*_chair_cells(members)),
    ]


def _wide_row(status: CouncilAttention, members: list[Member], year: int) -> list[Cell]:
    """Three lines a council. The light stands under the council's name (a column of
    its own took ten cells), and the meeting's place is its venue, the part before the
    first comma (the detail line below the table has the address): so at 120 columns
    the chairs' names and the deadline's words are whole."""
    council = status.council
    name = [plain(council.name, style="bold"), light_text(status.light)]
    late = _late_elsewhere(status)
    if late:
        name.append(Text(tn("room.overview.more_late", late), style="red"))
    if status.urgent is None:
        deadline = _lines(Text(t("overview.nothing_due"), style="dim"))
    else:
        deadline = _lines(
            plain(_milestone(status, format_day_short)),
            plain(format_day(status.urgent.deadline.due)),
            _deadline_status(status, short=False, elsewhere=False),
        )
    return [
        _lines(*name),
        deadline,
        _lines(*_meeting_cells(status, year, wide=True)),
        _lines(*_member_cells(council, members, wide=True)),
        _lines(*_chair_cells(members)),
    ]


def venue(place: str) -> str:
    """'Regionshuset' of 'Regionshuset, Damhaven 12, 7100 Vejle': where, not the address."""
    return place.split(",", 1)[0].strip() or place


def _milestone(status: CouncilAttention, day_format: Callable[[pendulum.Date], str]) -> str:
    """'Udsendelse', or 'Referat (møde 15. jun)' when it is not the next meeting's."""
    assert status.urgent is not None
    label = t(f"overview.milestone.{status.urgent.key}")
    meeting = status.urgent_meeting
    next_meeting = status.next_meeting.meeting if status.next_meeting else None
    if meeting is not None and (next_meeting is None or meeting.id != next_meeting.id):
        label = t("overview.other_meeting", label=label, day=day_format(meeting.day))
    return label


_STATUS_STYLE = {
    LineStatus.OVERDUE: "bold red",
    LineStatus.DUE_TODAY: "bold yellow",
    LineStatus.DUE: "",
}


def _late_elsewhere(status: CouncilAttention) -> int:
    """Overdue milestones besides the urgent one (in any open meeting)."""
    return sum(
        1
        for o in status.open_meetings
        for line in o.readiness.lines
        if line.status is LineStatus.OVERDUE and line is not status.urgent
    )


def _deadline_status(status: CouncilAttention, *, short: bool, elsewhere: bool = True) -> Text:
    """'58 arb.dage for sent +1' (short) or the checklist's own words; `elsewhere` adds
    how many more milestones are late."""
    line = status.urgent
    if line is None:
        return Text(t("overview.nothing_due"), style="dim")
    if short:
        if line.status is LineStatus.OVERDUE:
            words = tn("overview.short.overdue", line.workdays)
        elif line.status is LineStatus.DUE_TODAY:
            words = t("overview.short.due_today")
        else:
            words = tn("overview.short.due", line.workdays)
    else:
        words = line.status_text
    style = _STATUS_STYLE.get(line.status, "")
    if line.status is LineStatus.DUE and line.at_risk:
        style = "yellow"
    text = Text(words, style=style)
    late = _late_elsewhere(status) if elsewhere else 0
    if late:
        text.append(" ")
        key = "overview.more_late_short" if short else "overview.more_late"
        text.append(t(key, n=late), style="red")
    return text


def _meeting_cells(status: CouncilAttention, year: int, *, wide: bool) -> list[Text]:
    if status.next_meeting is None:
        return [Text(t("overview.none_planned"), style="dim")]
    meeting: Meeting = status.next_meeting.meeting
    series = plain(t(f"series.{meeting.series.value}"))
    if wide:
        return [
            plain(format_day(meeting.day)),
            plain(t("overview.time_and_series", time=format_time(meeting.start), series=series)),
            plain(venue(meeting.place), style="dim"),
        ]
    short = format_day_short(meeting.day) if meeting.day.year == year else format_day(meeting.day)
    return [plain(short), series]


def _member_cells(council: Council, members: list[Member], *, wide: bool) -> list[Text]:
    holders = len(seated(members))
    size = "long" if wide else "short"
    seats = Text(t(f"overview.seats_{size}", members=holders, seats=council.seats))
    if holders > council.seats:
        seats.stylize("bold red")
    municipalities = Text(tn(f"overview.municipalities_{size}", len(council.municipalities)))
    warnings = council_warnings(council, members)
    marker = Text(tn(f"overview.warnings_{size}", len(warnings)), style=WARNING_STYLE)
    if not wide:
        if warnings:
            seats.append(" ")
            seats.append_text(marker)
        return [seats, municipalities]
    return [seats, municipalities, marker if warnings else Text()]


def _chair_cells(members: list[Member]) -> list[Text]:
    chair, vice = chair_and_vice(members)
    missing = t("overview.not_registered")
    return [
        plain(t("overview.chair_short", name=chair.name if chair else missing)),
        plain(t("overview.vice_short", name=vice.name if vice else missing)),
    ]


def _detail(
    status: CouncilAttention, members: list[Member], vacant: int, today: pendulum.Date
) -> Text:
    """The highlighted council in words: region, vacancies, chairs, the urgent deadline
    and why, warnings."""
    council = status.council
    lines: list[Text] = []
    head = Text.assemble(plain(council.name, style="bold"), " · ", plain(region_on(council, today)))
    if vacant:
        head.append(" · ")
        head.append(t("appointments.overview_vacant", n=vacant), style=WARNING_STYLE)
    lines.append(head)
    chair, vice = chair_and_vice(members)
    people = Text()
    for index, (label, member) in enumerate(
        ((t("council.chair"), chair), (t("council.vice"), vice))
    ):
        if index:
            people.append(" · ")
        people.append(f"{label}: ")
        if member is None:
            people.append(t("council.not_registered"), style="dim")
        else:
            people.append_text(plain(f"{member.name} ({member.municipality})"))
    lines.append(people)
    if status.urgent is not None and status.urgent_meeting is not None:
        line = status.urgent
        lines.append(
            Text.assemble(
                t(
                    "overview.detail_deadline",
                    label=line.deadline.label,
                    meeting=format_day(status.urgent_meeting.day),
                    due=format_day(line.deadline.due),
                ),
                " ",
                _deadline_status(status, short=False),
            )
        )
    if status.next_meeting is not None:
        meeting = status.next_meeting.meeting
        when = f"{format_day(meeting.day)} {t('room.overview.at', time=format_time(meeting.start))}"
        place = f", {meeting.place}" if meeting.place else ""
        lines.append(plain(t("room.overview.next_meeting", when=when, place=place)))
    for warning in council_warnings(council, members):
        lines.append(plain(f"⚠ {warning.text}", style=WARNING_STYLE))
    text = Text("\n").join(lines)
    text.no_wrap = False  # the detail wraps: it is the place for the long version
    return text
