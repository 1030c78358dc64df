"""Standard agenda frames, outcome lines and the constituting meeting's milestones."""

from __future__ import annotations

import pendulum

from kkr_tui.domain.agenda_content import framed_agenda, outcome_line, previous_meeting
from kkr_tui.domain.clock import TZ_NAME
from kkr_tui.domain.deadlines import REVIEW
from kkr_tui.domain.models import AgendaItem, ItemKind, Meeting, Series
from kkr_tui.store import Store
from tests.unit.exports_helpers import demo_meeting


def _meeting(series: Series, day: int = 9) -> Meeting:
    return Meeting(
        id=99,
        council="sjaelland",
        series=series,
        start=pendulum.datetime(2027, 4, day, 9, 30, tz=TZ_NAME),
        end=pendulum.datetime(2027, 4, day, 12, 30, tz=TZ_NAME),
    )


def test_kkr_frame_wraps_the_own_items_and_names_the_previous_meeting() -> None:
    meeting = _meeting(Series.KKR)
    own = [AgendaItem(id=5, meeting_id=99, number=1, title="Sundhedsklynger")]
    framed = framed_agenda(meeting, own, pendulum.date(2027, 2, 25))
    assert [(i.number, i.title) for i in framed] == [
        (1, "Godkendelse af dagsorden"),
        (2, "Godkendelse af referat fra mødet den 25. februar 2027"),
        (3, "Sundhedsklynger"),
        (4, "Siden sidst / Meddelelser"),
        (5, "Eventuelt"),
    ]
    # Given twice, nothing is added or moved.
    stored = [i.with_changes(id=n) for n, i in enumerate(framed, start=10)]
    assert framed_agenda(meeting, stored, pendulum.date(2027, 2, 25)) == []


def test_constituting_frame_follows_the_rules_of_procedure() -> None:
    titles = [i.title for i in framed_agenda(_meeting(Series.CONSTITUTING), [], None)]
    assert titles == [
        "Godkendelse af valg og sammensætning",
        "Anmeldelse og godkendelse af valgforbund",
        "Valg af formand",
        "Valg af næstformand",
        "Forretningsorden",
        "Udpegning af politiske repræsentanter til regionale fora",
        "Mødeplan",
        "Eventuelt",
    ]
    assert framed_agenda(_meeting(Series.CHAIRMANSHIP), [], None) == []


def test_previous_meeting_is_found_not_typed(demo_store: Store) -> None:
    snapshot = demo_store.snapshot()
    meeting = demo_meeting(snapshot, "sjaelland", "2026-09-11")
    previous = previous_meeting(meeting, snapshot.meetings_of("sjaelland"))
    assert previous is not None and previous.start < meeting.start
    assert previous.series in (Series.KKR, Series.CONSTITUTING)


def test_outcome_lines_per_kind() -> None:
    def item(kind: ItemKind, decision: str = "") -> AgendaItem:
        return AgendaItem(meeting_id=1, number=1, title="x", kind=kind, decision=decision)

    assert outcome_line(item(ItemKind.INFORMATION)) == "KKR tog orienteringen til efterretning."
    assert outcome_line(item(ItemKind.DISCUSSION)) == "KKR drøftede sagen."
    assert outcome_line(item(ItemKind.DISCUSSION, "KKR drøftede og bad om mere.")) == (
        "KKR drøftede og bad om mere."
    )
    assert outcome_line(item(ItemKind.DECISION)) == ""


def test_constituting_meeting_has_no_chairmanship_review(demo_store: Store) -> None:
    snapshot = demo_store.snapshot()
    constituting = demo_meeting(snapshot, "sjaelland", "2026-01-27", Series.CONSTITUTING)
    keys = [line.deadline.key for line in snapshot.readiness(constituting, constituting.day).lines]
    assert REVIEW not in keys
    kkr = demo_meeting(snapshot, "sjaelland", "2026-09-11")
    assert REVIEW in [line.deadline.key for line in snapshot.readiness(kkr, kkr.day).lines]


def test_an_item_postponed_from_a_sent_agenda_stays_there_and_the_minutes_say_so(
    demo_store: Store,
) -> None:
    """Postponed at the meeting: the members' numbering stays, the minutes read
    "Punktet blev udsat." under the item, and a copy goes on to the next meeting."""
    from kkr_tui.domain.workflow import postpone_item
    from tests.unit.exports_helpers import minutes_document

    snapshot = demo_store.snapshot()
    meeting = demo_meeting(snapshot, "sjaelland", "2026-09-11")  # agenda sent
    target = demo_meeting(snapshot, "sjaelland", "2026-11-27")
    items = snapshot.items_for(meeting.id)
    second = next(i for i in items if i.title == "Kapacitet på det specialiserede socialområde")
    changed = postpone_item(
        second,
        meeting,
        items,
        target,
        snapshot.items_for(target.id),
        day=pendulum.date(2026, 9, 11),
        user="sek",
    )
    closing = [i.title for i in snapshot.items_for(target.id)[-2:]]
    assert closing == ["Siden sidst / Meddelelser", "Eventuelt"]
    assert [(c.id, c.meeting_id) for c in changed[:2]] == [
        (second.id, meeting.id),
        (0, target.id),
    ]
    # The copy goes before the next meeting's closing frame items, which move down.
    assert [c.title for c in changed[2:]] == closing
    with demo_store.transaction() as tx:
        for record in changed:
            _ = tx.add(record) if record.id == 0 else tx.update(record)
    for item in demo_store.snapshot().items_for(meeting.id):
        if item.kind is ItemKind.DECISION and item.id != second.id:
            demo_store.update(item.with_changes(decision="Godkendt."))
    text = minutes_document(demo_store.snapshot(), meeting.id, "txt")
    assert f"{second.number}. Kapacitet på det specialiserede socialområde" in text
    assert "Punktet blev udsat." in text
    assert f"{second.number + 1}. Sundhedsklynger: status" in text
    *_, moved, since_last, any_other = demo_store.snapshot().items_for(target.id)
    assert moved.title == second.title and moved.attachments == second.attachments
    assert (since_last.number, any_other.number) == (moved.number + 1, moved.number + 2)
