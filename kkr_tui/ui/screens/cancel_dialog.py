"""Cancel a meeting, with a reason: the one dialog for the meeting screen and the Årshjul.

The meeting stays in the year, greyed; its items stay too (postpone them afterwards).
Returns the cancelled meeting (kkr_tui.domain.workflow.cancel_meeting) or None.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.app import ComposeResult
from textual.widgets import Static

from kkr_tui.domain.models import AgendaItem, Meeting, MeetingState
from kkr_tui.domain.workflow import cancel_meeting, on_agenda
from kkr_tui.i18n import t, tn
from kkr_tui.ui.screens.form_dialog import FormDialog

REASON_MAX = 200


class CancelMeetingDialog(FormDialog[Meeting]):
    dialog_id = "cancel-meeting-dialog"

    def __init__(self, meeting: Meeting, items: Sequence[AgendaItem], *, heading: str) -> None:
        super().__init__(heading, t("cancel.ok"))
        self.meeting = meeting
        self.open_items = len(on_agenda(items))

    def body(self) -> ComposeResult:
        notes = Text(t("cycle.dialog.cancel_meeting.stays"), style="dim")
        if self.meeting.state is MeetingState.DISPATCHED:
            notes.append(f"\n{t('cycle.dialog.cancel_meeting.dispatched')}", style="yellow")
        if self.open_items:
            notes.append(f"\n{tn('cancel.items_stay', self.open_items)}", style="yellow")
        yield Static(notes, markup=False)
        reason = self.text_input(id="cancel-reason", placeholder=t("cancel.hint"))
        reason.max_length = REASON_MAX
        yield self.field(t("cancel.reason"), reason)

    def on_mount(self) -> None:
        self.query_one("#cancel-reason").focus()

    def build(self) -> Meeting:
        return cancel_meeting(self.meeting, reason=self.value_of("#cancel-reason"))
