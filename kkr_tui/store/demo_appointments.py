"""The demo's udpegninger: ten regional bodies per council, decided at the constituting
meeting (its item "Udpegning af politiske repræsentanter til regionale fora"), as they
stand on DEMO_TODAY: in each council two holders stepped down during the spring and
summer (their seats vacant since the day after), and in Syddanmark one holder has left
the council and is flagged on the seat.

Holders are the demo's fictional members; bodies that take civil servants get
fictional directors (no municipality: not council members).
"""

from __future__ import annotations

import pendulum

from kkr_tui.domain.appointments import Appointment, AppointmentState, Body, BodyKind
from kkr_tui.domain.models import AgendaItem, ItemKind, ItemState, Meeting, Member, Series
from kkr_tui.domain.reference import COUNCILS
from kkr_tui.store.transaction import Transaction

APPOINTING_TITLE = "Udpegning af politiske repræsentanter til regionale fora"

# The region's public transport company, for the body named after it.
_TRANSPORT = {
    "nordjylland": "NT",
    "midtjylland": "Midttrafik",
    "syddanmark": "Sydtrafik",
    "hovedstaden": "Movia",
    "sjaelland": "Movia",
}

# (name, kind, legal basis, seats, substitute seats, holders are directors)
_BODIES: tuple[tuple[str, BodyKind, str, int, int, bool], ...] = (
    ("Sundhedssamarbejdsudvalget", BodyKind.APPOINTMENT, "Sundhedsloven § 204", 4, 4, False),
    ("Praksisplanudvalget", BodyKind.APPOINTMENT, "Overenskomst om almen praksis", 2, 0, True),
    ("Samarbejdsudvalget for almen praksis", BodyKind.APPOINTMENT, "Overenskomst", 1, 1, True),
    ("Erhvervshusets bestyrelse", BodyKind.NOMINATION, "Erhvervsfremmeloven § 11", 2, 0, False),
    ("Det regionale arbejdsmarkedsråd", BodyKind.NOMINATION, "Lov om RAR § 3", 3, 3, False),
    (
        "{transport}s repræsentantskab",
        BodyKind.APPOINTMENT,
        "Trafikselskabets vedtægter",
        3,
        0,
        False,
    ),
    (
        "Styregruppen for rammeaftalen på det specialiserede socialområde",
        BodyKind.APPOINTMENT,
        "Serviceloven § 6",
        2,
        0,
        True,
    ),
    ("Følgegruppen for den regionale udviklingsstrategi", BodyKind.APPOINTMENT, "", 2, 0, False),
    ("Klimasamarbejdets styregruppe", BodyKind.APPOINTMENT, "KKR-beslutning", 1, 1, False),
    ("Uddannelsesudvalget for ungdomsuddannelser", BodyKind.APPOINTMENT, "", 2, 0, False),
)
# The last days of two holders per council who stepped down (months after the
# constituting meeting, before the demo's day; the seat is vacant from the next
# working day): (one, another).
_STEPPED_DOWN = {
    "nordjylland": (pendulum.date(2026, 3, 31), pendulum.date(2026, 6, 11)),
    "midtjylland": (pendulum.date(2026, 7, 30), pendulum.date(2026, 5, 28)),
    "syddanmark": (pendulum.date(2026, 8, 31), pendulum.date(2026, 4, 29)),
    "hovedstaden": (pendulum.date(2026, 6, 30), pendulum.date(2026, 8, 20)),
    "sjaelland": (pendulum.date(2026, 8, 6), pendulum.date(2026, 5, 12)),
}
_DIRECTORS = ("Henriette Direktørsen", "Mogens Fagchef", "Pia Kommunaldirektør", "Ole Socialchef")


