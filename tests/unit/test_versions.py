"""Backups that undo one mistake (issue 19, points 5 and 6): a version before every
write with who and what, kept for the last 200 writes or 14 days plus one a day for 90
days under a size cap; the archive files travel with each version; a restore deletes
no backup, keeps a before-restore copy, refuses a backup holding a broken record and
puts back the archive years too."""

from __future__ import annotations

import errno
import json
import shutil
from pathlib import Path
from typing import Any

import pendulum
import pytest

from kkr_tui.cli import main
from kkr_tui.domain.models import AgendaItem, Attachment, Contact, MeetingState
from kkr_tui.store import Store, backups, open_store
from kkr_tui.store import files as store_files
from kkr_tui.store.archive import archive_path, archived_years
from kkr_tui.store.attachments import bilag_folder, store_file, stored_path
from kkr_tui.store.item_content import add_attachment
from tests.unit.test_archive import a_meeting, fill

NOW = pendulum.datetime(2026, 9, 10, 12, 0, tz="Europe/Copenhagen")


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> list[pendulum.DateTime]:
    """The wall clock backups are stamped with: one second later at every look."""
    now = [NOW]

    def tick() -> pendulum.DateTime:
        now[0] = now[0].add(seconds=1)
        return now[0]

    monkeypatch.setattr(backups, "wall_clock", tick)
    return now


def names(db: Path) -> list[str]:
    return [b.name for b in backups.backups_of(db)]


def test_every_write_keeps_the_state_before_it_with_who_and_what(
    store: Store, db_path: Path, clock: list[pendulum.DateTime], capsys: pytest.CaptureFixture[str]
) -> None:
    contact = store.add(Contact(name="Åse Ørsted"))
    store.update(contact.with_changes(title="Chef"))
    store.delete(next(c for c in store.snapshot().contacts if c.id == contact.id))
    versions = backups.backups_of(db_path)
    assert len(versions) == 3
    assert [v.change for v in versions] == [
        "tilføjet kontakt Åse Ørsted",
        "rettet kontakt Åse Ørsted",
        "slettet kontakt Åse Ørsted",
    ]
    assert all(v.user for v in versions)
    second = json.loads(versions[1].path.read_text())  # before the change of title
    assert second["contacts"][str(contact.id)]["title"] == ""
    assert main(["--db", str(db_path), "backup", "list"]) == 0
    out = capsys.readouterr().out
    assert "rettet kontakt Åse Ørsted" in out and versions[0].user in out


def test_an_agenda_item_change_names_the_item_and_the_meeting(
    clock: list[pendulum.DateTime], demo_store: Store
) -> None:
    snapshot = demo_store.snapshot()
    meeting = next(m for m in snapshot.meetings_of("sjaelland") if snapshot.items_for(m.id))
    item = snapshot.items_for(meeting.id)[0]
    demo_store.update(item.with_changes(title="Ny titel"))
    latest = backups.backups_of(demo_store.path)[-1]
    assert latest.change.startswith(f"rettet punkt {item.number} på KKR Sjælland ")


def test_retention_keeps_200_writes_or_14_days_and_a_day_each_for_90(tmp_path: Path) -> None:
    db = tmp_path / "kkr.json"
    db.write_text("{}")
    start = NOW.subtract(days=120)
    made = []
    for hour in range(0, 120 * 24, 6):  # four versions a day for 120 days
        made.append(backups.write_backup(db, b"{}", backups.WRITE, start.add(hours=hour)))
    backups.prune(db, now=NOW)
    kept = backups.backups_of(db)
    newest = {b.path for b in kept[-200:]}
    assert {p for p in made[-200:]} == newest  # the newest 200 writes whatever their age
    recent = [b for b in kept if b.taken >= NOW.subtract(days=14)]
    assert len(recent) == 14 * 4
    older = [b for b in kept if b.path not in newest and b.taken < NOW.subtract(days=14)]
    days = {b.taken.date() for b in older}
    assert older and len(days) == len(older)  # one a day
    assert min(days) >= NOW.subtract(days=90).date()
    notes = sorted(p.name for p in backups.backup_folder(db).glob("*.about.json"))
    assert notes == sorted(b.name.replace(".json", ".about.json") for b in kept)  # went along


