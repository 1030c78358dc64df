"""The demo database: the year 2026 of all five councils as it stands on DEMO_TODAY
(10 September 2026), with fictional people in real places.

Built by code (not shipped as a file) so it always matches the current schema; snapshot
tests use the same builder and day, and `kkr --demo` shows that day unless --today says
otherwise. Per council it holds:

- the constituting meeting in January (its agenda from the rules of procedure, the
  formandskab elected, the udpegninger made) and five KKR meetings at the council's
  usual venue, each agenda in the standard frame (store.demo_agendas);
- the meetings before the demo's day held, with their attendance recorded (a few
  afbud, substitutes who came: store.demo_attendance) and their minutes published
  two to five working days later, except Syddanmark's June minutes (late);
- September's agendas at every stage (one light of each colour), November's being
  written, Midtjylland's November meeting still proposed;
- a formandskab meeting two weeks before the September meeting (Hovedstaden's
  cancelled) and two KD-forum meetings preparing the September and November KKR
  meetings (store.demo_fora);
- every seat filled (store.demo_members), the secretariat's contacts, the udpegninger
  with two recent vacancies (store.demo_appointments), attachments on Sjælland's
  agendas (store.demo_documents) and the joint work towards Region Østdanmark
  (store.demo_joint).

Agendas go out on their deadline or the working day before; nothing is recorded after
the demo's day.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

import pendulum

from kkr_tui.domain.clock import TZ_NAME
from kkr_tui.domain.models import Contact, Meeting, MeetingState, Member, Series
from kkr_tui.domain.planning import Planner
from kkr_tui.domain.reference import COUNCILS
from kkr_tui.store import Store, open_store
from kkr_tui.store.demo_agendas import (
    Recorder,
    add_chairmanship_items,
    add_constituting_items,
    add_kkr_items,
)
from kkr_tui.store.demo_appointments import add_appointments
from kkr_tui.store.demo_attendance import add_attendance
from kkr_tui.store.demo_documents import add_documents
from kkr_tui.store.demo_fora import add_fora
from kkr_tui.store.demo_joint import add_joint
from kkr_tui.store.demo_members import add_members
from kkr_tui.store.transaction import Transaction

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
    # The council's usual venue, and where single meetings are held instead (by day).
    place: str
    elsewhere: tuple[tuple[str, str], ...] = ()
    # Where the municipal directors' forum meets.
    forum_place: str = ""


# Real venues with their addresses: each KKR meets where it usually does.
PLANS = (
    _CouncilPlan(
        "nordjylland",
        "2026-01-28",
        ("2026-02-26", "2026-04-16", "2026-06-11", "2026-09-17", "2026-11-26"),
        "09:30",
        "12:30",
        "Aalborg Kongres & Kultur Center, Europa Plads 4, 9000 Aalborg",
        (("2026-06-11", "Hjørring Rådhus, Springvandspladsen 5, 9800 Hjørring"),),
        "Rebild Rådhus, Hobrovej 110, 9530 Støvring",
    ),
    _CouncilPlan(
        "midtjylland",
        "2026-01-29",
        ("2026-02-27", "2026-04-24", "2026-06-19", "2026-09-18", "2026-11-20"),
        "10:00",
        "13:00",
        "Regionshuset Viborg, Skottenborg 26, 8800 Viborg",
        (("2026-06-19", "Aarhus Rådhus, Rådhuspladsen 2, 8000 Aarhus C"),),
        "Regionshuset Viborg, Skottenborg 26, 8800 Viborg",
    ),
    _CouncilPlan(
        "syddanmark",
        "2026-01-30",
        ("2026-02-23", "2026-04-20", "2026-06-15", "2026-09-14", "2026-11-16"),
        "09:00",
        "12:00",
        "Regionshuset, Damhaven 12, 7100 Vejle",
        (("2026-04-20", "Odense Rådhus, Flakhaven 2, 5000 Odense C"),),
        "Regionshuset, Damhaven 12, 7100 Vejle",
    ),
    _CouncilPlan(
        "hovedstaden",
        "2026-01-26",
        ("2026-02-24", "2026-04-21", "2026-06-16", "2026-09-22", "2026-11-24"),
        "09:30",
        "12:30",
        "KL-huset, Weidekampsgade 10, 2300 København S",
        (),
        "KL-huset, Weidekampsgade 10, 2300 København S",
    ),
    _CouncilPlan(
        "sjaelland",
        "2026-01-27",
        ("2026-02-20", "2026-04-09", "2026-06-12", "2026-09-11", "2026-11-27"),
        "09:30",
        "12:30",
        "Erhvervshus Sjælland, Fulbyvej 15, 4180 Sorø",
        (),
        "Erhvervshus Sjælland, Fulbyvej 15, 4180 Sorø",
    ),
)

# The secretariat contacts' fictional names.
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
        members = add_members(tx, taken=set(contacts))
        planner = Planner(tx.settings())
        for index, plan in enumerate(PLANS):
            own = [m for m in members if m.council == plan.slug]
            _add_meetings(tx, index, plan, contacts, planner, own)
        add_documents(tx, store.path)
        add_appointments(tx)
        add_fora(tx, Recorder(planner, DEMO_TODAY, DEMO_USER, ""))
        add_joint(tx)
        add_attendance(tx)
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


def _meeting_state(slug: str, number: int) -> MeetingState:
    """The state each KKR meeting has on DEMO_TODAY (number 0..4 = Feb..Nov)."""
    if number < 2:
        return MeetingState.PUBLISHED
    if number == 2:
        return MeetingState.HELD if slug == "syddanmark" else MeetingState.PUBLISHED
    if number == 3:
        return MeetingState.DISPATCHED if slug == "sjaelland" else MeetingState.PLANNED
    return MeetingState.PROPOSED if slug == "midtjylland" else MeetingState.PLANNED


def _add_meetings(
    tx: Transaction,
    index: int,
    plan: _CouncilPlan,
    contacts: list[str],
    planner: Planner,
    members: list[Member],
) -> None:
    rec = Recorder(planner, DEMO_TODAY, DEMO_USER, contacts[(index * 2) % len(contacts)])
    constituting = Meeting(
        council=plan.slug,
        series=Series.CONSTITUTING,
        start=_at(plan.constituting, "16:00"),
        end=_at(plan.constituting, "18:00"),
        place=plan.place,
        state=MeetingState.PUBLISHED,
    )
    constituting = tx.add(_as_recorded(constituting, planner, 1))
    kkr_days = [_day(day) for day in plan.kkr_days]
    add_constituting_items(tx, constituting, kkr_days, members, rec)
    elsewhere = dict(plan.elsewhere)
    previous = constituting.day
    kkr_meetings = []
    for number, day in enumerate(plan.kkr_days):
        meeting = Meeting(
            council=plan.slug,
            series=Series.KKR,
            start=_at(day, plan.start),
            end=_at(day, plan.end),
            place=elsewhere.get(day, plan.place),
            state=_meeting_state(plan.slug, number),
        )
        meeting = tx.add(_as_recorded(meeting, planner, index + number))
        seed, count = index + number, 4 + (index + number) % 3
        add_kkr_items(tx, meeting, previous, seed, contacts, rec, count)
        kkr_meetings.append(meeting)
        previous = meeting.day
    autumn = kkr_meetings[3]
    # The formandskab meets two weeks before the autumn KKR meeting to go through its
    # draft agenda (online, early morning as is usual); Hovedstaden's was cancelled.
    chair_day = planner.calendar.on_or_before(autumn.day.subtract(days=14))
    cancelled = plan.slug == "hovedstaden"
    chairs = Meeting(
        council=plan.slug,
        series=Series.CHAIRMANSHIP,
        start=_at(chair_day.isoformat(), "08:00"),
        end=_at(chair_day.isoformat(), "09:00"),
        place="online",
        state=MeetingState.CANCELLED if cancelled else MeetingState.HELD,
        cancel_reason="Formanden forhindret" if cancelled else "",
    )
    if cancelled:  # called off before its agenda was drawn up
        tx.add(chairs)
    else:
        add_chairmanship_items(tx, tx.add(_as_recorded(chairs, planner, index)), autumn, rec)
    # The municipal directors' forum prepares the KKR meeting four to five weeks ahead
    # (demo_fora gives it the items it prepares and links them to the KKR agenda).
    for kkr_day, weeks in ((plan.kkr_days[3], 4), (plan.kkr_days[4], 5)):
        forum_day = planner.calendar.on_or_before(_day(kkr_day).subtract(weeks=weeks))
        forum = Meeting(
            council=plan.slug,
            series=Series.DIRECTORS,
            start=_at(forum_day.isoformat(), "13:00"),
            end=_at(forum_day.isoformat(), "15:30"),
            place=plan.forum_place,
            state=MeetingState.HELD if forum_day < DEMO_TODAY else MeetingState.PLANNED,
        )
        tx.add(_as_recorded(forum, planner, index))


def _as_recorded(meeting: Meeting, planner: Planner, seed: int) -> Meeting:
    """The meeting with the days its state implies, as a secretariat records them: the
    agenda out on its deadline (a working day) or the working day before, the minutes
    published two to five working days after the meeting (within the rule's five)."""
    done = meeting.state in (MeetingState.HELD, MeetingState.PUBLISHED)
    if not done and meeting.state is not MeetingState.DISPATCHED:
        return meeting
    deadlines = planner.deadlines(meeting)
    dispatched = deadlines.dispatch.due
    if seed % 3 == 0:
        dispatched = planner.calendar.previous_working_day(dispatched)
    published = None
    if meeting.state is MeetingState.PUBLISHED:
        published = planner.calendar.add_working_days(meeting.day, 2 + seed % 4)
    slug = meeting.council
    what = "konstituerende-2026" if meeting.series is Series.CONSTITUTING else meeting.day
    return meeting.with_changes(
        dispatched_on=dispatched,
        held_on=meeting.day if done else None,
        published_on=published,
        minutes_url=f"https://www.kl.dk/kkr/{slug}/moeder/{what}" if published else "",
    )
