"""Udpegninger in the domain: seats, holders and vacancies on given days, and the rules
that refuse an appointment that does not fit."""

from __future__ import annotations

from typing import Any

import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

from kkr_tui.domain.appointments import Appointment, AppointmentState, Body
from kkr_tui.domain.errors import ValidationError
from kkr_tui.domain.models import Member
from kkr_tui.domain.vacancies import (
    body_vacancies,
    check_appointment,
    first_free_seat,
    holder_left,
    holders_on,
    resolve_member_holder,
    vacancies_on,
)

D = pendulum.date
BODY = Body(name="Praksisplanudvalget", councils=("sjaelland",), seats=3, id=1)


def appoint(seat: int, holder: str, start: str, end: str | None = None, **kw: Any) -> Appointment:
    """Built from values as the database file holds them (ISO text, plain strings): the
    model parses and checks them, so they are typed Any."""
    values: dict[str, Any] = {
        "body_id": 1,
        "council": "sjaelland",
        "seat": seat,
        "holder": holder,
        "start": start,
        "end": end,
    }
    values.update(kw)
    return Appointment(**values)


def test_a_seat_without_holder_is_vacant_since_the_period_began() -> None:
    held = [appoint(1, "Anne", "2026-01-28")]
    vacancies = body_vacancies(BODY, held, D(2026, 9, 10))
    assert [(v.seat, v.since) for v in vacancies] == [(2, D(2026, 1, 1)), (3, D(2026, 1, 1))]
    assert vacancies[0].age_days == 252


def test_a_seat_is_vacant_from_the_day_after_its_holder_ended() -> None:
    held = [
        appoint(1, "Anne", "2026-01-28", "2026-06-30", state=AppointmentState.ENDED),
        appoint(2, "Bo", "2026-01-28"),
        appoint(3, "Cille", "2026-01-28"),
    ]
    assert body_vacancies(BODY, held, D(2026, 6, 30)) == []
    (vacancy,) = body_vacancies(BODY, held, D(2026, 7, 10))
    assert (vacancy.seat, vacancy.since, vacancy.age_days) == (1, D(2026, 7, 1), 9)


def test_no_vacancy_outside_the_body_period() -> None:
    assert body_vacancies(BODY, [], D(2025, 12, 31)) == []
    assert body_vacancies(BODY, [], D(2030, 1, 1)) == []
    assert len(body_vacancies(BODY, [], D(2029, 12, 31))) == 3


def test_vacancies_are_listed_oldest_first_and_by_council() -> None:
    other = Body(name="Erhvervshusets bestyrelse", councils=("nordjylland",), seats=1, id=2)
    held = [appoint(1, "A", "2026-02-01", "2026-03-01", state=AppointmentState.ENDED)]
    found = vacancies_on([BODY, other], held, D(2026, 9, 10))
    assert [(v.council, v.seat, v.since) for v in found] == [
        ("nordjylland", 1, D(2026, 1, 1)),  # same age: by body name
        ("sjaelland", 2, D(2026, 1, 1)),
        ("sjaelland", 3, D(2026, 1, 1)),
        ("sjaelland", 1, D(2026, 3, 2)),
    ]
    assert [
        v.council for v in vacancies_on([BODY, other], held, D(2026, 9, 10), ["nordjylland"])
    ] == ["nordjylland"]


def test_end_before_start_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        appoint(1, "Anne", "2026-05-01", "2026-04-01")
    assert caught.value.field == "end"


def test_an_ended_appointment_needs_an_end() -> None:
    with pytest.raises(ValidationError):
        appoint(1, "Anne", "2026-05-01", state=AppointmentState.ENDED)


def test_overlapping_holders_of_one_seat_are_refused() -> None:
    stored = [appoint(1, "Anne", "2026-01-28", "2026-06-30", id=5)]
    with pytest.raises(ValidationError) as caught:
        check_appointment(BODY, appoint(1, "Bo", "2026-06-30"), stored)
    assert "Anne" in caught.value.message
    check_appointment(BODY, appoint(1, "Bo", "2026-07-01"), stored)
    # The stored version of the one being edited does not count against it.
    check_appointment(BODY, appoint(1, "Anne", "2026-01-28", id=5), stored)


def test_more_holders_than_seats_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        check_appointment(BODY, appoint(4, "Dorte", "2026-01-28"), [])
    assert "3" in caught.value.message and caught.value.field == "seat"


