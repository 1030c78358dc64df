"""The directors' fora as named bodies: members, their own meetings shown by name, and a
KKR item naming the forum meeting that prepared it (on the item and in the agenda)."""

from __future__ import annotations

import pendulum
import pytest

from kkr_tui.domain.errors import ValidationError
from kkr_tui.domain.fora import Forum, ForumKind, ForumMember, meeting_name, prepared_in_text
from kkr_tui.domain.models import Meeting, Series
from kkr_tui.store import Store
from tests.unit.exports_helpers import agenda_document

TZ = "Europe/Copenhagen"


def forum_meeting(forum_id: int) -> Meeting:
    return Meeting(
        council="sjaelland",
        series=Series.DIRECTORS,
        start=pendulum.datetime(2026, 4, 2, 13, tz=TZ),
        end=pendulum.datetime(2026, 4, 2, 15, tz=TZ),
        forum_id=forum_id,
        id=9,
    )


def test_a_forum_meeting_is_called_by_its_forum() -> None:
    forum = Forum(council="sjaelland", name="KD-forum Sjælland", id=3)
    assert meeting_name(forum_meeting(3), [forum]) == "KD-forum Sjælland"
    assert meeting_name(forum_meeting(0), [forum]) == "Kommunaldirektørforum"
    assert prepared_in_text(forum_meeting(3), [forum]) == (
        "Forberedt i KD-forum Sjælland den 2. april 2026"
    )


def test_a_forum_keeps_its_members_through_the_store_format() -> None:
    forum = Forum(
        council="sjaelland",
        name="FD-forum for social og sundhed",
        kind=ForumKind.PROFESSIONAL_DIRECTORS,
        subject="social og sundhed",
        members=(ForumMember("Lone Chefgaard", "Socialdirektør", "Køge", "lc@koege.dk"),),
    )
    again = Forum.from_dict(forum.to_dict(), 4)
    assert again.members == forum.members and again.series is Series.PROFESSIONAL_DIRECTORS
    with pytest.raises(ValidationError):
        ForumMember("X", email="not-an-address")


def test_the_demo_has_three_named_fora_per_council(demo_store: Store) -> None:
    snap = demo_store.snapshot()
    for council in snap.councils:
        fora = [f for f in snap.fora if f.council == council.slug]
        kinds = sorted(f.kind.value for f in fora)
        assert kinds == ["fagdirektoerforum", "fagdirektoerforum", "kommunaldirektoerforum"]
        assert all(f.members for f in fora)


def test_the_prepared_item_names_the_forum_meeting_in_the_agenda(demo_store: Store) -> None:
    snap = demo_store.snapshot()
    november = next(m for m in snap.meetings_of("nordjylland") if m.day.isoformat() == "2026-11-26")
    item = next(i for i in snap.items if i.prepared_in and i.meeting_id == november.id)
    forum = snap.meeting(item.prepared_in)
    assert forum is not None and meeting_name(forum, snap.fora) == "KD-forum Nordjylland"
    assert forum.start < november.start  # the forum prepares the KKR meeting before it
    text = agenda_document(snap, item.meeting_id, "md")
    assert "Forberedt i KD-forum Nordjylland den 22. oktober 2026" in text
    assert "KKR Nordjylland: KD-forum Nordjylland" in agenda_document(snap, forum.id, "md")
