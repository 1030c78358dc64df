"""Cancel a meeting: confirm, with a reason. The meeting stays in the year, greyed."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Input, Label, Static

from kkr_tui.domain.formatting import format_day, format_time
from kkr_tui.domain.models import Meeting, MeetingState
from kkr_tui.domain.text import printable
from kkr_tui.i18n import t, tn
from kkr_tui.store import Snapshot
from kkr_tui.ui.screens.dialog_frame import (
    ERROR_STYLE,
    WARNING_STYLE,
    DialogFrame,
    message_lines,
)

REASON_MAX = 200


class CancelMeetingDialog(DialogFrame[str | None]):
    """Returns the reason when the user confirms, None when they back out."""

    def __init__(self, snapshot: Snapshot, meeting: Meeting) -> None:
        super().__init__()
        self.snap = snapshot
        self.meeting = meeting

    def compose(self) -> ComposeResult:
        meeting = self.meeting
        council = self.snap.council(meeting.council)
        with Vertical(id="dialog", classes="cancel-dialog") as box:
            box.border_title = t("cycle.dialog.cancel_meeting.title")
            yield Static(
                Text.assemble(
                    t("cycle.dialog.cancel_meeting.question"),
                    " ",
                    (printable(council.name), "bold"),
                    " · ",
                    t(f"series.{meeting.series.value}"),
                    " · ",
                    (format_day(meeting.day), "bold"),
                    f" {format_time(meeting.start)}-{format_time(meeting.end)}",
                ),
                markup=False,
            )
            notes = [(t("cycle.dialog.cancel_meeting.stays"), "dim")]
            if meeting.state is MeetingState.DISPATCHED:
                notes.append((t("cycle.dialog.cancel_meeting.dispatched"), WARNING_STYLE))
            items = len(self.snap.items_for(meeting.id))
            if items:
                notes.append((tn("cycle.dialog.cancel_meeting.items", items), WARNING_STYLE))
            yield Static(message_lines(notes), markup=False)
            with Horizontal(classes="form-row"):
                yield Label(t("cycle.dialog.field.reason"), classes="form-label")
                yield self.safe_input(
                    placeholder=t("cycle.dialog.placeholder.reason"),
                    max_length=REASON_MAX,
                    id="field-reason",
                )
            yield Static(id="dialog-errors", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button(
                    t("cycle.dialog.cancel_meeting.confirm"),
                    variant="error",
                    id="confirm",
                    compact=True,
                )
                yield Button(t("cycle.dialog.cancel_meeting.back"), id="back", compact=True)

    def on_mount(self) -> None:
        self.query_one("#dialog-errors", Static).display = False
        self.query_one("#field-reason", Input).focus()

    @on(Button.Pressed, "#confirm")
    @on(Input.Submitted)
    def _confirm(self) -> None:
        reason = self.query_one("#field-reason", Input).value.strip()
        if not reason:
            errors = self.query_one("#dialog-errors", Static)
            errors.update(message_lines([(t("cycle.dialog.error.reason_missing"), ERROR_STYLE)]))
            errors.display = True
            self.app.bell()
            return
        self.dismiss(reason)

    @on(Button.Pressed, "#back")
    def _back(self) -> None:
        self.dismiss(None)
