"""Kontakter: whom to call."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import DataTable

from kkr_tui.i18n import t
from kkr_tui.ui.panes.base import Pane
from kkr_tui.ui.safe import plain
from kkr_tui.ui.widgets.tables import KkrTable, refill


class ContactsPane(Pane):
    title_key = "pane.contacts"

    def compose(self) -> ComposeResult:
        table = KkrTable(id="contacts", cursor_type="row")
        table.add_columns(t("col.name"), t("col.title"), t("col.email"), t("col.unit"))
        yield table

    def refresh_data(self) -> None:
        contacts = sorted(self.snapshot.contacts, key=lambda c: c.name.lower())
        rows = [
            (
                str(c.id),
                [plain(c.name), plain(c.title), plain(c.email), plain(c.unit or c.organisation)],
            )
            for c in contacts
        ]
        refill(self.query_one("#contacts", DataTable), rows)
