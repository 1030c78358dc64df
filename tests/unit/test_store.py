"""The store: creation, round trips, refusals, and writes that cannot half-happen."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any

import pytest

from kkr_tui.domain.models import Meeting, Member
from kkr_tui.domain.reference import COUNCIL_SLUGS
from kkr_tui.store import (
    ConflictError,
    CorruptDatabaseError,
    MissingRecordError,
    NewerSchemaError,
    NotADatabaseError,
    Store,
    StoreError,
    open_store,
    schema,
)
from kkr_tui.store import files as store_files


def a_meeting(**changes: Any) -> Meeting:
    """Built from values as the database file holds them (ISO text, plain strings): the
    model parses and checks them, so they are typed Any."""
    values: dict[str, Any] = dict(
        council="syddanmark",
        series="kkr",
        start="2026-06-15T09:00:00+02:00",
        end="2026-06-15T12:00:00+02:00",
        place="Odense Rådhus",
    )
    values.update(changes)
    return Meeting(**values)


def test_new_database_holds_only_reference_data(store: Store, db_path: Path) -> None:
    snap = store.snapshot()
    assert [c.slug for c in snap.councils] == list(COUNCIL_SLUGS)
    assert [c.seats for c in snap.councils] == [22, 38, 44, 58, 34]
    assert sum(len(c.municipalities) for c in snap.councils) == 98
    assert {c.email for c in snap.contacts} == {"hast@kl.dk", "snm@kl.dk", "hfh@kl.dk"}
    assert snap.members == () and snap.meetings == () and snap.items == ()
    assert snap.settings.default_rules.dispatch_days_before == 7
    assert stat.S_IMODE(os.stat(db_path).st_mode) == 0o600
    assert json.loads(db_path.read_text())["_meta"]["1"]["schema_version"] == schema.SCHEMA_VERSION


def test_missing_folder_is_created(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "kkr.json"
    open_store(path, create=True)
    assert path.is_file()


def test_round_trip_add_update_delete(store: Store, db_path: Path) -> None:
    added = store.add(a_meeting())
    assert added.id > 0 and added.rev == 1
    reopened = open_store(db_path)
    assert reopened.snapshot().meeting(added.id) == added
    updated = store.update(added.with_changes(place="online"))
    assert updated.rev == 2
    read_back = open_store(db_path).snapshot().meeting(added.id)
    assert read_back is not None and read_back.place == "online"
    store.delete(updated)
    assert open_store(db_path).snapshot().meeting(added.id) is None


def test_stale_update_is_a_conflict_not_an_overwrite(store: Store) -> None:
    original = store.add(a_meeting())
    store.update(original.with_changes(place="Vejle"))
    with pytest.raises(ConflictError) as info:
        store.update(original.with_changes(place="Kolding"))
    assert info.value.current.place == "Vejle"
    kept = store.snapshot().meeting(original.id)
    assert kept is not None and kept.place == "Vejle"


def test_update_of_deleted_record_says_so(store: Store) -> None:
    original = store.add(a_meeting())
    store.delete(original)
    with pytest.raises(MissingRecordError):
        store.update(original.with_changes(place="x"))


def test_transaction_is_all_or_nothing(store: Store, db_path: Path) -> None:
    before = db_path.read_bytes()
    with pytest.raises(RuntimeError), store.transaction() as tx:
        tx.add(a_meeting())
        tx.add(a_meeting(start="2026-09-14T09:00:00+02:00", end="2026-09-14T12:00:00+02:00"))
        raise RuntimeError("boom")
    assert db_path.read_bytes() == before


@pytest.mark.parametrize("failing", ["os.replace", "os.fsync", "write"])
def test_failure_midway_leaves_previous_file_intact(
    store: Store, db_path: Path, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    store.add(a_meeting())
    before = db_path.read_bytes()

    def explode(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    if failing == "os.replace":
        monkeypatch.setattr(os, "replace", explode)
    elif failing == "os.fsync":
        monkeypatch.setattr(os, "fsync", explode)
    else:
        monkeypatch.setattr(os, "fdopen", explode)
    # The version kept before the write (backups/) may be the first write to fail.
    with pytest.raises((OSError, StoreError)):
        store.add(a_meeting(place="should not land"))
    monkeypatch.undo()
    assert db_path.read_bytes() == before
    leftovers = [p for p in db_path.parent.iterdir() if p.name.startswith(store_files.TEMP_PREFIX)]
    assert leftovers == []


def test_newer_schema_is_refused_untouched(db_path: Path) -> None:
    data = {"_meta": {"1": {"app": "kkr_tui", "schema_version": schema.SCHEMA_VERSION + 1}}}
    db_path.write_text(json.dumps(data))
    before = db_path.read_bytes()
    with pytest.raises(NewerSchemaError, match="nyere"):
        open_store(db_path, create=True)
    assert db_path.read_bytes() == before


@pytest.mark.parametrize(
    "content",
    [
        "{}",
        '{"_default": {"1": {"name": "other program"}}}',
        "[1, 2, 3]",
        '{"_meta": {"1": {"app": "something-else", "schema_version": 1}}}',
    ],
)
def test_foreign_json_is_refused_untouched(db_path: Path, content: str) -> None:
    db_path.write_text(content)
    with pytest.raises(NotADatabaseError):
        open_store(db_path, create=True)
    assert db_path.read_text() == content


def test_corrupt_file_is_refused_with_position(store: Store, db_path: Path) -> None:
    truncated = db_path.read_bytes()[:200]
    db_path.write_bytes(truncated)
    with pytest.raises(CorruptDatabaseError) as info:
        open_store(db_path, create=True)
    message = str(info.value)
    assert str(db_path) in message and "linje" in message and "kolonne" in message
    assert db_path.read_bytes() == truncated


def test_empty_file_is_refused(db_path: Path) -> None:
    db_path.write_bytes(b"")
    with pytest.raises(CorruptDatabaseError, match="tom"):
        open_store(db_path, create=True)
    assert db_path.read_bytes() == b""


def test_directory_path_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="mappe"):
        open_store(tmp_path, create=True)


def test_missing_file_is_not_created_for_readers(db_path: Path) -> None:
    with pytest.raises(StoreError, match="findes ikke"):
        open_store(db_path, create=False)
    assert not db_path.exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_unwritable_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir(mode=0o500)
    with pytest.raises(StoreError, match="skrivbar"):
        open_store(folder / "kkr.json", create=True)


def test_older_schema_is_migrated_after_a_backup(
    db_path: Path, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file of this version opened by a (pretend) next program: backup first, then
    migrate."""
    current = schema.SCHEMA_VERSION

    def to_next(data: dict[str, Any]) -> dict[str, Any]:
        data["settings"]["1"]["policy_areas"].append("kultur")
        return data

    original = db_path.read_bytes()
    monkeypatch.setattr(schema, "SCHEMA_VERSION", current + 1)
    monkeypatch.setitem(schema.MIGRATIONS, current, to_next)
    migrated = open_store(db_path)
    assert "kultur" in migrated.snapshot().settings.policy_areas
    assert json.loads(db_path.read_text())["_meta"]["1"]["schema_version"] == current + 1
    from kkr_tui.store.backups import backups_of

    versions = backups_of(db_path)  # each with its notes (.about.json) beside it
    assert len(versions) == 1 and versions[0].path.read_bytes() == original
    assert versions[0].reason.startswith("before-migration")


