"""Attachment files: copied beside the database under their SHA-256, refused with a
clear message, numbered per meeting, packaged byte for byte; a file removed by hand
stops the export before anything is written."""

from __future__ import annotations

import hashlib
import json
import os
import zipfile
from pathlib import Path

import pytest

from kkr_tui.domain.agenda_content import numbered_attachments
from kkr_tui.exports.document_model import agenda_items
from kkr_tui.exports.package import agenda_package, safe_name, write_package
from kkr_tui.store import Store, open_store
from kkr_tui.store.attachments import (
    MAX_BYTES,
    AttachmentError,
    bilag_folder,
    check_present,
    store_file,
)
from kkr_tui.store.owned import is_owned_by
from tests.unit.documents_helpers import CLOSED_WORDS, with_content


def test_a_file_is_copied_under_its_sha256_beside_the_database(
    store: Store, tmp_path: Path
) -> None:
    source = tmp_path / "Høringssvar.pdf"
    source.write_bytes(b"%PDF-1.4 indhold")
    attachment = store_file(store.path, source, "  Høringssvar  fra   Køge ")
    digest = hashlib.sha256(b"%PDF-1.4 indhold").hexdigest()
    assert attachment.sha256 == digest and attachment.size == 16
    assert attachment.title == "Høringssvar fra Køge" and attachment.file_name == source.name
    assert attachment.media_type == "application/pdf"
    copied = bilag_folder(store.path) / digest
    assert copied.read_bytes() == source.read_bytes()
    assert bilag_folder(store.path).name == f"{store.path.stem}.bilag"
    source.write_bytes(b"changed later")  # never referenced in place
    assert copied.read_bytes() == b"%PDF-1.4 indhold"
    assert [p.name for p in bilag_folder(store.path).iterdir()] == [digest]


def test_without_a_title_the_file_name_is_the_title(store: Store, tmp_path: Path) -> None:
    source = tmp_path / "budget 2027.xlsx"
    source.write_bytes(b"x")
    assert store_file(store.path, source).title == "budget 2027"


def test_refusals_name_the_file(store: Store, tmp_path: Path) -> None:
    with pytest.raises(AttachmentError, match="findes ikke"):
        store_file(store.path, tmp_path / "mangler.pdf")
    with pytest.raises(AttachmentError, match="er en mappe"):
        store_file(store.path, tmp_path)
    big = tmp_path / "stor.pdf"
    with open(big, "wb") as handle:
        handle.truncate(MAX_BYTES + 1)  # sparse: costs no disk
    with pytest.raises(AttachmentError, match="50 MB"):
        store_file(store.path, big)
    with pytest.raises(AttachmentError, match="bilagsnavn"):
        store_file(store.path, tmp_path / "a\x1bb.pdf")
    if os.geteuid() != 0:
        locked = tmp_path / "låst.pdf"
        locked.write_bytes(b"x")
        locked.chmod(0)
        with pytest.raises(AttachmentError, match="kan ikke læses"):
            store_file(store.path, locked)
    folder = bilag_folder(store.path)
    assert not folder.exists() or not any(folder.iterdir())


def test_attachments_are_numbered_by_item_and_place(demo_store: Store, tmp_path: Path) -> None:
    content = with_content(demo_store, tmp_path)
    numbered = numbered_attachments(agenda_items(demo_store.snapshot(), content.meeting))
    assert [(n.number, n.attachment.title) for n in numbered] == [
        ("3.1", "Budget 2027"),
        ("3.2", "Noter fra KD-forum"),
        ("4.1", "Lukketbilag om sagen"),
    ]


def test_the_zip_holds_the_agenda_and_every_attachment_byte_identical(
    demo_store: Store, tmp_path: Path
) -> None:
    content = with_content(demo_store, tmp_path)
    package = agenda_package(demo_store.snapshot(), demo_store.path, content.meeting.id)
    target = write_package(package, demo_store.path, tmp_path / "pakke.zip")
    with zipfile.ZipFile(target) as archive:
        names = archive.namelist()
        assert names == [
            "Dagsorden KKR Sjælland 2026-09-11.pdf",
            "Bilag 3.1 - Budget 2027.pdf",
            "Bilag 3.2 - Noter fra KD-forum.txt",
            "Bilag 4.1 - Lukketbilag om sagen.txt",
        ]
        assert archive.read(names[0]).startswith(b"%PDF")
        for name, title in zip(
            names[1:], ["Budget 2027", "Noter fra KD-forum", "Lukketbilag om sagen"], strict=True
        ):
            assert archive.read(name) == content.sources[title].read_bytes()


