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
    meeting, members/seats (all full: 44/44, 38/38, 22/22, 58/58, 34/34, no ⚠) and the
    Fmd./Næstfmd. names. At 120x40 rows have three lines: the light and '+3 for sent' under
    the council's name, the venue under the meeting (only Aalborg's cut with '…'), the
    chairs' names whole. Below the table Syddanmark's detail (chairs, the late minutes with
    dates, 'Næste møde: man 14. sep 2026 kl. 09.00, Regionshuset, Damhaven 12, 7100
    Vejle'); at 120x40 then 'Kommende frister og møder', soonest first from Nordjylland's
    dispatch today, down to '… og 51 flere'; at the bottom the total '98 kommuner · 196
    pladser · 196 medlemmer registreret'. Nothing runs off the right edge."""
    assert snap_compare(demo_app(), terminal_size=size)
