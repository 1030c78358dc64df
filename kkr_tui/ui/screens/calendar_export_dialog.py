"""The Årshjul's `w`: the ICS calendar of the selected council or of all councils, with
or without deadline events, or the meetings CSV of the year. The file row, the checks
and the writing are the frame's (export_dialog.ExportDialog).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from rich.text import Text
from textual.widget import Widget

from kkr_tui.domain.text import printable
from kkr_tui.i18n import t
from kkr_tui.ui.screens.export_dialog import ExportDialog, Lines, PayloadMaker
from kkr_tui.ui.screens.form_dialog import HINT_STYLE

if TYPE_CHECKING:
    from kkr_tui.store import Snapshot


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
