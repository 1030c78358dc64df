"""The public holidays of the years in use, kept in the database file as derived data.

Why: importing the `holidays` package costs ~60 ms, more than `kkr status` may spend
in all (BENCHMARKS.md). Every write brings the cache up to date, so readers answer
from the file and never import the package for a year the data uses.

What is kept is the raw output of `danish_holidays(year)` (day -> name) for each
meeting's year and the years before and after it (a January meeting's milestones
fall in December; a December meeting's minutes are due in January). The office's
closed-day settings are applied on top by WorkCalendar when read, so a changed
setting needs no new cache. The cache records which package version computed it;
a writer that must add a year and has another version recomputes them all.

The cache is never trusted for what it cannot say: a year it does not hold is
computed by the reader, and a malformed cache is ignored (it is derived data, so
losing it only costs time, never a wrong date).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from kkr_tui.domain.workdays import danish_holidays, holiday_source_id

TABLE = "holiday_cache"
_DOC = "1"

HolidayCache = dict[int, dict[dt.date, str]]


def years_in_use(document: dict[str, Any]) -> set[int]:
    """Each meeting's year with its neighbours: the years any derived date can fall in."""
    years: set[int] = set()
    meetings = document.get("meetings")
    if not isinstance(meetings, dict):
        return years
    for meeting in meetings.values():
        start = meeting.get("start") if isinstance(meeting, dict) else None
        if isinstance(start, str) and start[:4].isdigit():
            year = int(start[:4])
            years.update((year - 1, year, year + 1))
    return years


def read(document: dict[str, Any]) -> HolidayCache:
    """The cached years, or nothing when the cache is missing or malformed."""
    table = document.get(TABLE)
    doc = table.get(_DOC) if isinstance(table, dict) else None
    years = doc.get("years") if isinstance(doc, dict) else None
    if not isinstance(years, dict):
        return {}
    try:
        return {
            int(year): {dt.date.fromisoformat(day): str(name) for day, name in days.items()}
            for year, days in years.items()
        }
    except (AttributeError, TypeError, ValueError):
        return {}


def refresh(document: dict[str, Any]) -> bool:
    """Add the years `document`'s meetings use and the cache lacks; True when it changed.

    Called by the store for every write, under the lock, before the file is written.
    Cheap when no year is missing (no import of `holidays`), so a write costs nothing
    extra until meetings in a new year are added. A writer that computes a missing
    year with another version of the package recomputes every year in use.
    """
    cached = read(document)
    wanted = years_in_use(document)
    missing = wanted - set(cached)
    if not missing:
        return False

    source = holiday_source_id()
    table = document.get(TABLE)
    doc = table.get(_DOC) if isinstance(table, dict) else None
    if not isinstance(doc, dict) or doc.get("source") != source:
        cached, missing = {}, wanted
    for year in missing:
        cached[year] = danish_holidays(year)
    document[TABLE] = {_DOC: {"source": source, "years": _as_json(cached, sorted(cached))}}
    return True


def _as_json(cache: HolidayCache, years: Iterable[int]) -> dict[str, dict[str, str]]:
    return {
        str(year): {day.isoformat(): name for day, name in sorted(cache[year].items())}
        for year in years
    }
