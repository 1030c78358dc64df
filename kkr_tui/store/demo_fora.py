"""The demo's directors' fora: per council one kommunaldirektørforum (KD-forum) and
two fagdirektørfora, with fictional directors as members.

Every council's two directors' forum meetings (four weeks before the September KKR
meeting, held by the demo's day, and five weeks before the November one, planned)
become its KD-forum's meetings. Each has on its agenda the decision and discussion
cases of the KKR meeting it prepares (the same titles, decided once the forum has met)
and any other business; those KKR items name the forum meeting that prepared them
("Forberedt i KD-forum Nordjylland den 20. august 2026").
"""

from __future__ import annotations

from dataclasses import replace

from kkr_tui.domain.fora import Forum, ForumKind, ForumMember
from kkr_tui.domain.models import (
    AgendaItem,
    ItemKind,
    ItemState,
    Meeting,
    MeetingState,
    Series,
)
from kkr_tui.domain.reference import COUNCILS
from kkr_tui.i18n.dates import prose_date
from kkr_tui.store.demo_agendas import ITEM_TITLES, Recorder, history
from kkr_tui.store.transaction import Transaction

# The KKR cases a forum meeting takes up first: those KKR is to decide or discuss.
_CASES = {title for title, _, _ in ITEM_TITLES}
_PREPARED_KINDS = (ItemKind.DECISION, ItemKind.DISCUSSION)
_PREPARED_PER_MEETING = 2
# Per kind: the forum item's resumé, recommendation and decision.
_FORUM_TEXTS = {
    ItemKind.DECISION: (
        "Sagen forelægges KKR på mødet den {day}. Kommunaldirektørforum kvalificerer"
        " indstillingen til KKR.",
        "1. at kommunaldirektørforum anbefaler KKR at godkende indstillingen",
        "Kommunaldirektørforum anbefalede indstillingen over for KKR.",
    ),
    ItemKind.DISCUSSION: (
        "KKR drøfter sagen på mødet den {day}. Kommunaldirektørforum drøfter først,"
        " hvad kommunerne bør lægge vægt på.",
        "1. at kommunaldirektørforum drøfter sagen forud for KKR's drøftelse",
        "Kommunaldirektørforum drøftede sagen; bemærkningerne indgår i sagsfremstillingen til KKR.",
    ),
    ItemKind.INFORMATION: ("", "", "Intet."),  # any other business
}

_DIRECTORS = ("Karin", "Jesper", "Lone", "Morten", "Hanne", "Søren", "Birgitte", "Niels")
_SURNAMES = ("Direktørsen", "Forvaltningsen", "Chefgaard", "Embedsen")
# (name pattern, kind, subject, member title)
_FORA = (
    ("KD-forum {region}", ForumKind.MUNICIPAL_DIRECTORS, "", "Kommunaldirektør"),
    (
        "FD-forum for social og sundhed",
        ForumKind.PROFESSIONAL_DIRECTORS,
        "social og sundhed",
        "Social- og sundhedsdirektør",
    ),
    (
        "FD-forum for beskæftigelse og uddannelse",
        ForumKind.PROFESSIONAL_DIRECTORS,
        "beskæftigelse og uddannelse",
        "Arbejdsmarkedsdirektør",
    ),
)


def add_fora(tx: Transaction, rec: Recorder) -> None:
    """The fora of every council (called once by build_demo, after the meetings and
    their items; each forum meeting's secretary is the KKR meeting's)."""
    meetings = tx.all(Meeting)
    items = tx.all(AgendaItem)
    for index, council in enumerate(COUNCILS):
        region = council.name.removeprefix("KKR ")
        fora = []
        for n, (pattern, kind, subject, title) in enumerate(_FORA):
            members = []
            for m, municipality in enumerate(council.municipalities[:4]):
                first = _DIRECTORS[(index + n + m) % len(_DIRECTORS)]
                last = _SURNAMES[(index + m) % len(_SURNAMES)]
                mail = f"{first}.{last}@{municipality}.eksempel.dk".lower()
                mail = mail.replace("ø", "oe").replace("æ", "ae").replace("å", "aa")
                members.append(
                    ForumMember(f"{first} {last}", title, municipality, mail.replace(" ", ""))
                )
            fora.append(
                tx.add(
                    Forum(
                        council=council.slug,
                        name=pattern.format(region=region),
                        kind=kind,
                        subject=subject,
                        members=tuple(members),
                    )
                )
            )
        _link_meetings(tx, council.slug, fora[0], meetings, items, rec)


def _link_meetings(
    tx: Transaction,
    slug: str,
    forum: Forum,
    meetings: list[Meeting],
    items: list[AgendaItem],
    rec: Recorder,
) -> None:
    """The council's directors' forum meetings are the KD-forum's. Each prepares the
    first KKR meeting after it: it has that meeting's decision and discussion cases
    on its own agenda, and the KKR items name it as the meeting that prepared them."""
    own = sorted((m for m in meetings if m.council == slug), key=lambda m: m.start)
    for meeting in own:
        if meeting.series is not Series.DIRECTORS:
            continue
        tx.update(meeting.with_changes(forum_id=forum.id))
        after = next((m for m in own if m.series is Series.KKR and m.start > meeting.start), None)
        if after is None:
            continue
        cases = sorted(
            (
                i
                for i in items
                if i.meeting_id == after.id
                and i.title in _CASES
                and i.kind in _PREPARED_KINDS
                and i.state is not ItemState.POSTPONED
            ),
            key=lambda i: i.number,
        )[:_PREPARED_PER_MEETING]
        for case in cases:
            tx.update(case.with_changes(prepared_in=meeting.id))
        # The secretary who owns the KKR meeting's frame serves the forum too.
        frame = min((i for i in items if i.meeting_id == after.id), key=lambda i: i.number)
        _add_forum_agenda(tx, meeting, after, cases, replace(rec, secretary=frame.responsible))


def _add_forum_agenda(
    tx: Transaction, meeting: Meeting, kkr: Meeting, cases: list[AgendaItem], rec: Recorder
) -> None:
    """The forum meeting's items: the KKR cases it prepares (same title, kind and
    case officer), then any other business; decided once the forum has met."""
    done = meeting.state is MeetingState.HELD
    day = prose_date(kkr.day, "da")
    agenda = [
        (case.title, case.kind, case.policy_area, case.responsible or rec.secretary, case.state)
        for case in cases
    ]
    agenda.append(("Eventuelt", ItemKind.INFORMATION, "", rec.secretary, ItemState.DRAFT))
    items = []
    for number, (title, kind, area, responsible, kkr_state) in enumerate(agenda, start=1):
        if done:
            state = ItemState.DISPATCHED
        elif kkr_state in (ItemState.SUBMITTED, ItemState.APPROVED):
            state = ItemState.SUBMITTED  # the material for KKR serves the forum first
        else:
            state = ItemState.DRAFT
        resume, recommendation, decision = _FORUM_TEXTS[kind]
        items.append(
            AgendaItem(
                meeting_id=meeting.id,
                number=number,
                title=title,
                kind=kind,
                policy_area=area,
                responsible=responsible,
                resume=resume.format(day=day),
                recommendation=recommendation,
                decision=decision if done else "",
                state=state,
                history=history(meeting, state, number, rec),
            )
        )
    tx.add_all(items)
