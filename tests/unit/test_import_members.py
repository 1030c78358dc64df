"""`kkr import members FILE.csv`: all or nothing, line-numbered errors, BOM, semicolons,
idempotent, and a suggestion when a municipality or council is misspelt."""

from __future__ import annotations

from pathlib import Path

import pytest

from kkr_tui.cli import main
from kkr_tui.domain.models import Role
from kkr_tui.store import Store, open_store

HEADER = "council,name,municipality,party,role\n"


def write(tmp_path: Path, text: str, name: str = "members.csv", *, bom: bool = False) -> Path:
    path = tmp_path / name
    data = text.encode("utf-8")
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data)
    return path


def run(db: Path, csv: Path, *extra: str) -> int:
    return main(["--db", str(db), "import", "members", str(csv), *extra])


def members(db: Path) -> list[tuple[str, str, str, str, Role, bool, str]]:
    snap = open_store(db).snapshot()
    return sorted(
        (m.council, m.name, m.municipality, m.party, m.role, m.mayor, m.substitute_for)
        for m in snap.members
    )


def test_imports_rows_with_council_by_slug_name_or_region(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv = write(
        tmp_path,
        HEADER
        + "nordjylland,Anne Prøve,Aalborg,A,formand og borgmester\n"
        + "KKR Sjælland,Bo Test,Køge,V,naestformand\n"
        + "Sjælland,Cille Test,Roskilde,C,borgmester\n"
        + "Region Syddanmark,Dan Test,Odense,,\n",
    )
    assert run(db_path, csv) == 0
    assert members(db_path) == [
        ("nordjylland", "Anne Prøve", "Aalborg", "A", Role.CHAIR, True, ""),
        ("sjaelland", "Bo Test", "Køge", "V", Role.VICE_CHAIR, False, ""),
        ("sjaelland", "Cille Test", "Roskilde", "C", Role.MAYOR, True, ""),
        ("syddanmark", "Dan Test", "Odense", "", Role.MEMBER, False, ""),
    ]
    out = capsys.readouterr().out
    assert "+ KKR Nordjylland  Anne Prøve  Aalborg  A  formand (borgmester)" in out
    assert "Oprettet: 4. Fandtes allerede: 0." in out


def test_role_accepts_danish_words_with_and_without_ae(db_path: Path, tmp_path: Path) -> None:
    csv = write(
        tmp_path,
        HEADER
        + "nordjylland,A,Aalborg,,Næstformand\n"
        + "midtjylland,B,Aarhus,,NAESTFORMAND\n"
        + "syddanmark,C,Odense,,medlem\n"
        + "hovedstaden,D,København,,formand/borgmester\n",
    )
    assert run(db_path, csv) == 0
    roles = {name: (role, mayor) for _, name, _, _, role, mayor, _ in members(db_path)}
    assert roles == {
        "A": (Role.VICE_CHAIR, False),
        "B": (Role.VICE_CHAIR, False),
        "C": (Role.MEMBER, False),
        "D": (Role.CHAIR, True),
    }


def test_municipality_typo_suggests_the_closest_name_and_imports_nothing(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv = write(
        tmp_path,
        HEADER + "nordjylland,Anne,Aalborg,A,borgmester\nnordjylland,Bo,Alborg,V,medlem\n",
    )
    assert run(db_path, csv) == 2
    err = capsys.readouterr().err
    assert (
        f"{csv}:3: municipality: »Alborg« er ikke en kommune i KKR Nordjylland;"
        " mente du »Aalborg«?" in err
    )
    assert "intet er importeret" in err
    assert not db_path.exists(), "a rejected file must not even create the database"


def test_municipality_of_another_council_says_which(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv = write(tmp_path, HEADER + "nordjylland,Bo,Odense,V,medlem\n")
    assert run(db_path, csv) == 2
    assert "»Odense« hører til KKR Syddanmark, ikke KKR Nordjylland" in capsys.readouterr().err


def test_municipality_spelled_without_danish_letters_is_the_real_one(
    db_path: Path, tmp_path: Path
) -> None:
    csv = write(tmp_path, HEADER + "sjaelland,Bo,koege,V,\nhovedstaden,Cy,  KØBENHAVN ,A,\n")
    assert run(db_path, csv) == 0
    assert [m[2] for m in members(db_path)] == ["København", "Køge"]


def test_every_bad_field_is_reported_with_its_line(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv = write(
        tmp_path,
        HEADER
        + "nordjylland,Anne,Aalborg,A,borgmester\n"
        + "Nordjyland,Bo,Aalborg,,konge\n"
        + "midtjylland,,Aarhus,,\n"
        + 'sjaelland,"Cille\nTest",Qwerty,,\n'
        + "syddanmark,Dan,Odense,,,extra\n",
    )
    assert run(db_path, csv) == 2
    err = capsys.readouterr().err.splitlines()
    assert f"{csv}:3: council: »Nordjyland« er ikke et KKR; mente du »KKR Nordjylland«?" in err
    assert any(line.startswith(f"{csv}:3: role: »konge« er ikke en rolle") for line in err)
    assert f"{csv}:4: name: skal udfyldes" in err
    # A quoted newline: the record starts on line 5; the next one is on line 7.
    assert any(
        line.startswith(f"{csv}:5: municipality: »Qwerty« er ikke en kommune") for line in err
    )
    assert any(line.startswith(f"{csv}:7: -: rækken har 6 felter") for line in err)
    assert err[-1] == f"kkr: 5 fejl i {csv}; intet er importeret"


def test_bom_and_semicolons_as_excel_writes_them(db_path: Path, tmp_path: Path) -> None:
    csv = write(
        tmp_path,
        "council;name;municipality;party;role\r\nsjaelland;Bo Test;Køge;V;borgmester\r\n;;;;\r\n",
        bom=True,
    )
    assert run(db_path, csv) == 0
    assert members(db_path) == [("sjaelland", "Bo Test", "Køge", "V", Role.MAYOR, True, "")]


def test_danish_headers_and_excel_sep_line(db_path: Path, tmp_path: Path) -> None:
    csv = write(tmp_path, "sep=;\nRåd;Navn;Kommune;Parti;Rolle\nsjaelland;Bo;Køge;V;borgmester\n")
    assert run(db_path, csv) == 0
    assert len(members(db_path)) == 1


def test_windows_1252_file_is_read(db_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "ansi.csv"
    path.write_bytes((HEADER + "sjaelland,Søren Prøve,Køge,,\n").encode("cp1252"))
    assert run(db_path, path) == 0
    assert members(db_path)[0][1:3] == ("Søren Prøve", "Køge")


def test_import_is_idempotent_and_reports_differences_without_changing(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = write(tmp_path, HEADER + "sjaelland,Bo Test,Køge,V,borgmester\n", "a.csv")
    assert run(db_path, first) == 0
    again = write(
        tmp_path,
        HEADER + "Sjælland,bo  test,KØGE,A,formand\nsjaelland,Eva,Greve,,\n",
        "b.csv",
    )
    capsys.readouterr()
    assert run(db_path, again) == 0
    out = capsys.readouterr().out
    assert "= KKR Sjælland  bo test  Køge  A  formand" in out
    assert "findes allerede med andre oplysninger (parti, rolle); ikke ændret" in out
    assert "Oprettet: 1. Fandtes allerede: 1." in out
    assert members(db_path) == [
        ("sjaelland", "Bo Test", "Køge", "V", Role.MAYOR, True, ""),
        ("sjaelland", "Eva", "Greve", "", Role.MEMBER, False, ""),
    ]
    assert run(db_path, again) == 0
    assert len(members(db_path)) == 2


def test_the_same_member_twice_in_one_file_is_an_error(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv = write(tmp_path, HEADER + "sjaelland,Bo,Køge,,\nsjaelland,BO,koege,,\n")
    assert run(db_path, csv) == 2
    assert f"{csv}:3: name: samme medlem som linje 2" in capsys.readouterr().err


def test_dry_run_writes_nothing(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv = write(tmp_path, HEADER + "sjaelland,Bo,Køge,,\n")
    assert run(db_path, csv, "--dry-run") == 0
    out = capsys.readouterr().out
    assert "Prøvekørsel: 1 ville blive oprettet, 0 findes allerede. Intet er gemt." in out
    assert not db_path.exists()
    open_store(db_path, create=True)
    before = db_path.read_bytes()
    assert run(db_path, csv, "--dry-run") == 0
    assert db_path.read_bytes() == before


def test_substitute_for_a_member_in_the_file_or_the_database(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = write(tmp_path, HEADER + "sjaelland,Bo Test,Køge,V,borgmester\n", "a.csv")
    assert run(db_path, first) == 0
    csv = write(
        tmp_path,
        "council,name,municipality,party,role,substitute_for\n"
        "sjaelland,Eva,Køge,V,,bo test\n"
        "sjaelland,Finn,Greve,A,borgmester,\n"
        "sjaelland,Gro,Greve,A,,Finn\n",
        "b.csv",
    )
    assert run(db_path, csv) == 0
    subs = {m[1]: m[6] for m in members(db_path)}
    assert subs == {"Bo Test": "", "Eva": "Bo Test", "Finn": "", "Gro": "Finn"}
    typo = write(
        tmp_path,
        "council,name,municipality,party,role,suppleant for\nsjaelland,Hans,Køge,,,Bo Tset\n",
        "c.csv",
    )
    capsys.readouterr()
    assert run(db_path, typo) == 2
    assert "substitute_for: »Bo Tset« er ikke medlem af KKR Sjælland; mente du »Bo Test«?" in (
        capsys.readouterr().err
    )


def test_warnings_after_import_name_contradictions(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv = write(tmp_path, HEADER + "nordjylland,A,Aalborg,,formand\nnordjylland,B,Læsø,,formand\n")
    assert run(db_path, csv) == 0
    err = capsys.readouterr().err
    assert "advarsel: KKR Nordjylland: 2 formænd registreret: A, B" in err
    assert "advarsel: KKR Nordjylland: 11 kommuner uden registreret borgmester" in err


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("name,municipality\nBo,Køge\n", "kolonnen council mangler"),
        ("council,name,municipality,shoe\n", "ukendt kolonne »shoe«"),
        ("council,name,name,municipality\n", "kolonnen »name« står der to gange"),
        ("", "filen har ingen overskriftslinje"),
    ],
)
def test_unusable_header(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, message: str
) -> None:
    csv = write(tmp_path, text)
    assert run(db_path, csv) == 2
    err = capsys.readouterr().err
    assert f"kkr: {csv}:1: " in err
    assert message in err


def test_missing_file(db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(db_path, tmp_path / "nope.csv") == 2
    assert "findes ikke" in capsys.readouterr().err


def test_control_characters_are_dropped_and_markup_kept_literal(
    db_path: Path, tmp_path: Path
) -> None:
    csv = write(tmp_path, HEADER + "sjaelland,[red]Bo\x1b[31m,Køge,[@click=app.quit],\n")
    assert run(db_path, csv) == 0
    assert members(db_path)[0][1:4] == ("[red]Bo[31m", "Køge", "[@click=app.quit]")


def test_export_then_import_keeps_mayors_and_substitutes(demo_store: Store, tmp_path: Path) -> None:
    """`kkr export csv members` writes what this import reads: nothing is lost."""
    from kkr_tui.exports.csvfiles import csv_export

    exported = tmp_path / "members.csv"
    exported.write_bytes(csv_export(demo_store.snapshot(), "members"))
    fresh = tmp_path / "fresh.json"
    assert run(fresh, exported) == 0
    assert members(fresh) == members(demo_store.path)
    chairs = [m for m in members(fresh) if m[4] is Role.CHAIR]
    assert chairs and all(m[5] for m in chairs)  # the demo's chairs are mayors too
    assert ("nordjylland", "Tina Modelgaard", "Læsø", "B", Role.MEMBER, False, "Frank Testrup") in (
        members(fresh)
    )


def test_read_only_database_is_exit_2_and_untouched(
    store: Store,
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import os

    csv = write(tmp_path, HEADER + "sjaelland,Bo,Køge,,\n")
    db_path.chmod(0o444)
    real_access = os.access

    def access(path: str | os.PathLike[str], mode: int) -> bool:
        # As root access() says yes to a 0444 file; answer as it would for a secretary.
        if mode == os.W_OK and Path(str(path)) == db_path:
            return False
        return real_access(path, mode)

    monkeypatch.setattr(os, "access", access)
    before = db_path.read_bytes()
    assert run(db_path, csv) == 2
    err = capsys.readouterr().err
    assert "skrivebeskyttet" in err and str(db_path) in err
    assert db_path.read_bytes() == before
