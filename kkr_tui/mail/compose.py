"""The messages themselves: one EmailMessage per recipient, built by the `email` package.

A dispatch message: subject "Dagsorden: KKR Sjælland torsdag den 9. april 2026", a
short body, the agenda (PDF when the documents package can make one, else HTML) with
its attachments, and the calendar invitation (text/calendar; method=REQUEST) both as
an alternative part (so Outlook and Gmail show the invitation) and as `invitation.ics`.
A corrected agenda is marked "Rettet dagsorden"; an update or cancellation carries
only the invitation and a line saying what changed.

Exactly one address in To. Message-ID is derived from the batch and the address, so a
message sent again after a crash is recognisably the same one.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime
from enum import StrEnum

from kkr_tui.domain.dispatch import Recipient, RecipientKind
from kkr_tui.domain.models import Meeting
from kkr_tui.i18n import t
from kkr_tui.mail.invitation import Method, Organizer, invitation


class Purpose(StrEnum):
    DISPATCH = "dispatch"
    RESEND = "resend"  # a corrected agenda
    UPDATE = "update"  # time or place changed
    CANCEL = "cancel"


@dataclass(frozen=True)
class MailFile:
    filename: str
    content: bytes
    maintype: str
    subtype: str


@dataclass(frozen=True)
class MeetingText:
    """How the messages name the meeting, worked out once per batch."""

    council: str  # "KKR Sjælland"
    day: str  # "torsdag den 9. april 2026"
    when: str  # "torsdag den 9. april 2026 kl. 9.30-12.30"
    place: str
    uid: str
    summary: str  # the calendar event's title


def message_id(batch: str, address: str, domain: str) -> str:
    digest = hashlib.sha256(f"{batch}\n{address.lower()}".encode()).hexdigest()[:20]
    safe_batch = "".join(c if c.isalnum() else "." for c in batch)
    return f"<kkr.{safe_batch}.{digest}@{domain or 'kkr.invalid'}>"


def _headers(
    message: EmailMessage,
    *,
    subject: str,
    sender: Organizer,
    recipient: Recipient,
    batch: str,
    stamp: dt.datetime,
) -> None:
    message["Subject"] = subject
    message["From"] = Address(display_name=sender.name, addr_spec=sender.address)
    # One address in To, always: recipients never see each other's addresses.
    message["To"] = Address(display_name=recipient.name, addr_spec=recipient.address)
    message["Date"] = format_datetime(stamp)
    domain = sender.address.rpartition("@")[2]
    message["Message-ID"] = message_id(batch, recipient.address, domain)
    message["Auto-Submitted"] = "auto-generated" if batch.startswith("remind:") else "no"


def subject_for(purpose: Purpose, text: MeetingText) -> str:
    key = {
        Purpose.DISPATCH: "mail.subject.dispatch",
        Purpose.RESEND: "mail.subject.resend",
        Purpose.UPDATE: "mail.subject.update",
        Purpose.CANCEL: "mail.subject.cancel",
    }[purpose]
    return t(key, council=text.council, day=text.day)


def meeting_message(
    meeting: Meeting,
    *,
    purpose: Purpose,
    text: MeetingText,
    recipient: Recipient,
    sender: Organizer,
    batch: str,
    stamp: dt.datetime,
    attachments: Sequence[MailFile] = (),
    cancel_reason: str = "",
) -> EmailMessage:
    message = EmailMessage()
    _headers(
        message,
        subject=subject_for(purpose, text),
        sender=sender,
        recipient=recipient,
        batch=batch,
        stamp=stamp,
    )
    lines = [t("mail.body.greeting", name=recipient.name), ""]
    if purpose is Purpose.RESEND:
        lines += [t("mail.body.resend"), ""]
    if purpose in (Purpose.DISPATCH, Purpose.RESEND):
        lines += [t("mail.body.dispatch", council=text.council, when=text.when, place=text.place)]
        lines += ["", t("mail.body.attached"), t("mail.body.afbud")]
    elif purpose is Purpose.UPDATE:
        lines += [t("mail.body.update", council=text.council, when=text.when, place=text.place)]
    else:
        lines += [t("mail.body.cancel", council=text.council, when=text.when)]
        if cancel_reason.strip():
            lines += [t("mail.body.cancel_reason", reason=" ".join(cancel_reason.split()))]
    if recipient.kind is RecipientKind.SECRETARIAT:
        lines += ["", t("mail.body.copy")]
    lines += ["", t("mail.body.regards"), sender.name, ""]
    message.set_content("\n".join(lines))
    method = Method.CANCEL if purpose is Purpose.CANCEL else Method.REQUEST
    ics = invitation(
        meeting,
        uid=text.uid,
        summary=text.summary,
        location=text.place,
        organizer=sender,
        recipient=recipient,
        method=method,
        stamp=stamp,
    )
    # Calendar clients look for the invitation as an alternative of the body...
    message.add_alternative(
        ics.decode("utf-8"), subtype="calendar", params={"method": method.value}
    )
    # ... and everyone else (and the tests) finds it as a file too.
    for attachment in attachments:
        message.add_attachment(
            attachment.content,
            maintype=attachment.maintype,
            subtype=attachment.subtype,
            filename=attachment.filename,
        )
    message.add_attachment(
        ics,
        maintype="application",
        subtype="ics",
        filename="invitation.ics" if method is Method.REQUEST else "cancel.ics",
    )
    return message


def reminder_message(
    *,
    recipient: Recipient,
    sender: Organizer,
    batch: str,
    stamp: dt.datetime,
    lines: Sequence[str],
) -> EmailMessage:
    message = EmailMessage()
    _headers(
        message,
        subject=t("mail.subject.remind", count=len(lines)),
        sender=sender,
        recipient=recipient,
        batch=batch,
        stamp=stamp,
    )
    body = [t("mail.body.greeting", name=recipient.name), "", t("mail.remind.intro"), ""]
    body += [f"- {line}" for line in lines]
    body += ["", t("mail.remind.outro"), "", t("mail.body.regards"), sender.name, ""]
    message.set_content("\n".join(body))
    return message
