"""Dates in prose and documents (GLOSSARY.md): 'torsdag den 9. april 2026 kl. 9.30-12.30'."""

from __future__ import annotations

import pendulum
import pytest

from kkr_tui.i18n.dates import MONTH_NAMES, WEEKDAY_NAMES, prose_day, prose_time, prose_when

TZ = "Europe/Copenhagen"


def test_danish_prose_day_has_den_and_full_names() -> None:
    assert prose_day(pendulum.date(2026, 4, 9), "da") == "torsdag den 9. april 2026"


def test_english_prose_day() -> None:
    assert prose_day(pendulum.date(2026, 4, 9), "en") == "Thursday 9 April 2026"


def test_danish_meeting_time_has_no_leading_zero() -> None:
    start = pendulum.datetime(2026, 4, 9, 9, 30, tz=TZ)
    end = pendulum.datetime(2026, 4, 9, 12, 30, tz=TZ)
    assert prose_when(start, end, "da") == "torsdag den 9. april 2026 kl. 9.30-12.30"
    assert prose_when(start, end, "en") == "Thursday 9 April 2026, 09:30-12:30"
    assert prose_when(start, None, "da") == "torsdag den 9. april 2026 kl. 9.30"


def test_documents_use_an_en_dash() -> None:
    start = pendulum.datetime(2026, 4, 9, 9, 30, tz=TZ)
    end = pendulum.datetime(2026, 4, 9, 12, 30, tz=TZ)
    assert prose_when(start, end, "da", dash="–") == "torsdag den 9. april 2026 kl. 9.30–12.30"


def test_an_end_on_another_day_is_written_in_full() -> None:
    start = pendulum.datetime(2026, 4, 9, 16, 0, tz=TZ)
    end = pendulum.datetime(2026, 4, 10, 12, 0, tz=TZ)
    assert prose_when(start, end, "da") == (
        "torsdag den 9. april 2026 kl. 16.00 til fredag den 10. april 2026 kl. 12.00"
    )


def test_times_are_copenhagen_whatever_the_zone() -> None:
    utc = pendulum.datetime(2026, 4, 9, 7, 30, tz="UTC")
    assert prose_time(utc, "da") == "9.30"
    assert prose_time(utc, "en") == "09:30"


@pytest.mark.parametrize("lang", ["da", "en"])
def test_names_match_pendulum(lang: str) -> None:
    monday = pendulum.date(2026, 1, 5)
    for offset, name in enumerate(WEEKDAY_NAMES[lang]):
        assert monday.add(days=offset).format("dddd", locale=lang) == name
    for month, name in enumerate(MONTH_NAMES[lang], start=1):
        assert pendulum.date(2026, month, 1).format("MMMM", locale=lang) == name
