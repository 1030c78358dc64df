"""Snapshots of Oversigt (pane 1) on the demo data as of the demo day (tor 10. sep 2026)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kkr_tui.ui.app import KkrApp
from tests.pilot import SnapCompare
from tests.snapshots.conftest import SIZES


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_overview_pane(
    snap_compare: SnapCompare, demo_app: Callable[[], KkrApp], size: tuple[int, int]
) -> None:
    """You should see 'Kræver opmærksomhed: ■ KKR Syddanmark, ■ KKR Midtjylland, ▲ KKR
    Nordjylland' on top; the councils sorted red, amber, green: Syddanmark first (Referat of
    the 15 Jun meeting 58 working days late, +3 more late), Midtjylland (chair review 2 days
    late), Nordjylland (dispatch today), Hovedstaden and Sjælland green; each with its next
    meeting, members/seats (6/22 ...), a ⚠ warning count and Fm./Nfm. names (Syddanmark has no
    vice chair: 'Nfm. –'). At 120x40 rows have three lines, a Parathed column and places.
    Below the table Syddanmark's detail (chairs, the late minutes with dates, the
    municipalities without a mayor) and at the bottom the total '98 kommuner · 196 pladser ·
    30 medlemmer registreret'. Nothing runs off the right edge."""
    assert snap_compare(demo_app(), terminal_size=size)
