"""`kkr import ics` (issue 23 point 6): a meeting plan from a calendar file, with the
CSV import's rules; recurring events expanded, time zones converted to Copenhagen."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar

from kkr_tui.cli import main
from kkr_tui.store import Store

DEMO_DAY = "2026-09-10"


def calendar(*events: str, head: str = "") -> str:
    body = "".join(
        "BEGIN:VEVENT\r\n" + event.strip().replace("\n", "\r\n") + "\r\nEND:VEVENT\r\n"
        for event in events
    )
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//test//EN\r\n"
        f"{head}{body}END:VCALENDAR\r\n"
    )


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "plan.ics"
    path.write_text(text, encoding="utf-8")
    return path


def meetings(db: Path, capsys: pytest.CaptureFixture[str]) -> list[dict[str, Any]]:
    capsys.readouterr()
    assert main(["--db", str(db), "meetings", "--json"]) == 0
    listed: list[dict[str, Any]] = json.loads(capsys.readouterr().out)
    return listed


def events(path: Path) -> list[tuple[str, ...]]:
    """What a reader of the calendar sees of each meeting (not the UIDs, which belong
    to each database, nor DTSTAMP and SEQUENCE)."""
    found = []
    for event in Calendar.from_ical(path.read_bytes()).walk("VEVENT"):
        if str(event.get("status")) == "CANCELLED":
            continue
        found.append(
            tuple(
                str(event.get(name).to_ical().decode() if event.get(name) else "")
                for name in ("dtstart", "dtend", "summary", "location", "status", "categories")
            )
        )
    return sorted(found)


def test_round_trip_export_import_export(
    demo_store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Export, import into an empty database, export again: the same events (the
    cancelled ones are left out by the import and said so)."""
    first, second = tmp_path / "first.ics", tmp_path / "second.ics"
    new = tmp_path / "new.json"
    assert (
        main(["--db", str(demo_store.path), "--today", DEMO_DAY, "export", "ics", "-o", str(first)])
        == 0
    )
    capsys.readouterr()
    assert main(["--db", str(new), "import", "ics", str(first)]) == 0
    out = capsys.readouterr().out
    assert "1 heldags- eller aflyste begivenheder er sprunget over" in out
    assert main(["--db", str(new), "--today", DEMO_DAY, "export", "ics", "-o", str(second)]) == 0
    assert events(second) == events(first)
    assert len(events(first)) > 30
    # again: everything is known, nothing added
    capsys.readouterr()
    assert main(["--db", str(new), "import", "ics", str(first)]) == 0
    assert "0 nye møder" in capsys.readouterr().out


