"""The send log: one record per message a server (or the outbox) accepted.

A batch is one sending job with a stable key: the first dispatch of meeting 21 is
"dispatch:21:1", a corrected agenda "dispatch:21:2", an updated invitation
"update:21:<when>", a cancellation "cancel:21", the reminders of a day
"remind:2026-09-10". A record is written right after its message is accepted, before
the next one is sent, so a batch interrupted anywhere (a refused recipient, a crash,
SIGKILL) and run again sends only to those not in the log: each recipient exactly once.
(Between acceptance and the record there is a window of microseconds; a message sent
again from there carries the same Message-ID, so mail clients show it once.)
"""

from __future__ import annotations

from dataclasses import dataclass

from kkr_tui.domain.models import Record, _require_text

TABLE = "mail_log"


@dataclass(frozen=True)
class SentMail(Record):
    """One message sent: by which batch, to whom, for which meeting and items."""

    batch: str
    address: str
    name: str = ""
    message_id: str = ""
    sent_at: str = ""
    meeting_id: int = 0
    # Reminders: the agenda items the message named (one reminder per item and day).
    items: tuple[int, ...] = ()
    id: int = 0
    rev: int = 0

    def __post_init__(self) -> None:
        _require_text(self.batch, "batch")
        _require_text(self.address, "address")
        object.__setattr__(self, "items", tuple(int(i) for i in self.items))


def dispatch_batch(meeting_id: int, round_number: int) -> str:
    return f"dispatch:{meeting_id}:{round_number}"


def update_batch(meeting_id: int, fingerprint: str) -> str:
    return f"update:{meeting_id}:{fingerprint}"


def cancel_batch(meeting_id: int) -> str:
    return f"cancel:{meeting_id}"


def remind_batch(day: str) -> str:
    return f"remind:{day}"


def sent_to(log: list[SentMail], batch: str) -> set[str]:
    """The addresses (lower case) that already have this batch's message."""
    return {entry.address.lower() for entry in log if entry.batch == batch}
