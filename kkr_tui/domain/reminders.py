"""Who to remind about case material: items whose material deadline is near or passed.

An item is open for a reminder while its material has not come in (state draft) on a
meeting that is still being prepared (proposed or planned). It is due for one when the
meeting's "Frist for sagsfremstillinger" is within N working days of today, today, or
passed. Its responsible person is a contact, found by name; the reminder goes to the
contact's address. Items without a responsible, or whose contact has no usable
address, are named as problems.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pendulum

from kkr_tui.domain.deadlines import Deadline
from kkr_tui.domain.dispatch import Recipient, RecipientKind, address_problem
from kkr_tui.domain.formatting import format_day_short
from kkr_tui.domain.models import AgendaItem, Contact, ItemState, Meeting, MeetingState
from kkr_tui.domain.names import caseless
from kkr_tui.domain.planning import Planner
from kkr_tui.domain.text import printable
from kkr_tui.i18n import t

DEFAULT_DAYS = 3
_PREPARING = (MeetingState.PROPOSED, MeetingState.PLANNED)


@dataclass(frozen=True)
class DueMaterial:
    meeting: Meeting
    council: str  # the council's name
    item: AgendaItem
    deadline: Deadline
    workdays: int  # left until due; 0 today; negative when overdue

    @property
    def overdue(self) -> bool:
        return self.workdays < 0

    @property
    def line(self) -> str:
        """'Punkt 2 »Title«, KKR Sjælland tor 9. apr 2026: frist ons 18. mar 2026 (...)'."""
        return t(
            "remind.line",
            number=self.item.number,
            title=printable(self.item.title),
            council=self.council,
            day=format_day_short(self.meeting.day),
            explanation=self.deadline.explanation,
            status=self.status,
        )

    @property
    def status(self) -> str:
        if self.workdays < 0:
            return t("remind.overdue", days=-self.workdays)
        if self.workdays == 0:
            return t("remind.today")
        return t("remind.within", days=self.workdays)


@dataclass(frozen=True)
class Reminder:
    recipient: Recipient
    due: tuple[DueMaterial, ...]


@dataclass(frozen=True)
class ReminderPlan:
    reminders: tuple[Reminder, ...]
    problems: tuple[str, ...]

    @property
    def overdue(self) -> bool:
        return any(d.overdue for r in self.reminders for d in r.due)


def due_material(
    meetings: Sequence[Meeting],
    items_of: dict[int, Sequence[AgendaItem]],
    councils: dict[str, str],
    planner: Planner,
    today: pendulum.Date,
    days: int = DEFAULT_DAYS,
) -> list[DueMaterial]:
    found = []
    for meeting in sorted(meetings, key=lambda m: (m.start, m.id)):
        if meeting.state not in _PREPARING:
            continue
        deadline = planner.deadlines(meeting).material
        workdays = planner.calendar.working_days_between(today, deadline.due)
        if deadline.due > today and workdays > days:
            continue
        for item in sorted(items_of.get(meeting.id, ()), key=lambda i: i.number):
            if item.state is ItemState.DRAFT:
                found.append(
                    DueMaterial(meeting, councils[meeting.council], item, deadline, workdays)
                )
    return found


def plan_reminders(due: Sequence[DueMaterial], contacts: Sequence[Contact]) -> ReminderPlan:
    by_name = {caseless(c.name): c for c in contacts}
    grouped: dict[str, list[DueMaterial]] = {}
    people: dict[str, Recipient] = {}
    problems: list[str] = []
    for entry in due:
        name = entry.item.responsible.strip()
        where = t(
            "remind.item_ref",
            number=entry.item.number,
            council=entry.council,
            day=format_day_short(entry.meeting.day),
        )
        if not name:
            problems.append(t("remind.no_responsible", item=where))
            continue
        contact = by_name.get(caseless(name))
        if contact is None or address_problem(contact.email):
            problems.append(t("remind.no_address", name=printable(name), item=where))
            continue
        recipient = Recipient(contact.name, contact.email, RecipientKind.CONTACT)
        people[recipient.key] = recipient
        grouped.setdefault(recipient.key, []).append(entry)
    reminders = tuple(Reminder(people[key], tuple(grouped[key])) for key in sorted(grouped))
    return ReminderPlan(reminders, tuple(problems))
