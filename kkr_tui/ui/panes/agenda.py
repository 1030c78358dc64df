"""Dagsordener: every council's upcoming and recent meetings, the most urgent first.

Each row: the readiness light (a shape and a word, never colour alone), the meeting,
the next milestone not yet done and the working days to it. Sorted by that milestone's
due day, so what is late or due now is at the top; meetings with nothing left to do
follow by date. Shown: every meeting from RECENT_DAYS ago on, and older ones still
missing something (e.g. minutes not yet published); cancelled ones only when the state
filter asks for them.

Keys: r council, s series, t state (each cycles, starting from "all"), a clears the
filters, / searches meeting and item titles as you type (Enter keeps the search,
Escape clears it). Enter opens the meeting. The line above the table shows the
filters in force with their keys (so the footer keeps the app's keys at 80 columns);
the lines below say what the highlighted meeting is missing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any, TypeVar

import pendulum
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.events import Key
from textual.widgets import DataTable, Input, Static

from kkr_tui.domain.fora import meeting_name
from kkr_tui.domain.formatting import format_day, format_day_short, format_day_time
from kkr_tui.domain.joint import councils_text
from kkr_tui.domain.models import Meeting, MeetingState, Series
from kkr_tui.domain.next_steps import next_steps
from kkr_tui.domain.readiness import CheckLine, LineStatus, Readiness
from kkr_tui.i18n import t, tn
from kkr_tui.store import Snapshot
from kkr_tui.ui.panes.base import Pane
from kkr_tui.ui.safe import plain
from kkr_tui.ui.widgets.clipped import ClippedStatic
from kkr_tui.ui.widgets.fit import Column
from kkr_tui.ui.widgets.fitted_table import FittedTable
from kkr_tui.ui.widgets.inputs import SafeInput
from kkr_tui.ui.widgets.lights import light_text

RECENT_DAYS = 30
WIDE = 110


@dataclass(frozen=True)
class AgendaFilter:
    council: str | None = None
    series: Series | None = None
    # None: every state but cancelled.
    state: MeetingState | None = None
    query: str = ""

    @property
    def active(self) -> bool:
        return bool(self.council or self.series or self.state or self.query)


@dataclass(frozen=True)
class Entry:
    meeting: Meeting
    readiness: Readiness

    @property
    def next_line(self) -> CheckLine | None:
        return self.readiness.next_open


def agenda_entries(snap: Snapshot, today: pendulum.Date, flt: AgendaFilter) -> list[Entry]:
    """The meetings the pane shows, most urgent deadline first."""
    since = today.subtract(days=RECENT_DAYS)
    query = flt.query.strip().casefold()
    names = {c.slug: c.name for c in snap.councils}
    entries = []
    for meeting in snap.meetings:
        if flt.state is None and meeting.state is MeetingState.CANCELLED:
            continue
        if flt.state is not None and meeting.state is not flt.state:
            continue
        if flt.council and not meeting.belongs_to(flt.council):
            continue
        if flt.series and meeting.series is not flt.series:
            continue
        readiness = snap.readiness(meeting, today)
        if meeting.day < since and readiness.next_open is None:
            continue  # long past and nothing missing
        if query and not _matches(meeting, snap, names, query):
            continue
        entries.append(Entry(meeting, readiness))
    return sorted(entries, key=_urgency)


def _urgency(entry: Entry) -> tuple[int, int, str, str]:
    line = entry.next_line
    if line is None:
        return (1, entry.meeting.start.int_timestamp, "", entry.meeting.council)
    return (
        0,
        line.deadline.due.toordinal(),
        entry.meeting.start.isoformat(),
        entry.meeting.council,
    )


def _matches(meeting: Meeting, snap: Snapshot, names: dict[str, str], query: str) -> bool:
    """The meeting's title (council, series, place) or any of its items' titles."""
    title = " ".join(
        (
            names.get(meeting.council, meeting.council),
            meeting_name(meeting, snap.fora),
            meeting.place,
        )
    )
    if query in title.casefold():
        return True
    return any(query in item.title.casefold() for item in snap.items_for(meeting.id))


def _layout(width: int) -> list[Column]:
    columns = [
        Column("light", t("agenda.col.light"), width=6),
        Column("day", t("agenda.col.day"), width=11),
        Column("council", t("agenda.col.council"), width=11),
        Column("series", t("agenda.col.series"), width=11),
    ]
    if width >= WIDE:
        columns.append(Column("state", t("agenda.col.state"), width=14))
    columns.append(Column("next", t("agenda.col.next"), weight=1, minimum=11))
    if width >= WIDE:
        columns.append(Column("due", t("agenda.col.due"), width=11))
    columns.append(Column("workdays", t("agenda.col.workdays"), width=12))
    if width >= WIDE:
        columns.append(Column("items", t("agenda.col.items"), width=7))
    return columns


def workdays_text(line: CheckLine | None) -> Text:
    if line is None:
        return Text("-", style="dim")
    if line.status is LineStatus.DUE_TODAY:
        return Text(t("agenda.today"), style="bold yellow")
    if line.status is LineStatus.OVERDUE:
        return Text(t("agenda.late", n=line.workdays), style="bold red")
    style = "bold yellow" if line.at_risk else ""
    return Text(t("agenda.in", n=line.workdays), style=style)


def _cells(entry: Entry, snap: Snapshot, today: pendulum.Date) -> dict[str, Text | str]:
    meeting = entry.meeting
    line = entry.next_line
    council = snap.council(meeting.council).name.removeprefix("KKR ")
    day = (
        format_day_short(meeting.day) if meeting.day.year == today.year else format_day(meeting.day)
    )
    return {
        "light": light_text(entry.readiness.light),
        "day": plain(day),
        "council": plain(council),
        "series": plain(t(f"series_short.{meeting.series.value}")),
        "state": plain(t(f"state_short.{meeting.state.value}")),
        "next": plain(t(f"milestone_short.{line.key}") if line else t("agenda.nothing_left")),
        "due": plain(format_day_short(line.deadline.due) if line else ""),
        "workdays": workdays_text(line),
        "items": Text(str(len(snap.items_for(meeting.id))), justify="right"),
    }


class AgendaPane(Pane):
    title_key = "pane.agenda"

    BINDINGS = [
        Binding("r", "cycle_council", "agenda.key.council", id="agenda.council", show=False),
        Binding("s", "cycle_series", "agenda.key.series", id="agenda.series", show=False),
        Binding("t", "cycle_state", "agenda.key.state", id="agenda.state", show=False),
        Binding("a", "reset_filters", "agenda.key.reset", id="agenda.reset", show=False),
        # Shown in the footer; the filter keys are shown in the line above the table.
        Binding("slash", "search", "agenda.key.search", id="agenda.search"),
    ]

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.filter = AgendaFilter()
        self._entries: list[Entry] = []

    def compose(self) -> ComposeResult:
        yield Static(id="agenda-filters", markup=False)
        search = SafeInput(id="agenda-search", compact=True, placeholder=t("agenda.search_hint"))
        search.display = False
        search.cursor_blink = self.kkr.cursor_blink
        yield search
        yield FittedTable(_layout, id="agenda-meetings")
        yield ClippedStatic(id="agenda-detail", markup=False)

    # -- data --------------------------------------------------------------------------
    def refresh_data(self) -> None:
        snap = self.snapshot
        today = self.today
        self._entries = agenda_entries(snap, today, self.filter)
        self.query_one("#agenda-meetings", FittedTable).set_rows(
            [(str(e.meeting.id), _cells(e, snap, today)) for e in self._entries]
        )
        self.query_one("#agenda-filters", Static).update(self._filter_line(snap))
        self._show_detail()

    def _filter_line(self, snap: Snapshot) -> Text:
        flt = self.filter
        # Short names, so the line fits 80 columns with a filter or two set.
        council = (
            snap.council(flt.council).name.removeprefix("KKR ") if flt.council else t("agenda.all")
        )
        series = t(f"series_short.{flt.series.value}") if flt.series else t("agenda.all")
        state = t(f"state_short.{flt.state.value}") if flt.state else t("agenda.all_active")

        def part(key: str, label: str, value: str, on: bool) -> Text:
            return Text.assemble(
                (key, "bold"), f" {label}: ", (value, "bold reverse" if on else "")
            )

        line = Text(" · ").join(
            [
                part("r", t("agenda.filter.council"), council, bool(flt.council)),
                part("s", t("agenda.filter.series"), series, bool(flt.series)),
                part("t", t("agenda.filter.state"), state, bool(flt.state)),
            ]
        )
        if flt.query:
            line.append(" · ")
            line.append_text(Text.assemble(("/", "bold"), f" {t('agenda.filter.search')}: "))
            line.append_text(plain(flt.query, style="bold reverse"))
        count = len(self._entries)
        line.append(f"  {tn('agenda.count', count)}")
        if flt.active:
            line.append_text(Text.assemble("  ", ("a", "bold"), f" {t('agenda.filter.reset')}"))
        return line

    @on(DataTable.RowHighlighted, "#agenda-meetings")
    def _highlighted(self) -> None:
        self._show_detail()

    def _show_detail(self) -> None:
        detail = self.query_one("#agenda-detail", Static)
        entry = self._selected()
        if entry is None:
            detail.update(Text(t("agenda.none_match"), style="dim"))
            return
        snap = self.snapshot
        meeting = entry.meeting
        items = snap.items_for(meeting.id)
        names = {c.slug: c.name for c in snap.councils}
        head = Text.assemble(
            (councils_text(meeting, names), "bold"),
            " · ",
            meeting_name(meeting, snap.fora),
            " · ",
            format_day_time(meeting.start),
            " · ",
            t(f"state.{meeting.state.value}"),
            " · ",
            tn("agenda.items_count", len(items)),
        )
        if entry.readiness.afbud:
            head.append(f" · {entry.readiness.afbud}")
        steps = next_steps(
            meeting, items, entry.readiness, snap.members_of(meeting.council), self.today
        )
        body = Text(" ").join(
            Text(step.text, style="bold red" if step.urgent else "") for step in steps
        )
        detail.update(Text("\n").join([head, body]))

    def _selected(self) -> Entry | None:
        key = self.query_one("#agenda-meetings", FittedTable).selected_key()
        return next((e for e in self._entries if str(e.meeting.id) == key), None)

    @on(DataTable.RowSelected, "#agenda-meetings")
    def _open(self, event: DataTable.RowSelected) -> None:
        if event.row_key.value is not None:
            self.kkr.open_meeting(int(event.row_key.value))

    # -- filters -----------------------------------------------------------------------
    def _set_filter(self, **changes: Any) -> None:
        self.filter = replace(self.filter, **changes)
        self.refresh_data()

    def action_cycle_council(self) -> None:
        slugs = [c.slug for c in self.snapshot.councils]
        self._set_filter(council=_next(slugs, self.filter.council))

    def action_cycle_series(self) -> None:
        self._set_filter(series=_next(list(Series), self.filter.series))

    def action_cycle_state(self) -> None:
        self._set_filter(state=_next(list(MeetingState), self.filter.state))

    def action_reset_filters(self) -> None:
        search = self.query_one("#agenda-search", Input)
        search.value = ""
        search.display = False
        self.filter = AgendaFilter()
        self.refresh_data()
        self.query_one("#agenda-meetings", FittedTable).focus()

    def action_search(self) -> None:
        search = self.query_one("#agenda-search", Input)
        search.display = True
        search.focus()

    @on(Input.Changed, "#agenda-search")
    def _search_changed(self, event: Input.Changed) -> None:
        self._set_filter(query=event.value)

    @on(Input.Submitted, "#agenda-search")
    def _search_done(self) -> None:
        self.query_one("#agenda-meetings", FittedTable).focus()

    def on_key(self, event: Key) -> None:
        # Escape in the search field clears the search and returns to the list.
        search = self.query_one("#agenda-search", Input)
        if event.key == "escape" and search.has_focus:
            event.stop()
            search.value = ""
            search.display = False
            self._set_filter(query="")
            self.query_one("#agenda-meetings", FittedTable).focus()


T = TypeVar("T")


def _next(options: Sequence[T], current: T | None) -> T | None:
    """All (None) -> first -> ... -> last -> all."""
    if current is None:
        return options[0] if options else None
    index = list(options).index(current) if current in options else -1
    return options[index + 1] if index + 1 < len(options) else None
