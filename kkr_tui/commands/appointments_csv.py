"""Reading a list of udpegninger from CSV and planning the import (no database writes).

Header `council,body,seat,holder,municipality,substitute,start,end,state,decided_at`
(Danish råd, organ, plads, udpeget/navn, kommune, suppleant, start, slut, status,
besluttet are accepted too). A row with an empty holder declares a vacant seat. A
holder given with a municipality is a council member and must be registered as one in
that council; without one it is another person (a director, say). `decided_at` is the
day of the council's meeting that decided it; the meeting's item about udpegninger is
linked too. An optional last column `councils` (Danish `rådene`) names all the councils of
a body they appoint to together ("hovedstaden sjaelland"), so the import makes it one
body, as `kkr export csv appointments` writes it. Every row is checked and every error
collected; a body named like a stored one except for case or spacing is that body. An
appointment already stored (same body, seat, holder and start) is "known": neither added
again nor changed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Protocol, TypeVar

import pendulum

from kkr_tui.commands.csvfile import CsvRecord, Fields, RowError, parse, read_rows
from kkr_tui.domain.appointments import Appointment, AppointmentState, Body, body_key
from kkr_tui.domain.errors import ValidationError
from kkr_tui.domain.membership import clean, council_named, resolve_municipality
from kkr_tui.domain.models import AgendaItem, Council, Meeting, Member
from kkr_tui.domain.names import caseless
from kkr_tui.domain.parsing import parse_date
from kkr_tui.domain.vacancies import (
    check_appointment,
    deciding_item,
    deciding_meeting,
    resolve_holder,
)
from kkr_tui.exports.appointments import COLUMNS  # the header the export writes
from kkr_tui.i18n import t, tn

REQUIRED = ("council", "body", "seat")
ALIASES = {
    "råd": "council",
    "raad": "council",
    "kkr": "council",
    "organ": "body",
    "plads": "seat",
    "udpeget": "holder",
    "navn": "holder",
    "indehaver": "holder",
    "kommune": "municipality",
    "suppleant": "substitute",
    "slut": "end",
    "status": "state",
    "besluttet": "decided_at",
    "besluttet på": "decided_at",
    "decided at": "decided_at",
    "rådene": "councils",
    "alle råd": "councils",
    "organets råd": "councils",
}
STATE_WORDS = {
    "": AppointmentState.APPOINTED,
    "udpeget": AppointmentState.APPOINTED,
    "appointed": AppointmentState.APPOINTED,
    "indstillet": AppointmentState.NOMINATED,
    "nominated": AppointmentState.NOMINATED,
    "ophørt": AppointmentState.ENDED,
    "ophoert": AppointmentState.ENDED,
    "ended": AppointmentState.ENDED,
}


@dataclass(frozen=True)
class PlannedAppointment:
    line: int
    appointment: Appointment


@dataclass(frozen=True)
class AppointmentPlan:
    """What an import would do: the bodies after it (new ones with an id below zero),
    appointments to add, rows already stored, and every error."""

    bodies: tuple[Body, ...]
    new: tuple[PlannedAppointment, ...]
    known: tuple[PlannedAppointment, ...]
    vacant_rows: int
    errors: tuple[RowError, ...]

    def body(self, body_id: int) -> Body:
        return next(b for b in self.bodies if b.id == body_id)


@dataclass(frozen=True)
class _AppointmentRow:
    line: int
    council: Council
    body: str
    seat: int
    holder: str
    municipality: str
    substitute: str
    start: pendulum.Date | None
    end: pendulum.Date | None
    state: AppointmentState
    meeting: Meeting | None
    # The body's councils when the file says it is shared (the `councils` cell), else ().
    body_councils: tuple[str, ...] = ()


@dataclass(frozen=True)
class Stored:
    """What the import checks against: the database as it is."""

    councils: Sequence[Council]
    members: Sequence[Member]
    meetings: Sequence[Meeting]
    items_of: Callable[[int], Sequence[AgendaItem]]
    bodies: Sequence[Body]
    appointments: Sequence[Appointment]


def plan_import(text: str, stored: Stored) -> AppointmentPlan:
    """Check every row of `text`; raises CsvFileError for an unusable header."""
    table = parse(text, COLUMNS, REQUIRED, ALIASES)
    rows, errors = read_rows(table, lambda record: _read_row(record, stored))
    bodies = _bodies(rows, stored.bodies)
    new: list[PlannedAppointment] = []
    known: list[PlannedAppointment] = []
    vacant = 0
    taken = list(stored.appointments)
    for row in rows:
        body = find_body(bodies, row.body, row.council.slug)
        if body is None or (row.body_councils and set(row.body_councils) != set(body.councils)):
            errors.append(RowError(row.line, "councils", _councils_differ(row, bodies, stored)))
            continue
        if not row.holder:
            if row.seat > body.seats:  # a seat a stored body does not have
                message = tn("appointments.too_many", body.seats, body=body.name)
                errors.append(RowError(row.line, "seat", message))
            vacant += 1
            continue
        try:
            appointment = _appointment(row, body, stored)
        except ValidationError as exc:
            errors.append(RowError(row.line, exc.field or "-", exc.message))
            continue
        same = _same_stored(appointment, stored.appointments)
        if same is not None:
            known.append(PlannedAppointment(row.line, same))
            continue
        try:
            check_appointment(body, appointment, taken)
        except ValidationError as exc:
            errors.append(RowError(row.line, exc.field or "-", exc.message))
            continue
        taken.append(appointment)
        new.append(PlannedAppointment(row.line, appointment))
    errors.sort(key=lambda e: e.line)
    return AppointmentPlan(tuple(bodies), tuple(new), tuple(known), vacant, tuple(errors))


def _read_row(record: CsvRecord, stored: Stored) -> tuple[_AppointmentRow | None, list[RowError]]:
    fields = Fields(record, REQUIRED, t("appointments.required"))
    attempt, errors = fields.read, fields.errors
    council = attempt("council", lambda text: council_named(text, stored.councils))
    body = clean(record.get("body"))
    if not body:
        errors.append(RowError(record.line, "body", t("appointments.required")))
    seat = attempt("seat", _seat)
    holder = clean(record.get("holder"))
    municipality = ""
    if council is not None and holder and clean(record.get("municipality")):
        municipality = (
            attempt(
                "municipality", lambda text: resolve_municipality(text, council, stored.councils)
            )
            or ""
        )
    start = attempt("start", lambda text: parse_date(text, "start") if clean(text) else None)
    end = attempt("end", lambda text: parse_date(text, "end") if clean(text) else None)
    state = attempt("state", _state)
    meeting: Meeting | None = None
    if council is not None and clean(record.get("decided_at")):
        meeting = attempt("decided_at", lambda text: _meeting(text, council, stored.meetings))
    body_councils: tuple[str, ...] = ()
    if council is not None and clean(record.get("councils")):
        body_councils = (
            attempt("councils", lambda text: _body_councils(text, council, stored.councils)) or ()
        )
    if council is None or not body or seat is None or state is None or len(errors):
        return None, errors
    row = _AppointmentRow(
        line=record.line,
        council=council,
        body=body,
        seat=seat,
        holder=holder,
        municipality=municipality,
        substitute=clean(record.get("substitute")),
        start=start,
        end=end,
        state=state,
        meeting=meeting,
        body_councils=body_councils,
    )
    return row, errors


def _body_councils(text: str, council: Council, councils: Sequence[Council]) -> tuple[str, ...]:
    """The councils of a shared body: slugs or names, separated by spaces or commas
    ("hovedstaden sjaelland"); they must include the row's own council."""
    found: list[str] = []
    for word in text.replace(",", " ").split():
        if caseless(word) == "kkr":
            continue  # "KKR Hovedstaden KKR Sjælland"
        found.append(council_named(word, councils).slug)
    if council.slug not in found:
        raise ValidationError(
            t("appointments.import.councils_own", council=council.name), "councils"
        )
    return tuple(dict.fromkeys(found))


