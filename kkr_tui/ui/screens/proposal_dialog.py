"""Show a proposed year for one council; the user accepts (all saved) or backs out."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Button, Static

from kkr_tui.domain.elections import is_constituting_year, is_local_election_year
from kkr_tui.domain.formatting import format_day, format_day_short, format_time
from kkr_tui.domain.models import MeetingState
from kkr_tui.domain.proposals import Proposal, YearProposal
from kkr_tui.domain.text import printable
from kkr_tui.i18n import t, tn
from kkr_tui.store import Snapshot
from kkr_tui.ui.screens.form_dialog import HINT_STYLE, WARNING_STYLE, FormDialog
from kkr_tui.ui.widgets.meeting_marks import GLYPH, STYLE


class ProposalDialog(FormDialog[bool]):
    """Returns True when the user accepts the proposals (Ctrl+S, as in every dialog)."""

    guard_changes = False
    SCREEN_CLASSES = "frame-dialog"

    def __init__(self, snapshot: Snapshot, proposal: YearProposal) -> None:
        super().__init__()
        self.snap = snapshot
        self.proposal = proposal

    def compose(self) -> ComposeResult:
        proposal = self.proposal
        council = self.snap.council(proposal.council)
        with Vertical(id="dialog") as box:
            box.border_title = t(
                "cycle.dialog.proposal.title", council=printable(council.name), year=proposal.year
            )
            with VerticalScroll(id="proposal-list"):
                yield Static(self._body(), markup=False)
            yield Static(id="dialog-error", markup=False)
            with Horizontal(classes="dialog-buttons"):
                if proposal.proposals:
                    yield Button(
                        f"{tn('cycle.dialog.proposal.save', len(proposal.proposals))} (Ctrl+S)",
                        variant="primary",
                        id="save",
                        compact=True,
                    )
                yield Button(f"{t('cycle.dialog.cancel')} (Esc)", id="cancel", compact=True)

    def on_mount(self) -> None:
        self.query_one(Button).focus()

    def _body(self) -> Text:
        proposal = self.proposal
        lines: list[Text] = [Text(self._pattern_note(), style=HINT_STYLE)]
        for item in proposal.proposals:
            lines.extend(_proposal_lines(item))
        if proposal.kept:
            days = ", ".join(format_day_short(m.day) for m in proposal.kept)
            lines.append(
                Text(t("cycle.dialog.proposal.kept", n=len(proposal.kept), days=days), HINT_STYLE)
            )
        for unplaced in proposal.unplaced:
            lines.append(Text(f"! {unplaced.message}", style=WARNING_STYLE))
        if proposal.proposals:
            lines.append(Text(t("cycle.dialog.proposal.saved_as"), style=HINT_STYLE))
        return Text("\n").join(lines)

    def _pattern_note(self) -> str:
        year = self.proposal.year
        if is_local_election_year(year):
            return t("cycle.dialog.proposal.pattern_election")
        if is_constituting_year(year):
            return t("cycle.dialog.proposal.pattern_constituting")
        return t("cycle.dialog.proposal.pattern")

    def build(self) -> bool:
        return True

    @on(Button.Pressed, "#save")
    def action_submit(self) -> None:
        if self.proposal.proposals:
            super().action_submit()  # saved (by the opener's `save`) before it closes

    @on(Button.Pressed, "#cancel")
    def _cancel_pressed(self) -> None:
        self.action_cancel()


def _proposal_lines(item: Proposal) -> list[Text]:
    meeting = item.meeting
    state = MeetingState.PROPOSED
    first = Text.assemble(
        (GLYPH[state], STYLE[state]),
        " ",
        (format_day(meeting.day), "bold"),
        f" {format_time(meeting.start)}-{format_time(meeting.end)}",
        "  ",
        t(f"series.{meeting.series.value}"),
        " · ",
        printable(meeting.place or "-"),
        no_wrap=True,
        overflow="ellipsis",
    )
    second = Text.assemble(
        "\u00a0\u00a0",  # a plain space at the start of a line would be dropped
        t("cycle.dialog.proposal.dispatch", day=format_day_short(item.deadlines.dispatch.due)),
        " · ",
        (printable(item.basis), HINT_STYLE),
        no_wrap=True,
        overflow="ellipsis",
    )
    return [first, second]
