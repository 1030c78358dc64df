"""Who gets a meeting's agenda by e-mail, and what stops someone from getting it.

Recipients: the council's members (not their substitutes), the substitutes registered
as called in for this meeting (afbud with "supp. X"), and the council's secretariat
contacts in copy. Each gets a message of their own (one address in To). A member
without a usable address is a warning naming the member; they are skipped.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from email.errors import HeaderParseError
from email.headerregistry import Address
from enum import StrEnum

import pendulum

from kkr_tui.domain.attendance import Presence, read_attendance
from kkr_tui.domain.formatting import format_day_time
from kkr_tui.domain.models import EMAIL_RE, Contact, Meeting, MeetingState, Member
from kkr_tui.domain.names import caseless
from kkr_tui.domain.text import printable
from kkr_tui.i18n import t, tn


class Audience(StrEnum):
    MEMBERS = "members"
    SECRETARIAT = "secretariat"
    CONTACT = "contact"  # a case officer (reminders)
    ALL = "all"


class RecipientKind(StrEnum):
    MEMBER = "member"
    SUBSTITUTE = "substitute"
    SECRETARIAT = "secretariat"
    CONTACT = "contact"  # a case officer (reminders)


@dataclass(frozen=True)
class Recipient:
    name: str
    address: str
    kind: RecipientKind

    @property
    def key(self) -> str:
        """How the send log knows the recipient: the address, case-folded."""
        return self.address.lower()


@dataclass(frozen=True)
class Problem:
    """Someone who will not get the message, and why (shown before anything is sent)."""

    name: str
    text: str
    invalid: bool = False  # an address that is there but wrong: the dispatch asks first


@dataclass(frozen=True)
class RecipientPlan:
    recipients: tuple[Recipient, ...]
    problems: tuple[Problem, ...]

    @property
    def has_invalid(self) -> bool:
        return any(p.invalid for p in self.problems)


def address_problem(address: str) -> str:
    """'' for a usable address, else what is wrong with it."""
    text = address.strip()
    if not text:
        return t("mail.address.missing")
    if not EMAIL_RE.match(text) or any(ord(c) < 32 or c in '<>,;"' for c in text):
        return t("mail.address.invalid", address=printable(text))
    try:
        Address(addr_spec=text)
    except (ValueError, IndexError, HeaderParseError):
        return t("mail.address.invalid", address=printable(text))
    return ""


def plan_recipients(
    meeting: Meeting,
    members: Sequence[Member],
    contacts: Sequence[Contact],
    audience: Audience = Audience.ALL,
) -> RecipientPlan:
    found: list[Recipient] = []
    problems: list[Problem] = []
    seen: set[str] = set()

    def take(name: str, address: str, kind: RecipientKind) -> None:
        problem = address_problem(address)
        if problem:
            invalid = bool(address.strip())
            problems.append(
                Problem(name, t("mail.problem.skipped", name=printable(name), why=problem), invalid)
            )
            return
        recipient = Recipient(name, address.strip(), kind)
        if recipient.key not in seen:
            seen.add(recipient.key)
            found.append(recipient)

    if audience in (Audience.MEMBERS, Audience.ALL):
        for member in sorted(
            (m for m in members if not m.is_substitute), key=lambda m: caseless(m.name)
        ):
            take(member.name, member.email, RecipientKind.MEMBER)
        by_name = {caseless(m.name): m for m in members}
        for name in called_in(meeting):
            substitute = by_name.get(caseless(name))
            if substitute is None:
                problems.append(
                    Problem(name, t("mail.problem.substitute_unknown", name=printable(name)))
                )
                continue
            take(substitute.name, substitute.email, RecipientKind.SUBSTITUTE)
    if audience in (Audience.SECRETARIAT, Audience.ALL):
        for contact in contacts:
            if contact.secretariat and meeting.council in contact.councils:
                take(contact.name, contact.email, RecipientKind.SECRETARIAT)
    return RecipientPlan(tuple(found), tuple(problems))


def called_in(meeting: Meeting) -> list[str]:
    """The names of the substitutes registered as called in for this meeting."""
    return [
        a.substitute
        for a in read_attendance(meeting).values()
        if a.presence is Presence.SUBSTITUTE and a.substitute
    ]


# Meeting.invited_as once the cancellation went out: nothing more to tell anyone.
CANCELLED_MARK = "cancelled"


def invitation_fingerprint(meeting: Meeting) -> str:
    """What an invitation promises (time and place): a change needs an updated one."""
    return f"{meeting.start.isoformat()}|{meeting.end.isoformat()}|{meeting.place.strip()}"


def mailed_text(meeting: Meeting, names_shown: int | None = None) -> str:
    """'tor 10. sep 2026 kl. 15.26 til 8: Anna Eksempel, Bo Fiktivsen, ...' or ''.

    `names_shown` names only the first few and counts the rest ("og 21 andre"): a
    council's 22 members and the secretariat would fill the meeting screen."""
    if not meeting.mailed_to:
        return ""
    names = [printable(label.partition(" <")[0]) for label in meeting.mailed_to]
    count = len(names)
    listed = ", ".join(names)
    if names_shown is not None and count > names_shown + 1:
        rest = tn("mail.ui.more_names", count - names_shown)
        listed = f"{', '.join(names[:names_shown])} {rest}"
    when = printable(meeting.mailed_at)
    try:
        moment = pendulum.parse(meeting.mailed_at)
    except (ValueError, pendulum.parsing.exceptions.ParserError):
        moment = None
    if isinstance(moment, pendulum.DateTime):
        when = format_day_time(moment)
    key = "mail.ui.mailed_resent" if meeting.mail_round > 1 else "mail.ui.mailed"
    text = t(key, when=when, count=count, names=listed)
    stale = invitation_stale(meeting)
    if stale:
        text = f"{text}. {stale}"
    return text


def invitation_stale(meeting: Meeting) -> str:
    """What the invited still need to hear: the meeting moved, or was cancelled."""
    if meeting.mail_round == 0 or meeting.invited_as == CANCELLED_MARK:
        return ""
    if meeting.state is MeetingState.CANCELLED:
        return t("mail.ui.send_cancel")
    if meeting.invited_as != invitation_fingerprint(meeting):
        return t("mail.ui.send_update")
    return ""
