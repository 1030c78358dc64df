"""Snapshots of the shared-database screens: the conflict dialog and the read-only banner."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot

from kkr_tui.store.demo import build_demo
from kkr_tui.ui.app import KkrApp
from kkr_tui.ui.screens.conflict_dialog import ConflictDialog, ConflictKind
from tests.pilot import SnapCompare, app_on, kkr_app
from tests.snapshots.conftest import SIZES


async def changed_meeting(pilot: Pilot[int]) -> None:
    """Bob moved the meeting to Kolding and shortened it; Alice had moved it to Vejle."""
    app = kkr_app(pilot)
    mine = app.snapshot.meetings_of("syddanmark")[3]
    theirs = mine.with_changes(place="Vejle Rådhus", rev=mine.rev + 1)
    mine = mine.with_changes(place="Kolding Rådhus", end=mine.end.subtract(hours=1))
    await app.push_screen(ConflictDialog(ConflictKind.CHANGED, mine, theirs))
    await pilot.pause()


async def deleted_contact(pilot: Pilot[int]) -> None:
    app = kkr_app(pilot)
    mine = app.snapshot.contacts[0].with_changes(title="Kontorchef")
    await app.push_screen(ConflictDialog(ConflictKind.DELETED, mine, None))
    await pilot.pause()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_conflict_dialog_changed(
    snap_compare: SnapCompare, demo_app: Callable[[], KkrApp], size: tuple[int, int]
) -> None:
    """You should see a red-bordered dialog 'Posten er ændret af en anden, mens du
    redigerede' with rows Slut and Sted: theirs 'Vejle Rådhus', mine 'Kolding Rådhus',
    and buttons 'Behold mine (m)', 'Tag deres (t)', 'Annullér (Esc)' (focused)."""
    assert snap_compare(demo_app(), run_before=changed_meeting, terminal_size=size)


def test_conflict_dialog_deleted(snap_compare: SnapCompare, demo_app: Callable[[], KkrApp]) -> None:
    """You should see 'Posten er slettet af en anden, mens du redigerede', my version's
    fields (Navn, Titel 'Kontorchef', ...) and buttons 'Gem min som ny (m)',
    'Accepter sletningen (t)', 'Annullér (Esc)'."""
    assert snap_compare(demo_app(), run_before=deleted_contact, terminal_size=(80, 24))


@pytest.fixture
def read_only_app(tmp_path: Path) -> Callable[[], KkrApp]:
    path = tmp_path / "demo.json"

    def factory() -> KkrApp:
        if not path.exists():
            build_demo(path)
            path.chmod(0o444)
        return app_on(path)

    return factory


def test_read_only_banner(snap_compare: SnapCompare, read_only_app: Callable[[], KkrApp]) -> None:
    """You should see the line 'Skrivebeskyttet: ændringer gemmes ikke' on a warning
    colour right under the header, above the councils table."""
    assert snap_compare(read_only_app(), terminal_size=(80, 24))
