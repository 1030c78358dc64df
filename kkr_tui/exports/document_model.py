"""The one model of a meeting document (agenda or decision minutes) that every format
is rendered from: Markdown, HTML, plain text, PDF and Word say the same because they
read the same `Document`.

Built from a store Snapshot in the catalogue's language; the texts are the user's own,
not yet escaped (each renderer makes them literal in its format). Nothing here reads a
clock or a file.

The public version (for kl.dk) is decided here, once: a closed item keeps only its
number and "Lukket punkt", so no renderer can leak its title, texts or attachments.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pendulum

from kkr_tui.domain.agenda_content import outcome_line
from kkr_tui.domain.fora import meeting_name, prepared_in_text
from kkr_tui.domain.joint import councils_text
from kkr_tui.domain.models import (
    AgendaItem,
    Attachment,
    ItemKind,
    ItemState,
    Meeting,
    MeetingState,
    Member,
    Role,
)
from kkr_tui.domain.workflow import AGENDA_SENT
from kkr_tui.exports import markup
from kkr_tui.i18n import dates, language, t

if TYPE_CHECKING:
    from kkr_tui.store import Snapshot

AGENDA = "agenda"
MINUTES = "minutes"


class DocumentError(ValueError):
    """The document cannot be made (unknown meeting, unknown format)."""


class MinutesNotReady(DocumentError):
    """Decision items without a decision: final minutes would be wrong."""

    def __init__(self, missing: Sequence[tuple[int, AgendaItem]]) -> None:
        self.missing = tuple(missing)
        listed = "; ".join(
            t("export.minutes.missing_item", number=number, title=markup.one_line(item.title))
            for number, item in self.missing
        )
        key = (
            "export.minutes.not_ready_one" if len(self.missing) == 1 else "export.minutes.not_ready"
        )
        super().__init__(t(key, count=len(self.missing), items=listed))


@dataclass(frozen=True)
class DocAttachment:
    number: str  # "3.2"
    title: str
    file_name: str
    sha256: str
    size: int
    suffix: str

    @property
    def label(self) -> str:
        return t("doc.attachment", number=self.number)


@dataclass(frozen=True)
class DocItem:
    number: int
    title: str  # "Lukket punkt" for a closed item in the public version
    kind: str  # "Beslutningssag", ... ("" when hidden)
    closed: bool
    # (label, text) in the document's order: Resumé, Sagsfremstilling, Indstilling,
    # Beslutning. Text may hold paragraphs (blank lines) and "- " bullet lines.
    sections: tuple[tuple[str, str], ...]
    attachments: tuple[DocAttachment, ...]
    responsible: str = ""


@dataclass(frozen=True)
class Document:
    kind: str  # AGENDA or MINUTES
    lang: str
    heading: str  # "KKR Sjælland: KKR-møde"
    name: str  # "Dagsorden" / "Beslutningsreferat"
    when: str  # "torsdag den 9. april 2026 kl. 9.30–12.30"
    place: str
    notes: tuple[str, ...]  # lines that must stand out: UDKAST, aflyst, public version
    attendance: tuple[tuple[str, tuple[str, ...]], ...]  # ("Til stede", names), ...
    items: tuple[DocItem, ...]
    footer: str  # "KKR Sjælland · 9. april 2026 · Lukket møde"
    public: bool
    # The meeting's start: the PDF's and Word file's creation date, so the same data
    # gives the same bytes (never the clock).
    stamp: pendulum.DateTime

    @property
    def title(self) -> str:
        """The document's own title (HTML <title>, PDF and Word metadata)."""
        return f"{self.name} - {self.heading}, {self.when}"


# --- building ---------------------------------------------------------------------------


def build_agenda(snapshot: Snapshot, meeting_id: int, *, public: bool = False) -> Document:
    """The agenda as it goes out: each item with Resumé, Sagsfremstilling, Indstilling
    and its attachments."""
    meeting = _meeting(snapshot, meeting_id)
    items = agenda_items(snapshot, meeting)
    return _document(snapshot, meeting, AGENDA, items, public=public, draft=False)


