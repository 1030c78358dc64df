"""Udpegninger (pane 5): the bodies each council appoints to, vacancies first.

One row per body and council: seats, how many are held, vacant seats and the oldest
vacancy's age in days, and a mark when a holder has left the council. Below the list
the highlighted body's seats in words. `/` searches bodies and people as you type
(every word must match a body's name or a holder's or substitute's name); Enter (or
↓) back to the list, Escape clears. Enter on a body opens it (kkr_tui.ui.screens.body),
where appointments are added, edited and ended. `f` lists the directors' fora
(kkr_tui.ui.screens.fora). From an agenda item that made appointments (the meeting
screen's `o`) the list shows only the bodies that item appointed to, until Escape.
"""

from __future__ import annotations

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Input, Static

from kkr_tui.domain.vacancies import BodyLine, body_lines, holder_left, holders_on
from kkr_tui.i18n import t, tn
from kkr_tui.ui.panes.base import Pane
from kkr_tui.ui.panes.contacts import SearchInput
from kkr_tui.ui.safe import plain
from kkr_tui.ui.widgets.clipped import ClippedStatic
from kkr_tui.ui.widgets.fit import Column, Row, available_width, show_rows
from kkr_tui.ui.widgets.tables import KkrTable, selected_key

# From this width the list also shows the body's kind.
WIDE = 110


class BodyTable(KkrTable):
    BINDINGS = [
        Binding("enter", "select_cursor", "appointments.key.open", id="appointments.open"),
    ]


