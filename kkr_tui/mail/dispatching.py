"""One meeting's mail: what is due, to whom, and marking the meeting when it is done.

`prepare_dispatch` works out the job from the meeting and the send log:
- never mailed: the first dispatch (batch "dispatch:ID:1");
- a dispatch round interrupted (crash, refused recipient): that round again, for those
  not in the log; with --resend too (a rerun of the same command continues it);
- mailed, and its time or place changed since: an updated invitation (METHOD:REQUEST,
  higher SEQUENCE); cancelled since: the cancellation (METHOD:CANCEL);
- mailed and unchanged: the same round, for anyone new since (a substitute called in);
  usually nobody, so a second run sends nothing; `resend` starts a new round, the
  corrected agenda ("Rettet dagsorden").
`run_dispatch` sends it and, when every recipient has it, marks the meeting (state
dispatched, the time, who received it). The app and `kkr dispatch` both use these two.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from dataclasses import dataclass

import pendulum

from kkr_tui.domain.dispatch import (
    CANCELLED_MARK,
    Audience,
    Recipient,
    RecipientPlan,
    address_problem,
    invitation_fingerprint,
    plan_recipients,
)
from kkr_tui.domain.errors import DomainError
from kkr_tui.domain.formatting import format_day
from kkr_tui.domain.mail_log import cancel_batch, dispatch_batch, sent_to, update_batch
from kkr_tui.domain.models import AgendaItem, Meeting, MeetingState
from kkr_tui.domain.workflow import OPEN_AGENDA, dispatch_blockers, dispatch_meeting, is_late
from kkr_tui.exports.documents import place_text
from kkr_tui.exports.ics import database_namespace, event_uid
from kkr_tui.i18n import t
from kkr_tui.i18n.dates import prose_day, prose_when
from kkr_tui.mail.agenda import AgendaFilesError, agenda_attachments
from kkr_tui.mail.compose import MailFile, MeetingText, Purpose, meeting_message
from kkr_tui.mail.config import sender_address
from kkr_tui.mail.invitation import Organizer
from kkr_tui.mail.sending import BatchReport, Outgoing, read_log, send_batch
from kkr_tui.mail.transport import Transport
from kkr_tui.store import Snapshot, Store


class DispatchError(Exception):
    """The dispatch cannot start (unknown meeting, no sender, a reason needed): exit 2."""


@dataclass(frozen=True)
class DispatchJob:
    meeting: Meeting
    purpose: Purpose
    batch: str
    round_number: int
    plan: RecipientPlan
    pending: tuple[Recipient, ...]
    already: tuple[Recipient, ...]
    continuing: bool
    sender: Organizer
    text: MeetingText
    attachments: tuple[MailFile, ...]

    @property
    def nothing_to_send(self) -> bool:
        return not self.pending


def meeting_text(snapshot: Snapshot, meeting: Meeting) -> MeetingText:
    council = snapshot.council(meeting.council).name
    return MeetingText(
        council=council,
        day=prose_day(meeting.day),
        when=prose_when(meeting.start, meeting.end),
        place=place_text(meeting),
        uid=event_uid(database_namespace(snapshot.settings), meeting.id),
        summary=f"{council}: {t(f'series.{meeting.series.value}')}",
    )


def find_sender(snapshot: Snapshot, meeting: Meeting) -> Organizer:
    """KKR_MAIL_FROM, else the council's first secretariat contact with an address."""
    council = snapshot.council(meeting.council).name
    name = t("mail.sender_name", council=council)
    given = sender_address()
    if given:
        if address_problem(given):
            raise DispatchError(t("mail.sender_invalid", address=given))
        return Organizer(name, given)
    for contact in snapshot.contacts:
        if (
            contact.secretariat
            and meeting.council in contact.councils
            and not address_problem(contact.email)
        ):
            return Organizer(name, contact.email)
    raise DispatchError(t("mail.no_sender", council=council))


