"""CSV exports: Excel-friendly bytes, and export -> import -> export gives the same file."""

from __future__ import annotations

import contextlib
import csv
import io
from pathlib import Path

import pendulum
import pytest

from kkr_tui.cli import main
from kkr_tui.cli_parser import build_parser
from kkr_tui.domain.clock import TZ_NAME
from kkr_tui.domain.models import Contact, Meeting, MeetingState, Member, Series
from kkr_tui.domain.text import strip_controls
from kkr_tui.exports.csvfiles import (
    CONTACT_COLUMNS,
    MEETING_COLUMNS,
    MEMBER_COLUMNS,
    csv_export,
)
from kkr_tui.store import Snapshot, Store, open_store

HOSTILE_NAME = '=HYPERLINK("https://ondt.example";"klik") <script> [red]'


def _has_import(kind: str) -> bool:
    """Whether this checkout has `kkr import <kind>` (some are built on other branches)."""
    with contextlib.redirect_stderr(io.StringIO()):
        try:
            build_parser().parse_args(["import", kind, "file.csv"])
        except SystemExit:
            return False
    return True


def _rows(payload: bytes) -> list[list[str]]:
    assert payload.startswith(b"\xef\xbb\xbf"), "no UTF-8 byte-order mark"
    return list(csv.reader(io.StringIO(payload.decode("utf-8-sig")), delimiter=";"))


def _round_trip(source: Store, kind: str, tmp_path: Path) -> tuple[bytes, bytes, Snapshot]:
    """Export `kind`, import the file into a new database, export that again."""
    first = csv_export(source.snapshot(), kind)
    exported = tmp_path / f"{kind}.csv"
    exported.write_bytes(first)
    fresh = tmp_path / f"fresh-{kind}.json"
    assert main(["--db", str(fresh), "import", kind, str(exported)]) == 0
    snapshot = open_store(fresh).snapshot()
    return first, csv_export(snapshot, kind), snapshot


@pytest.mark.parametrize(
    ("kind", "header"),
    [("meetings", MEETING_COLUMNS), ("members", MEMBER_COLUMNS), ("contacts", CONTACT_COLUMNS)],
)
def test_bom_semicolons_crlf_and_the_import_header(
    demo_store: Store, kind: str, header: tuple[str, ...]
) -> None:
    payload = csv_export(demo_store.snapshot(), kind)
    rows = _rows(payload)
    assert tuple(rows[0][: len(header)]) == header
    assert all(len(row) == len(rows[0]) for row in rows)
    assert payload.count(b"\r\n") == len(rows)
    assert "æ" in payload.decode("utf-8") or "ø" in payload.decode("utf-8")


def test_meetings_rows_are_iso_dates_and_local_times(demo_store: Store) -> None:
    rows = _rows(csv_export(demo_store.snapshot(), "meetings"))
    sorø = "Erhvervshus Sjælland, Fulbyvej 15, 4180 Sorø"
    assert ["sjaelland", "kkr", "2026-02-20", "09:30", "12:30", sorø, ""] in rows  # winter
    assert ["sjaelland", "kkr", "2026-06-12", "09:30", "12:30", sorø, ""] in rows  # summer
    # Cancelled meetings are not part of a plan one would import again.
    cancelled = next(m for m in demo_store.snapshot().meetings if m.state is MeetingState.CANCELLED)
    assert not any(
        row[2] == cancelled.day.isoformat() and row[0] == cancelled.council for row in rows
    )
    # A joint meeting: one row, held by its council, all councils the holding one first.
    joint = [row for row in rows[1:] if row[6]]
    assert joint == [
        [
            "hovedstaden",
            "formandskab",
            "2026-11-05",
            "10:00",
            "12:00",
            "Sorø Rådhus",
            "hovedstaden sjaelland",
        ]
    ]
    assert _rows(csv_export(demo_store.snapshot(), "meetings", year=2027)) == [
        list(MEETING_COLUMNS)
    ]


