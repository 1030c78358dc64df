"""Who got the agenda, as the meeting screen says it: a council of 22 members and the
secretariat in copy named in full would fill the screen, so the screen names the first
three and counts the rest; `kkr agenda` names everyone."""

from __future__ import annotations

import pendulum

from kkr_tui.domain.dispatch import mailed_text
from kkr_tui.domain.models import Meeting, MeetingState, Series

START = pendulum.datetime(2026, 9, 17, 9, 30, tz="Europe/Copenhagen")


def mailed(count: int) -> Meeting:
    return Meeting(
        council="nordjylland",
        series=Series.KKR,
        start=START,
        end=START.add(hours=3),
        place="Aalborg",
        state=MeetingState.DISPATCHED,
        mailed_to=tuple(f"Person {n} <p{n}@eksempel.dk>" for n in range(1, count + 1)),
        mailed_at="2026-09-10T14:05:00+02:00",
        mail_round=1,
    )


def test_the_screen_names_three_and_counts_the_rest() -> None:
    text = mailed_text(mailed(24), names_shown=3)
    assert "til 24: Person 1, Person 2, Person 3 og 21 andre" in text


def test_one_more_is_named_rather_than_counted() -> None:
    assert "til 4: Person 1, Person 2, Person 3, Person 4" in mailed_text(mailed(4), names_shown=3)


def test_everyone_named_without_a_limit() -> None:
    assert "Person 22, Person 23, Person 24" in mailed_text(mailed(24))


def test_in_english(english: None) -> None:
    assert "to 5: Person 1, Person 2, Person 3 and 2 others" in mailed_text(
        mailed(5), names_shown=3
    )
