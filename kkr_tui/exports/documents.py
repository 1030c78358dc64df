"""The agenda and the decision minutes of one meeting as Markdown, HTML or plain text.

A document is first built as a short list of blocks (title, section, facts, items, ...)
in the catalogue's language; one renderer per format then writes the blocks, so the
three formats always say the same thing. Every user string is escaped by the renderer
(see markup). Nothing here reads a clock or a file: the same database state gives the
same bytes, which is what the golden-file tests hold on to.

One-line use (CLI and UI):
    agenda_document(snapshot, meeting_id, "md")
    minutes_document(snapshot, meeting_id, "html", draft=False)  # MinutesNotReady
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kkr_tui.domain.fora import meeting_name, prepared_in_text
from kkr_tui.domain.formatting import format_day_long, format_day_time, format_time
from kkr_tui.domain.models import (
    AgendaItem,
    ItemKind,
    ItemState,
    Meeting,
    MeetingState,
    Member,
    Role,
)
from kkr_tui.exports import markup
from kkr_tui.i18n import language, t

if TYPE_CHECKING:
    from kkr_tui.store import Snapshot

FORMATS: tuple[str, ...] = ("md", "html", "txt")
TEXT_WIDTH = 78


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


# --- blocks -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Title:
    text: str


@dataclass(frozen=True)
class Section:
    text: str


@dataclass(frozen=True)
class Note:
    """A line that must stand out (draft marker, cancellation)."""

    text: str


@dataclass(frozen=True)
class Facts:
    rows: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Bullets:
    entries: tuple[str, ...]


@dataclass(frozen=True)
class Paragraph:
    text: str


@dataclass(frozen=True)
class Item:
    number: int
    title: str
    kind: str
    # (label, text): recommendation, decision. Text may hold several paragraphs.
    fields: tuple[tuple[str, str], ...] = field(default=())


Block = Title | Section | Note | Facts | Bullets | Paragraph | Item


# --- content ----------------------------------------------------------------------------


def agenda_document(snapshot: Snapshot, meeting_id: int, fmt: str) -> str:
    """The agenda as it goes out: heading, then each item with kind and recommendation."""
    meeting = _meeting(snapshot, meeting_id)
    blocks: list[Block] = [
        Title(_meeting_title(snapshot, meeting)),
        Section(t("export.agenda")),
        _facts(meeting),
    ]
    blocks.extend(_cancellation(meeting))
    items = agenda_items(snapshot, meeting)
    if not items:
        blocks.append(Paragraph(t("export.no_items")))
    for number, item in items:
        fields = []
        forum_meeting = snapshot.meeting(item.prepared_in) if item.prepared_in else None
        if forum_meeting is not None:
            prepared = prepared_in_text(forum_meeting, snapshot.fora)
            fields.append((t("fora.preparation"), prepared))
        if item.recommendation.strip():
            fields.append((t("export.recommendation"), item.recommendation))
        blocks.append(Item(number, item.title, t(f"kind.{item.kind.value}"), tuple(fields)))
    return render(blocks, fmt, title=_page_title(t("export.agenda"), snapshot, meeting))


def minutes_document(snapshot: Snapshot, meeting_id: int, fmt: str, *, draft: bool = False) -> str:
    """The decision minutes for kl.dk: attendance where recorded, each item's decision.

    Raises MinutesNotReady when a decision item has no decision, unless `draft`, and
    DocumentError for a cancelled meeting (it has no minutes, not even a draft).
    """
    meeting = _meeting(snapshot, meeting_id)
    if meeting.state is MeetingState.CANCELLED:
        raise DocumentError(t("export.minutes.cancelled"))
    items = agenda_items(snapshot, meeting)
    missing = missing_decisions(items)
    if missing and not draft:
        raise MinutesNotReady(missing)
    blocks: list[Block] = [
        Title(_meeting_title(snapshot, meeting)),
        Section(t("export.minutes")),
    ]
    if draft:
        blocks.append(Note(t("export.minutes.draft")))
    blocks.append(_facts(meeting))
    blocks.extend(_cancellation(meeting))
    blocks.extend(_attendance(snapshot, meeting))
    blocks.append(Section(t("export.items")))
    if not items:
        blocks.append(Paragraph(t("export.no_items")))
    for number, item in items:
        fields = []
        if item.recommendation.strip():
            fields.append((t("export.recommendation"), item.recommendation))
        if item.decision.strip():
            fields.append((t("export.decision"), item.decision))
        elif item.kind is ItemKind.DECISION:
            fields.append((t("export.decision"), t("export.decision_missing")))
        blocks.append(Item(number, item.title, t(f"kind.{item.kind.value}"), tuple(fields)))
    return render(blocks, fmt, title=_page_title(t("export.minutes"), snapshot, meeting))


def agenda_items(snapshot: Snapshot, meeting: Meeting) -> list[tuple[int, AgendaItem]]:
    """The items on the agenda with the number they carry in the document.

    Postponed items have moved to a later meeting and are left out; the rest are
    numbered 1, 2, 3 ... in their stored order, as an agenda that goes out must be.
    """
    kept = [i for i in snapshot.items_for(meeting.id) if i.state is not ItemState.POSTPONED]
    return list(enumerate(kept, start=1))


def missing_decisions(items: Sequence[tuple[int, AgendaItem]]) -> list[tuple[int, AgendaItem]]:
    return [
        (number, item)
        for number, item in items
        if item.kind is ItemKind.DECISION and not item.decision.strip()
    ]


def _meeting(snapshot: Snapshot, meeting_id: int) -> Meeting:
    meeting = snapshot.find_meeting(meeting_id)
    if meeting is None:
        raise DocumentError(t("export.no_meeting", id=meeting_id))
    return meeting


def _meeting_title(snapshot: Snapshot, meeting: Meeting) -> str:
    """'KKR Sjælland: KKR-møde', the way the meeting is named in the calendar too."""
    return f"{snapshot.council(meeting.council).name}: {meeting_name(meeting, snapshot.fora)}"


def _page_title(kind: str, snapshot: Snapshot, meeting: Meeting) -> str:
    """The HTML <title> (a browser's default name when printing to PDF)."""
    return f"{kind} - {_meeting_title(snapshot, meeting)}, {format_day_long(meeting.day)}"


def time_range(meeting: Meeting) -> str:
    start, end = meeting.start, meeting.end
    if end.date() != start.date():
        return t("export.time_span", start=format_time(start), end=format_day_time(end))
    return t("export.time_range", start=format_time(start), end=format_time(end))


def place_text(meeting: Meeting) -> str:
    if meeting.is_online:
        return t("online")
    return meeting.place if meeting.place.strip() else t("export.place_unset")


def _facts(meeting: Meeting) -> Facts:
    return Facts(
        (
            (t("export.date"), format_day_long(meeting.day)),
            (t("export.time"), time_range(meeting)),
            (t("export.place"), place_text(meeting)),
        )
    )


def _cancellation(meeting: Meeting) -> list[Block]:
    if meeting.state is not MeetingState.CANCELLED:
        return []
    if meeting.cancel_reason.strip():
        return [Note(t("export.cancelled_because", reason=markup.one_line(meeting.cancel_reason)))]
    return [Note(t("export.cancelled"))]


_ROLE_ORDER = {Role.CHAIR: 0, Role.VICE_CHAIR: 1}


def _attendance(snapshot: Snapshot, meeting: Meeting) -> list[Block]:
    """'Til stede' and 'Afbud' lists from Meeting.attendance (member id -> status)."""
    if not meeting.attendance:
        return []
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
            note = (
                t("export.substitute", name=substitute)
                if substitute
                else t("export.substitute_unnamed")
            )
            absent.append((key, f"{name} ({note})"))
        # Anything else is not a recorded attendance; leave it out rather than guess.
    blocks: list[Block] = []
    for heading, entries in ((t("export.present"), present), (t("export.absent"), absent)):
        if entries:
            blocks.append(Section(heading))
            blocks.append(Bullets(tuple(text for _, text in sorted(entries))))
    return blocks


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


# --- rendering --------------------------------------------------------------------------


def render(blocks: Sequence[Block], fmt: str, *, title: str) -> str:
    renderer = _RENDERERS.get(fmt)
    if renderer is None:
        raise DocumentError(t("export.unknown_format", fmt=fmt, formats=", ".join(FORMATS)))
    return renderer(blocks, title)


def _render_md(blocks: Sequence[Block], title: str) -> str:
    out: list[str] = []
    for block in blocks:
        match block:
            case Title(text):
                out.append(f"# {markup.md_inline(markup.one_line(text))}")
            case Section(text):
                out.append(f"## {markup.md_inline(markup.one_line(text))}")
            case Note(text):
                out.append(f"**{markup.md_inline(markup.one_line(text))}**")
            case Facts(rows):
                out.append(
                    "\n".join(
                        f"- **{markup.md_inline(label)}:** {markup.md_inline(markup.one_line(v))}"
                        for label, v in rows
                    )
                )
            case Bullets(entries):
                out.append("\n".join(f"- {markup.md_inline(markup.one_line(e))}" for e in entries))
            case Paragraph(text):
                out.extend(markup.md_paragraphs(text))
            case Item(number, item_title, kind, fields):
                out.append(f"### {number}. {markup.md_inline(markup.one_line(item_title))}")
                out.append(f"*{markup.md_inline(kind)}*")
                for label, text in fields:
                    parts = markup.md_paragraphs(text) or [""]
                    out.append(f"**{markup.md_inline(label)}:** {parts[0]}".rstrip())
                    out.extend(parts[1:])
    return "\n\n".join(out) + "\n"


def _render_html(blocks: Sequence[Block], title: str) -> str:
    esc = markup.html_text
    body: list[str] = []
    for block in blocks:
        match block:
            case Title(text):
                body.append(f"<h1>{esc(markup.one_line(text))}</h1>")
            case Section(text):
                body.append(f"<h2>{esc(markup.one_line(text))}</h2>")
            case Note(text):
                body.append(f"<p><strong>{esc(markup.one_line(text))}</strong></p>")
            case Facts(rows):
                lines = "<br>\n".join(
                    f"<strong>{esc(label)}:</strong> {esc(markup.one_line(v))}" for label, v in rows
                )
                body.append(f"<p>{lines}</p>")
            case Bullets(entries):
                listed = "\n".join(f"<li>{esc(markup.one_line(e))}</li>" for e in entries)
                body.append(f"<ul>\n{listed}\n</ul>")
            case Paragraph(text):
                body.extend(f"<p>{p}</p>" for p in markup.html_paragraphs(text))
            case Item(number, item_title, kind, fields):
                body.append(f"<h3>{number}. {esc(markup.one_line(item_title))}</h3>")
                body.append(f"<p><em>{esc(kind)}</em></p>")
                for label, text in fields:
                    parts = markup.html_paragraphs(text) or [""]
                    body.append(f"<p><strong>{esc(label)}:</strong> {parts[0]}</p>")
                    body.extend(f"<p>{p}</p>" for p in parts[1:])
    head = (
        "<!DOCTYPE html>\n"
        f'<html lang="{language()}">\n'
        "<head>\n"
        '<meta charset="utf-8">\n'
        f"<title>{esc(markup.one_line(title))}</title>\n"
        "</head>\n"
        "<body>\n"
    )
    return head + "\n".join(body) + "\n</body>\n</html>\n"


def _wrap(text: str, indent: str, first: str | None = None) -> list[str]:
    first = indent if first is None else first
    return textwrap.wrap(
        text,
        width=TEXT_WIDTH,
        initial_indent=first,
        subsequent_indent=indent,
        break_long_words=False,
        break_on_hyphens=False,
    ) or [first.rstrip()]


def _render_txt(blocks: Sequence[Block], title: str) -> str:
    out: list[str] = []
    for block in blocks:
        match block:
            case Title(text):
                line = markup.one_line(text)
                out.append(f"{line}\n{'=' * len(line)}")
            case Section(text):
                line = markup.one_line(text)
                out.append(f"{line}\n{'-' * len(line)}")
            case Note(text):
                out.append("\n".join(_wrap(f"*** {markup.one_line(text)} ***", "")))
            case Facts(rows):
                width = max(len(label) for label, _ in rows) + 1
                out.append(
                    "\n".join(
                        line
                        for label, v in rows
                        for line in _wrap(
                            markup.one_line(v), " " * (width + 1), f"{label + ':':<{width}} "
                        )
                    )
                )
            case Bullets(entries):
                out.append(
                    "\n".join(
                        line for e in entries for line in _wrap(markup.one_line(e), "  ", "- ")
                    )
                )
            case Paragraph(text):
                out.extend("\n".join(_wrap(" ".join(p), "")) for p in markup.paragraphs(text))
            case Item(number, item_title, kind, fields):
                head = f"{number}. "
                indent = " " * len(head)
                lines = _wrap(markup.one_line(item_title), indent, head)
                lines.extend(_wrap(kind, indent))
                for label, text in fields:
                    lines.extend(_field_lines(label, text, indent))
                out.append("\n".join(lines))
    return "\n\n".join(out) + "\n"


def _field_lines(label: str, text: str, indent: str) -> list[str]:
    """'Indstilling: ...' wrapped under the item; the writer's own line breaks are kept."""
    lines: list[str] = []
    blocks = markup.paragraphs(text)
    for index, block in enumerate(blocks):
        if index:
            lines.append("")
        for row, line in enumerate(block):
            first = f"{indent}{label}: " if index == 0 and row == 0 else indent
            lines.extend(_wrap(line, indent, first))
    return lines or [f"{indent}{label}:"]


_RENDERERS: dict[str, Callable[[Sequence[Block], str], str]] = {
    "md": _render_md,
    "html": _render_html,
    "txt": _render_txt,
}