def _councils_differ(row: _AppointmentRow, bodies: Sequence[Body], stored: Stored) -> str:
    """Why a row's `councils` do not fit the body of that name already there."""
    names = {c.slug: c.name for c in stored.councils}
    key = body_key(row.body)
    given = row.body_councils or (row.council.slug,)
    other = next((b for b in bodies if b.key == key and set(b.councils) & set(given)), None)
    have = other.councils if other is not None else ()
    return t(
        "appointments.import.councils_differ",
        body=row.body,
        stored=", ".join(names.get(c, c) for c in have),
        given=", ".join(names.get(c, c) for c in given),
    )


def _seat(text: str) -> int:
    try:
        value = int(clean(text))
    except ValueError:
        raise ValidationError(t("appointments.not_seat"), "seat") from None
    if value < 1:
        raise ValidationError(t("appointments.not_seat"), "seat")
    return value


def _state(text: str) -> AppointmentState:
    found = STATE_WORDS.get(caseless(text))
    if found is None:
        raise ValidationError(t("appointments.import.state", text=clean(text)), "state")
    return found


def _meeting(text: str, council: Council, meetings: Sequence[Meeting]) -> Meeting:
    day = parse_date(text, "decided_at")
    return deciding_meeting(day, council.slug, council.name, meetings)


