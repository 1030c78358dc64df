"""Export to a file from the UI: the same bytes as `kkr export`, where the user says.

The frame both export dialogs share (`ExportDialog`): a heading, the dialog's choices,
the file row, Save and Cancel. Its two users, each in its own module:
- `DocumentExportDialog` (document_export_dialog.py; meeting screen, `w`): the agenda
  or the decision minutes, or the agenda package.
- `CalendarExportDialog` (calendar_export_dialog.py; Årshjul, `w`): the ICS calendar
  or the year's meetings as CSV.

The file row is checked as it is typed (kkr_tui.exports.output.check_target): the
folder must exist and be writable, the name must not be a folder; an existing file is
only replaced after a confirmation. The default is `~/<name>` - the home folder, not
the working directory, because the app is often started from a launcher or over SSH
where the working directory is nowhere a secretary would look - and after the first
export the folder last written to in this session (kept in memory only: the app
writes no file of its own for this). Writing runs in a thread through
`write_export` (atomic: the whole file or none); a failure is shown in the dialog,
which stays open, and a success is announced with the full path written.
"""

from __future__ import annotations

import errno
import os
import weakref
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on, work
from textual.app import App, ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widget import Widget
from textual.widgets import Button, Checkbox, Input, RadioSet, Static

from kkr_tui.domain.text import printable
from kkr_tui.exports.documents import (
    DocumentError,
)
from kkr_tui.exports.output import ExportFileError, Target, check_target, write_export
from kkr_tui.i18n import t
from kkr_tui.store.attachments import AttachmentError
from kkr_tui.store.owned import is_owned_by
from kkr_tui.ui.screens.form_dialog import (
    ERROR_STYLE,
    HINT_STYLE,
    WARNING_STYLE,
    ConfirmDialog,
    FormDialog,
    message_lines,
)
from kkr_tui.ui.widgets.inputs import SafeInput
from kkr_tui.ui.widgets.toggles import Choices, RadioChoice, Tick

if TYPE_CHECKING:
    from kkr_tui.store import Snapshot

Lines = list[tuple[str, str]]
PayloadMaker = Callable[[], bytes]

# The folder last written to, per running app; memory only (nothing is saved to disk).
_last_folder: weakref.WeakKeyDictionary[App[object], Path] = weakref.WeakKeyDictionary()

# Endings each kind accepts without a remark; the first is the one a default name gets.
SUFFIXES: dict[str, tuple[str, ...]] = {
    "md": (".md", ".markdown"),
    "html": (".html", ".htm"),
    "txt": (".txt",),
    "pdf": (".pdf",),
    "docx": (".docx",),
    "zip": (".zip",),
    "ics": (".ics",),
    "csv": (".csv",),
}
_KNOWN_SUFFIXES = frozenset(s for endings in SUFFIXES.values() for s in endings)
SAVED_SECONDS = 10
# What the user can do about the operating system's reason (which comes in English).
_ADVICE = {
    errno.ENOSPC: "export_ui.advice.full",
    errno.EDQUOT: "export_ui.advice.full",
    errno.EACCES: "export_ui.advice.denied",
    errno.EPERM: "export_ui.advice.denied",
    errno.EROFS: "export_ui.advice.read_only",
}


def shown_path(path: Path) -> str:
    """The path as the dialog shows it: the home folder written as ~ (as typed)."""
    home = Path.home()
    try:
        inside = path.relative_to(home)
    except ValueError:
        return str(path)
    return "~" if inside == Path() else f"~{os.sep}{inside}"


def default_folder(app: App[object]) -> Path:
    return _last_folder.get(app) or Path.home()


def sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


