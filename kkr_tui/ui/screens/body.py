"""One body (organ): its facts and every seat with its holders, vacancies on top.

`a` appoints someone (to the highlighted vacant seat, else the first free one), `e` or
Enter edits the highlighted appointment, `o` ends it (ophør) as of today, `m` opens the
meeting that decided it. Escape goes back to Udpegninger.
"""

from __future__ import annotations

from dataclasses import replace

from rich.text import Text
from textual import events, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import DataTable, Static

from kkr_tui.domain.appointments import Appointment, AppointmentState, Body
from kkr_tui.domain.formatting import format_day
from kkr_tui.domain.text import printable
from kkr_tui.domain.vacancies import body_vacancies, first_free_seat, holder_left, of_body
from kkr_tui.i18n import t
from kkr_tui.ui.safe import plain
from kkr_tui.ui.saving import Outcome, save_record
from kkr_tui.ui.screens.appointment_dialog import AppointmentDialog
from kkr_tui.ui.screens.base import KkrScreen
from kkr_tui.ui.screens.form_dialog import ConfirmDialog, refused_read_only, saved_record
from kkr_tui.ui.stylesheets import sheets
from kkr_tui.ui.widgets.fit import Column, Row, available_width, show_rows
from kkr_tui.ui.widgets.footer import AppFooter
from kkr_tui.ui.widgets.header import AppHeader
from kkr_tui.ui.widgets.tables import KkrTable, selected_key


class SeatTable(KkrTable):
    BINDINGS = [
        Binding("enter", "select_cursor", "body.key.edit", id="body.open", show=False),
    ]


