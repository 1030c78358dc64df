"""The meeting document as PDF (fpdf2): A4, the council and meeting as the heading,
the Danish date in prose, a numbered table of contents, each item with its sections
and attachments, and on every page a footer with council, date, "Lukket møde" and
"Side 2 af 7".

Font: Source Sans Pro, a TTF shipped as a plain wheel (font-source-sans-pro) and
embedded as a subset. fpdf2's built-in fonts know only Latin-1: æøå would print, but
the en dash of "kl. 9.30–12.30", the bullet and any member's name outside Latin-1
("Łukasz") would not. The user's text is always set as text, never as markup.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import font_source_sans_pro
import pendulum
from fpdf import FPDF
from fpdf.enums import XPos, YPos
from fpdf.fonts import FontFace

from kkr_tui.exports import markup
from kkr_tui.exports.document_model import DocItem, Document
from kkr_tui.exports.documents import attachment_line, blocks_of
from kkr_tui.i18n import t

FONT = "SourceSans"
_FONT_DIR = Path(font_source_sans_pro.__file__).parent / "files"
_FONT_FILES = {
    "": "SourceSansPro-Regular.ttf",
    "B": "SourceSansPro-Bold.ttf",
    "I": "SourceSansPro-It.ttf",
}
MARGIN = 20  # mm
BODY = 10.5  # pt
LINE = 5.2  # mm per body line
# A page-count placeholder fpdf2 replaces when the document is closed.
PAGES_ALIAS = "{nb}"


class _Pdf(FPDF):
    def __init__(self, footer_text: str) -> None:
        super().__init__(orientation="portrait", unit="mm", format="A4")
        self.footer_text = footer_text

    def footer(self) -> None:
        self.set_y(-14)
        self.set_font(FONT, "", 8.5)
        self.set_text_color(90, 90, 90)
        width = self.epw
        self.cell(width * 0.75, 5, self.footer_text, align="L")
        page = t("doc.page", page=self.page_no(), pages=PAGES_ALIAS)
        self.cell(width * 0.25, 5, page, align="R")
        self.set_text_color(0, 0, 0)


def _new_pdf(
    *, footer: str, title: str, author: str, subject: str, lang: str, stamp: pendulum.DateTime
) -> _Pdf:
    """An A4 document with the house font, margins, footer and metadata; `stamp` is
    its creation date, taken from the data so the same data gives the same bytes."""
    pdf = _Pdf(markup.one_line(footer))
    for style, name in _FONT_FILES.items():
        pdf.add_font(FONT, style, _FONT_DIR / name)
    pdf.alias_nb_pages(PAGES_ALIAS)
    pdf.set_margins(MARGIN, MARGIN, MARGIN)
    pdf.set_auto_page_break(auto=True, margin=20)
    pdf.set_title(markup.one_line(title))
    pdf.set_author(markup.one_line(author))
    pdf.set_subject(markup.one_line(subject))
    pdf.set_creator("kkr_tui")
    pdf.set_producer("kkr_tui")
    pdf.set_lang(lang)
    pdf.set_creation_date(stamp)
    pdf.add_page()
    return pdf


def render_pdf(doc: Document) -> bytes:
    pdf = _new_pdf(
        footer=doc.footer,
        title=doc.title,
        author=doc.heading.partition(":")[0],
        subject=f"{doc.name}: {doc.heading}",
        lang=doc.lang,
        stamp=doc.stamp,
    )
    _front(pdf, doc)
    for item in doc.items:
        _item(pdf, item)
    return bytes(pdf.output())


@dataclass(frozen=True)
class TableGroup:
    """Rows that belong together under their first cell (a body and its seats): the
    first cell spans them, and they are kept on one page when they fit on one."""

    first: str
    rows: tuple[tuple[str, ...], ...]  # the other cells, one tuple a row


@dataclass(frozen=True)
class TableSection:
    heading: str  # "KKR Sjælland"
    groups: tuple[TableGroup, ...]


@dataclass(frozen=True)
class TableDocument:
    """A list published as tables, one per section (the udpegninger per council)."""

    title: str
    lead: str  # the line under the title: "Pr. torsdag den 10. september 2026"
    head: tuple[str, ...]  # column headings, the first for TableGroup.first
    widths: tuple[float, ...]  # relative column widths
    sections: tuple[TableSection, ...]
    footer: str
    lang: str
    stamp: pendulum.DateTime
    empty: str  # said under a section without rows


def render_table_pdf(doc: TableDocument) -> bytes:
    """`doc` as tables with a bold heading row repeated on every page; the text is the
    user's, set as text (never markup)."""
    pdf = _new_pdf(
        footer=doc.footer,
        title=doc.title,
        author="kkr_tui",
        subject=doc.title,
        lang=doc.lang,
        stamp=doc.stamp,
    )
    _line(pdf, markup.one_line(doc.title), 18, "B", 9)
    _line(pdf, markup.one_line(doc.lead), 11.5)
    for section in doc.sections:
        # A heading never sits alone at the foot of a page.
        if pdf.get_y() > pdf.h - 50:
            pdf.add_page()
        pdf.ln(5)
        _line(pdf, markup.one_line(section.heading), 14, "B", 8)
        pdf.ln(1)
        if not section.groups:
            _line(pdf, doc.empty, BODY)
            continue
        _table(pdf, doc.head, doc.widths, section.groups)
    return bytes(pdf.output())


