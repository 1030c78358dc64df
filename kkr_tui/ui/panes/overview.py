"""Oversigt: the five councils at a glance, the one that needs attention first.

One two-line row per council: its readiness light and most urgent deadline (in working
days), the next meeting, members against seats, the chairmanship. Councils are sorted
red, amber, green (then by the deadline due first), and the line on top names those
that need attention, so the first glance answers "where must I act?". Enter opens the
council screen; m opens the meeting behind the urgent deadline; / finds a contact.
"""

from __future__ import annotations

from collections.abc import Callable

import pendulum
from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Static

from kkr_tui.domain.attention import CouncilStatus, council_status
from kkr_tui.domain.council_checks import chair_and_vice, council_warnings, seated
from kkr_tui.domain.formatting import format_day, format_day_short, format_time, month_abbr
from kkr_tui.domain.models import Council, Meeting, Member
from kkr_tui.domain.readiness import Light, LineStatus
from kkr_tui.i18n import language, t
from kkr_tui.store import Snapshot
from kkr_tui.ui.panes.base import Pane
from kkr_tui.ui.safe import plain
from kkr_tui.ui.widgets.fit import Column, Row, available_width, show_rows
from kkr_tui.ui.widgets.lights import STYLE, light_text
from kkr_tui.ui.widgets.tables import KkrTable

# From this width the rows spell things out (full labels, places, chair titles).
WIDE = 110
WARNING_STYLE = "bold yellow"


class CouncilTable(KkrTable):
    """The councils; Enter opens one (declared here so the footer can say so)."""

    BINDINGS = [
        Binding("enter", "select_cursor", "overview.key.open", id="overview.open"),
    ]


