"""Snapshots of Kontakter (pane 4) on the demo data as of the demo day (tor 10. sep 2026)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from kkr_tui.ui.app import KkrApp
from tests.pilot import SnapCompare
from tests.snapshots.conftest import SIZES


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_contacts_pane(
    snap_compare: SnapCompare, demo_app: Callable[[], KkrApp], size: tuple[int, int]
) -> None:
    """You should see the search box (placeholder '/ søg i navn, ...'), the filter line
    'Råd (r): alle  Organisation (o): alle  15 af 15 kontakter', all contacts sorted by name
    (Anna Eksempel first, the seed's Haukur Thorsteinsson with hast@kl.dk). At 80x24 name,
    e-mail (every address whole), phone (a +45 number cut with '…') and council; at 120x40
    two lines a contact, name over title, organisation over unit, e-mail over phone,
    council over '(sekr.)', nothing cut. Below the list Anna
    Eksempel in full: title, KL, unit, e-mail, phone, 'sekretariat for KKR Nordjylland' and
    the agenda items she is responsible for."""
    assert snap_compare(demo_app(), press=["4"], terminal_size=size)


def test_contacts_search(snap_compare: SnapCompare, demo_app: Callable[[], KkrApp]) -> None:
    """You should see 'nord' in the search box (with the cursor), '2 af 15 kontakter' and only
    the two contacts of KKR Nordjylland, Anna Eksempel (highlighted, in full below the list)
    and Haukur Thorsteinsson; the footer offers ⏎ Til listen and esc Ryd søgning."""
    assert snap_compare(
        demo_app(), press=["4", "slash", "n", "o", "r", "d"], terminal_size=(80, 24)
    )


def test_contact_dialog_error(snap_compare: SnapCompare, demo_app: Callable[[], KkrApp]) -> None:
    """You should see the 'Ret kontakt' dialog for Anna Eksempel with the e-mail changed to
    'anna@' and, above the buttons, the record's own message 'E-mail: 'anna@' er ikke en
    gyldig e-mailadresse'; the e-mail field is marked and has the cursor."""

    async def edit(pilot: Pilot[int]) -> None:
        await pilot.press("4", "e")
        await pilot.pause()
        pilot.app.screen.query_one("#contact-email", Input).value = "anna@"
        await pilot.press("ctrl+s")
        await pilot.pause()

    assert snap_compare(demo_app(), run_before=edit, terminal_size=(80, 24))
