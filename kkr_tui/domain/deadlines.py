"""The deadlines of one meeting, each with the reason for its day.

Dispatch: the meeting day minus `dispatch_days_before` calendar days, rolled back to the
nearest earlier working day. Material and formandskab review: N working days before the
dispatch deadline. Publication: `publication_workdays` working days after the meeting,
and only for the series whose decision minutes are published on kl.dk (KKR meetings and
the constituting meeting, PUBLISHING_SERIES): a formandskab meeting or a directors'
forum publishes none, so it has no publication deadline anywhere.
The rules come from `Settings.rules_for(council, series)`, so a changed rule changes
every derived date. Texts are looked up when read, in the language set at that time.
"""

from __future__ import annotations

from dataclasses import dataclass

import pendulum

from kkr_tui.domain.formatting import format_day, format_day_short
from kkr_tui.domain.models import Series
from kkr_tui.domain.rules import DateRules
from kkr_tui.domain.workdays import WorkCalendar, as_date
from kkr_tui.i18n import t, tn

MATERIAL = "material"
REVIEW = "review"
DISPATCH = "dispatch"
PUBLICATION = "publication"
# The order a secretary meets them with the default rules.
MILESTONE_ORDER: tuple[str, ...] = (MATERIAL, REVIEW, DISPATCH, PUBLICATION)

# The defaults DOMAIN.md calls assumptions. A council that sets its own value has made a
# decision, so its deadline is no longer labelled an assumption.
_ASSUMED = DateRules()
ASSUMED_DEFAULTS: dict[str, int] = {
    MATERIAL: _ASSUMED.material_workdays_before_dispatch,
    REVIEW: _ASSUMED.review_workdays_before_dispatch,
}

# The series whose decision minutes are published (DOMAIN.md, GLOSSARY.md): the only
# ones with a publication deadline.
PUBLISHING_SERIES: frozenset[Series] = frozenset({Series.KKR, Series.CONSTITUTING})


def publishes_minutes(series: Series) -> bool:
    """True if meetings of `series` publish decision minutes (and so have that deadline)."""
    return series in PUBLISHING_SERIES


ClosedDay = tuple[pendulum.Date, str]


@dataclass(frozen=True)
class Deadline:
    """One derived deadline: its day, the rule behind it, and why it moved (if it did)."""

    key: str
    due: pendulum.Date
    # The rule's number: calendar days before the meeting for dispatch, else working days.
    offset: int
    moved_from: pendulum.Date | None = None
    moved_reason: str | None = None
    assumption: bool = False
    # Named closed weekdays the rule stepped over (holidays a reader would count).
    skipped: tuple[ClosedDay, ...] = ()

    @property
    def label(self) -> str:
        return t(f"dates.deadline.{self.key}")

    @property
    def rule(self) -> str:
        """The rule as a plain sentence, e.g. "mødedagen minus 7 dage"."""
        family = {
            DISPATCH: "dispatch",
            PUBLICATION: "publication",
            MATERIAL: "before_dispatch",
            REVIEW: "before_dispatch",
        }[self.key]
        sentence = tn(f"dates.rule.{family}", self.offset)
        if self.assumption:
            sentence = f"{sentence} ({t('dates.rule.assumption')})"
        return sentence

    @property
    def explanation(self) -> str:
        """The day, the rule and, if moved, from which day and why."""
        day = format_day(self.due)
        if self.moved_from is not None:
            backwards = self.moved_from > self.due
            template = "dates.explain.moved" if backwards else "dates.explain.moved_forward"
            text = t(
                template,
                day=day,
                moved_from=format_day_short(self.moved_from),
                reason=self.moved_reason or "",
                rule=self.rule,
            )
            others = [c for c in self.skipped if c[0] != self.moved_from]
            if others:
                text = f"{text}; {t('dates.explain.also_closed', days=_days(others))}"
            return text
        text = t("dates.explain.plain", day=day, rule=self.rule)
        if self.skipped:
            text = f"{text}; {t('dates.explain.skipped', days=_days(self.skipped))}"
        return text

    @property
    def moved(self) -> bool:
        return self.moved_from is not None


def _days(closed: list[ClosedDay] | tuple[ClosedDay, ...]) -> str:
    return ", ".join(
        t("dates.explain.day_reason", day=format_day_short(day), reason=reason)
        for day, reason in closed
    )


@dataclass(frozen=True)
class MeetingDeadlines:
    """A meeting's four milestones, each with its day and the reason for it."""

    meeting_day: pendulum.Date
    material: Deadline
    review: Deadline
    dispatch: Deadline
    # None for a series that publishes no minutes (see PUBLISHING_SERIES).
    publication: Deadline | None

    @property
    def milestones(self) -> list[Deadline]:
        """All that apply, by due day; ties keep the secretary's order (material first)."""
        ordered = [self.material, self.review, self.dispatch]
        if self.publication is not None:
            ordered.append(self.publication)
        return sorted(ordered, key=lambda d: (d.due, MILESTONE_ORDER.index(d.key)))

    def get(self, key: str) -> Deadline | None:
        """The milestone `key`, or None where it does not apply."""
        return {d.key: d for d in self.milestones}.get(key)


def derive_deadlines(
    meeting_day: pendulum.Date, rules: DateRules, calendar: WorkCalendar, series: Series
) -> MeetingDeadlines:
    meeting_day = as_date(meeting_day)
    publication = None
    if publishes_minutes(series):
        publication = _publication(meeting_day, rules.publication_workdays, calendar)
    dispatch = _dispatch(meeting_day, rules.dispatch_days_before, calendar)
    return MeetingDeadlines(
        meeting_day=meeting_day,
        material=_before_dispatch(
            MATERIAL, dispatch.due, rules.material_workdays_before_dispatch, calendar
        ),
        review=_before_dispatch(
            REVIEW, dispatch.due, rules.review_workdays_before_dispatch, calendar
        ),
        dispatch=dispatch,
        publication=publication,
    )


def _dispatch(meeting_day: pendulum.Date, days_before: int, calendar: WorkCalendar) -> Deadline:
    nominal = meeting_day.subtract(days=days_before)
    due = calendar.on_or_before(nominal)
    if due == nominal:
        return Deadline(DISPATCH, due, days_before)
    return Deadline(
        DISPATCH,
        due,
        days_before,
        moved_from=nominal,
        moved_reason=calendar.closed_reason(nominal),
        skipped=tuple(calendar.closed_weekdays_between(due, nominal)),
    )


def _before_dispatch(
    key: str, dispatch_due: pendulum.Date, workdays: int, calendar: WorkCalendar
) -> Deadline:
    due = calendar.add_working_days(dispatch_due, -workdays)
    return Deadline(
        key,
        due,
        workdays,
        assumption=workdays == ASSUMED_DEFAULTS[key],
        skipped=tuple(calendar.closed_weekdays_between(due, dispatch_due)),
    )


def _publication(meeting_day: pendulum.Date, workdays: int, calendar: WorkCalendar) -> Deadline:
    if workdays == 0:
        # "0 working days after" means the meeting day, which must itself be a working day.
        due = calendar.on_or_after(meeting_day)
        if due == meeting_day:
            return Deadline(PUBLICATION, due, 0)
        return Deadline(
            PUBLICATION,
            due,
            0,
            moved_from=meeting_day,
            moved_reason=calendar.closed_reason(meeting_day),
        )
    due = calendar.add_working_days(meeting_day, workdays)
    return Deadline(
        PUBLICATION,
        due,
        workdays,
        skipped=tuple(calendar.closed_weekdays_between(meeting_day, due)),
    )
