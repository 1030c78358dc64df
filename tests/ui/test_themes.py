"""Colours that say the truth: every theme's text colours meet WCAG AA (4.5:1) on the
theme's backgrounds, and a 16-colour terminal gets the terminal's own colours."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pendulum
import pytest
from rich.terminal_theme import TerminalTheme
from textual.color import Color
from textual.theme import BUILTIN_THEMES, Theme

from kkr_tui.ui.app import make_app
from kkr_tui.ui.themes import (
    HIGH_CONTRAST,
    KKR_ANSI_DARK,
    KKR_ANSI_LIGHT,
    KKR_LIGHT,
    SIXTEEN_COLOUR_THEME,
    THEME_CHOICES,
    start_theme,
)
from tests.pilot import app_on

WCAG_AA = 4.5

# The named colours the app writes text in (lights, states, marks): their index in the
# terminal's palette. Black, white and bright black are not used for text on a background.
TEXT_COLOURS = {"red": 1, "green": 2, "yellow": 3, "blue": 4, "magenta": 5, "cyan": 6}

# The theme variables the stylesheets use as text colours.
TEXT_VARIABLES = ("foreground", "text-warning", "text-error", "text-success")
BACKGROUNDS = ("background", "surface", "panel")

# These two are the terminal's own colours: the terminal, not the app, decides them.
TERMINAL_OWN = ("ansi-dark", "ansi-light")


def luminance(colour: Color) -> float:
    """WCAG 2 relative luminance."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.r) + 0.7152 * channel(colour.g) + 0.0722 * channel(colour.b)


def contrast(a: Color, b: Color) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def themes() -> dict[str, Theme]:
    return {**BUILTIN_THEMES, HIGH_CONTRAST.name: HIGH_CONTRAST, KKR_LIGHT.name: KKR_LIGHT}


def palette_colour(palette: TerminalTheme, index: int) -> Color:
    triplet = palette.ansi_colors[index]
    return Color(triplet.red, triplet.green, triplet.blue)


def measured_themes() -> list[str]:
    return [name for name in THEME_CHOICES if name not in TERMINAL_OWN]


@pytest.mark.parametrize("name", measured_themes())
def test_every_text_colour_meets_wcag_aa(name: str) -> None:
    """Text variables and the named colours (via the app's palettes) on each background."""
    theme = themes()[name]
    # As App.get_css_variables: the generated colour system, then the theme's own overrides.
    variables = {**theme.to_color_system().generate(), **theme.variables}
    palette = KKR_ANSI_DARK if theme.dark else KKR_ANSI_LIGHT
    texts = {var: Color.parse(variables[var]) for var in TEXT_VARIABLES}
    texts |= {f"ansi {n}": palette_colour(palette, i) for n, i in TEXT_COLOURS.items()}
    texts |= {f"ansi bright {n}": palette_colour(palette, i + 8) for n, i in TEXT_COLOURS.items()}
    failures = []
    for background_name in BACKGROUNDS:
        background = Color.parse(variables[background_name])
        for text_name, text in texts.items():
            ratio = contrast(text, background)
            if ratio < WCAG_AA:
                failures.append(f"{text_name} on {background_name}: {ratio:.2f}:1")
    assert not failures, f"{name}: " + ", ".join(failures)


def test_the_measure_itself() -> None:
    """Black on white is 21:1, a colour on itself 1:1 (the formula, checked)."""
    assert contrast(Color(0, 0, 0), Color(255, 255, 255)) == pytest.approx(21.0)
    assert contrast(Color(18, 18, 18), Color(18, 18, 18)) == pytest.approx(1.0)


def test_a_sixteen_colour_terminal_gets_the_terminals_own_colours() -> None:
    assert start_theme(None, "standard") == SIXTEEN_COLOUR_THEME
    assert start_theme("textual-light", "standard") == SIXTEEN_COLOUR_THEME
    # Choices that survive 16 colours are kept.
    assert start_theme("kkr-high-contrast", "standard") == "kkr-high-contrast"
    assert start_theme("ansi-light", "standard") == "ansi-light"
    # With more colours the user's choice (or Textual's default) stands.
    assert start_theme(None, "truecolor") is None
    assert start_theme("textual-light", "256") == "textual-light"


def test_the_app_draws_named_colours_from_its_own_palettes(tmp_path: Path) -> None:
    async def run() -> None:
        app = app_on(tmp_path / "kkr.json", pendulum.date(2026, 4, 9), demo=False)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            assert app.ansi_theme_dark is KKR_ANSI_DARK
            assert app.ansi_theme_light is KKR_ANSI_LIGHT
            assert "kkr-light" in app.available_themes

    asyncio.run(run())


def test_the_sixteen_colour_fallback_is_not_remembered(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A 16-colour terminal starts in the terminal's own colours: that is the terminal's
    limit, not the user's choice, so the settings file is not written (it was, while the
    theme was set after mounting: the next truecolor terminal then started in it too)."""
    monkeypatch.setenv("TERM", "xterm-16color")
    monkeypatch.delenv("COLORTERM", raising=False)
    config = tmp_path / "settings" / "config.json"

    async def run() -> None:
        app = make_app(
            tmp_path / "kkr.json", pendulum.date(2026, 4, 9), cursor_blink=False, config_path=config
        )
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            assert app.theme == SIXTEEN_COLOUR_THEME
            await pilot.pause(0.1)
        assert not config.exists()

    asyncio.run(run())
