"""`kkr status`: the report, its text and JSON, exit codes, and the lean start-up path."""

from __future__ import annotations

import io
import json
import os
import pty
import subprocess
import sys
from pathlib import Path
from typing import Any

import pendulum
import pytest

from kkr_tui.cli import main
from kkr_tui.commands import COMMANDS
from kkr_tui.commands.terminal import Painter, colour_wanted, display_width, fit
from kkr_tui.domain.clock import TZ_NAME
from kkr_tui.domain.models import AgendaItem, ItemState, Meeting, MeetingState, Member
from kkr_tui.domain.status_report import build_status_report
from kkr_tui.store import Snapshot, Store, open_store
from kkr_tui.store.demo import DEMO_TODAY, build_demo

REPO = Path(__file__).resolve().parents[2]
DEMO_DAY = DEMO_TODAY.isoformat()  # Thursday 10 September 2026


@pytest.fixture
def demo_db(demo_store: Store) -> Path:
    return demo_store.path


def status(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["status", *args])
    out, err = capsys.readouterr()
    return code, out, err


def run_kkr(
    *args: str, env: dict[str, str] | None = None, python: tuple[str, ...] = ()
) -> subprocess.CompletedProcess[str]:
    """The real command in a process of its own (stdout is a pipe, not a terminal)."""
    environ = {k: v for k, v in os.environ.items() if not k.startswith("KKR_")}
    environ.update(env or {})
    return subprocess.run(
        [sys.executable, *python, "-m", "kkr_tui", *args],
        capture_output=True,
        text=True,
        env=environ,
        cwd=REPO,
        timeout=60,
    )


def meeting(day: str, **changes: Any) -> Meeting:
    """Built from values as the database file holds them (ISO text, plain strings): the
    model parses and checks them, so they are typed Any."""
    values: dict[str, Any] = dict(
        council="sjaelland",
        series="kkr",
        start=pendulum.parse(f"{day}T09:30:00", tz=TZ_NAME),
        end=pendulum.parse(f"{day}T12:30:00", tz=TZ_NAME),
        place="Ringsted Kongrescenter",
    )
    values.update(changes)
    return Meeting(**values)


@pytest.fixture
def on_time_db(tmp_path: Path) -> Path:
    """Everything on time as of DEMO_TODAY: one meeting ten weeks ahead, one published."""
    store = open_store(tmp_path / "kkr.json", create=True)
    store.add(meeting("2026-11-26"))
    store.add(
        meeting(
            "2026-06-11",
            state=MeetingState.PUBLISHED,
            dispatched_on="2026-06-03",
            held_on="2026-06-11",
            published_on="2026-06-15",
        )
    )
    return store.path


# -- text against fixed data -----------------------------------------------------------

