"""Send a batch through a transport, recording each accepted message in the send log.

The log is read once at the start: whoever already has this batch's message is
skipped. Each message is recorded (its own small transaction) as soon as it is
accepted and before the next is sent, so an interrupted batch continues where it
stopped (see kkr_tui.domain.mail_log). A refused recipient is reported and the rest
are still sent; a failure of the connection stops the batch. Nothing about a message's
content is logged: the record holds the batch key, the address, the name and the time.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from email.message import EmailMessage

import pendulum

from kkr_tui.domain.clock import TZ_NAME
from kkr_tui.domain.dispatch import Recipient
from kkr_tui.domain.mail_log import SentMail
from kkr_tui.mail.transport import RecipientRefused, SendError, Transport
from kkr_tui.store import Store, files
from kkr_tui.store.records import record_of, table_of


@dataclass(frozen=True)
class Outgoing:
    recipient: Recipient
    message: EmailMessage
    items: tuple[int, ...] = ()
    # Its own batch key, if not the batch's (a reminder: the day and its items).
    batch: str = ""


@dataclass
class BatchReport:
    batch: str
    sent: list[Recipient] = field(default_factory=list)
    already: list[Recipient] = field(default_factory=list)
    refused: list[tuple[Recipient, str]] = field(default_factory=list)
    stopped: str = ""

    @property
    def complete(self) -> bool:
        return not self.refused and not self.stopped


def wall_clock() -> pendulum.DateTime:
    """The real time, for Date headers and the log: not the app's Clock, whose
    `--today` may pretend another day; a message is sent when it is sent."""
    return pendulum.now(TZ_NAME)


def read_log(store: Store) -> list[SentMail]:
    """The send log as the file holds it now (it is not part of a Snapshot). No lock
    needed: the file is only ever replaced whole; a read-only database can be read."""

    table = table_of(SentMail)
    document = files.read_json(store.path)
    rows = document.get(table, {}) if isinstance(document, dict) else {}
    return [record_of(SentMail, table, key, doc, store.path) for key, doc in rows.items()]


def send_batch(
    store: Store,
    batch: str,
    outgoing: Sequence[Outgoing],
    transport: Transport,
    *,
    now: Callable[[], pendulum.DateTime],
    meeting_id: int = 0,
) -> BatchReport:
    report = BatchReport(batch)
    log = read_log(store)
    done = {(e.batch, e.address.lower()) for e in log}
    todo = []
    for entry in outgoing:
        if (entry.batch or batch, entry.recipient.key) in done:
            report.already.append(entry.recipient)
        else:
            todo.append(entry)
    if not todo:
        return report
    try:
        with transport:
            for entry in todo:
                try:
                    transport.send(entry.message, entry.recipient.address)
                except RecipientRefused as exc:
                    report.refused.append((entry.recipient, str(exc)))
                    continue
                store.add(
                    SentMail(
                        batch=entry.batch or batch,
                        address=entry.recipient.address,
                        name=entry.recipient.name,
                        message_id=str(entry.message["Message-ID"]),
                        sent_at=now().isoformat(),
                        meeting_id=meeting_id,
                        items=entry.items,
                    )
                )
                report.sent.append(entry.recipient)
    except SendError as exc:
        report.stopped = str(exc)
    return report
