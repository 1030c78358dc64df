"""New, edit and move a meeting, with live validation and the derived deadlines.

While the user types, the dialog parses every field with the one parser
(kkr_tui.domain.parsing), builds the Copenhagen times (refusing the DST gap and the
repeated hour), and shows the dispatch and publication deadlines that day would get,
with their reasons ("Udsendelse senest ons 1. apr 2026 - flyttet fra tor 2. apr
(skærtorsdag); ..."), plus warnings (closed day, too close to another meeting,
dispatch deadline already passed). Errors are shown in the dialog and Save is
refused; warnings do not stop a save. The dialog returns the record to save, or None.

Modes: NEW (council preselected, every field), EDIT (the council stays; series,
day, times, place and - for a proposed or planned meeting - the state), MOVE (only
the day; the times of day are kept).

A joint meeting (kkr_tui.domain.joint): the council holding it comes first (the
"Råd" field, or the meeting's own council when editing); "Fælles med" ticks the other
councils taking part, one box each on one line.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

import pendulum
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Checkbox, Input, Label, Select, Static

from kkr_tui.domain.cycle_warnings import meeting_warnings
from kkr_tui.domain.deadlines import MeetingDeadlines, derive_deadlines
from kkr_tui.domain.errors import DomainError, ValidationError
from kkr_tui.domain.formatting import format_day, format_time
from kkr_tui.domain.localtime import local_datetime
from kkr_tui.domain.models import Meeting, MeetingState, Series
from kkr_tui.domain.parsing import parse_date, parse_time
from kkr_tui.i18n import t
from kkr_tui.store import Snapshot
from kkr_tui.ui.safe import plain
from kkr_tui.ui.screens.form_dialog import (
    ERROR_STYLE,
    HINT_STYLE,
    WARNING_STYLE,
    FormDialog,
    message_lines,
)
from kkr_tui.ui.screens.meeting_view import meeting_line
from kkr_tui.ui.widgets.toggles import Tick

# The states a meeting may be given here; later ones are reached by dispatching,
# holding and publishing (the agenda screens), with their real dates.
EDITABLE_STATES = (MeetingState.PROPOSED, MeetingState.PLANNED)
PLACE_MAX = 200


class DialogMode(StrEnum):
    NEW = "new"
    EDIT = "edit"
    MOVE = "move"


@dataclass
class FormResult:
    """The outcome of reading the form: a record to save, or the reasons it cannot be."""

    record: Meeting | None = None
    errors: list[str] = field(default_factory=list)
    day: pendulum.Date | None = None


class MeetingDialog(FormDialog[Meeting]):
    SCREEN_CLASSES = "frame-dialog"

    def __init__(
        self,
        mode: DialogMode,
        snapshot: Snapshot,
        today: pendulum.Date,
        *,
        meeting: Meeting | None = None,
        council: str | None = None,
        year: int | None = None,
    ) -> None:
        super().__init__()
        if mode is not DialogMode.NEW and meeting is None:
            raise ValueError("edit and move need the meeting")
        self.mode = mode
        self.snap = snapshot
        self.today = today
        self.meeting = meeting
        self.council = meeting.council if meeting is not None else (council or "")
        self.year = year or today.year

    # -- building --------------------------------------------------------------
    def compose(self) -> ComposeResult:
        meeting = self.meeting
        with Vertical(id="dialog") as box:
            box.border_title = t(f"cycle.dialog.meeting.title.{self.mode.value}")
            if meeting is not None:
                council = self.snap.council(meeting.council).name
                summary = meeting_line(meeting, council, with_state=True)
                yield Static(summary, id="dialog-summary", markup=False)
            if self.mode is DialogMode.NEW:
                councils = [(plain(c.name), c.slug) for c in self.snap.councils]
                yield self.row(
                    t("cycle.dialog.field.council"),
                    self.choice(councils, self.council, id="field-council"),
                )
            if self.mode is not DialogMode.MOVE:
                ticked = meeting.councils if meeting is not None else ()
                yield self.row(
                    t("joint.field"), *self._joint_ticks(self.council, ticked), id="joint-row"
                )
                yield self.row(
                    t("cycle.dialog.field.series"),
                    self.choice(
                        [(t(f"series.{s.value}"), s.value) for s in Series],
                        meeting.series.value if meeting else Series.KKR.value,
                        id="field-series",
                    ),
                )
            moving = self.mode is DialogMode.MOVE
            yield self.row(
                t("cycle.dialog.field.new_date" if moving else "cycle.dialog.field.date"),
                self.text_input(
                    self._initial_date(),
                    placeholder=t("cycle.dialog.placeholder.date", year=self.year),
                    id="field-date",
                    classes="field-date",
                ),
                Static(id="date-echo", markup=False, classes="field-echo"),
            )
            if not moving:
                start, end, place = self._initial_time_place()
                yield self.row(
                    t("cycle.dialog.field.time"),
                    self.text_input(
                        start, placeholder="09.30", id="field-start", classes="field-time"
                    ),
                    Label("-", classes="form-dash"),
                    self.text_input(end, placeholder="12.30", id="field-end", classes="field-time"),
                )
                yield self.row(
                    t("cycle.dialog.field.place"),
                    self.text_input(
                        place,
                        placeholder=t("cycle.dialog.placeholder.place"),
                        max_length=PLACE_MAX,
                        id="field-place",
                    ),
                )
                if meeting is None or meeting.state in EDITABLE_STATES:
                    state = (meeting.state if meeting else MeetingState.PLANNED).value
                    yield self.row(
                        t("cycle.dialog.field.state"),
                        self.choice(
                            [(t(f"state.{s.value}"), s.value) for s in EDITABLE_STATES],
                            state,
                            id="field-state",
                        ),
                    )
            yield Static(id="dialog-preview", markup=False)
            yield Static(id="dialog-errors", markup=False)
            yield self.buttons(t("cycle.dialog.save"))

    def _joint_ticks(self, holder: str, ticked: tuple[str, ...]) -> list[Tick]:
        """A box for every council but the one holding the meeting: "☐ Sjælland", without
        the usual half blocks around the box so four fit on a line at 80 columns."""
        ticks = [
            Tick(
                plain(c.name.removeprefix("KKR ")),
                value=c.slug in ticked,
                compact=True,
                id=f"joint-{c.slug}",
                classes="joint-tick",
                tooltip=t("joint.field_hint"),
            )
            for c in self.snap.councils
            if c.slug != holder
        ]
        for tick in ticks:
            tick.BUTTON_LEFT = tick.BUTTON_RIGHT = ""
        return ticks

    def _joint(self) -> tuple[str, ...]:
        """The other councils ticked, in the councils' order."""
        return tuple(
            box.id.removeprefix("joint-")
            for box in self.query(".joint-tick").results(Checkbox)
            if box.value and box.id
        )

    @on(Select.Changed, "#field-council")
    async def _holder_changed(self, event: Select.Changed) -> None:
        """Another holding council: its box goes, the one given up gets one (what was
        ticked stays ticked)."""
        holder = event.value if isinstance(event.value, str) else self.council
        ticked = self._joint()
        row = self.query_one("#joint-row", Horizontal)
        await row.remove_children(".joint-tick")
        await row.mount_all(self._joint_ticks(holder, ticked))

    def _initial_date(self) -> str:
        if self.meeting is None or self.mode is DialogMode.MOVE:
            return ""
        return self.meeting.day.format("D.M.YYYY")

    def _initial_time_place(self) -> tuple[str, str, str]:
        if self.meeting is not None:
            m = self.meeting
            return format_time(m.start, "da"), format_time(m.end, "da"), m.place
        # A new meeting starts from the council's latest KKR meeting's time and place.
        earlier = [
            m
            for m in self.snap.meetings_of(self.council)
            if m.series is Series.KKR and m.state is not MeetingState.CANCELLED
        ]
        if earlier:
            last = earlier[-1]
            return format_time(last.start, "da"), format_time(last.end, "da"), last.place
        return "09.30", "12.30", ""

    def on_mount(self) -> None:
        self.query_one("#field-date", Input).focus()
        self._refresh_preview()

    # -- live validation -------------------------------------------------------
    @on(Input.Changed)
    @on(Select.Changed)
    def _changed(self) -> None:
        self._refresh_preview()

    def _text(self, selector: str) -> str:
        return self.query_one(selector, Input).value.strip()

    def _select(self, selector: str) -> str | None:
        found = self.query(selector)
        if not found:
            return None
        value = found.first(Select).value
        return value if isinstance(value, str) else None

    def read_form(self) -> FormResult:
        """Parse every field; collect every error (not just the first)."""
        result = FormResult()
        council = self._select("#field-council") or self.council
        series = Series(self._select("#field-series") or self._series_of_meeting())
        date_text = self._text("#field-date")
        if not date_text:
            result.errors.append(t("cycle.dialog.error.date_missing"))
        else:
            try:
                result.day = parse_date(date_text)
            except ValidationError as exc:
                result.errors.append(f"{t('cycle.dialog.field.date')}: {exc.message}")
        start, end = self._times(result)
        if result.errors or result.day is None or start is None or end is None:
            return result
        try:
            start_at = local_datetime(result.day, *start)
            end_at = local_datetime(result.day, *end)
        except ValidationError as exc:
            result.errors.append(exc.message)
            return result
        if end_at <= start_at:
            result.errors.append(t("cycle.dialog.error.end_before_start"))
            return result
        try:
            result.record = self._record(council, series, start_at, end_at)
        except ValidationError as exc:
            result.errors.append(str(exc))
        return result

    def _series_of_meeting(self) -> str:
        return self.meeting.series.value if self.meeting is not None else Series.KKR.value

    def _times(self, result: FormResult) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
        if self.mode is DialogMode.MOVE:
            assert self.meeting is not None
            return (
                (self.meeting.start.hour, self.meeting.start.minute),
                (self.meeting.end.hour, self.meeting.end.minute),
            )
        times: list[tuple[int, int] | None] = []
        for selector, label in (
            ("#field-start", "cycle.dialog.field.start"),
            ("#field-end", "cycle.dialog.field.end"),
        ):
            try:
                times.append(parse_time(self._text(selector)))
            except ValidationError as exc:
                result.errors.append(f"{t(label)}: {exc.message}")
                times.append(None)
        return times[0], times[1]

    def _record(
        self, council: str, series: Series, start: pendulum.DateTime, end: pendulum.DateTime
    ) -> Meeting:
        if self.mode is DialogMode.MOVE:
            assert self.meeting is not None
            return self.meeting.with_changes(start=start, end=end)
        place = self._text("#field-place")
        state = MeetingState(self._select("#field-state") or self._state_of_meeting())
        joint = tuple(c for c in self._joint() if c != council)
        if self.meeting is None:
            return Meeting(
                council=council,
                series=series,
                start=start,
                end=end,
                place=place,
                state=state,
                councils=joint,
            )
        return self.meeting.with_changes(
            series=series, start=start, end=end, place=place, state=state, councils=joint
        )

    def _state_of_meeting(self) -> str:
        return (self.meeting.state if self.meeting else MeetingState.PLANNED).value

    def _refresh_preview(self) -> None:
        result = self.read_form()
        council = self._select("#field-council") or self.council
        series = Series(self._select("#field-series") or self._series_of_meeting())
        echo = self.query_one("#date-echo", Static)
        lines: list[tuple[str, str]] = []
        if result.day is None:
            echo.update("")
            lines.append((t("cycle.dialog.hint.date"), HINT_STYLE))
        else:
            echo.update(Text(format_day(result.day), style="bold"))
            rules = self.snap.settings.rules_for(council, series.value)
            deadlines = derive_deadlines(result.day, rules, self.snap.planner.calendar, series)
            lines.extend(self._deadline_lines(deadlines, series))
        if result.record is not None:
            others = self.snap.meetings_of(result.record.council)
            for warning in meeting_warnings(result.record, others, self.snap.planner, self.today):
                lines.append((f"! {warning.message}", WARNING_STYLE))
            moved = self.meeting is not None and result.record.day != self.meeting.day
            if moved and self.meeting is not None and self.meeting.state is MeetingState.DISPATCHED:
                lines.append((t("cycle.dialog.warn.already_dispatched"), WARNING_STYLE))
        self.query_one("#dialog-preview", Static).update(message_lines(lines))
        # An empty date is not an error while typing: the hint above asks for it.
        missing = t("cycle.dialog.error.date_missing")
        self._show_errors([e for e in result.errors if e != missing])

    def _deadline_lines(self, deadlines: MeetingDeadlines, series: Series) -> list[tuple[str, str]]:
        lines = []
        if self.mode is DialogMode.MOVE and self.meeting is not None:
            before = self.snap.planner.deadlines(self.meeting).dispatch
            lines.append(
                (t("cycle.dialog.preview.dispatch_before", text=before.explanation), HINT_STYLE)
            )
        style = WARNING_STYLE if deadlines.dispatch.moved else ""
        lines.append(
            (t("cycle.dialog.preview.dispatch", text=deadlines.dispatch.explanation), style)
        )
        if deadlines.publication is not None:
            lines.append(
                (t("cycle.dialog.preview.publication", text=deadlines.publication.explanation), "")
            )
        return lines

    def _show_errors(self, errors: list[str]) -> None:
        box = self.query_one("#dialog-errors", Static)
        box.update(message_lines([(e, ERROR_STYLE) for e in errors]))
        box.display = bool(errors)

    # -- buttons -----------------------------------------------------------------
    def action_submit(self) -> None:
        result = self.read_form()
        if result.record is None:
            self._show_errors(result.errors or [t("cycle.dialog.error.incomplete")])
            self.app.bell()
            return
        self.submit(result.record)

    def show_error(self, message: str | DomainError) -> None:
        self._show_errors([str(message)])