class ExportDialog(FormDialog[Path]):
    """The frame: a heading, the subclass's choices, the file row, Save and Cancel.

    Subclasses give `heading_text()`, `choices()`, `kind()` (a SUFFIXES key), `base_name()`,
    `notes()`, `refusal()` and `payload_maker()`. Dismissed with the path written, or
    None when cancelled (nothing written).
    """

    guard_changes = False
    SCREEN_CLASSES = "frame-dialog"

    def __init__(self, chosen: dict[str, str], ticked: dict[str, bool]) -> None:
        super().__init__()
        # The choices as they stand (RadioSet id -> option key, Checkbox id -> ticked),
        # kept here so they can be read before the widgets are mounted.
        self.chosen = chosen
        self.ticks = ticked
        self._default_name = ""  # the file name last filled in by the dialog itself
        self._writing = False

    # -- what subclasses give ------------------------------------------------------------
    def heading_text(self) -> Text:
        raise NotImplementedError

    def choices(self) -> Iterable[Widget]:
        raise NotImplementedError

    def kind(self) -> str:
        """The SUFFIXES key of what would be written now."""
        raise NotImplementedError

    def kind_label(self) -> str:
        raise NotImplementedError

    def base_name(self) -> str:
        """The default file name without its ending."""
        raise NotImplementedError

    def notes(self) -> Lines:
        """Lines under the choices (what is missing, what the file holds)."""
        return []

    def refusal(self) -> str:
        """Why the chosen export cannot be written now; "" when it can."""
        return ""

    def payload_maker(self, snapshot: Snapshot) -> PayloadMaker:
        """A function making the bytes from `snapshot` (it runs in the writing thread)."""
        raise NotImplementedError

    # -- layout --------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        with Vertical(id="dialog", classes="export-dialog") as box:
            box.border_title = t("export_ui.title")
            yield Static(self.heading_text(), id="export-heading", markup=False)
            yield from self.choices()
            yield Static(id="export-notes", markup=False)
            self._default_name = self.default_name()
            value = shown_path(default_folder(self.app) / self._default_name)
            file_input = SafeInput(value, id="export-file", compact=True)
            yield self.row(t("export_ui.field.file"), file_input)
            yield Static(id="export-status", markup=False)
            yield Static(id="dialog-errors", markup=False)
            yield self.buttons(t("export_ui.save"))

    def radio(self, widget_id: str, options: Sequence[tuple[str, str]]) -> RadioSet:
        """One line of choices; each button's `name` is its option key."""
        buttons = [
            RadioChoice(Content(label), value=key == self.chosen[widget_id], name=key, compact=True)
            for key, label in options
        ]
        return Choices(*buttons, id=widget_id, compact=True)

    def checkbox(self, widget_id: str, label: str) -> Checkbox:
        return Tick(label, self.ticks[widget_id], id=widget_id, compact=True)

    def default_name(self) -> str:
        return self.base_name() + SUFFIXES[self.kind()][0]

    def on_mount(self) -> None:
        self.query_one("#dialog-errors", Static).display = False
        self.update_choices()
        self._check_file()
        field = self.query_one("#export-file", Input)
        field.focus()
        field.cursor_position = len(field.value)

    # -- live state ----------------------------------------------------------------------
    def update_choices(self) -> None:
        """Rows that apply to the current choice, and the notes under them."""
        notes = self.query_one("#export-notes", Static)
        lines = self.notes()
        notes.update(message_lines(lines))
        notes.display = bool(lines)

    @on(RadioSet.Changed)
    def _picked(self, event: RadioSet.Changed) -> None:
        if event.radio_set.id is not None and event.pressed.name is not None:
            self.chosen[event.radio_set.id] = event.pressed.name
        self._choice_changed()

    @on(Checkbox.Changed)
    def _ticked(self, event: Checkbox.Changed) -> None:
        if event.checkbox.id is not None:
            self.ticks[event.checkbox.id] = event.value
        self._choice_changed()

    def _choice_changed(self) -> None:
        self.update_choices()
        self._follow_choice()
        self._check_file()

    def _follow_choice(self) -> None:
        """Give the file name the new choice's name, keeping what the user typed.

        The dialog's own name is replaced (in whatever folder the user put it); a
        name the user typed keeps its name and only changes a known ending.
        """
        field = self.query_one("#export-file", Input)
        typed = field.value.strip()
        new_name = self.default_name()
        folder, name = os.path.split(typed)
        if not typed:
            value = shown_path(default_folder(self.app) / new_name)
        elif name == self._default_name:
            value = os.path.join(folder, new_name)
        else:
            stem, suffix = os.path.splitext(name)
            if suffix.lower() in _KNOWN_SUFFIXES:
                name = stem + SUFFIXES[self.kind()][0]
            value = os.path.join(folder, name)
        self._default_name = new_name
        if value != field.value:
            field.value = value
            field.cursor_position = len(value)

    @on(Input.Changed, "#export-file")
    def _file_changed(self) -> None:
        self.query_one("#dialog-errors", Static).display = False
        self._check_file()

    def target(self) -> Target:
        typed = self.query_one("#export-file", Input).value
        return check_target(typed, shown=shown_path, owner=self.kkr.store.path)

    def _check_file(self) -> None:
        target = self.target()
        if target.problem:
            lines = [(sentence(target.problem), ERROR_STYLE)]
        elif target.exists:
            lines = [(t("export_ui.target.exists", path=shown_path(target.path)), WARNING_STYLE)]
        else:
            lines = [(t("export_ui.target.new", path=shown_path(target.path)), HINT_STYLE)]
        suffix = target.path.suffix.lower()
        if not target.problem and suffix not in SUFFIXES[self.kind()]:
            remark = t("export_ui.target.suffix", suffix=suffix or "''", kind=self.kind_label())
            lines.append((remark, WARNING_STYLE))
        self.query_one("#export-status", Static).update(message_lines(lines))

    def refresh_data(self) -> None:
        """The app reloaded (a change here or by someone else): check again."""
        if not self._writing:
            self._choice_changed()

    # -- saving --------------------------------------------------------------------------
    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # While the file is being written, neither a second save nor closing: the
        # outcome (written or not) is then always shown to the user.
        return not (self._writing and action in ("submit", "cancel"))

    def action_submit(self) -> None:
        if self._writing:
            return
        refusal = self.refusal()
        target = self.target()
        problem = refusal or (sentence(target.problem) if target.problem else "")
        if problem:
            self._show_error([(problem, ERROR_STYLE)])
            self.app.bell()
            return
        if not target.exists:
            self._start(target.path)
            return

        def confirmed(ok: bool | None) -> None:
            if ok:
                self._start(target.path)

        self.app.push_screen(
            ConfirmDialog(
                t("export_ui.overwrite.question", name=target.path.name),
                t("export_ui.overwrite.detail", folder=str(target.path.parent)),
                confirm_label=t("export_ui.overwrite.confirm"),
            ),
            confirmed,
        )

    def _start(self, path: Path) -> None:
        if is_owned_by(self.kkr.store.path, path):  # the database, a backup, ...
            self._failed(ExportFileError(t("doc.export.onto_db", path=shown_path(path))))
            return
        make = self.payload_maker(self.kkr.snapshot)
        owner = self.kkr.store.path
        self._set_writing(True)
        status = self.query_one("#export-status", Static)
        status.update(message_lines([(t("export_ui.writing", path=shown_path(path)), HINT_STYLE)]))
        self._write(path, make, owner)

    @work(thread=True, exclusive=True, group="export-write")
    def _write(self, path: Path, make: PayloadMaker, owner: Path) -> None:
        try:
            written = write_export(path, make(), owner=owner)
        except (ExportFileError, DocumentError, AttachmentError) as exc:
            self.app.call_from_thread(self._failed, exc)
        else:
            self.app.call_from_thread(self._written, written)

    def _written(self, path: Path) -> None:
        self._set_writing(False)
        _last_folder[self.app] = path.parent
        self.app.notify(t("export_ui.saved", path=str(path)), timeout=SAVED_SECONDS, markup=False)
        self.dismiss(path)

    def _failed(self, error: Exception) -> None:
        self._set_writing(False)
        lines = [(printable(sentence(str(error))), ERROR_STYLE)]
        advice = _ADVICE.get(getattr(error, "errno", None) or 0)
        if advice:
            lines.append((t(advice), ERROR_STYLE))
        lines.append((t("export_ui.nothing_written"), HINT_STYLE))
        self._check_file()
        self._show_error(lines)
        self.app.bell()

    def _show_error(self, lines: Lines) -> None:
        errors = self.query_one("#dialog-errors", Static)
        errors.update(message_lines(lines))
        errors.display = True

    def _set_writing(self, writing: bool) -> None:
        self._writing = writing
        self.query_one("#dialog-ok", Button).disabled = writing
        self.query_one("#dialog-cancel", Button).disabled = writing
        self.refresh_bindings()
