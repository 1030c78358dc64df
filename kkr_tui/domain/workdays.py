"""Danish working days: Monday to Friday minus public holidays and the office's closed days.

Public holidays come from the `holidays` package (DK, categories public and optional), so
no Easter arithmetic lives here. Its "optional" category holds exactly the days the
office may close by custom (1 May, grundlovsdag, juleaftensdag, nytårsaftensdag); which
of those count is decided by the `ClosedDays` settings in the database, not by code.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping

import pendulum

from kkr_tui.domain.errors import ValidationError
from kkr_tui.domain.rules import ClosedDays
from kkr_tui.i18n import t

# year -> {day: Danish name}; several names on one day are joined with "; " (as the
# holidays package does when, e.g., 2. pinsedag falls on grundlovsdag).
HolidaySource = Callable[[int], Mapping[dt.date, str]]

# Store bededag was abolished by law from 2024 (DOMAIN.md); kept as a rule of our own
# so the result does not depend on an injected source knowing that.
LAST_STORE_BEDEDAG_YEAR = 2023

# The days the office closes by custom: ClosedDays field -> (month, day).
CUSTOM_CLOSED_DAYS: dict[str, tuple[int, int]] = {
    "forste_maj": (5, 1),
    "grundlovsdag": (6, 5),
    "juleaftensdag": (12, 24),
    "nytaarsaftensdag": (12, 31),
}

# The holidays package's Danish names (and the office's own spellings) -> catalogue key.
# A test pins every name the package yields for 2000-2100 to this table, so a package
# upgrade that adds or renames a day fails loudly instead of quietly moving deadlines.
NAME_KEYS: dict[str, str] = {
    "nytårsdag": "nytaarsdag",
    "skærtorsdag": "skaertorsdag",
    "langfredag": "langfredag",
    "påskedag": "paaskedag",
    "anden påskedag": "anden_paaskedag",
    "2. påskedag": "anden_paaskedag",
    "store bededag": "store_bededag",
    "kristi himmelfartsdag": "kristi_himmelfart",
    "pinsedag": "pinsedag",
    "anden pinsedag": "anden_pinsedag",
    "2. pinsedag": "anden_pinsedag",
    "juledag": "juledag",
    "første juledag": "juledag",
    "anden juledag": "anden_juledag",
    "2. juledag": "anden_juledag",
    "grundlovsdag": "grundlovsdag",
    "juleaftensdag": "juleaftensdag",
    "juleaften": "juleaftensdag",
    "nytårsaften": "nytaarsaftensdag",
    "nytårsaftensdag": "nytaarsaftensdag",
    "arbejdernes kampdag": "forste_maj",
    "1. maj": "forste_maj",
}

EXTRA_KEY = "extra"

# Why one day is closed: a catalogue key, or the source's own name when it is unknown.
Reason = tuple[str | None, str]


def danish_holidays(year: int) -> dict[dt.date, str]:
    """The default holiday source. Imported here, not at the top: `kkr status` starts fast."""
    import holidays

    found = holidays.country_holidays(
        "DK", years=year, categories=("public", "optional"), language="da"
    )
    return dict(found.items())


def holiday_source_id() -> str:
    """Names what `danish_holidays` computes with, so a cache of it can be checked."""
    import holidays

    return f"holidays {holidays.__version__}; DK public+optional; da"


def cached_holidays(
    cache: Mapping[int, Mapping[dt.date, str]], fallback: HolidaySource | None = None
) -> HolidaySource:
    """A source answering from `cache` (year -> days), computing a missing year.

    The store keeps the years its meetings use in the database file, so a reader such
    as `kkr status` need not import the `holidays` package (~60 ms) on every call.
    """

    def source(year: int) -> Mapping[dt.date, str]:
        found = cache.get(year)
        if found is not None:
            return found
        return (fallback or danish_holidays)(year)

    return source


def as_date(day: dt.date) -> pendulum.Date:
    """A pendulum Date for any date (a DateTime is cut to its own calendar day)."""
    return pendulum.date(day.year, day.month, day.day)


def _weekdays_through(day: dt.date) -> int:
    """Mondays-Fridays from a fixed Monday up to and including `day` (a running count)."""
    # date.min is a Monday (ordinal 1), so ordinal 1 starts a full week.
    weeks, rest = divmod(day.toordinal() - 1, 7)
    return weeks * 5 + min(rest + 1, 5)


class WorkCalendar:
    """Working days for the office, from its ClosedDays settings; cached per year."""

    def __init__(
        self,
        closed_days: ClosedDays | None = None,
        holiday_source: HolidaySource | None = None,
    ) -> None:
        self.closed_days = closed_days or ClosedDays()
        self._source = holiday_source or danish_holidays
        self._extra = self._parse_extra(self.closed_days.extra)
        self._years: dict[int, dict[dt.date, tuple[Reason, ...]]] = {}

    @staticmethod
    def _parse_extra(extra: tuple[str, ...]) -> dict[int, set[dt.date]]:
        by_year: dict[int, set[dt.date]] = {}
        for text in extra:
            try:
                day = dt.date.fromisoformat(text.strip())
            except ValueError:
                raise ValidationError(
                    t("dates.closed_days.bad_extra", text=text), "extra"
                ) from None
            by_year.setdefault(day.year, set()).add(day)
        return by_year

    def _closed(self, year: int) -> dict[dt.date, tuple[Reason, ...]]:
        """Every closed day of `year` (weekends aside) with its reasons, computed once."""
        cached = self._years.get(year)
        if cached is not None:
            return cached
        closed: dict[dt.date, list[Reason]] = {}
        for day, names in self._source(year).items():
            for name in str(names).split(";"):
                reason = self._reason_if_closed(year, name.strip())
                if reason is not None:
                    closed.setdefault(dt.date(day.year, day.month, day.day), []).append(reason)
        # A custom day the office closes counts even if the source does not list it.
        for key, (month, day_of_month) in CUSTOM_CLOSED_DAYS.items():
            if getattr(self.closed_days, key):
                reasons = closed.setdefault(dt.date(year, month, day_of_month), [])
                if all(k != key for k, _ in reasons):
                    reasons.append((key, key))
        for day in self._extra.get(year, ()):
            closed.setdefault(day, []).append((EXTRA_KEY, EXTRA_KEY))
        result = {day: tuple(reasons) for day, reasons in closed.items() if reasons}
        self._years[year] = result
        return result

    def _reason_if_closed(self, year: int, name: str) -> Reason | None:
        if not name:
            return None
        key = NAME_KEYS.get(name.lower())
        if key in CUSTOM_CLOSED_DAYS and not getattr(self.closed_days, key):
            return None
        if key == "store_bededag" and year > LAST_STORE_BEDEDAG_YEAR:
            return None
        # An unknown name is still a holiday: better a deadline a day early than on a
        # closed day. The name test keeps this branch for injected sources only.
        return (key, name)

    def is_working_day(self, day: dt.date) -> bool:
        plain = dt.date(day.year, day.month, day.day)
        return plain.weekday() < 5 and plain not in self._closed(plain.year)

    def closed_reason(self, day: dt.date) -> str | None:
        """Why `day` is not a working day, in the current language; None if it is one.

        A holiday's name wins over the weekday, so 2. juledag on a Saturday says so.
        """
        plain = dt.date(day.year, day.month, day.day)
        reasons = self._closed(plain.year).get(plain)
        if reasons:
            return ", ".join(_localize(reason) for reason in reasons)
        if plain.weekday() == 5:
            return t("dates.weekday.saturday")
        if plain.weekday() == 6:
            return t("dates.weekday.sunday")
        return None

    def previous_working_day(self, day: dt.date) -> pendulum.Date:
        """The nearest working day strictly before `day`."""
        return as_date(self._step(day, -1))

    def next_working_day(self, day: dt.date) -> pendulum.Date:
        """The nearest working day strictly after `day`."""
        return as_date(self._step(day, 1))

    def on_or_before(self, day: dt.date) -> pendulum.Date:
        """`day` itself if it is a working day, else the nearest earlier one."""
        return as_date(day) if self.is_working_day(day) else self.previous_working_day(day)

    def on_or_after(self, day: dt.date) -> pendulum.Date:
        """`day` itself if it is a working day, else the nearest later one."""
        return as_date(day) if self.is_working_day(day) else self.next_working_day(day)

    def add_working_days(self, day: dt.date, n: int) -> pendulum.Date:
        """The n-th working day after `day` (before it for negative n); `day` for n=0."""
        result = dt.date(day.year, day.month, day.day)
        for _ in range(abs(n)):
            result = self._step(result, 1 if n > 0 else -1)
        return as_date(result)

    def _step(self, day: dt.date, direction: int) -> dt.date:
        """The nearest working day strictly after (1) or before (-1) `day`.

        Walks plain dates and leaves the one pendulum Date to the caller: a pendulum
        day step costs ~5 µs, a plain one ~0.1 µs, and deriving a meeting's deadlines
        steps some 25 days (Oversigt: 15 meetings before its first frame)."""
        one = dt.timedelta(days=direction)
        candidate = dt.date(day.year, day.month, day.day) + one
        while not self.is_working_day(candidate):
            candidate += one
        return candidate

    def working_days_between(self, a: dt.date, b: dt.date) -> int:
        """Working days after `a` up to and including `b`; negative when b is before a."""
        if b < a:
            return -self.working_days_between(b, a)
        weekdays = _weekdays_through(b) - _weekdays_through(a)
        closed = sum(
            1
            for year in range(a.year, b.year + 1)
            for day in self._closed(year)
            if day.weekday() < 5 and _after(day, a) and not _after(day, b)
        )
        return weekdays - closed

    def closed_weekdays_between(self, a: dt.date, b: dt.date) -> list[tuple[pendulum.Date, str]]:
        """Named closed days on Monday-Friday after `a` up to and including `b`, in order.

        These are the days a reader would otherwise count: they explain a deadline.
        """
        low, high = (a, b) if a <= b else (b, a)
        found = [
            as_date(day)
            for year in range(low.year, high.year + 1)
            for day in self._closed(year)
            if day.weekday() < 5 and _after(day, low) and not _after(day, high)
        ]
        return [(day, self.closed_reason(day) or "") for day in sorted(found)]


def _after(day: dt.date, other: dt.date) -> bool:
    # Compare as plain dates: pendulum.Date and datetime.date mix safely this way.
    return day.toordinal() > other.toordinal()


def _localize(reason: Reason) -> str:
    key, name = reason
    return t(f"dates.holiday.{key}") if key is not None else name
