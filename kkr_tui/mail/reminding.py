"""`kkr remind`'s work: one message per responsible person listing their due items.

At most one reminder per person per item per day, however often cron runs it: an item
already named in a reminder to that address today (the send log's `remind:DAY:...`
records) is left out, and a message whose items were all reminded today is not sent.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import pendulum

from kkr_tui.domain.mail_log import SentMail, remind_batch
from kkr_tui.domain.reminders import DueMaterial, ReminderPlan, due_material, plan_reminders
from kkr_tui.mail.compose import reminder_message
from kkr_tui.mail.dispatching import find_sender
from kkr_tui.mail.invitation import Organizer
from kkr_tui.mail.sending import BatchReport, Outgoing, read_log, send_batch
from kkr_tui.mail.transport import Transport
from kkr_tui.store import Store


@dataclass(frozen=True)
class ReminderJob:
    plan: ReminderPlan
    # Per recipient key: the items still to remind about today (the others were).
    pending: dict[str, tuple[DueMaterial, ...]]
    # Per recipient key: the secretariat of the council of their first item (or
    # KKR_MAIL_FROM).
    senders: dict[str, Organizer]

    @property
    def nothing_to_send(self) -> bool:
        return not any(self.pending.values())


def reminded_today(log: Sequence[SentMail], day: pendulum.Date) -> set[tuple[str, int]]:
    """(address, item id) pairs already reminded on `day`."""
    prefix = f"{remind_batch(day.isoformat())}:"
    return {
        (entry.address.lower(), item)
        for entry in log
        if entry.batch.startswith(prefix)
        for item in entry.items
    }


def prepare_reminders(
    store: Store,
    today: pendulum.Date,
    days: int,
) -> ReminderJob:
    snapshot = store.snapshot()
    meetings = list(snapshot.meetings)
    due = due_material(
        meetings,
        {m.id: snapshot.items_for(m.id) for m in meetings},
        {c.slug: c.name for c in snapshot.councils},
        snapshot.planner,
        today,
        days,
    )
    plan = plan_reminders(due, snapshot.contacts)
    done = reminded_today(read_log(store), today)
    pending = {
        r.recipient.key: tuple(d for d in r.due if (r.recipient.key, d.item.id) not in done)
        for r in plan.reminders
    }
    senders = {
        key: find_sender(snapshot, items[0].meeting) for key, items in pending.items() if items
    }
    return ReminderJob(plan, pending, senders)


def send_reminders(
    store: Store,
    job: ReminderJob,
    transport: Transport,
    *,
    today: pendulum.Date,
    now: Callable[[], pendulum.DateTime],
) -> BatchReport:
    stamp = now()
    outgoing = []
    for reminder in job.plan.reminders:
        items = job.pending.get(reminder.recipient.key, ())
        if not items:
            continue
        ids = tuple(d.item.id for d in items)
        batch = f"{remind_batch(today.isoformat())}:{'-'.join(str(i) for i in ids)}"
        message = reminder_message(
            recipient=reminder.recipient,
            sender=job.senders[reminder.recipient.key],
            batch=batch,
            stamp=stamp,
            lines=[d.line for d in items],
        )
        outgoing.append(Outgoing(reminder.recipient, message, items=ids, batch=batch))
    return send_batch(store, remind_batch(today.isoformat()), outgoing, transport, now=now)
