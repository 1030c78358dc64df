"""Snapshot of the export dialog (`w` on the meeting screen) on the demo data.

HOME points at a folder of the test's own, so the default path reads ~/... whatever
machine runs the test.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import RadioButton

from kkr_tui.domain.models import Series
from kkr_tui.ui.app import KkrApp
from tests.pilot import kkr_app


async def minutes_of_sjaelland(pilot: Pilot[int]) -> None:
    app = kkr_app(pilot)
    meeting = next(
        m
        for m in app.snapshot.meetings
        if m.council == "sjaelland" and m.day.isoformat() == "2026-09-11" and m.series is Series.KKR
    )
    app.open_meeting(meeting.id)
    await pilot.pause()
    await pilot.press("w")
    await pilot.pause()
    minutes = next(b for b in app.screen.query(RadioButton) if b.name == "minutes")
    await pilot.click(minutes)
    await pilot.pause()


def test_export_dialog_minutes_not_ready(
    snap_compare: Callable[..., bool],
    demo_app: Callable[[], KkrApp],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """You should see, over the meeting screen of KKR Sjælland fre 11. sep 2026, the box
    'Eksportér til fil' with 'KKR Sjælland · KKR-møde · fre 11. sep 2026 ...',
    'Beslutningsreferat' chosen over 'Dagsorden', 'Markdown' chosen of Markdown/HTML/
    Tekst, the unticked 'Udkast' box 'Lav et udkast (markeret UDKAST)', the note
    'Mangler beslutning: punkt 1 'Regional udviklingsstrategi'; punkt 2 ...; punkt 5
    ...' and in red 'Referatet er ikke klar ...', the file
    '~/kkr-sjaelland-2026-09-11-referat.md' with 'Ny fil: ~/...' under it, and the
    buttons Gem and Annuller; the meeting screen's footer below offers 'w Eksportér'.
    """
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    assert snap_compare(demo_app(), run_before=minutes_of_sjaelland, terminal_size=(80, 24))
