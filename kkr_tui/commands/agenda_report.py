"""The report behind `kkr agenda`: one meeting as plain data, as JSON and as text.

User text is printed harmlessly: control characters become visible stand-ins in the
text form, and are \\u-escaped in the JSON form.
"""

from __future__ import annotations

import json
import re
import textwrap
from typing import Any

import pendulum

from kkr_tui.domain.agenda_content import outcome_line
from kkr_tui.domain.dispatch import mailed_text
from kkr_tui.domain.formatting import format_day
from kkr_tui.domain.models import AgendaItem, Meeting
from kkr_tui.domain.next_steps import next_steps
from kkr_tui.domain.readiness import CheckLine, Light, LineStatus
from kkr_tui.domain.text import printable
from kkr_tui.domain.workflow import dispatch_blockers, publication_blockers
from kkr_tui.exports.document_model import agenda_items
from kkr_tui.i18n import t
from kkr_tui.i18n.dates import prose_when
from kkr_tui.store import Snapshot

MARKS = {
    LineStatus.DONE: "✓",
    LineStatus.DUE: "○",
    LineStatus.DUE_TODAY: "▲",
    LineStatus.OVERDUE: "■",
    LineStatus.CANCELLED: "-",
}


def _day(day: pendulum.Date | None) -> str | None:
    return day.isoformat() if day is not None else None


def _line(line: CheckLine) -> dict[str, Any]:
    deadline = line.deadline
    return {
        "key": line.key,
        "label": deadline.label,
        "due": deadline.due.isoformat(),
        "status": line.status.value,
        "status_text": line.status_text,
        "workdays": line.workdays,
        "done_on": _day(line.done_on),
        "done_late_by": line.done_late_by,
        "at_risk": line.at_risk,
        "explanation": deadline.explanation,
        "rule": deadline.rule,
        "moved_from": _day(deadline.moved_from),
        "moved_reason": deadline.moved_reason,
        "assumption": deadline.assumption,
    }


def _item(item: AgendaItem, number: int) -> dict[str, Any]:
    """`number` is the item's number in the documents (0 for a postponed item), which
    numbers its attachments ("3.2")."""
    return {
        "id": item.id,
        "number": item.number,
        "title": item.title,
        "kind": item.kind.value,
        "policy_area": item.policy_area,
        "responsible": item.responsible,
        "state": item.state.value,
        "closed": item.closed,
        "resume": item.resume,
        "case_text": item.case_text,
        "recommendation": item.recommendation,
        "decision": item.decision,
        # The forum meeting that prepared the item (its id), or null.
        "prepared_in": item.prepared_in or None,
        "outcome": outcome_line(item),
        "attachments": [
            {
                "number": f"{number}.{index}" if number else "",
                "title": a.title,
                "file_name": a.file_name,
                "size": a.size,
                "media_type": a.media_type,
                "sha256": a.sha256,
            }
            for index, a in enumerate(item.attachments, start=1)
        ],
        "history": [
            {
                "day": h.day,
                "user": h.user,
                "from": h.from_state,
                "to": h.to_state,
                "note": h.note,
            }
            for h in item.history
        ],
    }


def build_report(snap: Snapshot, meeting: Meeting, today: pendulum.Date) -> dict[str, Any]:
    items = snap.items_for(meeting.id)
    numbers = {item.id: n for n, item in agenda_items(snap, meeting)}
    readiness = snap.readiness(meeting, today)
    council = snap.council(meeting.council)
    steps = next_steps(meeting, items, readiness, snap.members_of(meeting.council), today)
    return {
        "id": meeting.id,
        "as_of": today.isoformat(),
        "council": meeting.council,
        "council_name": council.name,
        "series": meeting.series.value,
        "start": meeting.start.isoformat(),
        "end": meeting.end.isoformat(),
        "place": meeting.place,
        "state": meeting.state.value,
        "readiness": readiness.light.value,
        "next": readiness.next_open.key if readiness.next_open else None,
        "checklist": [_line(line) for line in readiness.lines],
        "afbud": readiness.afbud,
        "missing": [{"action": s.action.value, "text": s.text, "urgent": s.urgent} for s in steps],
        "blockers": {
            "dispatch": [
                {"kind": b.kind.value, "item": b.item.number if b.item else None, "text": b.text}
                for b in dispatch_blockers(items)
            ],
            "publication": [
                {"kind": b.kind.value, "item": b.item.number if b.item else None, "text": b.text}
                for b in publication_blockers(items)
            ],
        },
        "dispatched_on": _day(meeting.dispatched_on),
        "dispatch_note": meeting.dispatch_note,
        "dispatch_override": meeting.dispatch_override,
        "held_on": _day(meeting.held_on),
        "published_on": _day(meeting.published_on),
        "minutes_url": meeting.minutes_url,
        "publication_override": meeting.publication_override,
        "cancel_reason": meeting.cancel_reason,
        "attendance": dict(meeting.attendance),
        "items": [_item(i, numbers.get(i.id, 0)) for i in items],
        # Kept for the text form; not part of the JSON.
        "_meeting": meeting,
        "_lines": readiness.lines,
    }


