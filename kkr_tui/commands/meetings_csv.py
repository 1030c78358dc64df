"""Reading a meeting plan from CSV, as a secretariat exports it from Excel.

Header `council,series,date,start,end,place` (Danish names råd, mødetype, dato, start,
slut, sted are accepted too), and an optional `councils` (rådene) for a joint meeting:
all its councils, the one holding it (`council`) first ("hovedstaden sjaelland"). The
file is read as every import reads one (kkr_tui.commands.csvfile: separator, encoding,
line numbers). Every bad field of every
row is collected, so one run shows all that must be fixed; nothing here writes.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from kkr_tui.commands.councils import council_lookup
from kkr_tui.commands.csvfile import (
    CsvFileError,
    CsvRecord,
    CsvResult,
    Fields,
    RowError,
    parse,
    read_text,
)
from kkr_tui.domain.errors import ValidationError
from kkr_tui.domain.localtime import local_datetime
from kkr_tui.domain.models import Council, Meeting, MeetingState, Series
from kkr_tui.domain.names import council_key
from kkr_tui.domain.parsing import parse_date, parse_time
from kkr_tui.domain.text import fold, strip_controls
from kkr_tui.i18n import t

COLUMNS = ("council", "series", "date", "start", "end", "place", "councils")
REQUIRED = ("council", "date", "start", "end")
COLUMN_ALIASES = {
    "råd": "council",
    "raad": "council",
    "mødetype": "series",
    "type": "series",
    "dato": "date",
    "slut": "end",
    "sted": "place",
    "rådene": "councils",
    "raadene": "councils",
    "alle råd": "councils",
}

# Spellings of each series, folded (lowercase, æøå spelled out, no spaces or hyphens).
SERIES_ALIASES: dict[str, Series] = {
    **{s.value: s for s in Series},
    "kkrmoede": Series.KKR,
    "kkrmeeting": Series.KKR,
    "konstituerendemoede": Series.CONSTITUTING,
    "constituting": Series.CONSTITUTING,
    "constitutingmeeting": Series.CONSTITUTING,
    "formandskabsmoede": Series.CHAIRMANSHIP,
    "formandskabet": Series.CHAIRMANSHIP,
    "chairmanship": Series.CHAIRMANSHIP,
    "chairmanshipmeeting": Series.CHAIRMANSHIP,
    "kommunaldirektoerforum": Series.DIRECTORS,
    "kdforum": Series.DIRECTORS,
    "fagdirektoerfora": Series.PROFESSIONAL_DIRECTORS,
    "fdforum": Series.PROFESSIONAL_DIRECTORS,
}


@dataclass(frozen=True)
class PlannedRow:
    line: int
    meeting: Meeting


def resolve_council(text: str, lookup: dict[str, str]) -> str:
    slug = lookup.get(council_key(text))
    if slug is None:
        known = ", ".join(sorted(set(lookup.values())))
        raise ValidationError(t("dates.import.unknown_council", text=text, known=known), "council")
    return slug


def _joint(text: str, council: str, lookup: dict[str, str]) -> tuple[str, ...]:
    """A joint meeting's councils ("hovedstaden sjaelland", "KKR Hovedstaden, KKR
    Sjælland"), the holding council first; the others as Meeting.councils holds them."""
    slugs: list[str] = []
    for word in text.replace(",", " ").replace(";", " ").split():
        if fold(word) == "kkr":
            continue
        slugs.append(resolve_council(word, lookup))
    if not slugs or slugs[0] != council:
        raise ValidationError(t("joint.csv.own", council=council), "councils")
    return tuple(dict.fromkeys(slugs[1:]))


def resolve_series(text: str) -> Series:
    if not text.strip():
        return Series.KKR
    key = fold(text).replace(" ", "").replace("-", "")
    series = SERIES_ALIASES.get(key)
    if series is None:
        known = ", ".join(s.value for s in Series)
        raise ValidationError(t("dates.import.unknown_series", text=text, known=known), "series")
    return series


def read_meetings(text: str, councils: Iterable[Council]) -> CsvResult[PlannedRow]:
    """Parse and validate every row; the result holds meetings or errors (often both)."""
    table = parse(text, COLUMNS, REQUIRED, COLUMN_ALIASES)
    lookup = council_lookup(councils)
    rows: list[PlannedRow] = []
    errors: list[RowError] = list(table.errors)
    seen: dict[tuple[str, str, str], int] = {}
    for record in table.records:
        line = record.line
        meeting, row_errors = _meeting(record, lookup)
        if meeting is not None:
            key = (meeting.council, meeting.series.value, meeting.start.isoformat())
            if key in seen:
                row_errors = [RowError(line, "start", t("dates.import.twice", line=seen[key]))]
            else:
                seen[key] = line
                rows.append(PlannedRow(line, meeting))
        errors.extend(row_errors)
    return CsvResult(tuple(rows), tuple(errors))


def _meeting(record: CsvRecord, lookup: dict[str, str]) -> tuple[Meeting | None, list[RowError]]:
    fields = Fields(record, REQUIRED, t("dates.import.empty"))
    attempt, errors = fields.read, fields.errors
    council = attempt("council", lambda text: resolve_council(text, lookup))
    joint: tuple[str, ...] = ()
    if council is not None and record.get("councils"):
        joint = attempt("councils", lambda text: _joint(text, council, lookup)) or ()
    series = attempt("series", resolve_series)
    day = attempt("date", parse_date)
    start_time = attempt("start", parse_time)
    end_time = attempt("end", parse_time)
    start = end = None
    if day is not None:
        # Each time on its own, so a row with both in a DST gap reports both.
        if start_time is not None:
            start = attempt("start", lambda _: local_datetime(day, *start_time))
        if end_time is not None:
            end = attempt("end", lambda _: local_datetime(day, *end_time))
    if errors or council is None or series is None or start is None or end is None:
        return None, errors
    try:
        meeting = Meeting(
            council=council,
            series=series,
            start=start,
            end=end,
            place=strip_controls(record.get("place")).strip(),
            state=MeetingState.PLANNED,
            councils=joint,
        )
    except ValidationError as exc:
        return None, [RowError(record.line, exc.field or "-", exc.message)]
    return meeting, []


__all__ = ["CsvFileError", "CsvResult", "RowError", "read_meetings", "read_text"]
