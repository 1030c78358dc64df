"""`kkr import meetings`: Excel-style CSV in, all or nothing, idempotent, dry run."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from kkr_tui.cli import main
from kkr_tui.store import Store, open_store

BOM = "\ufeff"
# What Danish Excel writes for "CSV UTF-8 (kommasepareret)" with Danish settings:
# a BOM, semicolons, Danish dates, and quotes around a field holding a semicolon.
EXCEL_PLAN = (
    BOM + "council;series;date;start;end;place\r\n"
    "KKR Sjælland;kkr;09-04-2026;09:30;12:30;Ringsted Kongrescenter\r\n"
    'Syddanmark;formandskab;15. juni 2026;8.00;9.00;"Ærø Rådhus; Ærøskøbing"\r\n'
    "sjælland;;12.06.2026;09:30:00;12:30:00;online\r\n"
    ";;;;;\r\n"
)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def write(tmp_path: Path, text: str, name: str = "plan.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def import_(
    capsys: pytest.CaptureFixture[str], db: Path, csv: Path, *extra: str
) -> tuple[int, str, str]:
    return run(capsys, "--db", str(db), "import", "meetings", str(csv), *extra)


def test_excel_plan_with_bom_semicolons_and_danish_names(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, store: Store
) -> None:
    csv = write(tmp_path, EXCEL_PLAN)
    code, out, _ = import_(capsys, store.path, csv)
    assert code == 0
    assert "Importeret: 3 nye møder, 0 fandtes allerede" in out
    meetings = {(m.council, m.day.isoformat()): m for m in store.snapshot().meetings}
    assert set(meetings) == {
        ("sjaelland", "2026-04-09"),
        ("syddanmark", "2026-06-15"),
        ("sjaelland", "2026-06-12"),
    }
    april = meetings[("sjaelland", "2026-04-09")]
    assert april.start.isoformat() == "2026-04-09T09:30:00+02:00"
    assert april.end.isoformat() == "2026-04-09T12:30:00+02:00"
    assert april.series.value == "kkr" and april.state.value == "planned"
    chair = meetings[("syddanmark", "2026-06-15")]
    assert chair.series.value == "formandskab"
    assert chair.place == "Ærø Rådhus; Ærøskøbing"
    assert meetings[("sjaelland", "2026-06-12")].series.value == "kkr"  # empty -> kkr


def test_comma_separated_without_bom(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, store: Store
) -> None:
    csv = write(
        tmp_path,
        "council,series,date,start,end,place\n"
        'nordjylland,kkr,2026-09-17,9:30,12:30,"Aalborg Kongres & Kultur Center, Aalborg"\n',
    )
    assert import_(capsys, store.path, csv)[0] == 0
    (meeting,) = store.snapshot().meetings
    assert meeting.place == "Aalborg Kongres & Kultur Center, Aalborg"


def test_windows_1252_export_from_danish_excel(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, store: Store
) -> None:
    # "CSV (semikolonsepareret)" from Danish Excel is Windows-1252, not UTF-8.
    csv = write(
        tmp_path,
        "council;series;date;start;end;place\r\nSjælland;kkr;9-4-2026;9.30;12.30;Ærø\r\n",
        encoding="cp1252",
    )
    assert import_(capsys, store.path, csv)[0] == 0
    (meeting,) = store.snapshot().meetings
    assert (meeting.council, meeting.place) == ("sjaelland", "Ærø")


@pytest.mark.parametrize(
    "name",
    [
        "sjaelland",
        "Sjælland",
        "SJÆLLAND",
        "KKR Sjælland",
        "kkr sjaelland",
        "Region Sjælland",
        "  Sjælland ",
    ],
)
def test_council_by_slug_or_name(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, store: Store, name: str
) -> None:
    csv = write(tmp_path, f"council,date,start,end\n{name},9-4-2026,9:30,12:30\n")
    assert import_(capsys, store.path, csv)[0] == 0
    assert [m.council for m in store.snapshot().meetings] == ["sjaelland"]


@pytest.mark.parametrize(
    ("text", "series"),
    [
        ("kkr", "kkr"),
        ("KKR-møde", "kkr"),
        ("konstituerende", "konstituerende"),
        ("Formandskabsmøde", "formandskab"),
        ("direktørforum", "direktoerforum"),
        ("Kommunaldirektørforum", "direktoerforum"),
        ("fagdirektoerforum", "fagdirektoerforum"),
        ("Fagdirektørforum", "fagdirektoerforum"),
    ],
)
def test_series_spellings(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, store: Store, text: str, series: str
) -> None:
    csv = write(tmp_path, f"council,series,date,start,end\nsjaelland,{text},9-4-2026,9:30,12:30\n")
    assert import_(capsys, store.path, csv)[0] == 0
    assert [m.series.value for m in store.snapshot().meetings] == [series]


def test_danish_header_names(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, store: Store
) -> None:
    csv = write(
        tmp_path, "Råd;Mødetype;Dato;Start;Slut;Sted\nNordjylland;kkr;9-4-2026;9:30;12:30;Aalborg\n"
    )
    assert import_(capsys, store.path, csv)[0] == 0
    assert [m.place for m in store.snapshot().meetings] == ["Aalborg"]


def test_bad_rows_among_good_ones_import_nothing_and_report_every_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, store: Store
) -> None:
    csv = write(
        tmp_path,
        "council;series;date;start;end;place\n"
        "sjaelland;kkr;9-4-2026;9:30;12:30;ok\n"  # line 2: good
        "sjaelland;kkr;31-02-2026;9:30;12:30;x\n"  # line 3: no such day
        "fyn;kkr;9-4-26;930;12:30;y\n"  # line 4: three bad fields
        "nordjylland;kkr;16-4-2026;9:30;12:30;ok\n"  # line 5: good
        "hovedstaden;møde;29-3-2026;02:30;04:00;z\n"  # line 6: series and DST gap
        "midtjylland;kkr;24-4-2026;13:00;10:00;z\n",  # line 7: ends before it starts
    )
    before = store.path.read_bytes()
    code, out, err = import_(capsys, store.path, csv)
    assert code == 2
    lines = err.splitlines()
    name = str(csv)
    assert f"{name}:3: date: »31-02-2026« er ikke en gyldig dato: den dag findes ikke" in lines
    assert any(line.startswith(f"{name}:4: council: ukendt råd »fyn«") for line in lines)
    assert f"{name}:4: date: »9-4-26«: skriv årstallet med fire cifre" in lines
    assert any(line.startswith(f"{name}:4: start: »930«") for line in lines)
    assert any(line.startswith(f"{name}:6: series: ukendt mødetype »møde«") for line in lines)
    assert any(
        line.startswith(f"{name}:6: start: søn 29. mar 2026 kl. 02.30 findes ikke")
        for line in lines
    )
    assert any(line.startswith(f"{name}:7: end: ") for line in lines)
    assert not any(f"{name}:2:" in line or f"{name}:5:" in line for line in lines)
    assert lines[-1] == f"kkr: 7 fejl i {name}; intet er importeret"
    assert store.path.read_bytes() == before
    assert out == ""


def test_reimport_adds_no_duplicates(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, store: Store
) -> None:
    csv = write(tmp_path, EXCEL_PLAN)
    assert import_(capsys, store.path, csv)[0] == 0
    code, out, _ = import_(capsys, store.path, csv)
    assert code == 0
    assert "Importeret: 0 nye møder, 3 fandtes allerede" in out
    assert len(store.snapshot().meetings) == 3


def test_reimport_with_one_new_row_adds_only_that(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, store: Store
) -> None:
    assert import_(capsys, store.path, write(tmp_path, EXCEL_PLAN))[0] == 0
    more = EXCEL_PLAN + "hovedstaden;kkr;21-04-2026;09:30;12:30;KL-huset\r\n"
    code, out, _ = import_(capsys, store.path, write(tmp_path, more, "more.csv"))
    assert code == 0 and "Importeret: 1 nye møder, 3 fandtes allerede" in out
    assert len(store.snapshot().meetings) == 4


def test_changed_place_is_reported_not_overwritten(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, store: Store
) -> None:
    assert import_(capsys, store.path, write(tmp_path, EXCEL_PLAN))[0] == 0
    moved = EXCEL_PLAN.replace("Ringsted Kongrescenter", "Sorø Akademi")
    code, out, _ = import_(capsys, store.path, write(tmp_path, moved, "moved.csv"))
    assert code == 0
    assert "med andet sted/sluttid; ikke ændret" in out
    places = {m.place for m in store.snapshot().meetings}
    assert "Ringsted Kongrescenter" in places and "Sorø Akademi" not in places


def test_dry_run_shows_changes_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, store: Store
) -> None:
    before = store.path.read_bytes()
    code, out, _ = import_(capsys, store.path, write(tmp_path, EXCEL_PLAN), "--dry-run")
    assert code == 0
    assert "+ tor 9. apr 2026 09.30-12.30  sjaelland  kkr  Ringsted Kongrescenter" in out
    assert "Prøvekørsel, intet gemt: 3 ville blive importeret, 0 findes allerede" in out
    assert store.path.read_bytes() == before


def test_dry_run_does_not_create_a_database(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "new" / "kkr.json"
    code, out, _ = import_(capsys, db, write(tmp_path, EXCEL_PLAN), "--dry-run")
    assert code == 0 and "3 ville blive importeret" in out
    assert not db.exists() and not db.parent.exists()


def test_real_import_creates_the_database(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "kkr.json"
    assert import_(capsys, db, write(tmp_path, EXCEL_PLAN))[0] == 0
    assert len(open_store(db).snapshot().meetings) == 3


def test_dry_run_of_a_bad_file_is_exit_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, store: Store
) -> None:
    csv = write(tmp_path, "council,date,start,end\nsjaelland,31-02-2026,9:30,12:30\n")
    code, _, err = import_(capsys, store.path, csv, "--dry-run")
    assert code == 2 and f"{csv}:2: date:" in err


def test_all_rows_are_written_in_one_atomic_write(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    store: Store,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from kkr_tui.store import files

    writes: list[Path] = []
    real = files.write_atomic

    def recorded(path: Path, payload: bytes, *args: Any, **kwargs: Any) -> None:
        writes.append(path)
        real(path, payload, *args, **kwargs)

    monkeypatch.setattr(files, "write_atomic", recorded)
    assert import_(capsys, store.path, write(tmp_path, EXCEL_PLAN))[0] == 0
    # One write of the database (the day's first write also puts a copy in backups/).
    assert writes.count(store.path) == 1


def test_missing_file_is_exit_2_naming_it(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, store: Store
) -> None:
    code, _, err = import_(capsys, store.path, tmp_path / "nowhere.csv")
    assert code == 2
    assert f"{tmp_path / 'nowhere.csv'} findes ikke" in err


def test_unknown_column_is_refused_with_its_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, store: Store
) -> None:
    csv = write(tmp_path, "council,date,start,end,plcae\nsjaelland,9-4-2026,9:30,12:30,x\n")
    code, _, err = import_(capsys, store.path, csv)
    assert code == 2 and f"{csv}:1: ukendt kolonne »plcae«" in err


def test_missing_required_column(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, store: Store
) -> None:
    csv = write(tmp_path, "council,date,start\nsjaelland,9-4-2026,9:30\n")
    code, _, err = import_(capsys, store.path, csv)
    assert code == 2 and "kolonnen end mangler" in err


def test_empty_file(capsys: pytest.CaptureFixture[str], tmp_path: Path, store: Store) -> None:
    code, _, err = import_(capsys, store.path, write(tmp_path, BOM))
    assert code == 2 and "ingen overskriftslinje" in err


def test_same_meeting_twice_in_the_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, store: Store
) -> None:
    csv = write(
        tmp_path,
        "council,date,start,end\nsjaelland,9-4-2026,9:30,12:30\nSjælland,09.04.2026,09.30,12.00\n",
    )
    code, _, err = import_(capsys, store.path, csv)
    assert code == 2 and f"{csv}:3: start: samme møde (råd, mødetype, start) som linje 2" in err


def test_excel_sep_line_is_honoured_and_counted(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, store: Store
) -> None:
    csv = write(tmp_path, "sep=;\ncouncil;date;start;end\nsjaelland;31-02-2026;9:30;12:30\n")
    code, _, err = import_(capsys, store.path, csv)
    assert code == 2 and f"{csv}:3: date:" in err


def test_control_characters_in_place_are_dropped(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, store: Store
) -> None:
    csv = write(
        tmp_path, "council,date,start,end,place\nsjaelland,9-4-2026,9:30,12:30,\x1b[31mRød\n"
    )
    assert import_(capsys, store.path, csv)[0] == 0
    assert [m.place for m in store.snapshot().meetings] == ["[31mRød"]


def test_english_messages(capsys: pytest.CaptureFixture[str], tmp_path: Path, store: Store) -> None:
    csv = write(tmp_path, "council,date,start,end\nsjaelland,31-02-2026,9:30,12:30\n")
    code, _, err = run(
        capsys, "--lang", "en", "--db", str(store.path), "import", "meetings", str(csv)
    )
    assert code == 2
    assert f"{csv}:2: date: '31-02-2026' is not a valid date" in err
    assert f"1 error in {csv}" in err


def test_import_without_kind_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], store: Store
) -> None:
    code, _, err = run(capsys, "--db", str(store.path), "import")
    assert code == 2 and "kkr import meetings" in err


def test_as_a_real_process(tmp_path: Path) -> None:
    db = tmp_path / "kkr.json"
    csv = write(tmp_path, EXCEL_PLAN)
    env = {k: v for k, v in os.environ.items() if not k.startswith("KKR_")}

    def kkr(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "kkr_tui", "--db", str(db), *args],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
        )

    first = kkr("import", "meetings", str(csv))
    assert first.returncode == 0, first.stderr
    again = kkr("import", "meetings", str(csv), "--dry-run")
    assert again.returncode == 0 and "0 ville blive importeret, 3 findes allerede" in again.stdout
    listed = json.loads(kkr("meetings", "--json").stdout)
    assert [m["dispatch_due"] for m in listed] == ["2026-04-01", "2026-06-04", "2026-06-08"]


def test_bad_file_does_not_create_a_database(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "kkr.json"
    csv = write(tmp_path, "council,date,start,end\nsjaelland,31-02-2026,9:30,12:30\n")
    assert import_(capsys, db, csv)[0] == 2
    assert not db.exists()


def test_a_joint_meeting_with_danish_header_and_its_councils(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, store: Store
) -> None:
    """`rådene` lists a joint meeting's councils, the holding one first (slugs or names);
    it is one meeting, held by `råd`, in each council's year."""
    csv = write(
        tmp_path,
        "råd;mødetype;dato;start;slut;sted;rådene\r\n"
        "hovedstaden;formandskab;5.11.2026;10.00;12.00;Sorø Rådhus;"
        "KKR Hovedstaden, KKR Sjælland\r\n"
        "nordjylland;formandskab;1.12.2026;10.00;12.00;KL;"
        "nordjylland midtjylland syddanmark hovedstaden sjaelland\r\n"
        "sjaelland;kkr;27.11.2026;9.30;12.30;online;\r\n",
    )
    code, _, err = import_(capsys, store.path, csv)
    assert code == 0, err
    snap = store.snapshot()
    joint = next(m for m in snap.meetings if m.place == "Sorø Rådhus")
    assert (joint.council, joint.all_councils) == ("hovedstaden", ("hovedstaden", "sjaelland"))
    chairs = next(m for m in snap.meetings if m.place == "KL")
    assert len(chairs.all_councils) == 5
    assert [m.place for m in snap.meetings_of("sjaelland")] == ["Sorø Rådhus", "online", "KL"]
    assert [m.place for m in snap.meetings_of("midtjylland")] == ["KL"]