class BodyScreen(KkrScreen[None]):
    CSS_PATH = sheets("body")
    BINDINGS = [
        Binding("escape", "app.pop_screen", "key.back", id="body.back"),
        Binding("a", "appoint", "body.key.add", id="body.add"),
        Binding("e", "edit", "body.key.edit", id="body.edit"),
        Binding("o", "end", "body.key.end", id="body.end"),
        Binding("m", "open_meeting", "body.key.meeting", id="body.meeting"),
    ]

    def __init__(self, body_id: int, council: str) -> None:
        super().__init__()
        self.body_id = body_id
        self.council = council

    def compose(self) -> ComposeResult:
        yield AppHeader(id="body-header")
        with Vertical(id="body-main"):
            yield Static(id="body-facts", markup=False)
            yield SeatTable(id="seat-list", cursor_type="row", zebra_stripes=True)
        yield AppFooter()

    def on_mount(self) -> None:
        self.kkr.fill_header(self.query_one(AppHeader))
        self.refresh_data()
        self.query_one("#seat-list", DataTable).focus()

    def on_resize(self, event: events.Resize) -> None:
        self.refresh_data()

    def body(self) -> Body | None:
        return next((b for b in self.kkr.snapshot.bodies if b.id == self.body_id), None)

    def refresh_data(self) -> None:
        if not self.query("#body-facts"):
            return  # not composed yet, or closing: it draws when it is shown
        body = self.body()
        facts = self.query_one("#body-facts", Static)
        if body is None:
            facts.update(t("body.gone"))
            return
        snap = self.kkr.snapshot
        today = self.kkr.clock.today()
        self.query_one(AppHeader).pane_title = printable(body.name)
        names = {c.slug: c.name for c in snap.councils}
        facts.update(_facts(body, names))
        own = of_body(body, snap.appointments)
        vacancies = body_vacancies(body, own, today)
        rows: list[Row] = [
            (
                f"vacant:{v.seat}",
                [
                    str(v.seat),
                    Text(t("appointments.vacant_for", days=v.age_days), style="reverse"),
                    "",
                    "",
                    format_day(v.since),
                    "",
                ],
            )
            for v in vacancies
        ]
        # The current and coming holders first, the ended ones after them.
        ordered = sorted(own, key=lambda a: (a.end is not None and a.end < today, a.seat, a.start))
        for a in ordered:
            holder = plain(a.holder)
            if holder_left(a, snap.members):
                holder.append(" ⚑", style="bold")
            period = format_day(a.start)
            if a.end is not None:
                period += f"–{format_day(a.end)}"
            rows.append(
                (
                    str(a.id),
                    [
                        str(a.seat),
                        holder,
                        plain(a.municipality),
                        plain(a.substitute),
                        period,
                        t(f"appointments.state.{a.state.value}"),
                    ],
                )
            )
        table = self.query_one("#seat-list", DataTable)
        width = self.size.width or self.app.size.width
        show_rows(table, _columns(), rows, width=available_width(table, width, 1 + len(rows)))

    # -- selection ----------------------------------------------------------------------
    def _selected(self) -> tuple[Appointment | None, int | None]:
        """The highlighted appointment, or the highlighted vacant seat's number."""
        key = selected_key(self.query_one("#seat-list", DataTable))
        if key is None:
            return None, None
        if key.startswith("vacant:"):
            return None, int(key.removeprefix("vacant:"))
        found = next((a for a in self.kkr.snapshot.appointments if str(a.id) == key), None)
        return found, None

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        appointment, seat = self._selected()
        if appointment is not None:
            self.action_edit()
        elif seat is not None:
            self.action_appoint()

    # -- actions ------------------------------------------------------------------------
    @work(exclusive=True)
    async def action_appoint(self) -> None:
        body = self.body()
        if body is None or refused_read_only(self.kkr):
            return
        snap = self.kkr.snapshot
        today = self.kkr.clock.today()
        _, seat = self._selected()
        seat = seat or first_free_seat(body, snap.appointments, today)
        if seat is None:
            self.notify(t("body.full", seats=body.seats), severity="warning", markup=False)
            return
        council = self.council if self.council in body.councils else body.councils[0]
        draft = Appointment(body_id=body.id, council=council, seat=seat, holder="-", start=today)
        await self._edit(body, draft, new=True)

    @work(exclusive=True)
    async def action_edit(self) -> None:
        body = self.body()
        appointment, _ = self._selected()
        if body is None or appointment is None:
            self.notify(t("body.no_appointment"), severity="warning")
            return
        if refused_read_only(self.kkr):
            return
        await self._edit(body, appointment, new=False)

    async def _edit(self, body: Body, appointment: Appointment, *, new: bool) -> None:
        snap = self.kkr.snapshot
        dialog = AppointmentDialog(
            body,
            appointment,
            councils=snap.councils,
            members=snap.members,
            meetings=snap.meetings,
            appointments=snap.appointments,
            items_of=snap.items_for,
            new=new,
        )
        # Saved before the dialog closes (the one save path): a failed save keeps it open.
        record = await saved_record(self.kkr, dialog, unchanged=None if new else appointment)
        if record is not None and (new or record != appointment):
            key = "body.appointed" if new else "body.saved"
            self.notify(printable(t(key, name=record.holder)), markup=False)

    @work(exclusive=True)
    async def action_end(self) -> None:
        appointment, _ = self._selected()
        if appointment is None:
            self.notify(t("body.no_appointment"), severity="warning")
            return
        if refused_read_only(self.kkr):
            return
        today = self.kkr.clock.today()
        if appointment.end is not None and appointment.end < today:
            self.notify(t("body.already_ended"), severity="warning")
            return
        question = t("body.confirm_end", name=appointment.holder, day=format_day(today))
        confirmed = await self.app.push_screen_wait(
            ConfirmDialog(question, t("body.end_detail"), confirm_label=t("body.end"))
        )
        if not confirmed:
            return
        ended = replace(appointment, end=today, state=AppointmentState.ENDED)
        saved = await save_record(self.app, ended)
        if saved.outcome is Outcome.SAVED:
            self.notify(printable(t("body.ended", name=appointment.holder)), markup=False)

    def action_open_meeting(self) -> None:
        appointment, _ = self._selected()
        meeting_id = appointment.meeting_id if appointment else 0
        if not meeting_id or self.kkr.snapshot.meeting(meeting_id) is None:
            self.notify(t("body.no_decision"), severity="warning")
            return
        self.kkr.open_meeting(meeting_id)


def _columns() -> list[Column]:
    return [
        Column("seat", t("appointments.col.seat"), minimum=3, shrink=0),
        Column("holder", t("appointments.col.holder"), minimum=12, shrink=1),
        Column("municipality", t("appointments.col.municipality"), minimum=6, shrink=2),
        Column("substitute", t("appointments.col.substitute"), minimum=8, shrink=1),
        Column("period", t("appointments.col.period"), minimum=8, shrink=1),
        Column("state", t("appointments.col.state"), minimum=5, shrink=2),
    ]


def _facts(body: Body, names: dict[str, str]) -> Text:
    text = Text(no_wrap=True, overflow="ellipsis")
    councils = ", ".join(names.get(s, s) for s in body.councils)
    text.append_text(plain(body.name, style="bold"))
    text.append(" · ")
    text.append(t(f"appointments.kind.{body.kind.value}"))
    text.append(" · ")
    text.append_text(plain(councils))
    second = Text(no_wrap=True, overflow="ellipsis")
    second.append(
        t(
            "body.facts",
            seats=body.seats,
            substitutes=body.substitute_seats,
            start=format_day(body.period_start),
            end=format_day(body.period_end),
        )
    )
    if body.basis:
        second.append(" · ")
        second.append_text(plain(body.basis))
    if body.contact:
        second.append(" · ")
        second.append_text(plain(t("body.contact", contact=body.contact)))
    return Text("\n").join([text, second])