def _round_in_progress(log_batches: set[str], meeting: Meeting) -> bool:
    return dispatch_batch(meeting.id, meeting.mail_round + 1) in log_batches


def prepare_dispatch(
    store: Store,
    meeting_id: int,
    *,
    audience: Audience = Audience.ALL,
    resend: bool = False,
) -> DispatchJob:
    snapshot = store.snapshot()
    meeting = snapshot.find_meeting(meeting_id)
    if meeting is None:
        raise DispatchError(t("mail.unknown_meeting", id=meeting_id))
    log = read_log(store)
    batches = {entry.batch for entry in log}
    plan = plan_recipients(
        meeting, snapshot.members_of(meeting.council), snapshot.contacts, audience
    )
    mailed = meeting.mail_round >= 1
    continuing = False
    round_number = meeting.mail_round
    finished = False
    if meeting.state is MeetingState.CANCELLED:
        if not mailed:
            raise DispatchError(t("mail.cancelled_nothing"))
        purpose, batch = Purpose.CANCEL, cancel_batch(meeting.id)
        continuing = batch in batches
        # Everyone invited has the cancellation: a rerun sends nothing (not even to
        # someone registered since, who was never invited).
        finished = meeting.invited_as == CANCELLED_MARK
    elif _round_in_progress(batches, meeting):
        round_number = meeting.mail_round + 1
        purpose = Purpose.RESEND if round_number > 1 else Purpose.DISPATCH
        batch, continuing = dispatch_batch(meeting.id, round_number), True
    elif mailed and meeting.invited_as != invitation_fingerprint(meeting) and not resend:
        purpose = Purpose.UPDATE
        batch = update_batch(meeting.id, _short(invitation_fingerprint(meeting)))
        continuing = batch in batches
    elif mailed and not resend:
        purpose, batch = Purpose.DISPATCH, dispatch_batch(meeting.id, meeting.mail_round)
        if meeting.mail_round > 1:
            purpose = Purpose.RESEND
    else:
        if meeting.state not in (*OPEN_AGENDA, MeetingState.DISPATCHED):
            raise DispatchError(t("mail.state_refused", state=t(f"state.{meeting.state.value}")))
        round_number = meeting.mail_round + 1
        purpose = Purpose.RESEND if round_number > 1 else Purpose.DISPATCH
        batch = dispatch_batch(meeting.id, round_number)
    done = sent_to(log, batch)
    pending = () if finished else tuple(r for r in plan.recipients if r.key not in done)
    already = tuple(r for r in plan.recipients if r.key in done)
    sender = find_sender(snapshot, meeting) if pending else Organizer("", "")
    attachments: tuple[MailFile, ...] = ()
    if pending and purpose in (Purpose.DISPATCH, Purpose.RESEND):
        try:
            attachments = tuple(agenda_attachments(snapshot, store.path, meeting))
        except AgendaFilesError as exc:
            raise DispatchError(str(exc)) from None
    return DispatchJob(
        meeting=meeting,
        purpose=purpose,
        batch=batch,
        round_number=round_number,
        plan=plan,
        pending=pending,
        already=already,
        continuing=continuing,
        sender=sender,
        text=meeting_text(snapshot, meeting),
        attachments=attachments,
    )


def _short(fingerprint: str) -> str:
    return hashlib.sha256(fingerprint.encode()).hexdigest()[:12]


def messages(job: DispatchJob, stamp: dt.datetime) -> list[Outgoing]:
    return [
        Outgoing(
            recipient,
            meeting_message(
                job.meeting,
                purpose=job.purpose,
                text=job.text,
                recipient=recipient,
                sender=job.sender,
                batch=job.batch,
                stamp=stamp,
                attachments=job.attachments,
                cancel_reason=job.meeting.cancel_reason,
            ),
        )
        for recipient in job.pending
    ]


