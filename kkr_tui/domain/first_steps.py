"""What a new database needs before the app has anything to watch.

On an empty database every council is "in rute" because nothing is planned, which tells
a new user nothing. Oversigt asks this module instead, and shows the steps still open,
in the order a secretariat takes them: the members first (warnings and attendance need
them), then the year's meetings (every deadline follows from them), then the contacts.
"""

from __future__ import annotations

from enum import StrEnum

from kkr_tui.i18n import t


class FirstStep(StrEnum):
    REGISTER_MEMBERS = "register_members"
    PLAN_YEAR = "plan_year"
    ADD_CONTACTS = "add_contacts"


def first_steps(*, members: int, meetings: int, contacts: int) -> list[FirstStep]:
    """The steps not yet taken; none once members and meetings exist (contacts alone
    never hold up the ordinary Oversigt: a secretariat may keep them elsewhere)."""
    if members and meetings:
        return []
    steps = []
    if not members:
        steps.append(FirstStep.REGISTER_MEMBERS)
    if not meetings:
        steps.append(FirstStep.PLAN_YEAR)
    if not contacts:
        steps.append(FirstStep.ADD_CONTACTS)
    return steps


def step_text(step: FirstStep) -> str:
    """The step in words, with the key in the app and the command in the shell."""
    return t(f"first_steps.{step.value}")
