"""The KKR app: a header, four panes switched with 1-4, a footer. Built by `make_app`."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path, PurePath
from typing import ClassVar

import pendulum
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding
from textual.screen import ModalScreen, Screen
from textual.widgets import ContentSwitcher, Footer

from kkr_tui.domain.clock import Clock
from kkr_tui.domain.formatting import format_day
from kkr_tui.domain.text import printable
from kkr_tui.i18n import t
from kkr_tui.store import Snapshot, Store, StoreError, open_store
from kkr_tui.ui.live import LiveRefresh
from kkr_tui.ui.panes.agenda import AgendaPane
from kkr_tui.ui.panes.base import Pane
from kkr_tui.ui.panes.contacts import ContactsPane
from kkr_tui.ui.panes.cycle import CyclePane
from kkr_tui.ui.panes.overview import OverviewPane
from kkr_tui.ui.paths import stylesheets
from kkr_tui.ui.signals import exit_cleanly_on_signals, restore_default_signals
from kkr_tui.ui.widgets.banner import ReadOnlyBanner
from kkr_tui.ui.widgets.header import AppHeader

# Palette commands that would write the screen (closed meeting data) to a file.
FILE_WRITING_COMMANDS = frozenset({"Screenshot"})

PANES: tuple[tuple[str, type[Pane]], ...] = (
    ("overview", OverviewPane),
    ("cycle", CyclePane),
    ("agenda", AgendaPane),
    ("contacts", ContactsPane),
)


class KkrApp(App[int]):
    CSS_PATH: ClassVar[list[str | PurePath]] = list(stylesheets())
    TITLE = "KKR"
    ENABLE_COMMAND_PALETTE = True
    BINDINGS = [
        Binding("1", "show_pane('overview')", t("pane.overview"), id="pane.overview"),
        Binding("2", "show_pane('cycle')", t("pane.cycle"), id="pane.cycle"),
        Binding("3", "show_pane('agenda')", t("pane.agenda"), id="pane.agenda"),
        Binding("4", "show_pane('contacts')", t("pane.contacts"), id="pane.contacts"),
        Binding("q", "quit", t("key.quit"), id="quit"),
    ]

    def __init__(
        self, store: Store, clock: Clock, *, demo: bool = False, cursor_blink: bool = True
    ) -> None:
        super().__init__()
        self.store = store
        self.clock = clock
        self.demo = demo
        # Inputs in dialogs read this; snapshot tests turn blinking off to stay stable.
        self.cursor_blink = cursor_blink
        # The state the panes were last drawn from, and the last one that could be read.
        self.shown_snapshot: Snapshot | None = None
        self._last_good: Snapshot | None = None
        self.live = LiveRefresh(self)

    @property
    def snapshot(self) -> Snapshot:
        """The committed state of the file; re-parsed only when the file changed.

        If the file cannot be read right now (LiveRefresh reports why), the last
        valid state is shown rather than crashing the app.
        """
        try:
            snap = self.store.snapshot()
        except StoreError:
            if self._last_good is None:
                raise
            return self._last_good
        self._last_good = snap
        return snap

    def compose(self) -> ComposeResult:
        yield AppHeader(id="header")
        if self.store.readonly:
            yield ReadOnlyBanner()
        with ContentSwitcher(initial="overview", id="panes"):
            for pane_id, pane_class in PANES:
                yield pane_class(id=pane_id)
        yield Footer()

    def on_mount(self) -> None:
        header = self.query_one(AppHeader)
        header.as_of = t("app.as_of", day=format_day(self.clock.today()))
        header.source = str(self.store.path)
        header.demo = self.demo
        self._show("overview")
        self.shown_snapshot = self.snapshot
        self.live.start()
        self.run_worker(self._check_every_record, thread=True, group="check-records")
        if not self.is_headless:
            exit_cleanly_on_signals(self)

    def _check_every_record(self) -> None:
        """Build every agenda item once, off the UI thread, so a bad record is reported
        at start rather than when its meeting is opened. The first screen does not
        wait for it: on 20 years of data that is most of the file."""
        try:
            self.store.snapshot().validate_items()
        except StoreError as exc:
            self.call_from_thread(
                self.notify,
                printable(str(exc)),
                title=t("app.bad_record"),
                severity="error",
                timeout=60,
                markup=False,
            )

    def on_unmount(self) -> None:
        if not self.is_headless:
            restore_default_signals()

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """Textual's palette commands, less those that write files (privacy)."""
        for command in super().get_system_commands(screen):
            if command.title not in FILE_WRITING_COMMANDS:
                yield command

    def action_screenshot(self, filename: str | None = None, path: str | None = None) -> None:
        """Refused: a screenshot would put closed meeting data in a file nobody asked for."""
        self.notify(t("privacy.no_screenshot"), markup=False)

    def action_show_pane(self, pane_id: str) -> None:
        # From a screen opened on top (a meeting), 1-4 go back to the panes. A dialog
        # must be finished (or cancelled) first, so nothing half-entered is lost.
        if isinstance(self.screen, ModalScreen):
            return
        while len(self.screen_stack) > 1:
            self.pop_screen()
        self._show(pane_id)

    def _show(self, pane_id: str) -> None:
        switcher = self.query_one("#panes", ContentSwitcher)
        switcher.current = pane_id
        pane = self.query_one(f"#{pane_id}", Pane)
        pane.redraw_if_stale()
        self.query_one(AppHeader).pane_title = t(pane.title_key)
        self.sub_title = t(pane.title_key)
        focus_target = next(iter(pane.query("DataTable")), None)
        if focus_target is not None:
            focus_target.focus()

    def open_meeting(self, meeting_id: int) -> None:
        """Show the meeting screen (from any pane: Enter on a meeting)."""
        from kkr_tui.ui.screens.meeting import MeetingScreen

        self.push_screen(MeetingScreen(meeting_id))

    def open_council(self, slug: str) -> None:
        """Show the council screen (Enter on a council in Oversigt)."""
        from kkr_tui.ui.screens.council import CouncilScreen

        self.push_screen(CouncilScreen(slug))

    def reload(self) -> None:
        """Redraw every pane from the file's current state (after any change).

        Called after the app's own saves and by LiveRefresh when someone else changed
        the file. Screens pushed over the panes are asked too if they define
        `refresh_data()`; dialogs that do not are left alone (their typed text stays).
        """
        self.shown_snapshot = self.snapshot
        for pane in self.query(Pane):
            pane.mark_stale()
        for screen in self.screen_stack[1:]:
            refresh = getattr(screen, "refresh_data", None)
            if callable(refresh):
                refresh()


def make_app(
    db_path: Path | Store,
    today: pendulum.Date | None = None,
    *,
    demo: bool = False,
    cursor_blink: bool = True,
) -> KkrApp:
    """The app on the database at `db_path` (created if missing) as of `today`.

    `today=None` means the real day in Copenhagen. Tests and `--today` pass a day.
    """
    if isinstance(db_path, Store):
        store = db_path
    else:
        # Records are checked after the first screen is drawn (see _check_every_record).
        store = open_store(Path(db_path), create=True, validate_all=False)
    return KkrApp(store, Clock(today), demo=demo, cursor_blink=cursor_blink)
