"""What an agenda item says in the documents: its outcome line, its attachments'
numbers, and the standard items a KKR or constituting meeting starts from.

Pure functions over records; the texts come from the catalogue (i18n/documents.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

import pendulum

from kkr_tui.domain.models import AgendaItem, Attachment, ItemKind, Meeting, MeetingState, Series
from kkr_tui.i18n import in_every_language, t
from kkr_tui.i18n.dates import prose_date


def outcome_line(item: AgendaItem) -> str:
    """The item's line under "Beslutning" in the minutes.

    A beslutningssag has only what was decided ("" while nothing is); an orientering
    and a drøftelse have the standard sentence unless the secretary wrote another.
    """
    if item.decision.strip():
        return item.decision
    if item.kind is ItemKind.INFORMATION:
        return t("doc.outcome.information")
    if item.kind is ItemKind.DISCUSSION:
        return t("doc.outcome.discussion")
    return ""


class NumberedAttachment(NamedTuple):
    number: str  # "3.2": item 3's second attachment
    attachment: Attachment


def numbered_attachments(
    items: Sequence[tuple[int, AgendaItem]],
) -> list[NumberedAttachment]:
    """Every attachment of the agenda in order, numbered "item.n" ("Bilag 3.2")."""
    return [
        NumberedAttachment(f"{number}.{index}", attachment)
        for number, item in items
        for index, attachment in enumerate(item.attachments, start=1)
    ]


class FrameItem(NamedTuple):
    title: str
    kind: ItemKind


# Series whose agenda has a standard frame (the others are free-form).
FRAMED_SERIES = (Series.KKR, Series.CONSTITUTING)

# The frame's closing items, in order: they stay last, after every case of the meeting.
_CLOSING_KEYS: dict[Series, tuple[str, ...]] = {
    Series.KKR: ("doc.frame.since_last", "doc.frame.any_other_business"),
    Series.CONSTITUTING: ("doc.frame.any_other_business",),
}


def previous_meeting(meeting: Meeting, meetings: Sequence[Meeting]) -> Meeting | None:
    """The council's KKR (or constituting) meeting before this one, not cancelled:
    the one whose minutes this meeting approves."""
    earlier = [
        m
        for m in meetings
        if m.council == meeting.council
        and m.series in FRAMED_SERIES
        and m.start < meeting.start
        and m.state is not MeetingState.CANCELLED
    ]
    return max(earlier, key=lambda m: m.start, default=None)


def standard_frame(
    meeting: Meeting, previous_day: pendulum.Date | None
) -> tuple[list[FrameItem], list[FrameItem]]:
    """The standard items of a new agenda: (before the meeting's own items, after them).

    KKR meeting: approval of the agenda, approval of the previous meeting's minutes
    (its day found, not typed), then the meeting's items, "Siden sidst / Meddelelser"
    and "Eventuelt" last. Constituting meeting: the items of the rules of procedure,
    all before any own items except "Eventuelt". Other series have no frame.
    """
    decision = ItemKind.DECISION
    if meeting.series is Series.CONSTITUTING:
        head = [
            FrameItem(t("doc.frame.election_approval"), decision),
            FrameItem(t("doc.frame.electoral_alliances"), decision),
            FrameItem(t("doc.frame.elect_chair"), decision),
            FrameItem(t("doc.frame.elect_vice_chair"), decision),
            FrameItem(t("doc.frame.rules_of_procedure"), decision),
            FrameItem(t("doc.frame.appointments"), decision),
            FrameItem(t("doc.frame.meeting_plan"), decision),
        ]
        return head, _closing_frame(meeting)
    if meeting.series is not Series.KKR:
        return [], []
    minutes = (
        t("doc.frame.approve_minutes", day=prose_date(previous_day))
        if previous_day is not None
        else t("doc.frame.approve_minutes_none")
    )
    head = [
        FrameItem(t("doc.frame.approve_agenda"), decision),
        FrameItem(minutes, decision),
    ]
    return head, _closing_frame(meeting)


def _closing_frame(meeting: Meeting) -> list[FrameItem]:
    return [FrameItem(t(key), ItemKind.INFORMATION) for key in _CLOSING_KEYS[meeting.series]]


def closing_items(meeting: Meeting, items: Sequence[AgendaItem]) -> list[AgendaItem]:
    """The closing frame items ("Siden sidst / Meddelelser", "Eventuelt") at the end of
    the meeting's agenda, in order: the last items whose titles are the frame's closing
    titles (in Danish or English, as the frame wrote them). Empty for an agenda without
    them (a free-form series, the frame not given, or a case the secretary put last)."""
    keys = _CLOSING_KEYS.get(meeting.series, ())
    titles = {title.casefold() for key in keys for title in in_every_language(key)}
    ordered = sorted(items, key=lambda i: (i.number, i.id))
    count = 0
    for item in reversed(ordered):
        if item.title.strip().casefold() not in titles:
            break
        count += 1
    return ordered[len(ordered) - count :]


def framed_agenda(
    meeting: Meeting,
    items: Sequence[AgendaItem],
    previous_day: pendulum.Date | None,
    responsible: str = "",
) -> list[AgendaItem]:
    """The meeting's items inside the standard frame, renumbered 1, 2, 3 ...

    Returns every record that changes or is new (new ones have id 0). A frame item
    whose title is already on the agenda is not added again, so giving the frame
    twice changes nothing. New frame items get `responsible` (the secretariat: they
    are its items, and an item without one blocks the dispatch).
    """
    head, tail = standard_frame(meeting, previous_day)
    present = {i.title.strip().casefold() for i in items}

    def new(frame: list[FrameItem]) -> list[AgendaItem]:
        return [
            AgendaItem(
                meeting_id=meeting.id,
                number=1,
                title=f.title,
                kind=f.kind,
                responsible=responsible,
            )
            for f in frame
            if f.title.casefold() not in present
        ]

    ordered = [*new(head), *sorted(items, key=lambda i: (i.number, i.id)), *new(tail)]
    changed = []
    for number, item in enumerate(ordered, start=1):
        if item.id == 0 or item.number != number:
            changed.append(item.with_changes(number=number))
    return changed
