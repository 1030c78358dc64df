"""The one injectable clock. Everything asks it for "today"; nothing deep calls now()."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass

import pendulum

from kkr_tui.i18n import msg

TZ_NAME = "Europe/Copenhagen"
TODAY_ENV = "KKR_TODAY"


def copenhagen(moment: dt.datetime) -> pendulum.DateTime:
    """`moment` in Copenhagen time; a naive time is Copenhagen wall time, never the machine's."""
    if moment.tzinfo is None:
        return pendulum.instance(moment, tz=TZ_NAME)
    return pendulum.instance(moment).in_timezone(TZ_NAME)


class ClockError(ValueError):
    """An unusable --today / KKR_TODAY value."""


@dataclass(frozen=True)
class Clock:
    """A fixed day, or (fixed=None) the real day in Copenhagen, read when asked."""

    fixed: pendulum.Date | None = None

    def today(self) -> pendulum.Date:
        if self.fixed is not None:
            return self.fixed
        return pendulum.now(TZ_NAME).date()

    @property
    def is_fixed(self) -> bool:
        return self.fixed is not None


def parse_today(text: str, source: str) -> pendulum.Date:
    """Parse an ISO day given on the command line or in the environment."""
    try:
        parsed = pendulum.parse(text.strip(), strict=True, exact=True)
    except (ValueError, pendulum.parsing.exceptions.ParserError) as exc:
        raise ClockError(msg("error.clock.invalid", source=source, text=text)) from exc
    if not isinstance(parsed, pendulum.Date) or isinstance(parsed, pendulum.DateTime):
        raise ClockError(msg("error.clock.not_date", source=source, text=text))
    return parsed


def clock_from(option: str | None, environ: dict[str, str] | None = None) -> Clock:
    """The clock for this run: --today wins over KKR_TODAY, else the real day."""
    env = os.environ if environ is None else environ
    if option:
        return Clock(parse_today(option, "--today"))
    if env.get(TODAY_ENV):
        return Clock(parse_today(env[TODAY_ENV], TODAY_ENV))
    return Clock()
