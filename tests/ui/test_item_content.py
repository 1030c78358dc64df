"""Issue 16 in the app at 80x24, by keyboard: `s` gives the standard frame, `t` writes
an item's case text (the editor opens with the cursor at the end), `l` attaches a PDF,
and `w` writes the agenda package and the public PDF with no word of a closed item."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader
from textual.widgets import Input, RadioButton, TextArea

from kkr_tui.store import Store
from kkr_tui.ui.screens.attach_dialog import AttachDialog
from kkr_tui.ui.screens.document_export_dialog import DocumentExportDialog
from kkr_tui.ui.screens.text_editor import CaseTextDialog
from tests.pilot import app_on, pilot_test
from tests.ui.agenda_support import (
    SIZE,
    find_meeting,
    items_of,
    open_meeting,
    select_item,
    settle,
)
from tests.unit.documents_helpers import make_pdf

# The KKR frame's closing items (its opening ones start "Godkendelse af").
FRAME_TAIL = ("Siden sidst / Meddelelser", "Eventuelt")


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "home"
    folder.mkdir()
    monkeypatch.setenv("HOME", str(folder))
    return folder


@pilot_test
async def test_frame_case_text_attachment_and_package_by_keyboard(
    demo_store: Store, tmp_path: Path, home: Path
) -> None:
    meeting = find_meeting(demo_store, "sjaelland", "2026-11-27")
    for item in items_of(demo_store, meeting.id):  # written without the standard items
        if item.title.startswith("Godkendelse af") or item.title in FRAME_TAIL:
            demo_store.delete(item)
    before = len(items_of(demo_store, meeting.id))
    pdf = make_pdf(tmp_path / "notat.pdf", "Notat")
    app = app_on(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        await open_meeting(pilot, meeting.id)
        await pilot.press("s")
        await settle(pilot)
        items = items_of(demo_store, meeting.id)
        assert len(items) == before + 4
        assert items[0].title == "Godkendelse af dagsorden" and items[-1].title == "Eventuelt"

        await select_item(pilot, 3)
        original = items_of(demo_store, meeting.id)[2].case_text
        await pilot.press("t")
        await pilot.pause()
        editor = app.screen
        assert isinstance(editor, CaseTextDialog)
        area = editor.query_one(TextArea)
        assert area.cursor_location == area.document.end  # goes on where the text ends
        await pilot.press("enter", "enter", *"Nyt afsnit.")
        await pilot.press("ctrl+s")
        await settle(pilot)
        third = items_of(demo_store, meeting.id)[2]
        assert third.case_text == f"{original}\n\nNyt afsnit."

        await pilot.press("l")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, AttachDialog)
        dialog.query_one("#attach-file", Input).value = str(pdf)
        await pilot.press("tab", *"Notat om sagen", "ctrl+s")
        await settle(pilot)
        third = items_of(demo_store, meeting.id)[2]
        assert [a.title for a in third.attachments] == ["Notat om sagen"]

        await pilot.press("w")
        await pilot.pause()
        export = app.screen
        assert isinstance(export, DocumentExportDialog)
        package = next(b for b in export.query(RadioButton) if b.name == "package")
        await pilot.click(package)
        await pilot.pause()
        target = tmp_path / "pakke.zip"
        field = export.query_one("#export-file", Input)
        field.focus()
        field.value = str(target)
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
    with zipfile.ZipFile(target) as archive:
        assert archive.read("Bilag 3.1 - Notat om sagen.pdf") == pdf.read_bytes()


@pilot_test
async def test_a_refused_file_is_said_in_the_dialog(demo_store: Store, tmp_path: Path) -> None:
    meeting = find_meeting(demo_store, "sjaelland", "2026-11-27")
    app = app_on(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        await open_meeting(pilot, meeting.id)
        await pilot.press("l")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, AttachDialog)
        dialog.query_one("#attach-file", Input).value = str(tmp_path / "mangler.pdf")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is dialog
        assert "mangler.pdf: filen findes ikke" in str(dialog.query_one("#dialog-error").render())


@pilot_test
async def test_public_pdf_from_the_dialog_hides_the_closed_item(
    demo_store: Store, tmp_path: Path, home: Path
) -> None:
    meeting = find_meeting(demo_store, "sjaelland", "2026-09-11")
    item = items_of(demo_store, meeting.id)[1]
    demo_store.update(item.with_changes(closed=True, case_text="Hemmeligholdt indhold."))
    app = app_on(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        await open_meeting(pilot, meeting.id)
        await pilot.press("w")
        await pilot.pause()
        export = app.screen
        assert isinstance(export, DocumentExportDialog)
        for name in ("pdf", "public"):
            await pilot.click(next(b for b in export.query(RadioButton) if b.name == name))
            await pilot.pause()
        field = export.query_one("#export-file", Input)
        assert field.value.endswith("-dagsorden-offentlig.pdf")
        target = tmp_path / "offentlig.pdf"
        field.focus()
        field.value = str(target)
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(target.read_bytes())).pages)
    assert "Lukket punkt" in text and "Hemmeligholdt" not in text and item.title not in text


@pilot_test
async def test_an_attachment_is_removed_from_the_app_and_its_file_kept(
    demo_store: Store, tmp_path: Path
) -> None:
    from textual.widgets import Select

    from kkr_tui.store.attachments import stored_path

    meeting = find_meeting(demo_store, "sjaelland", "2026-09-11")
    first = items_of(demo_store, meeting.id)[2]  # the first case, after the frame's two
    assert len(first.attachments) == 2
    app = app_on(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        await open_meeting(pilot, meeting.id)
        await select_item(pilot, 3)
        await pilot.press("l")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, AttachDialog)
        dialog.query_one("#attach-remove", Select).value = 1
        await pilot.press("ctrl+s")
        await settle(pilot)
    after = items_of(demo_store, meeting.id)[2]
    assert [a.title for a in after.attachments] == [first.attachments[1].title]
    assert stored_path(demo_store.path, first.attachments[0]).is_file()


@pilot_test
async def test_the_export_dialog_never_writes_over_the_database(
    demo_store: Store, home: Path
) -> None:
    meeting = find_meeting(demo_store, "sjaelland", "2026-09-11")
    before = demo_store.path.read_bytes()
    app = app_on(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        await open_meeting(pilot, meeting.id)
        await pilot.press("w")
        await pilot.pause()
        export = app.screen
        assert isinstance(export, DocumentExportDialog)
        field = export.query_one("#export-file", Input)
        field.focus()
        field.value = str(demo_store.path)
        await pilot.press("enter")
        await pilot.pause()
        if app.screen is not export:  # "replace the existing file?" - yes
            await pilot.press("enter")
            await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        errors = str(export.query_one("#dialog-errors").render())
        # Refused as one of the database's own files (kkr_tui.store.owned), whoever asks.
        assert "databasens egne filer" in errors
    assert demo_store.path.read_bytes() == before


@pilot_test
async def test_attachment_titles_are_shown_literally(demo_store: Store) -> None:
    from dataclasses import replace

    from textual.widgets import Select

    meeting = find_meeting(demo_store, "sjaelland", "2026-09-11")
    item = items_of(demo_store, meeting.id)[2]  # the first case, with attachments
    hostile = replace(item.attachments[0], title="[red]x[/red] [@click=quit]")
    demo_store.update(item.with_changes(attachments=(hostile,)))
    app = app_on(demo_store)
    async with app.run_test(size=SIZE) as pilot:
        await open_meeting(pilot, meeting.id)
        await select_item(pilot, 3)
        await pilot.press("l")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, AttachDialog)
        shown = str(dialog.query_one("#attach-current").render())
        assert "Bilag 3.1: [red]x[/red] [@click=quit]" in shown
        dialog.query_one("#attach-remove", Select).focus()
        await pilot.press("enter")  # the list of attachments to remove opens
        await pilot.pause()
        drawn = app.export_screenshot()
        assert drawn.count("[red]x[/red]") == 2  # in the list above and in the choices
