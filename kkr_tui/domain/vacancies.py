"""The rules of seats: who holds which seat on a day, which seats are vacant and since
when, whether a new appointment fits, and whether a holder has left the council.

Pure functions of bodies, appointments and members; the store, the pane, `kkr status`
and `kkr appointments` all ask here.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import NamedTuple

import pendulum

from kkr_tui.domain.appointments import Appointment, Body
from kkr_tui.domain.errors import ValidationError
from kkr_tui.domain.models import Member
from kkr_tui.domain.names import caseless, closest, match_name, sort_key
from kkr_tui.i18n import t


class Vacancy(NamedTuple):
    """A seat of a body that nobody holds on `day`, vacant since `since`."""

    council: str
    body: Body
    seat: int
    since: pendulum.Date
    day: pendulum.Date

    @property
    def age_days(self) -> int:
        return (self.day - self.since).days


def in_period(body: Body, day: pendulum.Date) -> bool:
    return body.period_start <= day <= body.period_end


def of_body(body: Body, appointments: Iterable[Appointment]) -> list[Appointment]:
    """The body's appointments, by seat and start."""
    return sorted(
        (a for a in appointments if a.body_id == body.id), key=lambda a: (a.seat, a.start, a.id)
    )


def holders_on(
    body: Body, appointments: Iterable[Appointment], day: pendulum.Date
) -> dict[int, Appointment]:
    """Seat number -> the appointment covering it on `day` (seats beyond the body's
    number are not seats)."""
    found: dict[int, Appointment] = {}
    for appointment in of_body(body, appointments):
        if appointment.seat <= body.seats and appointment.covers(day):
            found.setdefault(appointment.seat, appointment)
    return found


def body_vacancies(
    body: Body, appointments: Iterable[Appointment], day: pendulum.Date
) -> list[Vacancy]:
    """The body's vacant seats on `day` (none outside the body's period)."""
    if not in_period(body, day):
        return []
    own = of_body(body, appointments)
    held = holders_on(body, own, day)
    out = []
    for seat in range(1, body.seats + 1):
        if seat in held:
            continue
        before = [a for a in own if a.seat == seat and a.end is not None and a.end < day]
        last = max(before, key=lambda a: a.end or a.start, default=None)
        since = body.period_start
        council = body.councils[0]
        if last is not None and last.end is not None:
            since = max(since, last.end.add(days=1))
            council = last.council if last.council in body.councils else council
        out.append(Vacancy(council, body, seat, since, day))
    return out


def vacancies_on(
    bodies: Iterable[Body],
    appointments: Sequence[Appointment],
    day: pendulum.Date,
    councils: Iterable[str] | None = None,
) -> list[Vacancy]:
    """Every vacant seat on `day`, oldest first; `councils` (slugs) narrows it."""
    wanted = None if councils is None else set(councils)
    found = [
        vacancy
        for body in bodies
        for vacancy in body_vacancies(body, appointments, day)
        if wanted is None or vacancy.council in wanted
    ]
    return sorted(found, key=lambda v: (v.since, sort_key(v.body.name), v.seat))


def check_appointment(body: Body, candidate: Appointment, others: Iterable[Appointment]) -> None:
    """Refuse (ValidationError) an appointment that does not fit the body: a seat the
    body does not have, a council that does not appoint to it, or a seat another
    holder holds on any of the same days. `others` may include `candidate`'s stored
    version (same id), which is ignored."""
    if candidate.council not in body.councils:
        raise ValidationError(t("appointments.council_not_body", body=body.name), "council")
    if candidate.seat > body.seats:
        raise ValidationError(t("appointments.too_many", body=body.name, seats=body.seats), "seat")
    for other in others:
        if other.body_id != body.id or other.seat != candidate.seat:
            continue
        if candidate.id and other.id == candidate.id:
            continue
        if _overlap(candidate, other):
            raise ValidationError(
                t("appointments.overlap", seat=candidate.seat, body=body.name, holder=other.holder),
                "seat",
            )


def _overlap(a: Appointment, b: Appointment) -> bool:
    far = pendulum.date(9999, 12, 31)
    return a.start <= (b.end or far) and b.start <= (a.end or far)


def first_free_seat(
    body: Body, appointments: Iterable[Appointment], day: pendulum.Date
) -> int | None:
    """The lowest seat nobody holds from `day` on (for a new appointment)."""
    own = of_body(body, appointments)
    for seat in range(1, body.seats + 1):
        if not any(a.seat == seat and (a.end is None or a.end >= day) for a in own):
            return seat
    return None


def council_members(members: Iterable[Member], council: str) -> list[Member]:
    """The council's members who hold a seat of their own (not substitutes)."""
    return [m for m in members if m.council == council and not m.is_substitute]


def holder_left(appointment: Appointment, members: Iterable[Member]) -> bool:
    """A member's seat whose holder is no longer registered in the council: flagged on
    every seat they hold, so the secretariat appoints someone else."""
    if not appointment.is_member:
        return False
    wanted = caseless(appointment.holder)
    return not any(
        caseless(m.name) == wanted for m in council_members(members, appointment.council)
    )


def resolve_member_holder(
    name: str, council: str, council_name: str, body: Body, members: Iterable[Member]
) -> Member:
    """The registered member `name` names in `council`; refused naming the body and the
    person, with the closest registered name suggested."""
    own = council_members(members, council)
    names = [m.name for m in own]
    found = match_name(name, names)
    if found is not None:
        return next(m for m in own if m.name == found)
    suggestion = closest(name, names)
    key = "appointments.not_member_typo" if suggestion else "appointments.not_member"
    raise ValidationError(
        t(key, name=name, council=council_name, body=body.name, suggestion=suggestion or ""),
        "holder",
    )


def seats_of_person(
    name: str, appointments: Iterable[Appointment], day: pendulum.Date
) -> list[Appointment]:
    """The appointments `name` holds (or stands in for as substitute) on `day` or later."""
    wanted = caseless(name)
    return [
        a
        for a in appointments
        if (caseless(a.holder) == wanted or caseless(a.substitute) == wanted)
        and (a.end is None or a.end >= day)
    ]
