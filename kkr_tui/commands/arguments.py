"""Argument types shared by several commands (argparse `type=` functions)."""

from __future__ import annotations

import argparse

from kkr_tui.i18n import msg


def days(text: str) -> int:
    """A number of working days: a whole number, 0 or more."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(msg("error.days.not_integer", text=text)) from None
    if value < 0:
        raise argparse.ArgumentTypeError(msg("error.days.negative", text=text))
    return value
