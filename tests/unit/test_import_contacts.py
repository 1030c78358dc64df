"""`kkr import contacts`: the same rules as the other imports (all or nothing, idempotent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kkr_tui.cli import main
from kkr_tui.store import Store, open_store

HEADER = "name,title,organisation,unit,email,phone,councils"


def _write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def _import(db: Path, csv_path: Path, *extra: str) -> int:
    return main(["--db", str(db), "import", "contacts", str(csv_path), *extra])


def test_adds_contacts_to_a_new_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "kkr.json"
    source = _write(
        tmp_path / "k.csv",
        f"{HEADER}\n"
        "Åse Ørsted,Konsulent,KL,KKR-sekretariatet i Sjælland,"
        "aase@eksempel.dk,33 70 00 01,sjaelland\n"
        "Bent Bæk,,Region Syddanmark,,,,Syddanmark Sjælland\n",
    )
    assert _import(db, source) == 0
    out = capsys.readouterr().out
    assert "+ Åse Ørsted <aase@eksempel.dk>  sjaelland" in out
    assert "2 nye kontakter, 0 fandtes allerede" in out
    contacts = {c.name: c for c in open_store(db).snapshot().contacts}
    assert contacts["Åse Ørsted"].unit == "KKR-sekretariatet i Sjælland"
    assert contacts["Bent Bæk"].councils == ("syddanmark", "sjaelland")
    assert contacts["Bent Bæk"].secretariat is False
    assert "Haukur Thorsteinsson" in contacts  # the seed is there too


def test_idempotent_on_email_and_on_name_without_email(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = _write(
        tmp_path / "k.csv",
        f"{HEADER}\nÅse Ørsted,Konsulent,KL,,aase@eksempel.dk,,\nBent Bæk,Fuldmægtig,,,,,\n",
    )
    assert _import(store.path, source) == 0
    first = store.snapshot().contacts
    capsys.readouterr()
    assert _import(store.path, source) == 0
    assert "0 nye kontakter, 2 fandtes allerede" in capsys.readouterr().out
    assert store.snapshot().contacts == first
    # Another case in the address, or the seed's contact: matched, not duplicated.
    again = _write(tmp_path / "k2.csv", f"{HEADER}\nÅse Ørsted,Chef,KL,,AASE@eksempel.DK,,\n")
    assert _import(store.path, again) == 0
    out = capsys.readouterr().out
    assert "afviger i: title" in out and "ikke ændret" in out
    assert store.snapshot().contacts == first


def test_email_added_to_a_contact_known_by_name_only(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _import(store.path, _write(tmp_path / "a.csv", f"{HEADER}\nBent Bæk,,,,,,\n")) == 0
    count = len(store.snapshot().contacts)
    with_mail = _write(tmp_path / "b.csv", f"{HEADER}\nBent Bæk,,,,bent@eksempel.dk,,\n")
    assert _import(store.path, with_mail) == 0
    assert len(store.snapshot().contacts) == count
    assert "afviger i: email" in capsys.readouterr().out


def test_all_or_nothing_with_file_line_field_errors(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = store.path.read_bytes()
    source = _write(
        tmp_path / "bad.csv",
        f"{HEADER},secretariat\n"
        "God Kontakt,,,,god@eksempel.dk,,,ja\n"
        ",Uden navn,,,,,,\n"
        "Dårlig Post,,,,ikke-en-adresse,12,fyn,måske\n"
        "Dublet,,,,god@eksempel.dk,,,\n",
    )
    assert _import(store.path, source) == 2
    err = capsys.readouterr().err
    name = str(source)
    assert f"{name}:3: name: må ikke være tom" in err
    assert f"{name}:4: councils: ukendt råd 'fyn'" in err
    assert f"{name}:4: secretariat: 'måske' er ikke ja eller nej" in err
    assert f"{name}:4: email: 'ikke-en-adresse' er ikke en gyldig e-mailadresse" in err
    assert f"{name}:4: phone: '12' er ikke et telefonnummer" in err
    assert f"{name}:5: email: samme e-mail som linje 2" in err
    assert "intet er importeret" in err
    assert store.path.read_bytes() == before


def test_bad_file_creates_no_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "kkr.json"
    source = _write(tmp_path / "bad.csv", "navn;farve\nÅse;blå\n")
    assert _import(db, source) == 2
    assert "ukendt kolonne 'farve'" in capsys.readouterr().err
    assert not db.exists()
    assert _import(db, tmp_path / "missing.csv") == 2
    assert _import(db, tmp_path) == 2
    assert not db.exists()


def test_dry_run_saves_nothing(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = store.path.read_bytes()
    source = _write(tmp_path / "k.csv", f"{HEADER}\nÅse Ørsted,,,,aase@eksempel.dk,,\n")
    assert _import(store.path, source, "--dry-run") == 0
    out = capsys.readouterr().out
    assert "+ Åse Ørsted" in out and "intet er gemt" in out
    assert store.path.read_bytes() == before
    fresh = tmp_path / "none.json"
    assert _import(fresh, source, "--dry-run") == 0
    assert not fresh.exists()


@pytest.mark.parametrize(
    ("prefix", "separator", "encoding"),
    [
        ("\ufeff", ";", "utf-8"),  # what `kkr export csv contacts` writes
        ("", ",", "utf-8"),
        ("sep=;\n", ";", "utf-8"),
        ("", ";", "cp1252"),  # Danish Excel's "CSV (semikolonsepareret)"
    ],
)
def test_encodings_and_separators(
    store: Store, tmp_path: Path, prefix: str, separator: str, encoding: str
) -> None:
    rows = [
        ["navn", "titel", "organisation", "enhed", "e-mail", "telefon", "råd", "sekretariat"],
        [
            "Æbelø Ågård",
            "Konsulent",
            "KL",
            "Sekretariatet",
            "aa@eksempel.dk",
            "'+45 11 22 33 44",
            "sjaelland",
            "ja",
        ],
    ]
    text = prefix + "\n".join(separator.join(row) for row in rows) + "\n"
    assert _import(store.path, _write(tmp_path / "k.csv", text, encoding)) == 0
    contact = next(c for c in store.snapshot().contacts if c.email == "aa@eksempel.dk")
    assert contact.name == "Æbelø Ågård"
    assert contact.phone == "+45 11 22 33 44"  # Excel's text marker removed
    assert contact.secretariat is True


def test_error_lines_count_quoted_line_breaks(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = _write(
        tmp_path / "k.csv",
        f'{HEADER}\nA,"to\nlinjer",,,a@eksempel.dk,,\nB,,,,ugyldig,,\n',
    )
    assert _import(store.path, source) == 2
    assert f"{source}:4: email:" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "ingen overskriftslinje"),
        ("name,name\nA,B\n", "1: kolonnen 'name' står der to gange"),
        ("title,email\nChef,a@b.dk\n", "1: mangler kolonne(r) name"),
        (f"{HEADER}\nA,,,,,,,for meget\n", ":2: -: rækken har 8 felter, men overskriften kun 7"),
    ],
)
def test_file_level_and_shape_errors(
    store: Store, tmp_path: Path, text: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = store.path.read_bytes()
    assert _import(store.path, _write(tmp_path / "k.csv", text)) == 2
    assert message in capsys.readouterr().err
    assert store.path.read_bytes() == before
