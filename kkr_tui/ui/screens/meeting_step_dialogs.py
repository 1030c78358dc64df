"""The meeting's own steps after dispatch: held, minutes published (cancelling is
kkr_tui.ui.screens.cancel_dialog).

Each returns the changed meeting (validated by the workflow) or None when cancelled.
"""

from __future__ import annotations

from collections.abc import Sequence

import pendulum
from textual.app import ComposeResult
from textual.widgets import Static

from kkr_tui.domain.formatting import format_day
from kkr_tui.domain.models import AgendaItem, Meeting
from kkr_tui.domain.workflow import (
    default_held_day,
    mark_held,
    publication_blockers,
    publish_minutes,
)
from kkr_tui.i18n import t
from kkr_tui.ui.screens.form_dialog import FormDialog, bullet_list


class HeldDialog(FormDialog[Meeting]):
    dialog_id = "held-dialog"

    def __init__(self, meeting: Meeting, *, heading: str, today: pendulum.Date) -> None:
        super().__init__(heading, t("held.ok"))
        self.meeting = meeting
        self.today = today

    def body(self) -> ComposeResult:
        yield Static(t("held.explain"), markup=False)
        day = default_held_day(self.meeting, self.today)
        yield self.field(t("held.day"), self.text_input(format_day(day), id="held-day"))

    def on_mount(self) -> None:
        self.query_one("#held-day").focus()

    def build(self) -> Meeting:
        return mark_held(self.meeting, day=self.day_of("#held-day"), today=self.today)


class PublishDialog(FormDialog[Meeting]):
    """The day the decision minutes went on kl.dk, and their address (https)."""

    dialog_id = "publish-dialog"
    field_labels = {"url": ("publish-url", "publish.url")}

    def __init__(
        self,
        meeting: Meeting,
        items: Sequence[AgendaItem],
        *,
        heading: str,
        due_explanation: str,
        today: pendulum.Date,
    ) -> None:
        super().__init__(heading, t("publish.ok"))
        self.meeting = meeting
        self.items = list(items)
        self.due_explanation = due_explanation
        self.today = today
        self.blockers = publication_blockers(self.items)

    def body(self) -> ComposeResult:
        yield Static(t("publish.deadline", why=self.due_explanation), markup=False)
        yield self.field(
            t("publish.day"), self.text_input(format_day(self.today), id="publish-day")
        )
        yield self.field(
            t("publish.url"),
            self.text_input(
                self.meeting.minutes_url, id="publish-url", placeholder="https://www.kl.dk/..."
            ),
        )
        if self.blockers:
            blocking = bullet_list(t("publish.blocked"), (b.text for b in self.blockers))
            yield Static(blocking, id="publish-blockers")
            yield self.field(
                t("publish.override"),
                self.text_input(id="publish-override", placeholder=t("publish.override_hint")),
            )

    def on_mount(self) -> None:
        self.query_one("#publish-url" if not self.meeting.minutes_url else "#publish-day").focus()

    def build(self) -> Meeting:
        return publish_minutes(
            self.meeting,
            self.items,
            day=self.day_of("#publish-day"),
            url=self.value_of("#publish-url"),
            today=self.today,
            override_reason=self.value_of("#publish-override") if self.blockers else "",
        )
