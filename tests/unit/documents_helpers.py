"""A demo meeting with real content for the document tests: paragraphs, bullets,
numbered recommendations, two attachments (a PDF and a text file) and one closed item
whose words must never reach a public document."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from fpdf import FPDF

from kkr_tui.domain.models import AgendaItem, Meeting
from kkr_tui.store import Store
from kkr_tui.store.attachments import store_file
from tests.unit.exports_helpers import demo_meeting

# The agenda's first own case (number 3): the frame's two opening items come first.
FIRST_CASE = 2
# Words that appear only in the closed item (title, texts, attachment title and name).
CLOSED_WORDS = ("Hemmeligholdt", "Fortroligsag", "Lukketbilag", "Skjultindstilling")


@dataclass(frozen=True)
class Content:
    meeting: Meeting
    items: list[AgendaItem]
    sources: dict[str, Path]  # attachment title -> the original file

    @property
    def first(self) -> AgendaItem:
        """The item with the two attachments: the first case after the frame's two
        opening items (approval of the agenda and of the last minutes)."""
        return self.items[FIRST_CASE]


def make_pdf(path: Path, text: str) -> Path:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.cell(text=text)
    pdf.output(str(path))
    return path


def with_content(store: Store, tmp_path: Path) -> Content:
    meeting = demo_meeting(store.snapshot(), "sjaelland", "2026-09-11")
    items = store.snapshot().items_for(meeting.id)
    budget = make_pdf(tmp_path / "budget 2027.pdf", "Budgetbilag")
    notes = tmp_path / "noter.txt"
    notes.write_text("Noter til punktet.\n", encoding="utf-8")
    secret = tmp_path / "Lukketbilag.txt"
    secret.write_text("Lukketbilag indhold\n", encoding="utf-8")
    db = store.path
    first = items[FIRST_CASE].with_changes(
        resume="Resumé af strategien i to linjer.",
        case_text=(
            "Første afsnit om strategien.\n\nAndet afsnit med punkter:\n"
            "- første punkt\n- andet punkt\n\nTredje afsnit, æøå ÆØÅ »citat« – tankestreg."
        ),
        recommendation="1. at KKR godkender strategien\n2. at KKR sender den i høring",
        attachments=(
            store_file(db, budget, "Budget 2027"),
            store_file(db, notes, "Noter fra KD-forum"),
        ),
    )
    closed = items[FIRST_CASE + 1].with_changes(
        title="Hemmeligholdt personsag",
        closed=True,
        resume="Fortroligsag om en ansættelse.",
        case_text="Fortroligsag: detaljer der ikke må offentliggøres.",
        recommendation="Skjultindstilling: at KKR beslutter.",
        decision="Skjultindstilling godkendt.",
        attachments=(store_file(db, secret, "Lukketbilag om sagen"),),
    )
    store.update(first)
    store.update(closed)
    return Content(
        meeting,
        store.snapshot().items_for(meeting.id),
        {"Budget 2027": budget, "Noter fra KD-forum": notes, "Lukketbilag om sagen": secret},
    )
