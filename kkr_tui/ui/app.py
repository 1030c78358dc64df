"""The KKR app: a header, five panes switched with 1-5, a footer. Built by `make_app`.

Length: ~460 lines, the app's frame only (start-up, panes, help, palette, themes,
reload); every pane and screen lives in its own module.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding
from textual.command import CommandPalette, Provider
from textual.css.query import NoMatches
from textual.notifications import SeverityLevel
from textual.reactive import Reactive
from textual.screen import ModalScreen, Screen
from textual.theme import Theme
from textual.widget import AwaitMount
from textual.widgets import ContentSwitcher

from kkr_tui.domain.clock import Clock
from kkr_tui.domain.text import printable
from kkr_tui.i18n import os_reason, set_language, t
from kkr_tui.store import Snapshot, Store, StoreError, open_store
from kkr_tui.store.paths import user_config_path
from kkr_tui.ui import collector
from kkr_tui.ui import config as ui_config
from kkr_tui.ui.keys import key_label, localized_active
from kkr_tui.ui.live import LiveRefresh
from kkr_tui.ui.panes.base import Pane
from kkr_tui.ui.panes.overview import OverviewPane
from kkr_tui.ui.screens.base import KkrScreen
from kkr_tui.ui.signals import exit_cleanly_on_signals, restore_default_signals
from kkr_tui.ui.stylesheets import APP_SHEETS, sheets
from kkr_tui.ui.themes import (
    KKR_ANSI_DARK,
    KKR_ANSI_LIGHT,
    ThemeChoices,
    register_themes,
    start_theme,
)
from kkr_tui.ui.toasts import fold
from kkr_tui.ui.widgets.banner import ReadOnlyBanner
from kkr_tui.ui.widgets.footer import AppFooter
from kkr_tui.ui.widgets.header import AppHeader, as_of_text

if TYPE_CHECKING:
    import pendulum

# Pane id -> (module, class). Only Oversigt is built at start; the others are imported
# and mounted the first time they are shown, so start-up pays for what is on screen.
PANES: dict[str, tuple[str, str]] = {
    "overview": ("kkr_tui.ui.panes.overview", "OverviewPane"),
    "cycle": ("kkr_tui.ui.panes.cycle", "CyclePane"),
    "agenda": ("kkr_tui.ui.panes.agenda", "AgendaPane"),
    "contacts": ("kkr_tui.ui.panes.contacts", "ContactsPane"),
    "appointments": ("kkr_tui.ui.panes.appointments", "AppointmentsPane"),
}


# Between preparing two of those panes after the first paint: a key pressed meanwhile
# waits for one pane's import and mount at most.
PREPARE_PAUSE_S = 0.1


def pane_class(pane_id: str) -> type[Pane]:
    module, name = PANES[pane_id]
    found: type[Pane] = getattr(importlib.import_module(module), name)
    return found


PANE_KEYS = Binding.Group("key.panes")


def records_provider() -> type[Provider]:
    from kkr_tui.ui.commands_palette import RecordsProvider

    return RecordsProvider


class KkrApp(App[int]):
    # The screens opened on top read theirs when first shown (kkr_tui.ui.stylesheets).
    CSS_PATH = sheets(*APP_SHEETS)
    TITLE = "KKR"
    ENABLE_COMMAND_PALETTE = True
    # Our ANSI palettes (kkr_tui.ui.themes) as the class's defaults: assigned in
    # __init__, Textual's watcher can queue a re-parse of every stylesheet at start.
    ansi_theme_dark = Reactive(KKR_ANSI_DARK, init=False)
    ansi_theme_light = Reactive(KKR_ANSI_LIGHT, init=False)
    # A callable: the palette's module is imported when the palette first opens.
    COMMANDS = App.COMMANDS | {records_provider}
    # Descriptions are catalogue keys, resolved when shown (see kkr_tui.ui.keys).
    # App-level keys are few on purpose: each one is in every footer.
    BINDINGS = [
        # One footer entry "1 2 3 4 5 Skift visning" (the header names the pane shown);
        # help and palette list each pane by name.
        # 1-5 in the order of PANES.
        *(
            Binding(
                str(key), f"show_pane('{pane}')", f"pane.{pane}", id=f"pane.{pane}", group=PANE_KEYS
            )
            for key, pane in enumerate(PANES, start=1)
        ),
        Binding("f1,question_mark", "help", "key.help", id="app.help"),
        Binding("q", "quit", "key.quit", id="quit"),
        Binding(
            "ctrl+p", "command_palette", "key.palette", show=False, priority=True, id="app.palette"
        ),
        Binding("ctrl+t", "choose_theme", "key.theme", show=False, id="app.theme"),
        # Textual's own quit key, described in the catalogue (its Ctrl+C is the screen's
        # "copy", see KkrScreen).
        Binding("ctrl+q", "quit", "key.quit", show=False, priority=True, id="app.quit_now"),
    ]

    def __init__(
        self,
        store: Store,
        clock: Clock,
        *,
        demo: bool = False,
        created: bool = False,
        cursor_blink: bool = True,
        config_path: Path | None = None,
    ) -> None:
        """The app on `store` as of `clock` (built by `make_app`); StoreError if the
        file cannot be read. `created`: the file was made just now (the app says so)."""
        super().__init__()
        self.store = store
        self.clock = clock
        self.demo = demo
        self.created = created
        # Inputs in dialogs read this; snapshot tests turn blinking off to stay stable.
        self.cursor_blink = cursor_blink
        # The state the panes were last drawn from, and the last one that could be read:
        # read here, so a file or a hand-edited record that cannot be read ends `kkr`
        # with its message (exit 2, kkr_tui.cli) before Textual starts.
        self.shown_snapshot: Snapshot | None = None
        self._last_good: Snapshot = self.readable_snapshot()
        self._told_damaged: set[int] = set()  # archive years said to be damaged
        self.live = LiveRefresh(self)
        register_themes(self)
        self.config_path = config_path or user_config_path()
        self.ui_config = ui_config.UiConfig()
        self._config_warnings: list[str] = []
        self._apply_user_config()
        self._mounting: dict[str, AwaitMount] = {}

    @property
    def snapshot(self) -> Snapshot:
        """The committed state of the file; re-parsed only when the file changed.

        If the file cannot be read right now (LiveRefresh reports why), the last
        valid state is shown rather than crashing the app.
        """
        try:
            snap = self.readable_snapshot()
        except StoreError:
            return self._last_good
        self._last_good = snap
        return snap

    def readable_snapshot(self) -> Snapshot:
        """The store's snapshot with the tables it builds only when first asked for,
        which panes read at once (Oversigt counts the contacts), read too: a record
        edited by hand into something unreadable raises StoreError here (at start:
        `kkr` says it and exits 2; later: LiveRefresh says it and the last valid state
        stays), never in a pane. Agenda items are checked after the first paint."""
        snap = self.store.snapshot()
        for table in ("members", "contacts", "bodies", "appointments", "fora"):
            getattr(snap, table)
        return snap

    def tell_damaged_archive(self) -> None:
        """An archive year whose file cannot be read is left out of the views: say so
        once per year, with the way back (kkr backup restore)."""
        for year, message in self.snapshot.damaged_years.items():
            if year not in self._told_damaged:
                self._told_damaged.add(year)
                self.notify(
                    printable(message),
                    title=t("app.bad_record"),
                    severity="error",
                    timeout=60,
                    markup=False,
                )

    def compose(self) -> ComposeResult:
        yield AppHeader(id="header")
        if self.store.readonly:
            yield ReadOnlyBanner()
        with ContentSwitcher(initial="overview", id="panes"):
            yield OverviewPane(id="overview")
        yield AppFooter()

    def get_default_screen(self) -> Screen[Any]:
        return KkrScreen(id="_default")

    def fill_header(self, header: AppHeader) -> None:
        """What every screen's header says: as of today, which database, the demo's mark."""
        header.as_of = as_of_text(self.clock.today())
        header.source = str(self.store.path)
        header.demo = self.demo

    def on_mount(self) -> None:
        for warning in self._config_warnings:
            self.notify(warning, severity="warning", markup=False)
        self.theme_changed_signal.subscribe(self, self._remember_theme)
        if self.created:
            # A mistyped --db or KKR_DB makes a new, empty file: say where, at once.
            self.notify(t("first_steps.created", path=self.store.path), markup=False)
        self.fill_header(self.query_one(AppHeader))
        self.shown_snapshot = self.snapshot
        self._show_mounted(self.query_one("#overview", Pane))
        self.live.start()
        self.call_after_refresh(self._after_first_paint)
        if not self.is_headless:
            exit_cleanly_on_signals(self)

    def _after_first_paint(self) -> None:
        collector.resume()
        # Only now: the check's thread would otherwise take the interpreter from the
        # first drawing (~100 ms of work on 20 years of data).
        self.run_worker(self._check_every_record, thread=True, group="check-records")
        self.set_timer(PREPARE_PAUSE_S, self._prepare_next_pane)

    async def _prepare_next_pane(self) -> None:
        """Import and mount (hidden) the other panes, one at a time, while the user
        reads the first screen, and draw each once while hidden (Pane.prepare): their
        first 2, 3, 4 or 5 then costs what a later one does (10-20 ms of imports, 40-100
        ms of building and, on 20 years, 20-80 ms of data and tables each). Later, a
        pane still hidden draws nothing (see Pane.redraw_if_stale)."""
        switcher = self._switcher()
        if switcher is None or self.return_code is not None or not self.is_running:
            return  # the app is closing
        waiting = [pane_id for pane_id in PANES if not switcher.query_children(f"#{pane_id}")]
        if waiting:
            pane = await self.pane(waiting[0])
            if not self.is_running or not pane.is_attached:
                return  # the app is closing (its widgets go, the panes' first)
            pane.prepare()
            self.set_timer(PREPARE_PAUSE_S, self._prepare_next_pane)
        else:
            collector.freeze_settled()

    def _check_every_record(self) -> None:
        """Build every agenda item once, off the UI thread, so a bad record is reported
        at start rather than when its meeting is opened. The first screen does not
        wait for it: on 20 years of data that is most of the file."""
        try:
            self.store.snapshot().validate_items()
            self.call_from_thread(collector.freeze_settled)
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

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        """Every toast of the app: folded so a path breaks after a "/", never mid-word
        (kkr_tui.ui.toasts)."""
        super().notify(
            fold(message, markup=markup),
            title=title,
            severity=severity,
            timeout=timeout,
            markup=markup,
        )

    def action_screenshot(self, filename: str | None = None, path: str | None = None) -> None:
        """Refused: a screenshot would put closed meeting data in a file nobody asked for."""
        self.notify(t("privacy.no_screenshot"), markup=False)

    async def action_show_pane(self, pane_id: str) -> None:
        # From a screen opened on top (a meeting), 1-5 go back to the panes. A dialog
        # must be finished (or cancelled) first, so nothing half-entered is lost.
        if isinstance(self.screen, ModalScreen):
            return
        while len(self.screen_stack) > 1:
            self.pop_screen()
        self._show_mounted(await self.pane(pane_id))

    async def pane(self, pane_id: str) -> Pane:
        """The pane `pane_id`, mounted (hidden) first if it has not been shown yet.

        Panes are mounted on first show: start-up pays only for Oversigt. Code that
        needs a pane that may not be mounted yet awaits this.
        """
        switcher = self._switcher()
        assert switcher is not None, "no panes: the app is closing"
        try:
            pane = switcher.get_child_by_id(pane_id, Pane)
        except NoMatches:
            pane = pane_class(pane_id)(id=pane_id)
            pane.display = False  # shown by the switcher
            # In the DOM at once, so a second caller finds it and waits for the same mount.
            self._mounting[pane_id] = switcher.mount(pane)
        mounting = self._mounting.get(pane_id)
        if mounting is not None:
            await mounting
            self._mounting.pop(pane_id, None)
        return pane

    @property
    def shown_pane_id(self) -> str | None:
        """The pane shown on the first screen (under any screen opened on top)."""
        switcher = self._switcher()
        return None if switcher is None else switcher.current

    def _switcher(self) -> ContentSwitcher | None:
        """The panes' switcher, on the first screen (a meeting may be open on top)."""
        if not self.screen_stack:
            return None
        return self.screen_stack[0].query_one("#panes", ContentSwitcher)

    def _show_mounted(self, pane: Pane) -> None:
        switcher = self.query_one("#panes", ContentSwitcher)
        switcher.current = pane.id
        pane.redraw_if_stale()
        self.query_one(AppHeader).pane_title = t(pane.title_key)
        self.sub_title = t(pane.title_key)
        focus_target = next(iter(pane.query("DataTable")), None)
        if focus_target is not None:
            focus_target.focus()

    def open_meeting(self, meeting_id: int) -> AwaitMount:
        """Show the meeting screen (from any pane: Enter on a meeting)."""
        from kkr_tui.ui.screens.meeting import MeetingScreen

        return self.push_screen(MeetingScreen(meeting_id))

    # The keyboard layer: help, palette, themes, key names.

    def action_help(self) -> None:
        """F1 / ?: the keys of the current screen (what is active where the user is)."""
        screen = self.screen
        title_of = getattr(screen, "help_title", None)
        title = title_of() if callable(title_of) else t("app.title")
        from kkr_tui.ui.screens.help import HelpScreen, help_lines

        self.push_screen(HelpScreen(title, help_lines(localized_active(screen.active_bindings))))

    def action_command_palette(self) -> None:
        if self.use_command_palette and not isinstance(self.screen, CommandPalette):
            self.push_screen(
                CommandPalette(placeholder=t("keys.palette.placeholder"), id="--command-palette")
            )

    def action_choose_theme(self) -> None:
        if not isinstance(self.screen, CommandPalette):
            self.push_screen(
                CommandPalette(providers=[ThemeChoices], placeholder=t("keys.theme.placeholder"))
            )

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        """The palette's commands: every action bound on `screen`, by its key's name,
        and the actions of the other screens by what they do.

        The ONE place that decides which commands the palette runs. Textual's own system
        commands are not offered: "Screenshot" would write closed meeting data to a file
        nobody asked for (and `action_screenshot` refuses anyway), and the others (theme,
        keys panel, maximize, quit) have a key of ours with a Danish name instead.
        """
        from kkr_tui.ui.commands_palette import palette_commands

        return palette_commands(screen)

    def get_key_display(self, binding: Binding) -> str:
        return binding.key_display or key_label(binding.key)

    def _apply_user_config(self) -> None:
        """The user's remembered theme; a broken settings file is reported (once the app
        is mounted), never fatal. Called from __init__: the first frame is drawn in the
        theme, and the theme set here is announced before `_remember_theme` listens (in
        on_mount), so a 16-colour terminal's fallback is not saved as the user's choice.
        A theme costs one re-parse of the stylesheets (~6 ms CPU) wherever it is set."""
        path = self.config_path
        try:
            self.ui_config = ui_config.load_config(path)
        except ui_config.ConfigError as exc:
            self._config_warnings.append(t("keys.config.broken", path=path, reason=exc))
        name = start_theme(self.ui_config.theme, self.console.color_system)
        if name is not None:
            if name in self.available_themes:
                self.theme = name
            else:
                self._config_warnings.append(t("keys.theme.unknown", name=name, path=path))

    def _remember_theme(self, theme: Theme) -> None:
        if theme.name == self.ui_config.theme:
            return
        self.ui_config = replace(self.ui_config, theme=theme.name)
        try:
            ui_config.save_config(self.config_path, self.ui_config)
        except OSError as exc:
            self.notify(
                t("keys.config.unsaved", path=self.config_path, reason=os_reason(exc)),
                severity="warning",
                markup=False,
            )

    def open_council(self, slug: str) -> AwaitMount:
        """Show the council screen (Enter on a council in Oversigt)."""
        from kkr_tui.ui.screens.council import CouncilScreen

        return self.push_screen(CouncilScreen(slug))

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
    lang: str | None = None,
    config_path: Path | None = None,
) -> KkrApp:
    """The app on the database at `db_path` (created if missing) as of `today`.

    A file or record that cannot be read raises StoreError here, before Textual starts
    (`kkr` prints it and exits 2, as every command does).
    `today=None` means the real day in Copenhagen. Tests and `--today` pass a day.
    `lang` ("da"/"en") sets the UI language (process-wide; None keeps the current one).
    `config_path` is the user's settings file (None: $KKR_CONFIG_DIR or the platform's
    config folder).
    """
    if lang is not None:
        set_language(lang)
    created = False
    if isinstance(db_path, Store):
        store = db_path
    else:
        created = not Path(db_path).exists()
        # Records are checked after the first screen is drawn (see _check_every_record).
        store = open_store(Path(db_path), create=True, validate_all=False)
    return KkrApp(
        store,
        Clock(today),
        demo=demo,
        created=created,
        cursor_blink=cursor_blink,
        config_path=config_path,
    )
