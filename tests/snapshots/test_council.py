"""Snapshots of the council screen (Enter on a council in Oversigt), demo data, demo day."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from textual.pilot import Pilot

from kkr_tui.ui.app import KkrApp
from tests.pilot import SnapCompare
from tests.snapshots.conftest import SIZES

# Oversigt sorts by attention: Syddanmark, Midtjylland, Nordjylland, ... on the demo day.
TO_NORDJYLLAND = ["down", "down", "enter"]


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_council_screen(
    snap_compare: SnapCompare, demo_app: Callable[[], KkrApp], size: tuple[int, int]
) -> None:
    """You should see 'KKR Nordjylland · Region Nordjylland' in the header; '22 pladser · 6
    medlemmer registreret · 11 kommuner · 1 suppleant'; 'Formand: Anna Eksempel (Aalborg) ·
    Næstformand: Bo Fiktivsen (Brønderslev)'; the warning '⚠ 6 kommuner uden registreret
    borgmester: Læsø, ...'; the members (formand, næstformand, three borgmestre, a medlem, and Tina
    Modelgaard as substitute for Frank Testrup, last), Borgmester 'ja' for the mayors; the
    secretariat (Anna Eksempel, Haukur Thorsteinsson) and the coming meetings with their
    lights (17 Sep amber, dispatch due today). Footer: esc Tilbage, a Nyt medlem, e Ret,
    d Fjern, c Kopiér e-mail."""
    assert snap_compare(demo_app(), press=TO_NORDJYLLAND, terminal_size=size)


def test_member_dialog_typo(snap_compare: SnapCompare, demo_app: Callable[[], KkrApp]) -> None:
    """You should see the 'Nyt medlem af KKR Nordjylland' dialog with Navn 'Ida Prøve',
    Kommune 'Alborg', Rolle borgmester (the mayor box checked and disabled) and the error
    "Kommune: 'Alborg' er ikke en kommune i KKR Nordjylland; mente du 'Aalborg'?" above
    the buttons, with the Kommune field marked."""

    async def add(pilot: Pilot[int]) -> None:
        await pilot.press(*TO_NORDJYLLAND, "a")
        await pilot.pause()
        await pilot.press(*"Ida Prøve", "tab", *"Alborg", "enter")
        await pilot.pause()

    assert snap_compare(demo_app(), run_before=add, terminal_size=(80, 24))