def test_snapshot_is_reparsed_only_when_the_file_changes(store: Store, db_path: Path) -> None:
    first = store.snapshot()
    assert store.snapshot() is first
    other = open_store(db_path)  # another process, in effect
    other.add(a_meeting())
    second = store.snapshot()
    assert second is not first and len(second.meetings) == 1


def test_lock_file_is_a_sidecar(store: Store, db_path: Path) -> None:
    store.add(a_meeting())
    assert store.lock_path == db_path.with_name("kkr.json.lock")
    assert json.loads(db_path.read_text())  # the data file itself stays pure JSON


def test_add_all_stores_many_records_as_add_does(store: Store, db_path: Path) -> None:
    """One table write for many records (the demo's members): ids continue after the
    last one given, every record gets rev 1, and mixed kinds are refused."""
    first = store.add(a_meeting())
    store.delete(first)
    with store.transaction() as tx:
        added = tx.add_all([a_meeting(place="Vejle"), a_meeting(place="Kolding")])
        with pytest.raises(TypeError):
            tx.add_all([a_meeting(), Member("sjaelland", "Bo", "Køge")])
    assert [(m.id, m.rev, m.place) for m in added] == [
        (first.id + 1, 1, "Vejle"),
        (first.id + 2, 1, "Kolding"),
    ]
    assert [open_store(db_path).snapshot().meeting(m.id) for m in added] == added


def test_ids_are_never_reused_after_a_delete(store: Store, db_path: Path) -> None:
    """TinyDB alone hands out max(id)+1, so deleting the newest record would recycle its id."""
    first = store.add(a_meeting())
    second = store.add(a_meeting(place="Vejle"))
    store.delete(second)
    third = store.add(a_meeting(place="Kolding"))
    assert third.id == second.id + 1 > first.id
    assert open_store(db_path).add(a_meeting(place="Esbjerg")).id == third.id + 1


def test_agenda_items_are_built_lazily_and_a_bad_one_is_named(store: Store, db_path: Path) -> None:
    """A large file opens without building every item; a bad item is still reported."""
    meeting = store.add(a_meeting())
    from kkr_tui.domain.models import AgendaItem

    store.add(AgendaItem(meeting_id=meeting.id, number=1, title="Sundhed"))
    data = json.loads(db_path.read_text())
    data["items"]["2"] = {"meeting_id": meeting.id, "number": 2, "title": "", "rev": 1}
    db_path.write_text(json.dumps(data))
    with pytest.raises(StoreError, match="items/2"):
        open_store(db_path)  # the default checks every record
    lazy = open_store(db_path, validate_all=False)
    snap = lazy.snapshot()
    assert [m.id for m in snap.meetings] == [meeting.id]
    with pytest.raises(StoreError, match="items/2"):
        snap.items_for(meeting.id)
    with pytest.raises(StoreError, match="items/2"):
        snap.validate_items()
