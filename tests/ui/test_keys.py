"""The keyboard layer, driven as a user would (Pilot): F1, /, j/k/g/G, Escape, Ctrl+P, Ctrl+T.

Each screen a user can reach is visited by `SCREENS` below; a pane or screen added later
belongs in that list (its keys are then checked for descriptions and help entries).
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest
from textual.app import App
from textual.binding import Binding
from textual.command import CommandPalette
from textual.dom import DOMNode
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import DataTable, Input, Label

import kkr_tui.ui
from kkr_tui.i18n import has, set_language, t
from kkr_tui.store import Store
from kkr_tui.store.demo import DEMO_TODAY
from kkr_tui.ui.app import KkrApp, make_app
from kkr_tui.ui.commands_palette import binding_commands
from kkr_tui.ui.keys import TEXTUAL_ACTIONS, localized_active
from kkr_tui.ui.screens.base import KkrModalScreen, KkrScreen
from kkr_tui.ui.screens.find import FindScreen
from kkr_tui.ui.screens.help import HelpScreen, help_lines
from kkr_tui.ui.widgets.tables import KkrTable
from tests.pilot import Notices, kkr_app, palette_results, pilot_test, wait_until

SIZE = (100, 30)


def demo(store: Store, *, lang: str | None = None, config_path: Path | None = None) -> KkrApp:
    return make_app(
        store, DEMO_TODAY, demo=True, cursor_blink=False, lang=lang, config_path=config_path
    )


async def settle(pilot: Pilot[int], delay: float = 0.05) -> None:
    await pilot.pause()
    await pilot.pause(delay)


# --- every screen a user can reach ------------------------------------------------------


async def _pane(pilot: Pilot[int], key: str) -> None:
    await pilot.press(key)


async def _meeting(pilot: Pilot[int]) -> None:
    app = kkr_app(pilot)
    meeting = app.snapshot.meetings_of()[0]
    await app.open_meeting(meeting.id)


async def _meeting_then(pilot: Pilot[int], *keys: str) -> None:
    await _meeting(pilot)
    await pilot.pause()
    await _keys(pilot, *keys)


async def _help(pilot: Pilot[int]) -> None:
    await pilot.press("f1")


async def _find(pilot: Pilot[int]) -> None:
    await pilot.press("slash")


SCREENS: dict[str, Callable[[Pilot[int]], Awaitable[None]]] = {
    "overview": lambda p: _pane(p, "1"),
    "cycle": lambda p: _pane(p, "2"),
    "agenda": lambda p: _pane(p, "3"),
    "contacts": lambda p: _pane(p, "4"),
    "appointments": lambda p: _pane(p, "5"),
    "appointments: body": lambda p: _keys(p, "5", "enter"),
    "meeting": _meeting,
    "help": _help,
    "help+find": lambda p: _help_then_find(p),
    "cycle: new meeting": lambda p: _keys(p, "2", "n"),
    "cycle: go to year": lambda p: _keys(p, "2", "y"),
    "cycle: propose year": lambda p: _keys(p, "2", "p"),
    "cycle: meetings list": lambda p: _keys(p, "2", "tab"),
    "council": lambda p: _keys(p, "1", "enter"),
    "council: add member": lambda p: _keys(p, "1", "enter", "a"),
    "contacts: search": lambda p: _keys(p, "4", "slash"),
    "contacts: list": lambda p: _keys(p, "4", "down"),
    "contacts: add": lambda p: _keys(p, "4", "down", "a"),
    "meeting: add item": lambda p: _meeting_then(p, "a"),
    "cycle: new meeting, a menu": lambda p: _keys(p, "2", "n", "tab", "tab", "tab", "tab"),
    "cycle: new meeting, a button": lambda p: _keys(p, "2", "n", *["tab"] * 5),
}


async def _keys(pilot: Pilot[int], *keys: str) -> None:
    for key in keys:
        await pilot.press(key)
        await pilot.pause()


async def _help_then_find(pilot: Pilot[int]) -> None:
    await _help(pilot)
    await pilot.pause()
    await _find(pilot)


def ui_classes_with_bindings() -> list[type[DOMNode]]:
    """Every widget, screen and app class defined in kkr_tui.ui."""
    for info in pkgutil.walk_packages(kkr_tui.ui.__path__, "kkr_tui.ui."):
        importlib.import_module(info.name)
    found: list[type[DOMNode]] = []
    stack: list[type] = [DOMNode]
    while stack:
        cls = stack.pop()
        stack.extend(cls.__subclasses__())
        if cls.__module__.startswith("kkr_tui.ui") and "BINDINGS" in cls.__dict__:
            found.append(cls)
    return found


# --- bindings: declared once, described, in the help -------------------------------------


def test_every_binding_in_kkr_ui_has_an_id_and_a_catalogue_description() -> None:
    """Descriptions are catalogue keys (resolved when shown), never frozen text."""
    classes = ui_classes_with_bindings()
    assert KkrApp in classes and KkrTable in classes
    problems = []
    for cls in classes:
        for binding in Binding.make_bindings(cls.__dict__["BINDINGS"]):
            where = f"{cls.__module__}.{cls.__name__} {binding.key} -> {binding.action}"
            if not binding.id:
                problems.append(f"{where}: no id")
            if not binding.description or not has(binding.description):
                problems.append(f"{where}: description {binding.description!r} is no text key")
            if binding.group is not None and not has(binding.group.description):
                problems.append(f"{where}: group {binding.group.description!r} is no text key")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("where", list(SCREENS))
@pilot_test
async def test_every_active_key_has_a_description_and_is_in_the_help(
    demo_store: Store, where: str
) -> None:
    app = demo(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await SCREENS[where](pilot)
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, KkrScreen | KkrModalScreen), type(screen)
        # As Textual merged them, before our screens resolve the descriptions.
        # (Screen's own property, read from the class: vars() gives it untyped.)
        raw = vars(Screen)["active_bindings"].fget(screen)
        missing = [
            f"{key} -> {entry.binding.action}"
            for key, entry in raw.items()
            if not entry.binding.description
        ]
        assert not missing, f"keys without a description on {where}: {missing}"
        not_in_catalogue = [
            f"{key} -> {entry.binding.action}: {entry.binding.description!r}"
            for key, entry in raw.items()
            if not has(entry.binding.description) and entry.binding.action not in TEXTUAL_ACTIONS
        ]
        assert not not_in_catalogue, f"{where}: descriptions not from the catalogue"
        shown_now = screen.active_bindings
        assert not [e for e in shown_now.values() if has(e.binding.description)], "unresolved"
        lines = help_lines(localized_active(raw))
        in_help = {(key, line.description) for line in lines for key in line.keys}
        if isinstance(screen, HelpScreen | FindScreen):
            return  # help of the help: lines computed above are what F1 would show
        await pilot.press("f1")
        await settle(pilot)
        help_screen = app.screen
        assert isinstance(help_screen, HelpScreen)
        table = help_screen.query_one("#help-keys", DataTable)
        shown = {
            (str(table.get_row_at(i)[2]).removesuffix(f" {t('keys.help.not_now')}"))
            for i in range(table.row_count)
        }
        for _key, entry in shown_now.items():
            assert entry.binding.description in shown, (where, entry.binding.description)
        assert in_help


# A text field's own "copy" rightly wins over the screen's "copy".
SAME_MEANING = {"copy", "screen.copy_text"}


def declared_keys(node: DOMNode) -> dict[str, str]:
    """key -> action as kkr_tui declares them for `node` (a subclass overrides its base)."""
    keys: dict[str, str] = {}
    for cls in reversed(type(node).__mro__):
        if cls.__module__.startswith("kkr_tui") and "BINDINGS" in cls.__dict__:
            for binding in Binding.make_bindings(cls.__dict__["BINDINGS"]):
                keys[binding.key] = binding.action
    # A key the node switches off (check_action False) is handed on to its parents.
    return {
        key: action
        for key, action in keys.items()
        if node.check_action(action.split("(")[0], ()) is not False
    }


@pilot_test
async def test_no_two_actions_share_a_key_on_one_screen(demo_store: Store) -> None:
    """A pane key hidden by a list key (or the other way round) would never run."""
    app = demo(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        for where, reach in SCREENS.items():
            await reach(pilot)
            await settle(pilot)
            focused = app.screen.focused
            chain: list[DOMNode] = list(focused.ancestors_with_self) if focused else [app.screen]
            if app.screen.is_modal:
                chain = chain[: chain.index(app.screen) + 1]
            elif app not in chain:
                chain.append(app)
            seen: dict[str, tuple[str, str]] = {}
            # A focused text field rightly keeps its own keys (Escape, Enter, arrows).
            if chain and isinstance(chain[0], Input):
                chain = chain[1:]
            for node in chain:
                for key, action in declared_keys(node).items():
                    same = {seen[key][0], action} <= SAME_MEANING if key in seen else True
                    if key in seen and seen[key][0] != action and not same:
                        pytest.fail(
                            f"{where}: key {key} is {seen[key][0]} on {seen[key][1]} "
                            f"and {action} on {type(node).__name__}"
                        )
                    seen.setdefault(key, (action, type(node).__name__))
            while len(app.screen_stack) > 1:
                await app.pop_screen()
            await settle(pilot)


# --- language -------------------------------------------------------------------------


def footer_texts(app: App[int]) -> list[str]:
    texts = []
    for widget in app.screen.query("FooterKey, FooterLabel"):
        description = getattr(widget, "description", None)
        texts.append(str(description if description is not None else widget.render()))
    return texts


@pilot_test
async def test_english_footer_after_a_danish_app_in_the_same_process(
    demo_store: Store, tmp_path: Path
) -> None:
    set_language("da")
    danish = demo(demo_store)
    async with danish.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "Hjælp" in footer_texts(danish)
        assert "Afslut" in footer_texts(danish)
    english = demo(demo_store, lang="en")
    async with english.run_test(size=SIZE) as pilot:
        await settle(pilot)
        texts = footer_texts(english)
        assert "Help" in texts and "Quit" in texts and "Search" in texts, texts
        assert not {"Hjælp", "Afslut", "Søg"} & set(texts), texts
        await pilot.press("f1")
        await settle(pilot)
        table = english.screen.query_one("#help-keys", DataTable)
        descriptions = {str(table.get_row_at(i)[2]) for i in range(table.row_count)}
        assert {"Help", "Quit", "Next field"} <= descriptions, descriptions
        assert str(english.screen.query_one("#help-title", Label).render()).startswith("Keys:")


# --- help screen ------------------------------------------------------------------------


@pilot_test
async def test_f1_and_question_mark_open_the_help_and_close_it(demo_store: Store) -> None:
    app = demo(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        for key in ("f1", "question_mark"):
            await pilot.press(key)
            await settle(pilot)
            assert isinstance(app.screen, HelpScreen)
            title = str(app.screen.query_one("#help-title").render())
            assert title == "Taster: Oversigt"
            await pilot.press(key)
            await settle(pilot)
            assert not isinstance(app.screen, HelpScreen)
        await pilot.press("f1")
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert not isinstance(app.screen, HelpScreen)


@pilot_test
async def test_help_groups_here_list_everywhere(demo_store: Store) -> None:
    app = demo(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f1")
        await settle(pilot)
        table = app.screen.query_one("#help-keys", DataTable)
        rows = [[str(cell) for cell in table.get_row_at(i)] for i in range(table.row_count)]
        groups = [row[0] for row in rows if row[0]]
        assert groups == ["Her", "I listen", "Overalt"], groups
        by_action = {row[2]: row[1] for row in rows}
        assert by_action["Hjælp"] == "F1, ?"
        assert by_action["Afslut"] == "q, Ctrl+Q"
        assert by_action["Søg"] == "Ctrl+P"
        assert by_action["Farvetema"] == "Ctrl+T"


# --- lists: j/k/g/G, / and Escape ---------------------------------------------------------


@pilot_test
async def test_j_k_g_G_move_in_a_list(demo_store: Store) -> None:
    app = demo(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f1")
        await settle(pilot)
        table = app.screen.query_one("#help-keys", KkrTable)
        assert table.has_focus and table.cursor_row == 0
        await pilot.press("j", "j")
        assert table.cursor_row == 2
        await pilot.press("k")
        assert table.cursor_row == 1
        await pilot.press("G")
        assert table.cursor_row == table.row_count - 1
        await pilot.press("g")
        assert table.cursor_row == 0


@pilot_test
async def test_slash_searches_the_list_and_escape_puts_the_cursor_back(
    demo_store: Store,
) -> None:
    app = demo(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f1")
        await settle(pilot)
        table = app.screen.query_one("#help-keys", KkrTable)
        await pilot.press("slash")
        await settle(pilot)
        assert isinstance(app.screen, FindScreen)
        await pilot.press(*"farvetema")
        await settle(pilot)
        assert "Farvetema" in str(table.get_row_at(table.cursor_row)[2])
        await pilot.press("escape")
        await settle(pilot)
        assert table.cursor_row == 0 and isinstance(app.screen, HelpScreen)
        # Enter keeps the row found; "/" + Enter again goes on to the next match.
        await pilot.press("slash", *"felt", "enter")
        await settle(pilot)
        first = table.cursor_row
        assert "felt" in str(table.get_row_at(first)[2])
        await pilot.press("slash")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert table.cursor_row != first
        assert "felt" in str(table.get_row_at(table.cursor_row)[2])


@pilot_test
async def test_search_without_a_match_says_so_and_keeps_the_place(demo_store: Store) -> None:
    app = demo(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f1", "j", "j")
        await settle(pilot)
        table = app.screen.query_one("#help-keys", KkrTable)
        await pilot.press("slash", *"zzqq")
        await settle(pilot)
        status = app.screen.query_one("#find-status")
        assert "»zzqq« findes ikke i listen" in str(status.render())
        assert table.cursor_row == 2
        await pilot.press("enter")  # nothing to keep: stays open
        assert isinstance(app.screen, FindScreen)


@pilot_test
async def test_escape_goes_back_from_a_screen_but_is_hidden_on_the_first(
    demo_store: Store,
) -> None:
    app = demo(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "escape" not in app.screen.active_bindings
        await _meeting(pilot)
        await settle(pilot)
        assert len(app.screen_stack) == 2
        await pilot.press("escape")
        await settle(pilot)
        assert len(app.screen_stack) == 1


# --- command palette ----------------------------------------------------------------------


async def palette_hits(pilot: Pilot[int], query: str) -> list[str]:
    await pilot.press("ctrl+p")
    await wait_until(pilot, lambda: isinstance(pilot.app.screen, CommandPalette), "the palette")
    return await palette_results(pilot, query)


@pilot_test
async def test_palette_jumps_to_a_meeting_by_council_and_date(demo_store: Store) -> None:
    app = demo(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        hits = await palette_hits(pilot, "sjæl 9. apr")
        assert any("KKR Sjælland tor 9. apr 2026" in hit for hit in hits), hits
        await pilot.press("enter")
        from kkr_tui.ui.screens.meeting import MeetingScreen

        await wait_until(pilot, lambda: isinstance(app.screen, MeetingScreen), "the meeting")

        screen = app.screen
        assert isinstance(screen, MeetingScreen)
        meeting = app.snapshot.meeting(screen.meeting_id)
        assert meeting is not None and meeting.council == "sjaelland"
        assert (meeting.day.month, meeting.day.day) == (4, 9)


@pilot_test
async def test_palette_jumps_to_a_contact_and_an_agenda_item(demo_store: Store) -> None:
    app = demo(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        hits = await palette_hits(pilot, "haukur")
        assert hits and "Haukur Thorsteinsson" in hits[0]
        await pilot.press("enter")
        await wait_until(pilot, lambda: app.sub_title == "Kontakter", "Kontakter")
        table = app.query_one("#contacts").query_one(DataTable)
        assert "Haukur" in str(table.get_row_at(table.cursor_row)[0])

        item = next(i for i in app.snapshot.items if i.number >= 2)
        hits = await palette_hits(pilot, f"Punkt {item.number}: {item.title[:12]}")
        assert hits, item
        await pilot.press("enter")
        await wait_until(pilot, lambda: bool(app.screen.query("#meeting-items")), "the meeting")
        items = app.screen.query_one("#meeting-items", DataTable)
        await wait_until(pilot, lambda: items.has_focus, "the item list's focus")
        assert str(items.get_row_at(items.cursor_row)[1]) == item.title


@pilot_test
async def test_palette_runs_any_action_by_its_key_name(demo_store: Store) -> None:
    app = demo(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        hits = await palette_hits(pilot, "årshjul")
        assert hits[0].startswith("Årshjul"), hits
        await pilot.press("enter")
        await settle(pilot)
        assert app.sub_title == "Årshjul"
        await palette_hits(pilot, "hjælp")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)


@pilot_test
async def test_palette_offers_no_file_writing_or_english_system_commands(
    demo_store: Store,
) -> None:
    app = demo(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        titles = [command.title for command in app.get_system_commands(app.screen)]
        assert titles, "the palette should offer the screen's actions"
        for english in ("Screenshot", "Theme", "Keys", "Quit", "Maximize"):
            assert english not in titles
        described = {line.description for line in help_lines(app.screen.active_bindings)}
        own = [command.title for command in binding_commands(app.screen)]
        assert own and set(own) <= described
        # The rest are other screens' actions, each naming where it goes.
        assert all(" · " in title or title.startswith("Importér") for title in titles[len(own) :])
        hits = await palette_hits(pilot, "screenshot")
        assert len(hits) == 1 and hits[0].startswith("Intet fundet for »screenshot«"), hits


@pilot_test
async def test_palette_from_the_meeting_screen_reaches_a_council(demo_store: Store) -> None:
    app = demo(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await _meeting(pilot)
        await settle(pilot)
        hits = await palette_hits(pilot, "KKR Hovedstaden")
        assert hits[0].startswith("KKR Hovedstaden")
        await pilot.press("enter")
        from kkr_tui.ui.screens.council import CouncilScreen

        await wait_until(pilot, lambda: isinstance(app.screen, CouncilScreen), "the council")

        assert isinstance(app.screen, CouncilScreen) and app.screen.slug == "hovedstaden"
        assert len(app.screen_stack) == 2, "the meeting screen was left first"
        await pilot.press("escape")
        await settle(pilot)
        table = app.query_one("#councils", DataTable)
        assert "Hovedstaden" in str(table.get_row_at(table.cursor_row)[0])


# --- themes and the remembered choice -------------------------------------------------------


@pilot_test
async def test_ctrl_t_changes_the_theme_and_the_next_start_remembers_it(
    demo_store: Store, user_config_dir: Path
) -> None:
    app = demo(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+t")
        await settle(pilot)
        await palette_results(pilot, "kontrast")
        await pilot.press("enter")
        await settle(pilot)
        assert app.theme == "kkr-high-contrast"
    saved = (user_config_dir / "config.json").read_text(encoding="utf-8")
    assert '"theme": "kkr-high-contrast"' in saved
    again = demo(demo_store)
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert again.theme == "kkr-high-contrast"


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("{not json", "ugyldig JSON i linje 1"),
        ("[1, 2]", "ikke et JSON-objekt"),
        ('{"theme": 7}', "»theme« er ikke en tekst"),
        ('{"theme": "no-such-theme"}', "»no-such-theme«"),
    ],
)
@pilot_test
async def test_a_broken_settings_file_is_ignored_with_a_notice(
    demo_store: Store, user_config_dir: Path, content: str, expected: str, notices: Notices
) -> None:
    (user_config_dir / "config.json").write_text(content, encoding="utf-8")
    app = demo(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.theme == "textual-dark"
        assert any(expected in note for note in notices.messages()), notices
        assert app.screen.query_one("#councils")  # the app runs on


@pilot_test
async def test_an_unwritable_settings_folder_is_reported_not_fatal(
    demo_store: Store, tmp_path: Path, notices: Notices
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    app = demo(demo_store, config_path=blocker / "config.json")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.theme = "textual-light"
        await settle(pilot)
        assert any("Farvetemaet kunne ikke gemmes" in note for note in notices.messages()), notices
        assert app.theme == "textual-light"


def test_every_screen_class_is_a_kkr_screen() -> None:
    ui_classes_with_bindings()  # imports every ui module
    stack: list[type] = [Screen]
    offenders = []
    while stack:
        cls = stack.pop()
        stack.extend(cls.__subclasses__())
        if cls.__module__.startswith("kkr_tui.ui") and not issubclass(
            cls, KkrScreen | KkrModalScreen
        ):
            offenders.append(f"{cls.__module__}.{cls.__name__}")
    assert not offenders, f"derive these from KkrScreen/KkrModalScreen: {offenders}"


@pilot_test
async def test_every_list_is_a_kkr_table(demo_store: Store) -> None:
    app = demo(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        for where, reach in SCREENS.items():
            await reach(pilot)
            await settle(pilot)
            for screen in app.screen_stack:
                plain_tables = [
                    table.id for table in screen.query(DataTable) if not isinstance(table, KkrTable)
                ]
                assert not plain_tables, f"{where}: use KkrTable for {plain_tables}"
            while len(app.screen_stack) > 1:
                await app.pop_screen()
            await settle(pilot)


@pilot_test
async def test_at_80x24_the_help_and_search_keys_are_always_in_the_footer(
    demo_store: Store,
) -> None:
    """Whatever a screen adds to the footer, F1 (help) and Ctrl+P (search) stay visible."""
    app = demo(demo_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        for where, reach in SCREENS.items():
            await reach(pilot)
            await settle(pilot)
            footers = list(app.screen.query("Footer"))
            if app.screen.is_modal and not footers:
                pass  # a dialog: its own keys are in the help, the app's are not active
            else:
                keys = {
                    getattr(key, "action", ""): key.region for key in app.screen.query("FooterKey")
                }
                for action in ("help", "command_palette"):
                    region = keys.get(action)
                    assert region is not None, f"{where}: no {action} key in the footer"
                    assert region.width > 0 and region.right <= 80, (where, action, region)
            while len(app.screen_stack) > 1:
                await app.pop_screen()
            await settle(pilot)
