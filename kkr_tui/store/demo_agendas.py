"""The demo's agendas: every KKR meeting's items inside the standard frame, the
constituting meetings' agenda from the rules of procedure, and the formandskab
meetings' items, each item in the state its meeting has reached on the demo's day.

Called by store.demo.build_demo for each meeting it adds. States and history follow
the meeting's own milestones (material in by its deadline, reviewed by the
formandskab's, out with the agenda), on working days and never after the demo's day.
The texts are fictional, written as a KKR secretariat writes them; the Danish frame
titles come from the catalogue (domain.agenda_content.standard_frame).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pendulum

from kkr_tui.domain.agenda_content import framed_agenda, standard_frame
from kkr_tui.domain.council_checks import chair_and_vice
from kkr_tui.domain.models import (
    AgendaItem,
    HistoryEntry,
    ItemKind,
    ItemState,
    Meeting,
    MeetingState,
    Member,
)
from kkr_tui.domain.planning import Planner
from kkr_tui.i18n import speaking
from kkr_tui.i18n.dates import prose_date
from kkr_tui.store.transaction import Transaction


@dataclass(frozen=True)
class Recorder:
    """What every item's record needs: the rules' calendar, the demo's day (nothing is
    done after it), the user named in the history and the secretary who owns the
    secretariat's own items (the frame)."""

    planner: Planner
    today: pendulum.Date
    user: str
    secretary: str


# The councils' own cases: (title, kind, policy area). Their texts: demo_documents.
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

# The KKR frame's items in standard_frame's order (approval of the agenda, of the last
# minutes; since last, any other business): resumé, recommendation, decision.
KKR_FRAME_TEXTS = (
    ("", "1. at KKR godkender dagsordenen", "Godkendt."),
    (
        "Referatet er offentliggjort på kl.dk og sendt til medlemmerne.",
        "1. at KKR godkender referatet",
        "Godkendt.",
    ),
    (
        "Formandskabet og sekretariatet orienterer om møder og henvendelser siden sidst,"
        " bl.a. formandskabets møde med regionsrådets formandskab og KL's"
        " kommunekontaktrådsmøde.",
        "1. at KKR tager orienteringen til efterretning",
        "",  # the standard outcome line of an orientering
    ),
    ("", "", "Intet."),
)

# Recommendation and decision of the constituting agenda's standard items.
CONSTITUTING_TEXTS = {
    "Godkendelse af valg og sammensætning": (
        "1. at KKR godkender valget af medlemmer og KKR's sammensætning",
        "Godkendt.",
    ),
    "Anmeldelse og godkendelse af valgforbund": (
        "1. at KKR tager de anmeldte valgforbund til efterretning og godkender dem",
        "Valgforbundene blev anmeldt og godkendt.",
    ),
    "Valg af formand": ("1. at KKR vælger en formand for valgperioden", ""),
    "Valg af næstformand": ("1. at KKR vælger en næstformand for valgperioden", ""),
    "Forretningsorden": ("1. at KKR godkender forretningsordenen", "Godkendt."),
    "Mødeplan": (
        "1. at KKR godkender mødeplanen for 2026",
        "Mødeplanen blev godkendt: {dates}.",
    ),
    "Eventuelt": ("", "Intet."),
}

# How far each council's September agenda has come on the demo's day, so the demo shows
# every light: Nordjylland all approved (dispatch due today: amber), Hovedstaden all
# approved (green), Midtjylland material in but not reviewed (red), Syddanmark behind.
_SEPTEMBER_WORKFLOW: dict[str, tuple[ItemState, ...]] = {
    "nordjylland": (ItemState.APPROVED,),
    "hovedstaden": (ItemState.APPROVED, ItemState.APPROVED, ItemState.POSTPONED),
    "midtjylland": (ItemState.SUBMITTED, ItemState.APPROVED),
    "syddanmark": (ItemState.APPROVED, ItemState.SUBMITTED, ItemState.DRAFT, ItemState.POSTPONED),
}
_ON_AGENDA = (MeetingState.DISPATCHED, MeetingState.HELD, MeetingState.PUBLISHED)
_DONE = (MeetingState.HELD, MeetingState.PUBLISHED)


