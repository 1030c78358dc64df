"""The agenda and the decision minutes of one meeting in five formats: Markdown, HTML,
plain text, PDF and Word.

The document is built once as a `Document` (kkr_tui.exports.document_model); one
renderer per format writes it, so the formats always say the same thing. Every user
string is made literal by the renderer (see markup). Nothing here reads a clock or a
file: the same database state gives the same bytes (PDF and Word carry a fixed
creation date for the same reason).

One-line use (CLI and UI):
    document_bytes(snapshot, meeting_id, "agenda", "pdf", public=True)
    agenda_document(snapshot, meeting_id, "md")
    minutes_document(snapshot, meeting_id, "html", draft=False)  # MinutesNotReady
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from typing import TYPE_CHECKING

<<<<<<< HEAD
from kkr_tui.domain.formatting import format_day_time, format_time
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
from kkr_tui.i18n.dates import prose_day
=======
from kkr_tui.exports import markup
from kkr_tui.exports.document_model import (
    AGENDA,
    MINUTES,
    DocItem,
    Document,
    DocumentError,
    MinutesNotReady,
    agenda_items,
    build_agenda,
    build_minutes,
    missing_decisions,
    place_text,
    prose_when,
)
from kkr_tui.i18n import t
>>>>>>> main

if TYPE_CHECKING:
    from kkr_tui.store import Snapshot

__all__ = [
    "AGENDA",
    "FORMATS",
    "MINUTES",
    "DocumentError",
    "MinutesNotReady",
    "agenda_document",
    "agenda_items",
    "build_document",
    "document_bytes",
    "minutes_document",
    "missing_decisions",
    "place_text",
    "prose_when",
    "render",
]

FORMATS: tuple[str, ...] = ("md", "html", "txt", "pdf", "docx")
TEXT_FORMATS: tuple[str, ...] = ("md", "html", "txt")
TEXT_WIDTH = 78


def build_document(
    snapshot: Snapshot, meeting_id: int, kind: str, *, public: bool = False, draft: bool = False
) -> Document:
    if kind == AGENDA:
        return build_agenda(snapshot, meeting_id, public=public)
    return build_minutes(snapshot, meeting_id, public=public, draft=draft)


<<<<<<< HEAD
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
    return f"{snapshot.council(meeting.council).name}: {t(f'series.{meeting.series.value}')}"


def _page_title(kind: str, snapshot: Snapshot, meeting: Meeting) -> str:
    """The HTML <title> (a browser's default name when printing to PDF)."""
    return f"{kind} - {_meeting_title(snapshot, meeting)}, {prose_day(meeting.day)}"


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
            (t("export.date"), prose_day(meeting.day)),
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
=======
def document_bytes(
    snapshot: Snapshot,
    meeting_id: int,
    kind: str,
    fmt: str,
    *,
    public: bool = False,
    draft: bool = False,
) -> bytes:
    """The agenda or minutes in `fmt`, ready to write."""
    if fmt not in FORMATS:
>>>>>>> main
        raise DocumentError(t("export.unknown_format", fmt=fmt, formats=", ".join(FORMATS)))
    return render(build_document(snapshot, meeting_id, kind, public=public, draft=draft), fmt)


def agenda_document(snapshot: Snapshot, meeting_id: int, fmt: str, *, public: bool = False) -> str:
    """The agenda as text (md, html or txt)."""
    return _text(build_agenda(snapshot, meeting_id, public=public), fmt)


def minutes_document(
    snapshot: Snapshot, meeting_id: int, fmt: str, *, draft: bool = False, public: bool = False
) -> str:
    """The decision minutes as text (md, html or txt); see build_minutes for refusals."""
    return _text(build_minutes(snapshot, meeting_id, draft=draft, public=public), fmt)


def _text(doc: Document, fmt: str) -> str:
    renderer = _TEXT_RENDERERS.get(fmt)
    if renderer is None:
        formats = ", ".join(TEXT_FORMATS)
        raise DocumentError(t("export.unknown_format", fmt=fmt, formats=formats))
    return renderer(doc)


def render(doc: Document, fmt: str) -> bytes:
    if fmt == "pdf":
        from kkr_tui.exports.pdf import render_pdf  # fpdf2 only when a PDF is asked for

        return render_pdf(doc)
    if fmt == "docx":
        from kkr_tui.exports.word import render_docx

        return render_docx(doc)
    return _text(doc, fmt).encode("utf-8")


def blocks_of(text: str) -> list[tuple[str, list[str]]]:
    """A section's text as ("bullets", lines) and ("lines", lines) blocks.

    Paragraphs are split at blank lines; in a paragraph, a run of lines starting
    "- " is a bullet list, the other lines keep the writer's line breaks.
    """
    out: list[tuple[str, list[str]]] = []
    for paragraph in markup.paragraphs(text):
        for line in paragraph:
            kind = "bullets" if line.startswith("- ") else "lines"
            shown = line[2:].strip() if kind == "bullets" else line
            if out and out[-1][0] == kind and out[-1] is not _BREAK:
                out[-1][1].append(shown)
            else:
                out.append((kind, [shown]))
        out.append(_BREAK)
    return [b for b in out if b is not _BREAK]


_BREAK: tuple[str, list[str]] = ("break", [])


def attachment_line(number_label: str, title: str, file_name: str) -> str:
    return f"{number_label}: {markup.one_line(title)} ({markup.one_line(file_name)})"


# --- Markdown ---------------------------------------------------------------------------


def _render_md(doc: Document) -> str:
    def inline(text: str) -> str:
        return markup.md_inline(markup.one_line(text))

    out = [f"# {inline(doc.heading)}", f"## {inline(doc.name)}"]
    out.extend(f"**{inline(note)}**" for note in doc.notes)
    out.append(
        f"{inline(doc.when)}\\\n**{markup.md_inline(t('export.place'))}:** {inline(doc.place)}"
    )
    if doc.items:
        out.append(f"## {markup.md_inline(t('doc.contents'))}")
        out.append("\n".join(f"{i.number}\\. {inline(i.title)}" + "  " for i in doc.items))
    for heading, names in doc.attendance:
        out.append(f"## {markup.md_inline(heading)}")
        out.append("\n".join(f"- {inline(name)}" for name in names))
    if not doc.items:
        out.append(markup.md_inline(t("export.no_items")))
    for item in doc.items:
        out.append(f"## {item.number}. {inline(item.title)}")
        if item.kind:
            out.append(f"*{markup.md_inline(item.kind)}*")
        for label, text in item.sections:
            out.append(f"### {markup.md_inline(label)}")
            for kind, lines in blocks_of(text):
                if kind == "bullets":
                    out.append("\n".join(f"- {markup.md_inline(line)}" for line in lines))
                else:
                    out.append("\\\n".join(markup.md_line(line) for line in lines))
        if item.attachments:
            out.append(f"### {markup.md_inline(t('doc.attachments'))}")
            out.append(
                "\n".join(
                    f"- {markup.md_inline(attachment_line(a.label, a.title, a.file_name))}"
                    for a in item.attachments
                )
            )
    out.append(f"---\n\n*{inline(doc.footer)}*")
    return "\n\n".join(out) + "\n"


# --- HTML -------------------------------------------------------------------------------


def _render_html(doc: Document) -> str:
    def esc(text: str) -> str:
        return markup.html_text(markup.one_line(text))

    body = [f"<h1>{esc(doc.heading)}</h1>", f"<h2>{esc(doc.name)}</h2>"]
    body.extend(f'<p class="note"><strong>{esc(note)}</strong></p>' for note in doc.notes)
    body.append(
        f"<p>{esc(doc.when)}<br>\n<strong>{esc(t('export.place'))}:</strong> {esc(doc.place)}</p>"
    )
    if doc.items:
        body.append(f"<h2>{esc(t('doc.contents'))}</h2>")
        listed = "\n".join(f"<li>{esc(i.title)}</li>" for i in doc.items)
        body.append(f"<ol>\n{listed}\n</ol>")
    for heading, names in doc.attendance:
        body.append(f"<h2>{esc(heading)}</h2>")
        body.append("<ul>\n" + "\n".join(f"<li>{esc(n)}</li>" for n in names) + "\n</ul>")
    if not doc.items:
        body.append(f"<p>{esc(t('export.no_items'))}</p>")
    for item in doc.items:
        body.append(f'<h2 id="punkt-{item.number}">{item.number}. {esc(item.title)}</h2>')
        if item.kind:
            body.append(f"<p><em>{esc(item.kind)}</em></p>")
        for label, text in item.sections:
            body.append(f"<h3>{esc(label)}</h3>")
            for kind, lines in blocks_of(text):
                if kind == "bullets":
                    listed = "\n".join(f"<li>{markup.html_text(line)}</li>" for line in lines)
                    body.append(f"<ul>\n{listed}\n</ul>")
                else:
                    body.append("<p>" + "<br>\n".join(markup.html_text(x) for x in lines) + "</p>")
        if item.attachments:
            body.append(f"<h3>{esc(t('doc.attachments'))}</h3>")
            listed = "\n".join(
                f"<li>{esc(attachment_line(a.label, a.title, a.file_name))}</li>"
                for a in item.attachments
            )
            body.append(f"<ul>\n{listed}\n</ul>")
    body.append(f"<footer><p>{esc(doc.footer)}</p></footer>")
    head = (
        "<!DOCTYPE html>\n"
        f'<html lang="{doc.lang}">\n'
        "<head>\n"
        '<meta charset="utf-8">\n'
        f"<title>{esc(doc.title)}</title>\n"
        "</head>\n"
        "<body>\n"
    )
    return head + "\n".join(body) + "\n</body>\n</html>\n"


# --- plain text -------------------------------------------------------------------------


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


def _underlined(text: str, char: str) -> str:
    line = markup.one_line(text)
    return f"{line}\n{char * len(line)}"


def _render_txt(doc: Document) -> str:
    out = [_underlined(doc.heading, "="), _underlined(doc.name, "-")]
    out.extend("\n".join(_wrap(f"*** {markup.one_line(n)} ***", "")) for n in doc.notes)
    place = f"{t('export.place')}: {markup.one_line(doc.place)}"
    out.append("\n".join([*_wrap(markup.one_line(doc.when), ""), *_wrap(place, "  ", "")]))
    if doc.items:
        toc = [
            line
            for i in doc.items
            for line in _wrap(markup.one_line(i.title), "    ", f"{i.number:>2}. ")
        ]
        out.append(_underlined(t("doc.contents"), "-") + "\n" + "\n".join(toc))
    for heading, names in doc.attendance:
        listed = [line for n in names for line in _wrap(markup.one_line(n), "  ", "- ")]
        out.append(_underlined(heading, "-") + "\n" + "\n".join(listed))
    if not doc.items:
        out.append(t("export.no_items"))
    out.extend(_txt_item(item) for item in doc.items)
    out.append("-" * 20 + "\n" + markup.one_line(doc.footer))
    return "\n\n".join(out) + "\n"


def _txt_item(item: DocItem) -> str:
    lines = _wrap(markup.one_line(item.title), "    ", f"{item.number}. ")
    if item.kind:
        lines.extend(_wrap(item.kind, "    "))
    for label, text in item.sections:
        lines.append("")
        lines.append(f"    {label}")
        for n, (kind, rows) in enumerate(blocks_of(text)):
            if n:
                lines.append("")
            for row in rows:
                if kind == "bullets":
                    lines.extend(_wrap(row, "        ", "      - "))
                else:
                    lines.extend(_wrap(row, "      "))
    if item.attachments:
        lines.append("")
        lines.append(f"    {t('doc.attachments')}")
        for a in item.attachments:
            line = attachment_line(a.label, a.title, a.file_name)
            lines.extend(_wrap(line, "        ", "      "))
    return "\n".join(lines)


_TEXT_RENDERERS: dict[str, Callable[[Document], str]] = {
    "md": _render_md,
    "html": _render_html,
    "txt": _render_txt,
}
