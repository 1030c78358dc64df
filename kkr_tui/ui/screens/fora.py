"""The directors' fora (from Udpegninger, key f): each council's kommunaldirektørforum
and fagdirektørfora with their members and meetings.

One row per forum; below the list the highlighted forum's members (name, title,
municipality, e-mail) and its meetings of the year. `c` copies the highlighted forum's
e-mail addresses (all members, for a mail to the forum). Escape goes back.
"""

from __future__ import annotations

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import DataTable, Static

from kkr_tui.domain.fora import Forum
from kkr_tui.domain.formatting import format_day
from kkr_tui.domain.reference import COUNCIL_SLUGS
from kkr_tui.i18n import t, tn
from kkr_tui.ui.safe import plain
from kkr_tui.ui.screens.base import KkrScreen
from kkr_tui.ui.stylesheets import sheets
from kkr_tui.ui.widgets.clipped import ClippedStatic
from kkr_tui.ui.widgets.fit import Column, Row, available_width, show_rows
from kkr_tui.ui.widgets.footer import AppFooter
from kkr_tui.ui.widgets.header import AppHeader
from kkr_tui.ui.widgets.tables import KkrTable, selected_key


class ForaScreen(KkrScreen[None]):
    CSS_PATH = sheets("body")
    BINDINGS = [
        Binding("escape", "app.pop_screen", "key.back", id="fora.back"),
        Binding("c", "copy_emails", "fora.key.copy", id="fora.copy"),
    ]

    def compose(self) -> ComposeResult:
        yield AppHeader(id="fora-header")
        with Vertical(id="body-main"):
            yield KkrTable(id="fora-list", cursor_type="row", zebra_stripes=True)
            yield ClippedStatic(id="forum-detail", markup=False)
        yield AppFooter()

    def on_mount(self) -> None:
        header = self.query_one(AppHeader)
        self.kkr.fill_header(header)
        header.pane_title = t("fora.title")
        self.refresh_data()
        self.query_one("#fora-list", DataTable).focus()

    def on_resize(self, event: events.Resize) -> None:
        self.refresh_data()

    def _fora(self) -> list[Forum]:
        rank = {slug: n for n, slug in enumerate(COUNCIL_SLUGS)}
        return sorted(
            self.kkr.snapshot.fora, key=lambda f: (rank.get(f.council, 99), f.kind.value, f.name)
        )

    def refresh_data(self) -> None:
        if not self.query("#fora-list"):
            return  # not composed yet, or closing
        snap = self.kkr.snapshot
        names = {c.slug: c.name.removeprefix("KKR ") for c in snap.councils}
        rows: list[Row] = [
            (
                str(f.id),
                [
                    plain(names.get(f.council, f.council)),
                    plain(f.name),
                    t(f"fora.kind.{f.kind.value}"),
                    str(len(f.members)),
                    str(sum(1 for m in snap.meetings if m.forum_id == f.id)),
                ],
            )
            for f in self._fora()
        ]
        columns = [
            Column("council", t("appointments.col.council"), minimum=5, shrink=2),
            Column("name", t("fora.col.name"), minimum=12, shrink=1),
            Column("kind", t("appointments.col.kind"), minimum=8, shrink=2),
            Column("members", t("fora.col.members"), minimum=4, shrink=0),
            Column("meetings", t("fora.col.meetings"), minimum=4, shrink=0),
        ]
        table = self.query_one("#fora-list", DataTable)
        width = self.size.width or self.app.size.width
        show_rows(table, columns, rows, width=available_width(table, width, 1 + len(rows)))
        self._show_detail()

    def selected(self) -> Forum | None:
        key = selected_key(self.query_one("#fora-list", DataTable))
        return next((f for f in self.kkr.snapshot.fora if str(f.id) == key), None)

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self._show_detail()

    def _show_detail(self) -> None:
        forum = self.selected()
        detail = self.query_one("#forum-detail", Static)
        if forum is None:
            detail.update(Text(t("fora.none"), style="dim"))
            return
        text = Text(no_wrap=True, overflow="ellipsis")
        text.append_text(plain(forum.name, style="bold"))
        if forum.subject:
            text.append_text(plain(f" · {forum.subject}"))
        for member in forum.members:
            text.append("\n")
            parts = [member.name, member.title, member.municipality, member.email]
            text.append_text(plain(" · ".join(p for p in parts if p)))
        meetings = [m for m in self.kkr.snapshot.meetings if m.forum_id == forum.id]
        if meetings:
            text.append("\n")
            days = ", ".join(format_day(m.day) for m in sorted(meetings, key=lambda m: m.start))
            text.append(t("fora.meetings", days=days))
        detail.update(text)

    def action_copy_emails(self) -> None:
        forum = self.selected()
        emails = [m.email for m in forum.members if m.email] if forum else []
        if not emails:
            self.notify(t("fora.no_emails"), severity="warning")
            return
        self.app.copy_to_clipboard(", ".join(emails))
        self.notify(tn("fora.copied", len(emails)))
