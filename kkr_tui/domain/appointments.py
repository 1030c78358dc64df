"""Udpegninger: the bodies (organer) a KKR appoints to, and the seats' holders.

A KKR appoints (or nominates) municipal representatives to regional bodies for each
electoral period. A `Body` has a number of seats; an `Appointment` puts one person on
one seat from a start day to an end day (open: until further notice). A seat that no
appointment covers on a day is a vacancy (`kkr_tui.domain.vacancies`).

A holder given with a municipality is a council member (checked against the council's
registered members when entered); a holder without one is another person, e.g. a
municipal director.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

import pendulum

from kkr_tui.domain.errors import ValidationError
from kkr_tui.domain.models import Record, _date_or_none, _enum, _require_council, _require_text
from kkr_tui.domain.names import caseless
from kkr_tui.domain.reference import COUNCIL_SLUGS
from kkr_tui.i18n import t

# The municipal term KL calls "valgperioden 2026-2030": 1 January 2026 to 31 December 2029.
PERIOD_START = pendulum.date(2026, 1, 1)
PERIOD_END = pendulum.date(2029, 12, 31)


def _council_rank(slug: str) -> int:
    return COUNCIL_SLUGS.index(slug) if slug in COUNCIL_SLUGS else len(COUNCIL_SLUGS)


class BodyKind(StrEnum):
    APPOINTMENT = "udpegning"
    NOMINATION = "indstilling"


class AppointmentState(StrEnum):
    NOMINATED = "indstillet"
    APPOINTED = "udpeget"
    ENDED = "ophoert"


def body_key(name: str) -> str:
    """Who a body is: its name without regard to case or spacing ("Praksisplan-
    udvalget" typed as "praksisplanudvalget " is the same body, not a new one)."""
    return caseless(name)


@dataclass(frozen=True)
class Body(Record):
    """A regional body (organ) that one or more councils appoint to."""

    name: str
    councils: tuple[str, ...]
    kind: BodyKind = BodyKind.APPOINTMENT
    basis: str = ""  # the legal basis or source, free text
    seats: int = 1
    substitute_seats: int = 0
    period_start: pendulum.Date = PERIOD_START
    period_end: pendulum.Date = PERIOD_END
    contact: str = ""  # a contact at the body
    # Only council members may hold its seats (a politician's seat, not a director's).
    members_only: bool = False
    id: int = 0
    rev: int = 0

    def __post_init__(self) -> None:
        _require_text(self.name, "name")
        object.__setattr__(self, "name", " ".join(self.name.split()))
        # In the councils' fixed order, so a body reads (and exports) the same however
        # its councils were added.
        councils = sorted(dict.fromkeys(self.councils), key=_council_rank)
        object.__setattr__(self, "councils", tuple(councils))
        if not self.councils:
            raise ValidationError(t("appointments.required"), "councils")
        for slug in self.councils:
            _require_council(slug)
        object.__setattr__(self, "kind", _enum(BodyKind, self.kind, "kind"))
        for name in ("seats", "substitute_seats"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise ValidationError(t("appointments.not_count"), name)
        if self.seats < 1:
            raise ValidationError(t("appointments.no_seats"), "seats")
        start = _date_or_none(self.period_start, "period_start") or PERIOD_START
        end = _date_or_none(self.period_end, "period_end") or PERIOD_END
        if end < start:
            raise ValidationError(t("appointments.period_order"), "period_end")
        object.__setattr__(self, "period_start", start)
        object.__setattr__(self, "period_end", end)

    @property
    def key(self) -> str:
        return body_key(self.name)


@dataclass(frozen=True)
class Appointment(Record):
    """One person on one seat of a body, appointed by one council."""

    body_id: int
    council: str
    seat: int
    holder: str
    start: pendulum.Date
    end: pendulum.Date | None = None
    municipality: str = ""  # given: the holder is a member of the council
    substitute: str = ""
    state: AppointmentState = AppointmentState.APPOINTED
    # The decision: the meeting and agenda item that made the appointment (0: not known).
    meeting_id: int = 0
    item_id: int = 0
    id: int = 0
    rev: int = 0

    def __post_init__(self) -> None:
        _require_council(self.council)
        _require_text(self.holder, "holder")
        for name in ("holder", "municipality", "substitute"):
            object.__setattr__(self, name, " ".join(str(getattr(self, name)).split()))
        if not isinstance(self.seat, int) or isinstance(self.seat, bool) or self.seat < 1:
            raise ValidationError(t("appointments.not_seat"), "seat")
        start = _date_or_none(self.start, "start")
        if start is None:
            raise ValidationError(t("appointments.required"), "start")
        end = _date_or_none(self.end, "end")
        if end is not None and end < start:
            raise ValidationError(t("appointments.end_before_start"), "end")
        state = _enum(AppointmentState, self.state, "state")
        if state is AppointmentState.ENDED and end is None:
            raise ValidationError(t("appointments.ended_needs_end"), "end")
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "state", state)

    @property
    def is_member(self) -> bool:
        """Held by a council member (a municipality is given), not another person."""
        return bool(self.municipality)

    def covers(self, day: pendulum.Date) -> bool:
        """The holder sits on the seat on `day` (the end day included)."""
        return self.start <= day and (self.end is None or day <= self.end)