EXPECTED_DEMO_DA = """\
KKR-status pr. tor 10. sep 2026
Overskredet: 5 · frist inden for 10 arbejdsdage: 7

Næste møde for hvert råd og mødets næste frist
KKR Nordjylland  GUL     tor 17. sep 2026 kl. 09.30  KKR-møde, Aalborg Kongres …
  Udsendelse af dagsorden tor 10. sep: frist i dag
KKR Midtjylland  RØD     fre 18. sep 2026 kl. 10.00  KKR-møde, Regionshuset Vib…
  Formandskabets gennemgang tir 8. sep: 2 arbejdsdage for sent
KKR Syddanmark   RØD     man 14. sep 2026 kl. 09.00  KKR-møde, Regionshuset, Da…
  Frist for sagsfremstillinger man 24. aug: 13 arbejdsdage for sent
KKR Hovedstaden  GRØN    tir 22. sep 2026 kl. 09.30  KKR-møde, KL-huset, Weidek…
  Udsendelse af dagsorden tir 15. sep: om 3 arbejdsdage
KKR Sjælland     GRØN    fre 11. sep 2026 kl. 09.30  KKR-møde, Erhvervshus Sjæl…
  Offentliggørelse af beslutningsreferat fre 18. sep: om 6 arbejdsdage

Overskredet (5)
  man 22. jun 2026  KKR Syddanmark   Offentliggørelse af beslutningsreferat
                    58 arbejdsdage for sent - KKR-møde man 15. jun
  man 24. aug 2026  KKR Syddanmark   Frist for sagsfremstillinger
                    13 arbejdsdage for sent - KKR-møde man 14. sep
  ons 2. sep 2026   KKR Syddanmark   Formandskabets gennemgang
                    6 arbejdsdage for sent - KKR-møde man 14. sep
  man 7. sep 2026   KKR Syddanmark   Udsendelse af dagsorden
                    3 arbejdsdage for sent - KKR-møde man 14. sep
  tir 8. sep 2026   KKR Midtjylland  Formandskabets gennemgang
                    2 arbejdsdage for sent - KKR-møde fre 18. sep

Frist inden for 10 arbejdsdage (7)
  tor 10. sep 2026  KKR Nordjylland  Udsendelse af dagsorden
                    frist i dag - KKR-møde tor 17. sep
  fre 11. sep 2026  KKR Midtjylland  Udsendelse af dagsorden
                    om 1 arbejdsdag - KKR-møde fre 18. sep
  tir 15. sep 2026  KKR Hovedstaden  Udsendelse af dagsorden
                    om 3 arbejdsdage - KKR-møde tir 22. sep
  fre 18. sep 2026  KKR Sjælland     Offentliggørelse af beslutningsreferat
                    om 6 arbejdsdage - KKR-møde fre 11. sep
  man 21. sep 2026  KKR Syddanmark   Offentliggørelse af beslutningsreferat
                    om 7 arbejdsdage - KKR-møde man 14. sep
  man 21. sep 2026  KKR Syddanmark   Frist for sagsfremstillinger
                    om 7 arbejdsdage - Kommunaldirektørforum man 12. okt
  tor 24. sep 2026  KKR Nordjylland  Offentliggørelse af beslutningsreferat
                    om 10 arbejdsdage - KKR-møde tor 17. sep

Ledige pladser (10)
  ons 1. apr 2026   KKR Nordjylland  162 dage  plads 4 i Sundhedssamarbejdsudva…
  tor 30. apr 2026  KKR Syddanmark   133 dage  plads 1 i Praksisplanudvalget
  ons 13. maj 2026  KKR Sjælland     120 dage  plads 1 i Følgegruppen for den r…
  fre 29. maj 2026  KKR Midtjylland  104 dage  plads 1 i Klimasamarbejdets styr…
  fre 12. jun 2026  KKR Nordjylland   90 dage  plads 1 i NTs repræsentantskab
  ons 1. jul 2026   KKR Hovedstaden   71 dage  plads 2 i Uddannelsesudvalget fo…
  fre 31. jul 2026  KKR Midtjylland   41 dage  plads 2 i Erhvervshusets bestyre…
  fre 7. aug 2026   KKR Sjælland      34 dage  plads 1 i Samarbejdsudvalget for…
  fre 21. aug 2026  KKR Hovedstaden   20 dage  plads 1 i Det regionale arbejdsm…
  tir 1. sep 2026   KKR Syddanmark     9 dage  plads 2 i Styregruppen for ramme…
"""


def test_demo_text_in_danish(capsys: pytest.CaptureFixture[str], demo_db: Path) -> None:
    """Hand-checked: e.g. Syddanmark's June minutes (held 15 Jun, due 22 Jun) are late."""
    code, out, err = status(capsys, "--db", str(demo_db), "--today", DEMO_DAY)
    assert (code, err) == (1, "")
    assert out == EXPECTED_DEMO_DA


def test_demo_text_in_english(capsys: pytest.CaptureFixture[str], demo_db: Path) -> None:
    code, out, _ = status(
        capsys, "--db", str(demo_db), "--today", DEMO_DAY, "--lang", "en", "--council", "syddanmark"
    )
    assert code == 1
    assert out.splitlines()[:5] == [
        "KKR status as of Thu 10 Sep 2026",
        "Overdue: 4 · due within 10 working days: 2",
        "",
        "The next meeting of each council and its next deadline",
        "KKR Syddanmark  RED    Mon 14 Sep 2026 09:00  Council meeting, Regionshuset, Da…",
    ]
    assert "  Case material due Mon 24 Aug: 13 working days late" in out
    assert "Overdue (4)" in out and "Due within 10 working days (2)" in out


def test_a_day_before_anything_is_due(capsys: pytest.CaptureFixture[str], demo_db: Path) -> None:
    """5 January: the constituting meetings are next; nothing is late or near."""
    code, out, _ = status(capsys, "--db", str(demo_db), "--today", "2026-01-05")
    assert code == 0
    assert "KKR Hovedstaden  FÆRDIG  man 26. jan 2026 kl. 16.00  Konstituerende møde" in out
    # Before the constituting meetings every seat is vacant: listed, but not a deadline.
    before_vacancies = out.split("\nLedige pladser")[0]
    assert before_vacancies.rstrip().endswith(
        "Intet er overskredet, og ingen frister falder inden for 10 arbejdsdage."
    )


def test_after_the_last_meeting(capsys: pytest.CaptureFixture[str], demo_db: Path) -> None:
    code, out, _ = status(capsys, "--db", str(demo_db), "--today", "2026-12-21")
    assert code == 1
    assert out.count("intet kommende møde") == 5
    # 39 of the councils' unheld meetings, 3 of the joint chairmanship meeting of 5 Nov
    # (counted once), and 9 of the Oct KD-forum meetings of Syddanmark, Hovedstaden and
    # Sjælland, never held (3 milestones each).
    assert "Overskredet (51)" in out


# -- JSON ------------------------------------------------------------------------------


