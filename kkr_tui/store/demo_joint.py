"""The demo's joint work of KKR Hovedstaden and KKR Sjælland towards Region Østdanmark
(the merged region from 1 January 2027): one joint chairmanship meeting, held by KKR
Hovedstaden with KKR Sjælland taking part, that shows once in each council's year; and
one body both councils appoint to, whose seats each council fills from its own members
at its constituting meeting.

Holders are taken from the members the demo has registered (chair and vice chair
first), never named here, so this keeps working whatever members the demo holds.
"""

from __future__ import annotations

import pendulum

from kkr_tui.domain.appointments import Appointment, Body
from kkr_tui.domain.clock import TZ_NAME
from kkr_tui.domain.models import (
    AgendaItem,
    ItemKind,
    Meeting,
    MeetingState,
    Member,
    Role,
    Series,
)
from kkr_tui.domain.vacancies import deciding_item
from kkr_tui.store.transaction import Transaction

HOLDER = "hovedstaden"
JOINT = ("hovedstaden", "sjaelland")
JOINT_BODY = "Kontaktudvalget for Region Østdanmark"
_SEATS_EACH = 2
_ITEMS = (
    ("Godkendelse af dagsorden", ItemKind.DECISION),
    ("Region Østdanmark: fælles kommunal indgang til sundhedsrådene", ItemKind.DISCUSSION),
    ("Kontaktudvalget for Region Østdanmark: kommissorium", ItemKind.DECISION),
    ("Eventuelt", ItemKind.INFORMATION),
)
_RANK = {Role.CHAIR: 0, Role.VICE_CHAIR: 1}


def add_joint(tx: Transaction) -> None:
    """The joint meeting and the shared body (called once by build_demo, after the
    councils' own meetings and members)."""
    meeting = tx.add(
        Meeting(
            council=HOLDER,
            councils=JOINT,
            series=Series.CHAIRMANSHIP,
            start=pendulum.datetime(2026, 11, 5, 10, 0, tz=TZ_NAME),
            end=pendulum.datetime(2026, 11, 5, 12, 0, tz=TZ_NAME),
            place="Sorø Rådhus",
            state=MeetingState.PLANNED,
        )
    )
    for number, (title, kind) in enumerate(_ITEMS, start=1):
        tx.add(
            AgendaItem(meeting_id=meeting.id, number=number, title=title, kind=kind, policy_area="")
        )
    _add_body(tx)


def _add_body(tx: Transaction) -> None:
    body = tx.add(
        Body(
            name=JOINT_BODY,
            councils=JOINT,
            basis="Aftale mellem KKR Hovedstaden og KKR Sjælland",
            seats=_SEATS_EACH * len(JOINT),
            contact="sekretariatet@oestdanmark.eksempel.dk",
            members_only=True,
        )
    )
    members = tx.all(Member)
    meetings = tx.all(Meeting)
    seat = 0
    for slug in JOINT:
        constituting = next(
            (m for m in meetings if m.council == slug and m.series is Series.CONSTITUTING), None
        )
        if constituting is None:
            continue
        item = deciding_item(i for i in tx.all(AgendaItem) if i.meeting_id == constituting.id)
        own = sorted(
            (m for m in members if m.council == slug and not m.is_substitute),
            key=lambda m: (_RANK.get(m.role, 2), m.id),
        )
        for member in own[:_SEATS_EACH]:
            seat += 1
            tx.add(
                Appointment(
                    body_id=body.id,
                    council=slug,
                    seat=seat,
                    holder=member.name,
                    municipality=member.municipality,
                    start=constituting.day,
                    meeting_id=constituting.id,
                    item_id=item.id if item is not None else 0,
                )
            )
