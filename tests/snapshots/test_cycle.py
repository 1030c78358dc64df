"""Snapshots of Årshjul (pane 2) on the demo data as of the demo day (tor 10. sep 2026)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kkr_tui.ui.app import KkrApp
from tests.snapshots.conftest import SIZES


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_cycle_pane(snap_compare, demo_app: Callable[[], KkrApp], size) -> None:  # type: ignore[no-untyped-def]
    """You should see 'Årshjul' in the header and the 2026 meetings of the councils."""
    assert snap_compare(demo_app(), press=["2"], terminal_size=size)