def test_a_council_that_does_not_appoint_to_the_body_is_refused() -> None:
    with pytest.raises(ValidationError):
        check_appointment(BODY, appoint(1, "Anne", "2026-01-28", council="nordjylland"), [])


def test_a_body_name_differing_in_case_or_spaces_is_the_same_body() -> None:
    assert (
        Body(name="  praksisplan udvalget ", councils=("sjaelland",)).key
        == Body(name="Praksisplan  Udvalget", councils=("sjaelland",)).key
    )


def test_body_councils_read_in_fixed_order() -> None:
    body = Body(name="X", councils=("sjaelland", "hovedstaden", "sjaelland"))
    assert body.councils == ("hovedstaden", "sjaelland")


MEMBERS = [
    Member(council="sjaelland", name="Anne Prøvesen", municipality="Køge"),
    Member(council="sjaelland", name="Bo Sup", municipality="Køge", substitute_for="Anne Prøvesen"),
]


def test_a_holder_not_registered_is_refused_with_the_closest_name() -> None:
    with pytest.raises(ValidationError) as caught:
        resolve_member_holder("Anne Prøvsen", "sjaelland", "KKR Sjælland", BODY, MEMBERS)
    message = caught.value.message
    assert "Praksisplanudvalget" in message and "Anne Prøvsen" in message
    assert "Anne Prøvesen" in message  # the suggestion
    assert resolve_member_holder("anne prøvesen", "sjaelland", "S", BODY, MEMBERS).name == (
        "Anne Prøvesen"
    )
    with pytest.raises(ValidationError):  # a substitute holds no seat in the council
        resolve_member_holder("Bo Sup", "sjaelland", "S", BODY, MEMBERS)


def test_a_member_who_left_is_flagged_on_every_seat() -> None:
    seats = [
        appoint(1, "Carl Gone", "2026-01-28", municipality="Køge"),
        appoint(2, "Carl Gone", "2026-01-28", municipality="Køge"),
        appoint(3, "Anne Prøvesen", "2026-01-28", municipality="Køge"),
        appoint(1, "Direktør Dahl", "2026-01-28", body_id=2),
    ]
    assert [holder_left(a, MEMBERS) for a in seats] == [True, True, False, False]


def test_the_first_free_seat() -> None:
    seats = [appoint(1, "Anne", "2026-01-28"), appoint(2, "Bo", "2026-01-28", substitute="Anne")]
    assert first_free_seat(BODY, seats, D(2026, 9, 1)) == 3


# -- the property: vacancies = seats - holders, on any day ------------------------------

DAYS = st.integers(min_value=0, max_value=4 * 365).map(lambda n: D(2026, 1, 1).add(days=n))


@st.composite
def seat_histories(draw: st.DrawFn) -> tuple[Body, list[Appointment]]:
    """A body and, per seat, a run of holders that never overlap (gaps allowed)."""
    seats = draw(st.integers(min_value=1, max_value=6))
    body = Body(name="Organ", councils=("midtjylland",), seats=seats, id=7)
    appointments = []
    for seat in range(1, seats + 1):
        day = D(2026, 1, 1).add(days=draw(st.integers(0, 200)))
        for n in range(draw(st.integers(0, 4))):
            length = draw(st.one_of(st.none(), st.integers(0, 500)))
            end = None if length is None else day.add(days=length)
            appointments.append(
                Appointment(
                    body_id=7,
                    council="midtjylland",
                    seat=seat,
                    holder=f"H{seat}-{n}",
                    start=day,
                    end=end,
                    state=AppointmentState.ENDED if end else AppointmentState.APPOINTED,
                )
            )
            if end is None:
                break
            day = end.add(days=draw(st.integers(1, 90)))
    return body, appointments


@given(seat_histories(), DAYS)
def test_vacancies_equal_seats_minus_holders_on_any_day(
    history: tuple[Body, list[Appointment]], day: pendulum.Date
) -> None:
    body, appointments = history
    for a in appointments:
        check_appointment(body, a, [o for o in appointments if o is not a])  # a valid history
    holders = holders_on(body, appointments, day)
    vacancies = body_vacancies(body, appointments, day)
    assert len(vacancies) == body.seats - len(holders)
    assert {v.seat for v in vacancies}.isdisjoint(holders)
    for v in vacancies:
        assert v.since <= day