def test_json_shape_and_values(capsys: pytest.CaptureFixture[str], demo_db: Path) -> None:
    code, out, _ = status(capsys, "--db", str(demo_db), "--today", DEMO_DAY, "--json")
    data = json.loads(out)
    assert code == 1 == data["exit_code"]
    assert list(data) == [
        "format",
        "today",
        "days",
        "councils",
        "items",
        "overdue_count",
        "due_count",
        "vacancies",
        "exit_code",
    ]
    assert (data["format"], data["today"], data["days"]) == ("kkr-status/1", DEMO_DAY, 10)
    assert (data["overdue_count"], data["due_count"]) == (5, 7)
    assert [c["slug"] for c in data["councils"]] == [
        "nordjylland",
        "midtjylland",
        "syddanmark",
        "hovedstaden",
        "sjaelland",
    ]
    north = data["councils"][0]
    assert north["name"] == "KKR Nordjylland"
    nxt = north["next_meeting"]
    assert set(nxt) == {"id", "start", "end", "series", "state", "place", "readiness"} | {
        "next_milestone"
    }
    assert nxt["start"] == "2026-09-17T09:30:00+02:00"
    assert (nxt["series"], nxt["state"], nxt["readiness"]) == ("kkr", "planned", "amber")
    assert nxt["next_milestone"] == {
        "name": "dispatch",
        "label": "Udsendelse af dagsorden",
        "due": "2026-09-10",
        "status": "due_today",
        "workdays_left": 0,
    }
    midt = data["councils"][1]["next_meeting"]
    assert midt["readiness"] == "red"
    assert midt["next_milestone"]["workdays_left"] == -2
    first = data["items"][0]
    assert first == {
        "council": "syddanmark",
        "meeting_id": first["meeting_id"],
        "meeting_start": "2026-06-15T09:00:00+02:00",
        "series": "kkr",
        "milestone": "publication",
        "label": "Offentliggørelse af beslutningsreferat",
        "due": "2026-06-22",
        "status": "overdue",
        "workdays": 58,
    }
    statuses = [i["status"] for i in data["items"]]
    assert statuses == ["overdue"] * 5 + ["due"] * 7
    assert [i["due"] for i in data["items"]] == sorted(i["due"] for i in data["items"])


def test_json_labels_follow_the_language(capsys: pytest.CaptureFixture[str], demo_db: Path) -> None:
    _, out, _ = status(capsys, "--db", str(demo_db), "--today", DEMO_DAY, "--json", "--lang", "en")
    data = json.loads(out)
    assert data["items"][0]["label"] == "Publication of decision minutes"
    assert data["items"][0]["milestone"] == "publication"  # the key never changes


def test_json_no_meeting_is_null(capsys: pytest.CaptureFixture[str], demo_db: Path) -> None:
    code, out, _ = status(capsys, "--db", str(demo_db), "--today", "2026-12-21", "--json")
    data = json.loads(out)
    assert all(c["next_meeting"] is None for c in data["councils"])
    assert code == 1 and data["overdue_count"] == 51


# -- exit codes --------------------------------------------------------------------------


def test_exit_0_when_everything_is_on_time(
    capsys: pytest.CaptureFixture[str], on_time_db: Path
) -> None:
    code, out, _ = status(capsys, "--db", str(on_time_db), "--today", DEMO_DAY)
    assert code == 0
    assert "Overskredet: 0" in out
    assert "KKR Sjælland     GRØN    tor 26. nov 2026 kl. 09.30" in out
    assert "intet kommende møde" in out  # the other four councils


def test_exit_0_for_a_new_empty_database(capsys: pytest.CaptureFixture[str], store: Store) -> None:
    code, out, _ = status(capsys, "--db", str(store.path), "--today", DEMO_DAY, "--json")
    assert code == 0
    assert json.loads(out)["items"] == []


def test_exit_1_from_a_real_process(demo_db: Path) -> None:
    result = run_kkr("status", "--db", str(demo_db), "--today", DEMO_DAY)
    assert result.returncode == 1
    assert result.stdout == EXPECTED_DEMO_DA


def test_exit_0_from_a_real_process(on_time_db: Path) -> None:
    result = run_kkr("status", "--db", str(on_time_db), "--today", DEMO_DAY)
    assert (result.returncode, result.stderr) == (0, "")


def test_missing_file_is_exit_2_and_nothing_is_created(tmp_path: Path) -> None:
    db = tmp_path / "kkr.json"
    result = run_kkr("status", "--db", str(db))
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr == f"kkr: {db}: databasefilen findes ikke\n"
    assert list(tmp_path.iterdir()) == []  # no database, no lock file


def test_missing_folder_is_exit_2_naming_it(tmp_path: Path) -> None:
    db = tmp_path / "gone" / "kkr.json"
    result = run_kkr("status", "--db", str(db))
    assert result.returncode == 2
    assert result.stderr == f"kkr: {db}: mappen {tmp_path / 'gone'} findes ikke\n"
    assert not (tmp_path / "gone").exists()