def test_joint_councils_not_starting_with_the_row_council_are_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, store: Store
) -> None:
    before = store.path.read_bytes() if store.path.exists() else b""
    csv = write(
        tmp_path,
        "council,series,date,start,end,place,councils\n"
        "hovedstaden,formandskab,2026-11-05,10:00,12:00,Sorø,sjaelland hovedstaden\n"
        "hovedstaden,formandskab,2026-11-06,10:00,12:00,Sorø,hovedstaden atlantis\n",
    )
    code, _, err = import_(capsys, store.path, csv)
    assert code == 2
    assert f"{csv}:2: councils: skal begynde med rækkens råd (hovedstaden)" in err
    assert f"{csv}:3: councils: " in err and "atlantis" in err
    assert (store.path.read_bytes() if store.path.exists() else b"") == before


def test_a_bad_row_quoting_an_escape_shows_it_and_never_sends_it(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """The rows an import refuses quote the file's cells: an ANSI escape in one is
    shown as ␛ (as every import and every `kkr:` line shows it), never obeyed."""
    csv = write(
        tmp_path, "council,series,date,start,end,place\n\x1b[31mred,kkr,2027-01-05,09:00,11:00,x\n"
    )
    code, out, err = import_(capsys, tmp_path / "kkr.json", csv, "--dry-run")
    assert code == 2
    assert "\x1b" not in err
    assert f"{csv}:2: council: ukendt råd »␛[31mred«" in err
    assert out == ""
