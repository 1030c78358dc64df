"""What is missing for a meeting, and by when: the secretary's to-do list for it.

A pure function of (meeting, items, readiness, members, today). Each Step names the
action that resolves it (the UI shows its key, the CLI shows the text only) and says
which deadline it serves, using the readiness checklist's own status words.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

import pendulum

from kkr_tui.domain.attendance import called_to, unrecorded
from kkr_tui.domain.deadlines import DISPATCH, MATERIAL, PUBLICATION, REVIEW
from kkr_tui.domain.formatting import format_day, format_day_short
from kkr_tui.domain.models import AgendaItem, ItemState, Meeting, MeetingState, Member
from kkr_tui.domain.readiness import CheckLine, Readiness
from kkr_tui.domain.text import printable
from kkr_tui.domain.workflow import (
    BlockerKind,
    dispatch_blockers,
    on_agenda,
    publication_blockers,
)
from kkr_tui.i18n import language, t


class Action(StrEnum):
    ADD_ITEM = "add_item"
    ADVANCE = "advance"
    EDIT = "edit"
    DISPATCH = "dispatch"
    HOLD = "hold"
    DECIDE = "decide"
    ATTENDANCE = "attendance"
    PUBLISH = "publish"
    POSTPONE = "postpone"
    NONE = "none"


@dataclass(frozen=True)
class Step:
    action: Action
    text: str
    # True when the deadline it serves is overdue or due within the amber window.
    urgent: bool = False


def numbers(items: Sequence[AgendaItem]) -> str:
    """'3', '1 og 4', '1, 2 og 5' (en: 'and')."""
    nums = [str(i.number) for i in sorted(items, key=lambda i: i.number)]
    if len(nums) <= 1:
        return "".join(nums)
    joiner = " and " if language() == "en" else " og "
    return ", ".join(nums[:-1]) + joiner + nums[-1]


def _deadline(line: CheckLine | None, with_status: bool) -> str:
    """'tor 10. sep, frist i dag' (or just the day) for a checklist line."""
    if line is None:
        return ""
    day = format_day_short(line.deadline.due)
    return t("steps.by", day=day, status=line.status_text) if with_status else day


def _line(readiness: Readiness, key: str) -> CheckLine | None:
    return next((line for line in readiness.lines if line.key == key), None)


def _urgent(line: CheckLine | None) -> bool:
    return line is not None and (line.at_risk or line.status.value == "overdue")


def next_steps(
    meeting: Meeting,
    items: Sequence[AgendaItem],
    readiness: Readiness,
    members: Sequence[Member],
    today: pendulum.Date,
    *,
    with_status: bool = True,
) -> list[Step]:
    """What is missing now. `with_status=False` leaves out the checklist's status words
    ("overskredet med 3 arbejdsdage") for a screen that shows the checklist beside it.
    """
    state = meeting.state
    if state is MeetingState.CANCELLED:
        return _cancelled(meeting, items)
    if state is MeetingState.PUBLISHED:
        return [
            Step(
                Action.NONE,
                t(
                    "steps.published",
                    day=format_day(meeting.published_on) if meeting.published_on else "",
                    url=printable(meeting.minutes_url),
                ),
            )
        ]
    if state in (MeetingState.PROPOSED, MeetingState.PLANNED):
        return _before_dispatch(items, readiness, with_status)
    steps: list[Step] = []
    if state is MeetingState.DISPATCHED:
        if meeting.day > today:
            sent = format_day(meeting.dispatched_on) if meeting.dispatched_on else "?"
            return [
                Step(
                    Action.NONE,
                    t("steps.dispatched_waiting", sent=sent, day=format_day(meeting.day)),
                )
            ]
        steps.append(Step(Action.HOLD, t("steps.mark_held", day=format_day(meeting.day))))
    steps += _after_meeting(meeting, items, readiness, members, with_status)
    return steps


def _cancelled(meeting: Meeting, items: Sequence[AgendaItem]) -> list[Step]:
    steps = [Step(Action.NONE, t("steps.cancelled", reason=printable(meeting.cancel_reason)))]
    left = on_agenda(items)
    if left:
        steps.append(Step(Action.POSTPONE, t("steps.cancelled_items", numbers=numbers(left))))
    return steps


def _before_dispatch(
    items: Sequence[AgendaItem], readiness: Readiness, with_status: bool
) -> list[Step]:
    material = _line(readiness, MATERIAL)
    review = _line(readiness, REVIEW)
    dispatch = _line(readiness, DISPATCH)
    agenda = on_agenda(items)
    steps: list[Step] = []
    if not agenda:
        steps.append(
            Step(
                Action.ADD_ITEM,
                t("steps.no_items", by=_deadline(material, with_status)),
                _urgent(material),
            )
        )
    # Drafts wait for their material, submitted items for their review: each by its deadline.
    for state, key, line in (
        (ItemState.DRAFT, "steps.material_missing", material),
        (ItemState.SUBMITTED, "steps.review_missing", review),
    ):
        waiting = [i for i in agenda if i.state is state]
        if waiting:
            by = _deadline(line, with_status)
            steps.append(
                Step(Action.ADVANCE, t(key, numbers=numbers(waiting), by=by), _urgent(line))
            )
    blockers = dispatch_blockers(items)
    nobody = [b.item for b in blockers if b.kind is BlockerKind.NO_RESPONSIBLE and b.item]
    if nobody:
        steps.append(Step(Action.EDIT, t("steps.no_responsible", numbers=numbers(nobody))))
    key = "steps.dispatch_blocked" if blockers else "steps.dispatch_ready"
    steps.append(
        Step(Action.DISPATCH, t(key, by=_deadline(dispatch, with_status)), _urgent(dispatch))
    )
    return steps


def _after_meeting(
    meeting: Meeting,
    items: Sequence[AgendaItem],
    readiness: Readiness,
    members: Sequence[Member],
    with_status: bool,
) -> list[Step]:
    steps: list[Step] = []
    publication = _line(readiness, PUBLICATION)
    undecided = [b.item for b in publication_blockers(items) if b.item is not None]
    if undecided:
        steps.append(
            Step(
                Action.DECIDE,
                t("steps.decision_missing", numbers=numbers(undecided)),
                _urgent(publication),
            )
        )
    # Attendance is recorded for those called (a substitute is named on their line).
    seated = called_to(meeting, members)
    missing = unrecorded(meeting, seated)
    if seated and missing:
        steps.append(
            Step(
                Action.ATTENDANCE,
                t("steps.attendance_missing", n=len(missing), total=len(seated)),
            )
        )
    if publication is None:
        # "nothing is missing" only when nothing is (attendance may still be).
        key = "steps.no_public_minutes_only" if steps else "steps.no_public_minutes"
        steps.append(Step(Action.NONE, t(key, series=t(f"series_lower.{meeting.series}"))))
    elif meeting.state is MeetingState.HELD:
        steps.append(
            Step(
                Action.PUBLISH,
                t("steps.publish", by=_deadline(publication, with_status)),
                _urgent(publication),
            )
        )
    return steps
