"""The readiness light as text: a word and a shape, with colour only as a repeat.

Never colour alone: with NO_COLOR the word and the symbol still say it.
"""

from __future__ import annotations

from rich.text import Text

from kkr_tui.domain.readiness import Light
from kkr_tui.i18n import t

SYMBOL = {Light.GREEN: "●", Light.AMBER: "▲", Light.RED: "■", Light.NONE: "·"}
STYLE = {
    Light.GREEN: "bold green",
    Light.AMBER: "bold yellow",
    Light.RED: "bold red",
    Light.NONE: "dim",
}


def light_text(light: Light, with_word: bool = True) -> Text:
    word = f" {t(f'light.{light.value}')}" if with_word and light is not Light.NONE else ""
    return Text(f"{SYMBOL[light]}{word}", style=STYLE[light])
