"""The demo's directors' fora: per council one kommunaldirektørforum and two
fagdirektørfora, with fictional directors as members.

The directors' forum meetings the demo already holds (Nordjylland and Midtjylland, in
October) become the KD-forum's meetings, and the item they prepared on the council's
November KKR agenda names them ("Forberedt i KD-forum Nordjylland den 8. oktober 2026").
"""

from __future__ import annotations

from kkr_tui.domain.fora import Forum, ForumKind, ForumMember
from kkr_tui.domain.models import AgendaItem, Meeting, Series
from kkr_tui.domain.reference import COUNCILS
from kkr_tui.store.transaction import Transaction

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


def add_fora(tx: Transaction) -> None:
    """The fora of every council (called once by build_demo)."""
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
        _link_meetings(tx, council.slug, fora[0], meetings, items)


def _link_meetings(
    tx: Transaction, slug: str, forum: Forum, meetings: list[Meeting], items: list[AgendaItem]
) -> None:
    """The council's directors' forum meetings are the KD-forum's; the first KKR meeting
    after each names it on its first item as the meeting that prepared it."""
    own = sorted((m for m in meetings if m.council == slug), key=lambda m: m.start)
    for meeting in own:
        if meeting.series is not Series.DIRECTORS:
            continue
        tx.update(meeting.with_changes(forum_id=forum.id))
        after = next((m for m in own if m.series is Series.KKR and m.start > meeting.start), None)
        if after is None:
            continue
        agenda = sorted((i for i in items if i.meeting_id == after.id), key=lambda i: i.number)
        if agenda:
            tx.update(agenda[0].with_changes(prepared_in=meeting.id))
