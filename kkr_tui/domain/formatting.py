"""Dates and times as a Danish secretary writes them ("tor 9. apr 2026"), or in English.

pendulum's `da` locale supplies the names; its abbreviations end in a dot
("tor.", "apr.") which Danish house style for compact dates leaves out.
"""

from __future__ import annotations

import pendulum

from kkr_tui.i18n import language


def _abbr(d: pendulum.Date, token: str) -> str:
    return d.format(token, locale="da").rstrip(".")


def format_day(d: pendulum.Date) -> str:
    """'tor 9. apr 2026' (da) / 'Thu 9 Apr 2026' (en)."""
    if language() == "en":
        return d.format("ddd D MMM YYYY", locale="en")
    return f"{_abbr(d, 'ddd')} {d.day}. {_abbr(d, 'MMM')} {d.year}"


def format_day_short(d: pendulum.Date) -> str:
    """'tor 2. apr' (da) / 'Thu 2 Apr' (en): for a day near a date already shown in full."""
    if language() == "en":
        return d.format("ddd D MMM", locale="en")
    return f"{_abbr(d, 'ddd')} {d.day}. {_abbr(d, 'MMM')}"


def format_time(dt: pendulum.DateTime) -> str:
    """'09.30' (Danish style) / '09:30' (en)."""
    return dt.format("HH:mm") if language() == "en" else dt.format("HH.mm")


def format_day_time(dt: pendulum.DateTime) -> str:
    return f"{format_day(dt.date())} {format_time(dt)}"


def month_abbr(month: int) -> str:
    """'jan'..'dec' (da) / 'Jan'..'Dec' (en) for column labels."""
    d = pendulum.date(2026, month, 1)
    return d.format("MMM", locale="en") if language() == "en" else _abbr(d, "MMM")
