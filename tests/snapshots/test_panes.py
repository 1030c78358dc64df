"""The four panes on the demo data as of the demo day (tor 10. sep 2026)."""

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


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_cycle_pane(snap_compare, demo_app: Callable[[], KkrApp], size) -> None:  # type: ignore[no-untyped-def]
    """You should see 'Årshjul' in the header and the 2026 meetings of the councils."""
    assert snap_compare(demo_app(), press=["2"], terminal_size=size)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_agenda_pane(snap_compare, demo_app: Callable[[], KkrApp], size) -> None:  # type: ignore[no-untyped-def]
    """You should see 'Dagsordener' and the open (not published, not cancelled) meetings."""
    assert snap_compare(demo_app(), press=["3"], terminal_size=size)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_contacts_pane(snap_compare, demo_app: Callable[[], KkrApp], size) -> None:  # type: ignore[no-untyped-def]
    """You should see 'Kontakter' and the contacts sorted by name, including the seed's
    Haukur Thorsteinsson (hast@kl.dk)."""
    assert snap_compare(demo_app(), press=["4"], terminal_size=size)
