"""How a meeting's state and its deadlines look: a shape first, colour only as a repeat.

The shapes fill up as a meeting progresses (◇ proposed, ○ planned, ◑ dispatched,
● held, ✓ published; ✕ cancelled), so the chart reads with NO_COLOR too.
"""

from __future__ import annotations

from enum import StrEnum

from rich.text import Text

from kkr_tui.domain.models import MeetingState
from kkr_tui.i18n import t

GLYPH: dict[MeetingState, str] = {
    MeetingState.PROPOSED: "◇",
    MeetingState.PLANNED: "○",
    MeetingState.DISPATCHED: "◑",
    MeetingState.HELD: "●",
    MeetingState.PUBLISHED: "✓",
    MeetingState.CANCELLED: "✕",
}
STYLE: dict[MeetingState, str] = {
    MeetingState.PROPOSED: "bold magenta",
    MeetingState.PLANNED: "bold cyan",
    MeetingState.DISPATCHED: "bold yellow",
    MeetingState.HELD: "bold blue",
    MeetingState.PUBLISHED: "green",
    MeetingState.CANCELLED: "bright_black",
}
# Rows of cancelled meetings are greyed out as a whole.
CANCELLED_ROW_STYLE = "bright_black"


class Mark(StrEnum):
    """Where a deadline stands: still open, passed without being met, or met."""

    OPEN = "open"
    OVERDUE = "overdue"
    DONE = "done"


MARK_STYLE: dict[Mark, str] = {
    Mark.OPEN: "bold yellow",
    Mark.OVERDUE: "bold reverse red",
    Mark.DONE: "dim",
}


def state_text(state: MeetingState, short: bool = False) -> Text:
    """'◇ foreslået' in the state's style; `short` uses the legend's words ('✓ referat ude')."""
    word = t(f"cycle.legend.{state.value}") if short else t(f"state.{state.value}")
    return Text(f"{GLYPH[state]} {word}", style=STYLE[state])


def dispatch_letter() -> str:
    return t("cycle.mark.dispatch")


def publication_letter() -> str:
    return t("cycle.mark.publication")
