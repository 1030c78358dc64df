"""Agenda and decision-minutes documents: golden files from the demo, escaping, refusal."""

from __future__ import annotations

import pendulum
import pytest
from markdown_it import MarkdownIt

from kkr_tui.domain.clock import TZ_NAME
from kkr_tui.domain.models import AgendaItem, ItemKind, ItemState, Meeting, MeetingState, Series
from kkr_tui.exports.documents import AGENDA, DocumentError, MinutesNotReady, document_bytes
from kkr_tui.i18n import set_language
from kkr_tui.store import Store
from tests.unit.exports_helpers import (
    agenda_document,
    assert_golden,
    demo_meeting,
    minutes_document,
)

FORMATS = ("md", "html", "txt")
HOSTILE = {
    "script": "<script>alert('x')</script>",
    "markup": "[red]rød[/red] [@click=quit]",
    "ansi": "\x1b[31mRØD\x1b[0m",
    "markdown": "*fed* _kursiv_ `kode` [link](https://ondt.example) # | ~~ &amp;",
}


def _with_attendance(store: Store, meeting: Meeting) -> Meeting:
    """Attendance as the agenda screen records it: present, absent, a substitute."""
    members = store.snapshot().members_of(meeting.council)
    attendance = {str(m.id): "present" for m in members[:4]}
    attendance[str(members[4].id)] = "substitute:Åse Suppleantsen"
    attendance[str(members[5].id)] = "absent"
    return store.update(meeting.with_changes(attendance=attendance))


@pytest.mark.parametrize("fmt", FORMATS)
def test_agenda_golden(demo_store: Store, fmt: str) -> None:
    snapshot = demo_store.snapshot()
    meeting = demo_meeting(snapshot, "sjaelland", "2026-09-11")
    assert_golden(f"agenda_sjaelland_2026-09-11.{fmt}", agenda_document(snapshot, meeting.id, fmt))


@pytest.mark.parametrize("fmt", FORMATS)
def test_minutes_golden_with_attendance(demo_store: Store, fmt: str) -> None:
    meeting = demo_meeting(demo_store.snapshot(), "nordjylland", "2026-04-16")
    _with_attendance(demo_store, meeting)
    snapshot = demo_store.snapshot()
    assert_golden(
        f"minutes_nordjylland_2026-04-16.{fmt}", minutes_document(snapshot, meeting.id, fmt)
    )


def test_agenda_and_minutes_in_english_golden(demo_store: Store) -> None:
    meeting = demo_meeting(demo_store.snapshot(), "nordjylland", "2026-04-16")
    _with_attendance(demo_store, meeting)
    snapshot = demo_store.snapshot()
    set_language("en")
    assert_golden(
        "agenda_nordjylland_2026-04-16.en.txt", agenda_document(snapshot, meeting.id, "txt")
    )
    assert_golden(
        "minutes_nordjylland_2026-04-16.en.md", minutes_document(snapshot, meeting.id, "md")
    )


def test_draft_minutes_golden(demo_store: Store) -> None:
    snapshot = demo_store.snapshot()
    meeting = demo_meeting(snapshot, "sjaelland", "2026-09-11")
    assert_golden(
        "minutes_sjaelland_2026-09-11.draft.txt",
        minutes_document(snapshot, meeting.id, "txt", draft=True),
    )


def test_minutes_refused_while_a_decision_is_missing(demo_store: Store) -> None:
    snapshot = demo_store.snapshot()
    meeting = demo_meeting(snapshot, "sjaelland", "2026-09-11")
    with pytest.raises(MinutesNotReady) as caught:
        minutes_document(snapshot, meeting.id, "md")
    decision_items = [i for i in snapshot.items_for(meeting.id) if i.kind is ItemKind.DECISION]
    assert [item.id for _, item in caught.value.missing] == [i.id for i in decision_items]
    message = str(caught.value)
    for item in decision_items:
        assert item.title in message
    assert "--draft" in message
    # Once every decision item has its decision, the minutes are made (no draft marker).
    for item in decision_items:
        demo_store.update(item.with_changes(decision="Godkendt med bemærkninger."))
    text = minutes_document(demo_store.snapshot(), meeting.id, "txt")
    assert "UDKAST" not in text
    written = text.count("    Beslutning\n      Godkendt med bemærkninger.")
    assert written == len(decision_items) == 5  # the frame's two and three cases


def test_information_items_need_no_decision(demo_store: Store) -> None:
    snapshot = demo_store.snapshot()
    meeting = demo_meeting(snapshot, "nordjylland", "2026-04-16")
    text = minutes_document(snapshot, meeting.id, "txt")
    assert "Orienteringssag" in text and "(mangler)" not in text


def test_postponed_items_are_left_out_and_the_rest_numbered_in_order(store: Store) -> None:
    meeting = store.add(
        Meeting(
            council="midtjylland",
            series=Series.KKR,
            start=pendulum.datetime(2026, 2, 27, 10, tz=TZ_NAME),
            end=pendulum.datetime(2026, 2, 27, 13, tz=TZ_NAME),
            place="Regionshuset Viborg",
        )
    )
    for number, (title, state) in enumerate(
        (
            ("Første", ItemState.APPROVED),
            ("Udsat sag", ItemState.POSTPONED),
            ("Tredje", ItemState.APPROVED),
        ),
        start=1,
    ):
        store.add(AgendaItem(meeting_id=meeting.id, number=number, title=title, state=state))
    text = agenda_document(store.snapshot(), meeting.id, "txt")
    assert "Udsat sag" not in text
    assert "1. Første" in text and "2. Tredje" in text


