"""Where a council's registered members contradict themselves or the council's rules.

Warnings, not errors: data is entered a piece at a time (a new chair is registered
before the old one is changed back to member), so the app accepts it and says what
does not add up. Substitutes (suppleanter) take no seat and are not counted as mayors.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from kkr_tui.domain.models import Council, Member, Role
from kkr_tui.domain.names import caseless
from kkr_tui.i18n import tn


class Check(StrEnum):
    OVER_SEATS = "over_seats"
    TWO_CHAIRS = "two_chairs"
    TWO_VICE_CHAIRS = "two_vice_chairs"
    TWO_MAYORS = "two_mayors"
    FOREIGN_MUNICIPALITY = "foreign_municipality"
    UNKNOWN_SUBSTITUTE = "unknown_substitute"
    NO_MAYOR = "no_mayor"


@dataclass(frozen=True)
class CouncilWarning:
    """One contradiction: `count` things, `names` of them (members or municipalities)."""

    check: Check
    count: int
    names: tuple[str, ...] = ()
    limit: int = 0

    @property
    def text(self) -> str:
        """'3 kommuner uden registreret borgmester: Hjørring, Læsø, Morsø'."""
        return tn(
            f"checks.{self.check.value}",
            self.count,
            limit=self.limit,
            names=", ".join(self.names),
        )


def seated(members: Sequence[Member]) -> list[Member]:
    """The members who hold a seat: everyone but substitutes."""
    return [m for m in members if not m.is_substitute]


def deputies_and_suppleanter(members: Sequence[Member]) -> tuple[list[Member], list[Member]]:
    """The substitutes, split as the glossary words them: the stedfortrædere (each
    registered for a mayor: the deputy mayor) and the personal suppleanter of the other
    members (and of anyone not registered as a member)."""
    mayors = {caseless(m.name) for m in seated(members) if m.mayor}
    deputies: list[Member] = []
    suppleanter: list[Member] = []
    for member in members:
        if member.is_substitute:
            mine = caseless(member.substitute_for) in mayors
            (deputies if mine else suppleanter).append(member)
    return deputies, suppleanter


def council_warnings(council: Council, members: Sequence[Member]) -> list[CouncilWarning]:
    """Every contradiction in the council's registered members, the most serious first."""
    own = [m for m in members if m.council == council.slug]
    holders = seated(own)
    found: list[CouncilWarning] = []
    if len(holders) > council.seats:
        found.append(CouncilWarning(Check.OVER_SEATS, len(holders), limit=council.seats))
    for role, check in ((Role.CHAIR, Check.TWO_CHAIRS), (Role.VICE_CHAIR, Check.TWO_VICE_CHAIRS)):
        having = [m.name for m in holders if m.role is role]
        if len(having) > 1:
            found.append(CouncilWarning(check, len(having), tuple(having)))
    mayors = Counter(m.municipality for m in holders if m.mayor)
    doubled = tuple(sorted(name for name, n in mayors.items() if n > 1))
    if doubled:
        found.append(CouncilWarning(Check.TWO_MAYORS, len(doubled), doubled))
    foreign = tuple(
        f"{m.name} ({m.municipality})" for m in own if m.municipality not in council.municipalities
    )
    if foreign:
        found.append(CouncilWarning(Check.FOREIGN_MUNICIPALITY, len(foreign), foreign))
    names = {caseless(m.name) for m in holders}
    unknown = tuple(
        f"{m.name} → {m.substitute_for}"
        for m in own
        if m.is_substitute and caseless(m.substitute_for) not in names
    )
    if unknown:
        found.append(CouncilWarning(Check.UNKNOWN_SUBSTITUTE, len(unknown), unknown))
    without = tuple(name for name in council.municipalities if name not in mayors)
    if without:
        found.append(CouncilWarning(Check.NO_MAYOR, len(without), without))
    return found


def chair_and_vice(members: Sequence[Member]) -> tuple[Member | None, Member | None]:
    """The registered chair and vice chair (the first of each, if two are registered)."""
    holders = seated(members)
    chair = next((m for m in holders if m.role is Role.CHAIR), None)
    vice = next((m for m in holders if m.role is Role.VICE_CHAIR), None)
    return chair, vice
