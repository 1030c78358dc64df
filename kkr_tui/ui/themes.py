"""Colour themes: the high-contrast theme and the short list a secretary chooses from.

Every theme only repeats what words and symbols already say (state is never shown by
colour alone), so any of them, or none (NO_COLOR), is safe.
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING

from rich.terminal_theme import TerminalTheme
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.theme import BUILTIN_THEMES, Theme

from kkr_tui.i18n import t

if TYPE_CHECKING:
    from kkr_tui.ui.app import KkrApp

HIGH_CONTRAST = Theme(
    name="kkr-high-contrast",
    # Pure black and white, yellow for focus and keys: readable on a projector, for weak
    # eyes, and in a 16-colour terminal (every colour here is one of the 16).
    primary="#ffff00",
    secondary="#00ffff",
    accent="#ffff00",
    warning="#ffff00",
    error="#ff0000",
    success="#00ff00",
    foreground="#ffffff",
    background="#000000",
    surface="#000000",
    panel="#000000",
    boost="#000000",
    dark=True,
    variables={
        "text-muted": "#ffffff",
        "border": "#ffffff",
        "border-blurred": "#ffffff",
        "block-cursor-foreground": "#000000",
        "block-cursor-background": "#ffff00",
        "block-cursor-text-style": "bold",
        "block-cursor-blurred-foreground": "#000000",
        "block-cursor-blurred-background": "#ffffff",
        "block-cursor-blurred-text-style": "bold",
        "block-hover-background": "#000000",
        "footer-background": "#000000",
        "footer-foreground": "#ffffff",
        "footer-key-foreground": "#000000",
        "footer-key-background": "#ffff00",
        "footer-description-foreground": "#ffffff",
        "footer-description-background": "#000000",
        "footer-item-background": "#000000",
        "input-selection-background": "#ffff00",
        "input-selection-foreground": "#000000",
        "scrollbar": "#ffffff",
        "scrollbar-hover": "#ffff00",
        "scrollbar-active": "#ffff00",
        "scrollbar-background": "#000000",
    },
)

# Textual's light theme with its amber and green text darkened to WCAG AA (they were
# 3.3:1 and 3.8:1 on its background); everything else as Textual draws it.
_TEXTUAL_LIGHT = BUILTIN_THEMES["textual-light"]
KKR_LIGHT = replace(
    _TEXTUAL_LIGHT,
    name="kkr-light",
    variables={**_TEXTUAL_LIGHT.variables, "text-warning": "#7C4B00", "text-success": "#116200"},
)

# The terminal's own 16 colours are the only safe choice where a terminal has no more:
# there a truecolor theme is rounded to the nearest of the 16, and amber came out as
# bright red, red as magenta.
SIXTEEN_COLOUR_THEME = "ansi-dark"

# Named colours in tables and lights ("bold yellow" for amber, "red", "green") are drawn
# in RGB from these palettes (Textual's `ansi_theme_dark`/`ansi_theme_light`). Textual's
# defaults (Monokai, Alabaster) miss WCAG AA on our backgrounds: red 3.6:1 on Mørk,
# amber 2.1:1 and green 2.7:1 on Lys. These keep each colour's hue and move its lightness
# until it reaches 4.5:1 on the theme's background, surface and panel
# (tests/ui/test_themes.py computes it).
KKR_ANSI_DARK = TerminalTheme(
    (12, 12, 12),
    (217, 217, 217),
    # black, red, green, yellow, blue, magenta, cyan, white; then their bright forms
    [
        *[(26, 26, 26), (255, 100, 100), (152, 224, 36), (253, 151, 31)],
        *[(180, 121, 255), (230, 110, 230), (88, 209, 235), (196, 197, 181)],
    ],
    [
        *[(159, 154, 135), (255, 100, 100), (152, 224, 36), (224, 213, 97)],
        *[(180, 121, 255), (230, 110, 230), (88, 209, 235), (246, 246, 239)],
    ],
)
KKR_ANSI_LIGHT = TerminalTheme(
    (247, 247, 247),
    (0, 0, 0),
    [
        *[(0, 0, 0), (158, 43, 40), (17, 98, 0), (120, 74, 0)],
        *[(32, 82, 180), (116, 57, 151), (0, 91, 135), (247, 247, 247)],
    ],
    [
        *[(84, 84, 84), (176, 2, 35), (0, 100, 0), (124, 75, 0)],
        *[(0, 88, 165), (153, 0, 157), (0, 92, 122), (247, 247, 247)],
    ],
)

# Rich's names for a terminal with only the 16 basic colours.
_SIXTEEN_COLOUR_SYSTEMS = ("standard", "windows")


def start_theme(saved: str | None, color_system: str | None) -> str | None:
    """The theme to start with: the user's choice; on a 16-colour terminal the terminal's
    own colours unless the choice already is one that survives 16 colours."""
    if color_system in _SIXTEEN_COLOUR_SYSTEMS and saved not in SIXTEEN_COLOUR_SAFE:
        return SIXTEEN_COLOUR_THEME
    return saved


# The choices offered (in this order); each has a name in the catalogue.
THEME_CHOICES = ("textual-dark", "kkr-light", "kkr-high-contrast", "ansi-dark", "ansi-light")
# Every colour of these is one of the terminal's 16 (high contrast uses only pure ones).
SIXTEEN_COLOUR_SAFE = ("kkr-high-contrast", "ansi-dark", "ansi-light")


def theme_name(name: str) -> str:
    key = f"keys.theme.{name}"
    return t(key)


class ThemeChoices(Provider):
    """The palette opened by Ctrl+T: the themes by their Danish (or English) names."""

    def _choices(self) -> list[tuple[str, str]]:
        app = self.app
        return [(name, theme_name(name)) for name in THEME_CHOICES if name in app.available_themes]

    def _help(self, name: str) -> str | None:
        return t("keys.theme.current") if name == self.app.theme else None

    def _choose(self, name: str) -> None:
        self.app.theme = name

    async def discover(self) -> Hits:
        for name, title in self._choices():
            yield DiscoveryHit(title, partial(self._choose, name), help=self._help(name))

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, title in self._choices():
            score = matcher.match(title)
            if score > 0:
                yield Hit(
                    score,
                    matcher.highlight(title),
                    partial(self._choose, name),
                    help=self._help(name),
                )


def register_themes(app: KkrApp) -> None:
    """Our two themes; the ANSI palettes above are KkrApp's class defaults."""
    app.register_theme(HIGH_CONTRAST)
    app.register_theme(KKR_LIGHT)
