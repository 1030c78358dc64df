"""The holidays of the years in use, cached in the database file; and the store's lean reads."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pendulum
import pytest

from kkr_tui.domain import workdays
from kkr_tui.domain.clock import TZ_NAME
from kkr_tui.domain.models import AgendaItem, Meeting, MeetingState, Series
from kkr_tui.domain.workdays import cached_holidays, danish_holidays, holiday_source_id
from kkr_tui.store import Store, StoreError, files, holiday_cache, open_store
from kkr_tui.store.demo import DEMO_TODAY


def meeting(day: str, **changes: object) -> Meeting:
    start = pendulum.parse(f"{day}T09:30:00", tz=TZ_NAME)
    assert isinstance(start, pendulum.DateTime)
    plain = Meeting(council="syddanmark", series=Series.KKR, start=start, end=start.add(hours=3))
    return plain.with_changes(**changes)


def cache_in_file(path: Path) -> dict[str, Any]:
    """The holiday cache's one row as the file holds it (JSON: values of any type)."""
    row: dict[str, Any] = json.loads(path.read_text())[holiday_cache.TABLE]["1"]
    return row


@pytest.fixture
def no_package(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Make computing holidays from the package fail loudly; returns the years asked for."""
    asked: list[int] = []

    def refuse(year: int) -> dict[dt.date, str]:
        asked.append(year)
        raise AssertionError(f"the holidays package was asked for {year}")

    monkeypatch.setattr(workdays, "danish_holidays", refuse)
    return asked


def test_a_write_caches_the_years_its_meetings_use(store: Store) -> None:
    store.add(meeting("2026-04-09"))
    cache = cache_in_file(store.path)
    assert cache["source"] == holiday_source_id()
    assert sorted(cache["years"]) == ["2025", "2026", "2027"]
    assert cache["years"]["2026"] == {
        day.isoformat(): name for day, name in sorted(danish_holidays(2026).items())
    }
    store.add(meeting("2029-04-17"))
    assert sorted(cache_in_file(store.path)["years"]) == [
        "2025",
        "2026",
        "2027",
        "2028",
        "2029",
        "2030",
    ]


@pytest.fixture
def written(store: Store) -> Store:
    store.add(meeting("2026-04-09"))
    return store


def test_readers_answer_from_the_cache(written: Store, no_package: list[int]) -> None:
    """`written` (the write that fills the cache) runs before the package is refused."""
    snapshot = open_store(written.path).snapshot()
    readiness = snapshot.readiness(snapshot.meetings[0], pendulum.date(2026, 3, 20))
    # Dispatch moved from skærtorsdag, from cached data alone.
    assert readiness.line("dispatch").deadline.due == pendulum.date(2026, 4, 1)
    assert no_package == []


def test_a_year_outside_the_cache_is_computed(
    written: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[int] = []
    real = danish_holidays

    def counting(year: int) -> dict[dt.date, str]:
        asked.append(year)
        return real(year)

    monkeypatch.setattr(workdays, "danish_holidays", counting)
    snapshot = open_store(written.path).snapshot()
    # As of 2030 the overdue count runs through 2028-2030, which no meeting uses.
    readiness = snapshot.readiness(snapshot.meetings[0], pendulum.date(2030, 1, 7))
    assert readiness.line("dispatch").workdays > 900
    assert sorted(set(asked)) == [2028, 2029, 2030]


def test_cached_and_computed_calendars_agree(demo_store: Store) -> None:
    snapshot = demo_store.snapshot()
    assert snapshot.holidays  # the demo is written through the store, so it has a cache
    cached = snapshot.planner
    from kkr_tui.domain.planning import Planner

    computed = Planner(snapshot.settings, holiday_source=danish_holidays)
    for m in snapshot.meetings:
        assert cached.deadlines(m) == computed.deadlines(m)
        assert cached.readiness(m, snapshot.items_for(m.id), DEMO_TODAY) == computed.readiness(
            m, snapshot.items_for(m.id), DEMO_TODAY
        )


@pytest.mark.parametrize(
    "garbage",
    [
        {"1": {"source": "x", "years": {"2026": {"not a day": "x"}}}},
        {"1": {"source": "x", "years": {"MMXXVI": {}}}},
        {"1": {"source": "x", "years": ["2026"]}},
        {"1": {"source": "x"}},
    ],
)
def test_a_malformed_cache_is_ignored_and_replaced(written: Store, garbage: object) -> None:
    data = json.loads(written.path.read_text())
    data[holiday_cache.TABLE] = garbage
    written.path.write_text(json.dumps(data))
    snapshot = open_store(written.path).snapshot()
    assert snapshot.holidays == {}
    readiness = snapshot.readiness(snapshot.meetings[0], pendulum.date(2026, 3, 20))
    assert readiness.line("dispatch").deadline.due == pendulum.date(2026, 4, 1)
    written.add(meeting("2026-06-15"))  # the next write repairs it
    assert sorted(cache_in_file(written.path)["years"]) == ["2025", "2026", "2027"]


def test_a_cache_table_of_the_wrong_shape_is_refused_like_any_table(written: Store) -> None:
    """The store checks every table's shape on every read (schema.check_shape)."""
    data = json.loads(written.path.read_text())
    data[holiday_cache.TABLE] = {"1": []}
    written.path.write_text(json.dumps(data))
    with pytest.raises(StoreError, match="holiday_cache"):
        open_store(written.path)


def test_a_write_without_a_new_year_does_not_touch_the_package(
    written: Store, no_package: list[int]
) -> None:
    """Writes stay cheap: the package is imported only when a year must be added."""
    written.add(meeting("2026-11-16"))
    assert no_package == []
    assert sorted(cache_in_file(written.path)["years"]) == ["2025", "2026", "2027"]


def test_another_package_version_is_recomputed_with_the_next_new_year(written: Store) -> None:
    data = json.loads(written.path.read_text())
    stale = data[holiday_cache.TABLE]["1"]
    stale["source"] = "holidays 0.1; DK public+optional; da"
    stale["years"]["2026"] = {}  # wrong, as a buggy old version might have had it
    stale["years"]["1999"] = {}
    written.path.write_text(json.dumps(data))
    written.add(meeting("2026-06-15"))  # no new year: the cache is left as it is
    assert cache_in_file(written.path)["source"].startswith("holidays 0.1;")
    written.add(meeting("2028-02-24"))  # 2028 and 2029 are new: everything is redone
    cache = cache_in_file(written.path)
    assert cache["source"] == holiday_source_id()
    assert sorted(cache["years"]) == ["2025", "2026", "2027", "2028", "2029"]
    assert len(cache["years"]["2026"]) > 10


def test_readers_never_write_the_cache(written: Store) -> None:
    data = json.loads(written.path.read_text())
    del data[holiday_cache.TABLE]
    written.path.write_text(json.dumps(data))
    before = written.path.read_bytes()
    snapshot = open_store(written.path).snapshot()
    snapshot.readiness(snapshot.meetings[0], DEMO_TODAY)
    assert written.path.read_bytes() == before


def test_cached_holidays_source() -> None:
    day = dt.date(2026, 1, 1)
    source = cached_holidays({2026: {day: "nytårsdag"}}, fallback=lambda year: {})
    assert source(2026) == {day: "nytårsdag"}
    assert source(2027) == {}


# -- the store's lean reads ----------------------------------------------------------------


def test_a_lean_open_parses_the_file_once_and_no_record(
    written: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """open_store(validate_all=False) + active_snapshot: one read, and records are built
    only for what the active snapshot holds."""
    reads: list[Path] = []
    real_versioned, real_bytes = files.read_versioned, files.read_bytes

    def versioned(path: Path) -> object:
        reads.append(path)
        return real_versioned(path)

    def plain(path: Path) -> bytes:
        reads.append(path)
        return real_bytes(path)

    monkeypatch.setattr(files, "read_versioned", versioned)
    monkeypatch.setattr(files, "read_bytes", plain)
    store = open_store(written.path, validate_all=False)
    assert store._cached is None  # no snapshot was built at open
    lean = store.active_snapshot(DEMO_TODAY)
    assert len(reads) == 1 and len(lean.meetings) == 1
    # A full snapshot afterwards still validates everything, from the same parse.
    assert len(store.snapshot().meetings) == 1 and len(reads) == 1


def test_active_snapshot_leaves_out_what_is_finished(store: Store) -> None:
    old = store.add(
        meeting(
            "2026-02-23",
            state=MeetingState.PUBLISHED,
            dispatched_on="2026-02-16",
            held_on="2026-02-23",
            published_on="2026-02-26",
        )
    )
    store.add(AgendaItem(meeting_id=old.id, number=1, title="Gammel sag"))
    cancelled = store.add(meeting("2026-11-16", state=MeetingState.CANCELLED))
    held = store.add(meeting("2026-06-15", state=MeetingState.HELD, held_on="2026-06-15"))
    store.add(AgendaItem(meeting_id=held.id, number=1, title="Sag"))
    published_today = store.add(
        meeting(
            "2026-09-10",
            state=MeetingState.PUBLISHED,
            held_on="2026-09-10",
            published_on="2026-09-10",
        )
    )
    lean = open_store(store.path, validate_all=False).active_snapshot(DEMO_TODAY)
    assert {m.id for m in lean.meetings} == {held.id, published_today.id}
    assert [i.title for i in lean.items] == ["Sag"]
    assert cancelled.id not in {m.id for m in lean.meetings}
    assert len(lean.councils) == 5


def test_active_snapshot_still_refuses_a_broken_record(store: Store) -> None:
    store.add(meeting("2026-09-14"))
    data = json.loads(store.path.read_text())
    (doc,) = data["meetings"].values()
    doc["state"] = "published-ish"
    store.path.write_text(json.dumps(data))
    with pytest.raises(StoreError, match="ugyldig post meetings"):
        open_store(store.path, validate_all=False).active_snapshot(DEMO_TODAY)
