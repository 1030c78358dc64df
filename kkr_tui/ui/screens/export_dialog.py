"""Export to a file from the UI: the same bytes as `kkr export`, where the user says.

Two dialogs on one frame:
- `DocumentExportDialog` (meeting screen, `w`): the agenda or the decision minutes as
  PDF, Word, Markdown, HTML or text, or the agenda package (.zip: the agenda PDF and
  every attachment); the members' version or the public one (closed items hidden).
  Minutes with a decision item still undecided are refused -
  the dialog says which items - unless the user ticks "draft" (the CLI's --draft).
- `CalendarExportDialog` (Årshjul, `w`): the ICS calendar of the selected council or
  of all councils, with or without deadline events, or the meetings CSV of the year.

The file row is checked as it is typed (kkr_tui.exports.output.check_target): the
folder must exist and be writable, the name must not be a folder; an existing file is
only replaced after a confirmation. The default is `~/<name>` - the home folder, not
the working directory, because the app is often started from a launcher or over SSH
where the working directory is nowhere a secretary would look - and after the first
export the folder last written to in this session (kept in memory only: the app
writes no file of its own for this). Writing runs in a thread through
`write_export` (atomic: the whole file or none); a failure is shown in the dialog,
which stays open, and a success is announced with the full path written.

Length: ~630 lines, the two dialogs and the frame they share; splitting them would
put the frame's contract in one file and its only two users in others.
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
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widget import Widget
from textual.widgets import Button, Checkbox, Input, Label, RadioSet, Static

from kkr_tui.domain.formatting import format_day, format_time
from kkr_tui.domain.models import MeetingState, Series
from kkr_tui.domain.text import printable
from kkr_tui.exports.documents import (
    DocumentError,
    agenda_items,
    document_bytes,
    missing_decisions,
)
from kkr_tui.exports.output import ExportFileError, Target, check_target, write_export
from kkr_tui.exports.package import agenda_package, listed_attachments, package_zip
from kkr_tui.i18n import t
from kkr_tui.store.attachments import AttachmentError, check_present
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
            with Horizontal(classes="dialog-buttons"):
                yield Button(
                    f"{t('export_ui.save')} (Ctrl+S)",
                    variant="primary",
                    id="export-save",
                    compact=True,
                )
                yield Button(f"{t('export_ui.cancel')} (Esc)", id="export-cancel", compact=True)

    @staticmethod
    def row(label: str, widget: Widget, *, id: str | None = None) -> Horizontal:
        return Horizontal(Label(label, classes="form-label"), widget, classes="form-row", id=id)

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

    @on(Button.Pressed, "#export-save")
    def _save_requested(self, event: Button.Pressed) -> None:
        event.stop()
        self.action_submit()

    @on(Button.Pressed, "#export-cancel")
    def _cancel_pressed(self) -> None:
        self.action_cancel()

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
        self.query_one("#export-save", Button).disabled = writing
        self.query_one("#export-cancel", Button).disabled = writing
        self.refresh_bindings()


class DocumentExportDialog(ExportDialog):
    """The agenda or the decision minutes of one meeting (the meeting screen's `w`)."""

    def __init__(self, meeting_id: int, *, published: bool = False) -> None:
        # Once the minutes are published they are what is sent on; before, the agenda.
        what = "minutes" if published else "agenda"
        super().__init__(
            {"export-what": what, "export-format": "md", "export-version": "members"},
            {"export-draft": False},
        )
        self.meeting_id = meeting_id

    def heading_text(self) -> Text:
        snap = self.kkr.snapshot
        meeting = snap.meeting(self.meeting_id)
        if meeting is None:
            return Text(t("meeting.gone"))
        return Text.assemble(
            (printable(snap.council(meeting.council).name), "bold"),
            " · ",
            t(f"series.{meeting.series.value}"),
            " · ",
            format_day(meeting.day),
            f" {format_time(meeting.start)}-{format_time(meeting.end)}",
        )

    def choices(self) -> Iterable[Widget]:
        yield self.row(
            t("export_ui.field.what"),
            self.radio(
                "export-what",
                [
                    ("agenda", t("export_ui.what.agenda")),
                    ("minutes", t("export_ui.what.minutes")),
                    ("package", t("export_ui.what.package")),
                ],
            ),
        )
        yield self.row(
            t("export_ui.field.format"),
            self.radio(
                "export-format",
                [
                    (fmt, t(f"export_ui.format.{fmt}"))
                    for fmt in ("md", "html", "txt", "pdf", "docx")
                ],
            ),
            id="export-format-row",
        )
        yield self.row(
            t("export_ui.field.version"),
            self.radio(
                "export-version",
                [
                    ("members", t("export_ui.version.members")),
                    ("public", t("export_ui.version.public")),
                ],
            ),
        )
        yield self.row(
            t("export_ui.field.draft"),
            self.checkbox("export-draft", t("export_ui.draft.check")),
            id="export-draft-row",
        )

    @property
    def minutes(self) -> bool:
        return self.chosen["export-what"] == "minutes"

    @property
    def package(self) -> bool:
        return self.chosen["export-what"] == "package"

    @property
    def public(self) -> bool:
        return self.chosen["export-version"] == "public"

    def _missing(self) -> list[tuple[int, str]]:
        """Decision items without a decision (the check `kkr export minutes` makes)."""
        snap = self.kkr.snapshot
        meeting = snap.meeting(self.meeting_id)
        if meeting is None:
            return []
        return [
            (number, item.title) for number, item in missing_decisions(agenda_items(snap, meeting))
        ]

    def _cancelled(self) -> bool:
        meeting = self.kkr.snapshot.meeting(self.meeting_id)
        return meeting is not None and meeting.state is MeetingState.CANCELLED

    @property
    def draft(self) -> bool:
        # Only offered (and only meant) when decisions are missing.
        return self.minutes and bool(self._missing()) and self.ticks["export-draft"]

    def update_choices(self) -> None:
        missing = self.minutes and not self._cancelled() and bool(self._missing())
        self.query_one("#export-draft-row").display = missing
        self.query_one("#export-format-row").display = not self.package
        super().update_choices()

    def notes(self) -> Lines:
        if not self.minutes:
            return []
        if self._cancelled():
            return [(sentence(t("export.minutes.cancelled")), ERROR_STYLE)]
        missing = self._missing()
        if not missing:
            return []
        listed = "; ".join(
            t("export.minutes.missing_item", number=number, title=printable(title))
            for number, title in missing
        )
        lines = [(t("export_ui.minutes.missing", items=listed), WARNING_STYLE)]
        if self.draft:
            lines.append((t("export_ui.minutes.draft_note"), HINT_STYLE))
        else:
            lines.append((t("export_ui.minutes.not_ready"), ERROR_STYLE))
        return lines

    def refusal(self) -> str:
        if not self.minutes:
            return ""
        if self._cancelled():
            return sentence(t("export.minutes.cancelled"))
        if self._missing() and not self.draft:
            return t("export_ui.minutes.not_ready")
        return ""

    def kind(self) -> str:
        return "zip" if self.package else self.chosen["export-format"]

    def kind_label(self) -> str:
        return t(f"export_ui.format.{self.kind()}")

    def base_name(self) -> str:
        """kkr-sjaelland-2026-04-09-dagsorden (a series other than KKR is named)."""
        snap = self.kkr.snapshot
        meeting = snap.meeting(self.meeting_id)
        if meeting is None:
            return f"kkr-{self.meeting_id}"
        series = "" if meeting.series is Series.KKR else f"-{meeting.series.value}"
        if self.package:
            what = t("export_ui.file.package")
        elif not self.minutes:
            what = t("export_ui.file.agenda")
        else:
            what = t("export_ui.file.draft" if self.draft else "export_ui.file.minutes")
        public = f"-{t('export_ui.file.public')}" if self.public else ""
        return f"kkr-{meeting.council}{series}-{meeting.day.isoformat()}-{what}{public}"

    def payload_maker(self, snapshot: Snapshot) -> PayloadMaker:
        meeting_id, fmt, draft, public = self.meeting_id, self.kind(), self.draft, self.public
        what = self.chosen["export-what"]
        db_path = self.kkr.store.path

        def make() -> bytes:
            if what == "package":
                package = agenda_package(snapshot, db_path, meeting_id, public=public)
                return package_zip(package, db_path)
            check_present(db_path, listed_attachments(snapshot, meeting_id, public=public))
            return document_bytes(snapshot, meeting_id, what, fmt, public=public, draft=draft)

        return make


class CalendarExportDialog(ExportDialog):
    """The Årshjul's `w`: the ICS calendar or the year's meetings as CSV."""

    def __init__(self, council: str, year: int) -> None:
        super().__init__(
            {"export-what": "ics", "export-council": "one"}, {"export-deadlines": False}
        )
        self.council = council
        self.year = year

    def heading_text(self) -> Text:
        name = self.kkr.snapshot.council(self.council).name
        return Text.assemble((printable(name), "bold"), f" · {self.year}")

    def choices(self) -> Iterable[Widget]:
        name = printable(self.kkr.snapshot.council(self.council).name)
        yield self.row(
            t("export_ui.field.what"),
            self.radio(
                "export-what",
                [
                    ("ics", t("export_ui.what.ics")),
                    ("csv", t("export_ui.what.csv", year=self.year)),
                ],
            ),
        )
        yield self.row(
            t("export_ui.field.council"),
            self.radio("export-council", [("one", name), ("all", t("export_ui.council.all"))]),
        )
        yield self.row(
            t("export_ui.field.deadlines"),
            self.checkbox("export-deadlines", t("export_ui.deadlines.check")),
            id="export-deadlines-row",
        )

    def kind(self) -> str:
        return self.chosen["export-what"]

    def kind_label(self) -> str:
        return t("export_ui.what.ics") if self.kind() == "ics" else "CSV"

    @property
    def councils(self) -> tuple[str, ...]:
        return () if self.chosen["export-council"] == "all" else (self.council,)

    @property
    def deadlines(self) -> bool:
        return self.kind() == "ics" and self.ticks["export-deadlines"]

    def update_choices(self) -> None:
        self.query_one("#export-deadlines-row").display = self.kind() == "ics"
        super().update_choices()

    def notes(self) -> Lines:
        key = "export_ui.ics.note" if self.kind() == "ics" else "export_ui.csv.note"
        return [(t(key), HINT_STYLE)]

    def base_name(self) -> str:
        """kkr-sjaelland-moeder(-frister) for the calendar, kkr-alle-moeder-2026 for CSV."""
        who = self.councils[0] if self.councils else t("export_ui.file.all")
        name = f"kkr-{who}-{t('export_ui.file.meetings')}"
        if self.kind() == "csv":
            return f"{name}-{self.year}"
        return f"{name}-{t('export_ui.file.deadlines')}" if self.deadlines else name

    def payload_maker(self, snapshot: Snapshot) -> PayloadMaker:
        # Imported here: icalendar is not needed until someone exports a calendar.
        from kkr_tui.exports.csvfiles import csv_export
        from kkr_tui.exports.ics import CalendarOptions, calendar_feed

        kind, councils, year = self.kind(), self.councils, self.year
        options = CalendarOptions(councils=councils, deadlines=self.deadlines)
        today = self.kkr.clock.today()

        def make() -> bytes:
            if kind == "csv":
                return csv_export(snapshot, "meetings", councils=councils, year=year)
            return calendar_feed(snapshot, today, options)

        return make
