"""Dagsordener: upcoming meetings and their agendas."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.widgets import DataTable

from kkr_tui.domain.formatting import format_day
from kkr_tui.domain.models import MeetingState
from kkr_tui.i18n import t
from kkr_tui.ui.panes.base import Pane
from kkr_tui.ui.safe import plain
from kkr_tui.ui.widgets.tables import refill

CLOSED_STATES = (MeetingState.PUBLISHED, MeetingState.CANCELLED)


class AgendaPane(Pane):
    title_key = "pane.agenda"

    def compose(self) -> ComposeResult:
        table: DataTable[Text | str] = DataTable(id="agenda-meetings", cursor_type="row")
        table.add_columns(
            t("col.date"), t("col.council"), t("col.series"), t("col.state"), t("col.items")
        )
        yield table

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        if event.row_key.value is not None:
            self.kkr.open_meeting(int(event.row_key.value))

    def refresh_data(self) -> None:
        snap = self.snapshot
        names = {c.slug: c.name for c in snap.councils}
        open_meetings = [m for m in snap.meetings_of() if m.state not in CLOSED_STATES]
        rows = [
            (
                str(m.id),
                [
                    plain(format_day(m.day)),
                    plain(names[m.council]),
                    plain(t(f"series.{m.series.value}")),
                    plain(t(f"state.{m.state.value}")),
                    Text(str(len(snap.items_for(m.id))), justify="right"),
                ],
            )
            for m in open_meetings
        ]
        refill(self.query_one("#agenda-meetings", DataTable), rows)
