"""Days and times as a Danish secretariat writes them ("tor 9. apr 2026", "09.30").

English ("Thu 9 Apr 2026", "09:30") when the catalogue's language is en. The names are
pendulum's `da`/`en` abbreviations without the dot ("tor.", "apr.") that Danish house
style for compact dates leaves out. Times are always shown in Copenhagen time,
whatever zone the value carries. File sizes in B, kB or MB (`format_size`).
"""

from __future__ import annotations

import datetime as dt

import pendulum

from kkr_tui.domain.clock import TZ_NAME, copenhagen
from kkr_tui.i18n import language

# pendulum's `da` and `en` abbreviations (Monday first), without the dot Danish house
# style leaves out. Written out because loading a pendulum locale costs ~6 ms, a tenth
# of what `kkr status` may spend; tests/unit/test_formatting.py pins them to pendulum.
WEEKDAY_ABBR: dict[str, tuple[str, ...]] = {
    "da": ("man", "tir", "ons", "tor", "fre", "lør", "søn"),
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
}
MONTH_ABBR: dict[str, tuple[str, ...]] = {
    "da": ("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}


def _names(day: pendulum.Date, lang: str) -> tuple[str, str]:
    """Weekday and month abbreviations in `lang`."""
    return WEEKDAY_ABBR[lang][day.weekday()], MONTH_ABBR[lang][day.month - 1]


def day_month(day: int, month: str, lang: str) -> str:
    """'9. april' / '9. apr' (da: a dot after the day's number) or '9 April' (en)."""
    return f"{day} {month}" if lang == "en" else f"{day}. {month}"


def _pdate(day: dt.date) -> pendulum.Date:
    if isinstance(day, dt.datetime):
        day = pendulum.instance(day).in_timezone(TZ_NAME).date()
    return pendulum.date(day.year, day.month, day.day)


def format_day(day: dt.date, lang: str | None = None) -> str:
    """'tor 9. apr 2026' (da) or 'Thu 9 Apr 2026' (en)."""
    plain = _pdate(day)
    return f"{format_day_short(plain, lang)} {plain.year}"


def format_day_short(day: dt.date, lang: str | None = None) -> str:
    """'tor 2. apr' (da) or 'Thu 2 Apr' (en): for a day near another one shown in full."""
    lang = lang or language()
    plain = _pdate(day)
    weekday, month = _names(plain, lang)
    return f"{weekday} {day_month(plain.day, month, lang)}"


def format_time(moment: dt.datetime, lang: str | None = None) -> str:
    """'09.30' (Danish style) or '09:30' (en), in Copenhagen time."""
    lang = lang or language()
    local = copenhagen(moment)
    separator = ":" if lang == "en" else "."
    return f"{local.hour:02d}{separator}{local.minute:02d}"


def format_day_time(moment: dt.datetime, lang: str | None = None) -> str:
    """'tor 9. apr 2026 kl. 09.30' (da) or 'Thu 9 Apr 2026 09:30' (en)."""
    lang = lang or language()
    local = copenhagen(moment)
    day = format_day(local.date(), lang)
    time = format_time(local, lang)
    return f"{day} {time}" if lang == "en" else f"{day} kl. {time}"


def month_abbr(month: int, lang: str | None = None) -> str:
    """'jan'..'dec' (da) / 'Jan'..'Dec' (en) for column labels."""
    lang = lang or language()
    return _names(pendulum.date(2026, month, 1), lang)[1]


def format_size(size: int) -> str:
    """A file's size: '512 B', '12 kB', '3.4 MB' (powers of 1024, as file managers say)."""
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} kB"
    return f"{size / (1024 * 1024):.1f} MB"
