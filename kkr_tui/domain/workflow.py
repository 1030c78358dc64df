"""The agenda workflow: how items and meetings move on, and what stands in the way.

Pure functions over records. Each returns the changed records (items carry a new
HistoryEntry for every state change) or raises WorkflowError with a message the
secretary can act on. Nothing here saves: the UI writes the result through the store.
"today" and the user name are passed in (the app's clock, the OS user).

Items:    draft -> submitted -> approved -> dispatched (with the agenda), one step at a
          time forwards or back while the agenda is still open; postponed carries an
          item to the next meeting of the same council and series (as a draft there,
          with its history).
Meetings: proposed/planned -> dispatched -> held -> published; or cancelled.
Guards:   before dispatch every item is approved and has a responsible case officer,
          and there is at least one item; before publication every beslutningssag has
          a decision. A guard may be overridden with a reason, which is stored.

Length: ~460 lines, one small function per step, kept together so every rule of the
workflow is read in one file (which actions a state allows: kkr_tui.domain.actions).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import urlsplit

import pendulum

from kkr_tui.domain.agenda_content import closing_items
from kkr_tui.domain.deadlines import publishes_minutes
from kkr_tui.domain.errors import DomainError, ValidationError
from kkr_tui.domain.formatting import format_day
from kkr_tui.domain.models import (
    AgendaItem,
    HistoryEntry,
    ItemKind,
    ItemState,
    Meeting,
    MeetingState,
)
from kkr_tui.domain.text import printable, strip_controls
from kkr_tui.i18n import t

# The steps an item takes while its agenda is being prepared.
ITEM_STEPS: tuple[ItemState, ...] = (ItemState.DRAFT, ItemState.SUBMITTED, ItemState.APPROVED)
# The agenda is open (items may be added, changed, reordered) until it is dispatched.
OPEN_AGENDA: tuple[MeetingState, ...] = (MeetingState.PROPOSED, MeetingState.PLANNED)
# Items can be postponed away from any meeting whose minutes are not yet published.
POSTPONABLE_FROM: tuple[MeetingState, ...] = (
    MeetingState.PROPOSED,
    MeetingState.PLANNED,
    MeetingState.DISPATCHED,
    MeetingState.HELD,
    MeetingState.CANCELLED,
)
# The agenda has gone out: its numbering is the members' and stays as sent.
AGENDA_SENT: tuple[MeetingState, ...] = (
    MeetingState.DISPATCHED,
    MeetingState.HELD,
    MeetingState.PUBLISHED,
)
CANCELLABLE: tuple[MeetingState, ...] = (
    MeetingState.PROPOSED,
    MeetingState.PLANNED,
    MeetingState.DISPATCHED,
)


class WorkflowError(DomainError):
    """A step that is not possible now; the message says why and what to do instead."""


# -- items -------------------------------------------------------------------------


def on_agenda(items: Iterable[AgendaItem]) -> list[AgendaItem]:
    """The items that are on the agenda (a postponed one is on its way elsewhere)."""
    return [i for i in items if i.state is not ItemState.POSTPONED]


def change_item_state(
    item: AgendaItem, to: ItemState, *, day: pendulum.Date, user: str, note: str = ""
) -> AgendaItem:
    """The item in state `to`, the change kept in its history."""
    entry = HistoryEntry(
        day=day.isoformat(),
        user=user,
        from_state=item.state.value,
        to_state=to.value,
        note=strip_controls(note).strip(),
    )
    return item.with_changes(state=to, history=(*item.history, entry))


def require_open_agenda(meeting: Meeting) -> None:
    """Adding, deleting, reordering and state changes need an agenda not yet sent."""
    if meeting.state in OPEN_AGENDA:
        return
    if meeting.state is MeetingState.CANCELLED:
        raise WorkflowError(t("flow.meeting_cancelled"))
    raise WorkflowError(t("flow.agenda_closed", state=t(f"state_short.{meeting.state.value}")))


def advance_item(
    item: AgendaItem, meeting: Meeting, *, day: pendulum.Date, user: str
) -> AgendaItem:
    """One step forward: draft -> submitted -> approved."""
    return _step_item(item, meeting, 1, day=day, user=user)


def step_back_item(
    item: AgendaItem, meeting: Meeting, *, day: pendulum.Date, user: str
) -> AgendaItem:
    """One step back: approved -> submitted -> draft (e.g. material sent back)."""
    return _step_item(item, meeting, -1, day=day, user=user)


def _step_item(
    item: AgendaItem, meeting: Meeting, step: int, *, day: pendulum.Date, user: str
) -> AgendaItem:
    require_open_agenda(meeting)
    if item.state not in ITEM_STEPS:
        raise WorkflowError(t("flow.item_not_in_steps", state=t(f"item_state.{item.state.value}")))
    index = ITEM_STEPS.index(item.state) + step
    if index < 0:
        raise WorkflowError(t("flow.item_first_step"))
    if index >= len(ITEM_STEPS):
        raise WorkflowError(t("flow.item_last_step"))
    return change_item_state(item, ITEM_STEPS[index], day=day, user=user)


def renumber(items: Sequence[AgendaItem]) -> list[AgendaItem]:
    """Numbers 1..n in the given order; returns only the items whose number changes."""
    return [
        item.with_changes(number=n) for n, item in enumerate(items, start=1) if item.number != n
    ]


def move_item(items: Sequence[AgendaItem], item_id: int, delta: int) -> list[AgendaItem]:
    """Move one item up (delta < 0) or down; every number follows. Changed items only.

    At the top (or bottom) nothing moves: an empty list.
    """
    ordered = sorted(items, key=lambda i: (i.number, i.id))
    index = next((n for n, i in enumerate(ordered) if i.id == item_id), None)
    if index is None:
        raise WorkflowError(t("flow.item_gone"))
    target = max(0, min(len(ordered) - 1, index + delta))
    if target == index:
        return []
    moving = ordered.pop(index)
    ordered.insert(target, moving)
    return renumber(ordered)


def next_number(items: Sequence[AgendaItem]) -> int:
    return max((i.number for i in items), default=0) + 1


def placed_item(
    item: AgendaItem, meeting: Meeting, items: Sequence[AgendaItem]
) -> list[AgendaItem]:
    """`item` put on the meeting's agenda (`items`, as they are now), first the item
    with its number, then the items it moves: every record to write.

    The one rule for every way an item comes onto an agenda (a new item, a postponed
    one): a new case goes before the frame's closing items ("Siden sidst /
    Meddelelser", "Eventuelt"), which move one number down. An agenda without them
    gets it last. A sent agenda is not reordered (its numbers are the members'): last.
    """
    closing = _movable_closing(meeting, items)
    number = new_item_number(meeting, items)
    return [
        item.with_changes(meeting_id=meeting.id, number=number),
        *(c.with_changes(number=number + n) for n, c in enumerate(closing, start=1)),
    ]


def new_item_number(meeting: Meeting, items: Sequence[AgendaItem]) -> int:
    """The number an item added to the agenda now gets (`placed_item`)."""
    closing = _movable_closing(meeting, items)
    return closing[0].number if closing else next_number(items)


def _movable_closing(meeting: Meeting, items: Sequence[AgendaItem]) -> list[AgendaItem]:
    return closing_items(meeting, items) if meeting.state in OPEN_AGENDA else []


def without_item(items: Sequence[AgendaItem], item_id: int) -> list[AgendaItem]:
    """The agenda after deleting one item: the others renumbered (changed items only)."""
    rest = sorted((i for i in items if i.id != item_id), key=lambda i: (i.number, i.id))
    return renumber(rest)


def postpone_target(meeting: Meeting, meetings: Iterable[Meeting]) -> Meeting:
    """The next meeting of the same council and series whose agenda is still open."""
    later = sorted(
        (
            m
            for m in meetings
            if m.council == meeting.council
            and m.series is meeting.series
            and m.id != meeting.id
            and m.start > meeting.start
            and m.state in OPEN_AGENDA
        ),
        key=lambda m: m.start,
    )
    if not later:
        raise WorkflowError(t("flow.no_next_meeting", series=t(f"series.{meeting.series.value}")))
    return later[0]


def postpone_item(
    item: AgendaItem,
    source: Meeting,
    source_items: Sequence[AgendaItem],
    target: Meeting,
    target_items: Sequence[AgendaItem],
    *,
    day: pendulum.Date,
    user: str,
    note: str = "",
) -> list[AgendaItem]:
    """Carry `item` to `target`, a draft again, history kept: placed as a new item is
    (`placed_item`: before the closing frame items).

    Returns every record that changes: the moved item (a copy, from a sent agenda, after
    the item postponed in its place), the target's closing
    items it moved, and the source items renumbered.
    Two history entries: to postponed (with the note and where to), then to draft on the
    new agenda, so the history reads as what happened.
    """
    if source.state not in POSTPONABLE_FROM:
        raise WorkflowError(t("flow.published_locked"))
    if item.state is ItemState.POSTPONED:
        raise WorkflowError(t("doc.already_postponed"))
    if target.state not in OPEN_AGENDA:
        raise WorkflowError(t("flow.target_closed"))
    where = t(
        "flow.postponed_to",
        series=t(f"series.{target.series.value}"),
        day=format_day(target.day),
    )
    reason = strip_controls(note).strip()
    postponed = change_item_state(
        item,
        ItemState.POSTPONED,
        day=day,
        user=user,
        note=f"{where}: {reason}" if reason else where,
    )
    moved = change_item_state(
        postponed,
        ItemState.DRAFT,
        day=day,
        user=user,
        note=t("flow.postponed_from", day=format_day(source.day)),
    )
    if source.state in AGENDA_SENT:
        # The item was on the agenda the members received: it stays there, postponed,
        # in its place (the minutes say "Punktet blev udsat"), and a copy (a new
        # record, id 0) goes on to the next meeting. The source is not renumbered.
        return [postponed, *placed_item(moved.with_changes(id=0, rev=0), target, target_items)]
    return [*placed_item(moved, target, target_items), *without_item(source_items, item.id)]


def record_decision(
    item: AgendaItem, meeting: Meeting, decision: str, *, today: pendulum.Date
) -> AgendaItem:
    """The decision (beslutning) is written after the meeting has begun, before publication."""
    if meeting.state is MeetingState.PUBLISHED:
        raise WorkflowError(t("flow.published_locked"))
    if meeting.state not in (MeetingState.DISPATCHED, MeetingState.HELD):
        raise WorkflowError(t("flow.decision_not_yet"))
    if meeting.day > today:
        raise WorkflowError(t("flow.meeting_not_yet", day=format_day(meeting.day)))
    return item.with_changes(decision=clean_block(decision))


# -- guards ------------------------------------------------------------------------


class BlockerKind(StrEnum):
    NO_ITEMS = "no_items"
    NOT_APPROVED = "not_approved"
    NO_RESPONSIBLE = "no_responsible"
    NO_DECISION = "no_decision"


@dataclass(frozen=True)
class Blocker:
    """One thing that stands in the way of dispatch or publication."""

    kind: BlockerKind
    item: AgendaItem | None = None

    @property
    def text(self) -> str:
        if self.item is None:
            return t(f"flow.blocker.{self.kind.value}")
        return t(
            f"flow.blocker.{self.kind.value}",
            number=self.item.number,
            title=printable(self.item.title),
            state=t(f"item_state.{self.item.state.value}"),
        )


def dispatch_blockers(items: Sequence[AgendaItem]) -> list[Blocker]:
    """What stands in the way of sending the agenda, item by item in agenda order."""
    agenda = sorted(on_agenda(items), key=lambda i: i.number)
    if not agenda:
        return [Blocker(BlockerKind.NO_ITEMS)]
    found = [
        Blocker(BlockerKind.NOT_APPROVED, i) for i in agenda if i.state is not ItemState.APPROVED
    ]
    found += [Blocker(BlockerKind.NO_RESPONSIBLE, i) for i in agenda if not i.responsible.strip()]
    return found


def publication_blockers(items: Sequence[AgendaItem]) -> list[Blocker]:
    """Every beslutningssag on the agenda needs its decision before the minutes go out."""
    return [
        Blocker(BlockerKind.NO_DECISION, i)
        for i in sorted(on_agenda(items), key=lambda i: i.number)
        if i.kind is ItemKind.DECISION and not i.decision.strip()
    ]


# -- meetings ----------------------------------------------------------------------


def _require_reason(text: str, key: str) -> str:
    cleaned = strip_controls(text).strip()
    if not cleaned:
        raise WorkflowError(t(key))
    return cleaned


def _require_not_future(day: pendulum.Date, today: pendulum.Date) -> None:
    if day > today:
        raise WorkflowError(t("flow.day_in_future", day=format_day(day)))


def is_late(day: pendulum.Date, due: pendulum.Date) -> bool:
    return day > due


def dispatch_meeting(
    meeting: Meeting,
    items: Sequence[AgendaItem],
    *,
    day: pendulum.Date,
    due: pendulum.Date,
    today: pendulum.Date,
    user: str,
    late_reason: str = "",
    override_reason: str = "",
) -> tuple[Meeting, list[AgendaItem]]:
    """Record the agenda as sent on `day`; the items on it go to state dispatched.

    After the deadline `due` a reason is required (kept in dispatch_note); with blockers
    an override reason is required (kept in dispatch_override).
    """
    if meeting.state not in OPEN_AGENDA:
        require_open_agenda(meeting)
    _require_not_future(day, today)
    if day > meeting.day:
        raise WorkflowError(t("flow.dispatch_after_meeting", day=format_day(meeting.day)))
    late_note = _require_reason(late_reason, "flow.late_reason_needed") if is_late(day, due) else ""
    override = (
        _require_reason(override_reason, "flow.override_reason_needed")
        if dispatch_blockers(items)
        else ""
    )
    changed = meeting.with_changes(
        state=MeetingState.DISPATCHED,
        dispatched_on=day,
        dispatch_note=late_note,
        dispatch_override=override,
    )
    note = t("flow.history.dispatched", day=format_day(day))
    sent = [
        change_item_state(item, ItemState.DISPATCHED, day=today, user=user, note=note)
        for item in on_agenda(items)
    ]
    return changed, sent


def default_held_day(meeting: Meeting, today: pendulum.Date) -> pendulum.Date:
    return min(meeting.day, today)


def mark_held(meeting: Meeting, *, day: pendulum.Date, today: pendulum.Date) -> Meeting:
    if meeting.state is not MeetingState.DISPATCHED:
        if meeting.state in OPEN_AGENDA:
            raise WorkflowError(t("flow.held_needs_dispatch"))
        raise WorkflowError(
            t("flow.held_wrong_state", state=t(f"state_short.{meeting.state.value}"))
        )
    _require_not_future(day, today)
    if day < meeting.day:
        raise WorkflowError(t("flow.held_before_meeting", day=format_day(meeting.day)))
    return meeting.with_changes(state=MeetingState.HELD, held_on=day)


def validate_minutes_url(text: str) -> str:
    """An https address with a host (the kl.dk page of the minutes).

    An address without a scheme, as copied from a browser's address bar
    ("www.kl.dk/..."), gets https://; one that says http:// is refused, since the
    minutes are only published over https. A ValidationError of the field "url", so a
    dialog can put the cursor there."""
    url = strip_controls(text).strip()
    if not url:
        raise ValidationError(t("flow.url_needed"), field="url")
    if "://" not in url:
        url = f"https://{url}"
    parts = urlsplit(url)
    if parts.scheme != "https":
        raise ValidationError(t("flow.url_not_https", url=printable(url)), field="url")
    host = parts.hostname or ""
    if "." not in host or any(ch.isspace() for ch in url):
        raise ValidationError(t("flow.url_invalid", url=printable(url)), field="url")
    return url


def publish_minutes(
    meeting: Meeting,
    items: Sequence[AgendaItem],
    *,
    day: pendulum.Date,
    url: str,
    today: pendulum.Date,
    override_reason: str = "",
) -> Meeting:
    if not publishes_minutes(meeting.series):
        raise WorkflowError(
            t("flow.no_public_minutes", series=t(f"series_lower.{meeting.series.value}"))
        )
    if meeting.state is not MeetingState.HELD:
        if meeting.state in (*OPEN_AGENDA, MeetingState.DISPATCHED):
            raise WorkflowError(t("flow.publish_needs_held"))
        raise WorkflowError(
            t("flow.publish_wrong_state", state=t(f"state_short.{meeting.state.value}"))
        )
    _require_not_future(day, today)
    held = meeting.held_on or meeting.day
    if day < held:
        raise WorkflowError(t("flow.published_before_held", day=format_day(held)))
    address = validate_minutes_url(url)
    override = (
        _require_reason(override_reason, "flow.override_reason_needed")
        if publication_blockers(items)
        else ""
    )
    return meeting.with_changes(
        state=MeetingState.PUBLISHED,
        published_on=day,
        minutes_url=address,
        publication_override=override,
    )


def cancel_meeting(meeting: Meeting, *, reason: str) -> Meeting:
    if meeting.state not in CANCELLABLE:
        raise WorkflowError(
            t("flow.cancel_wrong_state", state=t(f"state_short.{meeting.state.value}"))
        )
    return meeting.with_changes(
        state=MeetingState.CANCELLED,
        cancel_reason=_require_reason(reason, "flow.cancel_reason_needed"),
    )


# -- text --------------------------------------------------------------------------


def clean_line(text: str) -> str:
    """One line of user input: control characters dropped, line breaks to spaces."""
    return " ".join(strip_controls(text).split())


def clean_block(text: str) -> str:
    """Several lines of user input: control characters dropped, outer blanks trimmed."""
    return strip_controls(text.replace("\r\n", "\n")).strip()
