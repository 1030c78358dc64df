"""Dialogs for one agenda item: delete (confirmed), postpone, the decision, its history."""

from __future__ import annotations

from collections.abc import Sequence

import pendulum
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Button, Static, TextArea

from kkr_tui.domain.formatting import format_day, format_size
from kkr_tui.domain.models import AgendaItem, Meeting
from kkr_tui.domain.text import printable
from kkr_tui.domain.workflow import new_item_number, postpone_item, record_decision
from kkr_tui.i18n import has, t, tn
from kkr_tui.ui.safe import plain
from kkr_tui.ui.screens.base import KkrModalScreen
from kkr_tui.ui.screens.form_dialog import FormDialog


def item_label(item: AgendaItem) -> str:
    return t("item.label", number=item.number, title=printable(item.title))


class ConfirmDeleteDialog(FormDialog[bool]):
    dialog_id = "delete-dialog"

    def __init__(self, item: AgendaItem, *, heading: str, renumbered: int) -> None:
        super().__init__(heading, t("delete.ok"))
        self.item = item
        self.renumbered = renumbered

    def body(self) -> ComposeResult:
        lines = [t("delete.question", item=item_label(self.item))]
        if self.renumbered:
            lines.append(tn("delete.renumber", self.renumbered))
        lines.append(t("delete.final"))
        yield Static("\n".join(lines), markup=False)

    def on_mount(self) -> None:
        # Cancel has the focus: Enter alone must not delete.
        self.query_one("#dialog-cancel").focus()

    def build(self) -> bool:
        return True


class PostponeDialog(FormDialog[list[AgendaItem]]):
    """Names where the item goes; an optional note is kept in its history."""

    dialog_id = "postpone-dialog"

    def __init__(
        self,
        item: AgendaItem,
        source: Meeting,
        source_items: Sequence[AgendaItem],
        target: Meeting,
        target_items: Sequence[AgendaItem],
        *,
        heading: str,
        target_name: str,
        today: pendulum.Date,
        user: str,
    ) -> None:
        super().__init__(heading, t("postpone.ok"))
        self.item = item
        self.source = source
        self.source_items = list(source_items)
        self.target = target
        self.target_items = list(target_items)
        self.target_name = target_name
        self.today = today
        self.user = user

    def body(self) -> ComposeResult:
        yield Static(
            t(
                "postpone.explain",
                item=item_label(self.item),
                target=self.target_name,
                number=new_item_number(self.target, self.target_items),
            ),
            id="postpone-explain",
            markup=False,
        )
        yield self.field(
            t("postpone.note"), self.text_input(id="postpone-note", placeholder=t("postpone.hint"))
        )

    def on_mount(self) -> None:
        self.query_one("#postpone-note").focus()

    def build(self) -> list[AgendaItem]:
        return postpone_item(
            self.item,
            self.source,
            self.source_items,
            self.target,
            self.target_items,
            day=self.today,
            user=self.user,
            note=self.value_of("#postpone-note"),
        )


class DecisionDialog(FormDialog[AgendaItem]):
    """The decision (beslutning) for one item, with its recommendation for reference."""

    dialog_id = "decision-dialog"
    BINDINGS = [
        Binding("f2", "as_recommended", "decision.key.as_recommended", id="decision.as_rec"),
    ]

    def __init__(
        self, item: AgendaItem, meeting: Meeting, *, heading: str, today: pendulum.Date
    ) -> None:
        super().__init__(heading, t("agenda.dialog.save"))
        self.item = item
        self.meeting = meeting
        self.today = today

    def body(self) -> ComposeResult:
        recommendation = self.item.recommendation or t("decision.no_recommendation")
        yield Static(
            Text.assemble(
                (t("item.recommendation"), "bold"), ": ", plain(recommendation, style="dim")
            ),
            id="decision-recommendation",
        )
        yield self.text_area(self.item.decision, id="decision-text")
        yield Static(t("decision.hint"), classes="dialog-hint", markup=False)
        yield Button(t("decision.as_recommended"), id="decision-as-recommended", compact=True)

    def on_mount(self) -> None:
        self.query_one("#decision-text").focus()

    @on(Button.Pressed, "#decision-as-recommended")
    def action_as_recommended(self) -> None:
        area = self.query_one("#decision-text", TextArea)
        area.text = t("decision.as_recommended_text")
        area.focus()

    def build(self) -> AgendaItem:
        return record_decision(
            self.item, self.meeting, self.value_of("#decision-text"), today=self.today
        )


class ItemInfoScreen(KkrModalScreen[None]):
    """Everything about one item, its history included, read-only."""

    BINDINGS = [
        Binding("escape,i,q", "dismiss", "key.back", id="item_info.close"),
    ]

    def __init__(self, item: AgendaItem, *, heading: str) -> None:
        super().__init__()
        self.item = item
        self.heading = heading

    def compose(self) -> ComposeResult:
        with Vertical(id="item-info", classes="agenda-dialog"):
            yield Static(self.heading, classes="dialog-title", markup=False)
            with VerticalScroll(id="item-info-body"):
                yield Static(item_details(self.item), markup=False)


def attachment_rows(item: AgendaItem) -> list[Text]:
    """'Bilag: 3' and one line a file (number within the item, title, file, size)."""
    if not item.attachments:
        return [Text.assemble((f"{t('doc.attachments')}: ", "bold"), "-")]
    rows = [Text(f"{t('doc.attachments')}:", style="bold")]
    for index, a in enumerate(item.attachments, start=1):
        line = f"  {index}. {printable(a.title)} ({printable(a.file_name)}, {format_size(a.size)})"
        rows.append(Text(line))
    return rows


def item_details(item: AgendaItem) -> Text:
    def row(label: str, value: str) -> Text:
        shown = printable(value, single_line=False) if value else "-"
        return Text.assemble((f"{label}: ", "bold"), shown)

    parts = [
        row(t("item.title"), item.title),
        row(t("item.kind"), t(f"kind.{item.kind.value}")),
        row(t("item.area"), item.policy_area),
        row(t("item.responsible"), item.responsible),
        row(t("item.state"), t(f"item_state.{item.state.value}")),
        row(t("item.closed"), t("item.closed_yes") if item.closed else t("item.closed_no")),
        row(t("doc.resume"), item.resume),
        row(t("doc.case_text"), item.case_text),
        row(t("item.recommendation"), item.recommendation),
        row(t("item.decision"), item.decision),
        *attachment_rows(item),
        Text(t("item.history"), style="bold"),
    ]
    if not item.history:
        parts.append(Text(f"  {t('item.no_history')}", style="dim"))
    for entry in item.history:
        day = format_day(pendulum.Date.fromisoformat(entry.day))
        change = t(
            "item.history_line",
            day=day,
            user=printable(entry.user),
            from_state=_state_name(entry.from_state),
            to_state=_state_name(entry.to_state),
        )
        line = Text(f"  {change}")
        if entry.note:
            line.append(f" - {printable(entry.note)}", style="dim")
        parts.append(line)
    return Text("\n").join(parts)


def _state_name(value: str) -> str:
    key = f"item_state.{value}"
    return t(key) if has(key) else printable(value)