def _item_state(meeting: Meeting, n: int) -> ItemState:
    """The state of the meeting's own item number `n` (0-based) on the demo's day."""
    if meeting.state in _ON_AGENDA:
        return ItemState.DISPATCHED
    if meeting.state in (MeetingState.PROPOSED, MeetingState.CANCELLED):
        return ItemState.DRAFT
    if meeting.start.month == 9 and meeting.council in _SEPTEMBER_WORKFLOW:
        cycle = _SEPTEMBER_WORKFLOW[meeting.council]
        return cycle[n % len(cycle)]
    return (ItemState.SUBMITTED, ItemState.DRAFT)[n % 2]


def _frame_state(meeting: Meeting, own: Sequence[ItemState]) -> ItemState:
    """The frame's items are the secretariat's own, written with the agenda: in as soon
    as work on the agenda has begun, approved once the formandskab has gone through the
    agenda (it has approved a case). So they never hold a milestone up, nor mark one
    done before the council's own cases are."""
    if meeting.state in _ON_AGENDA:
        return ItemState.DISPATCHED
    if ItemState.APPROVED in own:
        return ItemState.APPROVED
    if any(s is not ItemState.DRAFT for s in own):
        return ItemState.SUBMITTED
    return ItemState.DRAFT


def history(meeting: Meeting, state: ItemState, n: int, rec: Recorder) -> tuple[HistoryEntry, ...]:
    """How the item came to `state`, each step on a working day by the meeting's own
    milestones (material in by its deadline, reviewed by the formandskab's, out with
    the agenda) and never after the demo's day: nothing is done in the future."""
    if state is ItemState.DRAFT:
        return ()
    deadlines = rec.planner.deadlines(meeting)
    calendar = rec.planner.calendar
    latest = calendar.on_or_before(rec.today)

    def by(day: pendulum.Date, early: int) -> pendulum.Date:
        day = calendar.add_working_days(day, -early)
        return day if day <= latest else calendar.add_working_days(latest, -early)

    submitted = by(deadlines.material.due, n % 3)
    steps = [(ItemState.DRAFT, ItemState.SUBMITTED, submitted)]
    if state is ItemState.POSTPONED:
        postponed = max(submitted, by(deadlines.review.due, 0))
        steps.append((ItemState.SUBMITTED, ItemState.POSTPONED, postponed))
    if state in (ItemState.APPROVED, ItemState.DISPATCHED):
        approved = max(submitted, by(deadlines.review.due, n % 2))
        steps.append((ItemState.SUBMITTED, ItemState.APPROVED, approved))
    if state is ItemState.DISPATCHED and meeting.dispatched_on is not None:
        steps.append((ItemState.APPROVED, ItemState.DISPATCHED, meeting.dispatched_on))
    return tuple(
        HistoryEntry(day=day.isoformat(), user=rec.user, from_state=a.value, to_state=b.value)
        for a, b, day in steps
    )


def add_kkr_items(
    tx: Transaction,
    meeting: Meeting,
    previous_day: pendulum.Date,
    seed: int,
    contacts: Sequence[str],
    rec: Recorder,
    count: int,
) -> list[AgendaItem]:
    """The KKR meeting's agenda: approval of the agenda and of the minutes of the
    meeting on `previous_day`, `count` of the council's cases, then "Siden sidst /
    Meddelelser" and "Eventuelt"; the stored items in agenda order."""
    done = meeting.state in _DONE
    open_agenda = meeting.state in (MeetingState.PROPOSED, MeetingState.PLANNED)
    own = []
    for n in range(count):
        title, kind, area = ITEM_TITLES[(seed + n) % len(ITEM_TITLES)]
        state = _item_state(meeting, n)
        own.append(
            AgendaItem(
                meeting_id=meeting.id,
                number=n + 1,
                title=title,
                kind=kind,
                policy_area=area,
                # A few items on open agendas still lack a case officer (it blocks the
                # dispatch); an agenda that went out had one on every item.
                responsible=""
                if open_agenda and (seed + n) % 7 == 3
                else contacts[(seed + n) % len(contacts)],
                # The texts (and the recommendation that fits the kind): demo_documents.
                case_text=f"{title}: sagsfremstilling til KKR.",
                decision="Godkendt." if done and kind is ItemKind.DECISION else "",
                state=state,
                history=history(meeting, state, n, rec),
            )
        )
    frame_state = _frame_state(meeting, [i.state for i in own])
    with speaking("da"):  # the agenda is Danish whatever language the app speaks
        head, tail = standard_frame(meeting, previous_day)
        agenda = framed_agenda(meeting, own, previous_day, rec.secretary)
    frame_texts = dict(zip((f.title for f in (*head, *tail)), KKR_FRAME_TEXTS, strict=True))
    filled = []
    for item in agenda:
        texts = frame_texts.get(item.title)
        if texts is not None:
            resume, recommendation, decision = texts
            item = item.with_changes(
                resume=resume,
                recommendation=recommendation,
                decision=decision if done else "",
                state=frame_state,
                history=history(meeting, frame_state, 0, rec),
            )
        filled.append(item)
    return tx.add_all(filled)


