"""The one date/time parser: every spelling the issue lists, and every refusal."""

from __future__ import annotations

import datetime as dt
import re

import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

from kkr_tui.domain.errors import ValidationError
from kkr_tui.domain.formatting import format_day, format_time
from kkr_tui.domain.localtime import local_datetime
from kkr_tui.domain.parsing import parse_date, parse_time

APRIL_9 = pendulum.date(2026, 4, 9)


@pytest.mark.parametrize(
    "text",
    [
        "2026-04-09",
        "2026-4-9",
        "9-4-2026",
        "09-04-2026",
        "9/4-2026",
        "9/4 2026",
        "9.4.2026",
        "09.04.2026",
        "9. april 2026",
        "9 apr 2026",
        "9. APRIL 2026",
        "9. apr. 2026",
        "  9.  april   2026 ",
        "tor 9. apr 2026",
        "torsdag 9. april 2026",
        "Thu 9 Apr 2026",
        "Thursday, 9 April 2026",
    ],
)
def test_accepted_spellings_of_9_april_2026(text: str) -> None:
    assert parse_date(text) == APRIL_9


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1. maj 2026", pendulum.date(2026, 5, 1)),
        ("1 May 2026", pendulum.date(2026, 5, 1)),
        ("3 okt 2026", pendulum.date(2026, 10, 3)),
        ("3 Oct 2026", pendulum.date(2026, 10, 3)),
        ("24. dec. 2026", pendulum.date(2026, 12, 24)),
        ("5. marts 2026", pendulum.date(2026, 3, 5)),
        ("5 mar 2026", pendulum.date(2026, 3, 5)),
        ("29-2-2028", pendulum.date(2028, 2, 29)),
        ("1. sept 2026", pendulum.date(2026, 9, 1)),
    ],
)
def test_month_names(text: str, expected: pendulum.Date) -> None:
    assert parse_date(text) == expected


def test_returns_a_pendulum_date() -> None:
    parsed = parse_date("9-4-2026")
    assert isinstance(parsed, pendulum.Date) and not isinstance(parsed, pendulum.DateTime)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("31-02-2026", "den dag findes ikke"),
        ("29-2-2026", "den dag findes ikke"),
        ("2026-13-01", "den dag findes ikke"),
        ("9-4-26", "fire cifre"),
        ("9. apr 26", "fire cifre"),
        ("9/4/2026", "tvetydig"),
        ("04/09/2026", "tvetydig"),
        ("9. foo 2026", "ukendt måned »foo«"),
        ("fre 9. apr 2026", "er en torsdag"),
        ("2026-04-09 kl. 10", "er ikke en dato"),
        ("9-4-2026x", "er ikke en dato"),
        ("9-4", "er ikke en dato"),
        ("9. april", "er ikke en dato"),
        ("", "er ikke en dato"),
        ("i morgen", "er ikke en dato"),
        ("0202-04-09", "mellem 1900 og 2199"),
        ("9-4-20266", "er ikke en dato"),
        ("9.4-2026", "er ikke en dato"),
    ],
)
def test_refused_dates_quote_the_text(text: str, message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_date(text, field="date")
    assert f"»{text}«" in str(caught.value)
    assert message in str(caught.value)
    assert caught.value.field == "date"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("09:30", (9, 30)),
        ("9:30", (9, 30)),
        ("9.30", (9, 30)),
        ("09.30", (9, 30)),
        ("kl. 9.30", (9, 30)),
        ("kl 12.30", (12, 30)),
        ("09:30:00", (9, 30)),
        ("0:00", (0, 0)),
        ("23:59", (23, 59)),
    ],
)
def test_accepted_times(text: str, expected: tuple[int, int]) -> None:
    assert parse_time(text) == expected


@pytest.mark.parametrize(
    "text", ["930", "0930", "9", "9:3", "24:00", "9:60", "09:30:15", "9:30 am", "", "halv ti"]
)
def test_refused_times_quote_the_text(text: str) -> None:
    with pytest.raises(ValidationError, match=re.escape(f"»{text}«")):
        parse_time(text)


def day_time(day_text: str, time_text: str, field: str | None = None) -> pendulum.DateTime:
    """A typed day and time of day as the meeting dialog and the CSV import join them."""
    return local_datetime(parse_date(day_text, field), *parse_time(time_text, field), field)


def test_day_time_is_copenhagen_with_offset() -> None:
    assert day_time("9-4-2026", "9.30").isoformat() == "2026-04-09T09:30:00+02:00"
    assert day_time("9-1-2026", "9.30").isoformat() == "2026-01-09T09:30:00+01:00"


def test_day_time_refuses_the_spring_gap() -> None:
    with pytest.raises(ValidationError, match="findes ikke"):
        day_time("29-3-2026", "02:30", field="start")


days = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2199, 12, 31))


@given(days, st.sampled_from(["da", "en"]))
def test_format_day_round_trips(day: dt.date, lang: str) -> None:
    assert parse_date(format_day(day, lang)) == day


@given(days)
def test_numeric_spellings_round_trip(day: dt.date) -> None:
    assert parse_date(day.isoformat()) == day
    assert parse_date(f"{day.day}-{day.month}-{day.year}") == day
    assert parse_date(f"{day.day:02d}.{day.month:02d}.{day.year}") == day
    assert parse_date(f"{day.day}/{day.month}-{day.year}") == day


@given(st.integers(0, 23), st.integers(0, 59), st.sampled_from(["da", "en"]))
def test_format_time_round_trips(hour: int, minute: int, lang: str) -> None:
    moment = pendulum.datetime(2026, 1, 9, hour, minute, tz="Europe/Copenhagen")
    assert parse_time(format_time(moment, lang)) == (hour, minute)