def test_a_file_where_the_folder_should_be_is_named_as_a_file(tmp_path: Path) -> None:
    (tmp_path / "notes").write_text("x")
    db = tmp_path / "notes" / "kkr.json"
    result = run_kkr("status", "--db", str(db))
    assert result.returncode == 2
    assert result.stderr == f"kkr: {db}: {tmp_path / 'notes'} er en fil, ikke en mappe\n"


def test_missing_database_from_kkr_db_is_exit_2(tmp_path: Path) -> None:
    """A cron job with a wrong KKR_DB must not report "all fine"."""
    result = run_kkr("status", env={"KKR_DB": str(tmp_path / "typo.json")})
    assert result.returncode == 2 and "typo.json" in result.stderr


def test_folder_instead_of_file_is_exit_2(tmp_path: Path) -> None:
    result = run_kkr("status", "--db", str(tmp_path))
    assert result.returncode == 2
    assert str(tmp_path) in result.stderr and "mappe" in result.stderr


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"_meta": {"1": ', "ugyldig JSON på linje 1"),
        ("", "filen er tom"),
        ('{"tables": {}}', "ikke en KKR-database"),
        (b'{"_meta": "\xe6\xff"}', "ikke UTF-8"),
    ],
)
def test_corrupt_file_is_exit_2_and_untouched(
    tmp_path: Path, content: str | bytes, message: str
) -> None:
    db = tmp_path / "kkr.json"
    raw = content.encode() if isinstance(content, str) else content
    db.write_bytes(raw)
    result = run_kkr("status", "--db", str(db))
    assert result.returncode == 2
    assert result.stderr.startswith(f"kkr: {db}: ") and message in result.stderr
    assert db.read_bytes() == raw
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kkr.json"]


def test_invalid_record_is_exit_2(tmp_path: Path, demo_db: Path) -> None:
    data = json.loads(demo_db.read_text())
    first = next(iter(data["meetings"]))
    data["meetings"][first]["start"] = "i morgen"
    db = tmp_path / "bad.json"
    db.write_text(json.dumps(data))
    result = run_kkr("status", "--db", str(db))
    assert result.returncode == 2
    assert f"{db}: ugyldig post meetings/{first}" in result.stderr


def test_unreadable_file_is_exit_2(tmp_path: Path, demo_db: Path) -> None:
    db = tmp_path / "locked.json"
    db.write_bytes(demo_db.read_bytes())
    db.chmod(0)
    try:
        if os.access(db, os.R_OK):
            pytest.skip("running as root: a chmod 000 file is still readable")
        result = run_kkr("status", "--db", str(db))
        assert result.returncode == 2
        assert f"kkr: {db}: filen kan ikke læses" in result.stderr
    finally:
        db.chmod(0o600)


@pytest.mark.skipif(not Path("/proc/self/mem").exists(), reason="needs Linux /proc")
def test_file_that_fails_to_read_is_exit_2() -> None:
    """Reading /proc/self/mem from the start fails with EIO: a read error, even for root."""
    result = run_kkr("status", "--db", "/proc/self/mem")
    assert result.returncode == 2
    assert result.stderr == "kkr: /proc/self/mem: filen kan ikke læses: læse- eller skrivefejl\n"


