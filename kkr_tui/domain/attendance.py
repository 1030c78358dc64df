"""Who attended a meeting: present, absent, or replaced by a substitute ("supp. X deltog").

Stored in Meeting.attendance as {member id (str): "present" | "absent" |
"substitute:<name>"}; the minutes export reads exactly that format, so it is fixed here
in one place. Attendance is recorded once the meeting day has come, until the minutes
are published. Before the meeting day only afbud can be registered (absent, or a
substitute called in), and only once the invitation is out (the agenda dispatched or
mailed): the minutes' attendance list then starts from them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

import pendulum

from kkr_tui.domain.errors import ValidationError
from kkr_tui.domain.formatting import format_day
from kkr_tui.domain.models import Meeting, MeetingState, Member, Role, Series
from kkr_tui.domain.text import printable, strip_controls
from kkr_tui.i18n import t, tn

SUBSTITUTE_PREFIX = "substitute:"
# Who sits in the formandskab: the chair and the vice chair(s).
FORMANDSKAB_ROLES = (Role.CHAIR, Role.VICE_CHAIR)


class Presence(StrEnum):
    PRESENT = "present"
    ABSENT = "absent"
    SUBSTITUTE = "substitute"


@dataclass(frozen=True)
class Attendance:
    """One member's attendance; `substitute` is the name of who came instead."""

    presence: Presence
    substitute: str = ""

    def __post_init__(self) -> None:
        name = " ".join(strip_controls(self.substitute).split())
        object.__setattr__(self, "substitute", name)
        if self.presence is Presence.SUBSTITUTE and not name:
            raise ValidationError(t("attendance.substitute_needed"), "substitute")
        if self.presence is not Presence.SUBSTITUTE and name:
            raise ValidationError(t("attendance.substitute_only"), "substitute")

    def encode(self) -> str:
        if self.presence is Presence.SUBSTITUTE:
            return f"{SUBSTITUTE_PREFIX}{self.substitute}"
        return self.presence.value

    @classmethod
    def decode(cls, value: str) -> Attendance:
        if value.startswith(SUBSTITUTE_PREFIX):
            return cls(Presence.SUBSTITUTE, value.removeprefix(SUBSTITUTE_PREFIX))
        try:
            return cls(Presence(value))
        except ValueError:
            raise ValidationError(
                t("attendance.unknown", value=printable(value)), "attendance"
            ) from None

    @property
    def text(self) -> str:
        """'deltog', 'afbud', 'supp. Anna Eksempel deltog'."""
        if self.presence is Presence.SUBSTITUTE:
            return t("attendance.text.substitute", name=printable(self.substitute))
        return t(f"attendance.text.{self.presence.value}")


def read_attendance(meeting: Meeting) -> dict[str, Attendance]:
    """The stored attendance, decoded; an unreadable value is left out (shown as unset)."""
    found = {}
    for member_id, value in meeting.attendance.items():
        try:
            found[member_id] = Attendance.decode(value)
        except ValidationError:
            continue
    return found


def with_attendance(
    meeting: Meeting, changes: Mapping[str, Attendance | None], *, today: pendulum.Date
) -> Meeting:
    """The meeting with these members' attendance set (None clears one).

    Entries for members not mentioned (e.g. someone who has left the council) are kept.
    """
    if meeting.state is MeetingState.CANCELLED:
        raise ValidationError(t("flow.meeting_cancelled"), "attendance")
    if meeting.state is MeetingState.PUBLISHED:
        raise ValidationError(t("flow.published_locked"), "attendance")
    if meeting.day > today:
        early = [a for a in changes.values() if a is not None and a.presence is Presence.PRESENT]
        if early:
            raise ValidationError(
                t("flow.meeting_not_yet", day=format_day(meeting.day)), "attendance"
            )
        if not invitation_out(meeting):
            raise ValidationError(t("afbud.not_invited"), "attendance")
    stored = dict(meeting.attendance)
    for member_id, attendance in changes.items():
        if attendance is None:
            stored.pop(member_id, None)
        else:
            stored[member_id] = attendance.encode()
    return meeting.with_changes(attendance=stored)


def called_to(meeting: Meeting, members: Sequence[Member]) -> list[Member]:
    """The members called to the meeting, whose attendance is recorded: every member
    with a seat of the councils taking part for a KKR or constituting meeting, their
    formandskab (the chair and vice chairs) for a formandskab meeting, nobody for a
    directors' forum (its members are directors, not members of the council)."""
    seats = [m for m in members if meeting.belongs_to(m.council) and not m.is_substitute]
    if meeting.series is Series.CHAIRMANSHIP:
        return [m for m in seats if m.role in FORMANDSKAB_ROLES]
    if meeting.series in (Series.KKR, Series.CONSTITUTING):
        return seats
    return []


def unrecorded(meeting: Meeting, members: list[Member]) -> list[Member]:
    """Members of the council with no attendance recorded for this meeting."""
    known = read_attendance(meeting)
    return [m for m in members if str(m.id) not in known]


def invitation_out(meeting: Meeting) -> bool:
    """Afbud can come in from the day the invitation went out (dispatched or mailed)."""
    return meeting.state is MeetingState.DISPATCHED or meeting.mail_round > 0


def suggested_substitute(member: Member, members: list[Member]) -> Member | None:
    """Who stands in for `member`: the registered substitute for them (for a mayor, the
    deputy mayor, registered the same way as "suppleant for" the mayor)."""
    for candidate in members:
        if candidate.is_substitute and candidate.substitute_for.strip() == member.name.strip():
            return candidate
    return None


def substitute_word(member: Member) -> str:
    """'stedfortræder' for a mayor (the deputy mayor), else 'suppleant'."""
    return t("afbud.deputy") if member.mayor else t("afbud.substitute")


def afbud_summary(meeting: Meeting, members: Sequence[Member] = ()) -> str:
    """'2 afbud, 1 suppleant indkaldt' for the readiness checklist; '' when none.

    Given the council's `members`, one called in for a mayor is counted as the deputy
    mayor ('1 suppleant og 1 stedfortræder indkaldt'); every count through tn().
    """
    mayors = {str(m.id) for m in members if m.mayor}
    absent = substitutes = deputies = 0
    for member_id, attendance in read_attendance(meeting).items():
        if attendance.presence is Presence.PRESENT:
            continue
        absent += 1
        if attendance.presence is Presence.SUBSTITUTE:
            if member_id in mayors:
                deputies += 1
            else:
                substitutes += 1
    if not absent:
        return ""
    called = [tn("afbud.substitutes", substitutes)] if substitutes or not deputies else []
    if deputies:
        called.append(tn("afbud.deputies", deputies))
    return t("afbud.summary", absent=tn("afbud.absent", absent), called=t("afbud.and").join(called))
