"""The year chart: one row per council, the twelve months across, a mark per meeting.

Each month gets the same number of cells, as many as the width allows (5 at 80
columns, so a cell is about six days; 8 at 120 columns, about four days), so two
meetings in one month stand apart. Cell contents, later ones winning:
empty (·) < today line (│) < publication deadline (r) < dispatch deadline (u) < meeting.
Two meetings in one cell show as their count. The meeting selected in the table below
is shown reversed; the selected council carries a pointer (▶).

Everything is drawn as Rich Text built from parts, never from markup, and council
names come from the catalogue-free data only through `printable`.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass

import pendulum
from rich.text import Text
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget

from kkr_tui.domain.formatting import format_day, format_day_short, month_abbr
from kkr_tui.domain.models import Meeting, MeetingState
from kkr_tui.domain.planning import Planner
from kkr_tui.domain.text import printable
from kkr_tui.i18n import t
from kkr_tui.ui.widgets.meeting_marks import (
    GLYPH,
    MARK_STYLE,
    STYLE,
    Mark,
    dispatch_letter,
    publication_letter,
)

EMPTY = "·"
TODAY_LINE = "│"
TODAY_STYLE = "bold magenta"
POINTER = "▶"
WARNING_SIGN = "!"
MIN_MONTH_CELLS = 2
# From this width on, councils are shown with their full name ("KKR Nordjylland").
LONG_NAMES_FROM = 110
_DISPATCHED_OR_LATER = (MeetingState.DISPATCHED, MeetingState.HELD, MeetingState.PUBLISHED)


@dataclass(frozen=True)
class ChartMeeting:
    meeting_id: int
    day: pendulum.Date
    state: MeetingState
    # Deadlines shown in the row (None: not shown, e.g. for a cancelled meeting).
    dispatch: pendulum.Date | None = None
    dispatch_mark: Mark = Mark.OPEN
    publication: pendulum.Date | None = None
    publication_mark: Mark = Mark.OPEN


@dataclass(frozen=True)
class ChartRow:
    key: str
    short_name: str
    long_name: str
    meetings: tuple[ChartMeeting, ...]
    warnings: int = 0


@dataclass(frozen=True)
class ChartView:
    year: int
    today: pendulum.Date
    rows: tuple[ChartRow, ...]
    selected: int = 0
    highlighted_meeting: int | None = None
    # Room to spare: each council gets a second line for its deadlines, so the
    # meetings' line shows nothing else and no deadline hides behind a meeting.
    roomy: bool = False


def layout(view: ChartView, width: int, focused: bool = False) -> list[Text]:
    """All lines of the chart for `width` cells: months, councils, today axis, legend."""
    long_names = width >= LONG_NAMES_FROM
    names = [printable(r.long_name if long_names else r.short_name) for r in view.rows]
    name_width = max((len(n) for n in names), default=0)
    label_width = name_width + 4  # pointer, name, a space, warning sign, a space
    month_cells = max(MIN_MONTH_CELLS, (width - label_width) // 12)
    columns = _Columns(view.year, month_cells)

    lines = [_month_header(view.year, label_width, month_cells)]
    today_column = columns.of(view.today) if view.today.year == view.year else None
    for index, (row, name) in enumerate(zip(view.rows, names, strict=True)):
        label = _label(row, name, name_width, index == view.selected, focused)
        if view.roomy:
            meetings = _cells(row, columns, today_column, view.highlighted_meeting, deadlines=False)
            deadlines = _cells(row, columns, today_column, None, meetings=False)
            lines.append(Text.assemble(label, meetings, no_wrap=True, overflow="crop"))
            lines.append(Text.assemble(" " * label_width, deadlines, no_wrap=True, overflow="crop"))
        else:
            cells = _cells(row, columns, today_column, view.highlighted_meeting)
            lines.append(Text.assemble(label, cells, no_wrap=True, overflow="crop"))
    lines.append(_today_axis(view, label_width, today_column, columns.total))
    lines.extend(_legend(width))
    return lines


class _Columns:
    """Cell index of a day: each month split into `month_cells` equal parts."""

    def __init__(self, year: int, month_cells: int) -> None:
        self.year = year
        self.month_cells = month_cells
        self.total = 12 * month_cells

    def of(self, day: pendulum.Date) -> int:
        days = calendar.monthrange(day.year, day.month)[1]
        return (day.month - 1) * self.month_cells + (day.day - 1) * self.month_cells // days


def _height_of(view: ChartView | None) -> tuple[int, bool] | None:
    """What the chart's height depends on, besides its width."""
    return None if view is None else (len(view.rows), view.roomy)


