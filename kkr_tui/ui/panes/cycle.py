"""Årshjul: every council's year at a glance, and the selected council's meetings below.

Layout: the year chart (one row per council, two when there is room), a line on the
selected council (meetings, electoral period, warnings) and its warnings, its
meetings of the year, and a detail line with the selected meeting's place and the
reason for its dispatch deadline.

Focus: the chart owns Up/Down (council); Tab moves to the table, where Up/Down move
between meetings. Left/Right and [ ] change the year from either, y goes to a typed
year. Enter opens the meeting selected in the table. n/e/m/x/a/p edit through
dialogs and save through the store's verbs, then reload every pane; w exports the
calendar or the year's meetings to a file.

Length: ~640 lines, one pane with the chart, the table and nine keys; the rules it
asks are in kkr_tui.domain (actions, proposals, cycle warnings), the dialogs in
ui/screens, the saving in ui/saving.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any, Self

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Static

from kkr_tui.domain.actions import MeetingAction, refusal
from kkr_tui.domain.cycle_warnings import CycleWarning, year_warnings
from kkr_tui.domain.elections import electoral_period, is_local_election_year
from kkr_tui.domain.fora import forum_of
from kkr_tui.domain.formatting import format_day, format_day_short, format_time
from kkr_tui.domain.joint import joint_text
from kkr_tui.domain.models import Meeting, MeetingState
from kkr_tui.domain.parsing import YEAR_RANGE
from kkr_tui.domain.proposals import YearProposal, propose_year
from kkr_tui.domain.readiness import Light
from kkr_tui.i18n import t, tn
from kkr_tui.store import Snapshot
from kkr_tui.store.transaction import Transaction
from kkr_tui.ui.compat import KeepsCursorInView
from kkr_tui.ui.invitation_update import offer_update
from kkr_tui.ui.panes.base import Pane
from kkr_tui.ui.safe import plain
from kkr_tui.ui.saving import Saver, save_one, saver, transaction_saver, write
from kkr_tui.ui.screens.cancel_dialog import CancelMeetingDialog
from kkr_tui.ui.screens.form_dialog import FormDialog
from kkr_tui.ui.screens.meeting_dialog import DialogMode, MeetingDialog
from kkr_tui.ui.screens.proposal_dialog import ProposalDialog
from kkr_tui.ui.screens.year_dialog import YearDialog
from kkr_tui.ui.widgets.fit import Column, available_width, show_rows
from kkr_tui.ui.widgets.lights import light_text
from kkr_tui.ui.widgets.meeting_marks import CANCELLED_ROW_STYLE, state_text
from kkr_tui.ui.widgets.tables import KkrTable, selected_key
from kkr_tui.ui.widgets.year_chart import ChartRow, ChartView, YearChart, chart_meeting

if TYPE_CHECKING:
    import pendulum

# From this pane height on, the chart gives each council a second line (deadlines)
# and more warnings are listed; below it the chart's '!' marks the rest.
ROOMY_HEIGHT = 34
# From this width the meetings' table has room for the place too.
WIDE_TABLE = 100
WARNINGS_COMPACT = 2
WARNINGS_ROOMY = 6
# Routine confirmations go quickly; errors stay longer (10 s).
NOTICE_SECONDS = 3


class CycleTable(KeepsCursorInView, KkrTable):
    """The meetings table; Left/Right are left to the pane (they change the year).

    Above it the warnings box grows or shrinks with the council and year shown, so
    its height changes in the same frame as its rows: it keeps the cursor in view
    in that frame (see KeepsCursorInView)."""

    def focus(self, scroll_visible: bool = True) -> Self:
        """Entering the pane, the chart takes the focus the app gives this table.

        See CyclePane.on_descendant_focus. Redirected here, before the table has it,
        the first frame of the pane shows the chart focused (not the table, then the
        chart a frame later).
        """
        pane = self.parent
        if isinstance(pane, CyclePane) and pane.entering:
            pane.query_one(YearChart).focus(scroll_visible)
            return self
        return super().focus(scroll_visible)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("cursor_left", "cursor_right"):
            return False
        return super().check_action(action, parameters)


class CyclePane(Pane):
    title_key = "pane.cycle"

    # Footer order: what a secretary does most first (at 80 columns the tail is cut;
    # the year keys are also Left/Right, which need no reminder).
    BINDINGS = [
        Binding("n", "new_meeting", "cycle.key.new", id="cycle.new"),
        Binding("e", "edit_meeting", "cycle.key.edit", id="cycle.edit"),
        Binding("m", "move_meeting", "cycle.key.move", id="cycle.move"),
        Binding("x", "cancel_meeting", "cycle.key.cancel", id="cycle.cancel"),
        Binding("p", "propose_year", "cycle.key.propose", id="cycle.propose"),
        Binding("a", "plan_meeting", "cycle.key.plan", id="cycle.plan"),
        Binding("A", "plan_all", "cycle.key.plan_all", id="cycle.plan_all", show=False),
        Binding(
            "left,left_square_bracket",
            "year(-1)",
            "cycle.key.prev_year",
            id="cycle.prev_year",
            key_display="←",
        ),
        Binding(
            "right,right_square_bracket",
            "year(1)",
            "cycle.key.next_year",
            id="cycle.next_year",
            key_display="→",
        ),
        # y, not g: g and G are "first/last row" in every list (KkrTable).
        Binding("y", "go_to_year", "cycle.key.go_to_year", id="cycle.go_to_year"),
        # w (write) as on the meeting screen; not k, which lists use for up.
        Binding("w", "export", "export_ui.key.export", id="cycle.export"),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.year = 0
        self.council_index = 0
        self._drawn = False  # the first draw puts the cursor on the next meeting
        self._drawn_roomy = False  # the height class the chart and warnings were drawn for
        self._fitted: tuple[int, int] | None = None  # (width, table width) the columns fit
        self._warning_lines = -1  # lines in the warnings box (-1: not drawn yet)
        # True until focus enters the pane from outside (see on_descendant_focus).
        self._entering = True
        # The last year's warnings, with the state, year and day they were worked out
        # for: Up/Down (another council) redraws without working them out again.
        self._warned: tuple[Snapshot, int, pendulum.Date, list[CycleWarning]] | None = None

    def compose(self) -> ComposeResult:
        yield YearChart(id="cycle-chart")
        yield Static(id="cycle-title", markup=False)
        yield Static(id="cycle-warnings", markup=False)
        yield CycleTable(id="cycle-meetings", cursor_type="row")
        yield Static(id="cycle-detail", markup=False)

    def on_mount(self) -> None:
        self.year = self.today.year
        super().on_mount()  # drawn now if shown, else when first shown

    def on_descendant_blur(self, event: events.DescendantBlur) -> None:
        # Focus left the pane (another pane was chosen), unless a dialog or the
        # meeting screen opened on top: then focus comes back to where it was.
        focused = self.app.focused
        if self.app.screen is self.screen and (focused is None or self not in focused.ancestors):
            self._entering = True

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        """Entering the pane lands on the chart, whatever the app focused for us.

        The app focuses a pane's first table when it is shown; here the chart comes
        first (Up/Down choose the council). Moves inside the pane (Tab) are kept.
        """
        if self._entering:
            self._entering = False
            chart = self.query_one(YearChart)
            if event.widget is not chart:
                chart.focus()

    @property
    def entering(self) -> bool:
        """True while focus is outside the pane (it lands on the chart when it enters)."""
        return self._entering

    @property
    def _roomy(self) -> bool:
        return self.room.height >= ROOMY_HEIGHT

    def on_resize(self) -> None:
        # Each 2 shows the pane with a new size; only crossing ROOMY_HEIGHT changes
        # what is drawn (the chart redraws its own lines for a new width), and a new
        # width the table's columns.
        if self.closing:
            return
        if self.year and self._drawn and self._fit() != self._fitted:
            self._fill_table(self.snapshot, reset_cursor=False)
        if self.year and self._drawn and self._roomy != self._drawn_roomy:
            snap = self.snapshot
            warnings = self._warnings(snap)
            self._draw_chart(snap, warnings)
            self._show_status(snap, warnings)

    # -- what is shown ---------------------------------------------------------
    @property
    def council_slug(self) -> str:
        councils = self.snapshot.councils
        return councils[min(self.council_index, len(councils) - 1)].slug

    def refresh_data(self) -> None:
        """Redraw from the file's current state, keeping year, council and cursor."""
        self._draw(reset_cursor=not self._drawn)
        self._drawn = True

    def _draw(self, reset_cursor: bool) -> None:
        if not self.year:
            return
        snap = self.snapshot
        warnings = self._warnings(snap)
        self._fill_table(snap, reset_cursor)
        self._draw_chart(snap, warnings)
        self._show_status(snap, warnings)
        if self._fit() != self._fitted:
            # Not laid out yet, the chart or the warnings took other lines than the
            # table was fitted for (the first draw, before the chart had any): fitted
            # again now, not on the resize after the first frame (a second layout).
            self._fill_table(snap, reset_cursor=False)
        self._show_detail(snap)

    def _warnings(self, snap: Snapshot) -> list[CycleWarning]:
        warned = self._warned
        if warned is not None and warned[0] is snap and warned[1:3] == (self.year, self.today):
            return warned[3]
        slugs = [c.slug for c in snap.councils]
        # The year and its neighbours (meetings too close across New Year); archived
        # years come from their archive file.
        around = [
            m for y in (self.year - 1, self.year, self.year + 1) for m in snap.meetings_of(year=y)
        ]
        warnings = year_warnings(around, snap.planner, self.year, self.today, slugs)
        self._warned = (snap, self.year, self.today, warnings)
        return warnings

    def _draw_chart(self, snap: Snapshot, warnings: list[CycleWarning]) -> None:
        self._drawn_roomy = self._roomy
        rows = tuple(
            ChartRow(
                key=council.slug,
                short_name=council.name.removeprefix("KKR "),
                long_name=council.name,
                meetings=tuple(
                    chart_meeting(m, snap.planner, self.today)
                    for m in snap.meetings_of(council.slug, self.year)
                ),
                warnings=sum(1 for w in warnings if w.council == council.slug),
            )
            for council in snap.councils
        )
        highlighted = selected_key(self._table)
        self.query_one(YearChart).view = ChartView(
            year=self.year,
            today=self.today,
            rows=rows,
            selected=self.council_index,
            highlighted_meeting=int(highlighted) if highlighted else None,
            roomy=self._roomy,
        )

    def _show_status(self, snap: Snapshot, warnings: list[CycleWarning]) -> None:
        """The selected council's line (count, period, warnings) and its warnings below."""
        council = snap.council(self.council_slug)
        count = sum(
            1
            for m in snap.meetings_of(council.slug, self.year)
            if m.state is not MeetingState.CANCELLED
        )
        own = [w for w in warnings if w.council == council.slug]
        first, last = electoral_period(self.year)
        parts: list[str | tuple[str, str] | Text] = [
            plain(f"{council.name} ", "bold"),
            f"{self.year}: ",
            tn("cycle.title.count", count),
            " · ",
            t("cycle.title.period", first=first, last=last),
        ]
        if is_local_election_year(self.year):
            parts += [" · ", (t("cycle.title.election_year"), "bold")]
        if self.year in snap.archived_years:  # finished: read from its archive file
            parts += [" · ", (t("cycle.title.archived"), "dim")]
        if own:
            parts += [" · ", (tn("cycle.title.warnings", len(own)), "bold red")]
        else:
            parts += [" · ", (t("cycle.title.no_warnings"), "dim")]
        # One line, always (cycle.tcss): a repaint, not a layout of the screen.
        self.query_one("#cycle-title", Static).update(
            Text.assemble(*parts, no_wrap=True, overflow="ellipsis"), layout=False
        )
        box = self.query_one("#cycle-warnings", Static)
        limit = WARNINGS_ROOMY if self._roomy else WARNINGS_COMPACT
        shown = own if len(own) <= limit else own[: limit - 1]
        lines = [
            Text.assemble(("! ", "bold red"), plain(w.message), no_wrap=True, overflow="ellipsis")
            for w in shown
        ]
        if len(shown) < len(own):
            lines.append(Text(tn("cycle.warnings.more", len(own) - len(shown)), style="bold red"))
        # Its height is its number of lines: the screen is laid out again only if
        # that changes (or the box appears or goes).
        same_height = box.display == bool(own) and self._warning_lines == len(lines)
        self._warning_lines = len(lines)
        box.display = bool(own)
        box.update(Text("\n").join(lines), layout=not same_height)

    @property
    def _table(self) -> CycleTable:
        return self.query_one("#cycle-meetings", CycleTable)

    def _fit(self) -> tuple[int, int]:
        """The pane's width and the width the table's columns get."""
        width = self.room.width
        table = self._table
        return width, available_width(table, width, 1 + table.row_count, self.lines_for(table))

    def _fill_table(self, snap: Snapshot, reset_cursor: bool) -> None:
        meetings = snap.meetings_of(self.council_slug, self.year)
        width = self.room.width
        wide = width >= WIDE_TABLE
        rows = [(str(m.id), self._row(snap, m, wide)) for m in meetings]
        table = self._table
        room = available_width(table, width, 1 + len(rows), self.lines_for(table))
        self._fitted = width, room
        show_rows(table, _columns(wide), rows, width=room)
        table.measure_new_rows()  # the cursor below scrolls into view in the same frame
        if reset_cursor and meetings:
            upcoming = next((i for i, m in enumerate(meetings) if m.day >= self.today), 0)
            table.move_cursor(row=upcoming, animate=False)

    def _row(self, snap: Snapshot, meeting: Meeting, wide: bool) -> list[Text | str]:
        readiness = snap.readiness(meeting, self.today)
        dispatch = readiness.deadlines.dispatch
        due = format_day_short(dispatch.due)
        if dispatch.moved and dispatch.moved_reason:
            due = f"{due} ← {dispatch.moved_reason}"
        cells: list[Text | str] = [
            plain(format_day_short(meeting.day)),
            plain(f"{format_time(meeting.start)}-{format_time(meeting.end)}"),
            light_text(readiness.light, with_word=False)
            if readiness.light is not Light.NONE
            else Text("·", style="dim"),
            state_text(meeting.state, short=True),
            plain(
                (
                    forum.name
                    if (forum := forum_of(meeting, snap.fora)) is not None
                    else t(f"cycle.series.{meeting.series.value}")
                )
                # A joint meeting says so in each council's year.
                + (f" · {t('joint.short')}" if meeting.councils else "")
            ),
            plain(due if meeting.state is not MeetingState.CANCELLED else "-"),
        ]
        if wide:
            cells.append(plain(meeting.place or "-"))
        if meeting.state is MeetingState.CANCELLED:
            for cell in cells:
                if isinstance(cell, Text):
                    cell.stylize(CANCELLED_ROW_STYLE)
        return cells

    def _show_detail(self, snap: Snapshot) -> None:
        box = self.query_one("#cycle-detail", Static)
        meeting = self.selected_meeting()
        # Two lines, always (cycle.tcss): a repaint, not a layout of the screen.
        if meeting is None:
            box.update(Text(t("cycle.detail.empty"), style="dim"), layout=False)
            return
        if meeting.state is MeetingState.CANCELLED:
            box.update(
                Text.assemble(
                    (f"{t('cycle.detail.cancelled')} ", "bold"),
                    plain(meeting.cancel_reason or t("cycle.detail.no_reason")),
                ),
                layout=False,
            )
            return
        dispatch = snap.planner.deadlines(meeting).dispatch
        names = {c.slug: c.name for c in snap.councils}
        joint = joint_text(meeting, self.council_slug, names)
        box.update(
            Text.assemble(
                # The space goes with the label: a value that begins with a space is
                # drawn against its label in an SVG snapshot ("Sted:Aalborg").
                (f"{t('cycle.detail.place')} ", "bold"),
                plain(meeting.place or "-"),
                plain(f" · {joint}" if joint else ""),
                "\n",
                (f"{t('cycle.detail.dispatch')} ", "bold"),
                plain(dispatch.explanation),
                no_wrap=True,
                overflow="ellipsis",
            ),
            layout=False,
        )

    # -- events ----------------------------------------------------------------
    def on_year_chart_council_step(self, event: YearChart.CouncilStep) -> None:
        self.council_index = (self.council_index + event.step) % len(self.snapshot.councils)
        self._draw(reset_cursor=True)

    def on_year_chart_open_requested(self, event: YearChart.OpenRequested) -> None:
        self._open_selected()

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        """The chart marks the selected meeting; the detail line describes it.

        A redraw highlights the meeting the cursor ends on before these messages
        arrive (a refill moves the cursor twice): then there is nothing to do.
        """
        chart = self.query_one(YearChart)
        view = chart.view
        key = selected_key(self._table)
        highlighted = int(key) if key else None
        if view is None or view.highlighted_meeting == highlighted:
            return
        chart.view = replace(view, highlighted_meeting=highlighted)
        self._show_detail(self.snapshot)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        self._open_selected()

    def _open_selected(self) -> None:
        meeting = self.selected_meeting()
        if meeting is None:
            self.notify(t("cycle.none_selected"), severity="warning")
            return
        self.kkr.open_meeting(meeting.id)

    def selected_meeting(self) -> Meeting | None:
        key = selected_key(self._table)
        return None if key is None else self.snapshot.meeting(int(key))

    def show(self, year: int, council: str | None = None, meeting_id: int | None = None) -> None:
        """Go to `year` (and council, and put the table cursor on a meeting)."""
        self.year = min(max(year, YEAR_RANGE[0]), YEAR_RANGE[1])
        if council is not None:
            slugs = [c.slug for c in self.snapshot.councils]
            self.council_index = slugs.index(council)
        self._draw(reset_cursor=True)
        self._drawn, self._stale = True, False
        self.kkr.tell_damaged_archive()  # a year whose archive file is damaged shows empty
        if meeting_id is not None:
            keys = [m.id for m in self.snapshot.meetings_of(self.council_slug, self.year)]
            if meeting_id in keys:
                self._table.move_cursor(row=keys.index(meeting_id), animate=False)
                self._draw_chart(self.snapshot, self._warnings(self.snapshot))
                self._show_detail(self.snapshot)

    # -- actions ---------------------------------------------------------------
    def action_year(self, step: int) -> None:
        self.show(self.year + step)

    def action_go_to_year(self) -> None:
        def chosen(year: int | None) -> None:
            if year is not None:
                self.show(year)

        self.app.push_screen(YearDialog(self.year), chosen)

    def action_export(self) -> None:
        """The calendar (ICS) or the year's meetings (CSV) to a file the user names."""
        from kkr_tui.ui.screens.calendar_export_dialog import CalendarExportDialog

        self.app.push_screen(CalendarExportDialog(self.council_slug, self.year))

    def action_new_meeting(self) -> None:
        snap = self.snapshot
        dialog = MeetingDialog(
            DialogMode.NEW,
            snap,
            self.today,
            council=self.council_slug,
            year=self.year,
        )
        self._open(dialog)

    def action_edit_meeting(self) -> None:
        meeting = self._changeable(MeetingAction.EDIT_MEETING)
        if meeting is not None:
            dialog = MeetingDialog(DialogMode.EDIT, self.snapshot, self.today, meeting=meeting)
            self._open(dialog)

    def action_move_meeting(self) -> None:
        meeting = self._changeable(MeetingAction.MOVE_MEETING)
        if meeting is not None:
            dialog = MeetingDialog(DialogMode.MOVE, self.snapshot, self.today, meeting=meeting)
            self._open(dialog)

    def action_cancel_meeting(self) -> None:
        meeting = self._changeable(MeetingAction.CANCEL_MEETING)
        if meeting is None:
            return
        snap = self.snapshot
        heading = " · ".join(
            (t("cancel.title"), snap.council(meeting.council).name, format_day(meeting.day))
        )
        dialog = CancelMeetingDialog(meeting, snap.items_for(meeting.id), heading=heading)
        self._open(dialog, done_key="cycle.done.cancelled")

    def action_plan_meeting(self) -> None:
        """Accept the selected proposed meeting, then go on to the next one proposed,
        so a proposed year is accepted with `a`, `a`, `a` (or all at once with `A`)."""
        meeting = self._changeable(MeetingAction.PLAN_MEETING)
        if meeting is not None:
            save_one(
                self.kkr,
                meeting.with_changes(state=MeetingState.PLANNED),
                then=self._planned,
            )

    def _planned(self, saved: Meeting) -> None:
        year = saved.start.year
        proposed = self._proposed(saved.council, year)
        # The next proposed after this one; an earlier one skipped before if none.
        following = [m for m in proposed if (m.day, m.id) > (saved.day, saved.id)] or proposed
        if not following:
            self.show(year, saved.council, saved.id)
            text = t("cycle.done.planned_last", day=format_day(saved.day), year=year)
        else:
            self.show(year, saved.council, following[0].id)
            text = t(
                "cycle.done.planned_next",
                day=format_day(saved.day),
                next=format_day(following[0].day),
            )
        self.notify(text, timeout=NOTICE_SECONDS, markup=False)

    def _proposed(self, council: str, year: int) -> list[Meeting]:
        """The council's proposed meetings of `year`, by day."""
        meetings = self.snapshot.meetings_of(council, year)
        return [m for m in meetings if m.state is MeetingState.PROPOSED]

    def action_plan_all(self) -> None:
        """Accept every proposed meeting of the council's year in one transaction."""
        from kkr_tui.ui.screens.form_dialog import ConfirmDialog

        council, year = self.council_slug, self.year
        name = self.snapshot.council(council).name
        proposed = self._proposed(council, year)
        if not proposed:
            self.notify(
                t("cycle.plan_all.none", council=name, year=year),
                severity="warning",
                markup=False,
            )
            return
        question = tn("cycle.plan_all.question", len(proposed), council=name, year=year)
        days = ", ".join(format_day_short(m.day) for m in proposed)

        def confirmed(yes: bool | None) -> None:
            if yes:
                write(
                    self.kkr,
                    lambda tx: [
                        tx.update(m.with_changes(state=MeetingState.PLANNED)) for m in proposed
                    ],
                    then=lambda saved: self._planned_all(saved, council, year),
                )

        dialog = ConfirmDialog(
            question,
            t("cycle.plan_all.detail", days=days),
            confirm_label=t("cycle.plan_all.confirm"),
        )
        self._push_below_chart(dialog, confirmed)

    def _planned_all(self, saved: list[Meeting], council: str, year: int) -> None:
        self.show(year, council, saved[0].id if saved else None)
        self.notify(
            tn("cycle.done.planned_all", len(saved), year=year),
            timeout=NOTICE_SECONDS,
            markup=False,
        )

    def action_propose_year(self) -> None:
        snap = self.snapshot
        council = self.council_slug
        proposal = propose_year(
            council, self.year, snap.meetings_of(council), snap.planner, self.today
        )
        if not proposal.proposals and not proposal.unplaced:
            self.notify(
                t(
                    "cycle.propose.nothing",
                    council=snap.council(council).name,
                    year=self.year,
                ),
                severity="information",
            )
            return

        dialog = ProposalDialog(snap, proposal)
        dialog.save = self._proposal_saver(proposal)
        self._push_below_chart(dialog)

    # -- saving ----------------------------------------------------------------
    def _changeable(self, action: MeetingAction) -> Meeting | None:
        """The selected meeting if it allows `action`; else say why and None."""
        meeting = self.selected_meeting()
        if meeting is None:
            self.notify(t("cycle.none_selected"), severity="warning")
            return None
        items = self.snapshot.items_for(meeting.id)
        reason = refusal(action, meeting, items, self.today)
        if reason is not None:
            self.notify(reason, severity="warning")
            return None
        return meeting

    def _open(self, dialog: FormDialog[Meeting], done_key: str = "cycle.done.saved") -> None:
        """A meeting dialog, saved before it closes (see kkr_tui.ui.saving)."""
        dialog.save = saver(self.kkr, then=lambda saved: self._saved(saved, done_key))
        self._push_below_chart(dialog)

    def _push_below_chart(
        self, dialog: Screen[Any], callback: Callable[[Any], None] | None = None
    ) -> None:
        """A dialog that changes the year, at the foot of the window: on a tall one the
        chart it changes stays in view above it (its meeting marked); on a small one
        the dialog takes the room it needs, as any dialog."""
        dialog.add_class("below-chart")
        self.app.push_screen(dialog, callback)

    def _saved(self, saved: Meeting, done_key: str) -> None:
        self.show(saved.start.year, saved.council, saved.id)
        self.notify(t(done_key, day=format_day(saved.day)), timeout=NOTICE_SECONDS)
        offer_update(self.kkr, saved)  # moved, new place or cancelled after the invitation

    def _proposal_saver(self, proposal: YearProposal) -> Saver:
        """All proposed meetings in one transaction: all saved, or none (and the dialog
        stays open saying why)."""

        def add_all(tx: Transaction) -> list[Meeting]:
            return [tx.add(meeting) for meeting in proposal.meetings]

        def saved(meetings: list[Meeting]) -> None:
            first = meetings[0].id if meetings else None
            self.show(proposal.year, proposal.council, first)
            self.notify(
                tn("cycle.done.proposed", len(meetings), year=proposal.year),
                timeout=NOTICE_SECONDS,
            )

        return transaction_saver(self.kkr, lambda _: add_all, then=saved)


def _columns(wide: bool) -> list[Column]:
    """The meetings' columns. Narrow, the place is left out (the detail line below the
    table names it) and the meeting type gives way first (a forum's name ends in the
    council's, which the chart shows), so the dispatch day is always whole."""
    columns = [
        Column("date", t("col.date"), shrink=0),
        Column("time", t("col.time"), shrink=0),
        Column("light", t("cycle.col.light"), shrink=0),
        Column("state", t("col.state"), minimum=9, shrink=1),
        Column("series", t("col.series"), minimum=8, shrink=3),
        Column("dispatch", t("cycle.col.dispatch"), minimum=11, shrink=1),
    ]
    if wide:
        columns.append(Column("place", t("cycle.col.place"), minimum=8, shrink=4))
    return columns
