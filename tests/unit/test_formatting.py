"""Days and times as a Danish secretariat writes them, and in English."""

from __future__ import annotations

import pendulum
import pytest

from kkr_tui.domain.formatting import (
    format_day,
    format_day_short,
    format_day_time,
    format_size,
    format_time,
    month_abbr,
)


def test_danish_day_without_pendulums_trailing_dots() -> None:
    assert format_day(pendulum.date(2026, 4, 9)) == "tor 9. apr 2026"
    assert format_day(pendulum.date(2026, 5, 1)) == "fre 1. maj 2026"
    assert format_day(pendulum.date(2026, 10, 25)) == "søn 25. okt 2026"
    assert format_day(pendulum.date(2026, 12, 12)) == "lør 12. dec 2026"
    assert format_day_short(pendulum.date(2026, 4, 2)) == "tor 2. apr"


def test_english_day(english: None) -> None:
    assert format_day(pendulum.date(2026, 4, 9)) == "Thu 9 Apr 2026"
    assert format_day_short(pendulum.date(2026, 4, 2)) == "Thu 2 Apr"


def test_explicit_language_wins() -> None:
    assert format_day(pendulum.date(2026, 4, 9), "en") == "Thu 9 Apr 2026"


def test_times_in_copenhagen_whatever_the_zone() -> None:
    utc = pendulum.datetime(2026, 4, 9, 7, 30, tz="UTC")
    assert format_time(utc) == "09.30"
    assert format_time(utc, "en") == "09:30"
    assert format_day_time(utc) == "tor 9. apr 2026 kl. 09.30"
    assert format_day_time(utc, "en") == "Thu 9 Apr 2026 09:30"


def test_day_of_a_utc_time_is_the_copenhagen_day() -> None:
    # 23:30 UTC on 8 Apr is 01:30 on 9 Apr in Copenhagen.
    late = pendulum.datetime(2026, 4, 8, 23, 30, tz="UTC")
    assert format_day(late) == "tor 9. apr 2026"


def test_english_day_time(english: None) -> None:
    moment = pendulum.datetime(2026, 1, 27, 9, 30, tz="Europe/Copenhagen")
    assert format_day_time(moment) == "Tue 27 Jan 2026 09:30"


def test_month_abbreviations() -> None:
    assert [month_abbr(m) for m in (1, 5, 10)] == ["jan", "maj", "okt"]
    assert month_abbr(5, "en") == "May"


@pytest.mark.parametrize("lang", ["da", "en"])
def test_name_tables_match_pendulums_locale(lang: str) -> None:
    """The written-out abbreviations are pendulum's (without the trailing dot)."""
    from kkr_tui.domain.formatting import MONTH_ABBR, WEEKDAY_ABBR

    monday = pendulum.date(2026, 1, 5)
    weekdays = [monday.add(days=n).format("ddd", locale=lang).rstrip(".") for n in range(7)]
    firsts = [pendulum.date(2026, m, 1) for m in range(1, 13)]
    months = [first.format("MMM", locale=lang).rstrip(".") for first in firsts]
    assert list(WEEKDAY_ABBR[lang]) == weekdays
    assert list(MONTH_ABBR[lang]) == months


def test_file_sizes_in_bytes_kilobytes_and_megabytes() -> None:
    assert [format_size(n) for n in (0, 1023, 1024, 1535, 1024 * 1024 - 1)] == [
        "0 B",
        "1023 B",
        "1 kB",
        "1 kB",
        "1024 kB",
    ]
    assert format_size(1024 * 1024) == "1.0 MB"
    assert format_size(3 * 1024 * 1024 + 400 * 1024) == "3.4 MB"
