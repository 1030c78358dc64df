"""Colour themes: the high-contrast theme and the short list a secretary chooses from.

Every theme only repeats what words and symbols already say (state is never shown by
colour alone), so any of them, or none (NO_COLOR), is safe.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.theme import Theme

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

DEFAULT_THEME = "textual-dark"

# The choices offered (in this order); each has a name in the catalogue.
THEME_CHOICES = ("textual-dark", "textual-light", "kkr-high-contrast", "ansi-dark", "ansi-light")


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
    app.register_theme(HIGH_CONTRAST)
