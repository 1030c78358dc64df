"""The working-day calendar: Danish holidays, the office's closed days, day arithmetic.

Every date asserted here was checked by hand against a calendar (weekday and Easter
date), not copied from the code's output.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pendulum
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kkr_tui.domain.rules import ClosedDays
from kkr_tui.domain.workdays import NAME_KEYS, WorkCalendar, danish_holidays

D = pendulum.date
CAL = WorkCalendar()
days_2000_2100 = st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2100, 12, 31))


# Easter Sunday from published tables; the calendar takes Easter from `holidays`, so
# these check the package (and our use of it) rather than an Easter formula of ours.
EASTER_SUNDAYS = [
    D(2000, 4, 23),
    D(2008, 3, 23),
    D(2024, 3, 31),
    D(2025, 4, 20),
    D(2026, 4, 5),
    D(2027, 3, 28),
    D(2028, 4, 16),
    D(2029, 4, 1),
    D(2038, 4, 25),
]


@pytest.mark.parametrize("easter", EASTER_SUNDAYS, ids=str)
def test_easter_days_are_closed(easter: pendulum.Date) -> None:
    assert CAL.closed_reason(easter.subtract(days=3)) == "skærtorsdag"
    assert CAL.closed_reason(easter.subtract(days=2)) == "langfredag"
    assert CAL.closed_reason(easter) == "påskedag"
    assert CAL.closed_reason(easter.add(days=1)) == "2. påskedag"
    assert CAL.closed_reason(easter.add(days=39)) == "Kristi himmelfartsdag"
    assert CAL.closed_reason(easter.add(days=49)) in (
        "pinsedag",
        "pinsedag, grundlovsdag",
        "grundlovsdag, pinsedag",
    )
    assert not CAL.is_working_day(easter.add(days=50))
    assert CAL.is_working_day(easter.subtract(days=4))  # onsdag før påske


def test_2026_holidays_named_in_domain_md() -> None:
    assert CAL.closed_reason(D(2026, 4, 2)) == "skærtorsdag"
    assert CAL.closed_reason(D(2026, 4, 3)) == "langfredag"
    assert CAL.closed_reason(D(2026, 4, 6)) == "2. påskedag"
    assert CAL.closed_reason(D(2026, 5, 14)) == "Kristi himmelfartsdag"
    assert CAL.closed_reason(D(2026, 5, 25)) == "2. pinsedag"
    assert CAL.closed_reason(D(2026, 1, 1)) == "nytårsdag"


def test_christmas_and_new_year() -> None:
    # 2026: 24 Dec Thu, 25 Fri, 26 Sat, 31 Thu; 1 Jan 2027 Fri.
    assert CAL.closed_reason(D(2026, 12, 24)) == "juleaftensdag"
    assert CAL.closed_reason(D(2026, 12, 25)) == "juledag"
    assert CAL.closed_reason(D(2026, 12, 26)) == "2. juledag"  # a Saturday: the holiday wins
    assert CAL.closed_reason(D(2026, 12, 31)) == "nytårsaftensdag"
    assert CAL.closed_reason(D(2027, 1, 1)) == "nytårsdag"
    assert CAL.is_working_day(D(2026, 12, 23))
    assert CAL.is_working_day(D(2026, 12, 28))
    assert CAL.next_working_day(D(2026, 12, 23)) == D(2026, 12, 28)
    assert CAL.next_working_day(D(2026, 12, 30)) == D(2027, 1, 4)


def test_store_bededag_until_2023_only() -> None:
    # Store bededag = 4th Friday after Easter: 5 May 2023; would have been 26 Apr 2024.
    assert CAL.closed_reason(D(2023, 5, 5)) == "store bededag"
    assert CAL.is_working_day(D(2024, 4, 26))
    assert CAL.is_working_day(D(2025, 5, 16))


def test_store_bededag_dropped_after_2023_even_if_a_source_lists_it() -> None:
    source = {2024: {dt.date(2024, 4, 26): "Store bededag"}}
    cal = WorkCalendar(holiday_source=lambda year: source.get(year, {}))
    assert cal.is_working_day(D(2024, 4, 26))


def test_pinse_on_grundlovsdag_2028() -> None:
    # Easter 16 Apr 2028 -> pinsedag Sun 4 Jun, 2. pinsedag Mon 5 Jun = grundlovsdag.
    assert CAL.closed_reason(D(2028, 6, 5)) == "2. pinsedag, grundlovsdag"
    no_grundlov = WorkCalendar(ClosedDays(grundlovsdag=False))
    # Switching grundlovsdag off does not open 2. pinsedag.
    assert no_grundlov.closed_reason(D(2028, 6, 5)) == "2. pinsedag"


def test_weekend_reason_and_english(english: None) -> None:
    assert CAL.closed_reason(D(2026, 4, 4)) == "Saturday"
    assert CAL.closed_reason(D(2026, 4, 5)) == "Easter Sunday"
    assert CAL.closed_reason(D(2026, 4, 2)) == "Maundy Thursday"
    assert CAL.closed_reason(D(2026, 6, 5)) == "Constitution Day"


def test_weekend_reason_danish() -> None:
    assert CAL.closed_reason(D(2026, 4, 11)) == "lørdag"
    assert CAL.closed_reason(D(2026, 4, 12)) == "søndag"
    assert CAL.closed_reason(D(2026, 4, 9)) is None


def test_first_of_may_off_by_default_and_switchable() -> None:
    assert CAL.is_working_day(D(2026, 5, 1))  # a Friday
    on = WorkCalendar(ClosedDays(forste_maj=True))
    assert on.closed_reason(D(2026, 5, 1)) == "1. maj"


def test_closed_days_switched_off() -> None:
    cal = WorkCalendar(ClosedDays(grundlovsdag=False, juleaftensdag=False, nytaarsaftensdag=False))
    assert cal.is_working_day(D(2026, 6, 5))
    assert cal.is_working_day(D(2026, 12, 24))
    assert cal.is_working_day(D(2026, 12, 31))
    assert not cal.is_working_day(D(2026, 12, 25))


def test_extra_closed_day() -> None:
    cal = WorkCalendar(ClosedDays(extra=("2026-08-14",)))
    assert cal.closed_reason(D(2026, 8, 14)) == "kontoret lukket"
    assert CAL.is_working_day(D(2026, 8, 14))


def test_extra_closed_day_must_be_iso() -> None:
    from kkr_tui.domain.errors import ValidationError

    with pytest.raises(ValidationError, match="14-08-2026"):
        WorkCalendar(ClosedDays(extra=("14-08-2026",)))


def test_custom_day_counts_even_if_source_omits_it() -> None:
    cal = WorkCalendar(holiday_source=lambda year: {})
    assert cal.closed_reason(D(2026, 6, 5)) == "grundlovsdag"
    assert cal.is_working_day(D(2026, 4, 2))  # this source knows no Easter


def test_arithmetic_around_easter_2026() -> None:
    assert CAL.previous_working_day(D(2026, 4, 7)) == D(2026, 4, 1)
    assert CAL.next_working_day(D(2026, 4, 1)) == D(2026, 4, 7)
    assert CAL.add_working_days(D(2026, 4, 1), 1) == D(2026, 4, 7)
    assert CAL.add_working_days(D(2026, 4, 7), -1) == D(2026, 4, 1)
    assert CAL.add_working_days(D(2026, 4, 9), 5) == D(2026, 4, 16)
    assert CAL.add_working_days(D(2026, 4, 2), 0) == D(2026, 4, 2)
    assert CAL.working_days_between(D(2026, 3, 31), D(2026, 4, 10)) == 5
    assert CAL.working_days_between(D(2026, 4, 10), D(2026, 3, 31)) == -5
    assert CAL.working_days_between(D(2026, 4, 9), D(2026, 4, 9)) == 0


def test_returns_pendulum_dates() -> None:
    assert isinstance(CAL.next_working_day(dt.date(2026, 4, 1)), pendulum.Date)
    assert isinstance(CAL.add_working_days(dt.date(2026, 4, 1), -3), pendulum.Date)


def test_closed_weekdays_between_lists_only_named_weekdays() -> None:
    assert CAL.closed_weekdays_between(D(2026, 3, 31), D(2026, 4, 10)) == [
        (D(2026, 4, 2), "skærtorsdag"),
        (D(2026, 4, 3), "langfredag"),
        (D(2026, 4, 6), "2. påskedag"),
    ]


def test_every_holiday_name_from_the_package_is_known() -> None:
    """A holidays upgrade that adds or renames a Danish day must fail here, not move dates."""
    unknown = {
        name.strip()
        for year in range(2000, 2101)
        for names in danish_holidays(year).values()
        for name in names.split(";")
        if name.strip().lower() not in NAME_KEYS
    }
    assert unknown == set()


def test_optional_category_is_exactly_the_custom_days() -> None:
    import holidays

    optional = holidays.country_holidays("DK", years=2026, categories=("optional",))
    assert sorted((d.month, d.day) for d in optional) == [(5, 1), (6, 5), (12, 24), (12, 31)]


def test_importing_the_date_engine_loads_neither_holidays_nor_textual() -> None:
    code = (
        "import sys\n"
        "import kkr_tui.domain.workdays, kkr_tui.domain.deadlines, kkr_tui.domain.parsing\n"
        "import kkr_tui.domain.localtime, kkr_tui.domain.formatting\n"
        "assert 'holidays' not in sys.modules, 'holidays imported at module top'\n"
        "assert 'textual' not in sys.modules, 'textual imported by the domain'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


# --- properties over 2000-2100 -------------------------------------------------------


@given(days_2000_2100)
def test_weekends_are_never_working_days(day: dt.date) -> None:
    if day.weekday() >= 5:
        assert not CAL.is_working_day(day)
        assert CAL.closed_reason(day) is not None
    else:
        assert CAL.is_working_day(day) == (CAL.closed_reason(day) is None)


@given(days_2000_2100, st.integers(min_value=-60, max_value=60))
def test_add_working_days_lands_on_a_working_day_n_away(day: dt.date, n: int) -> None:
    result = CAL.add_working_days(day, n)
    if n == 0:
        assert result == day
        return
    assert CAL.is_working_day(result)
    if n > 0 or CAL.is_working_day(day):
        assert CAL.working_days_between(day, result) == n
    assert (result > day) == (n > 0)


@settings(max_examples=60)
@given(days_2000_2100, st.integers(min_value=-400, max_value=400))
def test_working_days_between_matches_counting_one_by_one(day: dt.date, span: int) -> None:
    other = day + dt.timedelta(days=span)
    low, high = sorted((day, other))
    brute = sum(
        1 for k in range(1, (high - low).days + 1) if CAL.is_working_day(low + dt.timedelta(k))
    )
    assert CAL.working_days_between(low, high) == brute
    assert CAL.working_days_between(high, low) == -brute


@given(days_2000_2100)
def test_previous_and_next_skip_no_working_day(day: dt.date) -> None:
    before = CAL.previous_working_day(day)
    after = CAL.next_working_day(day)
    assert before < day < after
    assert CAL.working_days_between(before, day) == (1 if CAL.is_working_day(day) else 0)
    assert CAL.working_days_between(day, after) == 1


@given(days_2000_2100)
def test_switching_custom_days_off_opens_exactly_those_days(day: dt.date) -> None:
    open_office = WorkCalendar(
        ClosedDays(grundlovsdag=False, juleaftensdag=False, nytaarsaftensdag=False)
    )
    custom = (day.month, day.day) in {(6, 5), (12, 24), (12, 31)}
    if not custom:
        assert open_office.is_working_day(day) == CAL.is_working_day(day)
    elif CAL.is_working_day(day):
        pytest.fail(f"{day} is a custom closed day but counted as working")
    else:
        # Open unless a weekend or a public holiday (2. pinsedag on 5 June) keeps it shut.
        public = any(
            name.strip().lower() not in ("grundlovsdag", "juleaftensdag", "nytårsaften")
            for name in danish_holidays(day.year).get(day, "").split(";")
            if name.strip()
        )
        assert open_office.is_working_day(day) == (day.weekday() < 5 and not public)


@given(days_2000_2100)
def test_first_of_may_switch_closes_only_first_of_may(day: dt.date) -> None:
    may = WorkCalendar(ClosedDays(forste_maj=True))
    if (day.month, day.day) == (5, 1):
        assert not may.is_working_day(day)
    else:
        assert may.is_working_day(day) == CAL.is_working_day(day)
