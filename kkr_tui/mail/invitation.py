"""The calendar invitation in a dispatch message (iTIP, RFC 5546), built by icalendar.

METHOD:REQUEST invites (and, with a higher SEQUENCE, updates: a moved meeting);
METHOD:CANCEL withdraws it. The UID is the meeting's stable UID, the same as in the
calendar export (kkr_tui.exports.ics), so a calendar that subscribes to the feed and
one that got the invitation hold one event. SEQUENCE is the export's too (the meeting
record's revision), so it rises with every change.

Privacy: KKR meetings are closed, so the event never holds item titles; and each
recipient's copy names only the organiser and that recipient as ATTENDEE (the
addresses of the others are not handed round, as in the message's To).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from icalendar import Event, Timezone, vCalAddress, vText

from kkr_tui.domain.clock import TZ_NAME, copenhagen
from kkr_tui.domain.dispatch import Recipient, RecipientKind
from kkr_tui.domain.models import Meeting
from kkr_tui.exports.ics import event_uid, meeting_sequence, new_calendar
from kkr_tui.i18n import t


class Method(StrEnum):
    REQUEST = "REQUEST"
    CANCEL = "CANCEL"


@dataclass(frozen=True)
class Organizer:
    name: str
    address: str


def _address(name: str, address: str, **params: str) -> vCalAddress:
    value = vCalAddress(f"mailto:{address}")
    value.params["CN"] = vText(" ".join(name.split()))
    for key, param in params.items():
        value.params[key] = vText(param)
    return value


def invitation(
    meeting: Meeting,
    *,
    uid: str,
    summary: str,
    location: str,
    organizer: Organizer,
    recipient: Recipient,
    method: Method,
    stamp: dt.datetime,
) -> bytes:
    """The text/calendar part for one recipient (UTF-8, CRLF, folded lines)."""
    calendar = new_calendar(method.value)
    calendar.add_component(
        Timezone.from_tzid(
            TZ_NAME,
            first_date=dt.date(meeting.start.year, 1, 1),
            last_date=dt.date(meeting.end.year + 1, 1, 1),
        )
    )
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", stamp.astimezone(dt.UTC))
    event.add("sequence", meeting_sequence(meeting))
    event.add("dtstart", copenhagen(meeting.start))
    event.add("dtend", copenhagen(meeting.end))
    event.add("summary", summary)
    if location:
        event.add("location", location)
    event.add("description", t("mail.invite.description"))
    event.add("class", "PRIVATE")
    event.add("organizer", _address(organizer.name, organizer.address))
    role = "OPT-PARTICIPANT" if recipient.kind is RecipientKind.SECRETARIAT else "REQ-PARTICIPANT"
    attendee = {"ROLE": role, "CUTYPE": "INDIVIDUAL"}
    if method is Method.REQUEST:
        attendee |= {"PARTSTAT": "NEEDS-ACTION", "RSVP": "TRUE"}
    event.add("attendee", _address(recipient.name, recipient.address, **attendee))
    if method is Method.CANCEL:
        event.add("status", "CANCELLED")
    else:
        event.add("status", "CONFIRMED")
        event.add("transp", "OPAQUE")
    calendar.add_component(event)
    payload: bytes = calendar.to_ical()
    return payload


__all__ = ["Method", "Organizer", "event_uid", "invitation"]
