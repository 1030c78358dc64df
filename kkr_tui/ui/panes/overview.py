"""Oversigt: the five councils at a glance, the one that needs attention first.

One two-line row per council: its readiness light and most urgent deadline (in working
days), the next meeting, members against seats, the chairmanship. Councils are sorted
red, amber, green (then by the deadline due first), and the line on top names those
that need attention, so the first glance answers "where must I act?". Enter opens the
council screen; m opens the meeting behind the urgent deadline; / finds a contact.

What the pane shows is worked out in kkr_tui.ui.panes.overview_cells.
"""

from __future__ import annotations

import pendulum
from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Static

from kkr_tui.domain.attention import CouncilAttention
from kkr_tui.domain.coming import coming
from kkr_tui.i18n import t
from kkr_tui.store import Snapshot
from kkr_tui.ui.panes.base import Pane
from kkr_tui.ui.panes.overview_cells import OverviewView, council_statuses, overview_view
from kkr_tui.ui.panes.overview_coming import ComingList
from kkr_tui.ui.widgets.clipped import ClippedStatic
from kkr_tui.ui.widgets.fit import Column, available_width, show_rows
from kkr_tui.ui.widgets.tables import KkrTable, selected_key

# From this width the rows spell things out (full labels, places, chair titles).
WIDE = 110


class CouncilTable(KkrTable):
    """The councils; Enter opens one (declared here so the footer can say so)."""

    BINDINGS = [
        Binding("enter", "select_cursor", "overview.key.open", id="overview.open"),
    ]


class OverviewPane(Pane):
    title_key = "pane.overview"
    BINDINGS = [
        Binding("m", "open_meeting", "overview.key.meeting", id="overview.meeting"),
        Binding("slash", "find_contact", "overview.key.find_contact", id="overview.find"),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._statuses: tuple[Snapshot, pendulum.Date, list[CouncilAttention]] | None = None
        self._fitted: tuple[int, int] | None = None  # (width, table width) last drawn for
        self._view: OverviewView | None = None  # what the table shows

    def compose(self) -> ComposeResult:
        yield Static(id="overview-attention", markup=False)
        yield CouncilTable(id="councils", cursor_type="row", zebra_stripes=True)
        yield ClippedStatic(id="overview-detail", markup=False)
        yield ComingList(id="overview-coming")
        yield Static(id="overview-total", markup=False)

    def on_resize(self, event: events.Resize) -> None:
        # Showing the pane again (key 1) resizes it too: redraw only if the columns
        # would be fitted differently.
        if self.closing:
            return
        if self._fit(self.query_one("#councils", DataTable).row_count) != self._fitted:
            self.refresh_data()

    def _fit(self, rows: int) -> tuple[int, int]:
        """The pane's width and the width the table's columns get for `rows` councils."""
        width = self.room.width
        lines = 1 + (3 if width >= WIDE else 2) * rows
        return width, available_width(self.query_one("#councils", DataTable), width, lines)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        if event.row_key.value is not None:
            self.kkr.open_council(event.row_key.value)

    def action_open_meeting(self) -> None:
        status = self._selected_status()
        if status is None:
            return
        meeting = status.urgent_meeting
        if meeting is None and status.next_meeting is not None:
            meeting = status.next_meeting.meeting
        if meeting is not None:
            self.kkr.open_meeting(meeting.id)
        else:
            self.notify(t("overview.none_planned"))

    async def action_find_contact(self) -> None:
        from kkr_tui.ui.panes.contacts import ContactsPane

        await self.kkr.action_show_pane("contacts")
        pane = await self.kkr.pane("contacts")
        assert isinstance(pane, ContactsPane)
        pane.start_search(after_pane_switch=True)

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self._show_detail()

    def _selected_slug(self) -> str | None:
        return selected_key(self.query_one("#councils", DataTable))

    def _selected_status(self) -> CouncilAttention | None:
        slug = self._selected_slug()
        return next((s for s in self.statuses() if s.council.slug == slug), None)

    def _show_detail(self) -> None:
        slug = self._selected_slug()
        detail = self.query_one("#overview-detail", Static)
        view = self._view
        detail.update(view.details.get(slug, "") if view is not None and slug else "")

    def statuses(self) -> list[CouncilAttention]:
        """Every council's status, the one that needs attention most first.

        Computed once per database state and day: moving the cursor only reads it.
        """
        snap = self.snapshot
        today = self.today
        if self._statuses is not None and self._statuses[0] is snap and self._statuses[1] == today:
            return self._statuses[2]
        ranked = council_statuses(snap, today)
        self._statuses = (snap, today, ranked)
        return ranked

    def refresh_data(self) -> None:
        table = self.query_one("#councils", DataTable)
        statuses = self.statuses()
        self._fitted = width, table_width = self._fit(len(statuses))
        wide = width >= WIDE
        view = overview_view(self.snapshot, self.today, statuses, wide=wide)
        rows = view.wide if wide else view.narrow
        assert rows is not None, "a view without rows for this width"
        self._view = view
        show_rows(table, _columns(wide), rows, width=table_width, height=3 if wide else 2)
        self._show_detail()
        self.query_one("#overview-attention", Static).update(view.attention)
        self.query_one(ComingList).show(coming(statuses, self.today), self.today)
        # The line has one column of padding on each side.
        # Never cut silently: a line still too long ends in "…".
        total = Text(view.total(width - 2), no_wrap=True, overflow="ellipsis")
        self.query_one("#overview-total", Static).update(total)


# --- columns -------------------------------------------------------------------------


# Per column, narrow then wide: its label, its least width, and when it gives way (see
# kkr_tui.ui.widgets.fit). Wide, the place gives way first (the detail line has it in
# full), the chairs last.
_COLUMNS = (
    ("council", ("overview.council", "overview.council"), (8, 12), (1, 0)),
    ("deadline", ("overview.next_deadline", "overview.next_deadline"), (14, 20), (2, 2)),
    ("meeting", ("overview.next_meeting", "overview.next_meeting"), (10, 16), (1, 4)),
    ("members", ("overview.members_short", "overview.members"), (5, 12), (1, 2)),
    ("chairs", ("overview.chairmanship", "overview.chairmanship"), (8, 14), (3, 1)),
)


def _columns(wide: bool) -> list[Column]:
    at = int(wide)
    return [
        Column(key, t(labels[at]), minimum=minimum[at], shrink=shrink[at])
        for key, labels, minimum, shrink in _COLUMNS
    ]