def _table(
    pdf: FPDF, head: Sequence[str], widths: Sequence[float], groups: Sequence[TableGroup]
) -> None:
    pdf.set_font(FONT, "", 9.5)
    with pdf.table(
        col_widths=tuple(widths),
        text_align="LEFT",
        line_height=4.8,
        padding=(1, 1.5),
        borders_layout="HORIZONTAL_LINES",
        headings_style=FontFace(emphasis="BOLD", fill_color=(235, 235, 235)),
        repeat_headings=1,
    ) as table:
        table.row([markup.one_line(h) for h in head])
        for group in groups:
            for n, cells in enumerate(group.rows):
                row = table.row()
                if n == 0:
                    row.cell(markup.one_line(group.first), rowspan=len(group.rows))
                for cell in cells:
                    row.cell(markup.one_line(cell))


def _line(pdf: FPDF, text: str, size: float, style: str = "", height: float = LINE) -> None:
    pdf.set_font(FONT, style, size)
    _lines(pdf, text, height)


def _lines(pdf: FPDF, text: str, height: float, indent: float = 0) -> None:
    """`text` wrapped at word boundaries to the room left of the margin and `indent`,
    one `cell` a line. fpdf2's multi_cell measures the growing line once per
    character, which made a 10-item agenda take seconds; words are measured once."""
    left = pdf.l_margin + indent
    room = pdf.w - pdf.r_margin - left
    space = pdf.get_string_width(" ")
    line: list[str] = []
    width = 0.0
    rows: list[str] = []
    for word in text.split(" "):
        size = pdf.get_string_width(word)
        if line and width + space + size > room:
            rows.append(" ".join(line))
            line, width = [], 0.0
        width = width + space + size if line else size
        line.append(word)
    rows.append(" ".join(line))
    for row in rows:
        pdf.set_x(left)
        if pdf.get_string_width(row) > room:  # one word wider than the page: let fpdf2 cut
            pdf.multi_cell(room, height, row, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        else:
            pdf.cell(room, height, row, new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def _front(pdf: FPDF, doc: Document) -> None:
    _line(pdf, markup.one_line(doc.heading), 18, "B", 9)
    _line(pdf, markup.one_line(doc.name), 15, "", 8)
    pdf.ln(2)
    for note in doc.notes:
        _line(pdf, markup.one_line(note), 12, "B", 7)
    _line(pdf, markup.one_line(doc.when), 11.5)
    _line(pdf, f"{t('export.place')}: {markup.one_line(doc.place)}", 11.5)
    pdf.ln(4)
    for heading, names in doc.attendance:
        _line(pdf, heading, 12, "B", 7)
        for name in names:
            _bullet(pdf, markup.one_line(name))
        pdf.ln(2)
    if not doc.items:
        _line(pdf, t("export.no_items"), BODY)
        return
    _line(pdf, t("doc.contents"), 12, "B", 7)
    pdf.set_font(FONT, "", BODY)
    for item in doc.items:
        if pdf.will_page_break(LINE):
            pdf.add_page()
        pdf.cell(9, LINE, f"{item.number}.")
        _lines(pdf, markup.one_line(item.title), LINE, 9)
    pdf.ln(4)


def _bullet(pdf: FPDF, text: str, indent: float = 0) -> None:
    pdf.set_font(FONT, "", BODY)
    if pdf.will_page_break(LINE):
        pdf.add_page()
    pdf.set_x(pdf.l_margin + indent)
    pdf.cell(5, LINE, "•")
    _lines(pdf, text, LINE, indent + 5)


def _item(pdf: FPDF, item: DocItem) -> None:
    # A heading never sits alone at the foot of a page.
    if pdf.get_y() > pdf.h - 60:
        pdf.add_page()
    pdf.ln(3)
    _line(pdf, f"{item.number}. {markup.one_line(item.title)}", 13, "B", 7)
    if item.kind:
        _line(pdf, item.kind, BODY, "I")
    for label, text in item.sections:
        pdf.ln(1.5)
        _line(pdf, label, 11, "B", 6)
        for n, (kind, rows) in enumerate(blocks_of(text)):
            if n:
                pdf.ln(1.5)
            for row in rows:
                if kind == "bullets":
                    _bullet(pdf, row, 2)
                else:
                    _line(pdf, row, BODY)
    if item.attachments:
        pdf.ln(1.5)
        _line(pdf, t("doc.attachments"), 11, "B", 6)
        for a in item.attachments:
            _bullet(pdf, attachment_line(a.label, a.title, a.file_name), 2)
