"""Snapshots of Udpegninger (pane 5) on the demo data as of the demo day (tor 10. sep 2026)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kkr_tui.ui.app import KkrApp
from tests.pilot import SnapCompare
from tests.snapshots.conftest import SIZES


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_appointments_pane(
    snap_compare: SnapCompare, demo_app: Callable[[], KkrApp], size: tuple[int, int]
) -> None:
    """You should see the search box ('/ søg i organer og personer'), the line '51 organer,
    111 pladser  Ledige pladser: 10', and the bodies with vacancies first: the five
    never-filled seats (252 d., Nordjylland's Sundhedssamarbejdsudvalget on top), then the
    five ended on 30 June (71 d.), then the rest by council and name with '-' under Ledige
    (at 120x40 also the Type column: udpegning/indstilling). Below the list the highlighted
    body's seats: holders with municipality and substitute, seat 4 'LEDIG (252 d.)'. The
    footer shows '1 2 3 4 5 Skift visning'."""
    assert snap_compare(demo_app(), press=["5"], terminal_size=size)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_body_screen(
    snap_compare: SnapCompare, demo_app: Callable[[], KkrApp], size: tuple[int, int]
) -> None:
    """You should see Nordjylland's Sundhedssamarbejdsudvalget: its kind, council, seats,
    period (tor 1. jan 2026-man 31. dec 2029), legal basis and contact, then its seats with
    the vacant seat 4 first ('LEDIG (252 d.)') and seats 1-3 with holder, municipality,
    substitute, period from ons 28. jan 2026 and state udpeget. The footer offers a Udpeg,
    e Redigér, o Ophør, m Møde."""
    assert snap_compare(demo_app(), press=["5", "enter"], terminal_size=size)
