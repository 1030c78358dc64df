"""Go to a year: type it, Enter. The electoral period is shown as a guide."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Input, Static

from kkr_tui.domain.elections import electoral_period
from kkr_tui.domain.parsing import YEAR_RANGE
from kkr_tui.i18n import t
from kkr_tui.ui.screens.form_dialog import ERROR_STYLE, HINT_STYLE, FormDialog, message_lines


def parse_year(text: str) -> int:
    """A four-digit year in the parser's range; ValueError with the message otherwise."""
    cleaned = text.strip()
    low, high = YEAR_RANGE
    if not (cleaned.isdigit() and len(cleaned) == 4 and low <= int(cleaned) <= high):
        raise ValueError(t("cycle.dialog.year.invalid", text=cleaned, low=low, high=high))
    return int(cleaned)


class YearDialog(FormDialog[int]):
    guard_changes = False
    SCREEN_CLASSES = "frame-dialog"

    def __init__(self, current: int) -> None:
        super().__init__()
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog", classes="year-dialog") as box:
            box.border_title = t("cycle.dialog.year.title")
            yield self.row(
                t("cycle.dialog.field.year"),
                self.text_input(str(self.current), max_length=4, restrict=r"\d*", id="field-year"),
            )
            yield Static(id="dialog-preview", markup=False)
            yield self.buttons(t("agenda.dialog.ok"))

    def on_mount(self) -> None:
        self.query_one("#field-year", Input).focus()
        self._preview()

    @on(Input.Changed)
    def _preview(self) -> None:
        text = self.query_one("#field-year", Input).value
        try:
            year = parse_year(text)
        except ValueError as exc:
            line = (str(exc), ERROR_STYLE if len(text.strip()) == 4 else HINT_STYLE)
        else:
            first, last = electoral_period(year)
            line = (t("cycle.title.period", first=first, last=last), HINT_STYLE)
        self.query_one("#dialog-preview", Static).update(message_lines([line]))

    def action_submit(self) -> None:
        try:
            year = parse_year(self.query_one("#field-year", Input).value)
        except ValueError as exc:
            self.query_one("#dialog-preview", Static).update(
                message_lines([(str(exc), ERROR_STYLE)])
            )
            self.app.bell()
            return
        self.dismiss(year)
