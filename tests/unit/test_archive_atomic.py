"""One transaction touching an archived meeting and a current record is atomic (issue
19, point 9): whichever of its writes fails, a reader sees all of it or none of it."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

import pytest

from kkr_tui.domain.models import Contact, Meeting
from kkr_tui.store import Store, StoreError, open_store
from kkr_tui.store import files as store_files
from kkr_tui.store.archive import archive_folder, archived_years
from tests.unit.test_archive import fill


def change_both(store: Store, meeting_id: int) -> None:
    """Correct an archived meeting's place and add a contact, in one transaction."""
    with store.transaction() as tx:
        meeting = tx.get(Meeting, meeting_id)
        assert meeting is not None
        tx.update(meeting.with_changes(place="Vejle Rådhus"))
        tx.add(Contact(name="Åse Ørsted"))


def seen(db_path: Path, meeting_id: int) -> tuple[bool, bool]:
    """(the archived meeting's change is there, the new contact is there) as a fresh
    reader sees the files."""
    snapshot = open_store(db_path).snapshot()
    meeting = snapshot.find_meeting(meeting_id)
    assert meeting is not None
    return meeting.place == "Vejle Rådhus", any(c.name == "Åse Ørsted" for c in snapshot.contacts)


@pytest.mark.parametrize("failing", [1, 2, 3, 4])
def test_a_write_failing_at_any_step_shows_all_or_nothing(
    store: Store, db_path: Path, monkeypatch: pytest.MonkeyPatch, failing: int
) -> None:
    """The `failing`-th file written after the version (an archive year, the main file,
    the archive again) fails as on a full disk; before it, the others are written."""
    made = fill(store, range(2022, 2025))
    year = min(archived_years(db_path))
    meeting = made[year][0]
    real_write = store_files.write_atomic
    count = 0

    def write(path: Path, payload: bytes, *args: Any, **kwargs: Any) -> None:
        nonlocal count
        if path.parent.name != "backups":
            count += 1
            if count == failing:
                raise OSError(28, "No space left on device", str(path))
        real_write(path, payload, *args, **kwargs)

    monkeypatch.setattr(store_files, "write_atomic", write)
    with contextlib.suppress(OSError, StoreError):  # the failure itself is not the point
        change_both(store, meeting.id)
    monkeypatch.undo()
    archived, contact = seen(db_path, meeting.id)
    assert archived == contact, f"half a transaction: archived {archived}, contact {contact}"
    # And the next write leaves the year filed away with the change (or without it).
    open_store(db_path).add(Contact(name="Bent"))
    assert seen(db_path, meeting.id) == (archived, contact)
    assert year in archived_years(db_path)
    assert (archive_folder(db_path) / f"kkr-{year}.json").exists()


def test_the_change_to_an_archived_meeting_is_filed_again(store: Store, db_path: Path) -> None:
    made = fill(store, range(2022, 2025))
    year = min(archived_years(db_path))
    change_both(store, made[year][0].id)
    assert seen(db_path, made[year][0].id) == (True, True)
    assert year in archived_years(db_path)
    main = open_store(db_path)
    assert main.snapshot().meeting(made[year][0].id) is None  # in the archive, not the main file


def test_deleting_an_archived_meeting_with_other_changes_is_refused(
    store: Store, db_path: Path
) -> None:
    """Its archive file is written before the main file: the deletion would show alone
    if the main file's write failed. Alone (with its items) it is one write's worth."""
    made = fill(store, range(2022, 2025))
    year = min(archived_years(db_path))
    meeting = made[year][0]
    before = db_path.read_bytes()
    with (
        pytest.raises(StoreError, match="arkiveret møde kan ikke slettes"),
        store.transaction() as tx,
    ):
        found = tx.get(Meeting, meeting.id)
        assert found is not None
        tx.delete(found)
        tx.add(Contact(name="Åse Ørsted"))
    assert db_path.read_bytes() == before
    with store.transaction() as tx:
        found = tx.get(Meeting, meeting.id)
        assert found is not None
        tx.delete(found)
    assert open_store(db_path).snapshot().find_meeting(meeting.id) is None