def find_body(bodies: Sequence[Body], name: str, council: str) -> Body | None:
    """The body `council` appoints to that is named `name` (case and spacing ignored).

    Each region has its own "Sundhedssamarbejdsudvalget": the same name in another
    council is another body, unless that body lists this council too."""
    key = body_key(name)
    return next((b for b in bodies if b.key == key and council in b.councils), None)


def _bodies(rows: Sequence[_AppointmentRow], stored: Sequence[Body]) -> list[Body]:
    """The bodies after the import: the stored ones, and a new one (for the row's
    council, or the councils its `councils` cell names) for every name the council does
    not appoint to yet, with as many seats as the highest seat the file gives it. (A
    seat beyond a stored body's number is refused with the row: more holders than
    seats.)"""
    result = list(stored)
    new_ids: set[int] = set()
    for row in rows:
        body = find_body(result, row.body, row.council.slug)
        key = body_key(row.body)
        wanted = row.body_councils or (row.council.slug,)
        if body is None and any(b.key == key and set(b.councils) & set(wanted) for b in result):
            continue  # another council's body of that name: refused with the row
        if body is None:
            # A provisional id below zero, so two new bodies' seats are told apart; the
            # store gives the real one.
            body = Body(name=row.body, councils=wanted, seats=row.seat, id=-1 - len(new_ids))
            new_ids.add(body.id)
            result.append(body)
        elif body.id in new_ids and row.seat > body.seats:
            result[result.index(body)] = replace(body, seats=row.seat)
    return result


def _appointment(row: _AppointmentRow, body: Body, stored: Stored) -> Appointment:
    holder, municipality = resolve_holder(
        row.holder, row.municipality, row.council.slug, row.council.name, body, stored.members
    )
    item_id = 0
    if row.meeting is not None:
        item = deciding_item(stored.items_of(row.meeting.id))
        item_id = item.id if item is not None else 0
    return Appointment(
        body_id=body.id,
        council=row.council.slug,
        seat=row.seat,
        holder=holder,
        municipality=municipality,
        substitute=row.substitute,
        start=row.start or body.period_start,
        end=row.end,
        state=row.state,
        meeting_id=row.meeting.id if row.meeting is not None else 0,
        item_id=item_id,
    )


def appointment_key(appointment: Appointment) -> tuple[int, int, str, str]:
    """Who an appointment is for duplicates: body, seat, holder and start."""
    return (
        appointment.body_id,
        appointment.seat,
        caseless(appointment.holder),
        appointment.start.isoformat(),
    )


def _same_stored(appointment: Appointment, stored: Sequence[Appointment]) -> Appointment | None:
    if appointment.body_id <= 0:
        return None  # a new body has no stored appointments
    key = appointment_key(appointment)
    return next((a for a in stored if appointment_key(a) == key), None)


R = TypeVar("R", Body, Appointment)


class Writer(Protocol):
    """The store's verbs the import needs (a Transaction)."""

    def add(self, record: R) -> R: ...

    def update(self, record: R) -> R: ...


def apply_plan(plan: AppointmentPlan, writer: Writer) -> None:
    """Write the plan: new bodies first (their real ids replace the provisional ones),
    then the new appointments."""
    ids: dict[int, int] = {}
    for body in plan.bodies:
        if body.id < 0:
            ids[body.id] = writer.add(replace(body, id=0)).id
    for planned in plan.new:
        appointment = planned.appointment
        writer.add(replace(appointment, body_id=ids.get(appointment.body_id, appointment.body_id)))
