"""Plain text for a terminal, a pipe or a cron mail: width, truncation and optional colour.

Commands print without Rich (it costs more to import than `kkr status` may spend in all).
Widths are counted as a terminal shows them: East Asian wide characters take two
columns, combining marks none. User text must go through `printable()` first so no
escape sequence reaches the terminal; colour is only ever added around our own words.
"""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Mapping
from typing import TextIO

WIDTH = 80
ELLIPSIS = "…"

_SGR = {"red": "31", "yellow": "33", "green": "32", "bold": "1"}


def char_width(ch: str) -> int:
    if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def display_width(text: str) -> int:
    if text.isascii():
        return len(text)
    return sum(char_width(ch) for ch in text)


def fit(text: str, width: int = WIDTH) -> str:
    """`text` cut to `width` columns, ending in an ellipsis when something was cut."""
    if display_width(text) <= width:
        return text
    out = []
    used = 0
    for ch in text:
        w = char_width(ch)
        if used + w > width - 1:
            break
        out.append(ch)
        used += w
    return "".join(out) + ELLIPSIS


def pad(text: str, width: int) -> str:
    """`text` fitted to `width` columns and padded with spaces to exactly that width."""
    shown = fit(text, width)
    return shown + " " * (width - display_width(shown))


def colour_wanted(stream: TextIO, environ: Mapping[str, str] | None = None) -> bool:
    """Colour only for a terminal, never with NO_COLOR set (no-color.org) or TERM=dumb."""
    env = os.environ if environ is None else environ
    if env.get("NO_COLOR") or env.get("TERM") == "dumb":
        return False
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


class Painter:
    """Wraps our own words in SGR colour codes, or leaves them as they are."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled

    def __call__(self, text: str, *styles: str) -> str:
        if not self.enabled or not styles or not text:
            return text
        codes = ";".join(_SGR[s] for s in styles)
        return f"\x1b[{codes}m{text}\x1b[0m"
