"""Attendance: the stored format the minutes export reads, and who may record it when."""

from __future__ import annotations

from typing import Any

import pendulum
import pytest

from kkr_tui.domain.attendance import (
    Attendance,
    Presence,
    read_attendance,
    unrecorded,
    with_attendance,
)
from kkr_tui.domain.errors import ValidationError
from kkr_tui.domain.models import Meeting, Member

TODAY = pendulum.date(2026, 9, 10)


def meeting(day: str = "2026-09-08", **changes: Any) -> Meeting:
    """Built from values as the database file holds them (ISO text, plain strings): the
    model parses and checks them, so they are typed Any."""
    values: dict[str, Any] = dict(
        council="nordjylland",
        series="kkr",
        start=f"{day}T09:30:00+02:00",
        end=f"{day}T12:30:00+02:00",
        state="held",
        id=1,
    )
    values.update(changes)
    return Meeting(**values)


def members() -> list[Member]:
    return [
        Member(council="nordjylland", name=f"M{n}", municipality="Aalborg", id=n) for n in (1, 2, 3)
    ]


def test_the_stored_format_is_exactly_the_agreed_one() -> None:
    assert Attendance(Presence.PRESENT).encode() == "present"
    assert Attendance(Presence.ABSENT).encode() == "absent"
    assert Attendance(Presence.SUBSTITUTE, "  Anna  Eksempel ").encode() == (
        "substitute:Anna Eksempel"
    )


@pytest.mark.parametrize("value", ["present", "absent", "substitute:Bo Prøvesen"])
def test_decode_reverses_encode(value: str) -> None:
    assert Attendance.decode(value).encode() == value


def test_texts_as_the_minutes_write_them() -> None:
    assert Attendance(Presence.SUBSTITUTE, "Bo").text == "supp. Bo deltog"
    assert Attendance(Presence.PRESENT).text == "deltog"
    assert Attendance(Presence.ABSENT).text == "afbud"


def test_a_substitute_needs_a_name_and_only_a_substitute_has_one() -> None:
    with pytest.raises(ValidationError, match="navn"):
        Attendance(Presence.SUBSTITUTE, " \x1b ")
    with pytest.raises(ValidationError):
        Attendance(Presence.ABSENT, "Bo")
    with pytest.raises(ValidationError, match="ukendt"):
        Attendance.decode("maybe")


def test_set_and_clear_keeps_other_members() -> None:
    m = meeting(attendance={"99": "present", "1": "absent"})
    changed = with_attendance(
        m,
        {"1": Attendance(Presence.SUBSTITUTE, "Bo"), "2": Attendance(Presence.PRESENT), "3": None},
        today=TODAY,
    )
    assert changed.attendance == {"99": "present", "1": "substitute:Bo", "2": "present"}
    assert [x.id for x in unrecorded(changed, members())] == [3]
    # A round trip through the stored dict keeps the format.
    assert Meeting.from_dict(changed.to_dict(), 1).attendance == changed.attendance


def test_unreadable_values_are_shown_as_unset() -> None:
    m = meeting(attendance={"1": "present", "2": "??"})
    assert set(read_attendance(m)) == {"1"}


def test_not_before_the_meeting_nor_after_publication() -> None:
    with pytest.raises(ValidationError, match="først"):
        with_attendance(meeting("2026-09-17", state="planned"), {}, today=TODAY)
    with pytest.raises(ValidationError, match="offentliggjort"):
        with_attendance(meeting(state="published"), {}, today=TODAY)
    with pytest.raises(ValidationError, match="aflyst"):
        with_attendance(meeting(state="cancelled"), {}, today=TODAY)