def chart_meeting(meeting: Meeting, planner: Planner, today: pendulum.Date) -> ChartMeeting:
    """A meeting as the chart shows it, with its dispatch and publication deadlines.

    A cancelled meeting has no deadlines; publication is there only for the series
    whose minutes are published (the domain leaves it None for the others).
    """
    if meeting.state is MeetingState.CANCELLED:
        return ChartMeeting(meeting.id, meeting.day, meeting.state)
    deadlines = planner.deadlines(meeting)
    dispatched = meeting.dispatched_on is not None or meeting.state in _DISPATCHED_OR_LATER
    published = meeting.published_on is not None or meeting.state is MeetingState.PUBLISHED
    publication = deadlines.publication.due if deadlines.publication is not None else None
    return ChartMeeting(
        meeting.id,
        meeting.day,
        meeting.state,
        dispatch=deadlines.dispatch.due,
        dispatch_mark=_mark(dispatched, deadlines.dispatch.due, today),
        publication=publication,
        publication_mark=Mark.OPEN if publication is None else _mark(published, publication, today),
    )


def _mark(done: bool, due: pendulum.Date, today: pendulum.Date) -> Mark:
    if done:
        return Mark.DONE
    return Mark.OVERDUE if due < today else Mark.OPEN


def _month_header(year: int, label_width: int, month_cells: int) -> Text:
    header = Text.assemble(" ", (f" {year} ", "bold reverse"), no_wrap=True, overflow="crop")
    header.append(" " * max(1, label_width - header.cell_len))
    room = max(1, month_cells - 1) if month_cells < 4 else 3
    for month in range(1, 13):
        name = month_abbr(month)[:room]
        header.append(name.ljust(month_cells), style="bold" if month % 2 else "")
    return header


def _label(row: ChartRow, name: str, width: int, selected: bool, focused: bool) -> Text:
    style = ""
    if selected:
        style = "bold reverse" if focused else "bold"
    return Text.assemble(
        (POINTER if selected else " ", "bold"),
        (name.ljust(width), style),
        " ",
        (WARNING_SIGN if row.warnings else " ", "bold red"),
        " ",
    )


def _cells(
    row: ChartRow,
    columns: _Columns,
    today_column: int | None,
    highlighted: int | None,
    *,
    meetings: bool = True,
    deadlines: bool = True,
) -> Text:
    chars = [EMPTY if meetings else " "] * columns.total
    styles = ["dim"] * columns.total
    if today_column is not None:
        chars[today_column], styles[today_column] = TODAY_LINE, TODAY_STYLE

    def put(day: pendulum.Date | None, char: str, style: str) -> None:
        if day is not None and day.year == columns.year:
            column = columns.of(day)
            chars[column], styles[column] = char, style

    for meeting in row.meetings if deadlines else ():
        put(meeting.publication, publication_letter(), MARK_STYLE[meeting.publication_mark])
    for meeting in row.meetings if deadlines else ():
        put(meeting.dispatch, dispatch_letter(), MARK_STYLE[meeting.dispatch_mark])
    by_column: dict[int, list[ChartMeeting]] = {}
    for meeting in row.meetings if meetings else ():
        if meeting.day.year == columns.year:
            by_column.setdefault(columns.of(meeting.day), []).append(meeting)
    for column, found in by_column.items():
        first = found[0]
        char = GLYPH[first.state] if len(found) == 1 else str(min(len(found), 9))
        style = STYLE[first.state]
        if highlighted is not None and any(m.meeting_id == highlighted for m in found):
            style = f"{style} reverse"
        chars[column], styles[column] = char, style
    # One span per run of equal style, not per cell: a row is mostly empty cells,
    # and each span costs its drawing on every repaint (up/down, a year, the cursor).
    text = Text(no_wrap=True, overflow="crop")
    start = 0
    for end in range(1, columns.total + 1):
        if end == columns.total or styles[end] != styles[start]:
            text.append("".join(chars[start:end]), style=styles[start])
            start = end
    return text


