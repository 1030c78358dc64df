"""Oversigt's foot in a big window: the coming deadlines and meetings of all councils.

The rows the table and the detail leave free carry the next things to do, soonest
first, one line each (kkr_tui.domain.coming). The widget draws as many as its height
holds, worked out when it is drawn (no extra layout pass, nothing formatted that is
not shown); where even three do not fit it draws nothing, so a small window keeps
its plain layout.
"""

from __future__ import annotations

from collections.abc import Sequence

import pendulum
from rich.text import Text
from textual.widget import Widget

from kkr_tui.domain.coming import Coming
from kkr_tui.domain.formatting import format_day, format_day_short, format_time
from kkr_tui.i18n import t, tn
from kkr_tui.ui.safe import plain

# Fewer lines than this (besides the heading) are not worth the room.
FEWEST = 3


class ComingList(Widget):
    """The coming deadlines and meetings, as many as fit."""

    DEFAULT_CSS = """
    ComingList {
        height: 1fr;
        padding: 0 1;
        text-wrap: nowrap;
        text-overflow: ellipsis;
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._entries: Sequence[Coming] = ()
        self._year = 0

    def show(self, entries: Sequence[Coming], today: pendulum.Date) -> None:
        self._entries = entries
        self._year = today.year
        self.refresh()

    def render(self) -> Text:
        room = self.content_size.height - 1  # the heading takes one line
        if room < FEWEST or not self._entries:
            return Text()
        entries = list(self._entries)
        shown = entries if len(entries) <= room else entries[: room - 1]
        lines = [Text(t("room.coming.title"), style="bold")]
        lines += _lines(shown, self._year)
        if len(shown) < len(entries):
            more = tn("room.coming.more", len(entries) - len(shown))
            lines.append(Text(more, style="dim"))
        text = Text("\n").join(lines)
        text.no_wrap = True
        text.overflow = "ellipsis"
        return text


def _lines(entries: Sequence[Coming], year: int) -> list[Text]:
    """One line an entry, in aligned columns: day, council, status, what."""

    def day(entry: Coming) -> str:
        return format_day_short(entry.day) if entry.day.year == year else format_day(entry.day)

    days = [day(e) for e in entries]
    councils = [e.council.name.removeprefix("KKR ") for e in entries]
    statuses = [e.line.status_text if e.line else "" for e in entries]
    day_width = max(len(d) for d in days)
    council_width = max(len(c) for c in councils)
    status_width = max(len(s) for s in statuses)
    lines = []
    for entry, day_text, council, status in zip(entries, days, councils, statuses, strict=True):
        line = Text(f"{day_text:<{day_width}}  ")
        line.append_text(plain(f"{council:<{council_width}}  "))
        line.append(f"{status:<{status_width}}  ", style=_status_style(entry))
        line.append_text(_what(entry))
        lines.append(line)
    return lines


def _status_style(entry: Coming) -> str:
    return "bold yellow" if entry.line is not None and entry.line.at_risk else ""


def _what(entry: Coming) -> Text:
    meeting = entry.meeting
    if entry.line is None:
        series = t(f"series.{meeting.series.value}")
        text = Text(
            t("room.coming.meeting", series=series, time=format_time(meeting.start)),
            style="bold",
        )
        if meeting.place:
            text.append(" · ")
            text.append_text(plain(meeting.place))
        return text
    return plain(
        t(
            "room.coming.deadline",
            label=entry.line.deadline.label,
            series=t(f"series_short.{meeting.series.value}"),
            day=format_day_short(meeting.day)
            if meeting.day.year == entry.day.year
            else format_day(meeting.day),
        )
    )
