"""Danish local elections and the electoral periods they open.

Municipal elections are held every fourth year in November (2021, 2025, 2029, ...);
the new councils take office on 1 January, so the period after the 2025 election is
2026-2029. The KKR are constituted by 31 January of the first year of a period.
"""

from __future__ import annotations

# Any known election year; the rhythm has been four years since 1981.
_REFERENCE_ELECTION = 2025
_TERM_YEARS = 4


def is_local_election_year(year: int) -> bool:
    return (year - _REFERENCE_ELECTION) % _TERM_YEARS == 0


def is_constituting_year(year: int) -> bool:
    """The first year of a period: the KKR hold a constituting meeting in January."""
    return is_local_election_year(year - 1)


def electoral_period(year: int) -> tuple[int, int]:
    """The first and last year of the period `year` belongs to, e.g. 2027 -> (2026, 2029)."""
    last_election = year - 1 - (year - 1 - _REFERENCE_ELECTION) % _TERM_YEARS
    return last_election + 1, last_election + _TERM_YEARS
