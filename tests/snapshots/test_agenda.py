"""Snapshots of Dagsordener (pane 3) on the demo data as of the demo day (tor 10. sep 2026)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kkr_tui.ui.app import KkrApp
from tests.pilot import SnapCompare
from tests.snapshots.conftest import SIZES


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_agenda_pane(
    snap_compare: SnapCompare, demo_app: Callable[[], KkrApp], size: tuple[int, int]
) -> None:
    """You should see 'Dagsordener' with the filter line (r råd, s type, t status, / søg,
    17 møder), the meetings most urgent first: Syddanmark's June minutes '■ rød' and
    '58 for sent' on top, then Syddanmark 14 Sep and Midtjylland 18 Sep red, Nordjylland
    17 Sep '▲ gul' 'Udsendelse' 'i dag', Hovedstaden 22 Sep '● grøn' 'om 3'; the finished
    chairmanship meetings last with '·' and 'intet mangler'. Below the table, what the
    highlighted (first) meeting is missing. At 120x40 also Status, Frist and Punkter.
    """
    assert snap_compare(demo_app(), press=["3"], terminal_size=size)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_agenda_pane_filtered(
    snap_compare: SnapCompare, demo_app: Callable[[], KkrApp], size: tuple[int, int]
) -> None:
    """You should see the filter line with 'KKR Nordjylland' and 'KKR-møde' highlighted,
    'a nulstil', and only Nordjylland's KKR meetings: 17 Sep '▲ gul' and 26 Nov '● grøn'.
    """
    assert snap_compare(demo_app(), press=["3", "r", "s"], terminal_size=size)
