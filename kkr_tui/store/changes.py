"""What a write changed, in words, for the version kept before it (`kkr backup list`):
"rettet punkt 3 på KKR Sjælland tor 9. apr 2026", "ny kontakt Åse Ørsted"."""

from __future__ import annotations

import getpass
from collections.abc import Callable, Sequence
from typing import Any

from kkr_tui.domain.formatting import format_day
from kkr_tui.domain.models import AgendaItem, Contact, Council, Meeting, Member
from kkr_tui.domain.text import printable
from kkr_tui.i18n import t


def os_user() -> str:
    """The OS user making the change ("?" in a bare container without one)."""
    try:
        return getpass.getuser() or "?"
    except (OSError, KeyError, ImportError):
        return "?"


def describe(
    changes: Sequence[tuple[str, Any]],
    meeting_of: Callable[[int], Meeting | None],
    council_name: Callable[[str], str],
) -> str:
    """The first change in words, and how many more there were."""
    if not changes:
        return ""
    action, record = changes[0]
    text = t(f"changes.{action}", what=_what(record, meeting_of, council_name))
    if len(changes) > 1:
        text += t("changes.more", count=len(changes) - 1)
    return printable(text)


def _what(
    record: Any, meeting_of: Callable[[int], Meeting | None], council_name: Callable[[str], str]
) -> str:
    if isinstance(record, Contact | Member):
        kind = "contact" if isinstance(record, Contact) else "member"
        return t(f"changes.{kind}", name=record.name)
    if isinstance(record, Council):
        return t("changes.council", name=record.name)
    if isinstance(record, Meeting):
        return t("changes.meeting", meeting=_meeting(record, council_name))
    if isinstance(record, AgendaItem):
        meeting = meeting_of(record.meeting_id)
        where = _meeting(meeting, council_name) if meeting is not None else "?"
        return t("changes.item", number=record.number, meeting=where)
    return t("changes.settings")


def _meeting(meeting: Meeting, council_name: Callable[[str], str]) -> str:
    return f"{council_name(meeting.council)} {format_day(meeting.day)}"
