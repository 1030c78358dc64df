"""Copenhagen local times: unambiguous offsets, and refusals around the DST changes."""

from __future__ import annotations

import datetime as dt

import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

from kkr_tui.domain.errors import ValidationError
from kkr_tui.domain.localtime import local_datetime

D = pendulum.date


def test_winter_and_summer_offsets() -> None:
    assert local_datetime(D(2026, 1, 27), 9, 30).isoformat() == "2026-01-27T09:30:00+01:00"
    assert local_datetime(D(2026, 4, 9), 9, 30).isoformat() == "2026-04-09T09:30:00+02:00"
    assert local_datetime(D(2026, 4, 9), 9, 30).timezone_name == "Europe/Copenhagen"


def test_spring_forward_gap_is_refused_naming_the_day() -> None:
    # Sun 29 Mar 2026: clocks jump from 02:00 to 03:00.
    with pytest.raises(ValidationError) as caught:
        local_datetime(D(2026, 3, 29), 2, 30, field="start")
    assert str(caught.value) == (
        "start: søn 29. mar 2026 kl. 02.30 findes ikke: urene stilles en time frem den "
        "nat (sommertid)"
    )


def test_fall_back_hour_is_refused_as_ambiguous() -> None:
    # Sun 25 Oct 2026: 02:00-02:59 happens twice.
    with pytest.raises(ValidationError, match=r"søn 25\. okt 2026 kl\. 02\.30 er tvetydig"):
        local_datetime(D(2026, 10, 25), 2, 30)


def test_english_message(english: None) -> None:
    with pytest.raises(ValidationError, match="Sun 29 Mar 2026 02:30 does not exist"):
        local_datetime(D(2026, 3, 29), 2, 30)


def test_hours_around_the_changes_are_fine() -> None:
    assert local_datetime(D(2026, 3, 29), 1, 59).isoformat() == "2026-03-29T01:59:00+01:00"
    assert local_datetime(D(2026, 3, 29), 3, 0).isoformat() == "2026-03-29T03:00:00+02:00"
    assert local_datetime(D(2026, 10, 25), 1, 59).isoformat() == "2026-10-25T01:59:00+02:00"
    assert local_datetime(D(2026, 10, 25), 3, 0).isoformat() == "2026-10-25T03:00:00+01:00"
    # The whole gap and the whole repeated hour are refused.
    for minute in (0, 59):
        with pytest.raises(ValidationError):
            local_datetime(D(2026, 3, 29), 2, minute)
        with pytest.raises(ValidationError):
            local_datetime(D(2026, 10, 25), 2, minute)


def test_out_of_range_clock_is_refused() -> None:
    with pytest.raises(ValidationError, match="24:00"):
        local_datetime(D(2026, 4, 9), 24, 0)


@given(
    st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2100, 12, 31)),
    st.integers(0, 23),
    st.integers(0, 59),
)
def test_every_accepted_time_keeps_its_wall_clock(day: dt.date, hour: int, minute: int) -> None:
    try:
        moment = local_datetime(day, hour, minute)
    except ValidationError:
        # Only the 02:xx hour on a transition Sunday (last Sunday of March or October).
        assert hour == 2 and day.weekday() == 6 and day.month in (3, 10) and day.day >= 25
        return
    assert (moment.date(), moment.hour, moment.minute) == (day, hour, minute)
    # Stored as ISO text with offset and read back, it is the same instant.
    assert pendulum.parse(moment.isoformat()) == moment
