"""The first hour: a new, empty database says it was made and what to do first."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Static

from kkr_tui.store.demo import DEMO_TODAY
from kkr_tui.ui.app import KkrApp, make_app
from tests.pilot import Notices, pilot_test, wait_until


def overview_text(app: KkrApp) -> str:
    attention = app.screen.query_one("#overview-attention", Static)
    detail = app.screen.query_one("#overview-detail", Static)
    return f"{attention.render()}\n{detail.render()}"


@pilot_test
async def test_a_new_database_says_it_was_made_and_what_to_do_first(
    tmp_path: Path, notices: Notices
) -> None:
    db = tmp_path / "kkr.json"
    app = make_app(db, DEMO_TODAY, cursor_blink=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(pilot, lambda: "Kom i gang" in overview_text(app), "the first steps")
        text = overview_text(app)
        assert "Alle råd er i rute" not in text
        assert "1. Registrér medlemmerne" in text
        assert "2. Planlæg årets møder: 2 (Årshjul), derefter p" in text
        # The seed holds the secretariats' contacts, so no contacts step here.
        assert "Tilføj kontakter" not in text
        assert f"Ny database oprettet: {db}" in notices.texts()


@pilot_test
async def test_an_existing_database_is_not_announced_as_new(
    tmp_path: Path, notices: Notices
) -> None:
    db = tmp_path / "kkr.json"
    make_app(db, DEMO_TODAY)  # makes the file
    app = make_app(db, DEMO_TODAY, cursor_blink=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(pilot, lambda: "Kom i gang" in overview_text(app), "the first steps")
        assert not [note for note in notices.texts() if "Ny database" in note]


@pilot_test
async def test_the_demo_shows_no_first_steps(demo_app: KkrApp) -> None:
    async with demo_app.run_test(size=(80, 24)) as pilot:
        await wait_until(pilot, lambda: overview_text(demo_app).strip() != "", "Oversigt")
        assert "Kom i gang" not in overview_text(demo_app)
