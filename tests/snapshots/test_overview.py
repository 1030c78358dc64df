"""Snapshots of Oversigt (pane 1) on the demo data as of the demo day (tor 10. sep 2026)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kkr_tui.ui.app import KkrApp
from tests.snapshots.conftest import SIZES


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_overview_pane(snap_compare, demo_app: Callable[[], KkrApp], size) -> None:  # type: ignore[no-untyped-def]
    """You should see the header 'KKR  Oversigt ... DEMO pr. tor 10. sep 2026', the five
    councils with members/seats (e.g. 6/22 for Nordjylland), municipality counts and the
    next meeting, the total line '98 kommuner, 196 pladser', and the footer keys 1-4, q."""
    assert snap_compare(demo_app(), terminal_size=size)
