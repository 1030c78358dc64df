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
from kkr_tui.domain.models import AgendaItem, Meeting, MeetingState, Member
from kkr_tui.domain.names import caseless, closest, match_name, sort_key
from kkr_tui.domain.reference import COUNCIL_SLUGS
from kkr_tui.domain.text import fold
from kkr_tui.i18n import t, tn


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
        raise ValidationError(tn("appointments.too_many", body.seats, body=body.name), "seat")
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


def resolve_holder(
    holder: str,
    municipality: str,
    council: str,
    council_name: str,
    body: Body,
    members: Sequence[Member],
    *,
    match_members: bool = False,
) -> tuple[str, str]:
    """(holder, municipality) as stored. A holder given with a municipality, or on a
    body only members may sit on, must be a registered member of the council (their
    own spelling and municipality are kept); with `match_members` a registered
    member's name is recognised without a municipality too. Anyone else is another
    person (a director, say), without a municipality."""
    own = council_members(members, council)
    known = match_members and match_name(holder, [m.name for m in own]) is not None
    if not (municipality or body.members_only or known):
        return holder, ""
    member = resolve_member_holder(holder, council, council_name, body, members)
    if municipality and caseless(member.municipality) != caseless(municipality):
        raise ValidationError(
            t(
                "appointments.import.other_municipality",
                name=member.name,
                municipality=member.municipality,
            ),
            "municipality",
        )
    return member.name, member.municipality


class BodyLine(NamedTuple):
    """One body as pane 5 lists it for one council: seats, held, vacant on a day."""

    council: str
    body: Body
    held: int
    vacancies: tuple[Vacancy, ...]
    left: int  # seats whose holder has left the council

    @property
    def oldest(self) -> Vacancy | None:
        return min(self.vacancies, key=lambda v: v.since, default=None)


def body_lines(
    bodies: Iterable[Body],
    appointments: Sequence[Appointment],
    members: Sequence[Member],
    day: pendulum.Date,
    query: str = "",
    item_id: int = 0,
) -> list[BodyLine]:
    """Each body under each council that appoints to it, those with vacancies first
    (the oldest first), then by council and name. `query` keeps the bodies whose name
    or whose holders' and substitutes' names hold every word of it; `item_id` the
    bodies an agenda item appointed to (the constituting meeting's "udpegninger")."""
    words = fold(query).split()
    lines = []
    for body in bodies:
        own = of_body(body, appointments)
        if item_id and not any(a.item_id == item_id for a in own):
            continue
        if words:
            haystack = " ".join([body.name, *(a.holder for a in own), *(a.substitute for a in own)])
            folded = fold(haystack)
            if not all(word in folded for word in words):
                continue
        held = holders_on(body, own, day)
        vacancies = body_vacancies(body, own, day)
        for council in body.councils:
            mine = [a for a in held.values() if a.council == council]
            if len(body.councils) == 1:
                mine = list(held.values())
            lines.append(
                BodyLine(
                    council,
                    body,
                    len(mine),
                    tuple(v for v in vacancies if v.council == council),
                    sum(1 for a in mine if holder_left(a, members)),
                )
            )
    rank = {slug: n for n, slug in enumerate(COUNCIL_SLUGS)}

    def order(line: BodyLine) -> tuple[int, str, int, str]:
        oldest = line.oldest
        return (
            0 if oldest else 1,
            oldest.since.isoformat() if oldest else "",
            rank.get(line.council, len(rank)),
            sort_key(line.body.name),
        )

    return sorted(lines, key=order)


def deciding_meeting(
    day: pendulum.Date, council: str, council_name: str, meetings: Iterable[Meeting]
) -> Meeting:
    """The council's meeting on `day` that decided an appointment (not a cancelled one;
    a joint meeting the council takes part in counts)."""
    found = [
        m
        for m in meetings
        if m.belongs_to(council) and m.day == day and m.state is not MeetingState.CANCELLED
    ]
    if not found:
        raise ValidationError(
            t("appointments.import.no_meeting", council=council_name, day=day.isoformat()),
            "decided_at",
        )
    return min(found, key=lambda m: (m.start, m.id))


# The word of an agenda item that makes udpegninger ("Udpegning af politiske
# repræsentanter til regionale fora"): a decision on that meeting day links to it.
APPOINTING_ITEM_WORD = "udpeg"


def deciding_item(items: Iterable[AgendaItem]) -> AgendaItem | None:
    """The meeting's item about udpegninger, if it has one."""
    return next((i for i in items if APPOINTING_ITEM_WORD in caseless(i.title)), None)


def appointments_of_item(
    item: AgendaItem, appointments: Iterable[Appointment]
) -> list[Appointment]:
    """The appointments the item decided (what the item links to)."""
    return [a for a in appointments if a.item_id == item.id]
