"""On and off differ without colour: ☑/☐ and ◉/○, in a text capture with NO_COLOR."""

from __future__ import annotations

import asyncio

import pytest
from textual.app import App, ComposeResult
from textual.widgets import RadioSet

from kkr_tui.ui.widgets.inputs import FormSelectionList
from kkr_tui.ui.widgets.toggles import CHOSEN, TICKED, UNCHOSEN, UNTICKED, RadioChoice, Tick


class Toggles(App[None]):
    def compose(self) -> ComposeResult:
        yield FormSelectionList[str](("KKR Nordjylland", "nord", True), ("KKR Sjælland", "sj"))
        yield Tick("Nordjylland", True, id="on")
        yield Tick("Sjælland", id="off")
        yield RadioSet(RadioChoice("PDF", value=True, id="pdf"), RadioChoice("Word", id="docx"))


@pytest.mark.parametrize("no_color", [False, True])
def test_ticked_and_chosen_show_their_state_in_the_glyph(
    monkeypatch: pytest.MonkeyPatch, no_color: bool
) -> None:
    if no_color:
        monkeypatch.setenv("NO_COLOR", "1")

    async def run() -> None:
        app = Toggles()
        async with app.run_test(size=(40, 8)) as pilot:
            await pilot.pause()
            on, off = app.query_one("#on", Tick), app.query_one("#off", Tick)
            assert TICKED in on.render().plain and UNTICKED in off.render().plain
            pdf, docx = app.query_one("#pdf", RadioChoice), app.query_one("#docx", RadioChoice)
            assert CHOSEN in pdf.render().plain and UNCHOSEN in docx.render().plain

            councils = app.query_one(FormSelectionList)
            assert [councils.render_line(y).text[1] for y in (0, 1)] == [TICKED, UNTICKED]

            councils.toggle("sj")
            off.toggle()
            docx.value = True
            await pilot.pause()
            assert TICKED in off.render().plain
            assert [councils.render_line(y).text[1] for y in (0, 1)] == [TICKED, TICKED]
            assert CHOSEN in docx.render().plain and UNCHOSEN in pdf.render().plain

    asyncio.run(run())