def add_appointments(tx: Transaction) -> None:
    """The udpegninger of every council (called once by build_demo)."""
    members = tx.all(Member)
    meetings = tx.all(Meeting)
    items = tx.all(AgendaItem)
    for index, council in enumerate(COUNCILS):
        constituting = next(
            m for m in meetings if m.council == council.slug and m.series is Series.CONSTITUTING
        )
        item = _appointing_item(tx, constituting, items)
        own = [m for m in members if m.council == council.slug and not m.is_substitute]
        _add_council(tx, index, council.slug, constituting, item, own)


def _appointing_item(tx: Transaction, meeting: Meeting, items: list[AgendaItem]) -> AgendaItem:
    own = [i for i in items if i.meeting_id == meeting.id]
    # The constituting agenda's standard frame has the item already (store.demo).
    framed = next((i for i in own if i.title == APPOINTING_TITLE), None)
    if framed is not None:
        return tx.update(
            framed.with_changes(
                recommendation="1. at KKR udpeger repræsentanter som foreslået i bilaget",
                resume="KKR udpeger for valgperioden kommunale repræsentanter til regionale fora.",
                decision="Godkendt.",
            )
        )
    number = 1 + max((i.number for i in own), default=0)
    return tx.add(
        AgendaItem(
            meeting_id=meeting.id,
            number=number,
            title=APPOINTING_TITLE,
            kind=ItemKind.DECISION,
            policy_area="",
            recommendation="Det indstilles, at KKR udpeger repræsentanter som foreslået.",
            resume="KKR udpeger for valgperioden kommunale repræsentanter til regionale fora.",
            decision="Godkendt.",
            state=ItemState.DISPATCHED,
        )
    )


def _add_council(
    tx: Transaction,
    index: int,
    slug: str,
    meeting: Meeting,
    item: AgendaItem,
    members: list[Member],
) -> None:
    day = meeting.day
    person = 0
    for n, (name, kind, basis, seats, substitutes, directors) in enumerate(_BODIES):
        body = tx.add(
            Body(
                name=name.format(transport=_TRANSPORT[slug]),
                councils=(slug,),
                kind=kind,
                basis=basis,
                seats=seats,
                substitute_seats=substitutes,
                contact=f"sekretariatet@{slug}.eksempel.dk",
                members_only=not directors,
            )
        )
        for seat in range(1, seats + 1):
            # Two holders per council have stepped down since the constituting meeting,
            # in different bodies: their seats are vacant from the day after.
            ended_on = None
            if n == (index * 3) % len(_BODIES) and seat == seats:
                ended_on = _STEPPED_DOWN[slug][0]
            elif n == (index * 3 + 5) % len(_BODIES) and seat == 1:
                ended_on = _STEPPED_DOWN[slug][1]
            if directors:
                holder, municipality = _DIRECTORS[(n + seat + index) % len(_DIRECTORS)], ""
            else:
                member = members[person % len(members)]
                person += 1
                holder, municipality = member.name, member.municipality
            substitute = ""
            if seat <= substitutes:
                other = members[(person + 2) % len(members)]
                substitute = other.name if other.name != holder else ""
            tx.add(
                Appointment(
                    body_id=body.id,
                    council=slug,
                    seat=seat,
                    holder=holder,
                    municipality=municipality,
                    substitute=substitute,
                    start=day,
                    end=ended_on,
                    state=AppointmentState.APPOINTED
                    if ended_on is None
                    else AppointmentState.ENDED,
                    meeting_id=meeting.id,
                    item_id=item.id,
                )
            )
    if slug == "syddanmark":
        # A holder who has since left the council: flagged on the seat until replaced.
        body = tx.add(
            Body(
                name="Vandrådet for Lillebælt/Fyn", councils=(slug,), seats=1, basis="Vandplanloven"
            )
        )
        tx.add(
            Appointment(
                body_id=body.id,
                council=slug,
                seat=1,
                holder="Lars Fratrådt",
                municipality="Assens",
                start=day,
                meeting_id=meeting.id,
                item_id=item.id,
            )
        )
