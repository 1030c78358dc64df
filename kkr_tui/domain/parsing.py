"""The one date and time parser, shared by the command line, the CSV import and the UI.

Dates:  2026-04-09 (ISO), 9-4-2026, 09-04-2026, 9.4.2026, 09.04.2026, 9/4-2026,
        9/4 2026, 9. april 2026, 9 apr 2026, 9. dec. 2026, with or without a weekday in
        front ("tor 9. apr 2026", as `format_day` writes it; a wrong weekday is refused).
        Month names in Danish or English, full or abbreviated, in any case.
Times:  09:30, 9:30, 9.30, 09.30, "kl. 9.30", and 09:30:00 (a spreadsheet's time cell).

Refused, with a message quoting the text: days that do not exist (31-02-2026), two-digit
years (9-4-26), years outside 1900-2199 (typing slips), 9/4/2026 (in an English-language
export that is 4 September, so it is ambiguous), digits without a separator for times
(930: 9.30 or a typo?), seconds other than :00, and any text before or after the value.
"""

from __future__ import annotations

import re

import pendulum

from kkr_tui.domain.errors import ValidationError
from kkr_tui.i18n import language, t

YEAR_RANGE = (1900, 2199)

_MONTH_NAMES: tuple[tuple[str, ...], ...] = (
    ("januar", "january", "jan"),
    ("februar", "february", "feb"),
    ("marts", "march", "mar"),
    ("april", "apr"),
    ("maj", "may"),
    ("juni", "june", "jun"),
    ("juli", "july", "jul"),
    ("august", "aug"),
    ("september", "sep", "sept"),
    ("oktober", "october", "okt", "oct"),
    ("november", "nov"),
    ("december", "dec"),
)
MONTHS: dict[str, int] = {
    name: number for number, names in enumerate(_MONTH_NAMES, start=1) for name in names
}

# Monday first, Danish then English.
_WEEKDAY_NAMES: tuple[tuple[tuple[str, ...], ...], ...] = (
    (
        ("mandag", "man"),
        ("tirsdag", "tir"),
        ("onsdag", "ons"),
        ("torsdag", "tor"),
        ("fredag", "fre"),
        ("lørdag", "lør"),
        ("søndag", "søn"),
    ),
    (
        ("monday", "mon"),
        ("tuesday", "tue", "tues"),
        ("wednesday", "wed"),
        ("thursday", "thu", "thur", "thurs"),
        ("friday", "fri"),
        ("saturday", "sat"),
        ("sunday", "sun"),
    ),
)
# name -> Monday=0 ... Sunday=6
WEEKDAYS: dict[str, int] = {
    name: number for days in _WEEKDAY_NAMES for number, names in enumerate(days) for name in names
}

_ISO = re.compile(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})")
_NUMERIC = re.compile(r"(?P<d>\d{1,2})(?P<s1>[-./])(?P<m>\d{1,2})(?P<s2>[-./]| )(?P<y>\d+)")
# Separator pairs a Danish writer uses; "/" then "/" is the ambiguous English order.
_NUMERIC_SEPARATORS = {("-", "-"), (".", "."), ("/", "-"), ("/", " ")}
_WORDS = re.compile(
    r"(?:(?P<wd>[a-zæøå]+)\.?,?\s+)?"
    r"(?P<d>\d{1,2})\.?\s*(?P<m>[a-zæøå]+)\.?,?\s+(?P<y>\d+)"
)
_TIME = re.compile(r"(?:kl\.?\s*)?(?P<h>\d{1,2})[:.](?P<mi>\d{2})(?:[:.](?P<s>\d{2}))?")


def parse_date(text: str, field: str | None = None) -> pendulum.Date:
    """A calendar day from any of the accepted spellings; ValidationError otherwise."""
    cleaned = " ".join(str(text).split()).lower()
    if match := _ISO.fullmatch(cleaned):
        return _day(text, match["y"], match["m"], match["d"], field)
    if match := _NUMERIC.fullmatch(cleaned):
        if (match["s1"], match["s2"]) not in _NUMERIC_SEPARATORS:
            key = "dates.parse.ambiguous" if match["s1"] == "/" else "dates.parse.not_date"
            raise ValidationError(t(key, text=text), field)
        return _day(text, match["y"], match["m"], match["d"], field)
    if match := _WORDS.fullmatch(cleaned):
        month = MONTHS.get(match["m"])
        if month is None:
            raise ValidationError(
                t("dates.parse.unknown_month", text=text, month=match["m"]), field
            )
        day = _day(text, match["y"], str(month), match["d"], field)
        if match["wd"] is not None:
            _check_weekday(text, match["wd"], day, field)
        return day
    raise ValidationError(t("dates.parse.not_date", text=text), field)


def _day(text: str, year: str, month: str, day: str, field: str | None) -> pendulum.Date:
    if len(year) == 2:
        raise ValidationError(t("dates.parse.two_digit_year", text=text), field)
    if len(year) != 4:
        raise ValidationError(t("dates.parse.not_date", text=text), field)
    low, high = YEAR_RANGE
    if not low <= int(year) <= high:
        raise ValidationError(t("dates.parse.year_range", text=text, low=low, high=high), field)
    try:
        return pendulum.date(int(year), int(month), int(day))
    except ValueError:
        raise ValidationError(t("dates.parse.no_such_day", text=text), field) from None


def _check_weekday(text: str, name: str, day: pendulum.Date, field: str | None) -> None:
    if name not in WEEKDAYS:
        raise ValidationError(t("dates.parse.not_date", text=text), field)
    if WEEKDAYS[name] != day.weekday():
        actual = day.format("dddd", locale=language())
        raise ValidationError(
            t("dates.parse.wrong_weekday", text=text, day=day.isoformat(), weekday=actual),
            field,
        )


def parse_time(text: str, field: str | None = None) -> tuple[int, int]:
    """(hour, minute) from 09:30, 9:30, 9.30, 'kl. 9.30' or 09:30:00."""
    cleaned = " ".join(str(text).split()).lower()
    match = _TIME.fullmatch(cleaned)
    if match is None:
        raise ValidationError(t("dates.parse.not_time", text=text), field)
    hour, minute = int(match["h"]), int(match["mi"])
    if hour > 23 or minute > 59 or (match["s"] is not None and match["s"] != "00"):
        raise ValidationError(t("dates.parse.no_such_time", text=text), field)
    return hour, minute
