"""Modal dialogs for records: a form that validates in place, and a yes/no confirmation.

The form shows the record's own ValidationError next to the buttons, names the field
and puts the cursor in it; nothing is saved until the record is valid. Inputs follow
the app's cursor-blink setting (tests turn it off) and drop control characters, so a
pasted escape sequence never reaches the database.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, TypeVar, cast

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.suggester import Suggester
from textual.widget import Widget
from textual.widgets import Button, Input, Label, Static

from kkr_tui.domain.errors import ValidationError
from kkr_tui.domain.text import printable, strip_controls
from kkr_tui.i18n import t
from kkr_tui.ui.screens.base import KkrModalScreen
from kkr_tui.ui.widgets.inputs import SafeInput

if TYPE_CHECKING:
    from kkr_tui.ui.app import KkrApp

T = TypeVar("T")


def refused_read_only(app: KkrApp) -> bool:
    """True (and the user told why) if the database may not be changed: no dialog then,
    rather than a form filled in for nothing."""
    if app.store.readonly:
        app.notify(t("readonly.refused"), severity="warning", markup=False)
        return True
    return False


class FormDialog(KkrModalScreen[T | None]):
    """A titled form; subclasses yield rows in `fields()` and build the record in `build()`.

    `field_labels` maps a record field (as ValidationError.field names it) to
    (widget id, catalogue key) so an error can point at its input.
    """

    BINDINGS = [
        Binding("escape", "cancel", "dialog.key.cancel", id="dialog.cancel"),
        Binding("ctrl+s", "save", "dialog.key.save", id="dialog.save"),
    ]
    field_labels: dict[str, tuple[str, str]] = {}

    def __init__(self, title: str) -> None:
        super().__init__(classes="form-dialog-screen")
        self.dialog_title = title

    @property
    def kkr(self) -> KkrApp:
        return cast("KkrApp", self.app)

    def compose(self) -> ComposeResult:
        with Vertical(classes="form-dialog"):
            yield Static(Text(printable(self.dialog_title)), classes="dialog-title", markup=False)
            with VerticalScroll(classes="form-fields"):
                yield from self.fields()
            yield Static("", id="dialog-error", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button(t("dialog.save"), variant="primary", id="dialog-save", compact=True)
                yield Button(t("dialog.cancel"), id="dialog-cancel", compact=True)

    def fields(self) -> Iterable[Widget]:
        raise NotImplementedError

    def build(self) -> T:
        """The record from the inputs; raises ValidationError naming the field."""
        raise NotImplementedError

    # -- helpers for subclasses ---------------------------------------------------------
    def text_input(
        self,
        widget_id: str,
        value: str = "",
        *,
        suggester: Suggester | None = None,
        placeholder: str = "",
    ) -> Input:
        # SafeInput drops control characters as they come in and follows cursor_blink.
        return SafeInput(
            value,
            placeholder=placeholder,
            id=widget_id,
            suggester=suggester,
            compact=True,
        )

    @staticmethod
    def row(label: str, widget: Widget) -> Horizontal:
        return Horizontal(Label(Text(label), classes="field-label"), widget, classes="field-row")

    def value(self, widget_id: str) -> str:
        """What was typed, without control characters or surrounding space."""
        return strip_controls(self.query_one(f"#{widget_id}", Input).value).strip()

    # -- behaviour ----------------------------------------------------------------------
    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_save()

    @on(Button.Pressed, "#dialog-save")
    def _save_pressed(self) -> None:
        self.action_save()

    @on(Button.Pressed, "#dialog-cancel")
    def _cancel_pressed(self) -> None:
        self.action_cancel()

    def action_save(self) -> None:
        try:
            record = self.build()
        except ValidationError as exc:
            self.show_error(exc)
            return
        self.dismiss(record)

    def action_cancel(self) -> None:
        self.dismiss(None)

    def show_error(self, error: ValidationError) -> None:
        for widget in self.query(".-field-error"):
            widget.remove_class("-field-error")
        widget_id, label_key = self.field_labels.get(error.field or "", ("", ""))
        label = t(label_key) if label_key else (error.field or "")
        message = f"{label}: {error.message}" if label else error.message
        self.query_one("#dialog-error", Static).update(Text(printable(message)))
        if widget_id:
            target = self.query_one(f"#{widget_id}")
            target.add_class("-field-error")
            target.focus()


class ConfirmDialog(KkrModalScreen[bool]):
    """ "Fjern X?": the destructive button has focus, Escape (or Annuller) keeps things."""

    BINDINGS = [
        Binding("escape", "cancel", "dialog.key.cancel", id="confirm.cancel"),
    ]

    def __init__(self, question: str, detail: str = "", confirm_label: str = "") -> None:
        super().__init__(classes="form-dialog-screen")
        self.question = question
        self.detail = detail
        self.confirm_label = confirm_label or t("dialog.delete")

    def compose(self) -> ComposeResult:
        with Vertical(classes="form-dialog confirm-dialog"):
            yield Static(Text(t("dialog.confirm_title")), classes="dialog-title", markup=False)
            yield Static(Text(printable(self.question)), id="confirm-question", markup=False)
            if self.detail:
                yield Static(Text(printable(self.detail)), id="confirm-detail", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button(self.confirm_label, variant="error", id="confirm-yes", compact=True)
                yield Button(t("dialog.cancel"), id="confirm-no", compact=True)

    def on_mount(self) -> None:
        self.query_one("#confirm-yes", Button).focus()

    @on(Button.Pressed, "#confirm-yes")
    def _yes(self) -> None:
        self.dismiss(True)

    @on(Button.Pressed, "#confirm-no")
    def _no(self) -> None:
        self.dismiss(False)

    def action_cancel(self) -> None:
        self.dismiss(False)
