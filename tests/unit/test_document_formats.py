"""The agenda and minutes as PDF and Word: text read back out of the files (pypdf,
python-docx) says what the document model says, in order; the public version holds
none of a closed item's words; one agenda page is drawn to PNG where pdftoppm is."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from kkr_tui.exports.documents import document_bytes
from kkr_tui.exports.ics import CalendarOptions, calendar_feed
from kkr_tui.store import Store
from tests.unit.documents_helpers import CLOSED_WORDS, Content, with_content


@pytest.fixture
def content(demo_store: Store, tmp_path: Path) -> Content:
    return with_content(demo_store, tmp_path)


def pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() for page in reader.pages)


def docx_text(data: bytes) -> str:
    document = docx.Document(io.BytesIO(data))
    body = [p.text for p in document.paragraphs]
    footer = [p.text for p in document.sections[0].footer.paragraphs]
    return "\n".join(body + footer)


def text_of(fmt: str, data: bytes) -> str:
    if fmt == "pdf":
        return pdf_text(data)
    if fmt == "docx":
        return docx_text(data)
    return data.decode("utf-8")


def _in_order(text: str, parts: list[str]) -> None:
    position = 0
    for part in parts:
        found = text.find(part, position)
        assert found >= 0, f"{part!r} missing (or out of order) after position {position}"
        position = found + len(part)


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html", "md", "txt"])
def test_agenda_holds_heading_date_sections_in_order_and_attachments(
    demo_store: Store, content: Content, fmt: str
) -> None:
    data = document_bytes(demo_store.snapshot(), content.meeting.id, "agenda", fmt)
    text = text_of(fmt, data)
    _in_order(
        text,
        [
            "KKR Sjælland: KKR-møde",
            "Dagsorden",
            "fredag den 11. september 2026 kl. 9.30–12.30",
            "Indhold",
            "3. Regional udviklingsstrategi" if fmt != "html" else "Regional udviklingsstrategi",
            "Resumé",
            "Resumé af strategien i to linjer.",
            "Sagsfremstilling",
            "Første afsnit om strategien.",
            "første punkt",
            "æøå ÆØÅ »citat« – tankestreg.",
            "Indstilling",
            "at KKR godkender strategien",
            "at KKR sender den i høring",
            "Bilag 3.1: Budget 2027",
            "Bilag 3.2: Noter fra KD-forum",
            "Hemmeligholdt personsag",
            "Bilag 4.1: Lukketbilag om sagen",
        ],
    )
    if fmt in ("pdf", "docx"):
        assert "Lukket møde" in text


def test_pdf_has_page_numbers_and_danish_metadata(demo_store: Store, content: Content) -> None:
    data = document_bytes(demo_store.snapshot(), content.meeting.id, "agenda", "pdf")
    reader = PdfReader(io.BytesIO(data))
    assert "Side 1 af" in reader.pages[0].extract_text()
    assert reader.metadata is not None
    assert reader.metadata.title is not None and "KKR Sjælland" in reader.metadata.title
    assert "Dagsorden" in reader.metadata.title


def test_the_same_data_gives_the_same_bytes(demo_store: Store, content: Content) -> None:
    snapshot = demo_store.snapshot()
    for fmt in ("pdf", "docx"):
        first = document_bytes(snapshot, content.meeting.id, "minutes", fmt, draft=True)
        again = document_bytes(snapshot, content.meeting.id, "minutes", fmt, draft=True)
        assert first == again, fmt


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html", "md", "txt"])
@pytest.mark.parametrize("kind", ["agenda", "minutes"])
def test_public_version_holds_no_word_of_a_closed_item(
    demo_store: Store, content: Content, fmt: str, kind: str
) -> None:
    snapshot = demo_store.snapshot()
    public = document_bytes(snapshot, content.meeting.id, kind, fmt, public=True, draft=True)
    text = text_of(fmt, public)
    for word in CLOSED_WORDS:
        assert word not in text
    assert "Lukket punkt" in text
    members = text_of(
        fmt, document_bytes(snapshot, content.meeting.id, kind, fmt, public=False, draft=True)
    )
    assert all(word in members for word in CLOSED_WORDS[:3])


def test_calendar_holds_no_word_of_a_closed_item(demo_store: Store, content: Content) -> None:
    feed = calendar_feed(
        demo_store.snapshot(),
        content.meeting.day,
        CalendarOptions(councils=("sjaelland",), with_agenda=True),
    )
    text = feed.decode("utf-8") if isinstance(feed, bytes) else str(feed)
    unfolded = text.replace("\r\n ", "")
    for word in CLOSED_WORDS:
        assert word not in unfolded
    assert "Lukket punkt" in unfolded


def test_minutes_give_every_kind_its_outcome_line(demo_store: Store, content: Content) -> None:
    text = text_of(
        "txt",
        document_bytes(demo_store.snapshot(), content.meeting.id, "minutes", "txt", draft=True),
    )
    assert "KKR tog orienteringen til efterretning." in text
    assert "KKR drøftede sagen." in text
    assert "UDKAST" in text


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) missing")
def test_one_agenda_page_renders_to_png(
    demo_store: Store, content: Content, tmp_path: Path
) -> None:
    """Draws page 2 (the first item's sections) as PNG; kept in /tmp for a person to
    look at (KKR_KEEP_PNG=folder)."""
    import os

    pdf = tmp_path / "agenda.pdf"
    pdf.write_bytes(document_bytes(demo_store.snapshot(), content.meeting.id, "agenda", "pdf"))
    out = tmp_path / "page"
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "2", str(pdf), str(out)],
        check=True,
        timeout=60,
    )
    pages = sorted(tmp_path.glob("page*.png"))
    assert pages and all(p.read_bytes().startswith(b"\x89PNG") for p in pages)
    keep = os.environ.get("KKR_KEEP_PNG")
    if keep:
        for page in pages:
            shutil.copy(page, Path(keep) / page.name)


HOSTILE = "[red]rød[/red] [@click=quit] <script>alert('x')</script> \x1b[31mANSI"


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_hostile_text_is_printed_literally_in_pdf_and_word(
    demo_store: Store, content: Content, fmt: str
) -> None:
    item = content.first
    demo_store.update(item.with_changes(title=f"Titel {HOSTILE}", case_text=HOSTILE))
    text = text_of(fmt, document_bytes(demo_store.snapshot(), content.meeting.id, "agenda", fmt))
    assert "[red]rød[/red] [@click=quit]" in text
    assert "<script>alert('x')</script>" in text
    assert "\x1b" not in text and "[31mANSI" in text


def test_deleting_an_item_keeps_its_files_for_backups(demo_store: Store, content: Content) -> None:
    from kkr_tui.store.attachments import stored_path

    item = content.first
    files = [stored_path(demo_store.path, a) for a in item.attachments]
    demo_store.delete(item)
    assert all(path.is_file() for path in files)
