"""Helpers shared by the export tests: golden files and demo meetings by council and day."""

from __future__ import annotations

import os
from pathlib import Path

import pendulum

from kkr_tui.domain.models import Meeting, Series
from kkr_tui.exports.documents import AGENDA, MINUTES, document_bytes
from kkr_tui.store import Snapshot

GOLDEN = Path(__file__).parent / "golden"
# Set KKR_UPDATE_GOLDEN=1 to rewrite the golden files; then READ the diff before committing.
UPDATE = os.environ.get("KKR_UPDATE_GOLDEN") == "1"


def assert_golden(name: str, actual: str) -> None:
    path = GOLDEN / name
    if UPDATE:
        path.write_bytes(actual.encode("utf-8"))
    assert path.exists(), f"no golden file {path}; run with KKR_UPDATE_GOLDEN=1 and read it"
    expected = path.read_bytes().decode("utf-8")
    assert actual == expected, f"{name} differs from its golden file"


def demo_meeting(
    snapshot: Snapshot, council: str, day: str, series: Series = Series.KKR
) -> Meeting:
    wanted = pendulum.Date.fromisoformat(day)
    for meeting in snapshot.meetings_of(council):
        if meeting.day == wanted and meeting.series is series:
            return meeting
    raise LookupError(f"no {series.value} meeting of {council} on {day} in the demo")


def agenda_document(snapshot: Snapshot, meeting_id: int, fmt: str) -> str:
    """The agenda in a text format (md, html, txt), as `kkr export` and the app write it."""
    return document_bytes(snapshot, meeting_id, AGENDA, fmt).decode("utf-8")


def minutes_document(snapshot: Snapshot, meeting_id: int, fmt: str, *, draft: bool = False) -> str:
    """The decision minutes in a text format, as `kkr export` and the app write them."""
    return document_bytes(snapshot, meeting_id, MINUTES, fmt, draft=draft).decode("utf-8")