def reasons_needed(snapshot: Snapshot, job: DispatchJob, *, today: pendulum.Date) -> list[str]:
    """Why marking the meeting dispatched afterwards needs a reason (--reason, or the
    dialog's field): the agenda's blockers, a passed deadline. Empty when none is."""
    meeting = job.meeting
    if job.purpose is not Purpose.DISPATCH or meeting.state not in OPEN_AGENDA:
        return []
    found = [b.text for b in dispatch_blockers(snapshot.items_for(meeting.id))]
    due = snapshot.planner.deadlines(meeting).dispatch.due
    if is_late(min(today, meeting.day), due):
        found.append(t("mail.late", day=format_day(due)))
    return found


def check_marking(
    snapshot: Snapshot, job: DispatchJob, *, today: pendulum.Date, user: str, reason: str
) -> None:
    """Refuse before sending anything if the meeting could not be marked dispatched
    afterwards (late or blocked, and no reason given): DispatchError."""
    needed = reasons_needed(snapshot, job, today=today)
    if not needed:
        return
    try:
        _dispatched(snapshot, job.meeting, today=today, user=user, reason=reason)
    except DomainError:
        raise DispatchError(t("mail.needs_reason", why="; ".join(needed))) from None


def _dispatched(
    snapshot: Snapshot, meeting: Meeting, *, today: pendulum.Date, user: str, reason: str
) -> tuple[Meeting, list[AgendaItem]]:
    due = snapshot.planner.deadlines(meeting).dispatch.due
    return dispatch_meeting(
        meeting,
        snapshot.items_for(meeting.id),
        day=min(today, meeting.day),
        due=due,
        today=today,
        user=user,
        late_reason=reason,
        override_reason=reason,
    )


def run_dispatch(
    store: Store,
    job: DispatchJob,
    transport: Transport,
    *,
    today: pendulum.Date,
    now: Callable[[], pendulum.DateTime],
    user: str,
    reason: str = "",
) -> BatchReport:
    """Send the job's messages; when every recipient has one, mark the meeting."""
    outgoing = messages(job, now())
    report = send_batch(store, job.batch, outgoing, transport, now=now, meeting_id=job.meeting.id)
    if report.complete:
        _mark(store, job, report, today=today, stamp=now(), user=user, reason=reason)
    return report


def _mark(
    store: Store,
    job: DispatchJob,
    report: BatchReport,
    *,
    today: pendulum.Date,
    stamp: pendulum.DateTime,
    user: str,
    reason: str,
) -> None:
    received = [*job.already, *report.sent]
    names = tuple(_label(r) for r in received)
    with store.transaction() as tx:
        meeting = tx.get(Meeting, job.meeting.id)
        if meeting is None:
            return
        if job.purpose is Purpose.CANCEL:
            tx.update(meeting.with_changes(invited_as=CANCELLED_MARK))
            return
        if job.purpose is Purpose.UPDATE:
            tx.update(meeting.with_changes(invited_as=invitation_fingerprint(meeting)))
            return
        if not report.sent and job.round_number == meeting.mail_round:
            return  # nothing new: a rerun of a finished round
        changes: dict[str, object] = {
            "mail_round": max(meeting.mail_round, job.round_number),
            "mailed_at": stamp.isoformat(),
            "mailed_to": _merge(meeting.mailed_to, names)
            if job.round_number == meeting.mail_round
            else names,
            "invited_as": invitation_fingerprint(meeting),
        }
        if meeting.state in OPEN_AGENDA:
            # The items as the file holds them now (the rules and dates from the snapshot).
            marked, items = _dispatched(
                store.snapshot(), meeting, today=today, user=user, reason=reason
            )
            for item in items:
                current = tx.get(AgendaItem, item.id)
                if current is not None:
                    tx.update(item.with_changes(rev=current.rev))
            meeting = marked
        tx.update(meeting.with_changes(**changes))


def _label(recipient: Recipient) -> str:
    return f"{recipient.name} <{recipient.address}>"


def _merge(old: tuple[str, ...], new: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys((*old, *new)))
