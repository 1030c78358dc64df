"""Domain records validate themselves and survive a round trip through dicts."""

from typing import Any

import pendulum
import pytest

from kkr_tui.domain.errors import ValidationError
from kkr_tui.domain.models import (
    AgendaItem,
    Contact,
    HistoryEntry,
    ItemKind,
    Meeting,
    MeetingState,
    Member,
    Series,
)
from kkr_tui.domain.rules import DateRules, Settings

START = "2026-04-09T09:30:00+02:00"
END = "2026-04-09T12:30:00+02:00"


def meeting(**changes: Any) -> Meeting:
    """A meeting from values as the database file holds them (ISO text, plain strings):
    the model parses and checks them, so they are typed Any here."""
    values: dict[str, Any] = dict(council="sjaelland", series="kkr", start=START, end=END)
    values.update(changes)
    return Meeting(**values)


def test_meeting_parses_and_normalises_to_copenhagen() -> None:
    m = meeting(start="2026-04-09T07:30:00+00:00", end="2026-04-09T10:30:00Z")
    assert m.start.timezone_name == "Europe/Copenhagen"
    assert (m.start.hour, m.start.minute) == (9, 30)
    assert m.series is Series.KKR and m.state is MeetingState.PLANNED


def test_meeting_round_trip() -> None:
    m = meeting(place="Sorø", dispatched_on="2026-04-01", attendance={"3": "present"})
    again = Meeting.from_dict(m.to_dict(), doc_id=7)
    assert again == m.with_changes(id=7)
    assert m.to_dict()["start"] == START
    assert m.to_dict()["dispatched_on"] == "2026-04-01"


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"end": START}, "end"),
        ({"end": "2026-04-09T08:00:00+02:00"}, "end"),
        ({"council": "fyn"}, "council"),
        ({"series": "julefrokost"}, "series"),
        ({"state": "done"}, "state"),
        ({"start": "2026-04-09T09:30:00"}, "start"),
        ({"start": "i morgen"}, "start"),
        ({"minutes_url": "http://kl.dk/x"}, "minutes_url"),
        ({"dispatched_on": "2026-02-31"}, "dispatched_on"),
    ],
)
def test_meeting_refuses_bad_values(changes: dict[str, object], field: str) -> None:
    with pytest.raises(ValidationError) as info:
        meeting(**changes)
    assert info.value.field == field


def test_item_needs_a_title_and_positive_number() -> None:
    with pytest.raises(ValidationError, match="skal udfyldes"):
        AgendaItem(meeting_id=1, number=1, title="   ")
    with pytest.raises(ValidationError) as info:
        AgendaItem(meeting_id=1, number=0, title="x")
    assert info.value.field == "number"


def test_item_history_round_trip() -> None:
    item = AgendaItem(
        meeting_id=1,
        number=2,
        title="Sundhedsklynger",
        kind=ItemKind.INFORMATION,
        history=(HistoryEntry("2026-03-01", "hast", "draft", "submitted"),),
    )
    again = AgendaItem.from_dict(item.to_dict(), 5)
    assert again.history == item.history
    assert again.kind is ItemKind.INFORMATION


def test_member_and_contact_validation() -> None:
    with pytest.raises(ValidationError) as info:
        not_a_role: Any = "konge"  # as a hand-edited file could hold it
        Member(council="nordjylland", name="A", municipality="Aalborg", role=not_a_role)
    assert info.value.field == "role"
    with pytest.raises(ValidationError) as info:
        Contact(name="X", email="ikke-en-adresse")
    assert info.value.field == "email"
    with pytest.raises(ValidationError) as info:
        Contact(name="X", phone="33 70 abc")
    assert info.value.field == "phone"
    assert Contact(name="X", email="hast@kl.dk", phone="+45 33 70 33 70").email == "hast@kl.dk"


def test_settings_overrides_resolve_in_order() -> None:
    settings = Settings(
        overrides={
            "*:formandskab": {"dispatch_days_before": 3},
            "sjaelland": {"publication_workdays": 8},
            "sjaelland:formandskab": {"dispatch_days_before": 2},
        }
    )
    assert settings.rules_for("nordjylland", "kkr") == DateRules()
    assert settings.rules_for("nordjylland", "formandskab").dispatch_days_before == 3
    assert settings.rules_for("sjaelland", "kkr").publication_workdays == 8
    assert settings.rules_for("sjaelland", "formandskab").dispatch_days_before == 2
    assert Settings.from_dict(settings.to_dict()) == settings


def test_settings_refuse_unknown_rules_and_councils() -> None:
    with pytest.raises(ValidationError):
        Settings(overrides={"fyn": {"publication_workdays": 2}})
    with pytest.raises(ValidationError):
        Settings(overrides={"sjaelland": {"lunch_minutes": 30}})
    with pytest.raises(ValidationError):
        Settings(overrides={"sjaelland": {"publication_workdays": -1}})


def test_meeting_day_is_the_copenhagen_day() -> None:
    # 23:30 UTC on 8 April is already 9 April in Copenhagen.
    m = meeting(start="2026-04-08T22:30:00+00:00", end="2026-04-09T01:00:00+00:00")
    assert m.day == pendulum.date(2026, 4, 9)


def test_closed_days_refuse_a_bad_extra_date() -> None:
    from kkr_tui.domain.rules import ClosedDays

    with pytest.raises(ValidationError) as info:
        ClosedDays(extra=("2026-02-30",))
    assert info.value.field == "extra"
    assert ClosedDays(extra=(" 2026-07-01", "2026-07-01")).extra == ("2026-07-01",)
