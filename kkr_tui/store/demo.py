"""The demo database: the year 2026 for all five councils, with fictional people.

Built by code (not shipped as a file) so it always matches the current schema. It
holds meetings in every state, items in every state and kind, members and contacts.
States are written as they would stand on DEMO_TODAY, the day `kkr --demo` shows
unless --today says otherwise; snapshot tests use the same builder and day.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

import pendulum

from kkr_tui.domain.clock import TZ_NAME
from kkr_tui.domain.models import (
    AgendaItem,
    Contact,
    HistoryEntry,
    ItemKind,
    ItemState,
    Meeting,
    MeetingState,
    Member,
    Role,
    Series,
)
from kkr_tui.domain.reference import COUNCILS
from kkr_tui.store import Store, Transaction, open_store
from kkr_tui.store.demo_appointments import add_appointments
from kkr_tui.store.demo_documents import add_documents
from kkr_tui.store.demo_fora import add_fora
from kkr_tui.store.demo_joint import add_joint
from kkr_tui.store.demo_mail import with_address

DEMO_TODAY = pendulum.date(2026, 9, 10)
DEMO_USER = "demo"
# Fixed, so every demo database exports the same calendar UIDs (reproducible examples).
DEMO_DATABASE_ID = "6b1f3c2e-5d1a-4f8e-9c3b-2a7e4d0c9f15"


@dataclass(frozen=True)
class _CouncilPlan:
    slug: str
    constituting: str
    kkr_days: tuple[str, str, str, str, str]
    start: str
    end: str
    place: str


PLANS = (
    _CouncilPlan(
        "nordjylland",
        "2026-01-28",
        ("2026-02-26", "2026-04-16", "2026-06-11", "2026-09-17", "2026-11-26"),
        "09:30",
        "12:30",
        "Aalborg Kongres & Kultur Center",
    ),
    _CouncilPlan(
        "midtjylland",
        "2026-01-29",
        ("2026-02-27", "2026-04-24", "2026-06-19", "2026-09-18", "2026-11-20"),
        "10:00",
        "13:00",
        "Regionshuset Viborg",
    ),
    _CouncilPlan(
        "syddanmark",
        "2026-01-30",
        ("2026-02-23", "2026-04-20", "2026-06-15", "2026-09-14", "2026-11-16"),
        "09:00",
        "12:00",
        "Odense Rådhus",
    ),
    _CouncilPlan(
        "hovedstaden",
        "2026-01-26",
        ("2026-02-24", "2026-04-21", "2026-06-16", "2026-09-22", "2026-11-24"),
        "09:30",
        "12:30",
        "KL-huset, Weidekampsgade 10, København S",
    ),
    _CouncilPlan(
        "sjaelland",
        "2026-01-27",
        ("2026-02-20", "2026-04-09", "2026-06-12", "2026-09-11", "2026-11-27"),
        "09:30",
        "12:30",
        "online",
    ),
)

# Fictional on purpose: no real member or chair of 2026-2030 is shipped.
FIRST_NAMES = (
    "Anna",
    "Bo",
    "Carla",
    "Dennis",
    "Eva",
    "Frank",
    "Gitte",
    "Henrik",
    "Ida",
    "Jonas",
    "Karen",
    "Lars",
    "Mette",
    "Niels",
    "Olivia",
    "Per",
    "Rikke",
    "Søren",
    "Tina",
    "Ulrik",
)
SURNAMES = ("Eksempel", "Prøvesen", "Fiktivsen", "Demosen", "Testrup", "Modelgaard")
PARTIES = ("A", "V", "C", "F", "Ø", "B", "I", "Æ")

ITEM_TITLES = (
    ("Regional udviklingsstrategi", ItemKind.DECISION, "erhverv"),
    (
        "Kapacitet på det specialiserede socialområde",
        ItemKind.DECISION,
        "det specialiserede socialområde",
    ),
    ("Sundhedsklynger: status", ItemKind.INFORMATION, "sundhed"),
    ("Kollektiv trafik og mobilitetsplan", ItemKind.DISCUSSION, "infrastruktur og mobilitet"),
    ("Praktikpladser og uddannelsesgaranti", ItemKind.DECISION, "uddannelse"),
    ("Klimatilpasning langs kysten", ItemKind.DISCUSSION, "klima og miljø"),
    ("Beskæftigelsesindsats for unge", ItemKind.INFORMATION, "beskæftigelse"),
)


def _at(day: str, hhmm: str) -> pendulum.DateTime:
    year, month, dom = (int(x) for x in day.split("-"))
    hour, minute = (int(x) for x in hhmm.split(":"))
    return pendulum.datetime(year, month, dom, hour, minute, tz=TZ_NAME)


def _day(iso: str) -> pendulum.Date:
    return pendulum.Date.fromisoformat(iso)


def build_demo(path: Path) -> Store:
    """Create the demo database at `path` (which must not exist) and return its store."""
    store = open_store(path, create=True)
    with store.transaction() as tx:
        tx.save_settings(replace(tx.settings(), database_id=DEMO_DATABASE_ID))
        contacts = _add_contacts(tx)
        for index, plan in enumerate(PLANS):
            _add_members(tx, index, plan.slug)
            _add_meetings(tx, index, plan, contacts)
        add_documents(tx, store.path)
        add_appointments(tx)
        add_fora(tx)
        add_joint(tx)
    return store


def _add_contacts(tx: Transaction) -> list[str]:
    names = []
    for index, council in enumerate(COUNCILS):
        region = council.name.removeprefix("KKR ")
        for offset, title in ((0, "Konsulent"), (7, "Chefkonsulent")):
            first = FIRST_NAMES[(index * 3 + offset) % len(FIRST_NAMES)]
            last = SURNAMES[(index + offset) % len(SURNAMES)]
            name = f"{first} {last}"
            if council.slug == "nordjylland" and title == "Chefkonsulent":
                continue  # the seed's real contact holds that post
            tx.add(
                Contact(
                    name=name,
                    title=title,
                    organisation="KL",
                    unit=f"KKR-sekretariatet i {region}",
                    email=f"{first.lower()}.{last.lower()}@eksempel.dk".replace("ø", "oe"),
                    phone=f"33 70 {30 + index:02d} {10 + offset:02d}",
                    councils=(council.slug,),
                    secretariat=True,
                )
            )
            names.append(name)
    for first, last, org, unit in (
        ("Vibeke", "Fiktivsen", "Region Midtjylland", "Regional Udvikling"),
        ("Thomas", "Eksempel", "Aalborg Kommune", "Borgmesterens Afdeling"),
        ("Sanne", "Prøvesen", "KL", "Sundhed og Ældre"),
    ):
        tx.add(
            Contact(
                name=f"{first} {last}",
                title="Fuldmægtig",
                organisation=org,
                unit=unit,
                email=f"{first.lower()}.{last.lower()}@eksempel.dk".replace("ø", "oe"),
                phone="+45 87 65 43 21",
            )
        )
        names.append(f"{first} {last}")
    return names


def _add_members(tx: Transaction, index: int, slug: str) -> None:
    council = COUNCILS[index]
    # A few mayors and members per council: enough to show roles, not a full roster.
    for n, municipality in enumerate(council.municipalities[:6]):
        first = FIRST_NAMES[(index * 5 + n) % len(FIRST_NAMES)]
        last = SURNAMES[(index + n * 2) % len(SURNAMES)]
        role = Role.MAYOR
        if n == 0:
            role = Role.CHAIR
        elif n == 1 and slug != "syddanmark":  # Syddanmark has no vice chair registered yet
            role = Role.VICE_CHAIR
        elif n == 5:
            role = Role.MEMBER
        member = tx.add(
            with_address(
                Member(
                    council=slug,
                    name=f"{first} {last}",
                    municipality=municipality,
                    party=PARTIES[(index + n) % len(PARTIES)],
                    role=role,
                    # The chair and vice chair are mayors too, as is usual in a KKR.
                    mayor=role is not Role.MEMBER,
                )
            )
        )
        if role is Role.MEMBER and slug == "nordjylland":
            # One substitute, to show "suppleant for" (it takes no seat of its own).
            substitute = f"{FIRST_NAMES[(n + 13) % len(FIRST_NAMES)]} {SURNAMES[n % len(SURNAMES)]}"
            tx.add(
                with_address(
                    Member(
                        council=slug,
                        name=substitute,
                        municipality=municipality,
                        party=member.party,
                        substitute_for=member.name,
                    )
                )
            )


def _meeting_state(slug: str, number: int) -> MeetingState:
    """The state each KKR meeting has on DEMO_TODAY (number 0..4 = Feb..Nov)."""
    if number < 2:
        return MeetingState.PUBLISHED
    if number == 2:
        return MeetingState.HELD if slug == "syddanmark" else MeetingState.PUBLISHED
    if number == 3:
        return MeetingState.DISPATCHED if slug == "sjaelland" else MeetingState.PLANNED
    return MeetingState.PROPOSED if slug == "midtjylland" else MeetingState.PLANNED


def _add_meetings(tx: Transaction, index: int, plan: _CouncilPlan, contacts: list[str]) -> None:
    place = plan.place
    constituting = tx.add(
        Meeting(
            council=plan.slug,
            series=Series.CONSTITUTING,
            start=_at(plan.constituting, "16:00"),
            end=_at(plan.constituting, "18:00"),
            place=place,
            state=MeetingState.PUBLISHED,
            dispatched_on=_day(plan.constituting).subtract(days=7),
            held_on=_day(plan.constituting),
            published_on=_day(plan.constituting).add(days=3),
            minutes_url=f"https://www.kl.dk/kkr/{plan.slug}/moeder/konstituerende-2026",
        )
    )
    _add_items(tx, constituting, index, contacts, count=3)
    for number, day in enumerate(plan.kkr_days):
        state = _meeting_state(plan.slug, number)
        start = _at(day, plan.start)
        meeting_day = start.date()
        done = state in (MeetingState.HELD, MeetingState.PUBLISHED)
        meeting = tx.add(
            Meeting(
                council=plan.slug,
                series=Series.KKR,
                start=start,
                end=_at(day, plan.end),
                place=place,
                state=state,
                dispatched_on=meeting_day.subtract(days=8)
                if done or state is MeetingState.DISPATCHED
                else None,
                held_on=meeting_day if done else None,
                published_on=meeting_day.add(days=4) if state is MeetingState.PUBLISHED else None,
                minutes_url=f"https://www.kl.dk/kkr/{plan.slug}/moeder/{day}"
                if state is MeetingState.PUBLISHED
                else "",
            )
        )
        _add_items(tx, meeting, index + number, contacts, count=4 + (index + number) % 3)
    # Chairmanship meetings before the autumn KKR meeting; one of them cancelled.
    autumn = _day(plan.kkr_days[3])
    chair_day = autumn.subtract(days=14)
    while chair_day.day_of_week in (pendulum.SATURDAY, pendulum.SUNDAY):
        chair_day = chair_day.subtract(days=1)
    tx.add(
        Meeting(
            council=plan.slug,
            series=Series.CHAIRMANSHIP,
            start=_at(chair_day.isoformat(), "08:00"),
            end=_at(chair_day.isoformat(), "09:00"),
            place="online",
            state=MeetingState.CANCELLED if plan.slug == "hovedstaden" else MeetingState.HELD,
            held_on=None if plan.slug == "hovedstaden" else chair_day,
            cancel_reason="Formanden forhindret" if plan.slug == "hovedstaden" else "",
        )
    )
    if plan.slug in ("nordjylland", "midtjylland"):
        forum_day = autumn.add(days=21)
        while forum_day.day_of_week in (pendulum.SATURDAY, pendulum.SUNDAY):
            forum_day = forum_day.add(days=1)
        tx.add(
            Meeting(
                council=plan.slug,
                series=Series.DIRECTORS,
                start=_at(forum_day.isoformat(), "13:00"),
                end=_at(forum_day.isoformat(), "15:30"),
                place="Regionshuset" if plan.slug == "midtjylland" else "Aalborg Rådhus",
                state=MeetingState.PLANNED,
            )
        )


# How far each council's September agenda has come on DEMO_TODAY, so the demo shows
# every light: Nordjylland all approved (dispatch due today: amber), Hovedstaden all
# approved (green), Midtjylland material in but not reviewed (red), Syddanmark behind.
_SEPTEMBER_WORKFLOW: dict[str, tuple[ItemState, ...]] = {
    "nordjylland": (ItemState.APPROVED,),
    "hovedstaden": (ItemState.APPROVED, ItemState.APPROVED, ItemState.POSTPONED),
    "midtjylland": (ItemState.SUBMITTED, ItemState.APPROVED),
    "syddanmark": (ItemState.APPROVED, ItemState.SUBMITTED, ItemState.DRAFT, ItemState.POSTPONED),
}


def _item_state(meeting: Meeting, n: int) -> ItemState:
    if meeting.state in (MeetingState.DISPATCHED, MeetingState.HELD, MeetingState.PUBLISHED):
        return ItemState.DISPATCHED
    if meeting.state is MeetingState.PROPOSED or meeting.series is not Series.KKR:
        return ItemState.DRAFT
    if meeting.start.month == 9:
        cycle = _SEPTEMBER_WORKFLOW[meeting.council]
        return cycle[n % len(cycle)]
    return (ItemState.SUBMITTED, ItemState.DRAFT)[n % 2]


def _add_items(
    tx: Transaction, meeting: Meeting, seed: int, contacts: list[str], count: int
) -> None:
    done = meeting.state in (MeetingState.HELD, MeetingState.PUBLISHED)
    for n in range(count):
        title, kind, area = ITEM_TITLES[(seed + n) % len(ITEM_TITLES)]
        state = _item_state(meeting, n)
        history = []
        if state is not ItemState.DRAFT:
            history.append(
                HistoryEntry(
                    day=meeting.day.subtract(days=28).isoformat(),
                    user=DEMO_USER,
                    from_state=ItemState.DRAFT.value,
                    to_state=ItemState.SUBMITTED.value,
                )
            )
        tx.add(
            AgendaItem(
                meeting_id=meeting.id,
                number=n + 1,
                title=title,
                kind=kind,
                policy_area=area,
                responsible="" if (seed + n) % 7 == 3 else contacts[(seed + n) % len(contacts)],
                recommendation="Det indstilles, at KKR drøfter og godkender oplægget."
                if kind is ItemKind.DECISION
                else "Det indstilles, at KKR tager orienteringen til efterretning.",
                case_text=f"{title}: sagsfremstilling til KKR.",
                decision="Godkendt." if done and kind is ItemKind.DECISION else "",
                state=state,
                history=tuple(history),
            )
        )