def test_other_time_zones_become_copenhagen_time(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = write(
        tmp_path,
        calendar(
            "UID:a\nSUMMARY:New York\nDTSTART;TZID=America/New_York:20260409T033000\n"
            "DTEND;TZID=America/New_York:20260409T063000",
            "UID:b\nSUMMARY:UTC\nDTSTART:20261105T083000Z\nDTEND:20261105T113000Z",
            "UID:c\nSUMMARY:Floating\nDTSTART:20260611T093000\nDTEND:20260611T123000",
        ),
    )
    db = tmp_path / "kkr.json"
    assert main(["--db", str(db), "import", "ics", str(plan), "--council", "Sjælland"]) == 0
    starts = sorted((m["start"], m["end"]) for m in meetings(db, capsys))
    assert starts == [
        ("2026-04-09T09:30:00+02:00", "2026-04-09T12:30:00+02:00"),
        ("2026-06-11T09:30:00+02:00", "2026-06-11T12:30:00+02:00"),
        ("2026-11-05T09:30:00+01:00", "2026-11-05T12:30:00+01:00"),
    ]


def test_google_floating_times_in_the_calendars_zone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = write(
        tmp_path,
        calendar(
            "UID:a\nSUMMARY:x\nDTSTART:20260409T083000\nDTEND:20260409T113000",
            head="X-WR-TIMEZONE:Europe/London\r\n",
        ),
    )
    db = tmp_path / "kkr.json"
    assert main(["--db", str(db), "import", "ics", str(plan), "--council", "sjaelland"]) == 0
    assert meetings(db, capsys)[0]["start"] == "2026-04-09T09:30:00+02:00"


def test_an_event_without_dtend_is_refused_by_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = write(
        tmp_path,
        calendar(
            "UID:a\nSUMMARY:Godt møde\nDTSTART:20260409T073000Z\nDTEND:20260409T103000Z",
            "UID:b\nSUMMARY:Uden slut\nDTSTART:20260410T073000Z",
        ),
    )
    db = tmp_path / "kkr.json"
    assert main(["--db", str(db), "import", "ics", str(plan), "--council", "sjaelland"]) == 2
    err = capsys.readouterr().err
    assert f"{plan}:10: DTEND: begivenheden »Uden slut« har intet sluttidspunkt (DTEND)" in err
    assert not db.exists()  # all or nothing: not even created


def test_duration_is_an_end(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plan = write(tmp_path, calendar("UID:a\nSUMMARY:x\nDTSTART:20260409T073000Z\nDURATION:PT3H"))
    db = tmp_path / "kkr.json"
    assert main(["--db", str(db), "import", "ics", str(plan), "--council", "sjaelland"]) == 0
    assert meetings(db, capsys)[0]["end"] == "2026-04-09T12:30:00+02:00"


def test_recurring_events_are_expanded(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Monthly, four times, across the October daylight-saving change (09:30 stays
    09:30), one date excluded, one moved (RECURRENCE-ID)."""
    plan = write(
        tmp_path,
        calendar(
            "UID:r\nSUMMARY:KKR Sjælland: KKR-møde\n"
            "DTSTART;TZID=Europe/Copenhagen:20260910T093000\n"
            "DTEND;TZID=Europe/Copenhagen:20260910T123000\n"
            "RRULE:FREQ=MONTHLY;COUNT=4\n"
            "EXDATE;TZID=Europe/Copenhagen:20261010T093000",
            "UID:r\nSUMMARY:KKR Sjælland: KKR-møde (flyttet)\n"
            "RECURRENCE-ID;TZID=Europe/Copenhagen:20261110T093000\n"
            "DTSTART;TZID=Europe/Copenhagen:20261112T100000\n"
            "DTEND;TZID=Europe/Copenhagen:20261112T130000",
        ),
    )
    db = tmp_path / "kkr.json"
    assert main(["--db", str(db), "import", "ics", str(plan)]) == 0  # council from SUMMARY
    starts = sorted(m["start"] for m in meetings(db, capsys))
    assert starts == [
        "2026-09-10T09:30:00+02:00",
        "2026-11-12T10:00:00+01:00",
        "2026-12-10T09:30:00+01:00",
    ]


def test_extra_dates_are_added_and_excluded_ones_left_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """RDATE adds a start (a date-only one is no meeting), EXDATE removes one, also an
    RDATE's."""
    plan = write(
        tmp_path,
        calendar(
            "UID:d\nSUMMARY:KKR Sjælland: KKR-møde\n"
            "DTSTART;TZID=Europe/Copenhagen:20260910T093000\n"
            "DTEND;TZID=Europe/Copenhagen:20260910T123000\n"
            "RDATE;TZID=Europe/Copenhagen:20261001T093000,20261105T093000\n"
            "RDATE;VALUE=DATE:20261203\n"
            "EXDATE;TZID=Europe/Copenhagen:20261001T093000",
        ),
    )
    db = tmp_path / "kkr.json"
    assert main(["--db", str(db), "import", "ics", str(plan)]) == 0
    starts = sorted(m["start"] for m in meetings(db, capsys))
    assert starts == ["2026-09-10T09:30:00+02:00", "2026-11-05T09:30:00+01:00"]


def test_a_rule_without_end_is_expanded_two_years(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = write(
        tmp_path,
        calendar(
            "UID:w\nSUMMARY:x\nDTSTART:20260105T080000Z\nDTEND:20260105T090000Z\nRRULE:FREQ=MONTHLY"
        ),
    )
    db = tmp_path / "kkr.json"
    argv = ["--db", str(db), "import", "ics", str(plan), "--council", "fyn"]
    assert main(argv) == 2  # an unknown council: exit 2
    argv[-1] = "nordjylland"
    assert main([*argv, "--series", "formandskab"]) == 0
    listed = meetings(db, capsys)
    assert len(listed) == 25  # January 2026 to January 2028
    assert {m["series"] for m in listed} == {"formandskab"}


def test_no_council_anywhere_is_refused_with_a_hint(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = write(
        tmp_path, calendar("UID:a\nSUMMARY:Møde\nDTSTART:20260409T073000Z\nDTEND:20260409T103000Z")
    )
    assert main(["--db", str(tmp_path / "kkr.json"), "import", "ics", str(plan)]) == 2
    assert "angiv --council" in capsys.readouterr().err


def test_dry_run_saves_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plan = write(
        tmp_path, calendar("UID:a\nSUMMARY:x\nDTSTART:20260409T073000Z\nDTEND:20260409T103000Z")
    )
    db = tmp_path / "kkr.json"
    argv = ["--db", str(db), "import", "ics", str(plan), "--council", "sjaelland", "--dry-run"]
    assert main(argv) == 0
    assert "+ tor 9. apr 2026" in capsys.readouterr().out
    assert not db.exists()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"not a calendar", "ikke en kalenderfil"),
        (None, "findes ikke"),
    ],
)
def test_bad_files_are_exit_2(
    tmp_path: Path, content: bytes | None, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "x.ics"
    if content is not None:
        path.write_bytes(content)
    assert main(["--db", str(tmp_path / "kkr.json"), "import", "ics", str(path)]) == 2
    assert message in capsys.readouterr().err
    assert not (tmp_path / "kkr.json").exists()


@pytest.mark.parametrize(
    ("argv", "danish", "english"),
    [
        (["ics"], "er en mappe, ikke en ICS-fil", "is a folder, not an ICS file"),
        (["meetings"], "er en mappe, ikke en CSV-fil", "is a folder, not a CSV file"),
    ],
)
def test_a_folder_is_named_as_not_the_kind_of_file_the_command_reads(
    tmp_path: Path,
    argv: list[str],
    danish: str,
    english: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder = tmp_path / "plan.ics"
    folder.mkdir()
    for extra, said in (([], danish), (["--lang", "en"], english)):
        db = ["--db", str(tmp_path / "kkr.json")]
        assert main([*db, *extra, "import", *argv, str(folder)]) == 2
        assert said in capsys.readouterr().err
    assert not (tmp_path / "kkr.json").exists()


def test_text_from_the_calendar_is_shown_literally(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = write(
        tmp_path,
        calendar(
            "UID:a\nSUMMARY:[red]x\nLOCATION:[@click=quit] \x1b[31mrød\nDTSTART:20260409T073000Z"
        ),
    )
    assert (
        main(
            ["--db", str(tmp_path / "k.json"), "import", "ics", str(plan), "--council", "sjaelland"]
        )
        == 2
    )
    err = capsys.readouterr().err
    assert "»[red]x«" in err and "\x1b" not in err
