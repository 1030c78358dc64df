"""Snapshots of the shared-database screens: the conflict dialog and the read-only banner."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from kkr_tui.store.demo import DEMO_TODAY, build_demo
from kkr_tui.ui.app import KkrApp, make_app
from kkr_tui.ui.screens.conflict_dialog import ConflictDialog, ConflictKind
from tests.snapshots.conftest import SIZES


async def changed_meeting(pilot) -> None:  # type: ignore[no-untyped-def]
    """Bob moved the meeting to Kolding and shortened it; Alice had moved it to Vejle."""
    app = pilot.app
    mine = app.snapshot.meetings_of("syddanmark")[3]
    theirs = mine.with_changes(place="Vejle Rådhus", rev=mine.rev + 1)
    mine = mine.with_changes(place="Kolding Rådhus", end=mine.end.subtract(hours=1))
    await app.push_screen(ConflictDialog(ConflictKind.CHANGED, mine, theirs))
    await pilot.pause()


async def deleted_contact(pilot) -> None:  # type: ignore[no-untyped-def]
    app = pilot.app
    mine = app.snapshot.contacts[0].with_changes(title="Kontorchef")
    await app.push_screen(ConflictDialog(ConflictKind.DELETED, mine, None))
    await pilot.pause()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_conflict_dialog_changed(snap_compare, demo_app: Callable[[], KkrApp], size) -> None:  # type: ignore[no-untyped-def]
    """You should see a red-bordered dialog 'Posten er ændret af en anden, mens du
    redigerede' with rows Slut and Sted: theirs 'Vejle Rådhus', mine 'Kolding Rådhus',
    and buttons 'Behold mine (m)', 'Tag deres (t)', 'Annullér (Esc)' (focused)."""
    assert snap_compare(demo_app(), run_before=changed_meeting, terminal_size=size)


def test_conflict_dialog_deleted(snap_compare, demo_app: Callable[[], KkrApp]) -> None:  # type: ignore[no-untyped-def]
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
        return make_app(path, DEMO_TODAY, demo=True, cursor_blink=False)

    return factory


def test_read_only_banner(snap_compare, read_only_app: Callable[[], KkrApp]) -> None:  # type: ignore[no-untyped-def]
    """You should see the line 'Skrivebeskyttet: ændringer gemmes ikke' on a warning
    colour right under the header, above the councils table."""
    assert snap_compare(read_only_app(), terminal_size=(80, 24))
