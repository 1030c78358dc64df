"""`kkr agenda MEETING_ID [--json]`: the meeting screen's facts from the shell."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kkr_tui.cli import main
from kkr_tui.domain.models import AgendaItem, Meeting, Series
from kkr_tui.store import Store

TODAY = "2026-09-10"


def find(store: Store, council: str, day: str, series: Series = Series.KKR) -> Meeting:
    return next(
        m
        for m in store.snapshot().meetings
        if m.council == council and m.day.isoformat() == day and m.series is series
    )


def run(capsys: pytest.CaptureFixture[str], store: Store, *args: str) -> tuple[int, str, str]:
    code = main(["agenda", *args, "--db", str(store.path), "--today", TODAY])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(
    ("council", "day", "light"),
    [
        ("hovedstaden", "2026-09-22", "green"),
        ("nordjylland", "2026-09-17", "amber"),
        ("syddanmark", "2026-09-14", "red"),
        ("nordjylland", "2026-06-11", "none"),  # minutes published
    ],
)
def test_json_readiness(
    capsys: pytest.CaptureFixture[str], demo_store: Store, council: str, day: str, light: str
) -> None:
    meeting = find(demo_store, council, day)
    code, out, _ = run(capsys, demo_store, str(meeting.id), "--json")
    assert code == 0
    data = json.loads(out)
    assert data["readiness"] == light
    assert isinstance(data["checklist"], list) and isinstance(data["items"], list)


def test_json_of_the_red_meeting(capsys: pytest.CaptureFixture[str], demo_store: Store) -> None:
    meeting = find(demo_store, "syddanmark", "2026-09-14")
    _, out, _ = run(capsys, demo_store, str(meeting.id), "--json")
    data = json.loads(out)
    assert (data["id"], data["council"], data["state"], data["as_of"]) == (
        meeting.id,
        "syddanmark",
        "planned",
        TODAY,
    )
    dispatch = next(line for line in data["checklist"] if line["key"] == "dispatch")
    assert dispatch == {
        "key": "dispatch",
        "label": "Udsendelse af dagsorden",
        "due": "2026-09-07",
        "status": "overdue",
        "status_text": "overskredet med 3 arbejdsdage",
        "workdays": 3,
        "done_on": None,
        "done_late_by": 0,
        "at_risk": False,
        "explanation": "man 7. sep 2026 - mødedagen minus 7 dage",
        "rule": "mødedagen minus 7 dage",
        "moved_from": None,
        "moved_reason": None,
        "assumption": False,
    }
    assert [i["number"] for i in data["items"]] == list(range(1, 11))  # 6 cases in the frame
    assert data["items"][0]["history"][0] == {
        "day": "2026-08-24",  # the material deadline: 10 working days before dispatch
        "user": "demo",
        "from": "draft",
        "to": "submitted",
        "note": "",
    }
    assert [(b["kind"], b["item"]) for b in data["blockers"]["dispatch"]] == [
        ("not_approved", 4),
        ("not_approved", 5),
        ("not_approved", 8),
        ("no_responsible", 8),
    ]
    assert data["missing"][-1]["action"] == "dispatch" and data["missing"][-1]["urgent"]


def test_cancelled_meeting_is_none(capsys: pytest.CaptureFixture[str], demo_store: Store) -> None:
    meeting = find(demo_store, "hovedstaden", "2026-09-08", Series.CHAIRMANSHIP)
    _, out, _ = run(capsys, demo_store, str(meeting.id), "--json")
    data = json.loads(out)
    assert data["readiness"] == "none" and data["cancel_reason"] == "Formanden forhindret"
    assert {line["status"] for line in data["checklist"]} == {"cancelled"}


def test_text_fits_80_columns_and_says_everything(
    capsys: pytest.CaptureFixture[str], demo_store: Store
) -> None:
    meeting = find(demo_store, "syddanmark", "2026-09-14")
    code, out, _ = run(capsys, demo_store, str(meeting.id))
    assert code == 0
    lines = out.splitlines()
    assert max(len(line) for line in lines) <= 80
    assert lines[0] == f"KKR Syddanmark · KKR-møde (møde-id {meeting.id})"
    assert "Status: planlagt · Parathed: rød (pr. tor 10. sep 2026)" in lines
    assert "  ■ Udsendelse af dagsorden: overskredet med 3 arbejdsdage" in lines
    assert "    man 7. sep 2026 - mødedagen minus 7 dage" in lines
    assert "  - Ingen ansvarlig for punkt 8." in lines
    assert "   8. Kollektiv trafik og mobilitetsplan" in lines


def test_text_in_english(capsys: pytest.CaptureFixture[str], demo_store: Store) -> None:
    meeting = find(demo_store, "nordjylland", "2026-09-17")
    _, out, _ = run(capsys, demo_store, str(meeting.id), "--lang", "en")
    assert "State: planned · Readiness: amber (as of Thu 10 Sep 2026)" in out
    assert "  ▲ Agenda dispatch: due today" in out


def test_hostile_text_is_printed_harmlessly(
    capsys: pytest.CaptureFixture[str], demo_store: Store
) -> None:
    meeting = find(demo_store, "nordjylland", "2026-11-26")
    item = demo_store.snapshot().items_for(meeting.id)[0]
    demo_store.update(item.with_changes(title="\x1b[2J\x9bevil\u202eX [red]y"))
    _, text, _ = run(capsys, demo_store, str(meeting.id))
    assert "\x1b" not in text and "\x9b" not in text and "\u202e" not in text
    assert "␛[2J�evil�X [red]y" in text
    _, raw, _ = run(capsys, demo_store, str(meeting.id), "--json")
    assert "\x1b" not in raw and "\x9b" not in raw and "\u202e" not in raw
    assert json.loads(raw)["items"][0]["title"] == "\x1b[2J\x9bevil\u202eX [red]y"


def test_unknown_id_is_exit_2(capsys: pytest.CaptureFixture[str], demo_store: Store) -> None:
    code, out, err = run(capsys, demo_store, "9999")
    assert code == 2 and out == ""
    assert "intet møde med id 9999" in err


def test_non_number_id_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], demo_store: Store
) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["agenda", "tirsdag", "--db", str(demo_store.path)])
    assert exc.value.code == 2


def test_reading_never_creates_the_database(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    missing = tmp_path / "none.json"
    assert main(["agenda", "1", "--db", str(missing)]) == 2
    assert not missing.exists()
    assert "findes ikke" in capsys.readouterr().err


def test_a_meeting_without_items(capsys: pytest.CaptureFixture[str], demo_store: Store) -> None:
    forum = find(demo_store, "nordjylland", "2026-10-22", Series.DIRECTORS)
    for item in demo_store.snapshot().items_for(forum.id):  # the demo's agenda taken off
        demo_store.delete(item)
    _, out, _ = run(capsys, demo_store, str(forum.id))
    assert "Punkter (0)" in out and "Ingen punkter på dagsordenen." in out
    _, raw, _ = run(capsys, demo_store, str(forum.id), "--json")
    data = json.loads(raw)
    assert data["items"] == [] and data["blockers"]["dispatch"][0]["kind"] == "no_items"
    assert [line["key"] for line in data["checklist"]] == ["material", "review", "dispatch"]


def test_history_items_type(demo_store: Store) -> None:
    """The JSON items carry what the AgendaItem holds (a guard against drift)."""
    from kkr_tui.commands.agenda_report import _item

    item = demo_store.snapshot().items[0]
    keys = set(_item(item, 1))
    fields = set(AgendaItem.__dataclass_fields__) - {"meeting_id", "rev"}
    assert fields <= keys


def test_published_meeting_has_nothing_missing(
    capsys: pytest.CaptureFixture[str], demo_store: Store
) -> None:
    meeting = find(demo_store, "nordjylland", "2026-06-11")
    _, out, _ = run(capsys, demo_store, str(meeting.id))
    lines = out.splitlines()
    assert "Referat offentliggjort ons 17. jun 2026:" in lines
    assert "  https://www.kl.dk/kkr/nordjylland/moeder/2026-06-11" in lines
    assert lines[lines.index("Mangler") + 1] == "  - Intet."
    assert "Parathed: ingen (intet at følge)" in out
