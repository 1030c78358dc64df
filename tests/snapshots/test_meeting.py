"""Snapshots of the meeting screen on the demo data as of the demo day (tor 10. sep 2026):
a green, an amber and a red meeting, and the dispatch dialog with a late reason."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from textual.pilot import Pilot

from kkr_tui.domain.models import Series
from kkr_tui.ui.app import KkrApp
from tests.pilot import RunBefore, SnapCompare, kkr_app
from tests.snapshots.conftest import SIZES


def opening(council: str, day: str, *keys: str) -> RunBefore:
    """A run_before that opens the KKR meeting of `council` on `day`, then presses keys."""

    async def run_before(pilot: Pilot[int]) -> None:
        app = kkr_app(pilot)
        meeting = next(
            m
            for m in app.snapshot.meetings
            if m.council == council and m.day.isoformat() == day and m.series is Series.KKR
        )
        app.open_meeting(meeting.id)
        await pilot.pause()
        for key in keys:
            await pilot.press(key)
        await pilot.pause()

    return run_before


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_meeting_green(
    snap_compare: SnapCompare, demo_app: Callable[[], KkrApp], size: tuple[int, int]
) -> None:
    """You should see KKR Hovedstaden tir 22. sep 2026, 'Parathed: ● grøn', material and
    review '✓ udført', dispatch '○ om 3 arbejdsdage' with 'tir 15. sep 2026 - mødedagen
    minus 7 dage', the publication line, 'Klar til udsendelse ... [d]', and the eight items
    in the standard frame (item 5 'udsat'); the footer offers a, e, >< Status, u, d.
    """
    assert snap_compare(
        demo_app(), run_before=opening("hovedstaden", "2026-09-22"), terminal_size=size
    )


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_meeting_amber(
    snap_compare: SnapCompare, demo_app: Callable[[], KkrApp], size: tuple[int, int]
) -> None:
    """You should see KKR Nordjylland tor 17. sep 2026, 'Parathed: ▲ gul', the dispatch
    line '▲ frist i dag' (tor 10. sep 2026), 'Ingen ansvarlig for punkt 3. [e]' and
    'Dagsordenen skal ud senest tor 10. sep. [d]'; item 3 shows '(ingen)' responsible.
    """
    assert snap_compare(
        demo_app(), run_before=opening("nordjylland", "2026-09-17"), terminal_size=size
    )


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_meeting_red(
    snap_compare: SnapCompare, demo_app: Callable[[], KkrApp], size: tuple[int, int]
) -> None:
    """You should see KKR Syddanmark man 14. sep 2026, 'Parathed: ■ rød', three lines
    '■ overskredet med 13 / 6 / 3 arbejdsdage' each with its day and rule, what is
    missing (material for item 5, approval of items 4 and 8, no responsible for item 8,
    the dispatch) with the keys, and the ten items with their states. At 80x24 the part
    above the items scrolls (its scrollbar at the right, the last steps below its fold),
    so the items and the whole item detail fit without the screen scrolling under the
    footer; a detail too long for its four lines ends in '…'.
    """
    assert snap_compare(
        demo_app(), run_before=opening("syddanmark", "2026-09-14"), terminal_size=size
    )


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_dispatch_dialog_late(
    snap_compare: SnapCompare, demo_app: Callable[[], KkrApp], size: tuple[int, int]
) -> None:
    """You should see the dialog 'Udsend dagsorden · KKR Syddanmark · man 14. sep 2026':
    'Frist: man 7. sep 2026 - mødedagen minus 7 dage', 'Udsendt den tor 10. sep 2026',
    '3 arbejdsdage efter fristen: skriv begrundelsen.', the reason 'Sygdom i sekretariatet',
    the four blockers (items 4, 5, 8 not approved; item 8 no responsible), the empty
    'Send alligevel' field (its hint 'begrundelse: hvorfor dagsordenen sendes trods det'
    in grey), and the buttons 'Registrér udsendt' and 'Annuller'.
    """
    keys = ["d", "tab", *"Sygdom i sekretariatet"]
    assert snap_compare(
        demo_app(), run_before=opening("syddanmark", "2026-09-14", *keys), terminal_size=size
    )


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_meeting_with_content(
    snap_compare: SnapCompare, demo_app: Callable[[], KkrApp], size: tuple[int, int]
) -> None:
    """You should see KKR Sjælland fre 11. sep 2026 (dispatched) with item 4 'Kapacitet
    på det specialiserede socialområde' highlighted; under the table its line, then
    'Lukket punkt · Bilag: 1 · Den årlige udviklingsstrategi ...' (its resumé).
    """
    assert snap_compare(
        demo_app(),
        run_before=opening("sjaelland", "2026-09-11", "down", "down", "down"),
        terminal_size=size,
    )


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_case_text_editor(
    snap_compare: SnapCompare, demo_app: Callable[[], KkrApp], size: tuple[int, int]
) -> None:
    """You should see the editor 'Sagsfremstilling · punkt 3 Kapacitet på det
    specialiserede socialområde' over KKR Sjælland fre 27. nov 2026: the hint about
    blank lines and '- ' bullets, the three paragraphs of the case text, the cursor
    after '... igangværende forhandlinger.' (the end), and the buttons Gem and Annuller.
    """
    assert snap_compare(
        demo_app(),
        run_before=opening("sjaelland", "2026-11-27", "down", "down", "t"),
        terminal_size=size,
    )


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_item_dialog_with_content(
    snap_compare: SnapCompare, demo_app: Callable[[], KkrApp], size: tuple[int, int]
) -> None:
    """You should see 'Ret · punkt 3 Kapacitet på det specialiserede socialområde' (KKR
    Sjælland fre 27. nov 2026): title, type, area, responsible, 'Lukket punkt' unticked,
    then the Resumé, Sagsfremstilling and Indstilling boxes, each scrolled to the end of
    its text (where the cursor is), and the buttons Gem and Annuller; within 80x24.
    """
    assert snap_compare(
        demo_app(),
        run_before=opening("sjaelland", "2026-11-27", "down", "down", "e"),
        terminal_size=size,
    )


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_attendance_dialog(
    snap_compare: SnapCompare, demo_app: Callable[[], KkrApp], size: tuple[int, int]
) -> None:
    """You should see 'Fremmøde · KKR Syddanmark · man 15. jun 2026' over the 44 members,
    the chair and vice chair first, with the attendance the demo recorded; the first
    marked 'deltog', the second 'afbud' (changed here). Names and municipalities are
    whole (no '…'); the dialog takes 96% of the width (120 columns at most), at 120x40
    with the Rolle column. The summary reads '38 deltog · 3 ved suppleant · 3 afbud ·
    0 mangler'."""
    assert snap_compare(
        demo_app(),
        run_before=opening("syddanmark", "2026-06-15", "f", "d", "a"),
        terminal_size=size,
    )
