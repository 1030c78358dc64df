"""Finished years move to per-year archive files; every reader and writer still sees one
database (kkr_tui/store/archive.py)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pendulum
import pytest

from kkr_tui.cli import main
from kkr_tui.domain.clock import TZ_NAME
from kkr_tui.domain.models import AgendaItem, Meeting, MeetingState, Series
from kkr_tui.domain.status_report import build_status_report
from kkr_tui.exports.ics import calendar_feed
from kkr_tui.store import ConflictError, Store, open_store, transaction
from kkr_tui.store import files as store_files
from kkr_tui.store.archive import archive_path, archived_years

TODAY = pendulum.date(2026, 9, 10)


def a_meeting(year: int, month: int, state: MeetingState, council: str = "syddanmark") -> Meeting:
    return Meeting(
        council=council,
        series=Series.KKR,
        start=pendulum.datetime(year, month, 15, 9, tz=TZ_NAME),
        end=pendulum.datetime(year, month, 15, 12, tz=TZ_NAME),
        place="Odense Rådhus",
        state=state,
    )


def fill(store: Store, years: range, *, last_open: bool = True) -> dict[int, list[Meeting]]:
    """Two meetings a year with an item each; every meeting published except the last
    year's second one (open work), all in one write."""
    made: dict[int, list[Meeting]] = {}
    with store.transaction() as tx:
        for year in years:
            for month in (4, 10):
                done = not (last_open and year == years[-1] and month == 10)
                state = MeetingState.PUBLISHED if done else MeetingState.PLANNED
                meeting = tx.add(a_meeting(year, month, state))
                tx.add(AgendaItem(meeting_id=meeting.id, number=1, title=f"Sag {year}-{month}"))
                made.setdefault(year, []).append(meeting)
    return made


def crash_before_the_main_file(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, change: Callable[[], object]
) -> None:
    """Run `change` with the main file's write failing: a power cut between the two
    writes of a filing (the archive file is written, the main file is not)."""
    real_write = store_files.write_atomic

    def crash_on_main(path: Path, payload: bytes, **kwargs: Any) -> None:
        if path == db_path:
            raise OSError("power cut")
        real_write(path, payload, **kwargs)

    with monkeypatch.context() as patched:
        patched.setattr(store_files, "write_atomic", crash_on_main)
        with pytest.raises(OSError, match="power cut"):
            change()


def main_years(db_path: Path) -> set[int]:
    data = json.loads(db_path.read_bytes())
    return {int(m["start"][:4]) for m in data["meetings"].values()}


def test_finished_years_are_filed_and_read_back_as_one_database(
    store: Store, db_path: Path
) -> None:
    made = fill(store, range(2018, 2027))
    # 2018-2025 are finished, and 2026's first meeting has been held.
    assert archived_years(db_path) == tuple(range(2018, 2026))
    assert main_years(db_path) == {2026}
    snap = store.snapshot()
    assert {m.start.year for m in snap.meetings} == {2026}
    assert snap.archived_years == tuple(range(2018, 2026))
    old = snap.meetings_of("syddanmark", 2019)
    assert [m.id for m in old] == [m.id for m in made[2019]]
    assert snap.meeting(old[0].id) == old[0]
    assert [i.title for i in snap.items_for(old[0].id)] == ["Sag 2019-4"]
    assert len(snap.all_meetings()) == 18
    assert len(snap.meetings_of(history=True)) == 18


def test_last_year_stays_until_the_new_year_has_begun(store: Store, db_path: Path) -> None:
    """Without a clock: last year is filed once a meeting of a later year is held."""
    with store.transaction() as tx:
        for year in (2024, 2025):
            tx.add(a_meeting(year, 4, MeetingState.PUBLISHED))
        planned = tx.add(a_meeting(2026, 2, MeetingState.PLANNED))
    assert archived_years(db_path) == (2024,)  # two years before the newest (2026)
    assert main_years(db_path) == {2025, 2026}
    store.update(planned.with_changes(state=MeetingState.HELD))
    assert archived_years(db_path) == (2024, 2025)
    assert main_years(db_path) == {2026}


def test_an_open_meeting_keeps_its_year_in_the_main_file(store: Store, db_path: Path) -> None:
    fill(store, range(2018, 2027))
    with store.transaction() as tx:
        tx.add(a_meeting(2019, 6, MeetingState.HELD))  # minutes never published
    assert 2019 in main_years(db_path)
    snap = store.snapshot()
    # The year's finished meetings stay archived; the open one is in the main file.
    assert [m.state for m in snap.meetings_of(year=2019)] == [
        MeetingState.PUBLISHED,
        MeetingState.HELD,
        MeetingState.PUBLISHED,
    ]


