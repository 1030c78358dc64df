"""The app on a shared file: read-only mode, an unreadable file, safe inputs, privacy.

The suite has no async pytest plugin, so each test runs its scenario with asyncio.run.
"""

from __future__ import annotations

import asyncio
import os
from pathlib import Path
from typing import Any

import pytest
from textual import events
from textual.screen import ModalScreen

from kkr_tui.domain.models import Contact
from kkr_tui.store import open_store
from kkr_tui.store.demo import build_demo
from kkr_tui.ui.saving import save_record
from kkr_tui.ui.widgets.banner import ReadOnlyBanner
from kkr_tui.ui.widgets.inputs import SafeInput, SafeTextArea
from tests.pilot import Notices, app_on


@pytest.fixture
def demo_path(tmp_path: Path) -> Path:
    path = tmp_path / "kkr.json"
    build_demo(path)
    return path


def test_read_only_file_opens_with_a_banner_and_refuses_edits(
    demo_path: Path, notices: Notices
) -> None:
    demo_path.chmod(0o444)
    before = demo_path.read_bytes()

    async def scenario() -> None:
        app = app_on(demo_path, demo=False)
        async with app.run_test(size=(80, 24)) as pilot:
            banner = app.query_one(ReadOnlyBanner)
            assert "Skrivebeskyttet: ændringer gemmes ikke" in str(banner.render())
            assert banner.region.y == 1  # the line right under the header
            contact = app.snapshot.contacts[0]
            outcome: dict[str, Any] = {}

            async def edit() -> None:
                outcome["r"] = (await save_record(app, contact.with_changes(title="x"))).record

            await app.run_worker(edit()).wait()
            await pilot.pause()
            assert outcome["r"] is None
            assert any("skrivebeskyttet" in m for m in notices.messages())
            assert app.is_running  # refused, not crashed

    asyncio.run(scenario())
    assert demo_path.read_bytes() == before


def test_writable_file_has_no_banner(demo_path: Path) -> None:
    async def scenario() -> None:
        app = app_on(demo_path, demo=False)
        async with app.run_test(size=(80, 24)):
            assert not app.query(ReadOnlyBanner)

    asyncio.run(scenario())


def test_a_file_broken_while_open_is_reported_once_and_the_last_state_stays(
    demo_path: Path, notices: Notices
) -> None:
    async def scenario() -> None:
        app = app_on(demo_path, demo=False)
        async with app.run_test(size=(80, 24)) as pilot:
            shown = app.shown_snapshot
            good = demo_path.read_bytes()
            demo_path.write_bytes(b'{"_meta": ')  # someone's editor, mid-save
            for _ in range(3):
                assert app.live.check() is False
            await pilot.pause()
            reports = [m for m in notices.messages() if "kan ikke læses" in m]
            assert len(reports) == 1 and str(demo_path) in reports[0]
            assert app.snapshot is shown  # still drawing the last valid state
            app.reload()  # a pane redraw now does not crash either
            demo_path.write_bytes(good.replace(b"KKR Nordjylland", b"KKR Nord"))
            assert app.live.check() is True
            assert app.shown_snapshot is not None
            assert app.shown_snapshot.councils[0].name == "KKR Nord"

    asyncio.run(scenario())


def test_an_open_screen_with_refresh_data_is_refreshed_too(demo_path: Path) -> None:
    class Detail(ModalScreen[None]):
        refreshed = 0

        def refresh_data(self) -> None:
            self.refreshed += 1

    async def scenario() -> None:
        app = app_on(demo_path, demo=False)
        async with app.run_test(size=(80, 24)) as pilot:
            detail = Detail()
            await app.push_screen(detail)
            open_store(demo_path).add(Contact(name="Ny"))
            assert app.live.check() is True
            await pilot.pause()
            assert detail.refreshed == 1

    asyncio.run(scenario())


def test_live_refresh_costs_a_stat_when_nothing_changed(
    demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Once the file has settled, a check neither reads nor parses it."""
    from kkr_tui.store import files as store_files

    old = os.stat(demo_path).st_mtime - 60
    os.utime(demo_path, (old, old))

    async def scenario() -> None:
        app = app_on(demo_path, demo=False)
        async with app.run_test(size=(80, 24)):
            reads: list[Path] = []
            real = store_files.read_versioned

            def counting(path: Path) -> Any:
                reads.append(path)
                return real(path)

            monkeypatch.setattr(store_files, "read_versioned", counting)
            for _ in range(10):
                assert app.live.check() is False
            assert reads == []

    asyncio.run(scenario())


class Typing(ModalScreen[None]):
    def compose(self) -> Any:
        yield SafeInput(id="line")
        yield SafeTextArea(id="area")


HOSTILE = "a\x1b[31mb\x07c\u202ed\x9b2Je\u2066f\tg\nh"


def test_safe_inputs_strip_control_characters_on_entry(demo_path: Path) -> None:
    async def scenario() -> None:
        app = app_on(demo_path, demo=False)
        async with app.run_test(size=(80, 24)) as pilot:
            await app.push_screen(Typing())
            line = app.screen.query_one("#line", SafeInput)
            area = app.screen.query_one("#area", SafeTextArea)
            assert line.cursor_blink is False and area.cursor_blink is False
            line.focus()
            await pilot.pause()
            app.post_message(events.Paste(HOSTILE))  # as the terminal delivers it
            await pilot.pause()
            assert line.value == "a[31mbcd2Jef g"  # pasted: first line only, controls gone
            assert line.cursor_position == len(line.value)
            await pilot.press("x")
            assert line.value.endswith("gx")
            line.value = "[red]ok\x1b]52;c;ZXZpbA==\x07"
            assert line.value == "[red]ok]52;c;ZXZpbA=="
            area.focus()
            await pilot.pause()
            app.post_message(events.Paste(HOSTILE))
            await pilot.pause()
            assert area.text == "a[31mbcd2Jef\tg\nh"  # tab and line break are kept here
            area.load_text("x\x1by")
            assert area.text == "xy"

    asyncio.run(scenario())


def test_palette_offers_no_command_that_writes_files(demo_path: Path, notices: Notices) -> None:
    async def scenario() -> None:
        app = app_on(demo_path, demo=False)
        async with app.run_test(size=(80, 24)) as pilot:
            titles = [c.title for c in app.get_system_commands(app.screen)]
            assert "Afslut" in titles and "Screenshot" not in titles
            app.action_screenshot()
            await pilot.pause()
            assert any("Skærmbilleder gemmes ikke" in m for m in notices.messages())

    asyncio.run(scenario())


def test_a_session_writes_no_file_but_the_database(
    demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No log file, no screenshot: only the database folder changes."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.chdir(home)
    monkeypatch.delenv("TEXTUAL_LOG", raising=False)

    async def scenario() -> None:
        app = app_on(demo_path, demo=False)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.press("2", "3", "4", "1")
            await pilot.press("ctrl+p")
            await pilot.pause()
            await pilot.press("escape")

    asyncio.run(scenario())
    assert list(home.rglob("*")) == []