def test_the_package_as_a_folder_and_the_public_package(demo_store: Store, tmp_path: Path) -> None:
    content = with_content(demo_store, tmp_path)
    snapshot = demo_store.snapshot()
    folder = write_package(
        agenda_package(snapshot, demo_store.path, content.meeting.id),
        demo_store.path,
        tmp_path / "ud",
    )
    assert sorted(p.name for p in folder.iterdir())[0] == "Bilag 3.1 - Budget 2027.pdf"
    public = agenda_package(snapshot, demo_store.path, content.meeting.id, public=True)
    assert [f.name for f in public.attachments] == [
        "Bilag 3.1 - Budget 2027.pdf",
        "Bilag 3.2 - Noter fra KD-forum.txt",
    ]
    assert not any(word in f.name for f in public.attachments for word in CLOSED_WORDS)


def test_a_file_removed_by_hand_stops_the_export(demo_store: Store, tmp_path: Path) -> None:
    content = with_content(demo_store, tmp_path)
    budget = next(a for a in content.first.attachments if a.title == "Budget 2027")
    (bilag_folder(demo_store.path) / budget.sha256).unlink()
    with pytest.raises(AttachmentError, match=r"bilag 3\.1 »Budget 2027« mangler"):
        agenda_package(demo_store.snapshot(), demo_store.path, content.meeting.id)
    items = agenda_items(demo_store.snapshot(), content.meeting)
    with pytest.raises(AttachmentError):
        check_present(demo_store.path, numbered_attachments(items))


def test_file_names_in_the_package_cannot_escape_or_act(tmp_path: Path) -> None:
    assert safe_name("../../etc/passwd") == "etc-passwd"
    assert safe_name("a/b\\c:d*e?f") == "a-b-c-d-e-f"
    assert safe_name("...") == "bilag"


def test_an_export_never_replaces_the_database_or_its_own_files(store: Store) -> None:
    db = store.path
    assert is_owned_by(db, db)
    assert is_owned_by(db, db.parent / "backups" / f"{db.stem}-20260910-101010-daily.json")
    assert is_owned_by(db, db.parent / "archive" / f"{db.stem}-2024.json")
    assert is_owned_by(db, bilag_folder(db) / ("0" * 64))
    assert not is_owned_by(db, db.parent / "dagsorden.pdf")


def test_an_old_database_is_migrated_summary_to_case_text_with_a_backup(
    store: Store, tmp_path: Path
) -> None:
    """A schema 1 file (one long text called summary) opens as schema 2 with the text
    as the case text; the file as it was is kept as a backup first."""
    path = store.path
    data = json.loads(path.read_text())
    data["_meta"]["1"]["schema_version"] = 1
    data["meetings"] = {
        "1": {
            "council": "sjaelland",
            "series": "kkr",
            "start": "2026-04-09T09:30:00+02:00",
            "end": "2026-04-09T12:30:00+02:00",
        }
    }
    data["items"] = {
        "1": {"meeting_id": 1, "number": 1, "title": "Gammelt punkt", "summary": "Gammel tekst."}
    }
    old = json.dumps(data).encode()
    path.write_bytes(old)
    migrated = open_store(path)
    item = migrated.snapshot().items_for(1)[0]
    assert item.case_text == "Gammel tekst." and item.resume == "" and not item.closed
    written = json.loads(path.read_text())
    assert written["_meta"]["1"]["schema_version"] == 2
    assert "summary" not in written["items"]["1"]
    from kkr_tui.store.backups import backups_of

    # Each version has its notes (.about.json) beside it.
    assert [b.path.read_bytes() for b in backups_of(path)] == [old]
