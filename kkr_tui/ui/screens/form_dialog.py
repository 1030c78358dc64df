"""The one dialog base: a framed form with an error line, save and cancel.

Every dialog that takes input derives from `FormDialog`, so each behaves the same:

- Ctrl+S saves (and Enter in a one-line field); Escape or the cancel button cancels,
  and asks first when a field was changed (nothing typed is lost by a slip).
- `build()` turns the fields into the result through the domain's own rules; when it
  raises a DomainError the message stays in the dialog (a ValidationError naming a
  field in `field_labels` also puts the cursor there) and nothing is returned.
- With `save` given (kkr_tui.ui.saving.saver or transaction_saver), the dialog stays
  open while the result is written, in a worker; when that fails (disk full, lock
  timeout, no permission) it says why and keeps everything typed; when the user
  cancels a conflict it stays open too.
- Tab and Shift+Tab move the focus at once (priority bindings, run before the app
  hands on the next key), so keys that arrive in one burst (paste, fast typing, SSH)
  go to the field focused after the keys before them (docs/upstream.md says why).
- Fields are SafeInput/SafeTextArea: control characters never get in, and they blink
  as the app says (snapshot tests turn it off).

A dialog with a layout of its own (the Årshjul's, the export dialog) overrides
`compose` and `action_submit` and keeps the rest.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar, cast

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.suggester import Suggester
from textual.widget import Widget
from textual.widgets import Button, Checkbox, Input, Label, Select, SelectionList, Static, TextArea
from textual.widgets.button import ButtonVariant

from kkr_tui.domain.errors import DomainError, ValidationError
from kkr_tui.domain.models import Record
from kkr_tui.domain.parsing import parse_date
from kkr_tui.domain.text import printable, strip_controls
from kkr_tui.i18n import t
from kkr_tui.ui.saving import Outcome, Saver, saver
from kkr_tui.ui.screens.base import KkrModalScreen
from kkr_tui.ui.widgets.inputs import SafeInput, SafeTextArea

if TYPE_CHECKING:
    import pendulum

    from kkr_tui.ui.app import KkrApp

ResultT = TypeVar("ResultT")
RecordT = TypeVar("RecordT", bound=Record)

# The screen class of the record dialogs (member, contact) and the confirmation.
RECORD_SCREEN = "form-dialog-screen"
ERROR_STYLE = "bold red"
WARNING_STYLE = "yellow"
HINT_STYLE = "dim"


def message_lines(lines: list[tuple[str, str]]) -> Text:
    """(text, style) pairs as one Text, a line each; user text is never markup here."""
    return Text("\n").join(Text(text, style=style) for text, style in lines)


def bullet_list(heading: str, lines: Iterable[str]) -> Text:
    """A bold heading and a bullet a line, such as what blocks a step; the lines are
    shown literally (they name items, which are user text)."""
    text = Text.assemble((heading, "bold"))
    for line in lines:
        text.append("\n")
        text.append_text(Text(printable(f" • {line}")))
    return text


def refused_read_only(app: KkrApp) -> bool:
    """True (and the user told why) if the database may not be changed: no dialog then,
    rather than a form filled in for nothing."""
    if app.store.readonly:
        app.notify(t("readonly.refused"), severity="warning", markup=False)
        return True
    return False


async def saved_record(
    app: KkrApp, dialog: FormDialog[RecordT], *, unchanged: RecordT | None = None
) -> RecordT | None:
    """Open `dialog`, which saves its record before it closes (kkr_tui.ui.saving.saver),
    and wait: the record as stored, or None when nothing was (cancelled, or nothing
    changed since `unchanged`). Call it from a worker."""
    stored: list[RecordT] = []
    dialog.save = saver(app, then=stored.append, unchanged=unchanged)
    await app.push_screen_wait(dialog)
    return stored[0] if stored else None


class FormDialog(KkrModalScreen[ResultT | None], Generic[ResultT]):
    """Subclasses pass `heading` and `ok_label` up and give `body()` and `build()`."""

    BINDINGS = [
        Binding("escape", "cancel", "dialog.key.cancel", id="dialog.cancel"),
        Binding("ctrl+s", "submit", "dialog.key.save", id="dialog.save"),
        # Priority: the app runs these before it hands the next key of a burst to the
        # focused field, so that key goes to the field focused after the Tab.
        Binding(
            "tab", "app.focus_next", "key.focus_next", show=False, priority=True, id="dialog.next"
        ),
        Binding(
            "shift+tab",
            "app.focus_previous",
            "key.focus_previous",
            show=False,
            priority=True,
            id="dialog.previous",
        ),
    ]

    dialog_id = "agenda-dialog"
    # The frame's CSS classes (styles/dialogs.tcss): the agenda's wide box by default.
    frame_classes = "agenda-dialog"
    # A record field (as ValidationError.field names it) -> (widget id, catalogue key),
    # so an error can name the field and put the cursor in it.
    field_labels: ClassVar[dict[str, tuple[str, str]]] = {}
    # Whether Escape asks before closing when a field was changed: a dialog whose fields
    # only say where to go (a year, a file name) has nothing to lose.
    guard_changes: ClassVar[bool] = True
    # The screen's CSS classes: "frame-dialog" for the Årshjul's and the export's
    # layout, RECORD_SCREEN for the record dialogs (RecordDialog).
    SCREEN_CLASSES: ClassVar[str] = ""

    def __init__(self, heading: str = "", ok_label: str = "", *, save: Saver | None = None) -> None:
        """`heading` over the form; `ok_label` on the save button ("OK" when not given)."""
        super().__init__(classes=self.SCREEN_CLASSES or None)
        self.heading = heading
        self.ok_label = ok_label
        self.save = save
        self._initial: dict[str, object] | None = None
        self._confirming = False

    @property
    def kkr(self) -> KkrApp:
        return cast("KkrApp", self.app)

    def compose(self) -> ComposeResult:
        with Vertical(id=self.dialog_id, classes=self.frame_classes):
            yield Static(Text(printable(self.heading)), classes="dialog-title", markup=False)
            yield from self.body()
            yield Static("", id="dialog-error", classes="dialog-error", markup=False)
            yield self.buttons(self.ok_label or t("agenda.dialog.ok"))

    def buttons(self, ok_label: str, *, variant: ButtonVariant = "primary") -> Horizontal:
        """Save and cancel, each labelled with its key."""
        return Horizontal(
            Button(
                f"{ok_label} (Ctrl+S)",
                variant=variant,
                id="dialog-ok",
                compact=True,
            ),
            Button(f"{t('agenda.dialog.cancel')} (Esc)", id="dialog-cancel", compact=True),
            classes="dialog-buttons",
        )

    def body(self) -> Iterable[Widget]:
        yield from ()

    def build(self) -> ResultT:
        raise NotImplementedError

    # -- helpers for subclasses --------------------------------------------------------
    def text_input(
        self,
        value: str = "",
        *,
        id: str | None = None,
        placeholder: str = "",
        suggester: Suggester | None = None,
        **options: Any,
    ) -> SafeInput:
        return SafeInput(
            value, placeholder=placeholder, id=id, suggester=suggester, compact=True, **options
        )

    def text_area(self, value: str = "", *, id: str) -> SafeTextArea:
        return SafeTextArea(value, id=id, compact=True, show_line_numbers=False, soft_wrap=True)

    @staticmethod
    def choice(options: Iterable[tuple[Text | str, str]], value: str, *, id: str) -> Select[str]:
        """A drop-down that always has one of `options` (label, value) chosen."""
        return Select(options, value=value, allow_blank=False, compact=True, id=id)

    @staticmethod
    def field(label: str, widget: Widget, *, id: str | None = None) -> Horizontal:
        return Horizontal(Label(Text(label), classes="field-label"), widget, classes="field", id=id)

    @staticmethod
    def row(label: str, *widgets: Widget, id: str | None = None) -> Horizontal:
        """A labelled row of a frame dialog (SCREEN_CLASSES "frame-dialog": meeting,
        year, export), styled `form-row` in dialogs.tcss; `field` is the others'."""
        return Horizontal(Label(label, classes="form-label"), *widgets, classes="form-row", id=id)

    def value_of(self, selector: str) -> str:
        widget = self.query_one(selector)
        if isinstance(widget, TextArea):
            return strip_controls(widget.text)
        return strip_controls(cast(Input, widget).value)

    def day_of(self, selector: str) -> pendulum.Date:
        return parse_date(self.value_of(selector).strip())

    def show_error(self, message: str | DomainError) -> None:
        for widget in self.query(".-field-error"):
            widget.remove_class("-field-error")
        target_id = ""
        if isinstance(message, ValidationError):
            target_id, label_key = self.field_labels.get(message.field or "", ("", ""))
            # The field's label in the user's words; never the record's field name
            # (str(ValidationError) is "attendance: ...", meant for logs and the CLI).
            text = f"{t(label_key)}: {message.message}" if label_key else message.message
        else:
            text = str(message)
        errors = self.query("#dialog-error")
        if not errors:  # a dialog with a layout of its own and no error line
            self.notify(text, severity="error", markup=False)
            return
        error = errors.first(Static)
        error.update(Text(printable(text, single_line=False)))
        error.set_class(bool(text), "-shown")
        if target_id:
            target = self.query_one(f"#{target_id}")
            target.add_class("-field-error")
            target.focus()

    # -- changed fields ------------------------------------------------------------------
    def _values(self) -> dict[str, object]:
        """What each field holds now, by widget id (to tell whether anything changed)."""
        found: dict[str, object] = {}
        for widget in self.query("Input, TextArea, Checkbox, Select, SelectionList"):
            key = widget.id or str(id(widget))
            # Blanks alone change nothing worth asking about.
            if isinstance(widget, Input):
                found[key] = widget.value.strip()
            elif isinstance(widget, TextArea):
                found[key] = widget.text.strip()
            elif isinstance(widget, Checkbox | Select):
                found[key] = widget.value
            elif isinstance(widget, SelectionList):
                found[key] = tuple(widget.selected)
        return found

    def on_mount(self) -> None:
        # As the dialog opened, once the fields are filled in (also by a subclass's mount).
        self.call_after_refresh(self._remember_initial)

    def _remember_initial(self) -> None:
        if self._initial is None:
            self._initial = self._values()

    def changed(self) -> bool:
        return self.guard_changes and self._initial is not None and self._values() != self._initial

    # -- events ------------------------------------------------------------------------
    def action_submit(self) -> None:
        try:
            result = self.build()
        except DomainError as exc:
            self.show_error(exc)
            self.app.bell()
            return
        self.submit(result)

    def submit(self, result: ResultT) -> None:
        """Close with `result`, saved first when the opener gave `save`."""
        if self.save is None:
            self.dismiss(result)
        else:
            self._save_and_close(result)

    @work(exclusive=True, group="dialog-save")
    async def _save_and_close(self, result: ResultT) -> None:
        assert self.save is not None
        saved = await self.save(result)
        if saved.outcome is Outcome.FAILED:
            self.show_error(saved.message)  # everything typed stays, to try again
        elif saved.outcome is Outcome.SAVED:
            self.dismiss(result)
        elif saved.outcome is not Outcome.CANCELLED:  # theirs taken, or gone: nothing of mine
            self.dismiss(None)

    def action_cancel(self) -> None:
        if not self.changed():
            self.dismiss(None)
            return
        if self._confirming:
            return

        def answered(discard: bool | None) -> None:
            self._confirming = False
            if discard:
                self.dismiss(None)

        self._confirming = True
        self.app.push_screen(
            ConfirmDialog(t("dialog.discard_question"), confirm_label=t("dialog.discard")),
            answered,
        )

    @on(Button.Pressed, "#dialog-ok")
    def _ok(self, event: Button.Pressed) -> None:
        event.stop()
        self.action_submit()

    @on(Button.Pressed, "#dialog-cancel")
    def _cancel(self, event: Button.Pressed) -> None:
        event.stop()
        self.action_cancel()

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_submit()

    @on(Input.Changed, ".-field-error")
    @on(TextArea.Changed, ".-field-error")
    def _corrected(self, event: Input.Changed | TextArea.Changed) -> None:
        # The field the error named is being corrected: the error no longer applies.
        event.control.remove_class("-field-error")
        for error in self.query("#dialog-error").results(Static):
            error.update("")
            error.remove_class("-shown")


