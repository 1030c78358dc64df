"""Derived deadlines of a meeting and their explanations.

Each expected day was counted by hand on a calendar (weekdays and holidays verified
with pendulum and the holidays package) before it was written here.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

from kkr_tui.domain.deadlines import (
    MILESTONE_ORDER,
    Deadline,
    MeetingDeadlines,
    derive_deadlines,
    publishes_minutes,
)
from kkr_tui.domain.models import Series
from kkr_tui.domain.rules import ClosedDays, DateRules, Settings
from kkr_tui.domain.workdays import WorkCalendar, as_date

D = pendulum.date
CAL = WorkCalendar()
DEFAULT = DateRules()
meeting_days = st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2100, 12, 31))
rule_values = st.integers(min_value=0, max_value=60)


def derive(
    day: dt.date, rules: DateRules = DEFAULT, calendar: WorkCalendar = CAL
) -> MeetingDeadlines:
    return derive_deadlines(as_date(day), rules, calendar, Series.KKR)


def published(deadlines: MeetingDeadlines) -> Deadline:
    """The publication deadline, which every KKR meeting has (minutes are published)."""
    assert deadlines.publication is not None
    return deadlines.publication


# --- the three hand-checked examples of DOMAIN.md ------------------------------------


def test_domain_example_skaertorsdag_2026() -> None:
    dispatch = derive(D(2026, 4, 9)).dispatch
    assert dispatch.due == D(2026, 4, 1)
    assert dispatch.moved_from == D(2026, 4, 2)
    assert dispatch.moved_reason == "skærtorsdag"
    assert dispatch.explanation.startswith(
        "ons 1. apr 2026 - flyttet fra tor 2. apr (skærtorsdag); mødedagen minus 7 dage"
    )


def test_domain_example_grundlovsdag_2026() -> None:
    dispatch = derive(D(2026, 6, 12)).dispatch
    assert (dispatch.due, dispatch.moved_from, dispatch.moved_reason) == (
        D(2026, 6, 4),
        D(2026, 6, 5),
        "grundlovsdag",
    )


def test_domain_example_plain_working_day_2029() -> None:
    dispatch = derive(D(2029, 4, 17)).dispatch
    assert dispatch.due == D(2029, 4, 10)
    assert dispatch.moved_from is None and dispatch.moved_reason is None
    assert dispatch.explanation == "tir 10. apr 2029 - mødedagen minus 7 dage"


# --- more hand-checked meetings -------------------------------------------------------


@pytest.mark.parametrize(
    ("meeting", "due", "moved_from", "reason"),
    [
        # Easter in March 2027 (Easter Sunday 28 Mar): skærtorsdag Thu 25 Mar.
        (D(2027, 4, 1), D(2027, 3, 24), D(2027, 3, 25), "skærtorsdag"),
        # Easter in March 2024 (31 Mar): Mon 1 Apr is 2. påskedag; back over Sun, Sat,
        # langfredag 29 Mar and skærtorsdag 28 Mar to Wed 27 Mar.
        (D(2024, 4, 8), D(2024, 3, 27), D(2024, 4, 1), "2. påskedag"),
        # Easter in April 2026: Mon 6 Apr (2. påskedag) back to Wed 1 Apr.
        (D(2026, 4, 13), D(2026, 4, 1), D(2026, 4, 6), "2. påskedag"),
        # Kristi himmelfartsdag Thu 14 May 2026.
        (D(2026, 5, 21), D(2026, 5, 13), D(2026, 5, 14), "Kristi himmelfartsdag"),
        # 2028: 2. pinsedag is grundlovsdag, Mon 5 Jun -> Fri 2 Jun.
        (D(2028, 6, 12), D(2028, 6, 2), D(2028, 6, 5), "2. pinsedag, grundlovsdag"),
        # Christmas: Tue 26 Dec 2028 (2. juledag), Mon 25 (juledag), weekend -> Fri 22.
        (D(2029, 1, 2), D(2028, 12, 22), D(2028, 12, 26), "2. juledag"),
        # juleaftensdag Wed 24 Dec 2025 -> Tue 23 Dec.
        (D(2025, 12, 31), D(2025, 12, 23), D(2025, 12, 24), "juleaftensdag"),
        # nytårsaftensdag Thu 31 Dec 2026 -> Wed 30 Dec.
        (D(2027, 1, 7), D(2026, 12, 30), D(2026, 12, 31), "nytårsaftensdag"),
        # store bededag Fri 5 May 2023 -> Thu 4 May.
        (D(2023, 5, 12), D(2023, 5, 4), D(2023, 5, 5), "store bededag"),
        # A Monday meeting: the Monday a week before, unmoved; a Sunday nominal day
        # (meeting on a Sunday) moves to Friday.
        (D(2026, 4, 26), D(2026, 4, 17), D(2026, 4, 19), "søndag"),
    ],
    ids=str,
)
def test_dispatch_moves_to_the_earlier_working_day(
    meeting: pendulum.Date, due: pendulum.Date, moved_from: pendulum.Date, reason: str
) -> None:
    dispatch = derive(meeting).dispatch
    assert (dispatch.due, dispatch.moved_from, dispatch.moved_reason) == (due, moved_from, reason)


@pytest.mark.parametrize(
    ("meeting", "due"),
    [
        # Store bededag no longer exists: Fri 26 Apr 2024 is a working day.
        (D(2024, 5, 3), D(2024, 4, 26)),
        # DST weeks: summer time begins Sun 29 Mar 2026, ends Sun 25 Oct 2026.
        (D(2026, 4, 1), D(2026, 3, 25)),
        (D(2026, 11, 2), D(2026, 10, 26)),
        # 1 May 2026 (a Friday) is a working day by default.
        (D(2026, 5, 8), D(2026, 5, 1)),
    ],
    ids=str,
)
def test_dispatch_not_moved(meeting: pendulum.Date, due: pendulum.Date) -> None:
    dispatch = derive(meeting).dispatch
    assert dispatch.due == due and dispatch.moved_from is None


def test_easter_2024_explanation_names_the_other_closed_days() -> None:
    assert derive(D(2024, 4, 8)).dispatch.explanation == (
        "ons 27. mar 2024 - flyttet fra man 1. apr (2. påskedag); mødedagen minus 7 dage, "
        "rykket til nærmeste tidligere arbejdsdag; også lukket: tor 28. mar (skærtorsdag), "
        "fre 29. mar (langfredag)"
    )


def test_all_milestones_of_9_april_2026() -> None:
    deadlines = derive(D(2026, 4, 9))
    # Material: 10 working days before Wed 1 Apr = Wed 18 Mar; review: 3 = Fri 27 Mar.
    assert deadlines.material.due == D(2026, 3, 18)
    assert deadlines.review.due == D(2026, 3, 27)
    # Publication: Fri 10, Mon 13, Tue 14, Wed 15, Thu 16 Apr.
    assert published(deadlines).due == D(2026, 4, 16)
    assert [m.key for m in deadlines.milestones] == list(MILESTONE_ORDER)
    assert deadlines.material.assumption and deadlines.review.assumption
    assert not deadlines.dispatch.assumption and not published(deadlines).assumption
    assert deadlines.material.label == "Frist for sagsfremstillinger"
    assert deadlines.dispatch.label == "Udsendelse af dagsorden"
    assert deadlines.review.explanation == (
        "fre 27. mar 2026 - 3 arbejdsdage før udsendelsesfristen (antaget standard)"
    )


def test_publication_over_christmas_2025() -> None:
    # Mon 22 Dec 2025: Tue 23 (1); 24, 25, 26 closed; Mon 29 (2), Tue 30 (3);
    # 31 Dec and 1 Jan closed; Fri 2 Jan (4), Mon 5 Jan 2026 (5).
    publication = published(derive(D(2025, 12, 22)))
    assert publication.due == D(2026, 1, 5)
    assert "ikke medregnet: ons 24. dec (juleaftensdag)" in publication.explanation


def test_publication_after_easter_2026_explains_the_skipped_days() -> None:
    # Tue 31 Mar: Wed 1 Apr (1); 2, 3, 6 Apr closed; 7, 8, 9, 10 Apr (2-5).
    publication = published(derive(D(2026, 3, 31)))
    assert publication.due == D(2026, 4, 10)
    assert publication.explanation == (
        "fre 10. apr 2026 - 5 arbejdsdage efter mødet; ikke medregnet: "
        "tor 2. apr (skærtorsdag), fre 3. apr (langfredag), man 6. apr (2. påskedag)"
    )


def test_material_before_pinse_2028() -> None:
    # 10 working days before Fri 2 Jun 2028, skipping Kristi himmelfart Thu 25 May.
    assert derive(D(2028, 6, 12)).material.due == D(2028, 5, 18)


def test_first_of_may_switched_on_moves_dispatch() -> None:
    cal = WorkCalendar(ClosedDays(forste_maj=True))
    dispatch = derive(D(2026, 5, 8), calendar=cal).dispatch
    assert (dispatch.due, dispatch.moved_reason) == (D(2026, 4, 30), "1. maj")


def test_closed_days_switched_off_keep_dispatch() -> None:
    cal = WorkCalendar(ClosedDays(grundlovsdag=False, juleaftensdag=False))
    assert derive(D(2026, 6, 12), calendar=cal).dispatch.due == D(2026, 6, 5)
    assert derive(D(2026, 12, 31), calendar=cal).dispatch.due == D(2026, 12, 24)
    assert derive(D(2026, 12, 31)).dispatch.due == D(2026, 12, 23)


def test_changed_rule_per_council_changes_its_dates_only() -> None:
    settings = Settings(
        overrides={"sjaelland": {"dispatch_days_before": 14, "publication_workdays": 8}}
    )
    sjaelland = derive(D(2026, 4, 9), settings.rules_for("sjaelland", "kkr"))
    others = derive(D(2026, 4, 9), settings.rules_for("nordjylland", "kkr"))
    # Thu 26 Mar 2026 is a working day; publication: 8 working days after 9 Apr = 21 Apr.
    assert sjaelland.dispatch.due == D(2026, 3, 26)
    assert published(sjaelland).due == D(2026, 4, 21)
    assert sjaelland.dispatch.explanation == "tor 26. mar 2026 - mødedagen minus 14 dage"
    assert others.dispatch.due == D(2026, 4, 1)


def test_a_council_own_milestone_value_is_not_an_assumption() -> None:
    rules = dataclasses.replace(DEFAULT, material_workdays_before_dispatch=8)
    deadlines = derive(D(2026, 4, 9), rules)
    assert not deadlines.material.assumption
    assert deadlines.review.assumption
    assert "antaget" not in deadlines.material.explanation


def test_zero_and_one_read_naturally() -> None:
    rules = DateRules(
        dispatch_days_before=0,
        publication_workdays=1,
        material_workdays_before_dispatch=1,
        review_workdays_before_dispatch=0,
    )
    deadlines = derive(D(2026, 4, 9), rules)
    assert deadlines.dispatch.rule == "mødedagen"
    assert published(deadlines).rule == "1 arbejdsdag efter mødet"
    assert deadlines.material.rule == "1 arbejdsdag før udsendelsesfristen"
    assert deadlines.review.rule == "samme dag som udsendelsesfristen"


def test_zero_publication_days_on_a_saturday_meeting_is_the_next_working_day() -> None:
    deadlines = derive(D(2026, 4, 4), DateRules(publication_workdays=0))
    # Sat 4 Apr 2026: Sun 5 påskedag, Mon 6 2. påskedag -> Tue 7 Apr.
    assert published(deadlines).due == D(2026, 4, 7)
    assert published(deadlines).moved_from == D(2026, 4, 4)


def test_milestones_sorted_by_day_when_a_council_reorders_them() -> None:
    rules = DateRules(material_workdays_before_dispatch=2, review_workdays_before_dispatch=4)
    assert [m.key for m in derive(D(2026, 4, 9), rules).milestones] == [
        "review",
        "material",
        "dispatch",
        "publication",
    ]


def test_english_texts(english: None) -> None:
    deadlines = derive(D(2026, 4, 9))
    assert deadlines.dispatch.label == "Agenda dispatch"
    assert deadlines.dispatch.explanation == (
        "Wed 1 Apr 2026 - moved from Thu 2 Apr (Maundy Thursday); the meeting day minus "
        "7 days, moved to the nearest earlier working day"
    )
    assert deadlines.material.rule == (
        "10 working days before the dispatch deadline (assumed default)"
    )


# --- properties over 2000-2100 --------------------------------------------------------


@given(meeting_days, rule_values)
def test_dispatch_is_the_last_working_day_on_or_before_the_nominal_day(
    day: dt.date, days_before: int
) -> None:
    rules = DateRules(dispatch_days_before=days_before)
    dispatch = derive(day, rules).dispatch
    nominal = pendulum.date(day.year, day.month, day.day).subtract(days=days_before)
    assert CAL.is_working_day(dispatch.due)
    assert dispatch.due <= nominal
    # No working day strictly between the deadline and the nominal day (nor on it).
    assert CAL.working_days_between(dispatch.due, nominal) == 0
    assert (dispatch.moved_from is None) == (dispatch.due == nominal)
    if dispatch.moved_from is not None:
        assert dispatch.moved_reason == CAL.closed_reason(nominal)


@given(meeting_days, st.integers(min_value=1, max_value=60))
def test_publication_is_n_working_days_after_the_meeting(day: dt.date, n: int) -> None:
    publication = published(derive(day, DateRules(publication_workdays=n)))
    assert CAL.is_working_day(publication.due)
    assert CAL.working_days_between(day, publication.due) == n


@given(meeting_days, rule_values, rule_values)
def test_milestones_are_n_working_days_before_dispatch(
    day: dt.date, material: int, review: int
) -> None:
    rules = DateRules(
        material_workdays_before_dispatch=material, review_workdays_before_dispatch=review
    )
    deadlines = derive(day, rules)
    for deadline, n in ((deadlines.material, material), (deadlines.review, review)):
        assert CAL.is_working_day(deadline.due)
        assert CAL.working_days_between(deadline.due, deadlines.dispatch.due) == n


@given(meeting_days, st.integers(min_value=1, max_value=59))
def test_one_more_publication_day_is_the_next_working_day(day: dt.date, n: int) -> None:
    shorter = published(derive(day, DateRules(publication_workdays=n))).due
    longer = published(derive(day, DateRules(publication_workdays=n + 1))).due
    assert longer == CAL.next_working_day(shorter)


@given(meeting_days, st.integers(min_value=0, max_value=59))
def test_one_more_material_day_is_the_previous_working_day(day: dt.date, n: int) -> None:
    shorter = derive(day, DateRules(material_workdays_before_dispatch=n)).material.due
    longer = derive(day, DateRules(material_workdays_before_dispatch=n + 1)).material.due
    assert longer == CAL.previous_working_day(shorter)


@given(meeting_days, st.integers(min_value=0, max_value=59))
def test_a_longer_dispatch_rule_never_gives_a_later_deadline(day: dt.date, n: int) -> None:
    shorter = derive(day, DateRules(dispatch_days_before=n)).dispatch.due
    longer = derive(day, DateRules(dispatch_days_before=n + 1)).dispatch.due
    assert longer <= shorter


@given(meeting_days)
def test_closing_more_days_never_makes_dispatch_later(day: dt.date) -> None:
    closed = WorkCalendar(ClosedDays(forste_maj=True, extra=(f"{day.year}-08-14",)))
    assert derive(day, calendar=closed).dispatch.due <= derive(day).dispatch.due
    assert published(derive(day, calendar=closed)).due >= published(derive(day)).due


@given(meeting_days)
def test_every_explanation_starts_with_its_day(day: dt.date) -> None:
    for deadline in derive(day).milestones:
        assert deadline.explanation.startswith(
            f"{deadline.due.format('ddd', locale='da').rstrip('.')} {deadline.due.day}."
        )


# --- publication only where minutes are published (GLOSSARY.md, issue 21) -------------


@pytest.mark.parametrize("series", list(Series))
def test_only_kkr_and_constituting_meetings_have_a_publication_deadline(series: Series) -> None:
    deadlines = derive_deadlines(D(2026, 4, 9), DEFAULT, CAL, series)
    publishes = series in (Series.KKR, Series.CONSTITUTING)
    assert publishes_minutes(series) is publishes
    assert (deadlines.publication is not None) is publishes
    assert ("publication" in [d.key for d in deadlines.milestones]) is publishes
    assert (deadlines.get("publication") is not None) is publishes
