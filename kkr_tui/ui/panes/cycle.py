"""Årshjul: every council's meetings of the year."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.widgets import DataTable

from kkr_tui.domain.formatting import format_day, format_time
from kkr_tui.i18n import t
from kkr_tui.ui.panes.base import Pane
from kkr_tui.ui.safe import plain
from kkr_tui.ui.widgets.tables import refill


class CyclePane(Pane):
    title_key = "pane.cycle"

    def compose(self) -> ComposeResult:
        table: DataTable[Text | str] = DataTable(id="cycle-meetings", cursor_type="row")
        table.add_columns(
            t("col.council"), t("col.date"), t("col.time"), t("col.series"), t("col.state")
        )
        yield table

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        if event.row_key.value is not None:
            self.kkr.open_meeting(int(event.row_key.value))

    def refresh_data(self) -> None:
        snap = self.snapshot
        year = self.today.year
        names = {c.slug: c.name for c in snap.councils}
        rows = [
            (
                str(m.id),
                [
                    plain(names[m.council]),
                    plain(format_day(m.day)),
                    plain(format_time(m.start)),
                    plain(t(f"series.{m.series.value}")),
                    plain(t(f"state.{m.state.value}")),
                ],
            )
            for m in sorted(snap.meetings_of(year=year), key=lambda m: (m.council, m.start))
        ]
        refill(self.query_one("#cycle-meetings", DataTable), rows)
