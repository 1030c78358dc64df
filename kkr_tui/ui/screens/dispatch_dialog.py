"""Record that the agenda went out: the day (today unless changed), and the reasons.

The dialog shows the deadline and why it is that day, and as the day is typed it says
whether that is late. After the deadline the reason is required (Meeting.dispatch_note,
as Danish practice expects). When something blocks the dispatch (items not approved,
no responsible, no items at all) the list is shown and going ahead needs a reason too
(Meeting.dispatch_override). The result is the dispatched meeting and its items.
"""

from __future__ import annotations

from collections.abc import Sequence

import pendulum
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.widgets import Input, Static

from kkr_tui.domain.deadlines import Deadline
from kkr_tui.domain.errors import DomainError
from kkr_tui.domain.formatting import format_day
from kkr_tui.domain.models import AgendaItem, Meeting
from kkr_tui.domain.workdays import WorkCalendar
from kkr_tui.domain.workflow import dispatch_blockers, dispatch_meeting, is_late
from kkr_tui.i18n import t, tn
from kkr_tui.ui.screens.form_dialog import FormDialog, bullet_list

Dispatched = tuple[Meeting, list[AgendaItem]]


class DispatchDialog(FormDialog[Dispatched]):
    dialog_id = "dispatch-dialog"

    def __init__(
        self,
        meeting: Meeting,
        items: Sequence[AgendaItem],
        *,
        heading: str,
        deadline: Deadline,
        calendar: WorkCalendar,
        today: pendulum.Date,
        user: str,
    ) -> None:
        super().__init__(heading, t("dispatch.ok"))
        self.meeting = meeting
        self.items = list(items)
        self.deadline = deadline
        self.calendar = calendar
        self.today = today
        self.user = user
        self.blockers = dispatch_blockers(self.items)

    def body(self) -> ComposeResult:
        yield Static(
            t("dispatch.deadline", why=self.deadline.explanation),
            id="dispatch-deadline",
            markup=False,
        )
        yield self.field(
            t("dispatch.day"), self.text_input(format_day(self.today), id="dispatch-day")
        )
        yield Static("", id="dispatch-timing", markup=False)
        yield self.field(
            t("dispatch.late_reason"),
            self.text_input(id="dispatch-late", placeholder=t("dispatch.late_hint")),
            id="dispatch-late-row",
        )
        if self.blockers:
            blocking = bullet_list(t("dispatch.blocked"), (b.text for b in self.blockers))
            yield Static(blocking, id="dispatch-blockers")
            yield self.field(
                t("dispatch.override"),
                self.text_input(id="dispatch-override", placeholder=t("dispatch.override_hint")),
                id="dispatch-override-row",
            )
        else:
            yield Static(t("dispatch.clear"), id="dispatch-blockers", markup=False)

    def on_mount(self) -> None:
        self._show_timing()
        self.query_one("#dispatch-day").focus()

    @on(Input.Changed, "#dispatch-day")
    def _day_changed(self) -> None:
        self._show_timing()

    def _show_timing(self) -> None:
        """Say, for the day typed so far, whether it is on time and if a reason is needed."""
        timing = self.query_one("#dispatch-timing", Static)
        late_row = self.query_one("#dispatch-late-row")
        try:
            day = self.day_of("#dispatch-day")
        except DomainError as exc:
            timing.update(Text(str(exc), style="yellow"))
            late_row.display = False
            return
        due = self.deadline.due
        if is_late(day, due):
            late = max(1, self.calendar.working_days_between(due, day))
            timing.update(Text(tn("dispatch.late", late), style="bold red"))
            late_row.display = True
        else:
            timing.update(Text(t("dispatch.on_time"), style="green"))
            late_row.display = False

    def build(self) -> Dispatched:
        day = self.day_of("#dispatch-day")
        override = self.value_of("#dispatch-override") if self.blockers else ""
        return dispatch_meeting(
            self.meeting,
            self.items,
            day=day,
            due=self.deadline.due,
            today=self.today,
            user=self.user,
            late_reason=self.value_of("#dispatch-late"),
            override_reason=override,
        )
