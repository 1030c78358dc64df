"""The readiness checklist as text: per milestone its status and, below, its day and why.

Every line starts with a shape and says its status in words, so it reads without
colour (NO_COLOR, a monochrome terminal): ✓ done, ○ due, ▲ due soon or today,
■ overdue, – cancelled. When the line is wide enough, the day and reason share the
milestone's line; otherwise they follow it, indented and wrapped, never cut.
"""

from __future__ import annotations

import textwrap

from rich.text import Text
from textual.reactive import reactive
from textual.widget import Widget

from kkr_tui.domain.formatting import format_day_short
from kkr_tui.domain.readiness import CheckLine, LineStatus, Readiness
from kkr_tui.i18n import t

_MARK = {
    LineStatus.DONE: ("✓", "green"),
    LineStatus.DUE: ("○", ""),
    LineStatus.DUE_TODAY: ("▲", "bold yellow"),
    LineStatus.OVERDUE: ("■", "bold red"),
    LineStatus.CANCELLED: ("–", "dim"),
}
INDENT = "  "


def mark(line: CheckLine) -> tuple[str, str]:
    symbol, style = _MARK[line.status]
    if line.status is LineStatus.DUE and line.at_risk:
        return "▲", "bold yellow"
    if line.status is LineStatus.DONE and line.done_late_by:
        return symbol, "yellow"
    return symbol, style


def status_words(line: CheckLine, with_day: bool = True) -> str:
    """The status, with the day it was done when known ('udført (tir 8. sep)')."""
    if with_day and line.status is LineStatus.DONE and line.done_on is not None:
        return f"{line.status_text} ({format_day_short(line.done_on)})"
    return line.status_text


class Checklist(Widget):
    """One meeting's checklist; set `readiness` to redraw."""

    DEFAULT_CSS = "Checklist { height: auto; }"

    readiness: reactive[Readiness | None] = reactive(None, layout=True)

    def render(self) -> Text:
        readiness = self.readiness
        if readiness is None:
            return Text("")
        if not readiness.lines:
            return Text(t("meeting.no_milestones"), style="dim")
        width = max(20, self.size.width or 80)
        label_width = max(len(line.deadline.label) for line in readiness.lines) + 2
        # The day a milestone was done is a detail: left out when the line is too narrow.
        with_day = all(
            2 + label_width + len(status_words(line)) <= width for line in readiness.lines
        )
        status_width = max(len(status_words(line, with_day)) for line in readiness.lines) + 2
        heads = [self._head(line, label_width, status_width, with_day) for line in readiness.lines]
        # One line per milestone when every one fits; otherwise all take two (even rows).
        one_line = all(
            head.cell_len + len(line.deadline.explanation) <= width
            for head, line in zip(heads, readiness.lines, strict=True)
        )
        out = Text(no_wrap=True, overflow="ellipsis")
        for index, (head, line) in enumerate(zip(heads, readiness.lines, strict=True)):
            if index:
                out.append("\n")
            why = line.deadline.explanation
            if one_line:
                out.append_text(head)
                out.append(why, style="dim")
                continue
            head.rstrip()
            out.append_text(head)
            for part in textwrap.wrap(why, width=width - len(INDENT)) or [""]:
                out.append("\n")
                out.append(INDENT + part, style="dim")
        if readiness.afbud:
            # Not a milestone (nothing to tick): who will not come, who is called in.
            out.append("\n")
            out.append_text(
                Text.assemble(
                    "• ",
                    t("afbud.checklist_label").ljust(label_width),
                    readiness.afbud,
                )
            )
        return out

    @staticmethod
    def _head(line: CheckLine, label_width: int, status_width: int, with_day: bool) -> Text:
        symbol, style = mark(line)
        return Text.assemble(
            (f"{symbol} ", style),
            line.deadline.label.ljust(label_width),
            (status_words(line, with_day).ljust(status_width), style),
        )
