"""CSV edges for every import (issue 19, point 8): a field over 128 KiB is a row error,
a file mixing UTF-8 and Latin-1 is refused naming the line, UTF-16 is read."""

from __future__ import annotations

from pathlib import Path

import pytest

from kkr_tui.cli import main
from kkr_tui.store.demo import build_demo

# kind -> (header, a good row with {name} where a person's name goes)
KINDS = {
    "contacts": ("name,title,organisation,unit,email,phone,councils", "{name},,,,,,"),
    "meetings": (
        "council,series,date,start,end,place",
        "sjaelland,kkr,2027-03-11,09:30,12:00,{name}",
    ),
    "members": (
        "council,name,municipality,party,role,substitute_for",
        "sjaelland,{name},Roskilde,,,",
    ),
}


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "kkr.json"
    build_demo(path)
    return path


def run_import(db: Path, kind: str, source: Path) -> int:
    return main(["--db", str(db), "import", kind, str(source), "--dry-run"])


@pytest.mark.parametrize("kind", list(KINDS))
def test_a_field_over_128_kib_is_a_row_error(
    db: Path, tmp_path: Path, kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    header, row = KINDS[kind]
    big = '"' + "x" * 140_000 + '"'
    source = tmp_path / "big.csv"
    source.write_text(f"{header}\n{row.format(name='Ann')}\n{row.format(name=big)}\n")
    assert run_import(db, kind, source) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert f"{source}:3:" in err and "128 KiB" in err


@pytest.mark.parametrize("kind", list(KINDS))
def test_mixed_utf8_and_latin1_is_refused_naming_the_line(
    db: Path, tmp_path: Path, kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    header, row = KINDS[kind]
    source = tmp_path / "mixed.csv"
    source.write_bytes(
        f"{header}\n{row.format(name='Søren Ås')}\n".encode()
        + f"{row.format(name='Bjørn')}\n".encode("latin-1")
    )
    before = db.read_bytes()
    assert run_import(db, kind, source) == 2
    err = capsys.readouterr().err
    assert f"{source}:3:" in err and "UTF-8" in err
    assert db.read_bytes() == before


@pytest.mark.parametrize("kind", list(KINDS))
def test_a_utf16_file_is_read(
    db: Path, tmp_path: Path, kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    header, row = KINDS[kind]
    source = tmp_path / "u16.csv"
    source.write_bytes(f"{header}\r\n{row.format(name='Søren Ås')}\r\n".encode("utf-16"))
    assert run_import(db, kind, source) == 0, capsys.readouterr().err
    assert "Søren Ås" in capsys.readouterr().out


def test_utf16_without_a_byte_order_mark_is_named(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    header, row = KINDS["contacts"]
    source = tmp_path / "u16.csv"
    source.write_bytes(f"{header}\n{row.format(name='Søren')}\n".encode("utf-16-le"))
    assert run_import(db, "contacts", source) == 2
    err = capsys.readouterr().err
    assert "UTF-16" in err and "ukendt kolonne" not in err
