"""Hostile text in the database shows literally: markup, escapes, controls, bidi overrides.

The database holds council names, contacts and a file name crafted to act on a
terminal or on Rich/Textual markup. Every one must appear as plain characters
(escape as '␛', other controls and bidi marks as '�'); nothing turns red, bold or
into a link, nothing is cleared or copied to the clipboard, and the app does not quit.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot

from kkr_tui.domain.models import Contact, Council
from kkr_tui.store import Store
from kkr_tui.store.demo import build_demo
from kkr_tui.ui.app import KkrApp
from kkr_tui.ui.screens.conflict_dialog import ConflictDialog, ConflictKind
from tests.pilot import SnapCompare, app_on, kkr_app

# Fixed and longer than the header shows, so the tmp folder above it never appears.
FOLDER = "delt-mappe-" + "x" * 100
FILE = "[b]møder[/b]\x1b[31m\u202e.json"

COUNCIL_NAMES = {
    "nordjylland": "[red]KKR Nordjylland[/red]",
    "midtjylland": "KKR \x1b[31mMidtjylland\x1b[0m",
    "syddanmark": "[@click=app.quit]KKR Syddanmark[/]",
    "hovedstaden": "KKR \u202eneddatsevoH",
    "sjaelland": "KKR Sjælland\x9b2J\x07",
}
HOSTILE_CONTACTS = [
    Contact(
        name="[bold]Hanne[/bold] \x1b]8;;https://evil.example\x1b\\klik\x1b]8;;\x1b\\",
        title="\x1b]52;c;ZXZpbA==\x07Chef",
        unit="[link=https://evil.example]Enhed[/link]",
        email="aaa@eksempel.dk",
    ),
    Contact(name="Aage \x1b[2J\x1b[H Ryd-skærm", title="\u2066Isoleret\u2069", unit="Tab\there"),
]


def build_hostile(path: Path) -> Store:
    store = build_demo(path)
    with store.transaction() as tx:
        for council in tx.all(Council):
            tx.update(council.with_changes(name=COUNCIL_NAMES[council.slug]))
        for contact in HOSTILE_CONTACTS:
            tx.add(contact)
    return store


@pytest.fixture
def hostile_app(tmp_path: Path) -> Callable[[], KkrApp]:
    folder = tmp_path / FOLDER
    folder.mkdir()
    path = folder / FILE

    def factory() -> KkrApp:
        store = build_hostile(path) if not path.exists() else None
        return app_on(store or path, demo=False)

    return factory


@pytest.mark.parametrize("pane", ["1", "2", "3", "4"])
def test_hostile_text_in_panes(
    snap_compare: SnapCompare, hostile_app: Callable[[], KkrApp], pane: str
) -> None:
    """You should see the council names and contacts with their brackets and tags as
    plain text ('[red]KKR Nordjylland[/red]', '[@click=app.quit]KKR Syddanmark[/]'),
    escapes as '␛[31m', other controls and bidi marks as '�', in the default colours;
    the header ends with the file name '…[b]møder[/b]␛[31m�.json'."""
    assert snap_compare(hostile_app(), press=[pane], terminal_size=(80, 24))


def test_hostile_text_in_the_conflict_dialog(
    snap_compare: SnapCompare, hostile_app: Callable[[], KkrApp]
) -> None:
    """You should see the conflict dialog with 'Sted': theirs '␛[2JVejle' and mine
    '[red]Kolding[/red]', both literal; the screen behind it is intact."""

    async def open_dialog(pilot: Pilot[int]) -> None:
        app = kkr_app(pilot)
        mine = app.snapshot.meetings_of("syddanmark")[3]
        theirs = mine.with_changes(place="\x1b[2JVejle", rev=mine.rev + 1)
        mine = mine.with_changes(place="[red]Kolding[/red]")
        await app.push_screen(ConflictDialog(ConflictKind.CHANGED, mine, theirs))
        await pilot.pause()

    assert snap_compare(hostile_app(), run_before=open_dialog, terminal_size=(80, 24))


def test_hostile_text_on_the_meeting_screen(
    snap_compare: SnapCompare, hostile_app: Callable[[], KkrApp]
) -> None:
    """You should see the meeting screen of the meeting under Årshjul's cursor
    (Nordjylland, 17 Sep): the header shows the council literally as
    '[red]KKR Nordjylland[/red] · tor 17. sep 2026', in the default colours, and the
    file name '…[b]møder[/b]␛[31m�.json'."""
    assert snap_compare(hostile_app(), press=["2", "enter"], terminal_size=(100, 30))
