"""Checkboxes and radio buttons whose state shows without colour.

Textual draws a ticked and an unticked box with the same "X" (and a radio button with
the same dot) and tells them apart by colour alone, so with NO_COLOR, on a monochrome
terminal or in a text capture, a ticked council looks like an unticked one. These draw
a different glyph for each state: ☑/☐ and ◉/○.

`Choices` is a row of radio buttons the arrow keys choose from directly.
"""

from __future__ import annotations

from typing import Any, ClassVar

from textual import events
from textual.binding import Binding, BindingType
from textual.widgets import Checkbox, RadioButton, RadioSet

from kkr_tui.ui.widgets.input_keys import run_own_binding

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

    async def on_key(self, event: events.Key) -> None:
        await run_own_binding(self, event)


class RadioChoice(RadioButton):
    """A radio button showing ◉ when chosen, ○ when not (as Tick)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.BUTTON_INNER = CHOSEN if self.value else UNCHOSEN

    def watch_value(self) -> None:
        super().watch_value()
        self.BUTTON_INNER = CHOSEN if self.value else UNCHOSEN

    def on_click(self) -> None:
        # Before Textual turns this button on (its own click handler runs next): the
        # others off, so that one button is on when the set says what was chosen.
        if isinstance(self.parent, Choices):
            self.parent.keep_only(self)


class Choices(RadioSet):
    """Radio buttons where ← → (and ↑ ↓) choose, as in a terminal program's menus.

    Textual's RadioSet only moves a highlight with the arrows and chooses on Space or
    Enter, so a user who arrowed to "Referat" and saved got the agenda. Here the arrow
    chooses the next button; at either end it stops (no wrap to the other end).
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down,right", "step(1)", "key.choice.next", show=False, id="choices.next"),
        Binding("up,left", "step(-1)", "key.choice.previous", show=False, id="choices.previous"),
    ]

    async def on_key(self, event: events.Key) -> None:
        await run_own_binding(self, event)

    # Textual keeps its own record of the pressed button and brings it up to date only
    # when the buttons' Changed messages arrive, after any keys already waiting (a
    # held-down arrow, SSH batching): three quick → each started from the same button,
    # and → → ← left two buttons on. Here the buttons themselves are the record, and an
    # arrow changes them at once.
    @property
    def pressed_button(self) -> RadioButton | None:
        return next((button for button in self.query(RadioButton) if button.value), None)

    @property
    def pressed_index(self) -> int:
        buttons = list(self.query(RadioButton))
        pressed = self.pressed_button
        return -1 if pressed is None else buttons.index(pressed)

    def action_step(self, direction: int) -> None:
        buttons = list(self.query(RadioButton))
        current = self.pressed_index
        target = current + direction
        if current < 0 or not 0 <= target < len(buttons):
            return
        chosen = buttons[target]
        self.keep_only(chosen)
        with self.prevent(RadioButton.Changed):
            chosen.value = True
        self.post_message(self.Changed(self, chosen))

    def keep_only(self, kept: RadioButton) -> None:
        """Turn every button but `kept` off, without the buttons' own messages."""
        with self.prevent(RadioButton.Changed):
            for button in self.query(RadioButton):
                if button is not kept:
                    button.value = False
