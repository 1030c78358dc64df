"""A full-size editor for an item's case text (sagsfremstilling): several paragraphs
with blank lines between them and bullet lines starting "- ".

It opens with the cursor at the end of the text, where a writer goes on. Ctrl+S saves,
Escape cancels (nothing is written). The result is the item with the new text; the
meeting screen saves it through the one save path.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Static

from kkr_tui.domain.models import AgendaItem
from kkr_tui.domain.workflow import clean_block
from kkr_tui.i18n import t
from kkr_tui.ui.screens.form_dialog import FormDialog
from kkr_tui.ui.widgets.inputs import SafeTextArea


def cursor_to_end(area: SafeTextArea) -> None:
    area.move_cursor(area.document.end)


class CaseTextDialog(FormDialog[AgendaItem]):
    dialog_id = "case-text-dialog"

    def __init__(self, item: AgendaItem, *, heading: str) -> None:
        super().__init__(heading, t("agenda.dialog.save"))
        self.item = item

    def body(self) -> ComposeResult:
        yield Static(t("doc.editor.hint"), classes="dialog-hint", markup=False)
        area = self.text_area(self.item.case_text, id="case-text")
        area.show_line_numbers = False
        yield area

    def on_mount(self) -> None:
        area = self.query_one("#case-text", SafeTextArea)
        cursor_to_end(area)
        area.focus()

    def build(self) -> AgendaItem:
        return self.item.with_changes(case_text=clean_block(self.value_of("#case-text")))
