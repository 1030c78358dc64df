"""The shell's way through issue 16: frame, attach, list, export PDF/Word and the
package, with the refusals a user meets (exit 2, nothing written)."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from kkr_tui.cli import main
from kkr_tui.store import Store
from tests.unit.documents_helpers import make_pdf
from tests.unit.exports_helpers import demo_meeting

TODAY = "2026-09-10"
FRAME_TAIL = ("Siden sidst / Meddelelser", "Eventuelt")


def _kkr(store: Store, *args: str) -> int:
    return main(["--db", str(store.path), "--today", TODAY, *args])


def test_frame_attach_list_and_package_from_the_shell(
    demo_store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    meeting = demo_meeting(demo_store.snapshot(), "sjaelland", "2026-11-27")
    # An agenda written without the standard items (the demo's have them): take them off.
    for item in demo_store.snapshot().items_for(meeting.id):
        if item.title.startswith("Godkendelse af") or item.title in FRAME_TAIL:
            demo_store.delete(item)
    assert _kkr(demo_store, "agenda", str(meeting.id), "--frame", "--json") == 0
    out, err = capsys.readouterr()
    items = json.loads(out)["items"]
    assert items[0]["title"] == "Godkendelse af dagsorden"
    assert items[1]["title"].startswith("Godkendelse af referat fra mødet den 11. september 2026")
    assert items[-1]["title"] == "Eventuelt" and "Standardpunkter tilføjet: 4" in err
    assert {"resume", "case_text", "recommendation", "decision", "closed", "attachments"} <= set(
        items[0]
    )
    pdf = make_pdf(tmp_path / "notat.pdf", "Notat")
    target = items[2]["id"]
    assert _kkr(demo_store, "attach", str(target), str(pdf), "--title", "Notat om trafik") == 0
    assert "Vedhæftet som bilag 3.1: Notat om trafik" in capsys.readouterr().out
    assert _kkr(demo_store, "attachments", str(meeting.id), "--json") == 0
    listed = json.loads(capsys.readouterr().out)
    mine = [a for a in listed if a["file_name"] == "notat.pdf"]
    assert [(a["number"], a["title"]) for a in mine] == [("3.1", "Notat om trafik")]
    assert len(mine[0]["sha256"]) == 64 and mine[0]["size"] == pdf.stat().st_size
    zipped = tmp_path / "pakke.zip"
    assert _kkr(demo_store, "export", "package", str(meeting.id), "-o", str(zipped)) == 0
    with zipfile.ZipFile(zipped) as archive:
        assert archive.read("Bilag 3.1 - Notat om trafik.pdf") == pdf.read_bytes()
    for suffix in ("pdf", "docx"):
        out_file = tmp_path / f"dagsorden.{suffix}"
        assert _kkr(demo_store, "export", "agenda", str(meeting.id), "-o", str(out_file)) == 0
        assert out_file.stat().st_size > 1000


def test_refusals_exit_2_and_write_nothing(
    demo_store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    meeting = str(demo_meeting(demo_store.snapshot(), "sjaelland", "2026-09-11").id)
    before = demo_store.path.read_bytes()
    assert _kkr(demo_store, "export", "agenda", meeting, "-o", str(tmp_path / "x.xyz")) == 2
    assert "ukendt endelse ».xyz«" in capsys.readouterr().err
    assert _kkr(demo_store, "export", "agenda", meeting, "-o", str(demo_store.path)) == 2
    assert "er databasen" in capsys.readouterr().err
    assert demo_store.path.read_bytes() == before
    assert _kkr(demo_store, "attach", "99999", str(tmp_path)) == 2
    assert "intet punkt med id 99999" in capsys.readouterr().err
    item = demo_store.snapshot().items_for(int(meeting))[0]
    assert _kkr(demo_store, "attach", str(item.id), str(tmp_path / "mangler.pdf")) == 2
    assert "mangler.pdf: filen findes ikke" in capsys.readouterr().err
    assert not list(tmp_path.glob("x.*"))


def test_a_file_removed_by_hand_stops_every_export(
    demo_store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from kkr_tui.store.attachments import stored_path

    meeting = demo_meeting(demo_store.snapshot(), "sjaelland", "2026-09-11")
    first = next(i for i in demo_store.snapshot().items_for(meeting.id) if i.attachments)
    first_file = first.attachments[0]
    stored_path(demo_store.path, first_file).unlink()
    for args in (
        ("agenda", str(meeting.id), "-o", str(tmp_path / "d.pdf")),
        ("package", str(meeting.id), "-o", str(tmp_path / "p.zip")),
    ):
        assert _kkr(demo_store, "export", *args) == 2
        assert "bilag 3.1 »Udkast til høringssvar« mangler" in capsys.readouterr().err
    assert not list(tmp_path.glob("*.pdf")) and not list(tmp_path.glob("*.zip"))
