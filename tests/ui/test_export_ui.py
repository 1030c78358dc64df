"""Export from the UI (`w` on the meeting screen and on the Årshjul), on the demo data.

The file written must be byte for byte what `kkr export` writes for the same choice;
a refusal, a cancel or a failure writes nothing (and leaves an existing file as it was).
HOME points at a folder of the test's own, so the dialog's default (~/...) never
touches the real home folder.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
from icalendar import Calendar
from textual import events
from textual.command import CommandPalette
from textual.pilot import Pilot
from textual.widgets import Checkbox, Input, RadioButton, RadioSet, Static

from kkr_tui.cli import main
from kkr_tui.domain.models import MeetingState, Series
from kkr_tui.exports import output
from kkr_tui.exports.csvfiles import csv_export
from kkr_tui.exports.ics import CalendarOptions, calendar_feed
from kkr_tui.i18n import os_reason
from kkr_tui.store import Store
from kkr_tui.store.demo import DEMO_TODAY
from kkr_tui.ui.app import KkrApp
from kkr_tui.ui.panes.cycle import CyclePane
from kkr_tui.ui.screens import export_dialog
from kkr_tui.ui.screens.calendar_export_dialog import CalendarExportDialog
from kkr_tui.ui.screens.document_export_dialog import DocumentExportDialog
from kkr_tui.ui.screens.export_dialog import ExportDialog
from kkr_tui.ui.screens.form_dialog import ConfirmDialog
from kkr_tui.ui.screens.meeting import MeetingScreen
from tests.pilot import Notices, kkr_app, palette_results, pilot_test, wait_until
from tests.unit.exports_helpers import agenda_document, minutes_document

SIZE = (80, 24)


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "home"
    folder.mkdir()
    monkeypatch.setenv("HOME", str(folder))
    return folder


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "ud"
    folder.mkdir()
    return folder


@pytest.fixture
def app(demo_app: KkrApp, home: Path) -> KkrApp:
    return demo_app


def meeting_id(app: KkrApp, council: str, day: str, series: Series = Series.KKR) -> int:
    return next(
        m.id
        for m in app.snapshot.meetings
        if m.council == council and m.day.isoformat() == day and m.series is series
    )


async def document_dialog(pilot: Pilot[int], council: str, day: str) -> DocumentExportDialog:
    app = kkr_app(pilot)
    app.open_meeting(meeting_id(app, council, day))
    await pilot.pause()
    assert isinstance(app.screen, MeetingScreen)
    await pilot.press("w")
    await pilot.pause()
    assert isinstance(app.screen, DocumentExportDialog)
    return app.screen


async def calendar_dialog(pilot: Pilot[int], council_index: int = 0) -> CalendarExportDialog:
    app = kkr_app(pilot)
    await pilot.press("2")
    await pilot.pause()
    for _ in range(council_index):
        await pilot.press("down")
    await pilot.press("w")
    await pilot.pause()
    assert isinstance(app.screen, CalendarExportDialog)
    return app.screen


async def choose(pilot: Pilot[int], dialog: ExportDialog, radio_set: str, option: str) -> None:
    """Click an option, as a user with a mouse would (the keyboard is tested below)."""
    buttons = dialog.query_one(f"#{radio_set}").query(RadioButton)
    await pilot.click(next(button for button in buttons if button.name == option))
    await pilot.pause()


async def tick(pilot: Pilot[int], dialog: ExportDialog, checkbox: str) -> None:
    await pilot.click(dialog.query_one(f"#{checkbox}", Checkbox))
    await pilot.pause()


async def type_path(pilot: Pilot[int], dialog: ExportDialog, path: Path | str) -> None:
    field = dialog.query_one("#export-file", Input)
    field.focus()
    field.value = str(path)
    await pilot.pause()


async def save(pilot: Pilot[int]) -> None:
    """Enter in the file field, then wait for the writing thread."""
    await pilot.press("enter")
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def text_of(dialog: ExportDialog, selector: str) -> str:
    widget = dialog.query_one(selector, Static)
    return str(widget.render()) if widget.display else ""


def cli_bytes(store: Store, tmp_path: Path, *args: str) -> bytes:
    """What `kkr export ... -o FILE` writes (the shell command, run in-process)."""
    target = tmp_path / "cli-output"
    assert main(["--db", str(store.path), "--today", "2026-09-10", *args, "-o", str(target)]) == 0
    data = target.read_bytes()
    target.unlink()
    return data


# -- the meeting screen ------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["md", "html", "txt"])
@pilot_test
async def test_agenda_equals_the_cli_and_is_written_in_a_thread(
    app: KkrApp,
    demo_store: Store,
    out: Path,
    tmp_path: Path,
    fmt: str,
    monkeypatch: pytest.MonkeyPatch,
    notices: Notices,
) -> None:
    threads: list[str] = []
    real_write = output.write_export

    def spying_write(path: Path, payload: bytes, owner: Path | None = None) -> Path:
        threads.append(threading.current_thread().name)
        return real_write(path, payload, owner)

    monkeypatch.setattr(export_dialog, "write_export", spying_write)
    async with app.run_test(size=SIZE) as pilot:
        dialog = await document_dialog(pilot, "sjaelland", "2026-09-11")
        await choose(pilot, dialog, "export-format", fmt)
        # The default name follows the format, in the home folder.
        default = f"~/kkr-sjaelland-2026-09-11-dagsorden.{fmt}"
        assert dialog.query_one("#export-file", Input).value == default
        target = out / f"dagsorden.{fmt}"
        await type_path(pilot, dialog, target)
        await save(pilot)
        assert not isinstance(app.screen, ExportDialog)
        assert notices.messages()[-1] == f"Gemt: {target}"
    meeting = str(meeting_id(app, "sjaelland", "2026-09-11"))
    written = target.read_bytes()
    assert written == agenda_document(demo_store.snapshot(), int(meeting), fmt).encode("utf-8")
    assert written == cli_bytes(demo_store, tmp_path, "export", "agenda", meeting, "--format", fmt)
    assert threads and threads[0] != threading.main_thread().name
    assert sorted(p.name for p in out.iterdir()) == [target.name]  # nothing else written


@pilot_test
async def test_default_goes_to_the_home_folder_and_is_remembered(
    app: KkrApp, home: Path, notices: Notices
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        dialog = await document_dialog(pilot, "sjaelland", "2026-09-11")
        assert "Ny fil: ~/kkr-sjaelland-2026-09-11-dagsorden.md" in text_of(
            dialog, "#export-status"
        )
        # Enter right away: the default name, in the home folder; the toast has the full path.
        await save(pilot)
        written = home / "kkr-sjaelland-2026-09-11-dagsorden.md"
        assert written.is_file()
        assert notices.messages()[-1] == f"Gemt: {written}"
        # A sub-folder used once is the next default (in this session only).
        (home / "Dokumenter").mkdir()
        await pilot.press("w")
        await pilot.pause()
        again = app.screen
        assert isinstance(again, DocumentExportDialog)
        await type_path(pilot, again, "~/Dokumenter/dagsorden.md")
        await save(pilot)
        assert (home / "Dokumenter" / "dagsorden.md").is_file()
        await pilot.press("w")
        await pilot.pause()
        assert app.screen.query_one("#export-file", Input).value == (
            "~/Dokumenter/kkr-sjaelland-2026-09-11-dagsorden.md"
        )
    assert sorted(p.name for p in home.iterdir()) == [
        "Dokumenter",
        "kkr-sjaelland-2026-09-11-dagsorden.md",
    ]


@pilot_test
async def test_minutes_with_a_missing_decision_are_refused_then_a_draft(
    app: KkrApp, demo_store: Store, out: Path, tmp_path: Path
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        dialog = await document_dialog(pilot, "sjaelland", "2026-09-11")
        draft_row = dialog.query_one("#export-draft-row")
        assert not draft_row.display  # the agenda has no drafts
        await choose(pilot, dialog, "export-what", "minutes")
        notes = text_of(dialog, "#export-notes")
        assert "Mangler beslutning: punkt 1 »Godkendelse af dagsorden«" in notes
        assert "punkt 3 »Regional udviklingsstrategi«" in notes
        assert "Referatet er ikke klar" in notes
        assert draft_row.display
        field = dialog.query_one("#export-file", Input)
        assert field.value == "~/kkr-sjaelland-2026-09-11-referat.md"
        target = out / "referat.md"
        await type_path(pilot, dialog, target)
        await save(pilot)
        assert app.screen is dialog  # refused: the dialog stays, with the reason
        assert "Referatet er ikke klar" in text_of(dialog, "#dialog-errors")
        assert not target.exists()
        # The user's own name stays when the draft is ticked; the ending still follows.
        await tick(pilot, dialog, "export-draft")
        assert field.value == str(target)
        assert "markeret UDKAST" in text_of(dialog, "#export-notes")
        await choose(pilot, dialog, "export-format", "txt")
        assert field.value == str(out / "referat.txt")
        await type_path(pilot, dialog, "")  # emptied: the default comes back on a change
        await choose(pilot, dialog, "export-format", "md")
        assert field.value == "~/kkr-sjaelland-2026-09-11-referat-udkast.md"
        await type_path(pilot, dialog, target)
        await save(pilot)
        assert not isinstance(app.screen, ExportDialog)
    meeting = str(meeting_id(app, "sjaelland", "2026-09-11"))
    written = target.read_bytes()
    assert "UDKAST" in written.decode("utf-8")
    snapshot = demo_store.snapshot()
    assert written == minutes_document(snapshot, int(meeting), "md", draft=True).encode("utf-8")
    assert written == cli_bytes(demo_store, tmp_path, "export", "minutes", meeting, "--draft")


@pilot_test
async def test_ready_minutes_offer_no_draft_and_equal_the_cli(
    app: KkrApp, demo_store: Store, out: Path, tmp_path: Path
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        dialog = await document_dialog(pilot, "nordjylland", "2026-04-16")
        await choose(pilot, dialog, "export-what", "minutes")
        await choose(pilot, dialog, "export-format", "html")
        assert not dialog.query_one("#export-draft-row").display
        assert not dialog.query_one("#export-notes").display
        target = out / "referat.html"
        await type_path(pilot, dialog, target)
        await save(pilot)
    meeting = str(meeting_id(app, "nordjylland", "2026-04-16"))
    expected = minutes_document(demo_store.snapshot(), int(meeting), "html").encode("utf-8")
    assert target.read_bytes() == expected
    assert expected == cli_bytes(
        demo_store, tmp_path, "export", "minutes", meeting, "--format", "html"
    )


@pilot_test
async def test_a_published_meeting_offers_its_minutes_first(app: KkrApp, out: Path) -> None:
    """Once the minutes are published they are what a secretary sends on; before that
    (the meeting of 11 Sep, not yet held) the agenda is chosen."""
    async with app.run_test(size=SIZE) as pilot:
        published = next(
            m
            for m in app.snapshot.meetings
            if m.state is MeetingState.PUBLISHED and m.series is Series.KKR
        )
        app.open_meeting(published.id)
        await pilot.pause()
        await pilot.press("w")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, DocumentExportDialog)
        assert dialog.chosen["export-what"] == "minutes"
        buttons = dialog.query_one("#export-what").query(RadioButton)
        assert [b.name for b in buttons if b.value] == ["minutes"]
        assert dialog.query_one("#export-file", Input).value.endswith("-referat.md")
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        other = await document_dialog(pilot, "sjaelland", "2026-09-11")
        assert other.chosen["export-what"] == "agenda"


@pilot_test
async def test_a_cancelled_meeting_has_an_agenda_but_no_minutes(app: KkrApp, out: Path) -> None:
    async with app.run_test(size=SIZE) as pilot:
        app.open_meeting(meeting_id(app, "hovedstaden", "2026-09-08", Series.CHAIRMANSHIP))
        await pilot.pause()
        await pilot.press("w")
        await pilot.pause()
        shown = app.screen
        assert isinstance(shown, DocumentExportDialog)
        dialog: DocumentExportDialog = shown
        await choose(pilot, dialog, "export-what", "minutes")
        assert "Mødet er aflyst" in text_of(dialog, "#export-notes")
        assert not dialog.query_one("#export-draft-row").display
        await type_path(pilot, dialog, out / "referat.md")
        await save(pilot)
        assert app.screen is dialog
        assert list(out.iterdir()) == []
        await choose(pilot, dialog, "export-what", "agenda")
        assert dialog.query_one("#export-file", Input).value == str(out / "referat.md")
        await type_path(pilot, dialog, out / "dagsorden.md")
        await save(pilot)
    assert "Mødet er aflyst" in (out / "dagsorden.md").read_text(encoding="utf-8")


@pilot_test
async def test_the_keyboard_alone_reaches_every_choice(app: KkrApp, out: Path) -> None:
    async with app.run_test(size=SIZE) as pilot:
        dialog = await document_dialog(pilot, "sjaelland", "2026-09-11")
        assert app.focused is dialog.query_one("#export-file", Input)
        await pilot.press("shift+tab", "shift+tab", "shift+tab")  # to "Hvad"
        await pilot.press("left")  # at the first choice: stays (no wrap to the last)
        assert dialog.chosen["export-what"] == "agenda"
        await pilot.press("right")  # the arrow chooses: Beslutningsreferat
        assert dialog.chosen["export-what"] == "minutes"
        await pilot.press("tab", "right", "right")  # Tekst
        assert dialog.chosen == {
            "export-what": "minutes",
            "export-format": "txt",
            "export-version": "members",
        }
        await pilot.press("tab", "tab", "space")  # past Udgave to the draft box (shown now)
        assert dialog.ticks["export-draft"]
        field = dialog.query_one("#export-file", Input)
        assert field.value == "~/kkr-sjaelland-2026-09-11-referat-udkast.txt"
        await pilot.press("tab")
        assert app.focused is field
        await type_path(pilot, dialog, out / "r.txt")
        await pilot.press("ctrl+s")
        await app.workers.wait_for_complete()
        await pilot.pause()
    assert "*** UDKAST" in (out / "r.txt").read_text(encoding="utf-8")


@pilot_test
async def test_arrows_held_down_choose_as_many_steps_as_pressed(app: KkrApp, out: Path) -> None:
    """Three → in one burst (a held-down key, SSH batching) go three choices on, and a
    Tab after them leaves the next row as it was."""
    async with app.run_test(size=SIZE) as pilot:
        dialog = await document_dialog(pilot, "sjaelland", "2026-09-11")
        await pilot.press("shift+tab", "shift+tab")  # to "Format"
        for key in ["right", "right", "right", "tab", "right"]:
            app.post_message(events.Key(key, None))
        await pilot.pause()
        assert dialog.chosen["export-format"] == "pdf"
        assert dialog.chosen["export-version"] == "public"
        for key in ["left", "left", "left", "left", "left", "left"]:
            app.post_message(events.Key(key, None))
        await pilot.pause()
        assert dialog.chosen["export-version"] == "members"


@pilot_test
async def test_arrows_turning_back_in_one_burst_end_where_the_keys_went(
    app: KkrApp, out: Path
) -> None:
    """→ → ← in one burst ends one choice on, with that choice alone shown as chosen
    (before, the ← found its button still on, as Textual had not yet settled the first
    →, and the second → won with two buttons shown on); a click then chooses alone."""
    async with app.run_test(size=SIZE) as pilot:
        dialog = await document_dialog(pilot, "sjaelland", "2026-09-11")
        await pilot.press("shift+tab", "shift+tab")  # to "Format"
        row = dialog.query_one("#export-format", RadioSet)
        names = [button.name for button in row.query(RadioButton)]
        start = names.index(dialog.chosen["export-format"])
        for key in ["right", "right", "left"]:
            app.post_message(events.Key(key, None))
        await pilot.pause()
        assert dialog.chosen["export-format"] == names[start + 1]
        assert [button.value for button in row.query(RadioButton)] == [
            index == start + 1 for index in range(len(names))
        ]
        assert row.pressed_index == start + 1
        await pilot.click(list(row.query(RadioButton))[start + 3])  # and a click after them
        await pilot.pause()
        assert dialog.chosen["export-format"] == names[start + 3]
        assert [button.value for button in row.query(RadioButton)].count(True) == 1


# -- the file ----------------------------------------------------------------------------


@pilot_test
async def test_overwriting_asks_first(app: KkrApp, out: Path) -> None:
    target = out / "dagsorden.md"
    target.write_text("den gamle dagsorden", encoding="utf-8")
    async with app.run_test(size=SIZE) as pilot:
        dialog = await document_dialog(pilot, "sjaelland", "2026-09-11")
        await type_path(pilot, dialog, target)
        status = text_of(dialog, "#export-status")
        assert "Findes allerede" in status and "før den overskrives" in status
        await save(pilot)
        question = app.screen
        assert isinstance(question, ConfirmDialog)
        assert "Overskriv dagsorden.md?" in str(question.query_one("#confirm-question").render())
        assert f"findes allerede i {out}." in str(question.query_one("#confirm-detail").render())
        await pilot.press("escape")  # no: back in the export dialog, nothing written
        await pilot.pause()
        assert app.screen is dialog
        assert target.read_text(encoding="utf-8") == "den gamle dagsorden"
        await save(pilot)
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("enter")  # "Overskriv" has the focus
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not isinstance(app.screen, ExportDialog)
    assert target.read_text(encoding="utf-8").startswith("# KKR Sjælland")
    assert [p.name for p in out.iterdir()] == ["dagsorden.md"]


@pilot_test
async def test_a_missing_folder_or_a_folder_is_refused_with_a_message(
    app: KkrApp, out: Path, tmp_path: Path
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        dialog = await document_dialog(pilot, "sjaelland", "2026-09-11")
        await type_path(pilot, dialog, out / "nej" / "dagsorden.md")
        assert f"{out / 'nej'}: mappen findes ikke" in text_of(dialog, "#export-status")
        await save(pilot)
        assert app.screen is dialog
        assert "mappen findes ikke" in text_of(dialog, "#dialog-errors")
        await type_path(pilot, dialog, out)
        assert "er en mappe; angiv et filnavn" in text_of(dialog, "#export-status")
        await save(pilot)
        assert app.screen is dialog
        await type_path(pilot, dialog, "")
        assert "Skriv et filnavn" in text_of(dialog, "#export-status")
        await save(pilot)
        assert app.screen is dialog
        # A relative name is shown with the folder it will land in.
        await type_path(pilot, dialog, "dagsorden.md")
        assert f"Ny fil: {Path.cwd() / 'dagsorden.md'}" in text_of(dialog, "#export-status")
        # An ending that does not match is said, not refused.
        await type_path(pilot, dialog, out / "dagsorden.txt")
        assert "endelsen .txt passer ikke til Markdown" in text_of(dialog, "#export-status")
    assert list(out.iterdir()) == []
    assert not (tmp_path / "home" / "kkr-sjaelland-2026-09-11-dagsorden.md").exists()


@pilot_test
async def test_escape_cancels_and_writes_nothing(app: KkrApp, home: Path, out: Path) -> None:
    async with app.run_test(size=SIZE) as pilot:
        dialog = await document_dialog(pilot, "sjaelland", "2026-09-11")
        await choose(pilot, dialog, "export-format", "html")
        await type_path(pilot, dialog, out / "dagsorden.html")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, MeetingScreen)
        await calendar_dialog(pilot)
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, ExportDialog)
    assert list(out.iterdir()) == []
    assert list(home.iterdir()) == []


@pytest.mark.parametrize(
    ("error", "advice"),
    [
        (OSError(28, "No space left on device"), "Disken er fuld"),
        (PermissionError(13, "Permission denied"), "Du har ikke lov at skrive der"),
    ],
)
@pilot_test
async def test_a_failed_write_is_said_in_the_dialog_and_leaves_the_old_file(
    app: KkrApp,
    out: Path,
    monkeypatch: pytest.MonkeyPatch,
    error: OSError,
    advice: str,
    notices: Notices,
) -> None:
    target = out / "dagsorden.md"
    target.write_text("den gamle dagsorden", encoding="utf-8")

    def failing_replace(src: object, dst: object) -> None:
        raise error

    monkeypatch.setattr(os, "replace", failing_replace)
    async with app.run_test(size=SIZE) as pilot:
        dialog = await document_dialog(pilot, "sjaelland", "2026-09-11")
        await type_path(pilot, dialog, target)
        await save(pilot)
        await pilot.press("enter")  # overwrite: yes
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.screen is dialog
        errors = text_of(dialog, "#dialog-errors")
        assert str(os_reason(error)) in errors  # in Danish, not strerror's English
        assert error.strerror is not None and error.strerror not in errors
        assert advice in errors and "Intet er skrevet." in errors
        assert not dialog.query_one("#dialog-ok").disabled  # the user can try again
        assert not any("Gemt" in told for told in notices.messages())
    assert target.read_text(encoding="utf-8") == "den gamle dagsorden"
    assert [p.name for p in out.iterdir()] == ["dagsorden.md"]  # no temporary left


# -- the Årshjul -------------------------------------------------------------------------


@pilot_test
async def test_ics_of_the_selected_council_parses_and_equals_the_cli(
    app: KkrApp, demo_store: Store, out: Path, tmp_path: Path, notices: Notices
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        dialog = await calendar_dialog(pilot)
        council = app.query_one(CyclePane).council_slug
        field = dialog.query_one("#export-file", Input)
        assert field.value == f"~/kkr-{council}-moeder.ics"
        target = out / "kalender.ics"
        await type_path(pilot, dialog, target)
        await save(pilot)
        assert notices.messages()[-1] == f"Gemt: {target}"
    written = target.read_bytes()
    snapshot = demo_store.snapshot()
    assert written == calendar_feed(snapshot, DEMO_TODAY, CalendarOptions(councils=(council,)))
    assert written == cli_bytes(demo_store, tmp_path, "export", "ics", "--council", council)
    events = Calendar.from_ical(written).walk("VEVENT")
    assert len(events) == len(snapshot.meetings_of(council)) > 0
    assert all(str(event["DTSTART"].params.get("TZID")) == "Europe/Copenhagen" for event in events)


@pilot_test
async def test_ics_of_all_councils_with_deadlines(
    app: KkrApp, demo_store: Store, out: Path, tmp_path: Path
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        dialog = await calendar_dialog(pilot)
        await choose(pilot, dialog, "export-council", "all")
        await tick(pilot, dialog, "export-deadlines")
        assert dialog.query_one("#export-file", Input).value == "~/kkr-alle-moeder-frister.ics"
        target = out / "alle.ics"
        await type_path(pilot, dialog, target)
        await save(pilot)
    written = target.read_bytes()
    snapshot = demo_store.snapshot()
    assert written == calendar_feed(snapshot, DEMO_TODAY, CalendarOptions(deadlines=True))
    assert written == cli_bytes(demo_store, tmp_path, "export", "ics", "--deadlines")
    events = Calendar.from_ical(written).walk("VEVENT")
    all_day = [e for e in events if not hasattr(e.decoded("DTSTART"), "hour")]
    assert len(events) - len(all_day) == len(snapshot.meetings)
    assert all_day  # the deadlines


@pilot_test
async def test_meetings_csv_of_the_shown_year(
    app: KkrApp, demo_store: Store, out: Path, tmp_path: Path
) -> None:
    async with app.run_test(size=SIZE) as pilot:
        dialog = await calendar_dialog(pilot, council_index=4)
        council = app.query_one(CyclePane).council_slug
        await choose(pilot, dialog, "export-what", "csv")
        assert not dialog.query_one("#export-deadlines-row").display
        assert "kkr import meetings" in text_of(dialog, "#export-notes")
        assert dialog.query_one("#export-file", Input).value == f"~/kkr-{council}-moeder-2026.csv"
        target = out / "moeder.csv"
        await type_path(pilot, dialog, target)
        await save(pilot)
    written = target.read_bytes()
    assert written == csv_export(demo_store.snapshot(), "meetings", councils=(council,), year=2026)
    assert written == cli_bytes(
        demo_store, tmp_path, "export", "csv", "meetings", "--council", council, "--year", "2026"
    )
    assert written.startswith(b"\xef\xbb\xbf")


# -- keys, language, hostile text --------------------------------------------------------


@pilot_test
async def test_the_export_keys_are_declared_with_ids(app: KkrApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2")
        await pilot.pause()
        cycle = app.screen.active_bindings["w"].binding
        assert (cycle.id, cycle.description, cycle.show) == ("cycle.export", "Eksportér", True)
        app.open_meeting(meeting_id(app, "sjaelland", "2026-09-11"))
        await pilot.pause()
        meeting = app.screen.active_bindings["w"].binding
        assert (meeting.id, meeting.description) == ("meeting.export", "Eksportér")


async def palette_pick(pilot: Pilot[int], query: str) -> list[str]:
    """Ctrl+P, type `query`, return the offered commands and run the first."""
    await pilot.press("ctrl+p")
    await wait_until(pilot, lambda: isinstance(pilot.app.screen, CommandPalette), "the palette")
    offered = await palette_results(pilot, query)
    await pilot.press("enter")
    await wait_until(pilot, lambda: not isinstance(pilot.app.screen, CommandPalette), "the pick")
    return offered


@pilot_test
async def test_the_palette_offers_the_export_on_both_screens(app: KkrApp) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2")
        await pilot.pause()
        offered = await palette_pick(pilot, "eksport")
        assert offered[0] == "Eksportér\nTast w", offered
        assert isinstance(app.screen, CalendarExportDialog)
        await pilot.press("escape")
        await pilot.pause()
        app.open_meeting(meeting_id(app, "sjaelland", "2026-09-11"))
        await pilot.pause()
        offered = await palette_pick(pilot, "eksport")
        assert offered[0] == "Eksportér\nTast w", offered
        assert isinstance(app.screen, DocumentExportDialog)


@pilot_test
async def test_in_english(demo_app: KkrApp, home: Path, english: None) -> None:
    app = demo_app
    async with app.run_test(size=SIZE) as pilot:
        dialog = await document_dialog(pilot, "sjaelland", "2026-09-11")
        assert dialog.query_one("#export-file", Input).value == (
            "~/kkr-sjaelland-2026-09-11-agenda.md"
        )
        await choose(pilot, dialog, "export-what", "minutes")
        assert "item 3 'Regional udviklingsstrategi'" in text_of(dialog, "#export-notes")


@pilot_test
async def test_hostile_item_titles_are_shown_literally(
    app: KkrApp, demo_store: Store, out: Path
) -> None:
    meeting = meeting_id(app, "sjaelland", "2026-09-11")
    item = next(i for i in demo_store.snapshot().items_for(meeting) if i.number == 1)
    demo_store.update(item.with_changes(title="[red]Rødt[/red] [@click=app.quit]x\x1b[31m"))
    async with app.run_test(size=SIZE) as pilot:
        dialog = await document_dialog(pilot, "sjaelland", "2026-09-11")
        await choose(pilot, dialog, "export-what", "minutes")
        notes = text_of(dialog, "#export-notes")
        assert "punkt 1 »[red]Rødt[/red] [@click=app.quit]x" in notes
        assert "\x1b" not in notes
        assert app.is_running
