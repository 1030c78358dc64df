"""Text inputs for dialogs that never take in control characters.

Use `SafeInput` (one line) and `SafeTextArea` (several lines) wherever a user types
or pastes text that will be stored: text pasted from a mail or a web page can carry
ANSI/OSC escapes, C0/C1 controls or bidi overrides, which would later act on
someone else's terminal or reverse what a line appears to say. They are removed as
they come in (typed, pasted, or set from code); everything a person can type stays.
Both follow `app.cursor_blink`, so snapshot tests (which turn blinking off) stay
stable.
"""

from __future__ import annotations

from typing import Any, TypeVar

from rich.segment import Segment
from textual import events
from textual.strip import Strip
from textual.widgets import Checkbox, SelectionList, TextArea
from textual.widgets.text_area import Edit

from kkr_tui.domain.text import strip_controls
from kkr_tui.ui.widgets.input_keys import KkrInput, run_own_binding
from kkr_tui.ui.widgets.toggles import TICKED, UNTICKED

SelectionType = TypeVar("SelectionType")


def clean_line(text: str) -> str:
    """One line of user text: controls removed, tabs and line breaks made spaces."""
    return strip_controls(text).replace("\r", " ").replace("\n", " ").replace("\t", " ")


class SafeInput(KkrInput):
    """An `Input` whose value never holds a control character."""

    def on_mount(self) -> None:
        self.cursor_blink = bool(getattr(self.app, "cursor_blink", True))

    def validate_value(self, value: str) -> str:
        # Every way into `value` (typing, paste, code) passes here.
        return clean_line(value)

    def replace(self, text: str, start: int, end: int) -> None:
        # Clean before Input places the cursor, so it lands after the kept text.
        super().replace(clean_line(text), start, end)


class SafeTextArea(TextArea):
    """A `TextArea` (several lines) whose text never holds a control character.

    Its editing keys act in its own turn, in the order typed (see `run_own_binding`)."""

    def __init__(self, text: str = "", **kwargs: Any) -> None:
        super().__init__(strip_controls(text), **kwargs)

    def on_mount(self) -> None:
        self.cursor_blink = bool(getattr(self.app, "cursor_blink", True))

    def load_text(self, text: str) -> None:
        super().load_text(strip_controls(text))

    async def on_key(self, event: events.Key) -> None:
        await run_own_binding(self, event)

    def edit(self, edit: Edit) -> Any:
        # Typing, paste and programmatic insert/replace all arrive as an Edit.
        edit.text = strip_controls(edit.text)
        return super().edit(edit)


class FormSelectionList(SelectionList[SelectionType]):
    """A list of choices inside a form that stops at its ends.

    Textual's lists wrap (down on the last option goes to the first); in a form that
    puts the cursor on an option the user did not look at, and Space ticks it. Here
    down on the last option stays on it, up on the first stays on it.
    """

    def action_cursor_down(self) -> None:
        if self.highlighted is None or self.highlighted < self.option_count - 1:
            super().action_cursor_down()

    def action_cursor_up(self) -> None:
        if self.highlighted is None or self.highlighted > 0:
            super().action_cursor_up()

    async def on_key(self, event: events.Key) -> None:
        await run_own_binding(self, event)

    def render_line(self, y: int) -> Strip:
        """Textual's line with the box drawn ☑/☐ instead of an "X" told apart by colour.

        SelectionList draws every box from Checkbox.BUTTON_INNER as the line's second
        segment; if a Textual release draws it otherwise, the line is left as it is and
        tests/ui/test_toggles.py fails.
        """
        line = super().render_line(y)
        segments = list(line)
        index = self.scroll_offset.y + y
        if index >= self.option_count or len(segments) < 2:
            return line
        if segments[1].text != Checkbox.BUTTON_INNER:
            return line
        value = self.get_option_at_index(index).value
        glyph = TICKED if value in self.selected else UNTICKED
        segments[1] = Segment(glyph, segments[1].style, segments[1].control)
        return Strip(segments, line.cell_length)
