"""The KKR app: a header, four panes switched with 1-4, a footer. Built by `make_app`."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Any, ClassVar

from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding
from textual.command import CommandPalette, Provider
from textual.css.query import NoMatches
from textual.screen import ModalScreen, Screen
from textual.theme import Theme
from textual.widget import AwaitMount
from textual.widgets import ContentSwitcher

from kkr_tui.commands.context import CommandError
from kkr_tui.domain.text import printable
from kkr_tui.i18n import set_language, t
from kkr_tui.ui import collector
from kkr_tui.ui import config as ui_config
from kkr_tui.ui.keys import key_label, localized_active
from kkr_tui.ui.live import LiveRefresh
from kkr_tui.ui.panes.base import Pane
from kkr_tui.ui.panes.overview import OverviewPane
from kkr_tui.ui.screens.base import KkrScreen
from kkr_tui.ui.signals import exit_cleanly_on_signals, restore_default_signals
from kkr_tui.ui.stylesheets import start_sheets
from kkr_tui.ui.themes import ThemeChoices, register_themes, start_theme
from kkr_tui.ui.widgets.banner import ReadOnlyBanner
from kkr_tui.ui.widgets.footer import AppFooter
from kkr_tui.ui.widgets.header import AppHeader, as_of_text

if TYPE_CHECKING:
    import pendulum

    from kkr_tui.domain.clock import Clock
    from kkr_tui.store import Snapshot, Store
    from kkr_tui.ui.first_screen import FirstScreen, OverviewView

# Opens the store and makes the clock, for an app started before reading the file.
DataOpener = Callable[[], "tuple[Store, Clock]"]

# Pane id -> (module, class). Only Oversigt is built at start; the others are imported
# and mounted the first time they are shown, so start-up pays for what is on screen.
PANES: dict[str, tuple[str, str]] = {
    "overview": ("kkr_tui.ui.panes.overview", "OverviewPane"),
    "cycle": ("kkr_tui.ui.panes.cycle", "CyclePane"),
    "agenda": ("kkr_tui.ui.panes.agenda", "AgendaPane"),
    "contacts": ("kkr_tui.ui.panes.contacts", "ContactsPane"),
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
    # The rest is read when first needed (kkr_tui.ui.stylesheets).
    CSS_PATH: ClassVar[list[str | PurePath]] = list(start_sheets())
    TITLE = "KKR"
    ENABLE_COMMAND_PALETTE = True
    # A callable: the palette's module is imported when the palette first opens.
    COMMANDS = App.COMMANDS | {records_provider}
    # Descriptions are catalogue keys, resolved when shown (see kkr_tui.ui.keys).
    # App-level keys are few on purpose: each one is in every footer.
    BINDINGS = [
        # One footer entry "1 2 3 4 Skift visning" (the header names the pane shown);
        # help and palette list each pane by name.
        Binding("1", "show_pane('overview')", "pane.overview", id="pane.overview", group=PANE_KEYS),
        Binding("2", "show_pane('cycle')", "pane.cycle", id="pane.cycle", group=PANE_KEYS),
        Binding("3", "show_pane('agenda')", "pane.agenda", id="pane.agenda", group=PANE_KEYS),
        Binding("4", "show_pane('contacts')", "pane.contacts", id="pane.contacts", group=PANE_KEYS),
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
        store: Store | None,
        clock: Clock | None,
        *,
        demo: bool = False,
        cursor_blink: bool = True,
        config_path: Path | None = None,
        opener: DataOpener | None = None,
        first_screen: FirstScreen | None = None,
    ) -> None:
        """The app on `store` as of `clock`; or, without them, on what `opener` opens
        once the first screen (`first_screen`, read by `kkr`'s forked child) is drawn."""
        super().__init__()
        if opener is None and (store is None or clock is None):
            raise TypeError("KkrApp needs a store and a clock, or an opener")
        self._store = store
        self._clock = clock
        self._opener = opener
        # Why `opener` failed, once it has: the app is then on its way out (status 2).
        self._open_failure: CommandError | None = None
        self._first_screen = first_screen if opener is not None else None
        self.demo = demo
        # Inputs in dialogs read this; snapshot tests turn blinking off to stay stable.
        self.cursor_blink = cursor_blink
        # The state the panes were last drawn from, and the last one that could be read.
        self.shown_snapshot: Snapshot | None = None
        self._last_good: Snapshot | None = None
        self._told_damaged: set[int] = set()  # archive years said to be damaged
        self.live = LiveRefresh(self)
        register_themes(self)
        self.config_path = config_path or ui_config.config_path()
        self.ui_config = ui_config.UiConfig()
        self._mounting: dict[str, AwaitMount] = {}

    @property
    def store(self) -> Store:
        if self._store is None:
            self._open_data()
        assert self._store is not None
        return self._store

    @property
    def clock(self) -> Clock:
        if self._clock is None:
            self._open_data()
        assert self._clock is not None
        return self._clock

    def _open_data(self) -> None:
        """Import the domain and open the store, if the app was started without.

        Right after the first frame (`_after_first_paint`), or earlier if something
        asks for the data first (a key typed while the app started, the live refresh).
        From then on every pane reads the store.

        If the file cannot be opened (it broke after the child read it), the app ends
        with "kkr: ..." and status 2, whoever asked; the CommandError is raised again
        to every later caller until then (see `_handle_exception`)."""
        if self._open_failure is not None:
            raise self._open_failure
        opener, self._opener = self._opener, None
        if opener is not None:
            try:
                self._store, self._clock = opener()
            except CommandError as exc:
                self._open_failure = exc
                self.exit(return_code=2, message=f"kkr: {printable(str(exc), single_line=False)}")
                raise
            self._first_screen = None

    def _handle_exception(self, error: Exception) -> None:
        # The data could not be opened: `_open_data` already asked the app to end with
        # the message; a handler that needed the data just stops (no traceback), and
        # the app closes at once, as Textual closes it after an error of its own.
        if self._open_failure is not None and error is self._open_failure:
            self._close_messages_no_wait()
            return
        super()._handle_exception(error)

    def first_overview(self) -> OverviewView | None:
        """Oversigt as `kkr`'s forked child read it, until the app reads the file itself."""
        return None if self._first_screen is None else self._first_screen.overview

    @property
    def snapshot(self) -> Snapshot:
        """The committed state of the file; re-parsed only when the file changed.

        If the file cannot be read right now (LiveRefresh reports why), the last
        valid state is shown rather than crashing the app. With no valid state yet (a
        hand-edited record, `"rev": []`), the app ends as for a file that cannot be
        opened: "kkr: FILE: ugyldig post TABLE/ID: FIELD: ..." and status 2.
        """
        from kkr_tui.store import StoreError

        try:
            snap = self.store.snapshot()
        except StoreError as exc:
            if self._last_good is None:
                self._open_failure = CommandError(str(exc))
                self.exit(return_code=2, message=f"kkr: {printable(str(exc), single_line=False)}")
                raise self._open_failure from None
            return self._last_good
        self._last_good = snap
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
        first = self._first_screen
        if first.readonly if first is not None else self.store.readonly:
            yield ReadOnlyBanner()
        with ContentSwitcher(initial="overview", id="panes"):
            yield OverviewPane(id="overview")
        yield AppFooter()

    def get_default_screen(self) -> Screen[Any]:
        return KkrScreen(id="_default")

    def on_mount(self) -> None:
        self._apply_user_config()
        header = self.query_one(AppHeader)
        first = self._first_screen
        if first is not None:
            header.as_of, header.source = first.as_of, first.db_path
        else:
            header.as_of = as_of_text(self.clock.today())
            header.source = str(self.store.path)
        header.demo = self.demo
        self._show_mounted(self.query_one("#overview", Pane))
        if first is None:
            self.shown_snapshot = self.snapshot
        self.live.start()
        self.call_after_refresh(self._after_first_paint)
        if not self.is_headless:
            exit_cleanly_on_signals(self)

    def _after_first_paint(self) -> None:
        if self.shown_snapshot is None:
            # The first frame came from the child's reading: read the file here now, if
            # a key has not made the app read it already, and draw from that (the same
            # view unless someone saved in between).
            try:
                self._open_data()
            except CommandError:
                return  # the app is ending with the message (see _open_data)
            self.reload()
        collector.resume()
        # Only now: the check's thread would otherwise take the interpreter from the
        # first drawing (~100 ms of work on 20 years of data).
        self.run_worker(self._check_every_record, thread=True, group="check-records")
        self.set_timer(PREPARE_PAUSE_S, self._prepare_next_pane)

    async def _prepare_next_pane(self) -> None:
        """Import and mount (hidden) the other panes, one at a time, while the user
        reads the first screen: their first 2, 3 or 4 then costs what a later one does
        (10-20 ms of imports and 40-100 ms of building each, with their stylesheets).
        A pane still hidden draws nothing (see Pane.redraw_if_stale)."""
        switcher = self._switcher()
        if switcher is None or self._exit:
            return  # the app is closing
        waiting = [pane_id for pane_id in PANES if not switcher.query_children(f"#{pane_id}")]
        if waiting:
            await self.pane(waiting[0])
            self.set_timer(PREPARE_PAUSE_S, self._prepare_next_pane)
        else:
            collector.freeze_settled()

    def _check_every_record(self) -> None:
        """Build every agenda item once, off the UI thread, so a bad record is reported
        at start rather than when its meeting is opened. The first screen does not
        wait for it: on 20 years of data that is most of the file."""
        from kkr_tui.store import StoreError

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

    def action_screenshot(self, filename: str | None = None, path: str | None = None) -> None:
        """Refused: a screenshot would put closed meeting data in a file nobody asked for."""
        self.notify(t("privacy.no_screenshot"), markup=False)

    async def action_show_pane(self, pane_id: str) -> None:
        # From a screen opened on top (a meeting), 1-4 go back to the panes. A dialog
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
        """The palette's commands: every action bound on `screen`, by its key's name.

        The ONE place that decides which commands the palette runs. Textual's own system
        commands are not offered: "Screenshot" would write closed meeting data to a file
        nobody asked for (and `action_screenshot` refuses anyway), and the others (theme,
        keys panel, maximize, quit) have a key of ours with a Danish name instead.
        """
        from kkr_tui.ui.commands_palette import binding_commands

        return binding_commands(screen)

    def get_key_display(self, binding: Binding) -> str:
        return binding.key_display or key_label(binding.key)

    def _apply_user_config(self) -> None:
        """The user's remembered theme; a broken settings file is reported, never fatal."""
        path = self.config_path
        try:
            self.ui_config = ui_config.load_config(path)
        except ui_config.ConfigError as exc:
            self.notify(
                t("keys.config.broken", path=path, reason=exc), severity="warning", markup=False
            )
        name = start_theme(self.ui_config.theme, self.console.color_system)
        if name is not None:
            if name in self.available_themes:
                self.theme = name
            else:
                self.notify(
                    t("keys.theme.unknown", name=name, path=path), severity="warning", markup=False
                )
        self.theme_changed_signal.subscribe(self, self._remember_theme)

    def _remember_theme(self, theme: Theme) -> None:
        if theme.name == self.ui_config.theme:
            return
        self.ui_config = replace(self.ui_config, theme=theme.name)
        try:
            ui_config.save_config(self.config_path, self.ui_config)
        except OSError as exc:
            self.notify(
                t("keys.config.unsaved", path=self.config_path, reason=exc.strerror or exc),
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

    `today=None` means the real day in Copenhagen. Tests and `--today` pass a day.
    `lang` ("da"/"en") sets the UI language (process-wide; None keeps the current one).
    `config_path` is the user's settings file (None: $KKR_CONFIG_DIR or the platform's
    config folder).
    """
    from kkr_tui.domain.clock import Clock
    from kkr_tui.store import Store, open_store

    if lang is not None:
        set_language(lang)
    if isinstance(db_path, Store):
        store = db_path
    else:
        # Records are checked after the first screen is drawn (see _check_every_record).
        store = open_store(Path(db_path), create=True, validate_all=False)
    return KkrApp(
        store, Clock(today), demo=demo, cursor_blink=cursor_blink, config_path=config_path
    )
