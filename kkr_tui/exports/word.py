"""The meeting document as Word (python-docx): the same Document the PDF is drawn
from, with Word's own heading styles (so the navigation pane and a table of contents
work), the page number as a field in the footer, and title, author and language in
the file's properties."""

from __future__ import annotations

import io
import zipfile

from docx import Document as new_docx
from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.text.paragraph import Paragraph

from kkr_tui.exports import markup
from kkr_tui.exports.document_model import DocItem, Document
from kkr_tui.exports.documents import attachment_line, blocks_of
from kkr_tui.i18n import t


def render_docx(doc: Document) -> bytes:
    word = new_docx()
    _properties(word, doc)
    normal = word.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    _footer(word, doc)
    word.add_heading(markup.one_line(doc.heading), level=0)
    word.add_heading(markup.one_line(doc.name), level=1)
    for note in doc.notes:
        word.add_paragraph().add_run(markup.one_line(note)).bold = True
    word.add_paragraph(markup.one_line(doc.when))
    word.add_paragraph(f"{t('export.place')}: {markup.one_line(doc.place)}")
    for heading, names in doc.attendance:
        word.add_heading(heading, level=2)
        for name in names:
            word.add_paragraph(markup.one_line(name), style="List Bullet")
    if doc.items:
        word.add_heading(t("doc.contents"), level=2)
        for item in doc.items:
            word.add_paragraph(f"{item.number}. {markup.one_line(item.title)}")
    else:
        word.add_paragraph(t("export.no_items"))
    for item in doc.items:
        _item(word, item)
    out = io.BytesIO()
    word.save(out)
    return _stamped(out.getvalue(), doc)


def _stamped(data: bytes, doc: Document) -> bytes:
    """The .docx (a zip) again with every entry dated the meeting's start: python-docx
    dates them now, and the same data should give the same bytes."""
    local = doc.stamp
    when = (local.year, local.month, local.day, local.hour, local.minute, 0)
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=when)
            entry.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(entry, source.read(info))
    return out.getvalue()


def _properties(word: DocxDocument, doc: Document) -> None:
    props = word.core_properties
    props.title = markup.one_line(doc.title)
    props.author = markup.one_line(doc.heading.partition(":")[0])
    props.subject = markup.one_line(f"{doc.name}: {doc.heading}")
    props.language = doc.lang
    props.created = doc.stamp
    props.modified = doc.stamp
    props.last_modified_by = "kkr_tui"
    props.revision = 1


def _footer(word: DocxDocument, doc: Document) -> None:
    paragraph = word.sections[0].footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.LEFT
    run = paragraph.add_run(f"{markup.one_line(doc.footer)}    ")
    run.font.size = Pt(8.5)
    # "Side {page} af {pages}" with Word's PAGE and NUMPAGES fields in the gaps.
    before, _, rest = t("doc.page", page="\0", pages="\1").partition("\0")
    middle, _, after = rest.partition("\1")
    for text, field in ((before, "PAGE"), (middle, "NUMPAGES"), (after, "")):
        if text:
            paragraph.add_run(text).font.size = Pt(8.5)
        if field:
            _field(paragraph, field)


def _field(paragraph: Paragraph, code: str) -> None:
    simple = OxmlElement("w:fldSimple")
    simple.set(qn("w:instr"), code)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    simple.append(run)
    paragraph._p.append(simple)


def _item(word: DocxDocument, item: DocItem) -> None:
    word.add_heading(f"{item.number}. {markup.one_line(item.title)}", level=2)
    if item.kind:
        word.add_paragraph().add_run(item.kind).italic = True
    for label, text in item.sections:
        word.add_heading(label, level=3)
        for kind, rows in blocks_of(text):
            if kind == "bullets":
                for row in rows:
                    word.add_paragraph(row, style="List Bullet")
            else:
                paragraph = word.add_paragraph()
                for n, row in enumerate(rows):
                    run = paragraph.add_run(row)
                    if n < len(rows) - 1:
                        run.add_break()
    if item.attachments:
        word.add_heading(t("doc.attachments"), level=3)
        for a in item.attachments:
            word.add_paragraph(attachment_line(a.label, a.title, a.file_name), style="List Bullet")
