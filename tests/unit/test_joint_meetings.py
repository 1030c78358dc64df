"""A meeting of several councils shows once in each council's year, in their status and
in `kkr meetings --json` (`council` the holder, `councils` all of them)."""

from __future__ import annotations

import json
from pathlib import Path

import pendulum
import pytest

from kkr_tui.cli import main
from kkr_tui.domain.models import Meeting, Series
from kkr_tui.domain.status_report import build_status_report
from kkr_tui.store import open_store

TZ = "Europe/Copenhagen"


def joint() -> Meeting:
    return Meeting(
        council="hovedstaden",
        councils=("sjaelland", "hovedstaden", "sjaelland"),
        series=Series.CHAIRMANSHIP,
        start=pendulum.datetime(2026, 10, 6, 9, tz=TZ),
        end=pendulum.datetime(2026, 10, 6, 11, tz=TZ),
        place="Sorø",
    )


def test_the_other_councils_are_kept_once_and_never_the_holder() -> None:
    meeting = joint()
    assert meeting.councils == ("sjaelland",)
    assert meeting.all_councils == ("hovedstaden", "sjaelland")
    assert Meeting.from_dict(meeting.to_dict(), 3).councils == ("sjaelland",)


def test_shown_once_in_each_councils_year_and_status(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "kkr.json"
    store = open_store(db, create=True)
    stored = store.add(joint())
    snap = store.snapshot()
    for slug in ("hovedstaden", "sjaelland"):
        assert [m.id for m in snap.meetings_of(slug, 2026)] == [stored.id]
    assert snap.meetings_of("nordjylland", 2026) == []
    assert [m.id for m in snap.meetings_of(year=2026)] == [stored.id]  # once
    report = build_status_report(snap, pendulum.date(2026, 9, 1), councils=["sjaelland"])
    assert report.councils[0].next_meeting == stored
    main(["--db", str(db), "meetings", "--council", "sjaelland", "--json"])
    (row,) = json.loads(capsys.readouterr().out)
    assert (row["council"], row["councils"]) == ("hovedstaden", ["hovedstaden", "sjaelland"])