class RecordDialog(FormDialog[ResultT]):
    """The form of one record (a member, a contact, an appointment): its `fields()`
    scroll when the window is too low for them all."""

    SCREEN_CLASSES = RECORD_SCREEN
    dialog_id = "record-dialog"
    frame_classes = "form-dialog"

    def body(self) -> Iterable[Widget]:
        yield VerticalScroll(*self.fields(), classes="form-fields")

    def fields(self) -> Iterable[Widget]:
        raise NotImplementedError


class ConfirmDialog(KkrModalScreen[bool]):
    """ "Fjern X?": the destructive button has focus, Escape (or Annuller) keeps things."""

    BINDINGS = [
        Binding("escape", "cancel", "dialog.key.cancel", id="confirm.cancel"),
    ]

    def __init__(self, question: str, detail: str = "", confirm_label: str = "") -> None:
        super().__init__(classes=RECORD_SCREEN)
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
                yield Button(f"{t('dialog.cancel')} (Esc)", id="confirm-no", compact=True)

    def on_mount(self) -> None:
        self.query_one("#confirm-yes", Button).focus()

    @on(Button.Pressed, "#confirm-yes")
    def _yes(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(True)

    @on(Button.Pressed, "#confirm-no")
    def _no(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(False)

    def action_cancel(self) -> None:
        self.dismiss(False)
