"""The meeting rules in the domain: which actions a meeting allows, and why not."""

from __future__ import annotations

from collections.abc import Sequence

import pendulum

from kkr_tui.domain.actions import MeetingAction, refusal
from kkr_tui.domain.localtime import local_datetime
from kkr_tui.domain.models import AgendaItem, Meeting, MeetingState, Series

TODAY = pendulum.date(2026, 9, 10)


def meeting(state: MeetingState, day: pendulum.Date = TODAY) -> Meeting:
    return Meeting(
        id=7,
        council="hovedstaden",
        series=Series.KKR,
        start=local_datetime(day, 9, 30),
        end=local_datetime(day, 12, 0),
        state=state,
    )


ITEM = AgendaItem(id=1, meeting_id=7, number=1, title="Punkt")


def allowed_on(meeting: Meeting, items: Sequence[AgendaItem]) -> set[MeetingAction]:
    """The actions the meeting screen offers (those `refusal` has no reason against)."""
    return {a for a in MeetingAction if refusal(a, meeting, items, TODAY) is None}


def test_an_open_agenda_takes_items_but_cannot_be_held_or_published() -> None:
    allowed = allowed_on(meeting(MeetingState.PLANNED), [ITEM])
    assert {MeetingAction.ADD_ITEM, MeetingAction.DISPATCH, MeetingAction.MOVE_ITEM} <= allowed
    assert MeetingAction.MARK_HELD not in allowed
    assert MeetingAction.PUBLISH not in allowed


def test_a_refusal_says_why() -> None:
    held = meeting(MeetingState.HELD, TODAY.subtract(days=3))
    reason = refusal(MeetingAction.CANCEL_MEETING, held, [], TODAY)
    assert reason is not None and "afholdt" in reason
    assert refusal(MeetingAction.ADD_ITEM, held, [], TODAY) is not None
    assert refusal(MeetingAction.EDIT_ITEM, meeting(MeetingState.PLANNED), [], TODAY) is not None


def test_held_only_from_the_meeting_day() -> None:
    future = meeting(MeetingState.DISPATCHED, TODAY.add(days=1))
    assert refusal(MeetingAction.MARK_HELD, future, [], TODAY) is not None
    assert refusal(MeetingAction.MARK_HELD, future, [], TODAY.add(days=1)) is None


def test_a_cancelled_meeting_keeps_only_postponing_and_export() -> None:
    allowed = allowed_on(meeting(MeetingState.CANCELLED), [ITEM])
    assert allowed == {MeetingAction.POSTPONE_ITEM, MeetingAction.ITEM_INFO, MeetingAction.EXPORT}
