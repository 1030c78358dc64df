"""`kkr attendance MEETING_ID --absent NAME [--substitute NAME]`: afbud before the meeting."""

from __future__ import annotations

import pytest

from kkr_tui.cli import main
from kkr_tui.domain.attendance import afbud_summary
from kkr_tui.store import Store

TODAY = "2026-09-10"


def sjaelland_september(store: Store) -> int:
    """Dispatched (the invitation is out), held tomorrow."""
    return next(
        m.id
        for m in store.snapshot().meetings
        if m.council == "sjaelland" and m.day.isoformat() == "2026-09-11"
    )


def attendance(store: Store, *args: str) -> int:
    return main(["attendance", *args, "--db", str(store.path), "--today", TODAY])


def test_afbud_and_a_substitute_called_in(
    demo_store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    meeting_id = sjaelland_september(demo_store)
    member = next(m for m in demo_store.snapshot().members_of("sjaelland") if not m.mayor)
    assert attendance(demo_store, str(meeting_id), "--absent", member.name.upper()) == 0
    assert f"{member.name}: afbud registreret" in capsys.readouterr().out
    assert (
        attendance(demo_store, str(meeting_id), "--absent", member.name, "--substitute", "Ib Ny")
        == 0
    )
    out = capsys.readouterr().out
    assert f"{member.name}: afbud; suppleant Ib Ny indkaldt" in out
    assert "1 afbud, 1 suppleant indkaldt" in out
    meeting = demo_store.snapshot().meeting(meeting_id)
    assert meeting is not None and afbud_summary(meeting) == "1 afbud, 1 suppleant indkaldt"


def test_unknown_member_and_too_early_are_exit_2(
    demo_store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    meeting_id = sjaelland_september(demo_store)
    assert attendance(demo_store, str(meeting_id), "--absent", "Nobody Here") == 2
    assert "'Nobody Here' er ikke medlem af KKR Sjælland" in capsys.readouterr().err
    planned = next(
        m
        for m in demo_store.snapshot().meetings
        if m.council == "nordjylland" and m.day.isoformat() == "2026-09-17"
    )
    member = demo_store.snapshot().members_of("nordjylland")[0]
    before = demo_store.path.read_bytes()
    assert attendance(demo_store, str(planned.id), "--absent", member.name) == 2
    assert "først registreres, når mødeindkaldelsen er sendt" in capsys.readouterr().err
    assert demo_store.path.read_bytes() == before