def build_minutes(
    snapshot: Snapshot, meeting_id: int, *, public: bool = False, draft: bool = False
) -> Document:
    """The decision minutes: attendance where recorded, each item with its outcome.

    Raises MinutesNotReady when a beslutningssag has no decision, unless `draft`, and
    DocumentError for a cancelled meeting (it has no minutes, not even a draft).
    """
    meeting = _meeting(snapshot, meeting_id)
    if meeting.state is MeetingState.CANCELLED:
        raise DocumentError(t("export.minutes.cancelled"))
    items = agenda_items(snapshot, meeting)
    missing = missing_decisions(items)
    if missing and not draft:
        raise MinutesNotReady(missing)
    return _document(snapshot, meeting, MINUTES, items, public=public, draft=draft)


def agenda_items(snapshot: Snapshot, meeting: Meeting) -> list[tuple[int, AgendaItem]]:
    """The items on the agenda with the number they carry in the document.

    Before the agenda goes out, postponed items have moved on and are left out; the
    rest are numbered 1, 2, 3 ... in their stored order. Once it has gone out, an item
    postponed at the meeting keeps its place (the members' numbering), and the minutes
    say "Punktet blev udsat".
    """
    items = snapshot.items_for(meeting.id)
    if meeting.state not in AGENDA_SENT:
        items = [i for i in items if i.state is not ItemState.POSTPONED]
    return list(enumerate(items, start=1))


def missing_decisions(items: Sequence[tuple[int, AgendaItem]]) -> list[tuple[int, AgendaItem]]:
    return [
        (number, item)
        for number, item in items
        if item.kind is ItemKind.DECISION
        and item.state is not ItemState.POSTPONED
        and not item.decision.strip()
    ]


def _document(
    snapshot: Snapshot,
    meeting: Meeting,
    kind: str,
    items: Sequence[tuple[int, AgendaItem]],
    *,
    public: bool,
    draft: bool,
) -> Document:
    council = snapshot.council(meeting.council).name
    # A joint meeting's heading names all its councils, the holding one first.
    councils = councils_text(meeting, {c.slug: c.name for c in snapshot.councils})
    notes: list[str] = []
    if draft:
        notes.append(t("export.minutes.draft"))
    if meeting.state is MeetingState.CANCELLED:
        reason = markup.one_line(meeting.cancel_reason)
        notes.append(
            t("export.cancelled_because", reason=reason) if reason else t("export.cancelled")
        )
    doc_items = tuple(
        _item(number, item, kind, public, _prepared(snapshot, item)) for number, item in items
    )
    footer_parts = [council, dates.prose_day(meeting.day), t("doc.closed_meeting")]
    if draft:
        footer_parts.append(t("export.minutes.draft").split(" ")[0])
    return Document(
        kind=kind,
        lang=language(),
        heading=f"{councils}: {meeting_name(meeting, snapshot.fora)}",
        name=t("export.agenda") if kind == AGENDA else t("export.minutes"),
        when=prose_when(meeting),
        place=place_text(meeting),
        notes=tuple(notes),
        # Published minutes list who attended, also on kl.dk.
        attendance=_attendance(snapshot, meeting) if kind == MINUTES else (),
        items=doc_items,
        footer=" · ".join(footer_parts),
        public=public,
        stamp=meeting.start,
    )


def _prepared(snapshot: Snapshot, item: AgendaItem) -> str:
    """ "Forberedt i KD-forum Sjælland den 2. april 2026", or "" (kkr_tui.domain.fora)."""
    forum_meeting = snapshot.meeting(item.prepared_in) if item.prepared_in else None
    return prepared_in_text(forum_meeting, snapshot.fora) if forum_meeting else ""