def _today_axis(view: ChartView, label_width: int, today_column: int | None, cells: int) -> Text:
    if today_column is None:
        return Text.assemble(
            " " * label_width,
            (t("cycle.chart.today_elsewhere", day=format_day(view.today)), "dim"),
            no_wrap=True,
            overflow="ellipsis",
        )
    note = t("cycle.chart.today", day=format_day_short(view.today))
    marker = ("▲", TODAY_STYLE)
    if today_column + 2 + len(note) <= cells:
        return Text.assemble(
            " " * (label_width + today_column), marker, " ", (note, TODAY_STYLE), no_wrap=True
        )
    pad = max(0, label_width + today_column - len(note) - 1)
    return Text.assemble(" " * pad, (note, TODAY_STYLE), " ", marker, no_wrap=True)


def _legend_entries() -> list[Text]:
    entries = [
        Text.assemble((GLYPH[state], STYLE[state]), " ", t(f"cycle.legend.{state.value}"))
        for state in MeetingState
    ]
    entries.append(
        Text.assemble((dispatch_letter(), MARK_STYLE[Mark.OPEN]), " ", t("cycle.legend.dispatch"))
    )
    entries.append(
        Text.assemble(
            (publication_letter(), MARK_STYLE[Mark.OPEN]), " ", t("cycle.legend.publication")
        )
    )
    entries.append(
        Text.assemble((dispatch_letter(), MARK_STYLE[Mark.OVERDUE]), " ", t("cycle.legend.overdue"))
    )
    entries.append(Text.assemble(("2", "bold"), " ", t("cycle.legend.several")))
    entries.append(Text.assemble((TODAY_LINE, TODAY_STYLE), " ", t("cycle.legend.today")))
    entries.append(Text.assemble((WARNING_SIGN, "bold red"), " ", t("cycle.legend.warning")))
    return entries


def _legend(width: int) -> list[Text]:
    """The legend entries, wrapped between entries (never inside one) to `width`."""
    lines: list[Text] = []
    line = Text(no_wrap=True, overflow="ellipsis")
    for entry in _legend_entries():
        gap = 2 if line.cell_len else 0
        if line.cell_len and line.cell_len + gap + entry.cell_len > width:
            lines.append(line)
            line = Text(no_wrap=True, overflow="ellipsis")
            gap = 0
        line.append(" " * gap)
        line.append_text(entry)
    if line.cell_len:
        lines.append(line)
    return lines


class YearChart(Widget, can_focus=True):
    """The chart as a focusable widget: Up/Down choose the council, Enter opens."""

    BINDINGS = [
        Binding("up", "council(-1)", "cycle.key.council_up", id="cycle.council_up", show=False),
        Binding(
            "down", "council(1)", "cycle.key.council_down", id="cycle.council_down", show=False
        ),
        Binding("enter", "open", "cycle.key.open", id="cycle.chart_open", show=False),
    ]

    # Repaint only: the chart's height changes with the number of councils or the
    # second line per council (see `watch_view`), not with the year or the selection,
    # and a layout of the screen is not needed for a repaint.
    view: reactive[ChartView | None] = reactive(None, layout=False)

    class CouncilStep(Message):
        """Up/Down: the next or previous council (relative, so quick presses add up)."""

        def __init__(self, step: int) -> None:
            super().__init__()
            self.step = step

    class OpenRequested(Message):
        """Enter on the chart: open the meeting selected below."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        # The lines last laid out, and for what (view, width, focus): measuring the
        # height and drawing the chart ask for the same lines.
        self._lines: tuple[tuple[ChartView, int, bool], list[Text]] | None = None

    def watch_view(self, old: ChartView | None, new: ChartView | None) -> None:
        if _height_of(old) != _height_of(new):
            self.refresh(layout=True)

    def _layout(self, view: ChartView, width: int) -> list[Text]:
        key = (view, width, self.has_focus)
        if self._lines is None or self._lines[0] != key:
            self._lines = (key, layout(view, width, self.has_focus))
        return self._lines[1]

    def render(self) -> Text:
        if self.view is None:
            return Text()
        width = self.content_region.width or self.size.width
        return Text("\n").join(self._layout(self.view, width))

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        if self.view is None:
            return 1
        return len(self._layout(self.view, width))

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()

    def action_council(self, step: int) -> None:
        self.post_message(self.CouncilStep(step))

    def action_open(self) -> None:
        self.post_message(self.OpenRequested())
