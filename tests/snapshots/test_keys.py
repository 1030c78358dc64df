"""Snapshots of the keyboard layer: help, palette, themes, language, colours, sizes.

All on the demo data as of the demo day (tor 10. sep 2026).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from textual.command import CommandPalette
from textual.pilot import Pilot
from textual.widgets import Input

from kkr_tui.i18n import set_language
from kkr_tui.ui.app import KkrApp
from kkr_tui.ui.screens.help import HelpScreen
from kkr_tui.ui.widgets.tables import KkrTable
from tests.pilot import SnapCompare, palette_results, wait_until


def _help_cursor_row(pilot: Pilot[int]) -> str:
    """The help list's row under the cursor, as text (the search bar may be on top)."""
    help_screen = next(s for s in pilot.app.screen_stack if isinstance(s, HelpScreen))
    table = help_screen.query_one("#help-keys", KkrTable)
    return " ".join(str(cell) for cell in table.get_row_at(table.cursor_row))


def test_help_screen(snap_compare: SnapCompare, demo_app: Callable[[], KkrApp]) -> None:
    """You should see, over the dimmed Oversigt, a box 'Taster: Oversigt' with a table
    Hvor / Tast / Handling: 'Her' (Tab, Shift+Tab, Ctrl+C), 'I listen' (Enter, ↓ j, ↑ k,
    ...), 'Overalt' (1-4, F1 ?, q Ctrl+Q, Ctrl+P, Ctrl+T), the hint line at the bottom."""
    assert snap_compare(demo_app(), press=["f1"], terminal_size=(80, 24))


def test_palette_with_a_query(snap_compare: SnapCompare, demo_app: Callable[[], KkrApp]) -> None:
    """You should see the command palette with 'sjæl apr' typed (cursor after it) and the matching
    meetings of KKR Sjælland in April 2026 listed, each with 'Møde · KKR-møde · ...'."""

    async def run_before(pilot: Pilot[int]) -> None:
        await pilot.press("ctrl+p")
        await wait_until(pilot, lambda: isinstance(pilot.app.screen, CommandPalette))
        # Textual's palette blinks its cursor whatever the app says: a steady one is
        # captured the same way every time.
        pilot.app.screen.query_one(Input).cursor_blink = False
        await palette_results(pilot, "sjæl apr")

    assert snap_compare(demo_app(), run_before=run_before, terminal_size=(80, 24))


def test_high_contrast_theme(snap_compare: SnapCompare, demo_app: Callable[[], KkrApp]) -> None:
    """You should see Oversigt in black and white with the list cursor and footer keys
    in black on yellow."""

    async def run_before(pilot: Pilot[int]) -> None:
        pilot.app.theme = "kkr-high-contrast"
        await pilot.pause()

    assert snap_compare(demo_app(), run_before=run_before, terminal_size=(80, 24))


def test_english_ui(snap_compare: SnapCompare, demo_app: Callable[[], KkrApp]) -> None:
    """You should see the app in English: 'KKR  Overview ... as of Thu 10 Sep 2026',
    column 'Council', and the footer '1 2 3 4 Switch view  F1 Help  q Quit ... Ctrl+P
    Search'."""
    set_language("en")
    assert snap_compare(demo_app(), terminal_size=(80, 24))


def test_english_help(snap_compare: SnapCompare, demo_app: Callable[[], KkrApp]) -> None:
    """You should see the help box 'Keys: Overview' with groups Here / In the list /
    Everywhere and English descriptions."""
    set_language("en")
    assert snap_compare(demo_app(), press=["f1"], terminal_size=(80, 24))


def test_no_color(
    snap_compare: SnapCompare, demo_app: Callable[[], KkrApp], monkeypatch: pytest.MonkeyPatch
) -> None:
    """You should see Oversigt in shades of grey only (NO_COLOR=1); the list cursor on
    KKR Nordjylland is still visible (reverse video)."""
    monkeypatch.setenv("NO_COLOR", "1")
    assert snap_compare(demo_app(), terminal_size=(80, 24))


@pytest.mark.parametrize("size", [(80, 24), (200, 60)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_sizes(
    snap_compare: SnapCompare, demo_app: Callable[[], KkrApp], size: tuple[int, int]
) -> None:
    """You should see Oversigt filling the window: at 80x24 every column and the footer
    keys (1 2 3 4, F1 Hjælp, q Afslut, Ctrl+P Søg) fit; at 200x60 the header spreads
    to the right edge and the footer's search key sits at the far right."""
    assert snap_compare(demo_app(), terminal_size=size)


def test_search_in_a_list(snap_compare: SnapCompare, demo_app: Callable[[], KkrApp]) -> None:
    """You should see the help list with the search bar at the bottom, 'Søg: tema' typed,
    and the cursor on the row 'Ctrl+T  Farvetema'."""

    async def run_before(pilot: Pilot[int]) -> None:
        await pilot.press("f1")
        await wait_until(pilot, lambda: isinstance(pilot.app.screen, HelpScreen))
        await pilot.press("slash", *"tema")
        await wait_until(pilot, lambda: "Farvetema" in _help_cursor_row(pilot))

    assert snap_compare(demo_app(), run_before=run_before, terminal_size=(80, 24))