class AppointmentsPane(Pane):
    title_key = "pane.appointments"
    BINDINGS = [
        Binding("slash", "search", "appointments.key.search", id="appointments.search"),
        Binding("escape", "reset", "appointments.key.reset", id="appointments.reset"),
        Binding("f", "fora", "appointments.key.fora", id="appointments.fora"),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.query_text = ""
        # (item id, "punkt 4 på mødet tir 27. jan 2026"): only that item's bodies.
        self.item_filter: tuple[int, str] | None = None
        self._lines: dict[str, BodyLine] = {}
        self._fitted: tuple[int, int] | None = None  # (width, list width) last drawn for

    def compose(self) -> ComposeResult:
        yield SearchInput(
            placeholder=t("appointments.search_placeholder"),
            id="appointments-search",
            compact=True,
        )
        yield Static(id="appointments-summary", markup=False)
        yield BodyTable(id="body-list", cursor_type="row", zebra_stripes=True)
        yield ClippedStatic(id="body-detail", markup=False)

    def on_resize(self, event: events.Resize) -> None:
        # Each 5 shows the pane with a new size: drawn again only if the list's columns
        # would be fitted otherwise (another width, a scrollbar come or gone). A hidden
        # pane draws when next shown.
        if self.is_shown and not self.closing:
            table = self.query_one("#body-list", DataTable)
            if self._fit(1 + table.row_count) != self._fitted:
                self.refresh_data()

    def _fit(self, lines: int) -> tuple[int, int]:
        """The pane's width and the width the list's columns get for `lines` lines."""
        width = self.room.width
        table = self.query_one("#body-list", DataTable)
        return width, available_width(table, width, lines, self.lines_for(table))

    def refresh_data(self, cursor_to_top: bool = False) -> None:
        snap = self.snapshot
        today = self.today
        lines = body_lines(
            snap.bodies,
            snap.appointments,
            snap.members,
            today,
            query=self.query_text,
            item_id=self.item_filter[0] if self.item_filter else 0,
        )
        names = {c.slug: c.name.removeprefix("KKR ") for c in snap.councils}
        self._lines = {_key(line): line for line in lines}
        table = self.query_one("#body-list", DataTable)
        wide = self.room.width >= WIDE
        rows: list[Row] = [(_key(line), _cells(line, names, wide)) for line in lines]
        self._fitted = self._fit(1 + len(rows))
        show_rows(table, _columns(wide), rows, width=self._fitted[1], cursor_to_top=cursor_to_top)
        vacant = sum(len(line.vacancies) for line in lines)
        # A body of several councils has a line under each, but is one body.
        distinct = {line.body.id: line.body for line in lines}
        seats = sum(body.seats for body in distinct.values())
        summary = Text(no_wrap=True, overflow="ellipsis")
        summary.append(t("appointments.summary", bodies=len(distinct), seats=seats), style="bold")
        summary.append("  ")
        summary.append(
            t("appointments.summary_vacant", n=vacant), style="bold yellow" if vacant else "dim"
        )
        if self.item_filter:
            summary.append("  ")
            summary.append_text(plain(t("appointments.of_item", item=self.item_filter[1])))
        if self.query_text:
            summary.append("  ")
            summary.append_text(plain(t("appointments.searching", text=self.query_text)))
        self.query_one("#appointments-summary", Static).update(summary)
        self._show_detail()

    def selected(self) -> BodyLine | None:
        key = selected_key(self.query_one("#body-list", DataTable))
        return self._lines.get(key) if key is not None else None

    def _show_detail(self) -> None:
        detail = self.query_one("#body-detail", Static)
        line = self.selected()
        if line is None:
            detail.update(Text(t("appointments.none_found"), style="dim"))
            return
        snap = self.snapshot
        held = holders_on(line.body, snap.appointments, self.today)
        text = Text(no_wrap=True, overflow="ellipsis")
        text.append_text(plain(line.body.name, style="bold"))
        for seat in range(1, line.body.seats + 1):
            text.append("\n")
            a = held.get(seat)
            text.append(f"{seat:>2} ")
            if a is None:
                vacancy = next((v for v in line.vacancies if v.seat == seat), None)
                days = vacancy.age_days if vacancy else 0
                text.append(t("appointments.vacant_for", days=days), style="reverse")
                continue
            text.append_text(plain(a.holder))
            if a.municipality:
                text.append_text(plain(f" ({a.municipality})"))
            if holder_left(a, snap.members):
                text.append(" ")
                text.append(t("appointments.list.left_mark"), style="bold")
            if a.substitute:
                text.append(" · ")
                text.append_text(plain(t("appointments.list.substitute", name=a.substitute)))
        detail.update(text)

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self._show_detail()

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        line = self.selected()
        if line is not None:
            from kkr_tui.ui.screens.body import BodyScreen

            self.app.push_screen(BodyScreen(line.body.id, line.council))

    def action_fora(self) -> None:
        from kkr_tui.ui.screens.fora import ForaScreen

        self.app.push_screen(ForaScreen())

    # -- search -------------------------------------------------------------------------
    def action_search(self) -> None:
        self.screen.set_focus(self.query_one("#appointments-search", Input))

    @on(Input.Changed, "#appointments-search")
    def _query_changed(self, event: Input.Changed) -> None:
        self.query_text = event.value.strip()
        self.refresh_data(cursor_to_top=True)

    @on(SearchInput.Leave)
    def _search_left(self, event: SearchInput.Leave) -> None:
        if event.clear:
            self.action_reset()
        table = self.query_one("#body-list", DataTable)
        if table.row_count:
            table.focus()
        else:
            self.notify(t("appointments.none_found"), severity="warning")

    def action_reset(self) -> None:
        search = self.query_one("#appointments-search", Input)
        with search.prevent(Input.Changed):
            search.value = ""
        self.query_text = ""
        self.item_filter = None
        self.refresh_data(cursor_to_top=True)
        self.refresh_bindings()

    def show_item(self, item_id: int, label: str) -> None:
        """Only the bodies the agenda item `item_id` appointed to (Escape: all again)."""
        self.item_filter = (item_id, label)
        self.refresh_data(cursor_to_top=True)
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "reset":
            # Only offered while searching or showing one item's appointments.
            return bool(self.query_text or self.item_filter)
        return True


def _key(line: BodyLine) -> str:
    return f"{line.body.id}:{line.council}"


def _columns(wide: bool) -> list[Column]:
    columns = [
        Column("council", t("appointments.col.council"), minimum=5, shrink=2),
        Column("body", t("appointments.col.body"), minimum=16, shrink=1),
    ]
    if wide:
        columns.append(Column("kind", t("appointments.col.kind"), minimum=6, shrink=2))
    columns += [
        Column("seats", t("appointments.col.seats"), minimum=4, shrink=0),
        Column("held", t("appointments.col.held"), minimum=4, shrink=0),
        Column("vacant", t("appointments.col.vacant"), minimum=4, shrink=0),
        Column("oldest", t("appointments.col.oldest"), minimum=6, shrink=0),
    ]
    return columns


def _cells(line: BodyLine, names: dict[str, str], wide: bool) -> list[Text | str]:
    oldest = line.oldest
    vacant: Text | str = Text(str(len(line.vacancies)), style="reverse") if line.vacancies else "-"
    body = plain(line.body.name)
    if len(line.body.councils) > 1:
        # Shared with another council: "Besat" counts this council's holders.
        body.append(f" · {t('joint.short')}", style="dim")
    if line.left:
        body.append(" ⚑", style="bold")
    cells: list[Text | str] = [plain(names.get(line.council, line.council)), body]
    if wide:
        cells.append(t(f"appointments.kind.{line.body.kind.value}"))
    cells += [
        str(line.body.seats),
        str(line.held),
        vacant,
        tn("appointments.age", oldest.age_days) if oldest else "",
    ]
    return cells
