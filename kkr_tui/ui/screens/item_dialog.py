"""Add or edit one agenda item: title, kind, policy area, responsible, closed or not,
resumé, case text (sagsfremstilling) and recommendation.

The long texts are small boxes here (the dialog must fit 80x24); `t` on the meeting
screen opens the case text in a full-size editor. A box takes the cursor to the end of
its text when it gets focus, where a writer goes on.

The responsible case officer is typed with suggestions from the contacts (the council's
own first; → takes the suggestion) or written freely, e.g. a name from outside KL.
The policy area comes from the configurable list in the settings; an item keeping an
area that has since left the list keeps it. The result is the item itself, validated
by the model (a title is required); the caller saves it.
"""

from __future__ import annotations

from collections.abc import Sequence
from types import SimpleNamespace
from typing import Any

from textual.app import ComposeResult
from textual.suggester import SuggestFromList
from textual.widgets import Checkbox, Select

from kkr_tui.domain.errors import ValidationError
from kkr_tui.domain.models import AgendaItem, Contact, ItemKind
from kkr_tui.domain.workflow import clean_block, clean_line
from kkr_tui.i18n import t
from kkr_tui.ui.safe import plain
from kkr_tui.ui.screens.form_dialog import FormDialog
from kkr_tui.ui.screens.text_editor import cursor_to_end
from kkr_tui.ui.widgets.inputs import SafeTextArea
from kkr_tui.ui.widgets.toggles import Tick


def responsible_names(contacts: Sequence[Contact], council: str) -> list[str]:
    """Contact names, the council's secretariat first, then the rest, each alphabetical."""
    own = sorted((c.name for c in contacts if council in c.councils), key=str.lower)
    rest = sorted((c.name for c in contacts if council not in c.councils), key=str.lower)
    return own + [n for n in rest if n not in own]


# The starting values of a new item (a real item needs a title, so this is not one).
_BLANK = SimpleNamespace(
    title="",
    kind=ItemKind.DECISION,
    policy_area="",
    responsible="",
    recommendation="",
    resume="",
    case_text="",
    closed=False,
)


class ItemDialog(FormDialog[AgendaItem]):
    dialog_id = "item-dialog"

    def __init__(
        self,
        item: AgendaItem | None,
        *,
        meeting_id: int,
        number: int,
        heading: str,
        policy_areas: Sequence[str],
        names: Sequence[str],
        forum_meetings: Sequence[tuple[str, int]] = (),
    ) -> None:
        """`forum_meetings`: (label, meeting id) of the forum meetings that may have
        prepared the item; the field shows only when there are some."""
        super().__init__(heading, t("agenda.dialog.save") if item else t("item.add"))
        self.item = item
        self.meeting_id = meeting_id
        self.number = number
        areas = list(policy_areas)
        if item and item.policy_area and item.policy_area not in areas:
            areas.append(item.policy_area)
        self.areas = areas
        self.names = list(names)
        self.forum_meetings = list(forum_meetings)

    def body(self) -> ComposeResult:
        item = self.item or _BLANK
        yield self.field(t("item.title"), self.text_input(item.title, id="item-title"))
        yield self.field(
            t("item.kind"),
            self.choice(
                [(t(f"kind.{k.value}"), k.value) for k in ItemKind], item.kind.value, id="item-kind"
            ),
        )
        yield self.field(
            t("item.area"),
            Select(
                [(plain(area), area) for area in self.areas],
                value=item.policy_area or Select.NULL,
                prompt=t("item.no_area"),
                compact=True,
                id="item-area",
            ),
        )
        yield self.field(
            t("item.responsible"),
            self.text_input(
                item.responsible,
                id="item-responsible",
                placeholder=t("item.responsible_hint"),
                suggester=SuggestFromList(self.names, case_sensitive=False),
            ),
        )
        prepared = self.item.prepared_in if self.item else 0
        if self.forum_meetings:
            yield self.field(
                t("fora.prepared_field"),
                Select(
                    self.forum_meetings,
                    value=prepared
                    if prepared in {meeting_id for _, meeting_id in self.forum_meetings}
                    else Select.NULL,
                    prompt=t("fora.not_prepared"),
                    compact=True,
                    id="item-prepared",
                ),
            )
        yield self.field(
            t("item.closed"),
            Tick(t("item.closed_box"), item.closed, compact=True, id="item-closed"),
        )
        yield self.field(
            t("doc.resume"),
            self.text_area(item.resume, id="item-resume"),
            id="item-resume-row",
        )
        yield self.field(
            t("doc.case_text"),
            self.text_area(item.case_text, id="item-case-text"),
            id="item-case-text-row",
        )
        yield self.field(
            t("item.recommendation"),
            self.text_area(item.recommendation, id="item-recommendation"),
            id="item-recommendation-row",
        )

    def on_mount(self) -> None:
        # Each text box has its cursor at the end, where a writer goes on.
        for area in self.query(SafeTextArea):
            cursor_to_end(area)
        self.query_one("#item-title").focus()

    def build(self) -> AgendaItem:
        kind = self.query_one("#item-kind", Select).value
        area = self.query_one("#item-area", Select).value
        title = clean_line(self.value_of("#item-title"))
        if not title:
            raise ValidationError(t("item.title_needed"))
        fields: dict[str, Any] = {
            "title": title,
            "kind": kind,
            "policy_area": "" if area is Select.NULL else str(area),
            "responsible": clean_line(self.value_of("#item-responsible")),
            "recommendation": clean_block(self.value_of("#item-recommendation")),
            "resume": clean_block(self.value_of("#item-resume")),
            "case_text": clean_block(self.value_of("#item-case-text")),
            "closed": self.query_one("#item-closed", Checkbox).value,
        }
        if self.forum_meetings:
            prepared = self.query_one("#item-prepared", Select).value
            fields["prepared_in"] = prepared if isinstance(prepared, int) else 0
        if self.item is None:
            return AgendaItem(meeting_id=self.meeting_id, number=self.number, **fields)
        return self.item.with_changes(**fields)
