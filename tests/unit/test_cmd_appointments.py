"""`kkr import appointments`, `kkr appointments`, `kkr export csv appointments`,
`kkr export appointments` and the vacancies in `kkr status`, on the demo database."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from kkr_tui.cli import main
from kkr_tui.domain.appointments import Appointment, Body
from kkr_tui.domain.models import Member
from kkr_tui.store import open_store
from kkr_tui.store.demo import build_demo

DAY = "2026-09-10"
HEADER = "council,body,seat,holder,municipality,substitute,start,end,state,decided_at\n"


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    path = tmp_path / "demo.json"
    build_demo(path)
    return path


def kkr(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main([*args, "--today", DAY])
    out, err = capsys.readouterr()
    return code, out, err


def without_appointments(path: Path) -> None:
    """The demo with its members and meetings, but no udpegninger."""
    store = open_store(path)
    with store.transaction() as tx:
        for appointment in tx.all(Appointment):
            tx.delete(appointment)
        for body in tx.all(Body):
            tx.delete(body)


def test_export_reads_back_byte_for_byte(
    capsys: pytest.CaptureFixture[str], demo_db: Path, tmp_path: Path
) -> None:
    # The demo's holder who has left the council would be refused by the import (as
    # they should: they are no longer a member); the rest must read back exactly.
    store = open_store(demo_db)
    with store.transaction() as tx:
        for appointment in tx.all(Appointment):
            if appointment.holder == "Lars Fratrådt":
                tx.delete(appointment)
    exported = tmp_path / "udpegninger.csv"
    assert (
        kkr(capsys, "--db", str(demo_db), "export", "csv", "appointments", "-o", str(exported))[0]
        == 0
    )
    other = tmp_path / "other.json"
    build_demo(other)
    without_appointments(other)
    code, out, err = kkr(capsys, "--db", str(other), "import", "appointments", str(exported))
    assert (code, err) == (0, ""), err
    again = tmp_path / "again.csv"
    kkr(capsys, "--db", str(other), "export", "csv", "appointments", "-o", str(again))
    assert again.read_bytes() == exported.read_bytes()
    # Idempotent: a second import adds nothing.
    code, out, _ = kkr(capsys, "--db", str(other), "import", "appointments", str(exported))
    assert code == 0 and "Oprettet: 0 udpegninger, 0 organer" in out
    # The deciding item of the constituting meeting is linked again.
    snap = open_store(other).snapshot()
    linked = [a for a in snap.appointments if a.item_id]
    assert linked and all(
        "Udpegning" in next(i.title for i in snap.items_for(a.meeting_id) if i.id == a.item_id)
        for a in linked
    )


def test_a_hundred_rows_import_and_read_back(
    capsys: pytest.CaptureFixture[str], demo_db: Path, tmp_path: Path
) -> None:
    without_appointments(demo_db)
    members = [m for m in open_store(demo_db).snapshot().members if not m.is_substitute]
    rows = []
    for n in range(100):
        member: Member = members[n % len(members)]
        body = f"Organ {n // 5:02d}"
        if n % 3:
            rows.append(
                f"{member.council},{body},{n % 5 + 1},{member.name},{member.municipality},,"
                f"2026-02-01,,udpeget,"
            )
        else:
            rows.append(
                f"{member.council},{body},{n % 5 + 1},Direktør {n},,,2026-02-01,,indstillet,"
            )
    source = tmp_path / "hundred.csv"
    source.write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    code, out, err = kkr(
        capsys, "--db", str(demo_db), "import", "appointments", str(source), "--dry-run"
    )
    assert code == 0 and "Ville oprette: 100 udpegninger, " in out, err
    assert open_store(demo_db).snapshot().appointments == ()
    code, out, err = kkr(capsys, "--db", str(demo_db), "import", "appointments", str(source))
    assert code == 0, err
    assert len(open_store(demo_db).snapshot().appointments) == 100
    first = tmp_path / "first.csv"
    kkr(capsys, "--db", str(demo_db), "export", "csv", "appointments", "-o", str(first))
    without_appointments(demo_db)
    assert kkr(capsys, "--db", str(demo_db), "import", "appointments", str(first))[0] == 0
    second = tmp_path / "second.csv"
    kkr(capsys, "--db", str(demo_db), "export", "csv", "appointments", "-o", str(second))
    assert second.read_bytes() == first.read_bytes()


def test_a_bad_file_imports_nothing_and_names_file_line_and_field(
    capsys: pytest.CaptureFixture[str], demo_db: Path, tmp_path: Path
) -> None:
    before = demo_db.read_bytes()
    source = tmp_path / "bad.csv"
    source.write_text(
        "råd;organ;plads;udpeget;kommune;suppleant;start;slut;status;besluttet\n"
        "sjaelland;Nyt organ;1;Ukendt Person;Køge;;2026-02-01;;;\n"
        "sjaelland;Nyt organ;2;[red]x;;;2026-02-01;2026-01-01;;\n",
        encoding="utf-8",
    )
    code, _, err = kkr(capsys, "--db", str(demo_db), "import", "appointments", str(source))
    assert code == 2
    assert (
        f"{source}:2: holder: »Ukendt Person« er ikke registreret som medlem af KKR Sjælland" in err
    )
    assert f"{source}:3: end: " in err
    assert demo_db.read_bytes() == before


def test_listing_shows_holders_vacancies_and_a_member_who_left(
    capsys: pytest.CaptureFixture[str], demo_db: Path
) -> None:
    code, out, _ = kkr(capsys, "--db", str(demo_db), "appointments", "--council", "syddanmark")
    assert code == 0
    assert "Lars Fratrådt (Assens) [udtrådt af rådet]" in out
    assert "LEDIG siden" in out
    assert all(len(line) <= 80 for line in out.splitlines())
    code, out, _ = kkr(capsys, "--db", str(demo_db), "appointments", "--vacant", "--json")
    rows = json.loads(out)
    assert rows and all(r["vacant"] and r["holder"] is None for r in rows)


def test_status_lists_vacancies_without_changing_the_exit_code(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "kkr.json"
    open_store(db, create=True)
    store = open_store(db)
    with store.transaction() as tx:
        tx.add(Body(name="Praksisplanudvalget", councils=("sjaelland",), seats=2))
    code, out, _ = kkr(capsys, "--db", str(db), "status", "--json")
    data = json.loads(out)
    assert code == 0 == data["exit_code"]
    assert [(v["council"], v["body"], v["seat"], v["since"]) for v in data["vacancies"]] == [
        ("sjaelland", "Praksisplanudvalget", 1, "2026-01-01"),
        ("sjaelland", "Praksisplanudvalget", 2, "2026-01-01"),
    ]
    code, out, _ = kkr(capsys, "--db", str(db), "status")
    assert code == 0 and "Ledige pladser (2)" in out


def test_published_list_in_html_and_markdown(
    capsys: pytest.CaptureFixture[str], demo_db: Path
) -> None:
    code, out, _ = kkr(
        capsys,
        "--db",
        str(demo_db),
        "export",
        "appointments",
        "--format",
        "html",
        "--council",
        "nordjylland",
    )
    assert code == 0 and out.startswith("<!DOCTYPE html>")
    assert "<h2>KKR Nordjylland</h2>" in out and "KKR Sjælland" not in out
    code, out, _ = kkr(capsys, "--db", str(demo_db), "export", "appointments")
    assert "| Organ | Udpeget | Kommune | Suppleant |" in out
    assert "Pr. torsdag den 10. september 2026" in out


def test_published_list_as_pdf(
    capsys: pytest.CaptureFixture[str], demo_db: Path, tmp_path: Path
) -> None:
    """The PDF (from -o's suffix) holds the same list as the Markdown: per council the
    bodies with holder, municipality and substitute, vacant seats as such; the same
    data gives the same bytes (the creation date is the day listed, not the clock)."""
    from io import BytesIO

    from pypdf import PdfReader

    target = tmp_path / "udpegninger.pdf"
    code, _, _ = kkr(capsys, "--db", str(demo_db), "export", "appointments", "-o", str(target))
    assert code == 0
    payload = target.read_bytes()
    assert payload.startswith(b"%PDF")
    reader = PdfReader(BytesIO(payload))
    text = "\n".join(page.extract_text() for page in reader.pages)
    for word in ("Udpegninger", "Pr. torsdag den 10. september 2026", "KKR Nordjylland"):
        assert word in text
    for word in ("KKR Sjælland", "Organ", "Udpeget", "Kommune", "Suppleant", "Ledig plads"):
        assert word in text
    store = open_store(demo_db)
    some = next(a for a in store.snapshot().appointments if a.municipality and a.substitute)
    assert some.holder in text and some.substitute in text
    assert reader.metadata is not None and reader.metadata.title == "Udpegninger"
    again = tmp_path / "again.pdf"
    kkr(capsys, "--db", str(demo_db), "export", "appointments", "--format", "pdf", "-o", str(again))
    assert again.read_bytes() == payload


def test_a_suffix_the_list_has_no_format_for_is_refused(
    capsys: pytest.CaptureFixture[str], demo_db: Path, tmp_path: Path
) -> None:
    """-o liste.docx: exit 2 naming the file and the formats, never Markdown written
    under a name that says Word."""
    target = tmp_path / "liste.docx"
    code, _, err = kkr(capsys, "--db", str(demo_db), "export", "appointments", "-o", str(target))
    assert code == 2
    assert str(target) in err and "md, html, pdf" in err
    assert not target.exists()


def test_published_pdf_prints_user_text_literally(
    capsys: pytest.CaptureFixture[str], demo_db: Path, tmp_path: Path
) -> None:
    from io import BytesIO

    from pypdf import PdfReader

    store = open_store(demo_db)
    with store.transaction() as tx:
        body = next(b for b in tx.all(Body) if "nordjylland" in b.councils)
        tx.update(replace(body, name="[red]Łukasz–udvalget[/]"))
    target = tmp_path / "u.pdf"
    args = ("--db", str(demo_db), "export", "appointments", "--council", "nordjylland")
    assert kkr(capsys, *args, "-o", str(target))[0] == 0
    text = "\n".join(p.extract_text() for p in PdfReader(BytesIO(target.read_bytes())).pages)
    assert "[red]Łukasz–udvalget[/]" in text


def _shared_body(path: Path) -> Body:
    """A body KKR Hovedstaden and KKR Sjælland appoint to together: a seat held from
    each council and one vacant seat."""
    store = open_store(path)
    snap = store.snapshot()
    hovedstaden = next(m for m in snap.members_of("hovedstaden") if not m.is_substitute)
    sjaelland = next(m for m in snap.members_of("sjaelland") if not m.is_substitute)
    with store.transaction() as tx:
        body = tx.add(
            Body(name="Fælles styregruppe", councils=("sjaelland", "hovedstaden"), seats=3)
        )
        for seat, member in ((1, hovedstaden), (2, sjaelland)):
            tx.add(
                Appointment(
                    body_id=body.id,
                    council=member.council,
                    seat=seat,
                    holder=member.name,
                    municipality=member.municipality,
                    start=body.period_start,
                )
            )
    return body


def test_a_shared_body_reads_back_as_one_body(
    capsys: pytest.CaptureFixture[str], demo_db: Path, tmp_path: Path
) -> None:
    """Export, import into a database without udpegninger, export again: the body of two
    councils is one body again (both councils, all its seats), and the bytes agree."""
    _shared_body(demo_db)
    store = open_store(demo_db)
    with store.transaction() as tx:
        for appointment in tx.all(Appointment):
            if appointment.holder == "Lars Fratrådt":
                tx.delete(appointment)
    exported = tmp_path / "udpegninger.csv"
    kkr(capsys, "--db", str(demo_db), "export", "csv", "appointments", "-o", str(exported))
    lines = [
        line for line in exported.read_text("utf-8").splitlines() if "Fælles styregruppe" in line
    ]
    assert len(lines) == 3 and all(line.endswith(";hovedstaden sjaelland") for line in lines)
    assert exported.read_text("utf-8").splitlines()[0].endswith(";decided_at;councils")
    other = tmp_path / "other.json"
    build_demo(other)
    without_appointments(other)
    code, _, err = kkr(capsys, "--db", str(other), "import", "appointments", str(exported))
    assert (code, err) == (0, ""), err
    shared = [b for b in open_store(other).snapshot().bodies if b.name == "Fælles styregruppe"]
    assert [(b.councils, b.seats) for b in shared] == [(("hovedstaden", "sjaelland"), 3)]
    again = tmp_path / "again.csv"
    kkr(capsys, "--db", str(other), "export", "csv", "appointments", "-o", str(again))
    assert again.read_bytes() == exported.read_bytes()
    code, out, _ = kkr(capsys, "--db", str(other), "import", "appointments", str(exported))
    assert code == 0 and "Oprettet: 0 udpegninger, 0 organer" in out


def test_a_shared_body_named_against_the_stored_one_is_refused(
    capsys: pytest.CaptureFixture[str], demo_db: Path, tmp_path: Path
) -> None:
    """`councils` must agree with the body of that name already stored, and name the
    row's own council; nothing is imported otherwise."""
    _shared_body(demo_db)
    before = demo_db.read_bytes()
    source = tmp_path / "bad.csv"
    source.write_text(
        "råd,organ,plads,udpeget,kommune,suppleant,start,slut,status,besluttet,rådene\n"
        "sjaelland,Fælles styregruppe,3,,,,,,,,sjaelland\n"
        "nordjylland,Nyt organ,1,,,,,,,,sjaelland hovedstaden\n"
        "hovedstaden,Sundhedssamarbejdsudvalget,1,,,,,,,,hovedstaden sjaelland\n",
        encoding="utf-8",
    )
    code, _, err = kkr(capsys, "--db", str(demo_db), "import", "appointments", str(source))
    assert code == 2
    assert (
        f"{source}:2: councils: »Fælles styregruppe« hører under KKR Hovedstaden,"
        " KKR Sjælland, ikke KKR Sjælland" in err
    )
    assert f"{source}:3: councils: skal nævne rækkens eget råd (KKR Nordjylland)" in err
    assert f"{source}:4: councils: »Sundhedssamarbejdsudvalget« hører under KKR Hovedstaden" in err
    assert demo_db.read_bytes() == before


def test_a_body_named_with_other_case_and_spaces_is_the_same_body(
    capsys: pytest.CaptureFixture[str], demo_db: Path, tmp_path: Path
) -> None:
    """ "  følgegruppen for den REGIONALE   udviklingsstrategi " is Sjælland's stored body:
    its vacant seat 1 is filled, no body is added; the counts are in the right number."""
    source = tmp_path / "one.csv"
    source.write_text(
        "råd;organ;plads;udpeget;kommune;suppleant;start;slut;status;besluttet\n"
        "sjaelland;  følgegruppen for den REGIONALE   udviklingsstrategi ;1;"
        "Ida Fiktivsen;Faxe;;2026-09-10;;udpeget;\n",
        encoding="utf-8",
    )
    before = len(open_store(demo_db).snapshot().bodies)
    code, out, err = kkr(capsys, "--db", str(demo_db), "import", "appointments", str(source))
    assert code == 0, err
    assert "Oprettet: 1 udpegning, 0 organer." in out
    snap = open_store(demo_db).snapshot()
    assert len(snap.bodies) == before
    body = next(
        b for b in snap.bodies if b.name.startswith("Følgegruppen") and "sjaelland" in b.councils
    )
    assert any(a.body_id == body.id and a.holder == "Ida Fiktivsen" for a in snap.appointments)
    code, out, _ = kkr(capsys, "--db", str(demo_db), "status", "--json")
    vacant = [(v["council"], v["body"]) for v in json.loads(out)["vacancies"]]
    assert ("sjaelland", body.name) not in vacant


def test_one_bad_row_is_counted_as_one_error_in_both_languages(
    capsys: pytest.CaptureFixture[str], demo_db: Path, tmp_path: Path
) -> None:
    source = tmp_path / "bad.csv"
    source.write_text(HEADER + "sjaelland,Nyt organ,1,Ukendt Person,Køge,,2026-02-01,,,\n")
    args = ("--db", str(demo_db), "import", "appointments", str(source))
    code, _, err = kkr(capsys, *args)
    assert code == 2
    assert err.splitlines()[-1] == f"kkr: 1 fejl i {source}; intet er importeret"
    code, _, err = kkr(capsys, *args, "--lang", "en")
    assert err.splitlines()[-1] == f"kkr: 1 error in {source}; nothing was imported"
