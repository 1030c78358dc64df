"""`kkr attendance MEETING_ID --absent NAME [--substitute NAME]`: afbud before the meeting."""

from __future__ import annotations

import json

import pendulum
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
    assert "»Nobody Here« er ikke medlem af KKR Sjælland" in capsys.readouterr().err
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


def test_kkr_agenda_shows_the_mail_and_the_afbud(
    demo_store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    meeting_id = sjaelland_september(demo_store)
    member = next(m for m in demo_store.snapshot().members_of("sjaelland") if not m.mayor)
    dispatch = ["dispatch", str(meeting_id), "--db", str(demo_store.path), "--today", TODAY]
    assert main(dispatch) == 0  # the outbox: nothing leaves the machine
    assert attendance(demo_store, str(meeting_id), "--absent", member.name) == 0
    capsys.readouterr()
    assert main(["agenda", str(meeting_id), "--db", str(demo_store.path), "--today", TODAY]) == 0
    out = capsys.readouterr().out
    assert "E-mail: udsendt " in out and " til 36: " in out  # 34 members, 2 secretariat
    assert "Afbud: 1 afbud, ingen suppleanter indkaldt" in out


def test_the_checklist_line_counts_a_mayors_stedfortraeder(
    demo_store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    """For a mayor the deputy mayor is called in: counted as stedfortræder, every count
    in its number (1 suppleant, 2 suppleanter), in both languages."""
    meeting_id = sjaelland_september(demo_store)
    members = [m for m in demo_store.snapshot().members_of("sjaelland") if not m.is_substitute]
    first_mayor, second_mayor = [m for m in members if m.mayor][:2]
    member = next(m for m in members if not m.mayor)
    args = ["--absent", first_mayor.name, "--substitute", "Viceborgmester A"]
    assert attendance(demo_store, str(meeting_id), *args) == 0
    assert "1 afbud, 1 stedfortræder indkaldt" in capsys.readouterr().out
    assert attendance(demo_store, str(meeting_id), "--absent", second_mayor.name) == 0
    args = ["--absent", member.name, "--substitute", "Suppleant B"]
    assert attendance(demo_store, str(meeting_id), *args) == 0
    snapshot = demo_store.snapshot()
    meeting = snapshot.meeting(meeting_id)
    assert meeting is not None
    line = "3 afbud, 1 suppleant og 1 stedfortræder indkaldt"
    assert snapshot.readiness(meeting, snapshot_day()).afbud == line
    assert afbud_summary(meeting) == "3 afbud, 2 suppleanter indkaldt"  # without members
    capsys.readouterr()
    args = ["agenda", str(meeting_id), "--db", str(demo_store.path), "--today", TODAY]
    assert main([*args, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["afbud"] == line
    assert main([*args, "--lang", "en"]) == 0
    assert "3 apologies, 1 substitute and 1 deputy called in" in capsys.readouterr().out


def test_one_apology_reads_in_the_singular(
    demo_store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    meeting_id = sjaelland_september(demo_store)
    member = next(m for m in demo_store.snapshot().members_of("sjaelland") if not m.mayor)
    args = ["--absent", member.name, "--lang", "en"]
    assert attendance(demo_store, str(meeting_id), *args) == 0
    assert "1 apology, no substitutes called in" in capsys.readouterr().out


def snapshot_day() -> pendulum.Date:
    return pendulum.Date.fromisoformat(TODAY)


def test_the_minutes_attendance_list_starts_from_the_afbud(
    demo_store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    """Afbud registered before the meeting are the minutes' list; a mayor's stand-in is
    the stedfortræder, anyone else's the suppleant."""
    meeting_id = sjaelland_september(demo_store)
    members = [m for m in demo_store.snapshot().members_of("sjaelland") if not m.is_substitute]
    mayor = next(m for m in members if m.mayor)
    member = next(m for m in members if not m.mayor)
    args = ["--absent", mayor.name, "--substitute", "Viceborgmester A"]
    assert attendance(demo_store, str(meeting_id), *args) == 0
    args = ["--absent", member.name, "--substitute", "Suppleant B"]
    assert attendance(demo_store, str(meeting_id), *args) == 0
    capsys.readouterr()
    export = ["export", "minutes", str(meeting_id), "--draft", "--format", "md"]
    assert main([*export, "--db", str(demo_store.path), "--today", TODAY]) == 0
    minutes = capsys.readouterr().out
    afbud = minutes.split("## Afbud", 1)[1].split("##", 1)[0]
    assert "(stedfortræder Viceborgmester A deltog)" in afbud
    assert "(supp. Suppleant B deltog)" in afbud
    assert afbud.count("\n- ") == 2


def test_a_formandskab_meeting_takes_afbud_from_the_formandskab_only(
    demo_store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    """The formandskab meeting calls the chair and the vice chair: another member of the
    council is told they are not called, and who is."""
    snap = demo_store.snapshot()
    chairs = next(
        m for m in snap.meetings if m.council == "nordjylland" and m.series.value == "formandskab"
    )
    members = snap.members_of("nordjylland")
    chair = next(m for m in members if m.role.value == "formand")
    vice = next(m for m in members if m.role.value == "naestformand")
    other = next(m for m in members if m.mayor and m.role.value == "borgmester")
    assert attendance(demo_store, str(chairs.id), "--absent", other.name) == 2
    err = capsys.readouterr().err
    assert f"»{other.name}« er ikke indkaldt til mødet" in err
    assert chair.name in err and vice.name in err
    assert attendance(demo_store, str(chairs.id), "--absent", vice.name) == 0
    assert f"{vice.name}: afbud registreret" in capsys.readouterr().out
