"""Checkboxes and radio buttons whose state shows without colour.

Textual draws a ticked and an unticked box with the same "X" (and a radio button with
the same dot) and tells them apart by colour alone, so with NO_COLOR, on a monochrome
terminal or in a text capture, a ticked council looks like an unticked one. These draw
a different glyph for each state: ☑/☐ and ◉/○.
"""

from __future__ import annotations

from typing import Any

from textual.widgets import Checkbox, RadioButton

TICKED, UNTICKED = "☑", "☐"
CHOSEN, UNCHOSEN = "◉", "○"


class Tick(Checkbox):
    """A checkbox showing ☑ when ticked, ☐ when not."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Textual draws the button from BUTTON_INNER (a public class attribute); set on
        # the widget, it follows the value.
        self.BUTTON_INNER = TICKED if self.value else UNTICKED

    def watch_value(self) -> None:
        super().watch_value()
        self.BUTTON_INNER = TICKED if self.value else UNTICKED


class RadioChoice(RadioButton):
    """A radio button showing ◉ when chosen, ○ when not (as Tick)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.BUTTON_INNER = CHOSEN if self.value else UNCHOSEN

    def watch_value(self) -> None:
        super().watch_value()
        self.BUTTON_INNER = CHOSEN if self.value else UNCHOSEN
