"""The council screen: members, what does not add up, the secretariat, coming meetings.

Stacked at every width: the members table takes the room there is, the secretariat
and the meetings keep their few rows below it.

Members are added (a), edited (e or Enter) and removed (d, confirmed) in dialogs; the
warnings above the table say where the registered members contradict the council's
rules (more members than seats, two chairs, a municipality without a mayor). Enter on
a meeting opens it; c copies the highlighted secretariat e-mail; Escape goes back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual import events, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import DataTable, Static

from kkr_tui.domain.attention import council_status
from kkr_tui.domain.council_checks import (
    chair_and_vice,
    council_warnings,
    deputies_and_suppleanter,
    seated,
)
from kkr_tui.domain.formatting import format_day, format_time
from kkr_tui.domain.models import Council, Member
from kkr_tui.domain.names import sort_key
from kkr_tui.domain.regions import region_on
from kkr_tui.domain.text import printable
from kkr_tui.i18n import t, tn
from kkr_tui.ui.safe import plain
from kkr_tui.ui.saving import delete_with_conflict_check
from kkr_tui.ui.screens.base import KkrScreen
from kkr_tui.ui.screens.form_dialog import ConfirmDialog, refused_read_only, saved_record
from kkr_tui.ui.screens.member_dialog import MemberDialog
from kkr_tui.ui.stylesheets import sheets
from kkr_tui.ui.widgets.fit import Column, Row, available_width, show_rows
from kkr_tui.ui.widgets.footer import AppFooter
from kkr_tui.ui.widgets.header import AppHeader
from kkr_tui.ui.widgets.lights import light_text
from kkr_tui.ui.widgets.tables import KkrTable, selected_key

if TYPE_CHECKING:
    pass

_ROLE_ORDER = {"formand": 0, "naestformand": 1, "borgmester": 2, "medlem": 3}


class CouncilScreen(KkrScreen[None]):
    CSS_PATH = sheets("council")
    BINDINGS = [
        Binding("escape", "app.pop_screen", "council.key.back", id="council.back"),
        Binding("a", "add_member", "council.key.add", id="council.add"),
        Binding("e", "edit_member", "council.key.edit", id="council.edit"),
        Binding("d", "remove_member", "council.key.delete", id="council.remove"),
        Binding("c", "copy_email", "council.key.copy", id="council.copy"),
    ]

    def __init__(self, slug: str) -> None:
        super().__init__()
        self.slug = slug

    def compose(self) -> ComposeResult:
        yield AppHeader(id="council-header")
        with Vertical(id="council-body"):
            yield Static(id="council-facts", markup=False)
            yield Static(id="council-warnings", markup=False)
            yield Static(t("council.members"), classes="section-title", markup=False)
            yield KkrTable(id="council-members", cursor_type="row", zebra_stripes=True)
            yield Static(t("council.secretariat"), classes="section-title", markup=False)
            yield KkrTable(id="council-contacts", cursor_type="row")
            yield Static(t("council.meetings"), classes="section-title", markup=False)
            yield KkrTable(id="council-meetings", cursor_type="row")
        yield AppFooter()

    def on_mount(self) -> None:
        self.kkr.fill_header(self.query_one(AppHeader))
        self.refresh_data()
        self.query_one("#council-members", DataTable).focus()

    def on_resize(self, event: events.Resize) -> None:
        self.refresh_data()

    # -- data ---------------------------------------------------------------------------
    def _council(self) -> Council | None:
        try:
            return self.kkr.snapshot.council(self.slug)
        except KeyError:
            return None

    def _members(self) -> list[Member]:
        members = self.kkr.snapshot.members_of(self.slug)
        # Chair and vice chair first, then by municipality and name; substitutes last.
        return sorted(
            members,
            key=lambda m: (
                m.is_substitute,
                _ROLE_ORDER[m.role.value],
                sort_key(m.municipality),
                sort_key(m.name),
            ),
        )

    def refresh_data(self) -> None:
        council = self._council()
        facts = self.query_one("#council-facts", Static)
        if council is None:
            facts.update(t("council.gone"))
            return
        # The region as it is called on the day shown (Region Østdanmark from 2027).
        region = region_on(council, self.kkr.clock.today())
        self.query_one(AppHeader).pane_title = printable(f"{council.name} · {region}")
        members = self._members()
        facts.update(_facts(council, members))
        warnings = council_warnings(council, members)
        box = self.query_one("#council-warnings", Static)
        box.display = bool(warnings)
        box.update(Text("\n").join(plain(f"⚠ {w.text}") for w in warnings))
        width = self.size.width or self.app.size.width
        self._show_members(members, width)
        self._show_contacts(width)
        self._show_meetings(width)

    def _show_members(self, members: list[Member], width: int) -> None:
        table = self.query_one("#council-members", DataTable)
        yes = t("council.yes")
        rows: list[Row] = [
            (
                str(m.id),
                [
                    plain(m.name),
                    plain(m.municipality),
                    plain(m.party),
                    plain(t(f"role.{m.role.value}")),
                    plain(yes if m.mayor else ""),
                    plain(m.substitute_for),
                ],
            )
            for m in members
        ]
        columns = [
            Column("name", t("council.col.name"), minimum=10, shrink=2),
            Column("municipality", t("council.col.municipality"), minimum=8, shrink=1),
            Column("party", t("council.col.party"), minimum=3, shrink=1, maximum=12),
            Column("role", t("council.col.role"), minimum=6, shrink=1),
            Column("mayor", t("council.col.mayor"), minimum=4, shrink=1),
            Column("substitute_for", t("council.col.substitute_for"), minimum=8, shrink=2),
        ]
        show_rows(table, columns, rows, width=available_width(table, width, 1 + len(rows)))
        table.show_cursor = bool(rows)

    def _show_contacts(self, width: int) -> None:
        snap = self.kkr.snapshot
        contacts = sorted(
            (c for c in snap.contacts if c.secretariat and self.slug in c.councils),
            key=lambda c: sort_key(c.name),
        )
        table = self.query_one("#council-contacts", DataTable)
        rows: list[Row] = [
            (
                str(c.id),
                [plain(c.name), plain(c.title), plain(c.email), plain(c.phone)],
            )
            for c in contacts
        ]
        columns = [
            Column("name", t("council.col.name"), minimum=8, shrink=1),
            Column("title", t("council.col.title"), minimum=5, shrink=3),
            Column("email", t("council.col.email"), minimum=10, shrink=1),
            Column("phone", t("council.col.phone"), minimum=8, shrink=1),
        ]
        show_rows(table, columns, rows, width=available_width(table, width, 1 + len(rows)))

    def _show_meetings(self, width: int) -> None:
        snap = self.kkr.snapshot
        today = self.kkr.clock.today()
        council = snap.council(self.slug)
        status = council_status(
            council, snap.meetings_of(self.slug), lambda m: snap.readiness(m, today), today
        )
        rows: list[Row] = []
        for entry in status.open_meetings:
            meeting, readiness = entry.meeting, entry.readiness
            line = readiness.next_open
            due = Text()
            if line is not None:
                due = plain(f"{t(f'overview.milestone.{line.key}')}: {line.status_text}")
            rows.append(
                (
                    str(meeting.id),
                    [
                        plain(f"{format_day(meeting.day)} {format_time(meeting.start)}"),
                        plain(t(f"series.{meeting.series.value}")),
                        light_text(readiness.light),
                        due,
                    ],
                )
            )
        table = self.query_one("#council-meetings", DataTable)
        columns = [
            Column("date", t("council.col.date"), minimum=10, shrink=1),
            Column("series", t("council.col.series"), minimum=6, shrink=2),
            Column("light", t("council.col.readiness"), minimum=5, shrink=0),
            Column("next", t("council.col.next"), minimum=10, shrink=1),
        ]
        show_rows(table, columns, rows, width=available_width(table, width, 1 + len(rows)))

    # -- actions ------------------------------------------------------------------------
    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        key = event.row_key.value
        if key is None:
            return
        if event.data_table.id == "council-meetings":
            self.kkr.open_meeting(int(key))
        elif event.data_table.id == "council-members":
            self.action_edit_member()
        elif event.data_table.id == "council-contacts":
            self.action_copy_email()

    def _selected_member(self) -> Member | None:
        key = selected_key(self.query_one("#council-members", DataTable))
        if key is None:
            return None
        return next((m for m in self._members() if str(m.id) == key), None)

    @work(exclusive=True)
    async def action_add_member(self) -> None:
        council = self._council()
        if council is None or refused_read_only(self.kkr):
            return
        snap = self.kkr.snapshot
        dialog = MemberDialog(council, snap.members_of(council.slug), snap.councils)
        member = await saved_record(self.kkr, dialog)
        if member is not None:
            self.notify(printable(t("council.added", name=member.name)), markup=False)
            self._select_member(member)

    @work(exclusive=True)
    async def action_edit_member(self) -> None:
        council = self._council()
        current = self._selected_member()
        if council is None or current is None:
            self.notify(t("council.select_member"))
            return
        if refused_read_only(self.kkr):
            return
        snap = self.kkr.snapshot
        members = snap.members_of(council.slug)
        dialog = MemberDialog(council, members, snap.councils, editing=current)
        # The dialog's member carries the revision `current` had: a change by someone
        # else since then opens the conflict dialog instead of being overwritten.
        member = await saved_record(self.kkr, dialog, unchanged=current)
        if member is not None and member != current:
            self.notify(printable(t("council.saved", name=member.name)), markup=False)

    @work(exclusive=True)
    async def action_remove_member(self) -> None:
        council = self._council()
        member = self._selected_member()
        if council is None or member is None:
            self.notify(t("council.select_member"))
            return
        if refused_read_only(self.kkr):
            return
        substitutes = [
            m for m in self._members() if m.is_substitute and m.substitute_for == member.name
        ]
        detail = (
            tn("council.confirm_remove_substitutes", len(substitutes), name=member.name)
            if substitutes
            else ""
        )
        question = t(
            "council.confirm_remove",
            name=member.name,
            municipality=member.municipality,
            council=council.name,
        )
        confirmed = await self.app.push_screen_wait(
            ConfirmDialog(question, detail, confirm_label=t("dialog.remove"))
        )
        if confirmed and await delete_with_conflict_check(self.app, member):
            self.notify(printable(t("council.removed", name=member.name)), markup=False)

    def _select_member(self, member: Member) -> None:
        """Put the cursor on a just-added member (found by name and municipality)."""
        table = self.query_one("#council-members", DataTable)
        for index, stored in enumerate(self._members()):
            if (stored.name, stored.municipality) == (member.name, member.municipality):
                table.move_cursor(row=index, animate=False)
                return

    def action_copy_email(self) -> None:
        from kkr_tui.ui.panes.contacts import copy_email

        key = selected_key(self.query_one("#council-contacts", DataTable))
        if key is None:
            self.notify(t("council.no_secretariat"))
            return
        contact = next((c for c in self.kkr.snapshot.contacts if str(c.id) == key), None)
        if contact is not None:
            copy_email(self.kkr, contact)


def _facts(council: Council, members: list[Member]) -> Text:
    holders = seated(members)
    deputies, suppleanter = deputies_and_suppleanter(members)
    line = t(
        "council.facts",
        seats=council.seats,
        members=len(holders),
        municipalities=len(council.municipalities),
    )
    if deputies:
        line += tn("council.facts_deputies", len(deputies))
    if suppleanter:
        line += tn("council.facts_substitutes", len(suppleanter))
    chair, vice = chair_and_vice(members)
    text = Text(line)
    text.append("\n")
    for index, (label, member) in enumerate(
        ((t("council.chair"), chair), (t("council.vice"), vice))
    ):
        if index:
            text.append(" · ")
        text.append(f"{label}: ", style="bold")
        if member is None:
            text.append(t("council.not_registered"), style="dim")
        else:
            text.append_text(plain(f"{member.name} ({member.municipality})"))
    if not members:
        text.append("\n")
        text.append(t("council.no_members"), style="dim")
    return text
