"""`/` in a list: a one-line search at the bottom that moves the list's cursor as you type.

Enter keeps the place found (pressed again with the same text: the next row that
matches); Escape puts the cursor back where it was. The list is not filtered, so
nothing is hidden and the pane's own refresh is not disturbed.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Input, Label

from kkr_tui.i18n import t
from kkr_tui.ui.screens.base import KkrModalScreen
from kkr_tui.ui.stylesheets import sheets
from kkr_tui.ui.widgets.input_keys import KkrInput
from kkr_tui.ui.widgets.tables import KkrTable


class FindScreen(KkrModalScreen[None]):
    CSS_PATH = sheets("find")

    def __init__(self, table: KkrTable) -> None:
        super().__init__()
        self.table = table
        self.start_row = table.cursor_row
        self.typed = False  # True once the text differs from the last search

    def compose(self) -> ComposeResult:
        with Horizontal(id="find-bar"):
            yield Label(t("keys.find.label"), id="find-label")
            yield KkrInput(value=self.table.last_search, id="find-input", select_on_focus=True)
            yield Label(t("keys.find.hint"), id="find-status", markup=False)

    def on_mount(self) -> None:
        self.query_one("#find-input", Input).focus()

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.value == self.table.last_search and not self.typed:
            return  # the prefilled text: wait for Enter (next) or typing
        self.typed = True
        self._jump(self.table.find_row(event.value, self.start_row), event.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        text = event.value
        if not text.strip():
            self.dismiss()  # nothing asked: keep the place
            return
        # Typed text: the match shown from where the search began. The same text as last
        # time: go on to the next match after the cursor.
        start = self.start_row if self.typed else self.table.cursor_row + 1
        found = self.table.find_row(text, start)
        self._jump(found, text)
        if found is None:
            self.app.bell()  # stays open so the text can be corrected
            return
        self.table.last_search = text
        self.dismiss()

    def _jump(self, row: int | None, text: str) -> None:
        status = self.query_one("#find-status", Label)
        if row is None:
            if text.strip():
                status.update(t("keys.find.not_found", query=text))
                status.add_class("-not-found")
            self.table.move_cursor(row=self.start_row, animate=False)
            return
        status.update(t("keys.find.hint"))
        status.remove_class("-not-found")
        self.table.move_cursor(row=row, animate=False)

    def action_back(self) -> None:
        self.table.move_cursor(row=self.start_row, animate=False)
        self.dismiss()