def test_the_size_cap_removes_the_oldest_first(tmp_path: Path) -> None:
    db = tmp_path / "kkr.json"
    db.write_text("{}")
    for minute in range(10):
        backups.write_backup(db, b"x" * 1000, backups.WRITE, NOW.add(minutes=minute))
    backups.prune(db, now=NOW.add(hours=1), max_bytes=4500)
    kept = backups.backups_of(db)
    assert len(kept) == 4 and kept[-1].taken == NOW.add(minutes=9)


def test_restore_deletes_nothing_and_keeps_a_before_restore_copy(
    store: Store, db_path: Path, clock: list[pendulum.DateTime], capsys: pytest.CaptureFixture[str]
) -> None:
    seeded = len(store.snapshot().contacts)
    for number in range(5):
        store.add(Contact(name=f"Kontakt {number}"))
    before = names(db_path)
    assert main(["--db", str(db_path), "backup", "restore", before[2]]) == 0
    after = names(db_path)
    assert set(before) <= set(after) and len(after) == len(before) + 1
    assert any("before-restore" in name for name in set(after) - set(before))
    assert len(open_store(db_path).snapshot().contacts) == seeded + 2


def test_a_backup_with_a_broken_record_is_refused(
    store: Store, db_path: Path, clock: list[pendulum.DateTime], capsys: pytest.CaptureFixture[str]
) -> None:
    store.add(Contact(name="Åse"))
    store.add(Contact(name="Bent"))
    version = backups.backups_of(db_path)[-1]
    data = json.loads(version.path.read_text())
    first = next(iter(data["contacts"]))
    data["contacts"][first]["name"] = 7
    version.path.unlink()
    version.path.write_text(json.dumps(data))
    current = db_path.read_bytes()
    assert main(["--db", str(db_path), "backup", "restore", version.name]) == 2
    err = capsys.readouterr().err
    assert f"contacts/{first}" in err and "name" in err
    assert db_path.read_bytes() == current


def test_the_archive_travels_with_each_version_and_is_restored(
    store: Store, db_path: Path, clock: list[pendulum.DateTime], capsys: pytest.CaptureFixture[str]
) -> None:
    made = fill(store, range(2022, 2025))
    assert archived_years(db_path)
    year = min(archived_years(db_path))
    meeting = made[year][0]
    archived = store.snapshot().find_meeting(meeting.id)
    assert archived is not None
    store.update(archived.with_changes(place="Ændret sted"))
    latest = backups.backups_of(db_path)[-1]  # the state before that change
    assert latest.archive_years and year in latest.archive_years
    version = latest.name
    archive_path(db_path, year).write_text("{ damaged")
    assert main(["--db", str(db_path), "backup", "restore", version]) == 0
    restored = open_store(db_path).snapshot().find_meeting(meeting.id)
    assert restored is not None and restored.place == "Odense Rådhus"
    assert json.loads(archive_path(db_path, year).read_text())


def _an_item_with_an_attachment(store: Store, tmp_path: Path) -> Attachment:
    """A meeting with one item, a file attached to it, and one more write after that
    (so the newest version names the attachment)."""
    source = tmp_path / "Høringssvar.pdf"
    source.write_bytes(b"%PDF-1.4 svar fra Koege")
    attachment = store_file(store.path, source, "Høringssvar")
    with store.transaction() as tx:
        meeting = tx.add(a_meeting(2026, 10, MeetingState.PLANNED))
        item = tx.add(AgendaItem(meeting_id=meeting.id, number=1, title="Høring"))
        add_attachment(tx, item.id, attachment)
    store.add(Contact(name="Åse"))
    return attachment