def test_a_change_to_an_archived_meeting_is_saved_in_its_archive(
    store: Store, db_path: Path
) -> None:
    fill(store, range(2018, 2027))
    old = store.snapshot().meetings_of(year=2020)[0]
    saved = store.update(old.with_changes(place="Vejle Rådhus"))
    assert saved.rev == old.rev + 1
    assert 2020 not in main_years(db_path)  # still finished: filed again in the same write
    archived = json.loads(archive_path(db_path, 2020).read_bytes())
    assert archived["meetings"][str(old.id)]["place"] == "Vejle Rådhus"
    assert store.snapshot().meetings_of(year=2020)[0].place == "Vejle Rådhus"
    with pytest.raises(ConflictError):
        store.update(old.with_changes(place="Kolding"))  # stale revision: refused


def test_reopening_an_archived_meeting_brings_it_back(store: Store, db_path: Path) -> None:
    fill(store, range(2018, 2027))
    old = store.snapshot().meetings_of(year=2020)[1]
    store.update(old.with_changes(state=MeetingState.HELD))
    assert 2020 in main_years(db_path)
    snap = store.snapshot()
    assert old.id in {m.id for m in snap.meetings}
    assert [m.id for m in snap.meetings_of(year=2020)].count(old.id) == 1
    assert [i.title for i in snap.items_for(old.id)] == ["Sag 2020-10"]  # its items came along


def test_delete_and_add_item_reach_the_archive(store: Store, db_path: Path) -> None:
    fill(store, range(2018, 2027))
    first, second = store.snapshot().meetings_of(year=2021)
    store.delete(first)
    store.add(AgendaItem(meeting_id=second.id, number=2, title="Eftersendt sag"))
    assert 2021 not in main_years(db_path)
    snap = store.snapshot()
    assert [m.id for m in snap.meetings_of(year=2021)] == [second.id]
    assert [i.title for i in snap.items_for(second.id)] == ["Sag 2021-10", "Eftersendt sag"]
    data = json.loads(archive_path(db_path, 2021).read_bytes())
    assert {i["meeting_id"] for i in data["items"].values()} == {second.id}


def test_ids_are_never_reused_after_filing(store: Store, db_path: Path) -> None:
    made = fill(store, range(2018, 2027))
    newest_archived = max(m.id for year in range(2018, 2025) for m in made[year])
    data = json.loads(db_path.read_bytes())
    data["_meta"]["1"].pop("last_ids", None)  # a file from before high-water marks
    store_files.write_atomic(db_path, store_files.dumps(data))
    new = open_store(db_path).add(a_meeting(2026, 12, MeetingState.PLANNED))
    assert new.id > max(newest_archived, *(m.id for m in made[2026]))


