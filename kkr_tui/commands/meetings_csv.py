"""Reading a meeting plan from CSV, as a secretariat exports it from Excel.

Header `council,series,date,start,end,place` (Danish names råd, mødetype, dato, start,
slut, sted are accepted too). Comma or semicolon separated, found from the header line;
a leading Excel `sep=;` line is honoured. UTF-8 with or without BOM; a file that is not
UTF-8 is read as Windows-1252, which is what Danish Excel writes for "CSV
(semikolonsepareret)". Every bad field of every row is collected, so one run shows all
that must be fixed; nothing here writes to the database.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from kkr_tui.commands.csvfile import CsvFileError, decode, split_rows
from kkr_tui.domain.errors import ValidationError
from kkr_tui.domain.localtime import local_datetime
from kkr_tui.domain.models import Council, Meeting, MeetingState, Series
from kkr_tui.domain.parsing import parse_date, parse_time
from kkr_tui.domain.text import from_spreadsheet_cell, strip_controls
from kkr_tui.i18n import t

COLUMNS = ("council", "series", "date", "start", "end", "place")
REQUIRED = ("council", "date", "start", "end")
COLUMN_ALIASES = {
    "råd": "council",
    "raad": "council",
    "mødetype": "series",
    "type": "series",
    "dato": "date",
    "slut": "end",
    "sted": "place",
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

T = TypeVar("T")


@dataclass(frozen=True)
class RowError:
    line: int
    field: str
    message: str

    def render(self, file_name: str) -> str:
        return f"{file_name}:{self.line}: {self.field}: {self.message}"


@dataclass(frozen=True)
class PlannedRow:
    line: int
    meeting: Meeting


@dataclass(frozen=True)
class CsvResult:
    rows: tuple[PlannedRow, ...]
    errors: tuple[RowError, ...]


def fold(text: str) -> str:
    """Lowercase with æ/ø/å spelled out, so "Sjælland" and "sjaelland" compare equal."""
    folded = " ".join(text.split()).lower()
    for letter, spelled in (("æ", "ae"), ("ø", "oe"), ("å", "aa")):
        folded = folded.replace(letter, spelled)
    return folded


def council_lookup(councils: Iterable[Council]) -> dict[str, str]:
    """Every accepted spelling of each council (slug, name, region) -> slug."""
    lookup: dict[str, str] = {}
    for council in councils:
        for spelling in (council.slug, council.name, council.region):
            lookup[_council_key(spelling)] = council.slug
    return lookup


def _council_key(text: str) -> str:
    key = fold(text)
    for prefix in ("kkr ", "kkr-", "region "):
        key = key.removeprefix(prefix)
    return key


def resolve_council(text: str, lookup: dict[str, str]) -> str:
    slug = lookup.get(_council_key(text))
    if slug is None:
        known = ", ".join(sorted(set(lookup.values())))
        raise ValidationError(t("dates.import.unknown_council", text=text, known=known), "council")
    return slug


def resolve_series(text: str) -> Series:
    if not text.strip():
        return Series.KKR
    key = fold(text).replace(" ", "").replace("-", "")
    series = SERIES_ALIASES.get(key)
    if series is None:
        known = ", ".join(s.value for s in Series)
        raise ValidationError(t("dates.import.unknown_series", text=text, known=known), "series")
    return series


def read_text(path: Path) -> str:
    if path.is_dir():
        raise CsvFileError(t("dates.import.is_dir", path=path))
    try:
        return decode(path.read_bytes(), path)
    except FileNotFoundError:
        raise CsvFileError(t("dates.import.missing", path=path)) from None
    except PermissionError:
        raise CsvFileError(t("dates.import.unreadable", path=path)) from None


def read_meetings(text: str, councils: Iterable[Council]) -> CsvResult:
    """Parse and validate every row; the result holds meetings or errors (often both)."""
    split = split_rows(text)
    header = split.header
    if header is None:
        raise CsvFileError(t("dates.import.no_header", columns=",".join(COLUMNS)))
    columns = _columns(header, split.header_line)
    lookup = council_lookup(councils)
    rows: list[PlannedRow] = []
    errors: list[RowError] = []
    seen: dict[tuple[str, str, str], int] = {}
    for line, cells in split.rows:
        values, row_errors = _values(cells, columns, len(header), line)
        if not row_errors:
            meeting, row_errors = _meeting(values, lookup, line)
            if meeting is not None:
                key = (meeting.council, meeting.series.value, meeting.start.isoformat())
                if key in seen:
                    row_errors = [RowError(line, "start", t("dates.import.twice", line=seen[key]))]
                else:
                    seen[key] = line
                    rows.append(PlannedRow(line, meeting))
        errors.extend(row_errors)
    errors.extend(RowError(line, "-", message) for line, message in split.failures)
    return CsvResult(tuple(rows), tuple(errors))


def _columns(header: list[str], line: int) -> dict[str, int]:
    columns: dict[str, int] = {}
    for index, name in enumerate(header):
        key = name.strip().lower()
        if not key:
            continue  # Excel writes empty header cells for unused columns
        key = COLUMN_ALIASES.get(key, key)
        if key not in COLUMNS:
            raise CsvFileError(
                t("dates.import.unknown_column", line=line, name=name, columns=",".join(COLUMNS))
            )
        if key in columns:
            raise CsvFileError(t("dates.import.column_twice", line=line, name=name))
        columns[key] = index
    missing = [name for name in REQUIRED if name not in columns]
    if missing:
        raise CsvFileError(
            t(
                "dates.import.missing_columns",
                line=line,
                names=",".join(missing),
                columns=",".join(COLUMNS),
            )
        )
    return columns


def _values(
    cells: list[str], columns: dict[str, int], width: int, line: int
) -> tuple[dict[str, str], list[RowError]]:
    extra = [cell for cell in cells[width:] if cell.strip()]
    if extra:
        return {}, [
            RowError(line, "row", t("dates.import.too_many", count=len(cells), width=width))
        ]
    # from_spreadsheet_cell: `kkr export csv` writes '=... so Excel does not run it.
    values = {
        name: (from_spreadsheet_cell(cells[index].strip()) if index < len(cells) else "")
        for name, index in columns.items()
    }
    return values, []


def _meeting(
    values: dict[str, str], lookup: dict[str, str], line: int
) -> tuple[Meeting | None, list[RowError]]:
    errors: list[RowError] = []

    def attempt(name: str, parse: Callable[[str], T]) -> T | None:
        text = values.get(name, "")
        if name in REQUIRED and not text:
            errors.append(RowError(line, name, t("dates.import.empty")))
            return None
        try:
            return parse(text)
        except ValidationError as exc:
            errors.append(RowError(line, name, exc.message))
            return None

    council = attempt("council", lambda text: resolve_council(text, lookup))
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
            place=strip_controls(values.get("place", "")).strip(),
            state=MeetingState.PLANNED,
        )
    except ValidationError as exc:
        return None, [RowError(line, exc.field or "-", exc.message)]
    return meeting, []