def add_constituting_items(
    tx: Transaction,
    meeting: Meeting,
    kkr_days: Sequence[pendulum.Date],
    members: Sequence[Member],
    rec: Recorder,
) -> None:
    """The constituting meeting's agenda from the rules of procedure, held and decided:
    the chair and vice chair elected are the members registered as such, the meeting
    plan adopted is the council's five KKR meetings."""
    chair, vice = chair_and_vice(members)
    with speaking("da"):  # the minutes are Danish whatever language the app speaks
        head, tail = standard_frame(meeting, None)
    elected = {
        "Valg af formand": _elected(chair, "formand"),
        "Valg af næstformand": _elected(vice, "næstformand"),
    }
    dates = ", ".join(prose_date(day, "da") for day in kkr_days)
    items = []
    for number, frame in enumerate((*head, *tail), start=1):
        recommendation, decision = CONSTITUTING_TEXTS.get(frame.title, ("", ""))
        items.append(
            AgendaItem(
                meeting_id=meeting.id,
                number=number,
                title=frame.title,
                kind=frame.kind,
                responsible=rec.secretary,
                recommendation=recommendation,
                decision=elected.get(frame.title, decision).replace("{dates}", dates),
                state=ItemState.DISPATCHED,
                history=history(meeting, ItemState.DISPATCHED, number, rec),
            )
        )
    tx.add_all(items)


def _elected(member: Member | None, office: str) -> str:
    if member is None:
        return ""
    where = f"borgmester i {member.municipality}"
    return f"KKR valgte {member.name} ({member.party}), {where}, som {office}."


def add_chairmanship_items(
    tx: Transaction, meeting: Meeting, kkr_meeting: Meeting, rec: Recorder
) -> None:
    """The formandskab's meeting before a KKR meeting: it goes through the draft agenda
    of `kkr_meeting`, prepares the meeting with the regional council's formandskab and
    takes any other business; a meeting held has its outcomes."""
    done = meeting.state in _DONE
    state = ItemState.DISPATCHED if done else ItemState.DRAFT
    day = prose_date(kkr_meeting.day, "da")
    items = (
        (
            f"Udkast til dagsorden for KKR-mødet den {day}",
            ItemKind.DECISION,
            "1. at formandskabet godkender udkastet til dagsorden med de bemærkninger,"
            " der fremkommer på mødet",
            "Formandskabet gennemgik udkastet; sekretariatet færdiggør dagsordenen.",
        ),
        (
            "Forberedelse af mødet med regionsrådets formandskab",
            ItemKind.DISCUSSION,
            "1. at formandskabet drøfter emner til det kommende møde",
            "Formandskabet drøftede sagen.",
        ),
        ("Eventuelt", ItemKind.INFORMATION, "", "Intet."),
    )
    tx.add_all(
        [
            AgendaItem(
                meeting_id=meeting.id,
                number=number,
                title=title,
                kind=kind,
                responsible=rec.secretary,
                recommendation=recommendation,
                decision=decision if done else "",
                state=state,
                history=history(meeting, state, number, rec),
            )
            for number, (title, kind, recommendation, decision) in enumerate(items, start=1)
        ]
    )
