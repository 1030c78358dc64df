"""Snapshots of Årshjul (pane 2) on the demo data as of the demo day (tor 10. sep 2026)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kkr_tui.ui.app import KkrApp
from tests.pilot import SnapCompare
from tests.snapshots.conftest import SIZES

SIZE_IDS = [f"{w}x{h}" for w, h in SIZES]


@pytest.mark.parametrize("size", SIZES, ids=SIZE_IDS)
def test_cycle_pane(
    snap_compare: SnapCompare, demo_app: Callable[[], KkrApp], size: tuple[int, int]
) -> None:
    """You should see the 2026 chart: five council rows, twelve months, a mark per meeting
    (✓ published, ● held, ◑ dispatched, ○ planned, ◇ proposed, ✕ cancelled in Hovedstaden's
    September), u/r deadline letters, '▲ i dag tor 10. sep' under September, the legend,
    Nordjylland selected (▶) with its 8 meetings below and the cursor on tor 17. sep, and
    the detail line with the place and dispatch deadline, a space after each label ('Sted:
    Aalborg ...', 'Udsendelse senest tor 10. sep ...'). Syddanmark carries a '!'. The
    table fits the window: at 80x24 without the place column (the detail line has it),
    'KD-forum Nord…' cut, every Udsendelse day whole; at 120x40 the places end in '…'
    where cut. The footer's year keys read '← Forrige år', '→ Næste år'."""
    assert snap_compare(demo_app(), press=["2"], terminal_size=size)


@pytest.mark.parametrize("size", SIZES, ids=SIZE_IDS)
def test_cycle_edit_dialog_moved_dispatch(
    snap_compare: SnapCompare, demo_app: Callable[[], KkrApp], size: tuple[int, int]
) -> None:
    """You should see the edit dialog for KKR Nordjylland's tor 17. sep 2026 meeting with
    9.4.2026 typed as the date, 'tor 9. apr 2026' beside it, and the live preview
    'Udsendelse senest ons 1. apr 2026 - flyttet fra tor 2. apr (skærtorsdag); ...',
    the publication deadline, and two warnings (7 days from tor 16. apr; the dispatch
    deadline has passed). The dialog stands at the foot of the window: at 120x40 the
    whole chart (five councils, the legend) is in view above it."""
    assert snap_compare(demo_app(), press=["2", "e", *"9.4.2026"], terminal_size=size)


def test_cycle_edit_dialog_in_english(
    snap_compare: SnapCompare, demo_app: Callable[[], KkrApp], english: None
) -> None:
    """You should see the edit dialog in English with a space between every label and
    its value: 'Meeting type' (the longest label) then 'Council meeting', 'Joint with'
    then the four other councils' boxes, and the dispatch and minutes deadlines."""
    assert snap_compare(demo_app(), press=["2", "e"], terminal_size=(80, 24))


@pytest.mark.parametrize("size", SIZES, ids=SIZE_IDS)
def test_cycle_proposal_dialog(
    snap_compare: SnapCompare, demo_app: Callable[[], KkrApp], size: tuple[int, int]
) -> None:
    """You should see the 2027 proposal for KKR Nordjylland: the pattern line, five ◇
    Thursdays 09.30-12.30 (25 Feb, 15 Apr, 10 Jun, 16 Sep, 25 Nov 2027), each with its
    dispatch day and 'nær <last year's meeting>', and the buttons 'Gem 5 forslag' and
    'Annuller'."""
    assert snap_compare(demo_app(), press=["2", "right_square_bracket", "p"], terminal_size=size)


def test_cycle_proposed_year_saved(
    snap_compare: SnapCompare, demo_app: Callable[[], KkrApp]
) -> None:
    """You should see 2027 after accepting the proposal: Nordjylland's row with five ◇
    marks and their u/r deadlines, no '!' on Nordjylland (the others have one each),
    five 'foreslået' rows in the table, and a notification '5 foreslåede møder gemt i
    2027'."""
    assert snap_compare(
        demo_app(), press=["2", "right_square_bracket", "p", "enter"], terminal_size=(80, 24)
    )


@pytest.mark.parametrize("size", SIZES, ids=SIZE_IDS)
def test_cycle_pane_no_color(
    snap_compare: SnapCompare,
    demo_app: Callable[[], KkrApp],
    size: tuple[int, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """You should see the 2026 chart in black and white (NO_COLOR=1): every state still
    told apart by its shape (✓ ● ◑ ○ ◇ ✕), the deadlines by u/r, the selected council
    by ▶ and reverse video, the light column by ● ▲ ■."""
    monkeypatch.setenv("NO_COLOR", "1")
    assert snap_compare(demo_app(), press=["2"], terminal_size=size)
