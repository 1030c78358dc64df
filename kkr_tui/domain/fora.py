"""The directors' fora around a KKR as named bodies with members and meetings.

Each region has a municipal directors' forum (kommunaldirektørforum, "KD-forum", named
by each region its own way) and several professional directors' fora (fagdirektørfora,
each with its subject). A forum meeting is a meeting of series `direktoerforum` or
`fagdirektoerforum` whose `forum_id` names the forum; screens show the forum's name
instead of the bare series. A KKR agenda item can name the forum meeting that prepared
it (`AgendaItem.prepared_in`): "Forberedt i KD-forum Sjælland den 2. april 2026".
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from kkr_tui.domain.errors import ValidationError
from kkr_tui.domain.models import (
    EMAIL_RE,
    Meeting,
    Record,
    Series,
    _enum,
    _require_council,
    _require_text,
)
from kkr_tui.i18n import dates, t


class ForumKind(StrEnum):
    MUNICIPAL_DIRECTORS = "kommunaldirektoerforum"
    PROFESSIONAL_DIRECTORS = "fagdirektoerforum"
    OTHER = "andet"


# The meeting series a forum of each kind holds.
SERIES_OF_KIND = {
    ForumKind.MUNICIPAL_DIRECTORS: Series.DIRECTORS,
    ForumKind.PROFESSIONAL_DIRECTORS: Series.PROFESSIONAL_DIRECTORS,
    ForumKind.OTHER: Series.DIRECTORS,
}


@dataclass(frozen=True)
class ForumMember:
    """A member of a directors' forum (not a council member)."""

    name: str
    title: str = ""
    municipality: str = ""
    email: str = ""

    def __post_init__(self) -> None:
        _require_text(self.name, "name")
        if self.email and not EMAIL_RE.match(self.email):
            raise ValidationError(t("fora.bad_email", email=self.email), "email")


@dataclass(frozen=True)
class Forum(Record):
    """A named forum of one council: its kind, subject (for a fagdirektørforum) and members."""

    council: str
    name: str
    kind: ForumKind = ForumKind.MUNICIPAL_DIRECTORS
    subject: str = ""
    members: tuple[ForumMember, ...] = field(default=())
    id: int = 0
    rev: int = 0

    def __post_init__(self) -> None:
        _require_council(self.council)
        _require_text(self.name, "name")
        object.__setattr__(self, "kind", _enum(ForumKind, self.kind, "kind"))
        members = tuple(m if isinstance(m, ForumMember) else ForumMember(**m) for m in self.members)
        object.__setattr__(self, "members", members)

    def to_dict(self) -> dict[str, Any]:
        out = super().to_dict()
        out["members"] = [m.__dict__ for m in self.members]
        return out

    @property
    def series(self) -> Series:
        return SERIES_OF_KIND[self.kind]


def forum_of(meeting: Meeting, fora: Iterable[Forum]) -> Forum | None:
    if not meeting.forum_id:
        return None
    return next((f for f in fora if f.id == meeting.forum_id), None)


def meeting_name(meeting: Meeting, fora: Iterable[Forum]) -> str:
    """What a meeting is called: its forum's name, else its series."""
    forum = forum_of(meeting, fora)
    return forum.name if forum is not None else t(f"series.{meeting.series.value}")


def prepared_in_text(meeting: Meeting, fora: Iterable[Forum]) -> str:
    """ "Forberedt i KD-forum Sjælland den 2. april 2026"."""
    return t(
        "fora.prepared_in",
        name=meeting_name(meeting, fora),
        day=dates.prose_date(meeting.day),
    )
