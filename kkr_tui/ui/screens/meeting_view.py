"""What the meeting screen shows, as text: the facts, the next steps with their keys,
the agenda table's columns and cells, and the highlighted item in full; and the one
line a dialog about the meeting is headed with (`meeting_line`)."""

from __future__ import annotations

from rich.text import Text

from kkr_tui.domain.dispatch import mailed_text
from kkr_tui.domain.formatting import format_day, format_day_time, format_time
from kkr_tui.domain.models import AgendaItem, ItemState, Meeting
from kkr_tui.domain.next_steps import Action, Step
from kkr_tui.domain.readiness import Light, Readiness
from kkr_tui.domain.text import printable
from kkr_tui.i18n import t
from kkr_tui.ui.safe import plain
from kkr_tui.ui.widgets.fit import Column, cell_width
from kkr_tui.ui.widgets.lights import light_text

WIDE = 110
# Recipients named on the meeting screen; the rest counted (the dispatch dialog, `m`,
# and `kkr agenda` list them all).
MAILED_NAMES_SHOWN = 3

# The key that resolves each kind of missing thing (shown after the step's text).
ACTION_KEYS = {
    Action.ADD_ITEM: "a",
    Action.ADVANCE: ">",
    Action.EDIT: "e",
    Action.DISPATCH: "d",
    Action.HOLD: "h",
    Action.DECIDE: "b",
    Action.ATTENDANCE: "f",
    Action.PUBLISH: "p",
    Action.POSTPONE: "u",
}
_ITEM_STATE_STYLE = {
    ItemState.DRAFT: "",
    ItemState.SUBMITTED: "",
    ItemState.APPROVED: "green",
    ItemState.DISPATCHED: "green",
    ItemState.POSTPONED: "dim",
}


def items_layout(width: int) -> list[Column]:
    wide = width >= WIDE
    return [
        Column("number", t("item.number"), width=3),
        Column("title", t("item.title"), weight=4 if wide else 3, minimum=12),
        Column("kind", t("item.kind"), width=11),
        Column("area", t("item.area"), weight=2, minimum=8),
        Column("responsible", t("item.responsible"), weight=2, minimum=8),
        Column("state", t("item.state"), width=_state_width()),
    ]


def _state_width() -> int:
    """As wide as the longest short state in the language shown ("dispatched" is ten)."""
    return max(cell_width(t(f"item_state_short.{state.value}")) for state in ItemState)


def meeting_line(meeting: Meeting, council_name: str, *, with_state: bool = False) -> Text:
    """ "KKR Sjælland · KKR-møde · tor 9. apr 2026 09.30-12.30" (" · planlagt")."""
    line = Text.assemble(
        (printable(council_name), "bold"),
        " · ",
        t(f"series.{meeting.series.value}"),
        " · ",
        format_day(meeting.day),
        f" {format_time(meeting.start)}-{format_time(meeting.end)}",
    )
    if with_state:
        line.append(f" · {t(f'state.{meeting.state.value}')}")
    return line


def facts(meeting: Meeting, council_name: str, readiness: Readiness, name: str = "") -> Text:
    """`name`: what the meeting is called when not its series (a forum's name)."""
    place = meeting.place or t("meeting.no_place")
    text = Text.assemble(
        (name or t(f"series.{meeting.series.value}"), "bold"),
        " · ",
        format_day_time(meeting.start),
        f"-{format_time(meeting.end)}",
        " · ",
        plain(place),
        "\n",
        t("meeting.state_label"),
        ": ",
        (t(f"state.{meeting.state.value}"), "bold"),
        " · ",
        t("meeting.readiness_label"),
        ": ",
        light_text(readiness.light),
        (f" {t('meeting.nothing_to_watch')}" if readiness.light is Light.NONE else "", "dim"),
        (f" · {t('meeting.id', id=meeting.id)}", "dim"),
    )
    for key, value in (
        ("meeting.note.late", meeting.dispatch_note),
        ("meeting.note.dispatch_override", meeting.dispatch_override),
        ("meeting.note.publication_override", meeting.publication_override),
    ):
        if value:
            text.append("\n")
            text.append(f"{t(key)}: ", style="bold")
            text.append(printable(value))
    mailed = mailed_text(meeting, names_shown=MAILED_NAMES_SHOWN)
    if mailed:
        text.append("\n")
        text.append(f"{t('mail.ui.mailed_label')}: ", style="bold")
        text.append(mailed)
    return text


def steps_text(steps: list[Step]) -> Text:
    out = Text()
    for index, step in enumerate(steps):
        if index:
            out.append("\n")
        style = "bold red" if step.urgent else ""
        out.append("▸ " if step.action is not Action.NONE else "  ", style=style)
        out.append(step.text, style=style)
        key = ACTION_KEYS.get(step.action)
        if key:
            out.append(f" [{key}]", style="bold")
    return out


def item_cells(item: AgendaItem) -> dict[str, Text | str]:
    style = _ITEM_STATE_STYLE[item.state]
    return {
        "number": Text(str(item.number), justify="right"),
        "title": plain(item.title),
        "kind": plain(t(f"kind_short.{item.kind.value}")),
        "area": plain(item.policy_area or "-"),
        "responsible": plain(item.responsible)
        if item.responsible
        else Text(t("item.nobody"), style="yellow"),
        "state": plain(t(f"item_state_short.{item.state.value}"), style=style),
    }


def item_detail(
    item: AgendaItem, prepared: str = "", appointed: int = 0, *, writable: bool = True
) -> Text:
    """The highlighted item in full (the table may cut it at 80 columns); `prepared`
    says which forum meeting prepared it ("Forberedt i KD-forum ... den ..."),
    `appointed` how many appointments it made (`o` shows them), `writable` whether its
    case text can still be written (`t`: not once the minutes are published or the
    meeting is cancelled)."""
    text = Text.assemble(
        (f"{item.number}. ", "bold"),
        (printable(item.title), "bold"),
        " · ",
        t(f"kind.{item.kind.value}"),
        " · ",
        printable(item.policy_area) or "-",
        " · ",
        t("item.responsible"),
        ": ",
        printable(item.responsible) if item.responsible else t("item.no_responsible"),
        " · ",
        t(f"item_state.{item.state.value}"),
    )
    # The decision next (after the meeting it is what the secretary works on), then
    # one line of the content: closed or not, the attachments, the resumé (else the
    # case text's first line). t edits the case text, l the attachments, i shows it
    # all. Where the box is too small, the content's end gives way with "…"
    # (kkr_tui.ui.widgets.clipped).
    if item.decision:
        text.append(f"\n{t('item.decision')}: ", style="bold")
        text.append(printable(item.decision))
    text.append("\n")
    facts = [t("doc.attachments_count", count=len(item.attachments))]
    if item.closed:
        facts.insert(0, t("doc.closed_item"))
    if prepared:  # "Forberedt i KD-forum Sjælland den 2. april 2026"
        facts.append(printable(prepared))
    if appointed:  # the constituting meeting's "Udpegning af ..." item
        facts.append(t("appointments.item.made", n=appointed))
    text.append(" · ".join(facts) + " · ", style="bold")
    lead = item.resume.strip() or item.case_text.strip()
    if lead:
        text.append(printable(lead.splitlines()[0]))
    else:
        text.append(t("doc.case_text_missing" if writable else "doc.case_text_none"), style="dim")
    return text