def test_unknown_meeting_and_format(demo_store: Store) -> None:
    snapshot = demo_store.snapshot()
    with pytest.raises(DocumentError, match="999"):
        agenda_document(snapshot, 999, "md")
    meeting = demo_meeting(snapshot, "sjaelland", "2026-09-11")
    with pytest.raises(DocumentError, match="rtf"):
        document_bytes(snapshot, meeting.id, AGENDA, "rtf")


def test_cancelled_meeting_says_so(demo_store: Store) -> None:
    meeting = demo_meeting(demo_store.snapshot(), "sjaelland", "2026-11-27")
    demo_store.update(
        meeting.with_changes(state=MeetingState.CANCELLED, cancel_reason="For få sager")
    )
    text = agenda_document(demo_store.snapshot(), meeting.id, "md")
    assert "**Mødet er aflyst: For få sager**" in text
    for draft in (False, True):
        with pytest.raises(DocumentError, match="aflyst; der er intet referat"):
            minutes_document(demo_store.snapshot(), meeting.id, "md", draft=draft)


# --- hostile text ------------------------------------------------------------------------


@pytest.fixture
def hostile_meeting(store: Store) -> int:
    """A meeting whose every user-entered string tries to act in some format."""
    meeting = store.add(
        Meeting(
            council="sjaelland",
            series=Series.KKR,
            start=pendulum.datetime(2026, 6, 12, 9, 30, tz=TZ_NAME),
            end=pendulum.datetime(2026, 6, 12, 12, 30, tz=TZ_NAME),
            place="Rådhuset <b>Køge</b> \x1b]8;;https://ondt.example\x07link",
            state=MeetingState.HELD,
        )
    )
    for number, text in enumerate(HOSTILE.values(), start=1):
        store.add(
            AgendaItem(
                meeting_id=meeting.id,
                number=number,
                title=text,
                kind=ItemKind.DECISION,
                recommendation=f"# Overskrift?\n- punkt?\n1. liste?\n{text}\n\nNyt afsnit: æøå ÆØÅ",
                decision=text,
            )
        )
    return meeting.id


def _documents(store: Store, meeting_id: int, fmt: str) -> list[str]:
    snapshot = store.snapshot()
    return [agenda_document(snapshot, meeting_id, fmt), minutes_document(snapshot, meeting_id, fmt)]


def test_hostile_text_in_html_is_escaped(store: Store, hostile_meeting: int) -> None:
    for doc in _documents(store, hostile_meeting, "html"):
        assert "<script>" not in doc and "<b>" not in doc
        assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in doc
        assert "&lt;b&gt;Køge&lt;/b&gt;" in doc
        assert "[red]rød[/red] [@click=quit]" in doc
        assert "\x1b" not in doc and "\x07" not in doc and "␛[31mRØD␛[0m" in doc
        assert "&amp;amp;" in doc
        assert "æøå ÆØÅ" in doc


def test_hostile_text_in_markdown_renders_literally(store: Store, hostile_meeting: int) -> None:
    """Rendered by a CommonMark parser, user text gives text - no tags, links, emphasis."""
    renderer = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    for doc in _documents(store, hostile_meeting, "md"):
        assert "\x1b" not in doc and "\x07" not in doc
        html = renderer.render(doc)
        assert "<script>" not in html and "<b>" not in html and "<a " not in html
        assert "<code>" not in html and "<s>" not in html and "<table>" not in html
        assert "&lt;script&gt;alert('x')&lt;/script&gt;" in html
        assert "[red]rød[/red] [@click=quit]" in html
        assert "*fed* _kursiv_ `kode` [link](https://ondt.example) # | ~~ &amp;amp;" in html
        # Emphasis comes only from the document's own labels, never from user text.
        assert "<em>fed</em>" not in html and "<em>kursiv</em>" not in html
        # A line the writer began with "#" or "1." stays a line of text; "- " is the
        # one list the texts have (bullet lines, issue 16).
        assert "<h1>Overskrift" not in html and "<ol>" not in html
        assert "<p># Overskrift?</p>" in html and "<li>punkt?</li>" in html
        assert "<p>1. liste?<br />" in html
        assert "æøå ÆØÅ" in html


def test_hostile_text_in_plain_text_is_literal_and_inert(
    store: Store, hostile_meeting: int
) -> None:
    for doc in _documents(store, hostile_meeting, "txt"):
        assert "\x1b" not in doc and "\x07" not in doc
        assert "<script>alert('x')</script>" in doc
        assert "[red]rød[/red] [@click=quit]" in doc
        assert "␛[31mRØD␛[0m" in doc
        assert "æøå ÆØÅ" in doc


def test_unusual_records_still_make_a_clear_document(demo_store: Store) -> None:
    """A meeting past midnight, no place, a deleted member, a substitute without a name."""
    meeting = demo_meeting(demo_store.snapshot(), "nordjylland", "2026-04-16")
    members = demo_store.snapshot().members_of("nordjylland")
    demo_store.update(
        meeting.with_changes(
            start=pendulum.datetime(2026, 4, 16, 22, tz=TZ_NAME),
            end=pendulum.datetime(2026, 4, 17, 1, tz=TZ_NAME),
            place="",
            attendance={"9999": "present", str(members[0].id): "substitute:", "x": "maybe"},
        )
    )
    text = minutes_document(demo_store.snapshot(), meeting.id, "txt")
    assert "torsdag den 16. april 2026 kl. 22.00 til fredag den 17. april 2026 kl. 1.00" in text
    assert "Sted: ikke fastlagt" in text
    assert "- ukendt medlem (id 9999)" in text
    assert f"- {members[0].name}, Aalborg, formand (suppleant deltog)" in text
    assert "maybe" not in text
