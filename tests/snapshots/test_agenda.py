"""Snapshots of Dagsordener (pane 3) on the demo data as of the demo day (tor 10. sep 2026)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kkr_tui.ui.app import KkrApp
from tests.snapshots.conftest import SIZES


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_agenda_pane(snap_compare, demo_app: Callable[[], KkrApp], size) -> None:  # type: ignore[no-untyped-def]
    """You should see 'Dagsordener' and the open (not published, not cancelled) meetings."""
    assert snap_compare(demo_app(), press=["3"], terminal_size=size)
