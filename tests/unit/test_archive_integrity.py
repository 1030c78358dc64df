"""The archive under failure: rolled-back changes, restored backups, records in both
files after a crash, readers racing a writer (found in review; each was a bug)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kkr_tui.domain.models import AgendaItem, MeetingState
from kkr_tui.store import ConflictError, Store, open_store
from kkr_tui.store import files as store_files
from kkr_tui.store.archive import archive_path, archived_years
from tests.unit.test_archive import a_meeting, crash_before_the_main_file, fill


def test_a_rolled_back_change_leaves_no_trace_in_the_cache(store: Store, db_path: Path) -> None:
    fill(store, range(2018, 2027))
    first, second = store.snapshot().meetings_of(year=2020)
    # One transaction: change an archived meeting, then a second change fails -> rollback.
    with pytest.raises(ConflictError), store.transaction() as tx:
        tx.update(first.with_changes(place="ROLLED BACK"))
        tx.update(second.with_changes(rev=second.rev + 5, place="x"))  # stale -> Conflict
    # Nothing was written; the file still says Odense.
    on_disk = json.loads(archive_path(db_path, 2020).read_bytes())
    assert on_disk["meetings"][str(first.id)]["place"] == "Odense Rådhus"
    # The user now edits the (unchanged) first meeting with its current rev.
    current = store.snapshot().meeting(first.id) or store.snapshot().find_meeting(first.id)
    assert current is not None and current.rev == first.rev
    store.update(current.with_changes(end=current.end))  # expected: fine, rev 1 -> 2


def test_a_rolled_back_change_is_never_written_later(store: Store, db_path: Path) -> None:
    fill(store, range(2018, 2027))
    first, second = store.snapshot().meetings_of(year=2020)
    with pytest.raises(RuntimeError), store.transaction() as tx:
        tx.update(first.with_changes(place="ROLLED BACK"))
        raise RuntimeError("user pressed cancel / validation failed")
    # A later, unrelated change in the same archived year:
    store.update(second.with_changes(place="Vejle"))
    on_disk = json.loads(archive_path(db_path, 2020).read_bytes())
    assert on_disk["meetings"][str(first.id)]["place"] == "Odense Rådhus"


def test_ids_are_not_reused_after_restoring_an_older_backup(store: Store, db_path: Path) -> None:
    from kkr_tui.store import backups
    from kkr_tui.store.restore import restore_backup

    with store.transaction() as tx:
        tx.add(a_meeting(2026, 3, MeetingState.HELD))
        tx.add(a_meeting(2026, 10, MeetingState.PLANNED))
    kept = backups.write_backup(db_path, db_path.read_bytes(), "manual")  # a backup of this state
    with store.transaction() as tx:  # later: old minutes imported, filed away at once
        old = tx.add(a_meeting(2019, 4, MeetingState.PUBLISHED))
        tx.add(AgendaItem(meeting_id=old.id, number=1, title="Arkiveret sag"))
    assert archived_years(db_path) == (2019,)
    restore_backup(db_path, kept.name)
    fresh = open_store(db_path)
    new = fresh.add(a_meeting(2026, 12, MeetingState.PLANNED))
    assert new.id != old.id, f"id {old.id} of an archived meeting given again"


def test_a_deleted_meeting_in_both_files_stays_deleted(store: Store, db_path: Path) -> None:
    """After a restore of a pre-archive backup (or a crash between the two writes) a year
    is in both files; a meeting deleted from the main copy reappears from the archive."""
    with store.transaction() as tx:
        a = tx.add(a_meeting(2020, 4, MeetingState.PUBLISHED))
        tx.add(a_meeting(2020, 10, MeetingState.PUBLISHED))
        tx.add(a_meeting(2021, 4, MeetingState.PLANNED))
    assert archived_years(db_path) == ()
    pre_archive = db_path.read_bytes()
    store.add(a_meeting(2021, 5, MeetingState.HELD))  # files 2020
    assert archived_years(db_path) == (2020,)
    store_files.write_atomic(db_path, pre_archive)  # as restore_backup does
    fresh = open_store(db_path)
    doomed = fresh.snapshot().meeting(a.id)
    assert doomed is not None
    fresh.delete(doomed)
    assert fresh.snapshot().find_meeting(a.id) is None  # expected: gone


def test_a_year_taken_back_by_another_process_never_crashes_a_reader(
    store: Store, db_path: Path
) -> None:
    """A state read before another process took the year's only meeting back into the
    main file finds the archive file gone: it shows the year as empty rather than fail,
    and the next state (the app reads one within its poll) shows the meeting."""
    with store.transaction() as tx:
        tx.add(a_meeting(2020, 4, MeetingState.PUBLISHED))
        tx.add(a_meeting(2026, 4, MeetingState.HELD))
    assert archived_years(db_path) == (2020,)
    reader = open_store(db_path)
    snap = reader.snapshot()
    only = open_store(db_path).snapshot().meetings_of(year=2020)[0]
    open_store(db_path).update(only.with_changes(state=MeetingState.HELD))  # another process
    assert snap.meetings_of(year=2020) == []
    assert [m.id for m in reader.snapshot().meetings_of(year=2020)] == [only.id]


def test_a_deleted_item_in_both_files_stays_deleted(
    store: Store, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with store.transaction() as tx:
        m = tx.add(a_meeting(2023, 4, MeetingState.PUBLISHED))
        tx.add(AgendaItem(meeting_id=m.id, number=1, title="Fejlagtig sag"))
        tx.add(a_meeting(2024, 4, MeetingState.PLANNED))
    # The archive of 2023 is written, the main file is not.
    crash_before_the_main_file(
        db_path, monkeypatch, lambda: store.add(a_meeting(2025, 3, MeetingState.PLANNED))
    )
    # The secretary removes the wrong item (the meeting screen's `delete item`).
    store.delete(store.snapshot().items_for(m.id)[0])
    assert store.snapshot().items_for(m.id) == []
    store.add(a_meeting(2025, 5, MeetingState.PLANNED))  # the next write files 2023 again
    assert store.snapshot().items_for(m.id) == [], "deleted item is back"


def test_a_rolled_back_reopen_never_files_an_open_meeting(store: Store, db_path: Path) -> None:
    fill(store, range(2018, 2027))
    first, second = store.snapshot().meetings_of(year=2020)
    with pytest.raises(ConflictError), store.transaction() as tx:  # a multi-record save
        tx.update(first.with_changes(state=MeetingState.HELD))
        tx.update(second.with_changes(rev=99))  # someone else changed it: refused
    store.update(second.with_changes(place="Vejle"))  # a later, accepted edit in 2020
    archived = json.loads(archive_path(db_path, 2020).read_bytes())["meetings"]
    states = {doc_id: doc["state"] for doc_id, doc in archived.items()}
    assert "held" not in states.values(), f"open meeting filed in the archive: {states}"
