"""The export dialog refuses the database's own files and symlinks, as `-o` does
(issue 19, point 3)."""

from __future__ import annotations

import asyncio
from pathlib import Path

from textual.widgets import Input, Static

from kkr_tui.store import Store
from kkr_tui.ui.screens.calendar_export_dialog import CalendarExportDialog
from tests.pilot import app_on


def test_the_export_dialog_refuses_the_database_and_a_symlink(
    demo_store: Store, tmp_path: Path
) -> None:
    before = demo_store.path.read_bytes()
    secret = tmp_path / "secret.txt"
    secret.write_text("keep")
    link = tmp_path / "kalender.ics"
    link.symlink_to(secret)
    app = app_on(demo_store)

    async def go() -> None:
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.press("2")
            await pilot.pause()
            await pilot.press("w")
            await pilot.pause()
            dialog = app.screen
            assert isinstance(dialog, CalendarExportDialog)
            field = dialog.query_one("#export-file", Input)
            for target, said in ((demo_store.path, "egne filer"), (link, "link")):
                field.focus()
                field.value = str(target)
                await pilot.pause()
                status = dialog.query_one("#export-status", Static)
                assert said in str(status.render())
                await pilot.press("enter")
                await app.workers.wait_for_complete()
                await pilot.pause()
                assert app.screen is dialog, "the dialog stays open"

    asyncio.run(go())
    assert demo_store.path.read_bytes() == before
    assert secret.read_text() == "keep"
