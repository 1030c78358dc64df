"""Attendance after the meeting: for each member of the council, present, absent, or a
substitute ("supp. X deltog").

Keys on the member list: d deltog, a afbud, s suppleant (asks the name, offering the
member's registered substitute), x clears,
r marks everyone not yet marked as present. A FormDialog: Ctrl+S saves (the meeting
with its attendance, through the opener's `saver`; a refused save is said in the
dialog, every mark kept), Escape leaves, asking first when marks were set. The marks
go into Meeting.attendance through the domain's `with_attendance`, in the format the
minutes export reads.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rich.text import Text
from textual import on
from textual.binding import Binding
from textual.containers import Horizontal
from textual.suggester import SuggestFromList
from textual.widget import Widget
from textual.widgets import Input, Label, Static

from kkr_tui.domain.attendance import Attendance, Presence, read_attendance, with_attendance
from kkr_tui.domain.errors import ValidationError
from kkr_tui.domain.models import Meeting, Member
from kkr_tui.i18n import t
from kkr_tui.ui.safe import plain
from kkr_tui.ui.saving import Saver
from kkr_tui.ui.screens.form_dialog import FormDialog
from kkr_tui.ui.widgets.fit import Column
from kkr_tui.ui.widgets.fitted_table import SCROLLBAR, FittedTable
from kkr_tui.ui.widgets.inputs import SafeInput

Changes = dict[str, Attendance | None]
# DataTable's cell padding (each side of every column).
CELL_PADDING = 1

_STYLE = {Presence.PRESENT: "green", Presence.ABSENT: "yellow", Presence.SUBSTITUTE: "cyan"}


# The presence column's narrowest: "(mangler)", "afbud", a short "supp. X deltog".
PRESENCE_MINIMUM = 14
# With the role shown, the presence keeps room for a substitute's name.
PRESENCE_WITH_ROLE = 20


def _layout(width: int, members: Sequence[Member]) -> list[Column]:
    """Name and municipality as wide as the longest (a window with room cuts no
    "Faaborg-Midtfyn"), the role where there is room for it too, and the presence
    (the substitute's name) the rest. Where even that does not fit, the columns share
    the width by weight and the role is left out (the formandskab still comes first)."""
    name = max([len(m.name) for m in members] + [len(t("attendance.col.member"))])
    town = max([len(m.municipality) for m in members] + [len(t("attendance.col.municipality"))])
    role = max([len(t(f"role.{m.role.value}")) for m in members] + [len(t("attendance.col.role"))])
    presence = Column("presence", t("attendance.col.presence"), minimum=PRESENCE_MINIMUM)
    fixed = [
        Column("name", t("attendance.col.member"), width=name),
        Column("municipality", t("attendance.col.municipality"), width=town),
    ]
    with_role = [*fixed, Column("role", t("attendance.col.role"), width=role)]
    for columns, least in ((with_role, PRESENCE_WITH_ROLE), (fixed, PRESENCE_MINIMUM)):
        room = width - SCROLLBAR - 2 * CELL_PADDING * (len(columns) + 1)
        if sum(c.width for c in columns) + least <= room:
            return [*columns, presence]
    return [
        Column("name", t("attendance.col.member"), weight=3, minimum=12),
        Column("municipality", t("attendance.col.municipality"), weight=2, minimum=8),
        Column("presence", t("attendance.col.presence"), weight=4, minimum=PRESENCE_MINIMUM),
    ]


class AttendanceList(FittedTable):
    """The members with their marks. The letters are the list's own keys: they act while
    the list has the focus, so in the substitute's name field a letter is typed (as in
    every dialog, whose fields get the letters)."""

    BINDINGS = [
        Binding("d", "screen.mark('present')", "attendance.key.present", id="attendance.present"),
        Binding("a", "screen.mark('absent')", "attendance.key.absent", id="attendance.absent"),
        Binding("s", "screen.substitute", "attendance.key.substitute", id="attendance.substitute"),
        Binding("x", "screen.clear", "attendance.key.clear", id="attendance.clear"),
        Binding("r", "screen.rest_present", "attendance.key.rest", id="attendance.rest"),
    ]


class AttendanceScreen(FormDialog[Meeting]):
    """The meeting's attendance, member by member; saved as the meeting with it set."""

    dialog_id = "attendance-dialog"

    def __init__(
        self,
        meeting: Meeting,
        members: Sequence[Member],
        *,
        substitutes: Sequence[Member] = (),
        heading: str,
        cursor_blink: bool,
        save: Saver | None = None,
    ) -> None:
        super().__init__(heading, t("agenda.dialog.save"), save=save)
        self.meeting = meeting
        self.members = sorted(members, key=_member_order)
        self.cursor_blink = cursor_blink
        self.current: dict[str, Attendance] = read_attendance(meeting)
        self.changes: Changes = {}
        self.substitutes = list(substitutes)

    def body(self) -> Iterable[Widget]:
        yield Static(t("attendance.help"), classes="dialog-hint", markup=False)
        members = self.members
        yield AttendanceList(lambda width: _layout(width, members), id="attendance-members")
        box = SafeInput(id="attendance-substitute", compact=True)
        box.cursor_blink = self.cursor_blink
        yield Horizontal(
            Label("", id="attendance-substitute-label", classes="field-label"),
            box,
            id="attendance-substitute-row",
            classes="field",
        )
        yield Static("", id="attendance-summary", markup=False)

    def on_mount(self) -> None:
        self.query_one("#attendance-substitute-row").display = False
        self._redraw()
        self.query_one(FittedTable).focus()

    def build(self) -> Meeting:
        """The meeting with the marks set (the domain refuses them on a cancelled or
        published meeting, or "present" before the day)."""
        if not self.changes:
            return self.meeting
        return with_attendance(self.meeting, self.changes, today=self.kkr.clock.today())

    def changed(self) -> bool:
        return bool(self.changes)

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
        # The colon keeps the member's name apart from the one typed after it.
        self.query_one("#attendance-substitute-label", Label).update(
            plain(t(label, name=member.name) + ":")
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
        event.prevent_default()  # Enter names the substitute; it does not save the dialog
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

    def action_cancel(self) -> None:
        if self.query_one("#attendance-substitute-row").display:
            self._close_substitute()  # Escape in the name field closes only that
            return
        super().action_cancel()


def _member_order(member: Member) -> tuple[int, str]:
    # The formandskab first, as the minutes list them; then by name.
    rank = {"formand": 0, "naestformand": 1}.get(member.role.value, 2)
    return rank, member.name.lower()
