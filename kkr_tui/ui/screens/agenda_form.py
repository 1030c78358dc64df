"""What the agenda dialogs share: a framed modal form, an error line, OK and Cancel.

Escape cancels (nothing is written); Enter in a one-line field or ctrl+s submits.
`build()` turns the fields into the result through the domain's own rules; when it
raises a DomainError the message stays in the dialog and nothing is returned, so the
user can correct the field. Fields are the shared SafeInput/SafeTextArea: control
characters never get in, and they blink as the app says (snapshot tests turn it off).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Generic, TypeVar, cast

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.suggester import Suggester
from textual.widget import Widget
from textual.widgets import Button, Input, Label, Static, TextArea

from kkr_tui.domain.errors import DomainError
from kkr_tui.domain.parsing import parse_date
from kkr_tui.domain.text import strip_controls
from kkr_tui.i18n import t
from kkr_tui.ui.screens.base import KkrModalScreen
from kkr_tui.ui.widgets.inputs import SafeInput, SafeTextArea

if TYPE_CHECKING:
    import pendulum

    from kkr_tui.ui.app import KkrApp

ResultT = TypeVar("ResultT")


class FormDialog(KkrModalScreen[ResultT | None], Generic[ResultT]):
    """Subclasses give `heading`, `ok_label`, `body()` and `build()`."""

    BINDINGS = [
        Binding("escape", "cancel", "agenda.dialog.key.cancel", id="agenda.dialog.cancel"),
        Binding("ctrl+s", "submit", "agenda.dialog.key.save", id="agenda.dialog.save"),
    ]

    heading = ""
    ok_label = ""
    dialog_id = "agenda-dialog"

    @property
    def kkr(self) -> KkrApp:
        return cast("KkrApp", self.app)

    def compose(self) -> ComposeResult:
        with Vertical(id=self.dialog_id, classes="agenda-dialog"):
            yield Static(self.heading, classes="dialog-title", markup=False)
            yield from self.body()
            yield Static("", id="dialog-error", classes="dialog-error", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button(
                    self.ok_label or t("agenda.dialog.ok"),
                    variant="primary",
                    id="dialog-ok",
                    compact=True,
                )
                yield Button(t("agenda.dialog.cancel"), id="dialog-cancel", compact=True)

    def body(self) -> ComposeResult:
        yield from ()

    def build(self) -> ResultT:
        raise NotImplementedError

    # -- helpers for subclasses --------------------------------------------------------
    def text_input(
        self,
        value: str = "",
        *,
        id: str,
        placeholder: str = "",
        suggester: Suggester | None = None,
    ) -> SafeInput:
        box = SafeInput(value, placeholder=placeholder, id=id, suggester=suggester, compact=True)
        box.cursor_blink = self.kkr.cursor_blink
        return box

    def text_area(self, value: str = "", *, id: str) -> SafeTextArea:
        area = SafeTextArea(value, id=id, compact=True, show_line_numbers=False, soft_wrap=True)
        area.cursor_blink = self.kkr.cursor_blink
        return area

    @staticmethod
    def field(label: str, widget: Widget, *, id: str | None = None) -> Horizontal:
        return Horizontal(Label(label, classes="field-label"), widget, classes="field", id=id)

    def value_of(self, selector: str) -> str:
        widget = self.query_one(selector)
        if isinstance(widget, TextArea):
            return strip_controls(widget.text)
        return strip_controls(cast(Input, widget).value)

    def day_of(self, selector: str) -> pendulum.Date:
        return parse_date(self.value_of(selector).strip())

    def show_error(self, message: str) -> None:
        error = self.query_one("#dialog-error", Static)
        error.update(message)
        error.set_class(bool(message), "-shown")

    # -- events ------------------------------------------------------------------------
    def action_submit(self) -> None:
        try:
            result = self.build()
        except DomainError as exc:
            self.show_error(str(exc))
            return
        self.dismiss(result)

    def action_cancel(self) -> None:
        self.dismiss(None)

    @on(Button.Pressed, "#dialog-ok")
    def _ok(self) -> None:
        self.action_submit()

    @on(Button.Pressed, "#dialog-cancel")
    def _cancel(self) -> None:
        self.action_cancel()

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_submit()