def _item(number: int, item: AgendaItem, kind: str, public: bool, prepared: str = "") -> DocItem:
    if public and item.closed:
        return DocItem(number, t("doc.closed_item"), "", True, (), ())
    sections: list[tuple[str, str]] = []
    if prepared:
        sections.append((t("fora.preparation"), prepared))
    for label, text in (
        (t("doc.resume"), item.resume),
        (t("doc.case_text"), item.case_text),
        (t("doc.recommendation"), item.recommendation),
    ):
        if text.strip():
            sections.append((label, text))
    if kind == MINUTES and item.state is ItemState.POSTPONED:
        sections.append((t("doc.decision"), t("doc.postponed")))
    elif kind == MINUTES:
        outcome = outcome_line(item)
        sections.append((t("doc.decision"), outcome or t("export.decision_missing")))
    attachments = tuple(
        _attachment(f"{number}.{index}", a) for index, a in enumerate(item.attachments, start=1)
    )
    kind_text = t(f"kind.{item.kind.value}")
    if item.closed:  # the members see that it is closed, and so must not pass it on
        kind_text = f"{kind_text} · {t('doc.closed_item')}"
    return DocItem(
        number,
        item.title,
        kind_text,
        item.closed,
        tuple(sections),
        attachments,
        item.responsible,
    )


def _attachment(number: str, attachment: Attachment) -> DocAttachment:
    return DocAttachment(
        number,
        attachment.title,
        attachment.file_name,
        attachment.sha256,
        attachment.size,
        attachment.suffix,
    )


def _meeting(snapshot: Snapshot, meeting_id: int) -> Meeting:
    meeting = snapshot.find_meeting(meeting_id)
    if meeting is None:
        raise DocumentError(t("export.no_meeting", id=meeting_id))
    return meeting


def prose_when(meeting: Meeting) -> str:
    """'torsdag den 9. april 2026 kl. 9.30–12.30' (GLOSSARY: prose and documents)."""
    return dates.prose_when(meeting.start, meeting.end, dash="–")


def place_text(meeting: Meeting) -> str:
    if meeting.is_online:
        return t("online")
    return meeting.place if meeting.place.strip() else t("export.place_unset")


_ROLE_ORDER = {Role.CHAIR: 0, Role.VICE_CHAIR: 1}


def _attendance(snapshot: Snapshot, meeting: Meeting) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """'Til stede' and 'Afbud' lists from Meeting.attendance (member id -> status)."""
    if not meeting.attendance:
        return ()
    members = {str(m.id): m for m in snapshot.members}
    present: list[tuple[tuple[int, str], str]] = []
    absent: list[tuple[tuple[int, str], str]] = []
    for member_id, status in meeting.attendance.items():
        member = members.get(member_id)
        key = _member_order(member, member_id)
        name = _member_line(member, member_id)
        if status == "present":
            present.append((key, name))
        elif status == "absent":
            absent.append((key, name))
        elif status.startswith("substitute:"):
            substitute = status.removeprefix("substitute:").strip()
            if substitute and member is not None and member.mayor:
                # For a mayor the deputy mayor comes: "stedfortræder X deltog".
                note = t("afbud.export_deputy", name=substitute)
            elif substitute:
                note = t("export.substitute", name=substitute)
            else:
                note = t("export.substitute_unnamed")
            absent.append((key, f"{name} ({note})"))
        # Anything else is not a recorded attendance; leave it out rather than guess.
    return tuple(
        (heading, tuple(text for _, text in sorted(entries)))
        for heading, entries in ((t("export.present"), present), (t("export.absent"), absent))
        if entries
    )


def _member_order(member: Member | None, member_id: str) -> tuple[int, str]:
    if member is None:
        return (3, member_id.zfill(12))
    return (_ROLE_ORDER.get(member.role, 2), markup.one_line(member.name).casefold())


def _member_line(member: Member | None, member_id: str) -> str:
    if member is None:
        return t("export.unknown_member", id=member_id)
    line = f"{member.name}, {member.municipality}"
    if member.role in _ROLE_ORDER:
        line = f"{line}, {t(f'role.{member.role.value}')}"
    return line