def test_a_restore_puts_back_attachment_files_gone_from_the_bilag_folder(
    store: Store, db_path: Path, tmp_path: Path, clock: list[pendulum.DateTime]
) -> None:
    attachment = _an_item_with_an_attachment(store, tmp_path)
    kept = backups.kept_attachments_folder(db_path) / attachment.sha256
    assert kept.read_bytes() == b"%PDF-1.4 svar fra Koege"
    assert kept.stat().st_ino == stored_path(db_path, attachment).stat().st_ino  # a link
    version = backups.backups_of(db_path)[-1]
    shutil.rmtree(bilag_folder(db_path))  # lost by hand
    assert main(["--db", str(db_path), "backup", "restore", version.name]) == 0
    assert stored_path(db_path, attachment).read_bytes() == b"%PDF-1.4 svar fra Koege"


def test_a_restore_says_which_attachment_files_it_could_not_put_back(
    store: Store,
    db_path: Path,
    tmp_path: Path,
    clock: list[pendulum.DateTime],
    capsys: pytest.CaptureFixture[str],
) -> None:
    attachment = _an_item_with_an_attachment(store, tmp_path)
    version = backups.backups_of(db_path)[-1]
    store.add(Contact(name="Bent"))  # undone by the restore
    shutil.rmtree(bilag_folder(db_path))
    shutil.rmtree(backups.kept_attachments_folder(db_path))
    assert main(["--db", str(db_path), "backup", "restore", version.name]) == 2
    out, err = capsys.readouterr()
    assert f"fra {version.name}" in out  # the records are back all the same
    assert "1 bilagsfil" in err and "»Høringssvar« (Høringssvar.pdf, " in err
    assert attachment.sha256[:12] in err
    assert [c.name for c in open_store(db_path).snapshot().contacts].count("Bent") == 0


def test_a_restore_says_a_damaged_year_the_version_does_not_hold(
    store: Store, db_path: Path, clock: list[pendulum.DateTime], capsys: pytest.CaptureFixture[str]
) -> None:
    """A year filed after the version was taken stays (its ids stay taken); damaged, it
    is named: this version cannot put it back, a later one can."""
    store.add(Contact(name="Åse"))
    early = backups.backups_of(db_path)[-1]  # before any year was filed
    fill(store, range(2022, 2025))
    year = min(archived_years(db_path))
    store.add(Contact(name="Bent"))
    later = backups.backups_of(db_path)[-1]  # with the archive
    archive_path(db_path, year).write_text("{ damaged")
    capsys.readouterr()
    assert main(["--db", str(db_path), "backup", "restore", early.name]) == 2
    err = capsys.readouterr().err
    assert f"arkivet for {year} kan ikke læses og er arkiveret efter {early.name}" in err
    assert main(["--db", str(db_path), "backup", "restore", later.name]) == 0
    assert main(["--db", str(db_path), "meetings"]) == 0


def test_a_write_that_fails_leaves_no_version_of_a_change_that_never_happened(
    store: Store, db_path: Path, clock: list[pendulum.DateTime], monkeypatch: pytest.MonkeyPatch
) -> None:
    store.add(Contact(name="Åse"))
    before = names(db_path)
    real_write = store_files.write_atomic

    def disk_full(path: Path, payload: bytes, *args: Any, **kwargs: Any) -> None:
        if path == db_path:
            raise OSError(errno.ENOSPC, "No space left on device", str(path))
        real_write(path, payload, *args, **kwargs)

    monkeypatch.setattr(store_files, "write_atomic", disk_full)
    with pytest.raises(OSError):
        store.add(Contact(name="Bent"))
    assert names(db_path) == before
    assert sorted(p.name for p in backups.backup_folder(db_path).glob("*.about.json")) == sorted(
        n.replace(".json", ".about.json") for n in before
    )
