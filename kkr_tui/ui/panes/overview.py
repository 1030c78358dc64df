"""Oversigt: the five councils at a glance."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.widgets import DataTable, Static

from kkr_tui.domain.formatting import format_day
from kkr_tui.domain.models import MeetingState
from kkr_tui.i18n import t
from kkr_tui.ui.panes.base import Pane
from kkr_tui.ui.safe import plain
from kkr_tui.ui.widgets.tables import KkrTable, refill


class OverviewPane(Pane):
    title_key = "pane.overview"

    def compose(self) -> ComposeResult:
        table = KkrTable(id="councils", cursor_type="row", zebra_stripes=True)
        table.add_columns(
            t("overview.council"),
            t("overview.seats"),
            t("overview.municipalities"),
            t("overview.next_meeting"),
        )
        yield table
        yield Static(id="overview-total", markup=False)

    def refresh_data(self) -> None:
        snap = self.snapshot
        today = self.today
        rows = []
        for council in snap.councils:
            members = len(snap.members_of(council.slug))
            upcoming = [
                m
                for m in snap.meetings_of(council.slug)
                if m.day >= today and m.state is not MeetingState.CANCELLED
            ]
            next_text = format_day(upcoming[0].day) if upcoming else t("overview.none_planned")
            rows.append(
                (
                    council.slug,
                    [
                        plain(council.name),
                        Text(f"{members}/{council.seats}", justify="right"),
                        Text(str(len(council.municipalities)), justify="right"),
                        plain(next_text),
                    ],
                )
            )
        refill(self.query_one("#councils", DataTable), rows)
        total_municipalities = sum(len(c.municipalities) for c in snap.councils)
        total_seats = sum(c.seats for c in snap.councils)
        self.query_one("#overview-total", Static).update(
            t("overview.total", municipalities=total_municipalities, seats=total_seats)
        )