def test_path_that_cannot_be_examined_is_exit_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A folder on the way that may not be entered. Root enters anything, so the refusal
    the system would give another user is simulated."""
    db = tmp_path / "closed" / "kkr.json"

    def refuse(self: Path) -> bool:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "is_symlink", refuse)
    code, out, err = status(capsys, "--db", str(db))
    assert (code, out) == (2, "")
    assert err == f"kkr: {db}: kan ikke tilgås: adgang nægtet\n"


@pytest.mark.parametrize(
    "args",
    [
        ("--days", "-1"),
        ("--days", "ti"),
        ("--council", "fyn"),
        ("--today", "2026-02-30"),
        ("--bogus",),
    ],
)
def test_usage_errors_are_exit_2(demo_db: Path, args: tuple[str, ...]) -> None:
    result = run_kkr("status", "--db", str(demo_db), *args)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.strip()


def test_unknown_council_lists_the_known_ones(
    capsys: pytest.CaptureFixture[str], demo_db: Path
) -> None:
    code, _, err = status(capsys, "--db", str(demo_db), "--council", "fyn")
    assert code == 2
    assert "»fyn«" in err and "nordjylland, midtjylland, syddanmark" in err


def test_help_documents_the_exit_codes() -> None:
    result = run_kkr("status", "--help", env={"COLUMNS": "80"})
    assert result.returncode == 0
    assert all(display_width(line) <= 80 for line in result.stdout.splitlines())
    for line in ("0  intet er overskredet", "1  mindst én frist", "2  brugs- eller datafejl"):
        assert line in result.stdout


# -- filters ---------------------------------------------------------------------------


def test_council_filter(capsys: pytest.CaptureFixture[str], demo_db: Path) -> None:
    code, out, _ = status(
        capsys,
        "--db",
        str(demo_db),
        "--today",
        DEMO_DAY,
        "--json",
        "--council",
        "hovedstaden",
        "--council",
        "sjaelland",
    )
    data = json.loads(out)
    assert [c["slug"] for c in data["councils"]] == ["hovedstaden", "sjaelland"]
    assert {i["council"] for i in data["items"]} == {"hovedstaden", "sjaelland"}
    assert code == 0 and data["overdue_count"] == 0  # the late ones are elsewhere


def test_days_limits_what_is_due(capsys: pytest.CaptureFixture[str], demo_db: Path) -> None:
    def due(days: str) -> list[tuple[str, str]]:
        _, out, _ = status(
            capsys, "--db", str(demo_db), "--today", DEMO_DAY, "--json", "--days", days
        )
        data = json.loads(out)
        assert data["overdue_count"] == 5  # --days never hides what is late
        return [(i["council"], i["due"]) for i in data["items"] if i["status"] == "due"]

    assert due("0") == [("nordjylland", "2026-09-10")]
    assert due("3") == [
        ("nordjylland", "2026-09-10"),
        ("midtjylland", "2026-09-11"),
        ("hovedstaden", "2026-09-15"),
    ]
    assert len(due("10")) == 7


def test_days_zero_and_one_have_their_own_wording(
    capsys: pytest.CaptureFixture[str], demo_db: Path
) -> None:
    _, out, _ = status(capsys, "--db", str(demo_db), "--today", DEMO_DAY, "--days", "0")
    assert "frist i dag: 1" in out and "Frist i dag (1)" in out
    _, out, _ = status(capsys, "--db", str(demo_db), "--today", DEMO_DAY, "--days", "1")
    assert "Frist inden for 1 arbejdsdag (2)" in out


# -- width, colour, hostile text -----------------------------------------------------------


@pytest.mark.parametrize("day", ["2026-01-05", "2026-04-01", DEMO_DAY, "2026-12-21"])
@pytest.mark.parametrize("lang", ["da", "en"])
def test_every_line_fits_80_columns(
    capsys: pytest.CaptureFixture[str], demo_db: Path, day: str, lang: str
) -> None:
    _, out, _ = status(capsys, "--db", str(demo_db), "--today", day, "--lang", lang)
    assert out and all(display_width(line) <= 80 for line in out.splitlines())


def hostile_db(tmp_path: Path) -> Path:
    store = open_store(tmp_path / "kkr.json", create=True)
    council = store.snapshot().council("sjaelland")
    store.update(council.with_changes(name="KKR [red]\x1b]0;x\x07"))
    place = "[red]alarm\x1b[31m\x9b2J[@click=quit]" + " lang" * 30
    added = store.add(meeting("2026-09-11", place=place))
    store.add(
        AgendaItem(meeting_id=added.id, number=1, title="\x1b[2J[bold]x", state=ItemState.DRAFT)
    )
    return store.path


def test_hostile_text_is_printed_harmlessly(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = hostile_db(tmp_path)
    code, out, _ = status(capsys, "--db", str(db), "--today", DEMO_DAY)
    assert code == 1  # the material was due weeks ago
    assert "\x1b" not in out and "\x07" not in out and "\x9b" not in out
    assert "KKR [red]␛]0;x�  RØD     fre 11. sep 2026 kl. 09.30  KKR-møde, [red]alarm␛[31m" in out
    assert all(display_width(line) <= 80 for line in out.splitlines())


def test_hostile_text_in_json_is_escaped(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = hostile_db(tmp_path)
    _, out, _ = status(capsys, "--db", str(db), "--today", DEMO_DAY, "--json")
    assert "\x1b" not in out and "\x9b" not in out and "\x07" not in out
    data = json.loads(out)  # the value itself is kept exactly
    sjaelland = data["councils"][4]
    assert sjaelland["name"] == "KKR [red]\x1b]0;x\x07"
    assert sjaelland["next_meeting"]["place"].startswith("[red]alarm\x1b[31m\x9b2J")


def test_no_escape_codes_when_stdout_is_not_a_terminal(demo_db: Path) -> None:
    result = run_kkr("status", "--db", str(demo_db), "--today", DEMO_DAY)
    assert "\x1b" not in result.stdout and "RØD" in result.stdout


def _run_in_terminal(args: list[str], env: dict[str, str]) -> str:
    """Run `kkr` with a pseudo-terminal as stdout and return what it wrote there."""
    master, slave = pty.openpty()
    environ = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "KKR_DB")}
    environ.update({"TERM": "xterm-256color", **env})
    proc = subprocess.Popen(
        [sys.executable, "-m", "kkr_tui", *args],
        stdout=slave,
        stderr=subprocess.DEVNULL,
        env=environ,
        cwd=REPO,
    )
    os.close(slave)
    chunks = []
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO: the process closed the terminal
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(master)
    proc.wait(timeout=60)
    return b"".join(chunks).decode("utf-8", "replace")


def test_colour_in_a_terminal_and_words_all_the_same(demo_db: Path) -> None:
    out = _run_in_terminal(["status", "--db", str(demo_db), "--today", DEMO_DAY], {})
    assert "\x1b[31;1mRØD\x1b[0m" in out and "\x1b[32mGRØN\x1b[0m" in out


def test_no_colour_in_a_terminal_with_no_color(demo_db: Path) -> None:
    out = _run_in_terminal(["status", "--db", str(demo_db), "--today", DEMO_DAY], {"NO_COLOR": "1"})
    assert "RØD" in out and "\x1b" not in out


def test_colour_wanted_rules() -> None:
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    tty = Tty()
    assert colour_wanted(tty, {}) is True
    assert colour_wanted(tty, {"NO_COLOR": "1"}) is False
    assert colour_wanted(tty, {"NO_COLOR": ""}) is True
    assert colour_wanted(tty, {"TERM": "dumb"}) is False
    assert Painter(False)("RØD", "red") == "RØD"


def test_fit_counts_terminal_columns() -> None:
    assert fit("abc", 3) == "abc"
    assert fit("abcd", 3) == "ab…"
    wide = "会議室" * 10  # two columns each
    assert display_width(wide) == 60
    cut = fit(wide, 11)
    assert cut == "会議室会議…" and display_width(cut) == 11
    assert display_width("e\u0301") == 1  # a combining accent takes no column


# -- the report as a domain function ---------------------------------------------------------


def test_report_from_a_full_or_an_active_snapshot_is_the_same(demo_store: Store) -> None:
    """The lean read used by `kkr status` leaves out nothing the report needs."""
    full = demo_store.snapshot()
    for day in ("2026-01-05", "2026-01-27", "2026-06-16", DEMO_DAY, "2026-11-26", "2027-02-01"):
        today = pendulum.Date.fromisoformat(day)
        fresh = open_store(demo_store.path, validate_all=False)
        lean = fresh.active_snapshot(today)
        assert len(lean.meetings) < len(full.meetings)
        a = build_status_report(full, today)
        b = build_status_report(lean, today)
        assert [(c.council.slug, c.next_meeting, c.readiness) for c in a.councils] == [
            (c.council.slug, c.next_meeting, c.readiness) for c in b.councils
        ]
        assert a.items == b.items


def test_report_reads_no_members(demo_store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """The report has no afbud line, so it never builds the members (the only use the
    assessment has for them): on the demo database that was ~2.8 ms of `kkr status`."""
    snapshot = open_store(demo_store.path, validate_all=False).active_snapshot(DEMO_TODAY)
    assert any(m.attendance for m in snapshot.meetings)  # a snapshot would read them

    def no_members(_: Snapshot) -> tuple[Member, ...]:
        raise AssertionError("the status report read the members")

    monkeypatch.setattr(Snapshot, "members", property(no_members))
    report = build_status_report(snapshot, DEMO_TODAY)
    assert all(status.readiness is not None for status in report.councils)
    assert report.items


def test_next_meeting_skips_cancelled_and_can_be_published_today(tmp_path: Path) -> None:
    store = open_store(tmp_path / "kkr.json", create=True)
    store.add(meeting("2026-09-14", state=MeetingState.CANCELLED, cancel_reason="storm"))
    held = store.add(
        meeting(
            "2026-09-10",
            state=MeetingState.PUBLISHED,
            dispatched_on="2026-09-02",
            held_on="2026-09-10",
            published_on="2026-09-10",
        )
    )
    today = DEMO_TODAY
    lean = open_store(store.path, validate_all=False).active_snapshot(today)
    report = build_status_report(lean, today, councils=["sjaelland"])
    (sjaelland,) = report.councils
    assert sjaelland.next_meeting == held  # on today, not cancelled
    assert sjaelland.readiness is not None and sjaelland.readiness.light.value == "none"
    assert sjaelland.next_milestone is None
    assert report.items == ()


def test_held_meeting_without_minutes_counts(tmp_path: Path) -> None:
    store = open_store(tmp_path / "kkr.json", create=True)
    store.add(
        meeting(
            "2026-09-03",
            state=MeetingState.HELD,
            dispatched_on="2026-08-26",
            held_on="2026-09-03",
        )
    )
    report = build_status_report(store.snapshot(), DEMO_TODAY)
    (item,) = report.items
    assert item.line.key == "publication" and item.line.deadline.due.isoformat() == "2026-09-10"
    assert not item.overdue and report.overdue_count == 0
    late = build_status_report(store.snapshot(), pendulum.date(2026, 9, 14))
    assert late.overdue_count == 1 and late.items[0].line.workdays == 2


def test_submitted_items_make_material_done(tmp_path: Path) -> None:
    store = open_store(tmp_path / "kkr.json", create=True)
    added = store.add(meeting("2026-10-08"))
    store.add(AgendaItem(meeting_id=added.id, number=1, title="Sag", state=ItemState.SUBMITTED))
    # Dispatch Thu 1 Oct, material Thu 17 Sep, review Mon 28 Sep.
    report = build_status_report(store.snapshot(), DEMO_TODAY)
    assert [i.line.key for i in report.items] == []
    assert report.councils[4].next_milestone is not None
    assert report.councils[4].next_milestone.key == "review"


def test_negative_days_is_refused(demo_store: Store) -> None:
    with pytest.raises(ValueError, match="days"):
        build_status_report(demo_store.snapshot(), DEMO_TODAY, days=-1)


# -- fast by design ---------------------------------------------------------------------------


def test_status_path_imports_no_textual_and_no_holidays(tmp_path: Path) -> None:
    """`kkr status` never pays for Textual, nor (its years cached) for the holidays package."""
    db = tmp_path / "demo.json"
    build_demo(db)
    result = run_kkr("status", "--db", str(db), "--today", DEMO_DAY, python=("-X", "importtime"))
    assert result.returncode == 1, result.stderr
    imported = {
        line.rsplit("|", 1)[-1].strip()
        for line in result.stderr.splitlines()
        if line.startswith("import time:")
    }
    assert "kkr_tui.commands.status_output" in imported  # the measurement saw the path
    # Each costs start-up time that `kkr status` does not need (BENCHMARKS.md).
    # Also the store's write side and the kinds of record a status report never reads.
    lean = [
        "textual",
        "rich",
        "holidays",
        "filelock",
        "tempfile",
        "orjson",
        "hashlib",
        "tinydb",
        "kkr_tui.store.transaction",
        "kkr_tui.store.seed",
        "kkr_tui.domain.fora",
        "kkr_tui.domain.mail_log",
        "uuid",  # and with it `platform`: the settings' database_id is checked by a pattern
    ]
    for heavy in lean:
        assert heavy not in imported, heavy


STATUS_AREAS = """
import sys
from kkr_tui.cli import main
code = main(sys.argv[1:])
areas = sorted(m.rpartition(".")[2] for m in sys.modules if m.startswith("kkr_tui.i18n."))
print(code, " ".join(areas), file=sys.stderr)
"""


@pytest.mark.parametrize("options", [(), ("--lang", "en"), ("--json",)], ids=repr)
def test_status_loads_only_the_catalogue_modules_its_keys_name(
    tmp_path: Path, options: tuple[str, ...]
) -> None:
    """Each text `kkr status` shows lives in the module its key's first segment names
    ("status.title" in status.py), so the status loads those few, not all forty: a key
    found elsewhere would load every module (kkr_tui/i18n, ~3 ms, BENCHMARKS.md)."""
    db = tmp_path / "demo.json"
    build_demo(db)
    argv = ["status", "--db", str(db), "--today", DEMO_DAY, *options]
    done = subprocess.run(
        [sys.executable, "-c", STATUS_AREAS, *argv], capture_output=True, text=True, cwd=REPO
    )
    code, *areas = done.stderr.split()
    assert code == "1"  # the demo has something overdue: the whole report was made
    assert set(areas) <= {
        "afbud",
        "argparse",
        "dates",
        "help",
        "ready",
        "series",
        "shell",
        "status",
    }


# -- reading commands never create -------------------------------------------------------------

# Commands that may create a database: the import commands and the app itself, in the
# terminal or in a browser (`kkr serve` creates it as `kkr` does, then serves until stopped).
CREATING_COMMANDS = {"import", "serve"}
# Commands that never open a database: the manual page (made from the parser), and
# `kkr where`, which says what it finds, a missing file too (exit 0, nothing created).
NO_DATABASE_COMMANDS = {"man", "where"}


def command_names(argv: list[str] | None = None) -> list[str]:
    """The top-level commands the parser built for `argv` knows."""
    from kkr_tui.cli_parser import build_parser

    (subparsers,) = [a for a in build_parser(argv)._actions if a.dest == "command"]
    assert subparsers.choices is not None
    return list(subparsers.choices)


def reading_commands() -> list[str]:
    return sorted(set(command_names()) - CREATING_COMMANDS - NO_DATABASE_COMMANDS)


# The reading commands with the arguments they need to get as far as the database.
READING_INVOCATIONS = [
    ("status",),
    ("meetings",),
    ("export", "ics"),
    ("export", "csv", "meetings"),
    ("export", "agenda", "1"),
    ("export", "minutes", "1"),
]


def invocations() -> list[tuple[str, ...]]:
    """Every top-level command but import (bare), and the known ones with their arguments."""
    commands = reading_commands()
    full = [args for args in READING_INVOCATIONS if args[0] in commands]
    return full + [(c,) for c in commands if all(args[0] != c for args in full)]


@pytest.mark.parametrize("args", invocations(), ids=" ".join)
def test_reading_commands_never_create_a_database(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, args: tuple[str, ...]
) -> None:
    """Pointed at a missing database in a missing folder: exit 2, nothing made."""
    db = tmp_path / "data" / "kkr.json"
    try:
        code = main([*args, "--db", str(db)])
    except SystemExit as exc:  # a command that needs more arguments stops in argparse
        code = int(exc.code or 0)
    assert code == 2
    assert list(tmp_path.iterdir()) == []
    err = capsys.readouterr().err
    if args in READING_INVOCATIONS:
        assert err == f"kkr: {db}: mappen {db.parent} findes ikke\n"


def test_database_id_check_agrees_with_uuid() -> None:
    """Settings checks the id without importing uuid; it accepts what uuid.UUID accepts."""
    import uuid

    from kkr_tui.domain.errors import ValidationError
    from kkr_tui.domain.rules import Settings

    made = uuid.uuid4()
    for text in (str(made), f"{{{made}}}", f"urn:uuid:{made}", made.hex, str(made).upper()):
        assert uuid.UUID(text) == made
        Settings(database_id=text)
    for text in ("x", "1234", "g" * 32, str(made)[:-1]):
        with pytest.raises(ValueError):
            uuid.UUID(text)
        with pytest.raises(ValidationError):
            Settings(database_id=text)


# -- a command registers only its own modules ---------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "command"),
    [
        (["status"], "status"),
        (["--db", "status", "status"], "status"),  # a database file named "status"
        (["--db=x.json", "--lang", "en", "status", "--json"], "status"),
        (["--today", "2026-09-10", "meetings"], "meetings"),
        (["--demo"], None),
        (["--", "status"], "status"),
        ([], None),
        # Anything else before the command may need every command to answer.
        (["-h", "status"], None),
        (["--he", "status"], None),  # argparse takes it for --help
        (["--version", "status"], None),
        (["--to", "2026-09-10", "status"], None),  # an abbreviated --today
    ],
)
def test_requested_command(argv: list[str], command: str | None) -> None:
    from kkr_tui.cli_parser import requested_command

    assert requested_command(argv) == command


@pytest.mark.parametrize(
    "argv",
    [
        ["status"],
        ["--db", "a.json", "status", "--council", "sjaelland", "--council", "nordjylland"],
        ["status", "--days", "3", "--json", "--lang", "en", "--today", "2026-01-05"],
        ["--lang", "en", "status", "--db", "b.json"],
    ],
)
def test_status_alone_parses_as_with_every_command(argv: list[str]) -> None:
    from kkr_tui.cli_parser import build_parser

    assert command_names(argv) == ["status"]
    assert build_parser(argv).parse_args(argv) == build_parser().parse_args(argv)


@pytest.mark.parametrize(
    ("argv", "commands"),
    [
        (["meetings"], ["import", "meetings"]),
        (["--demo", "where", "--json"], ["setup", "where"]),
        (["import", "members", "x.csv"], ["import", "meetings", "appointments"]),
        (["export", "ics"], ["export"]),
    ],
)
def test_a_command_registers_only_its_modules(argv: list[str], commands: list[str]) -> None:
    from kkr_tui.cli_parser import build_parser

    assert command_names(argv) == commands
    assert build_parser(argv).parse_args(argv) == build_parser().parse_args(argv)


@pytest.mark.parametrize("module", list(COMMANDS))
def test_the_command_table_says_what_each_module_registers(module: str) -> None:
    """kkr_tui.commands.COMMANDS is what `kkr` imports for a command: it must not lie."""
    import importlib

    from kkr_tui.cli_parser import KkrArgumentParser
    from kkr_tui.commands.arguments import Common

    subparsers = KkrArgumentParser(prog="kkr").add_subparsers(dest="command")
    common: Common = lambda parser: None  # noqa: E731
    importlib.import_module(module).register(subparsers, common)
    assert tuple(subparsers.choices) == COMMANDS[module]


def test_other_commands_and_typos_see_every_command(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert command_names(["-h", "status"]) == command_names()
    with pytest.raises(SystemExit):
        main(["statsu"])
    err = capsys.readouterr().err
    assert "'statsu'" in err and "'meetings'" in err and "'status'" in err


def test_exit_code_survives_a_reader_that_left(demo_db: Path) -> None:
    """`kkr status | head -1` in a script: the pipe closes early, the answer stays 1."""
    environ = {k: v for k, v in os.environ.items() if not k.startswith("KKR_")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "kkr_tui", "status", "--db", str(demo_db), "--today", DEMO_DAY],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=environ,
        cwd=REPO,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # long before the command has started and written anything
    assert proc.wait(timeout=60) == 1
    assert proc.stderr.read() == b""
    proc.stderr.close()
