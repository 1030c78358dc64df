"""The agenda and the decision minutes of one meeting in five formats: Markdown, HTML,
plain text, PDF and Word.

The document is built once as a `Document` (kkr_tui.exports.document_model); one
renderer per format writes it, so the formats always say the same thing. Every user
string is made literal by the renderer (see markup). Nothing here reads a clock or a
file: the same database state gives the same bytes (PDF and Word carry a fixed
creation date for the same reason).

One-line use (CLI and UI):
    document_bytes(snapshot, meeting_id, "agenda", "pdf", public=True)
    document_bytes(snapshot, meeting_id, "minutes", "md", draft=False)  # MinutesNotReady

Length: ~430 lines: the two documents' blocks and the three renderers belong
together, so the formats cannot drift apart.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from typing import TYPE_CHECKING

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

if TYPE_CHECKING:
    from kkr_tui.store import Snapshot

__all__ = [
    "AGENDA",
    "FORMATS",
    "MINUTES",
    "DocumentError",
    "MinutesNotReady",
    "agenda_items",
    "build_document",
    "document_bytes",
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
        raise DocumentError(t("export.unknown_format", fmt=fmt, formats=", ".join(FORMATS)))
    return render(build_document(snapshot, meeting_id, kind, public=public, draft=draft), fmt)


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
