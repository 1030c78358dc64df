"""`kkr meetings`: the table, the JSON shape, filters, and what it refuses."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from kkr_tui.cli import main
from kkr_tui.domain.models import Meeting
from kkr_tui.domain.rules import ClosedDays
from kkr_tui.store import Store

ISO_WITH_OFFSET = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d")
ISO_DAY = re.compile(r"\d{4}-\d\d-\d\d")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def meeting(council: str, start: str, end: str, place: str = "", series: str = "kkr") -> Meeting:
    """A meeting from text as the database file holds it (ISO times, the series' name)."""
    return Meeting.from_dict(
        {"council": council, "series": series, "start": start, "end": end, "place": place}
    )


@pytest.fixture
def planned(store: Store) -> Store:
    """Three meetings: one moved by skærtorsdag, one by grundlovsdag, one not moved."""
    with store.transaction() as tx:
        tx.add(
            meeting(
                "sjaelland",
                "2026-04-09T09:30:00+02:00",
                "2026-04-09T12:30:00+02:00",
                "Ringsted Kongrescenter",
            )
        )
        tx.add(
            meeting(
                "syddanmark", "2026-06-12T09:00:00+02:00", "2026-06-12T12:00:00+02:00", "Ærø Rådhus"
            )
        )
        tx.add(
            meeting(
                "hovedstaden", "2029-04-17T09:30:00+02:00", "2029-04-17T12:30:00+02:00", "online"
            )
        )
    return store


def listed(capsys: pytest.CaptureFixture[str], store: Store, *extra: str) -> list[dict[str, Any]]:
    """The meetings as `kkr meetings --json` prints them (JSON objects: values of any type)."""
    code, out, err = run(capsys, "--db", str(store.path), "meetings", "--json", *extra)
    assert code == 0, err
    meetings: list[dict[str, Any]] = json.loads(out)
    return meetings


def test_json_shape(capsys: pytest.CaptureFixture[str], planned: Store) -> None:
    first, *_ = listed(capsys, planned)
    assert {
        "id",
        "council",
        "series",
        "start",
        "end",
        "place",
        "state",
        "dispatch_due",
        "dispatch_moved_from",
        "dispatch_reason",
        "publication_due",
        "milestones",
    } <= set(first)
    assert isinstance(first["id"], int)
    assert ISO_WITH_OFFSET.fullmatch(first["start"]) and ISO_WITH_OFFSET.fullmatch(first["end"])
    assert ISO_DAY.fullmatch(first["dispatch_due"]) and ISO_DAY.fullmatch(first["publication_due"])
    for milestone in first["milestones"]:
        assert {"name", "due", "explanation"} <= set(milestone)
        assert ISO_DAY.fullmatch(milestone["due"])


def test_json_values_of_the_domain_examples(
    capsys: pytest.CaptureFixture[str], planned: Store
) -> None:
    by_council = {m["council"]: m for m in listed(capsys, planned)}
    april = by_council["sjaelland"]
    assert april["start"] == "2026-04-09T09:30:00+02:00"
    assert april["series"] == "kkr" and april["state"] == "planned"
    assert april["place"] == "Ringsted Kongrescenter"
    assert (april["dispatch_due"], april["dispatch_moved_from"], april["dispatch_reason"]) == (
        "2026-04-01",
        "2026-04-02",
        "skærtorsdag",
    )
    assert april["publication_due"] == "2026-04-16"
    assert [(m["key"], m["due"]) for m in april["milestones"]] == [
        ("material", "2026-03-18"),
        ("review", "2026-03-27"),
        ("dispatch", "2026-04-01"),
        ("publication", "2026-04-16"),
    ]
    assert april["milestones"][2]["name"] == "Udsendelse af dagsorden"
    assert april["milestones"][2]["explanation"].startswith(
        "ons 1. apr 2026 - flyttet fra tor 2. apr (skærtorsdag)"
    )
    assert by_council["syddanmark"]["dispatch_reason"] == "grundlovsdag"
    unmoved = by_council["hovedstaden"]
    assert unmoved["dispatch_due"] == "2029-04-10"
    assert unmoved["dispatch_moved_from"] is None and unmoved["dispatch_reason"] is None


def test_json_in_english(capsys: pytest.CaptureFixture[str], planned: Store) -> None:
    code, out, _ = run(capsys, "--lang", "en", "--db", str(planned.path), "meetings", "--json")
    assert code == 0
    april = next(m for m in json.loads(out) if m["council"] == "sjaelland")
    assert april["dispatch_reason"] == "Maundy Thursday"
    assert april["milestones"][2]["name"] == "Agenda dispatch"


def test_filters(capsys: pytest.CaptureFixture[str], planned: Store) -> None:
    assert [m["council"] for m in listed(capsys, planned, "--council", "sjaelland")] == [
        "sjaelland"
    ]
    assert [m["council"] for m in listed(capsys, planned, "--council", "KKR Sjælland")] == [
        "sjaelland"
    ]
    assert [m["council"] for m in listed(capsys, planned, "--year", "2029")] == ["hovedstaden"]
    assert listed(capsys, planned, "--year", "2027") == []


def test_unknown_council_is_exit_2(capsys: pytest.CaptureFixture[str], planned: Store) -> None:
    code, _, err = run(capsys, "--db", str(planned.path), "meetings", "--council", "fyn")
    assert code == 2 and "ukendt råd »fyn«" in err


def test_missing_database_is_exit_2_and_not_created(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "none" / "kkr.json"
    code, out, err = run(capsys, "--db", str(db), "meetings")
    assert code == 2 and str(db) in err and out == ""
    assert not db.exists() and not db.parent.exists()


def test_table_fits_80_columns_and_explains_moves(
    capsys: pytest.CaptureFixture[str], demo_store: Store
) -> None:
    code, out, _ = run(capsys, "--db", str(demo_store.path), "meetings")
    assert code == 0
    lines = out.splitlines()
    assert max(len(line) for line in lines) <= 80
    assert lines[0].split() == ["Id", "Tidspunkt", "Råd", "Type", "Status", "Udsendes"]
    assert "udsendelse flyttet fra tor 2. apr (skærtorsdag)" in out
    assert lines[-1].startswith("Møder: ")


def test_table_rows(capsys: pytest.CaptureFixture[str], planned: Store) -> None:
    code, out, _ = run(capsys, "--db", str(planned.path), "meetings", "--council", "sjaelland")
    assert code == 0
    assert out.splitlines() == [
        "Id  Tidspunkt                    Råd       Type  Status    Udsendes",
        " 1  tor 9. apr 2026 09.30-12.30  Sjælland  KKR   planlagt  ons 1. apr",
        "    Ringsted Kongrescenter · referat senest tor 16. apr",
        "    udsendelse flyttet fra tor 2. apr (skærtorsdag)",
        "Møder: 1",
    ]


def test_empty_listing(capsys: pytest.CaptureFixture[str], store: Store) -> None:
    code, out, _ = run(capsys, "--db", str(store.path), "meetings")
    assert (code, out) == (0, "Ingen møder\n")


def test_place_with_escapes_is_harmless_in_the_table_and_literal_in_json(
    capsys: pytest.CaptureFixture[str], store: Store
) -> None:
    hostile = "\x1b[2J\x1b]0;owned\x07Vejle [red]x"
    store.add(
        meeting("syddanmark", "2026-06-15T09:00:00+02:00", "2026-06-15T12:00:00+02:00", hostile)
    )
    _, out, _ = run(capsys, "--db", str(store.path), "meetings")
    assert "\x1b" not in out and "\x07" not in out
    assert "Vejle [red]x" in out
    assert listed(capsys, store)[0]["place"] == hostile


def test_rules_in_the_database_change_the_dates(
    capsys: pytest.CaptureFixture[str], planned: Store
) -> None:
    settings = planned.snapshot().settings
    assert not settings.overrides
    planned.save_settings(replace(settings, overrides={"sjaelland": {"dispatch_days_before": 14}}))
    april = next(m for m in listed(capsys, planned) if m["council"] == "sjaelland")
    # 9 Apr 2026 minus 14 days = Thu 26 Mar, a working day.
    assert (april["dispatch_due"], april["dispatch_moved_from"]) == ("2026-03-26", None)
    others = next(m for m in listed(capsys, planned) if m["council"] == "syddanmark")
    assert others["dispatch_due"] == "2026-06-04"


def test_closed_days_in_the_database_change_the_dates(
    capsys: pytest.CaptureFixture[str], planned: Store
) -> None:
    from dataclasses import replace

    settings = planned.snapshot().settings
    planned.save_settings(replace(settings, closed_days=ClosedDays(grundlovsdag=False)))
    june = next(m for m in listed(capsys, planned) if m["council"] == "syddanmark")
    assert (june["dispatch_due"], june["dispatch_reason"]) == ("2026-06-05", None)


def test_as_a_real_process(planned: Store) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KKR_")}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "kkr_tui",
            "meetings",
            "--db",
            str(planned.path),
            "--json",
            "--council",
            "hovedstaden",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    (only,) = json.loads(result.stdout)
    assert only["dispatch_due"] == "2029-04-10" and only["publication_due"] == "2029-04-24"


def test_a_formandskab_meeting_has_no_publication_deadline(
    capsys: pytest.CaptureFixture[str], store: Store
) -> None:
    """Formandskab meetings publish no minutes: null in JSON, no 'referat senest' line."""
    with store.transaction() as tx:
        tx.add(
            meeting(
                "sjaelland",
                "2026-04-09T09:30:00+02:00",
                "2026-04-09T12:30:00+02:00",
                "Sorø",
                series="formandskab",
            )
        )
    (only,) = listed(capsys, store)
    assert only["publication_due"] is None
    assert "publication" not in [m["key"] for m in only["milestones"]]
    code, out, err = run(capsys, "--db", str(store.path), "meetings")
    assert code == 0, err
    assert "referat" not in out and "Sorø" in out
