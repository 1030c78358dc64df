"""The meeting screen: everything about one meeting, and what is missing by when."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static

from kkr_tui.domain.formatting import format_day, format_time
from kkr_tui.domain.models import Meeting
from kkr_tui.domain.readiness import CheckLine, LineStatus
from kkr_tui.i18n import t
from kkr_tui.ui.safe import plain
from kkr_tui.ui.widgets.header import AppHeader
from kkr_tui.ui.widgets.lights import light_text
from kkr_tui.ui.widgets.tables import refill

if TYPE_CHECKING:
    from kkr_tui.ui.app import KkrApp

# Status words carry the meaning; colour only repeats it (NO_COLOR must still read).
_LINE_STYLE = {
    LineStatus.DONE: "green",
    LineStatus.DUE: "",
    LineStatus.DUE_TODAY: "bold yellow",
    LineStatus.OVERDUE: "bold red",
    LineStatus.CANCELLED: "dim",
}


class MeetingScreen(Screen[None]):
    """One meeting: facts, derived dates with reasons, the checklist, the agenda items."""

    BINDINGS = [
        Binding("escape", "app.pop_screen", t("key.back"), id="meeting.back"),
    ]

    def __init__(self, meeting_id: int) -> None:
        super().__init__()
        self.meeting_id = meeting_id

    @property
    def kkr(self) -> KkrApp:
        return cast("KkrApp", self.app)

    def compose(self) -> ComposeResult:
        yield AppHeader(id="meeting-header")
        with Vertical(id="meeting-body"):
            yield Static(id="meeting-facts", markup=False)
            checklist: DataTable[Text | str] = DataTable(id="meeting-checklist", cursor_type="row")
            checklist.add_columns(
                t("meeting.milestone"), t("meeting.due"), t("meeting.status"), t("meeting.why")
            )
            yield checklist
            items: DataTable[Text | str] = DataTable(id="meeting-items", cursor_type="row")
            items.add_columns(
                t("item.number"),
                t("item.title"),
                t("item.kind"),
                t("item.area"),
                t("item.responsible"),
                t("item.state"),
            )
            yield items
        yield Footer()

    def on_mount(self) -> None:
        header = self.query_one(AppHeader)
        header.as_of = t("app.as_of", day=format_day(self.kkr.clock.today()))
        header.source = str(self.kkr.store.path)
        header.demo = self.kkr.demo
        self.refresh_data()
        self.query_one("#meeting-items", DataTable).focus()

    def refresh_data(self) -> None:
        snap = self.kkr.snapshot
        meeting = snap.meeting(self.meeting_id)
        if meeting is None:  # deleted (by someone else) while open
            self.query_one("#meeting-facts", Static).update(t("meeting.gone"))
            return
        readiness = snap.readiness(meeting, self.kkr.clock.today())
        council = snap.council(meeting.council)
        header = self.query_one(AppHeader)
        header.pane_title = f"{council.name} · {format_day(meeting.day)}"
        self.query_one("#meeting-facts", Static).update(
            _facts(meeting, council.name, light_text(readiness.light))
        )
        refill(
            self.query_one("#meeting-checklist", DataTable),
            [(line.key, _checklist_row(line)) for line in readiness.lines],
        )
        refill(
            self.query_one("#meeting-items", DataTable),
            [
                (
                    str(item.id),
                    [
                        Text(str(item.number), justify="right"),
                        plain(item.title),
                        plain(t(f"kind.{item.kind.value}")),
                        plain(item.policy_area),
                        plain(item.responsible or t("item.no_responsible")),
                        plain(t(f"item_state.{item.state.value}")),
                    ],
                )
                for item in snap.items_for(meeting.id)
            ],
        )


def _facts(meeting: Meeting, council_name: str, light: Text) -> Text:
    place = meeting.place or t("meeting.no_place")
    facts = Text.assemble(
        plain(council_name, "bold"),
        " · ",
        t(f"series.{meeting.series.value}"),
        "\n",
        format_day(meeting.day),
        f" {format_time(meeting.start)}-{format_time(meeting.end)} · ",
        plain(place),
        "\n",
        t("meeting.state_label"),
        ": ",
        t(f"state.{meeting.state.value}"),
        "  ",
        t("meeting.readiness_label"),
        ": ",
        light,
    )
    return facts


def _checklist_row(line: CheckLine) -> list[Text | str]:
    style = _LINE_STYLE[line.status]
    return [
        plain(line.deadline.label),
        plain(format_day(line.deadline.due)),
        Text(line.status_text, style=style),
        plain(line.deadline.explanation),
    ]