class OverviewPane(Pane):
    title_key = "pane.overview"
    STYLESHEETS = ("overview",)
    BINDINGS = [
        Binding("m", "open_meeting", "overview.key.meeting", id="overview.meeting"),
        Binding("slash", "find_contact", "overview.key.find_contact", id="overview.find"),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._statuses: tuple[Snapshot, pendulum.Date, list[CouncilStatus]] | None = None
        self._fitted: tuple[int, int] | None = None  # (width, table width) last drawn for

    def compose(self) -> ComposeResult:
        yield Static(id="overview-attention", markup=False)
        yield CouncilTable(id="councils", cursor_type="row", zebra_stripes=True)
        yield Static(id="overview-detail", markup=False)
        yield Static(id="overview-total", markup=False)

    def on_resize(self, event: events.Resize) -> None:
        # Showing the pane again (key 1) resizes it too: redraw only if the columns
        # would be fitted differently.
        if self._fit(self.query_one("#councils", DataTable).row_count) != self._fitted:
            self.refresh_data()

    def _fit(self, rows: int) -> tuple[int, int]:
        """The pane's width and the width the table's columns get for `rows` councils."""
        width = self.size.width or self.app.size.width
        lines = 1 + (3 if width >= WIDE else 2) * rows
        return width, available_width(self.query_one("#councils", DataTable), width, lines)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        if event.row_key.value is not None:
            self.kkr.open_council(event.row_key.value)

    def action_open_meeting(self) -> None:
        status = self._selected_status()
        if status is None:
            return
        meeting = status.urgent_meeting
        if meeting is None and status.next_meeting is not None:
            meeting = status.next_meeting.meeting
        if meeting is not None:
            self.kkr.open_meeting(meeting.id)
        else:
            self.notify(t("overview.none_planned"))

    async def action_find_contact(self) -> None:
        from kkr_tui.ui.panes.contacts import ContactsPane

        await self.kkr.action_show_pane("contacts")
        pane = await self.kkr.pane("contacts")
        assert isinstance(pane, ContactsPane)
        pane.start_search(after_pane_switch=True)

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self._show_detail(self.statuses())

    def _selected_status(self, statuses: list[CouncilStatus] | None = None) -> CouncilStatus | None:
        table = self.query_one("#councils", DataTable)
        if not table.row_count:
            return None
        slug = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        return next((s for s in statuses or self.statuses() if s.council.slug == slug), None)

    def _show_detail(self, statuses: list[CouncilStatus]) -> None:
        status = self._selected_status(statuses)
        detail = self.query_one("#overview-detail", Static)
        if status is None:
            detail.update("")
            return
        detail.update(_detail(status, self.snapshot.members_of(status.council.slug)))

    def statuses(self) -> list[CouncilStatus]:
        """Every council's status, the one that needs attention most first.

        Computed once per database state and day: moving the cursor only reads it.
        """
        snap = self.snapshot
        today = self.today
        if self._statuses is not None and self._statuses[0] is snap and self._statuses[1] == today:
            return self._statuses[2]
        order = {c.slug: i for i, c in enumerate(snap.councils)}
        statuses = [
            council_status(c, snap.meetings_of(c.slug), lambda m: snap.readiness(m, today), today)
            for c in snap.councils
        ]
        ranked = sorted(statuses, key=lambda s: s.sort_key(order[s.council.slug]))
        self._statuses = (snap, today, ranked)
        return ranked

    def refresh_data(self) -> None:
        snap = self.snapshot
        statuses = self.statuses()
        table = self.query_one("#councils", DataTable)
        self._fitted = width, table_width = self._fit(len(statuses))
        wide = width >= WIDE
        columns = _wide_columns() if wide else _narrow_columns()
        rows: list[Row] = []
        for status in statuses:
            members = snap.members_of(status.council.slug)
            build = _wide_row if wide else _narrow_row
            rows.append((status.council.slug, build(status, members, self.today.year)))
        show_rows(table, columns, rows, width=table_width, height=3 if wide else 2)
        self._show_detail(statuses)
        self.query_one("#overview-attention", Static).update(_attention(statuses))
        self.query_one("#overview-total", Static).update(
            t(
                "overview.total",
                municipalities=sum(len(c.municipalities) for c in snap.councils),
                seats=sum(c.seats for c in snap.councils),
                members=len(seated(snap.members)),
            )
        )


def _attention(statuses: list[CouncilStatus]) -> Text:
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


# --- cells ---------------------------------------------------------------------------


def _narrow_columns() -> list[Column]:
    return [
        Column("council", t("overview.council"), minimum=8, shrink=1),
        Column("deadline", t("overview.next_deadline"), minimum=14, shrink=2),
        Column("meeting", t("overview.next_meeting"), minimum=10, shrink=1),
        Column("members", t("overview.members_short"), minimum=5, shrink=1),
        Column("chairs", t("overview.chairmanship"), minimum=8, shrink=3),
    ]


def _wide_columns() -> list[Column]:
    return [
        Column("council", t("overview.council"), minimum=10, shrink=0),
        Column("light", t("overview.readiness"), minimum=6, shrink=0),
        Column("deadline", t("overview.next_deadline"), minimum=20, shrink=1),
        Column("meeting", t("overview.next_meeting"), minimum=16, shrink=2),
        Column("members", t("overview.members"), minimum=12, shrink=2),
        Column("chairs", t("overview.chairmanship"), minimum=14, shrink=3),
    ]


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


def _narrow_row(status: CouncilStatus, members: list[Member], year: int) -> list[Text | str]:
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


def _wide_row(status: CouncilStatus, members: list[Member], year: int) -> list[Text | str]:
    council = status.council
    if status.urgent is None:
        deadline = _lines(Text(t("overview.nothing_due"), style="dim"))
    else:
        deadline = _lines(
            plain(_milestone(status, format_day_short)),
            plain(format_day(status.urgent.deadline.due)),
            _deadline_status(status, short=False),
        )
    return [
        plain(council.name, style="bold"),
        light_text(status.light),
        deadline,
        _lines(*_meeting_cells(status, year, wide=True)),
        _lines(*_member_cells(council, members, wide=True)),
        _lines(*_chair_cells(members)),
    ]


def _milestone(status: CouncilStatus, day_format: Callable[[pendulum.Date], str]) -> str:
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


def _late_elsewhere(status: CouncilStatus) -> int:
    """Overdue milestones besides the urgent one (in any open meeting)."""
    return sum(
        1
        for o in status.open_meetings
        for line in o.readiness.lines
        if line.status is LineStatus.OVERDUE and line is not status.urgent
    )


def _deadline_status(status: CouncilStatus, *, short: bool) -> Text:
    """'58 arb.dage for sent +1' (short) or the checklist's own words."""
    line = status.urgent
    if line is None:
        return Text(t("overview.nothing_due"), style="dim")
    if short:
        suffix = "_one" if line.workdays == 1 else ""
        if line.status is LineStatus.OVERDUE:
            words = t(f"overview.short.overdue{suffix}", n=line.workdays)
        elif line.status is LineStatus.DUE_TODAY:
            words = t("overview.short.due_today")
        else:
            words = t(f"overview.short.due{suffix}", n=line.workdays)
    else:
        words = line.status_text
    style = _STATUS_STYLE.get(line.status, "")
    if line.status is LineStatus.DUE and line.at_risk:
        style = "yellow"
    text = Text(words, style=style)
    late = _late_elsewhere(status)
    if late:
        text.append(" ")
        key = "overview.more_late_short" if short else "overview.more_late"
        text.append(t(key, n=late), style="red")
    return text


def _meeting_cells(status: CouncilStatus, year: int, *, wide: bool) -> list[Text]:
    if status.next_meeting is None:
        return [Text(t("overview.none_planned"), style="dim")]
    meeting: Meeting = status.next_meeting.meeting
    series = plain(t(f"series.{meeting.series.value}"))
    if wide:
        return [
            plain(format_day(meeting.day)),
            plain(t("overview.time_and_series", time=format_time(meeting.start), series=series)),
            plain(meeting.place, style="dim"),
        ]
    short = format_day_short(meeting.day) if meeting.day.year == year else format_day(meeting.day)
    return [plain(short), series]


def _member_cells(council: Council, members: list[Member], *, wide: bool) -> list[Text]:
    holders = len(seated(members))
    size = "long" if wide else "short"
    seats = Text(t(f"overview.seats_{size}", members=holders, seats=council.seats))
    if holders > council.seats:
        seats.stylize("bold red")
    municipalities = Text(t(f"overview.municipalities_{size}", n=len(council.municipalities)))
    warnings = council_warnings(council, members)
    one = "_one" if wide and len(warnings) == 1 else ""
    marker = Text(t(f"overview.warnings_{size}{one}", n=len(warnings)), style=WARNING_STYLE)
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


def _detail(status: CouncilStatus, members: list[Member]) -> Text:
    """The highlighted council in words: chairs, the urgent deadline and why, warnings."""
    council = status.council
    lines: list[Text] = []
    head = Text.assemble(plain(council.name, style="bold"), " · ", plain(council.region))
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
    for warning in council_warnings(council, members):
        lines.append(plain(f"⚠ {warning.text}", style=WARNING_STYLE))
    text = Text("\n").join(lines)
    text.no_wrap = False  # the detail wraps: it is the place for the long version
    return text
