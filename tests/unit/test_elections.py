"""Local-election years and electoral periods."""

from __future__ import annotations

import pytest

from kkr_tui.domain.elections import electoral_period, is_constituting_year, is_local_election_year


@pytest.mark.parametrize("year", [2013, 2017, 2021, 2025, 2029, 2033])
def test_election_years(year: int) -> None:
    assert is_local_election_year(year)
    assert not is_local_election_year(year + 1)
    assert is_constituting_year(year + 1)
    assert not is_constituting_year(year)


@pytest.mark.parametrize(
    ("year", "period"),
    [
        (2025, (2022, 2025)),
        (2026, (2026, 2029)),
        (2027, (2026, 2029)),
        (2029, (2026, 2029)),
        (2030, (2030, 2033)),
    ],
)
def test_electoral_period(year: int, period: tuple[int, int]) -> None:
    assert electoral_period(year) == period