# Characters JSON may carry raw but a terminal might act on (C1 controls, DEL, bidi).
_UNSAFE_IN_JSON = re.compile("[\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


# The shape's name and version, as `kkr status` has kkr-status/1 (README: kkr agenda).
AGENDA_FORMAT = "kkr-agenda/1"


def render_json(report: dict[str, Any]) -> str:
    public = {"format": AGENDA_FORMAT}
    public.update((k, v) for k, v in report.items() if not k.startswith("_"))
    text = json.dumps(public, ensure_ascii=False, indent=2)
    # Inside JSON strings any character may be written \uXXXX: same data, harmless bytes.
    return _UNSAFE_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _wrap(text: str, width: int, indent: str, hang: str | None = None) -> list[str]:
    return textwrap.wrap(
        printable(text),
        width=width,
        initial_indent=indent,
        subsequent_indent=hang if hang is not None else indent,
        break_on_hyphens=False,
    ) or [indent.rstrip()]


def render_text(report: dict[str, Any], width: int) -> str:
    meeting: Meeting = report["_meeting"]
    lines: list[str] = []
    head = f"{report['council_name']} · {t(f'series.{meeting.series.value}')}"
    lines += _wrap(f"{head} ({t('meeting.id', id=meeting.id)})", width, "")
    when = prose_when(meeting.start, meeting.end)
    lines += _wrap(f"{when} · {meeting.place or t('meeting.no_place')}", width, "")
    light = Light(report["readiness"])
    state = t(f"state.{meeting.state.value}")
    lines += _wrap(
        t(
            "cli.agenda.status",
            state=state,
            light=t(f"light.{light.value}") if light is not Light.NONE else t("cli.agenda.none"),
            day=format_day(pendulum.Date.fromisoformat(report["as_of"])),
        ),
        width,
        "",
    )
    for key, field in (
        ("meeting.note.late", "dispatch_note"),
        ("meeting.note.dispatch_override", "dispatch_override"),
        ("meeting.note.publication_override", "publication_override"),
    ):
        if report[field]:
            lines += _wrap(f"{t(key)}: {report[field]}", width, "", "  ")
    for key, text in (
        ("mail.ui.mailed_label", mailed_text(meeting)),
        ("mail.ui.afbud_label", report["afbud"]),
    ):
        if text:
            lines += _wrap(f"{t(key)}: {text}", width, "", "  ")
    # Steps with nothing to do are news about the meeting (sent, published, cancelled).
    for step in report["missing"]:
        if step["action"] == "none":
            lines += _wrap(step["text"], width, "", "  ")
    lines += ["", t("cli.agenda.deadlines")]
    for line in report["_lines"]:
        lines += _wrap(
            f"{MARKS[line.status]} {line.deadline.label}: {line.status_text}", width, "  ", "    "
        )
        lines += _wrap(line.deadline.explanation, width, "    ")
    lines += ["", t("cli.agenda.missing")]
    missing = [s for s in report["missing"] if s["action"] != "none"]
    for step in missing or [{"text": t("cli.agenda.nothing_missing")}]:
        lines += _wrap(f"- {step['text']}", width, "  ", "    ")
    items = report["items"]
    lines += ["", t("cli.agenda.items", n=len(items))]
    if not items:
        lines.append(f"  {t('meeting.no_items_hint')}")
    for item in items:
        lines += _wrap(f"{item['number']:>2}. {item['title']}", width, "  ", "      ")
        details = " · ".join(
            [
                t(f"kind.{item['kind']}"),
                item["policy_area"] or "-",
                item["responsible"] or t("item.no_responsible"),
                t(f"item_state.{item['state']}"),
            ]
        )
        lines += _wrap(details, width, "      ")
        extra = [t("doc.closed_item")] if item["closed"] else []
        extra += [
            f"{t('doc.attachment', number=a['number'])}: {a['title']}" for a in item["attachments"]
        ]
        if extra:
            lines += _wrap(" · ".join(extra), width, "      ")
        if item["decision"]:
            lines += _wrap(f"{t('item.decision')}: {item['decision']}", width, "      ")
    return "\n".join(lines)
