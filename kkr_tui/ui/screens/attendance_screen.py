"""Attendance after the meeting: for each member of the council, present, absent, or a
substitute ("supp. X deltog").

Keys on the member list: d deltog, a afbud, s suppleant (asks the name, offering the
member's registered substitute), x clears,
r marks everyone not yet marked as present; ctrl+s saves, Escape leaves without saving.
The result is the changes by member id; the caller stores them in Meeting.attendance
in the format the minutes export reads.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.suggester import SuggestFromList
from textual.widgets import Input, Label, Static

from kkr_tui.domain.attendance import Attendance, Presence, read_attendance
from kkr_tui.domain.errors import ValidationError
from kkr_tui.domain.models import Meeting, Member
from kkr_tui.i18n import t
from kkr_tui.ui.safe import plain
from kkr_tui.ui.screens.base import KkrModalScreen
from kkr_tui.ui.screens.form_dialog import ConfirmDialog
from kkr_tui.ui.widgets.fitted_table import Column, FittedTable
from kkr_tui.ui.widgets.inputs import SafeInput

Changes = dict[str, Attendance | None]
WIDE = 90

_STYLE = {Presence.PRESENT: "green", Presence.ABSENT: "yellow", Presence.SUBSTITUTE: "cyan"}


def _layout(width: int) -> list[Column]:
    # The role is left out on a narrow terminal: the substitute's name needs the room
    # (the formandskab still comes first in the list).
    columns = [
        Column("name", t("attendance.col.member"), weight=3, min_width=12),
        Column("municipality", t("attendance.col.municipality"), weight=2, min_width=8),
    ]
    if width >= WIDE:
        columns.append(Column("role", t("attendance.col.role"), width=12))
    columns.append(Column("presence", t("attendance.col.presence"), weight=4, min_width=14))
    return columns


class AttendanceScreen(KkrModalScreen[Changes | None]):
    BINDINGS = [
        Binding("d", "mark('present')", "attendance.key.present", id="attendance.present"),
        Binding("a", "mark('absent')", "attendance.key.absent", id="attendance.absent"),
        Binding("s", "substitute", "attendance.key.substitute", id="attendance.substitute"),
        Binding("x", "clear", "attendance.key.clear", id="attendance.clear"),
        Binding("r", "rest_present", "attendance.key.rest", id="attendance.rest"),
        Binding("ctrl+s", "save", "agenda.dialog.key.save", id="attendance.save"),
        Binding("escape", "cancel", "agenda.dialog.key.cancel", id="attendance.cancel"),
    ]

    def __init__(
        self,
        meeting: Meeting,
        members: Sequence[Member],
        *,
        substitutes: Sequence[Member] = (),
        heading: str,
        cursor_blink: bool,
    ) -> None:
        super().__init__()
        self.meeting = meeting
        self.members = sorted(members, key=_member_order)
        self.heading = heading
        self.cursor_blink = cursor_blink
        self.current: dict[str, Attendance] = read_attendance(meeting)
        self.changes: Changes = {}
        self.substitutes = list(substitutes)

    def compose(self) -> ComposeResult:
        with Vertical(id="attendance-dialog", classes="agenda-dialog"):
            yield Static(self.heading, classes="dialog-title", markup=False)
            yield Static(t("attendance.help"), classes="dialog-hint", markup=False)
            yield FittedTable(_layout, id="attendance-members")
            with Horizontal(id="attendance-substitute-row", classes="field"):
                yield Label("", id="attendance-substitute-label", classes="field-label")
                box = SafeInput(id="attendance-substitute", compact=True)
                box.cursor_blink = self.cursor_blink
                yield box
            yield Static("", id="attendance-summary", markup=False)

    def on_mount(self) -> None:
        self.query_one("#attendance-substitute-row").display = False
        self._redraw()
        self.query_one(FittedTable).focus()

    # -- drawing -------------------------------------------------------------------
    def _redraw(self) -> None:
        table = self.query_one(FittedTable)
        rows = []
        for member in self.members:
            attendance = self.current.get(str(member.id))
            shown = (
                plain(attendance.text, style=_STYLE[attendance.presence])
                if attendance
                else Text(t("attendance.unset"), style="dim")
            )
            rows.append(
                (
                    str(member.id),
                    {
                        "name": plain(member.name),
                        "municipality": plain(member.municipality),
                        "role": plain(t(f"role.{member.role.value}")),
                        "presence": shown,
                    },
                )
            )
        table.set_rows(rows)
        counts = {p: 0 for p in Presence}
        for member in self.members:
            found = self.current.get(str(member.id))
            if found:
                counts[found.presence] += 1
        unset = len(self.members) - sum(counts.values())
        self.query_one("#attendance-summary", Static).update(
            t(
                "attendance.summary",
                present=counts[Presence.PRESENT],
                substitutes=counts[Presence.SUBSTITUTE],
                absent=counts[Presence.ABSENT],
                unset=unset,
            )
        )

    def _selected(self) -> str | None:
        return self.query_one(FittedTable).selected_key()

    def _set(self, member_id: str, attendance: Attendance | None) -> None:
        if attendance is None:
            self.current.pop(member_id, None)
        else:
            self.current[member_id] = attendance
        self.changes[member_id] = attendance
        self._redraw()

    def _next_row(self) -> None:
        table = self.query_one(FittedTable)
        if table.cursor_row < table.row_count - 1:
            table.move_cursor(row=table.cursor_row + 1, animate=False)

    # -- actions -------------------------------------------------------------------
    def action_mark(self, presence: str) -> None:
        member_id = self._selected()
        if member_id is None:
            return
        self._set(member_id, Attendance(Presence(presence)))
        self._next_row()

    def action_clear(self) -> None:
        member_id = self._selected()
        if member_id is not None:
            self._set(member_id, None)

    def action_rest_present(self) -> None:
        for member in self.members:
            key = str(member.id)
            if key not in self.current:
                self.current[key] = Attendance(Presence.PRESENT)
                self.changes[key] = self.current[key]
        self._redraw()

    def action_substitute(self) -> None:
        member_id = self._selected()
        if member_id is None:
            return
        member = next(m for m in self.members if str(m.id) == member_id)
        # For a mayor the deputy mayor (stedfortræder) comes instead.
        label = "afbud.deputy_for" if member.mayor else "attendance.substitute_for"
        self.query_one("#attendance-substitute-label", Label).update(
            plain(t(label, name=member.name))
        )
        box = self.query_one("#attendance-substitute", Input)
        # The member's registered substitute(s) first, then the council's others.
        own = [s.name for s in self.substitutes if s.substitute_for.strip() == member.name]
        others = [s.name for s in self.substitutes if s.name not in own]
        box.suggester = SuggestFromList(own + others, case_sensitive=False)
        found = self.current.get(member_id)
        if found and found.presence is Presence.SUBSTITUTE:
            box.value = found.substitute
        else:
            box.value = own[0] if len(own) == 1 else ""
        self.query_one("#attendance-substitute-row").display = True
        box.focus()

    @on(Input.Submitted, "#attendance-substitute")
    def _substitute_named(self, event: Input.Submitted) -> None:
        event.stop()
        member_id = self._selected()
        if member_id is None:
            return
        try:
            attendance = Attendance(Presence.SUBSTITUTE, event.value)
        except ValidationError as exc:
            self.notify(exc.message, severity="error")
            return
        self._close_substitute()
        self._set(member_id, attendance)
        self._next_row()

    def _close_substitute(self) -> None:
        self.query_one("#attendance-substitute-row").display = False
        self.query_one(FittedTable).focus()

    def action_save(self) -> None:
        self.dismiss(dict(self.changes))

    def action_cancel(self) -> None:
        if self.query_one("#attendance-substitute-row").display:
            self._close_substitute()
            return
        if not self.changes:
            self.dismiss(None)
            return

        def answered(discard: bool | None) -> None:
            if discard:
                self.dismiss(None)

        # Marks set are not lost by a slip: as in every dialog (form_dialog.FormDialog).
        question = ConfirmDialog(t("dialog.discard_question"), confirm_label=t("dialog.discard"))
        self.app.push_screen(question, answered)


def _member_order(member: Member) -> tuple[int, str]:
    # The formandskab first, as the minutes list them; then by name.
    rank = {"formand": 0, "naestformand": 1}.get(member.role.value, 2)
    return rank, member.name.lower()
