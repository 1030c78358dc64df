"""Which actions a meeting (and its agenda items) allows in its state, and why not.

One place for what the meeting screen, the Årshjul and the command palette offer: a
screen hides or refuses a key by asking `refusal` (None: allowed; else the reason, in
the user's language, to show), never by its own state checks. The changes themselves
are still made (and checked again) by kkr_tui.domain.workflow.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import StrEnum

import pendulum

from kkr_tui.domain.attendance import invitation_out
from kkr_tui.domain.formatting import format_day
from kkr_tui.domain.models import AgendaItem, Meeting, MeetingState
from kkr_tui.domain.readiness import PUBLISHING_SERIES
from kkr_tui.domain.workflow import CANCELLABLE, OPEN_AGENDA, POSTPONABLE_FROM
from kkr_tui.i18n import t


class MeetingAction(StrEnum):
    """What a user can do to a meeting or one of its items (the screens' action names)."""

    ADD_ITEM = "add_item"
    EDIT_ITEM = "edit_item"
    DELETE_ITEM = "delete_item"
    MOVE_ITEM = "move_item"
    ADVANCE_ITEM = "advance_item"
    STEP_BACK_ITEM = "step_back_item"
    POSTPONE_ITEM = "postpone_item"
    ITEM_INFO = "item_info"
    DECIDE = "decide"
    DISPATCH = "dispatch"
    MARK_HELD = "mark_held"
    ATTENDANCE = "attendance"
    PUBLISH = "publish"
    CANCEL_MEETING = "cancel_meeting"
    EXPORT = "export"
    EDIT_MEETING = "edit_meeting"
    MOVE_MEETING = "move_meeting"
    PLAN_MEETING = "plan_meeting"
    CASE_TEXT = "case_text"
    ATTACH = "attach"
    FRAME = "frame"
    MAIL_DISPATCH = "mail_dispatch"


Check = Callable[[Meeting, Sequence[AgendaItem], pendulum.Date], str | None]


def _state(meeting: Meeting) -> str:
    return t(f"state_short.{meeting.state.value}")  # in "Mødet har status »…«"


def _open_agenda(meeting: Meeting, items: Sequence[AgendaItem], today: pendulum.Date) -> str | None:
    if meeting.state in OPEN_AGENDA:
        return None
    if meeting.state is MeetingState.CANCELLED:
        return t("flow.meeting_cancelled")
    return t("flow.agenda_closed", state=_state(meeting))


def _has_items(meeting: Meeting, items: Sequence[AgendaItem], today: pendulum.Date) -> str | None:
    return None if items else t("actions.no_items")


def _editable(meeting: Meeting, items: Sequence[AgendaItem], today: pendulum.Date) -> str | None:
    if meeting.state is MeetingState.PUBLISHED:
        return t("flow.published_locked")
    if meeting.state is MeetingState.CANCELLED:
        return t("flow.meeting_cancelled")
    return None


def _postponable(meeting: Meeting, items: Sequence[AgendaItem], today: pendulum.Date) -> str | None:
    return None if meeting.state in POSTPONABLE_FROM else t("flow.published_locked")


def _after_meeting(
    meeting: Meeting, items: Sequence[AgendaItem], today: pendulum.Date
) -> str | None:
    """Decisions and attendance are recorded once the agenda went out and the day came."""
    if meeting.state in (MeetingState.PROPOSED, MeetingState.PLANNED):
        return t("flow.decision_not_yet")
    if meeting.state not in (MeetingState.DISPATCHED, MeetingState.HELD):
        return _locked(meeting)
    if meeting.day > today:
        return t("flow.meeting_not_yet", day=_day(meeting))
    return None


def _locked(meeting: Meeting) -> str:
    if meeting.state is MeetingState.CANCELLED:
        return t("flow.meeting_cancelled")
    return t("flow.published_locked")


def _day(meeting: Meeting) -> str:
    return format_day(meeting.day)


def _attendance(meeting: Meeting, items: Sequence[AgendaItem], today: pendulum.Date) -> str | None:
    """After the meeting; before it too once the invitation went out (afbud, substitutes)."""
    if meeting.day > today and invitation_out(meeting):
        return None
    return _after_meeting(meeting, items, today)


def _mailable(meeting: Meeting, items: Sequence[AgendaItem], today: pendulum.Date) -> str | None:
    """The agenda by e-mail: while it is open or sent; a cancelled meeting whose agenda
    went out by mail gets the cancellation the same way."""
    if meeting.state in (*OPEN_AGENDA, MeetingState.DISPATCHED):
        return None
    if meeting.state is MeetingState.CANCELLED and meeting.mail_round > 0:
        return None
    return t("actions.no_mail", state=_state(meeting))


def _holdable(meeting: Meeting, items: Sequence[AgendaItem], today: pendulum.Date) -> str | None:
    if meeting.state in (MeetingState.PROPOSED, MeetingState.PLANNED):
        return t("flow.held_needs_dispatch")
    if meeting.state is not MeetingState.DISPATCHED:
        return t("flow.held_wrong_state", state=_state(meeting))
    if meeting.day > today:
        return t("flow.meeting_not_yet", day=_day(meeting))
    return None


def _publishable(meeting: Meeting, items: Sequence[AgendaItem], today: pendulum.Date) -> str | None:
    if meeting.series not in PUBLISHING_SERIES:
        return t("flow.no_public_minutes", series=t(f"series.{meeting.series.value}"))
    if meeting.state in (MeetingState.PROPOSED, MeetingState.PLANNED, MeetingState.DISPATCHED):
        return t("flow.publish_needs_held")
    if meeting.state is not MeetingState.HELD:
        return t("flow.publish_wrong_state", state=_state(meeting))
    return None


def _not_cancelled(
    meeting: Meeting, items: Sequence[AgendaItem], today: pendulum.Date
) -> str | None:
    return t("cycle.refuse.cancelled") if meeting.state is MeetingState.CANCELLED else None


def _not_past(meeting: Meeting, items: Sequence[AgendaItem], today: pendulum.Date) -> str | None:
    """A meeting that has taken place keeps its day: it cannot be moved or cancelled."""
    if meeting.state is MeetingState.CANCELLED:
        return t("cycle.refuse.cancelled")
    if meeting.state not in CANCELLABLE:
        return t("cycle.refuse.past", state=_state(meeting))
    return None


def _proposed(meeting: Meeting, items: Sequence[AgendaItem], today: pendulum.Date) -> str | None:
    if meeting.state is MeetingState.PROPOSED:
        return None
    return t("cycle.plan.not_proposed", state=_state(meeting))


# Each action's checks, in the order their reasons are given (the first that fails).
_CHECKS: dict[MeetingAction, tuple[Check, ...]] = {
    MeetingAction.ADD_ITEM: (_open_agenda,),
    MeetingAction.EDIT_ITEM: (_has_items, _editable),
    MeetingAction.DELETE_ITEM: (_open_agenda, _has_items),
    MeetingAction.MOVE_ITEM: (_open_agenda, _has_items),
    MeetingAction.ADVANCE_ITEM: (_open_agenda, _has_items),
    MeetingAction.STEP_BACK_ITEM: (_open_agenda, _has_items),
    MeetingAction.POSTPONE_ITEM: (_has_items, _postponable),
    MeetingAction.ITEM_INFO: (_has_items,),
    MeetingAction.DECIDE: (_has_items, _after_meeting),
    MeetingAction.DISPATCH: (_open_agenda,),
    MeetingAction.MARK_HELD: (_holdable,),
    MeetingAction.ATTENDANCE: (_attendance,),
    MeetingAction.PUBLISH: (_publishable,),
    MeetingAction.CANCEL_MEETING: (_not_past,),
    # Any meeting there is: an agenda (even an empty or cancelled one) can go out.
    MeetingAction.EXPORT: (),
    MeetingAction.EDIT_MEETING: (_not_cancelled,),
    MeetingAction.MOVE_MEETING: (_not_past,),
    MeetingAction.PLAN_MEETING: (_proposed,),
    MeetingAction.CASE_TEXT: (_has_items, _editable),
    MeetingAction.ATTACH: (_has_items, _editable),
    MeetingAction.FRAME: (_open_agenda,),
    MeetingAction.MAIL_DISPATCH: (_mailable,),
}


def refusal(
    action: MeetingAction, meeting: Meeting, items: Sequence[AgendaItem], today: pendulum.Date
) -> str | None:
    """None if `action` is allowed on `meeting` (with its agenda `items`) as of `today`;
    else why not, ready to show."""
    for check in _CHECKS[action]:
        reason = check(meeting, items, today)
        if reason is not None:
            return reason
    return None
