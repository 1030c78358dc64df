"""Members' e-mail and phone: the `email` column of `kkr import members` and of the CSV
export, refused addresses, and the warning for members without one."""

from __future__ import annotations

from pathlib import Path

import pytest

from kkr_tui.cli import main
from kkr_tui.store import Store, open_store

HEADER = "council,name,municipality,party,role,email,phone\n"


def run(db: Path, csv: Path) -> int:
    return main(["--db", str(db), "import", "members", str(csv)])


def addresses(db: Path) -> dict[str, tuple[str, str]]:
    return {m.name: (m.email, m.phone) for m in open_store(db).snapshot().members}


def test_email_column_is_imported_and_fills_in_known_members(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv = tmp_path / "m.csv"
    csv.write_text(
        HEADER
        + "nordjylland,Anne Prøve,Aalborg,A,borgmester,anne@aalborg.eksempel.dk,+45 11 22 33 44\n"
        + "nordjylland,Bo Test,Rebild,V,,,\n"
    )
    assert run(db_path, csv) == 0
    err = capsys.readouterr().err
    assert "Bo Test har ingen e-mailadresse og får ikke dagsordenen" in err
    assert addresses(db_path) == {
        "Anne Prøve": ("anne@aalborg.eksempel.dk", "+45 11 22 33 44"),
        "Bo Test": ("", ""),
    }
    # The same roster again, now with Bo's address: only the address is taken.
    csv.write_text("råd;navn;kommune;e-mail\nnordjylland;Bo Test;Rebild;bo@rebild.eksempel.dk\n")
    assert run(db_path, csv) == 0
    captured = capsys.readouterr()
    assert "e-mail/telefon taget fra filen" in captured.out
    assert "ingen e-mailadresse" not in captured.err
    assert addresses(db_path)["Bo Test"] == ("bo@rebild.eksempel.dk", "")


def test_invalid_address_is_refused_with_file_line_field(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv = tmp_path / "m.csv"
    csv.write_text(HEADER + "nordjylland,Anne Prøve,Aalborg,A,,anne@@aalborg,\n")
    assert run(db_path, csv) == 2
    assert f"{csv}:2: email: ugyldig e-mailadresse »anne@@aalborg«" in capsys.readouterr().err
    assert not db_path.exists() or addresses(db_path) == {}


def test_csv_export_carries_email_and_phone(
    demo_store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:

    out = tmp_path / "members.csv"
    code = main(["--db", str(demo_store.path), "export", "csv", "members", "--output", str(out)])
    assert code == 0
    text = out.read_text(encoding="utf-8-sig")
    header = text.splitlines()[0]
    assert header.endswith(";email;phone")
    member = demo_store.snapshot().members_of("nordjylland")[0]
    assert member.email and member.email in text
    # Round trip into a fresh database keeps the addresses.
    fresh = tmp_path / "fresh.json"
    assert run(fresh, out) == 0
    assert addresses(fresh)[member.name][0] == member.email
