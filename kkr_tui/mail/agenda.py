"""The agenda files a dispatch message carries.

The documents package (PDF agenda and its bilag) is used when it is there; until then
the HTML agenda of kkr_tui.exports.documents, which any mail client and browser opens.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kkr_tui.domain.models import Meeting
from kkr_tui.exports.documents import agenda_document
from kkr_tui.mail.compose import Attachment

if TYPE_CHECKING:
    from kkr_tui.store import Snapshot

_ASCII = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa"})


def agenda_basename(meeting: Meeting) -> str:
    """'dagsorden-kkr-sjaelland-2026-04-09': plain ASCII, any mail client keeps it."""
    return f"dagsorden-kkr-{meeting.council.translate(_ASCII)}-{meeting.day.isoformat()}"


def agenda_attachments(snapshot: Snapshot, meeting: Meeting) -> list[Attachment]:
    html = agenda_document(snapshot, meeting.id, "html").encode("utf-8")
    return [Attachment(f"{agenda_basename(meeting)}.html", html, "text", "html")]