def test_a_crash_between_the_two_writes_loses_and_doubles_nothing(
    store: Store, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with store.transaction() as tx:  # nothing held after 2023, nor two years newer: kept
        for month in (4, 10):
            tx.add(a_meeting(2023, month, MeetingState.PUBLISHED))
        tx.add(a_meeting(2024, 4, MeetingState.PLANNED))
    assert archived_years(db_path) == ()
    before = json.loads(db_path.read_bytes())
    # 2025 becomes the newest year: 2023 may be filed.
    crash_before_the_main_file(
        db_path, monkeypatch, lambda: store.add(a_meeting(2025, 3, MeetingState.PLANNED))
    )
    assert archived_years(db_path) == (2023,)  # written first...
    assert json.loads(db_path.read_bytes()) == before  # ...the main file untouched
    snap = store.snapshot()
    assert len(snap.meetings_of(year=2023)) == 2  # the copy in the main file wins: no doubles
    store.add(a_meeting(2025, 5, MeetingState.PLANNED))  # the next write files it
    assert 2023 not in main_years(db_path)
    assert len(store.snapshot().meetings_of(year=2023)) == 2


def test_a_broken_archive_file_is_named(store: Store, db_path: Path) -> None:
    fill(store, range(2018, 2027))
    broken = archive_path(db_path, 2019)
    broken.write_text('{"_meta": {"1": {"app": "kkr_tui", "archive_year": 2019}}, "meetings": [')
    snap = open_store(db_path).snapshot()
    # Left out, and said (issue 19: a damaged year never stops the rest).
    assert snap.meetings_of(year=2019) == []
    said = snap.damaged_years[2019]
    assert str(broken) in said and "linje 1" in said and "kkr backup restore" in said


def test_an_archive_file_of_another_year_is_refused(store: Store, db_path: Path) -> None:
    fill(store, range(2018, 2027))
    archive_path(db_path, 2019).write_bytes(archive_path(db_path, 2020).read_bytes())
    snap = open_store(db_path).snapshot()
    assert snap.meetings_of(year=2019) == []
    assert "2020" in snap.damaged_years[2019]


def test_status_and_exports_see_the_same_database_after_filing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`kkr status` says the same before and after finished years are filed, and the
    calendar export still has every meeting."""

    def build(path: Path) -> Store:
        store = open_store(path, create=True)
        with store.transaction() as tx:
            for year in range(2018, 2027):
                tx.add(a_meeting(year, 4, MeetingState.PUBLISHED))
                tx.add(a_meeting(year, 4, MeetingState.PUBLISHED, council="nordjylland"))
            tx.add(a_meeting(2026, 8, MeetingState.PLANNED))  # overdue on TODAY
            tx.add(a_meeting(2026, 11, MeetingState.PLANNED, council="nordjylland"))
        return store

    filed = build(tmp_path / "filed" / "kkr.json")
    with monkeypatch.context() as patched:
        patched.setattr(transaction, "finished_years", lambda document: set())
        whole = build(tmp_path / "whole" / "kkr.json")
    assert archived_years(filed.path) == tuple(range(2018, 2026))
    assert archived_years(whole.path) == ()

    def status(store: Store) -> list[tuple[str, int, str]]:
        snap = store.active_snapshot(TODAY)
        report = build_status_report(snap, TODAY)
        return [(i.meeting.council, i.meeting.id, str(i.line.deadline.due)) for i in report.items]

    assert status(filed) == status(whole) != []
    for store in (filed, whole):
        feed = calendar_feed(store.snapshot(), TODAY)
        assert feed.count(b"BEGIN:VEVENT") == 20


def test_cli_lists_and_imports_against_archived_years(
    store: Store, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`kkr meetings --year` shows an archived year; a CSV row for an archived meeting
    is recognised as already there, not added twice."""
    fill(store, range(2018, 2027))
    assert main(["meetings", "--db", str(db_path), "--year", "2019", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [m["start"][:10] for m in listed] == ["2019-04-15", "2019-10-15"]
    csv = tmp_path / "m.csv"
    csv.write_text(
        "råd;mødetype;dato;start;slut;sted\nSyddanmark;KKR;15.4.2019;09.00;12.00;Odense\n"
    )
    assert main(["import", "meetings", str(csv), "--db", str(db_path)]) == 0
    assert len(store.snapshot().all_meetings()) == 18


def test_commands_given_an_archived_meeting_id_find_it(
    store: Store, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    made = fill(store, range(2018, 2027))
    old = made[2019][0]
    assert main(["agenda", str(old.id), "--db", str(db_path), "--json"]) == 0
    assert "Sag 2019-4" in capsys.readouterr().out
    out = db_path.parent / "dagsorden.md"
    assert main(["export", "agenda", str(old.id), "--db", str(db_path), "-o", str(out)]) == 0
    assert "Sag 2019-4" in out.read_text()


def test_a_reader_between_the_writes_never_misses_a_meeting_taken_back(
    store: Store, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Reopening an archived meeting moves it to the main file: the archive keeps it
    until the main file holds it, so at every moment one of the files has it."""
    fill(store, range(2018, 2027))
    old = store.snapshot().meetings_of(year=2020)[1]
    writes: list[tuple[Path, dict[str, Any]]] = []  # each file as JSON
    real_write = store_files.write_atomic

    def recording(path: Path, payload: bytes, **kwargs: Any) -> None:
        if "backups" not in path.parts:  # the version kept before the write
            writes.append((path, json.loads(payload)))
        real_write(path, payload, **kwargs)

    monkeypatch.setattr(store_files, "write_atomic", recording)
    store.update(old.with_changes(state=MeetingState.HELD))
    holds = [(path.name, str(old.id) in doc["meetings"]) for path, doc in writes]
    assert holds == [("kkr-2020.json", True), ("kkr.json", True), ("kkr-2020.json", False)]