def test_contacts_keep_the_secretariat_flag_and_council_slugs(demo_store: Store) -> None:
    rows = _rows(csv_export(demo_store.snapshot(), "contacts"))
    haukur = next(row for row in rows if row[0] == "Haukur Thorsteinsson")
    assert haukur == [
        "Haukur Thorsteinsson",
        "Chefkonsulent",
        "KL",
        "KKR-sekretariatet i Nordjylland",
        "hast@kl.dk",
        "",
        "nordjylland",
        "ja",
    ]


def test_formula_cells_are_neutralised_for_excel(store: Store) -> None:
    store.add(Contact(name=HOSTILE_NAME, phone="+45 33 70 00 00", email="a@b.dk"))
    rows = _rows(csv_export(store.snapshot(), "contacts"))
    row = next(r for r in rows if "HYPERLINK" in r[0])
    assert row[0] == "'" + HOSTILE_NAME
    assert row[5] == "'+45 33 70 00 00"


def test_contacts_round_trip(demo_store: Store, tmp_path: Path) -> None:
    demo_store.add(
        Contact(
            name=HOSTILE_NAME + " \x1b[31mÆble",
            title='-chef; "citat"',
            unit="Enhed,\nanden linje",
            phone="+45 12 34 56 78",
            councils=("sjaelland", "hovedstaden"),
        )
    )
    first, second, imported = _round_trip(demo_store, "contacts", tmp_path)
    assert first == second

    # The same data, not only the same file (a stray apostrophe would pass the above).
    def fields(contact: Contact) -> tuple[object, ...]:
        texts = (contact.name, contact.title, contact.organisation, contact.unit, contact.phone)
        return (*map(strip_controls, texts), contact.email, contact.councils, contact.secretariat)

    assert sorted(map(fields, imported.contacts)) == sorted(
        map(fields, demo_store.snapshot().contacts)
    )
    text = first.decode("utf-8")
    assert "\x1b" not in text and "Æble" in text and "Susanne Nørlund Munk" in text


@pytest.mark.skipif(
    not _has_import("meetings"),
    reason="`kkr import meetings` is built on branch `dates`; runs once it is merged",
)
def test_meetings_round_trip(demo_store: Store, tmp_path: Path) -> None:
    demo_store.add(
        Meeting(
            council="syddanmark",
            series=Series.PROFESSIONAL_DIRECTORS,
            start=pendulum.datetime(2026, 10, 26, 13, tz=TZ_NAME),  # the day after DST ends
            end=pendulum.datetime(2026, 10, 26, 15, tz=TZ_NAME),
            place='=Sønderborg; "Alsion", lokale <1>',
        )
    )
    first, second, imported = _round_trip(demo_store, "meetings", tmp_path)
    assert first == second

    def fields(meeting: Meeting) -> tuple[object, ...]:
        return (
            meeting.council,
            meeting.councils,
            meeting.series,
            meeting.start,
            meeting.end,
            meeting.place,
        )

    planned = [m for m in demo_store.snapshot().meetings if m.state is not MeetingState.CANCELLED]
    assert sorted(map(fields, imported.meetings)) == sorted(map(fields, planned))


@pytest.mark.skipif(
    not _has_import("members"),
    reason="`kkr import members` is built on the branch of issue 6; runs once it is merged",
)
def test_members_round_trip(demo_store: Store, tmp_path: Path) -> None:
    demo_store.add(
        Member(council="sjaelland", name="Øjvind Ærø-Åberg", municipality="Køge", party="Ø")
    )
    first, second, imported = _round_trip(demo_store, "members", tmp_path)
    assert first == second

    def fields(member: Member) -> tuple[object, ...]:
        return (member.council, member.name, member.municipality, member.party, member.role)

    assert sorted(map(fields, imported.members)) == sorted(
        map(fields, demo_store.snapshot().members)
    )
