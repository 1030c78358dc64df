"""Appoint someone to a seat of a body, or change an appointment: the rules of
`kkr import appointments`.

The holder field suggests the council's members as you type. A registered member gets
their municipality by themselves; a name with a municipality that is not a registered
member is refused with the closest registered name; a name without one is another
person (a director, say). The decision is the day of the council's meeting that made
it (its item about udpegninger is linked too).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace

from textual.suggester import SuggestFromList
from textual.widget import Widget
from textual.widgets import Select

from kkr_tui.domain.appointments import Appointment, AppointmentState, Body
from kkr_tui.domain.errors import ValidationError
from kkr_tui.domain.membership import clean
from kkr_tui.domain.models import AgendaItem, Council, Meeting, Member
from kkr_tui.domain.parsing import parse_date
from kkr_tui.domain.vacancies import (
    check_appointment,
    council_members,
    deciding_item,
    deciding_meeting,
    resolve_holder,
)
from kkr_tui.i18n import t
from kkr_tui.ui.screens.form_dialog import RecordDialog


class AppointmentDialog(RecordDialog[Appointment]):
    """Returns the checked Appointment, or None when cancelled (saved through `save`
    when the caller gives one)."""

    # Drawn in the agenda dialogs' box (wider, round border), not the member form's.
    frame_classes = "agenda-dialog"

    field_labels = {
        "council": ("appointment-council", "appointments.field.council"),
        "seat": ("appointment-seat", "appointments.col.seat"),
        "holder": ("appointment-holder", "appointments.col.holder"),
        "municipality": ("appointment-municipality", "appointments.col.municipality"),
        "substitute": ("appointment-substitute", "appointments.col.substitute"),
        "start": ("appointment-start", "appointments.field.start"),
        "end": ("appointment-end", "appointments.field.end"),
        "state": ("appointment-state", "appointments.col.state"),
        "decided_at": ("appointment-decided", "appointments.field.decided_at"),
    }

    def __init__(
        self,
        body: Body,
        appointment: Appointment,
        *,
        councils: Sequence[Council],
        members: Sequence[Member],
        meetings: Sequence[Meeting],
        appointments: Sequence[Appointment],
        items_of: Callable[[int], Sequence[AgendaItem]],
        new: bool,
    ) -> None:
        key = "appointments.dialog.new" if new else "appointments.dialog.edit"
        super().__init__(t(key, body=body.name, seat=appointment.seat), t("dialog.save"))
        self.organ = body
        self.appointment = appointment
        self.councils = list(councils)
        self.members = list(members)
        self.meetings = list(meetings)
        self.appointments = list(appointments)
        self.items_of = items_of
        self.new = new

    def fields(self) -> Iterable[Widget]:
        a = self.appointment
        names = {c.slug: c.name for c in self.councils}
        yield self.field(
            t("appointments.field.council"),
            self.choice(
                [(names.get(slug, slug), slug) for slug in self.organ.councils],
                a.council,
                id="appointment-council",
            ),
        )
        yield self.field(
            t("appointments.col.seat"), self.text_input(id="appointment-seat", value=str(a.seat))
        )
        member_names = [m.name for m in council_members(self.members, a.council)]
        yield self.field(
            t("appointments.col.holder"),
            self.text_input(
                id="appointment-holder",
                value="" if self.new else a.holder,
                suggester=SuggestFromList(member_names, case_sensitive=False),
                placeholder=t("appointments.field.holder_hint"),
            ),
        )
        yield self.field(
            t("appointments.col.municipality"),
            self.text_input(
                id="appointment-municipality",
                value=a.municipality,
                placeholder=t("appointments.field.municipality_hint"),
            ),
        )
        yield self.field(
            t("appointments.col.substitute"),
            self.text_input(
                id="appointment-substitute",
                value=a.substitute,
                suggester=SuggestFromList(member_names, case_sensitive=False),
            ),
        )
        yield self.field(
            t("appointments.field.start"),
            self.text_input(id="appointment-start", value=a.start.isoformat()),
        )
        yield self.field(
            t("appointments.field.end"),
            self.text_input(
                id="appointment-end",
                value=a.end.isoformat() if a.end else "",
                placeholder=t("appointments.field.end_hint"),
            ),
        )
        yield self.field(
            t("appointments.col.state"),
            self.choice(
                [(t(f"appointments.state.{s.value}"), s.value) for s in AppointmentState],
                a.state.value,
                id="appointment-state",
            ),
        )
        decided = next((m for m in self.meetings if m.id == a.meeting_id), None)
        yield self.field(
            t("appointments.field.decided_at"),
            self.text_input(
                id="appointment-decided",
                value=decided.day.isoformat() if decided else "",
                placeholder=t("appointments.field.decided_hint"),
            ),
        )

    def on_mount(self) -> None:
        self.query_one("#appointment-holder").focus()

    def _select(self, widget_id: str) -> str:
        value = self.query_one(f"#{widget_id}", Select).value
        return value if isinstance(value, str) else ""

    def build(self) -> Appointment:
        council = self._select("appointment-council") or self.appointment.council
        council_name = next((c.name for c in self.councils if c.slug == council), council)
        try:
            seat = int(self.value_of("#appointment-seat"))
        except ValueError:
            raise ValidationError(t("appointments.not_seat"), "seat") from None
        holder = clean(self.value_of("#appointment-holder"))
        if not holder:
            raise ValidationError(t("appointments.required"), "holder")
        holder, municipality = resolve_holder(
            holder,
            clean(self.value_of("#appointment-municipality")),
            council,
            council_name,
            self.organ,
            self.members,
            match_members=True,
        )
        start = parse_date(self.value_of("#appointment-start"), "start")
        end_text = self.value_of("#appointment-end")
        end = parse_date(end_text, "end") if end_text else None
        meeting_id, item_id = 0, 0
        decided_text = self.value_of("#appointment-decided")
        if decided_text:
            day = parse_date(decided_text, "decided_at")
            meeting = deciding_meeting(day, council, council_name, self.meetings)
            meeting_id = meeting.id
            item = deciding_item(self.items_of(meeting.id))
            item_id = item.id if item is not None else 0
        candidate = replace(
            self.appointment,
            council=council,
            seat=seat,
            holder=holder,
            municipality=municipality,
            substitute=clean(self.value_of("#appointment-substitute")),
            start=start,
            end=end,
            state=AppointmentState(self._select("appointment-state") or "udpeget"),
            meeting_id=meeting_id,
            item_id=item_id,
        )
        check_appointment(self.organ, candidate, self.appointments)
        return candidate
