"""A new database says what to do first, and stops saying it once the work is done."""

from __future__ import annotations

import pytest

from kkr_tui.domain.first_steps import FirstStep, first_steps, step_text
from kkr_tui.i18n import set_language


def test_an_empty_database_lists_every_step_in_order() -> None:
    assert first_steps(members=0, meetings=0, contacts=0) == [
        FirstStep.REGISTER_MEMBERS,
        FirstStep.PLAN_YEAR,
        FirstStep.ADD_CONTACTS,
    ]


def test_members_and_meetings_end_the_first_hour_even_without_contacts() -> None:
    assert first_steps(members=30, meetings=25, contacts=0) == []


@pytest.mark.parametrize(
    ("members", "meetings", "contacts", "expected"),
    [
        (30, 0, 4, [FirstStep.PLAN_YEAR]),
        (0, 25, 4, [FirstStep.REGISTER_MEMBERS]),
        (0, 25, 0, [FirstStep.REGISTER_MEMBERS, FirstStep.ADD_CONTACTS]),
    ],
)
def test_only_the_steps_not_taken(
    members: int, meetings: int, contacts: int, expected: list[FirstStep]
) -> None:
    assert first_steps(members=members, meetings=meetings, contacts=contacts) == expected


@pytest.mark.parametrize(("lang", "file_word"), [("da", "FIL.csv"), ("en", "FILE.csv")])
def test_each_step_names_the_key_and_the_command(lang: str, file_word: str) -> None:
    set_language(lang)
    for step in FirstStep:
        assert f"import {step_command(step)} {file_word}" in step_text(step)


def step_command(step: FirstStep) -> str:
    return {
        FirstStep.REGISTER_MEMBERS: "members",
        FirstStep.PLAN_YEAR: "meetings",
        FirstStep.ADD_CONTACTS: "contacts",
    }[step]
