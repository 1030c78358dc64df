"""Dates in words, and the texts of the date engine (holiday names, deadline labels).

The one place for a date in prose and documents: "torsdag den 9. april 2026 kl. 9.30-12.30"
in Danish (no leading zero on the hour, "den" before the day), "Thursday 9 April 2026,
09:30-12:30" in English (GLOSSARY.md). Short table dates ("tor 9. apr") stay in
`kkr_tui.domain.formatting`. The names are written out rather than read from a pendulum
locale: loading one costs ~6 ms at start-up, and the tables below are what the house
style wants anyway (tests/unit/test_prose_dates.py pins them to pendulum).
"""

from __future__ import annotations

import datetime as dt

from kkr_tui.domain.clock import copenhagen
from kkr_tui.domain.formatting import day_month
from kkr_tui.i18n import language

WEEKDAY_NAMES: dict[str, tuple[str, ...]] = {
    "da": ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
MONTH_NAMES: dict[str, tuple[str, ...]] = {
    "da": (
        "januar",
        "februar",
        "marts",
        "april",
        "maj",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "december",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}

# Between a start and an end on another day.
UNTIL: dict[str, str] = {"da": "til", "en": "to"}


def _plain(day: dt.date) -> dt.date:
    if isinstance(day, dt.datetime):
        return copenhagen(day).date()
    return day


def prose_date(day: dt.date, lang: str | None = None) -> str:
    """'9. april 2026' (da) or '9 April 2026' (en): the date without its weekday."""
    lang = lang or language()
    plain = _plain(day)
    return f"{day_month(plain.day, MONTH_NAMES[lang][plain.month - 1], lang)} {plain.year}"


def prose_day(day: dt.date, lang: str | None = None) -> str:
    """'torsdag den 9. april 2026' (da) or 'Thursday 9 April 2026' (en)."""
    lang = lang or language()
    plain = _plain(day)
    weekday = WEEKDAY_NAMES[lang][plain.weekday()]
    joint = " " if lang == "en" else " den "
    return f"{weekday}{joint}{prose_date(plain, lang)}"


def prose_time(moment: dt.datetime, lang: str | None = None) -> str:
    """'9.30' (da: no leading zero) or '09:30' (en), in Copenhagen time."""
    lang = lang or language()
    local = copenhagen(moment)
    if lang == "en":
        return f"{local.hour:02d}:{local.minute:02d}"
    return f"{local.hour}.{local.minute:02d}"


def prose_when(
    start: dt.datetime,
    end: dt.datetime | None = None,
    lang: str | None = None,
    dash: str = "-",
) -> str:
    """A meeting's time in a sentence or a document.

    'torsdag den 9. april 2026 kl. 9.30-12.30' (da), 'Thursday 9 April 2026, 09:30-12:30'
    (en). Documents pass ``dash="–"`` (an en dash, as Danish typography wants there). An
    end on another day is written out in full: '... kl. 16.00 til fredag den 10. april
    2026 kl. 12.00'.
    """
    lang = lang or language()
    first = copenhagen(start)
    text = prose_day(first, lang)
    separator = ", " if lang == "en" else " kl. "
    text = f"{text}{separator}{prose_time(first, lang)}"
    if end is None:
        return text
    last = copenhagen(end)
    if last.date() == first.date():
        return f"{text}{dash}{prose_time(last, lang)}"
    tail = f"{prose_day(last, lang)}{separator}{prose_time(last, lang)}"
    return f"{text} {UNTIL[lang]} {tail}"


TEXTS: dict[str, tuple[str, str]] = {
    # Why a day is closed. Danish names as the office writes them (DOMAIN.md).
    "dates.holiday.nytaarsdag": ("nytårsdag", "New Year's Day"),
    "dates.holiday.skaertorsdag": ("skærtorsdag", "Maundy Thursday"),
    "dates.holiday.langfredag": ("langfredag", "Good Friday"),
    "dates.holiday.paaskedag": ("påskedag", "Easter Sunday"),
    "dates.holiday.anden_paaskedag": ("2. påskedag", "Easter Monday"),
    "dates.holiday.store_bededag": ("store bededag", "Great Prayer Day"),
    "dates.holiday.kristi_himmelfart": ("Kristi himmelfartsdag", "Ascension Day"),
    "dates.holiday.pinsedag": ("pinsedag", "Whit Sunday"),
    "dates.holiday.anden_pinsedag": ("2. pinsedag", "Whit Monday"),
    "dates.holiday.juledag": ("juledag", "Christmas Day"),
    "dates.holiday.anden_juledag": ("2. juledag", "Boxing Day"),
    "dates.holiday.grundlovsdag": ("grundlovsdag", "Constitution Day"),
    "dates.holiday.juleaftensdag": ("juleaftensdag", "Christmas Eve"),
    "dates.holiday.nytaarsaftensdag": ("nytårsaftensdag", "New Year's Eve"),
    "dates.holiday.forste_maj": ("1. maj", "1 May"),
    "dates.holiday.extra": ("kontoret lukket", "office closed"),
    "dates.weekday.saturday": ("lørdag", "Saturday"),
    "dates.weekday.sunday": ("søndag", "Sunday"),
    # Deadlines of one meeting, in the order a secretary meets them.
    "dates.deadline.material": ("Frist for sagsfremstillinger", "Case material due"),
    "dates.deadline.review": ("Formandskabets gennemgang", "Chairmanship review"),
    "dates.deadline.dispatch": ("Udsendelse af dagsorden", "Agenda dispatch"),
    "dates.deadline.publication": (
        "Offentliggørelse af beslutningsreferat",
        "Publication of decision minutes",
    ),
    "dates.rule.dispatch": ("mødedagen minus {n} dage", "the meeting day minus {n} days"),
    "dates.rule.dispatch_one": ("mødedagen minus 1 dag", "the meeting day minus 1 day"),
    "dates.rule.dispatch_zero": ("mødedagen", "the meeting day"),
    "dates.rule.publication": (
        "{n} arbejdsdage efter mødet",
        "{n} working days after the meeting",
    ),
    "dates.rule.publication_one": (
        "1 arbejdsdag efter mødet",
        "1 working day after the meeting",
    ),
    "dates.rule.publication_zero": (
        "mødedagen eller første arbejdsdag derefter",
        "the meeting day or the first working day after it",
    ),
    "dates.rule.before_dispatch": (
        "{n} arbejdsdage før udsendelsesfristen",
        "{n} working days before the dispatch deadline",
    ),
    "dates.rule.before_dispatch_one": (
        "1 arbejdsdag før udsendelsesfristen",
        "1 working day before the dispatch deadline",
    ),
    "dates.rule.before_dispatch_zero": (
        "samme dag som udsendelsesfristen",
        "the same day as the dispatch deadline",
    ),
    "dates.rule.assumption": ("antaget standard", "assumed default"),
    "dates.explain.plain": ("{day} - {rule}", "{day} - {rule}"),
    "dates.explain.moved": (
        "{day} - flyttet fra {moved_from} ({reason}); {rule}, "
        "rykket til nærmeste tidligere arbejdsdag",
        "{day} - moved from {moved_from} ({reason}); {rule}, "
        "moved to the nearest earlier working day",
    ),
    "dates.explain.moved_forward": (
        "{day} - flyttet fra {moved_from} ({reason}); {rule}",
        "{day} - moved from {moved_from} ({reason}); {rule}",
    ),
    "dates.explain.skipped": ("ikke medregnet: {days}", "not counted: {days}"),
    "dates.explain.also_closed": ("også lukket: {days}", "also closed: {days}"),
    "dates.explain.day_reason": ("{day} ({reason})", "{day} ({reason})"),
    # Local times around the daylight-saving changes.
    "dates.time.gap": (
        "{day} kl. {time} findes ikke: urene stilles en time frem den nat (sommertid)",
        "{day} {time} does not exist: the clocks go forward an hour that night",
    ),
    "dates.time.ambiguous": (
        "{day} kl. {time} er tvetydig: den forekommer to gange, fordi urene "
        "stilles en time tilbage den nat (vintertid)",
        "{day} {time} is ambiguous: it occurs twice because the clocks go back an hour that night",
    ),
    "dates.time.range": (
        "{hour:02d}:{minute:02d} er ikke et klokkeslæt (timer 0-23, minutter 0-59)",
        "{hour:02d}:{minute:02d} is not a time of day (hours 0-23, minutes 0-59)",
    ),
    # The one date/time parser.
    "dates.parse.not_date": (
        "»{text}« er ikke en dato (skriv fx 2026-04-09, 9-4-2026 eller 9. april 2026)",
        "'{text}' is not a date (write e.g. 2026-04-09, 9-4-2026 or 9 April 2026)",
    ),
    "dates.parse.no_such_day": (
        "»{text}« er ikke en gyldig dato: den dag findes ikke",
        "'{text}' is not a valid date: that day does not exist",
    ),
    "dates.parse.two_digit_year": (
        "»{text}«: skriv årstallet med fire cifre",
        "'{text}': write the year with four digits",
    ),
    "dates.parse.year_range": (
        "»{text}«: årstallet skal ligge mellem {low} og {high}",
        "'{text}': the year must lie between {low} and {high}",
    ),
    "dates.parse.ambiguous": (
        "»{text}« er tvetydig (dag/måned/år eller måned/dag/år?): skriv fx 9-4-2026 eller "
        "2026-04-09",
        "'{text}' is ambiguous (day/month/year or month/day/year?): write e.g. 9-4-2026 or "
        "2026-04-09",
    ),
    "dates.parse.unknown_month": (
        "»{text}«: ukendt måned »{month}«",
        "'{text}': unknown month '{month}'",
    ),
    "dates.parse.wrong_weekday": (
        "»{text}«: {day} er en {weekday}",
        "'{text}': {day} is a {weekday}",
    ),
    "dates.parse.not_time": (
        "»{text}« er ikke et klokkeslæt (skriv fx 09:30, 9:30 eller 9.30)",
        "'{text}' is not a time of day (write e.g. 09:30, 9:30 or 9.30)",
    ),
    "dates.parse.no_such_time": (
        "»{text}« er ikke et klokkeslæt: timer 0-23, minutter 0-59",
        "'{text}' is not a time of day: hours 0-23, minutes 0-59",
    ),
    "dates.closed_days.bad_extra": (
        "»{text}« er ikke en dato (ÅÅÅÅ-MM-DD)",
        "'{text}' is not a date (YYYY-MM-DD)",
    ),
    # kkr import meetings
    "dates.import.empty": ("skal udfyldes", "is required"),
    "dates.import.unknown_council": (
        "ukendt råd »{text}« (kendte: {known})",
        "unknown council '{text}' (known: {known})",
    ),
    "dates.import.unknown_series": (
        "ukendt mødetype »{text}« (kendte: {known})",
        "unknown meeting series '{text}' (known: {known})",
    ),
    "dates.import.twice": (
        "samme møde (råd, mødetype, start) som linje {line}",
        "the same meeting (council, series, start) as line {line}",
    ),
    "dates.import.no_db_yet": (
        "{path} findes ikke endnu; en rigtig import opretter den",
        "{path} does not exist yet; a real import creates it",
    ),
    "dates.import.differs": (
        "findes som møde {id} med andet sted/sluttid; ikke ændret",
        "exists as meeting {id} with another place/end; not changed",
    ),
    "dates.import.would": (
        "Prøvekørsel, intet gemt: {new} ville blive importeret, {known} findes allerede",
        "Dry run, nothing saved: {new} would be imported, {known} already exist",
    ),
    "dates.import.done": (
        "Importeret: {new} nye møder, {known} fandtes allerede",
        "Imported: {new} new meetings, {known} already existed",
    ),
    # kkr meetings
    "dates.list.none": ("Ingen møder", "No meetings"),
    "dates.list.count": ("Møder: {count}", "Meetings: {count}"),
    "dates.list.bad_year": (
        "--year: {year} er ikke et årstal mellem 1900 og 2199",
        "--year: {year} is not a year between 1900 and 2199",
    ),
    "dates.list.moved": (
        "udsendelse flyttet fra {day} ({reason})",
        "dispatch moved from {day} ({reason})",
    ),
    "dates.list.publication": ("referat senest {day}", "minutes by {day}"),
    "dates.list.col.id": ("Id", "Id"),
    "dates.list.col.when": ("Tidspunkt", "When"),
    "dates.list.col.council": ("Råd", "Council"),
    "dates.list.col.series": ("Type", "Type"),
    "dates.list.col.state": ("Status", "State"),
    "dates.list.col.dispatch": ("Udsendes", "Dispatch"),
    # Short names so the table stays within 80 columns.
    "dates.list.series.kkr": ("KKR", "KKR"),
    "dates.list.series.konstituerende": ("Konst.", "Const."),
    "dates.list.series.formandskab": ("Formandsk", "Chairs"),
    "dates.list.series.direktoerforum": ("KD-forum", "MD forum"),
    "dates.list.series.fagdirektoerforum": ("FD-forum", "PD forum"),
    "dates.list.state.proposed": ("forslag", "proposed"),
    "dates.list.state.planned": ("planlagt", "planned"),
    "dates.list.state.dispatched": ("udsendt", "dispatched"),
    "dates.list.state.held": ("afholdt", "held"),
    "dates.list.state.published": ("offentl.", "published"),
    "dates.list.state.cancelled": ("aflyst", "cancelled"),
}
