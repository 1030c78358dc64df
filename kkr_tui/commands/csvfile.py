"""Reading a CSV file as a secretariat exports it from Excel, for every `kkr import`.

UTF-8 with or without BOM (a file that is not UTF-8 is read as Windows-1252, which is
what Danish Excel writes for "CSV (semikolonsepareret)"); comma or semicolon, found
from the header line; a leading Excel `sep=;` line is honoured. Every record keeps the
file line it starts on, so errors read `FILE:LINE: field: message`. Blank rows (Excel
writes ";;;;") are skipped; a cell `kkr export csv` guarded against Excel formulas
('=...) is read back as written. Nothing here knows what the columns mean. The three
imports (members, meetings, contacts) read through `read_text` and map their columns
through `parse`, so a bad file gets the same messages whatever is imported.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Generic, NamedTuple, TypeVar

from kkr_tui.domain.errors import ValidationError
from kkr_tui.domain.membership import clean
from kkr_tui.domain.text import from_spreadsheet_cell
from kkr_tui.i18n import t, tn

_SEP_LINE = re.compile(r"sep=(.)\s*", re.IGNORECASE)
T = TypeVar("T")


class CsvFileError(Exception):
    """The file as a whole cannot be used (missing, a folder, no usable header)."""


@dataclass(frozen=True)
class RowError:
    line: int
    field: str
    message: str

    def render(self, file_name: str) -> str:
        return f"{file_name}:{self.line}: {self.field}: {self.message}"


@dataclass(frozen=True)
class CsvResult(Generic[T]):
    """What an import read: the rows it can use, and every bad field of the others."""

    rows: tuple[T, ...]
    errors: tuple[RowError, ...]


@dataclass(frozen=True)
class CsvRecord:
    """One data row: the file line it starts on and its cells by (canonical) column name."""

    line: int
    values: dict[str, str]

    def get(self, column: str) -> str:
        return self.values.get(column, "").strip()


@dataclass(frozen=True)
class CsvTable:
    records: tuple[CsvRecord, ...]
    errors: tuple[RowError, ...]


class Fields:
    """One record's fields, read one at a time.

    A missing required field or one its reader refuses (a ValidationError) is noted in
    `errors`, on the record's line and naming the column, and reads as None; so every
    bad field of a row is reported in one run, not just the first.
    """

    def __init__(self, record: CsvRecord, required: Collection[str], empty: str) -> None:
        self.record = record
        self.required = required
        self.empty = empty  # what a missing required field is told
        self.errors: list[RowError] = []

    def read(self, column: str, read: Callable[[str], T]) -> T | None:
        text = self.record.get(column)
        if column in self.required and not clean(text):
            self.error(column, self.empty)
            return None
        try:
            return read(text)
        except ValidationError as exc:
            self.error(column, exc.message)
            return None

    def error(self, column: str, message: str) -> None:
        self.errors.append(RowError(self.record.line, column, message))


def read_rows(
    table: CsvTable, read_row: Callable[[CsvRecord], tuple[T | None, list[RowError]]]
) -> tuple[list[T], list[RowError]]:
    """Each record through `read_row`: the rows it could read, and the table's errors
    followed by every row's."""
    rows: list[T] = []
    errors = list(table.errors)
    for record in table.records:
        row, row_errors = read_row(record)
        errors.extend(row_errors)
        if row is not None:
            rows.append(row)
    return rows, errors


@dataclass(frozen=True)
class CsvRows:
    """A file's header (None: the file has none) and its data rows, each with the file
    line it starts on."""

    header_line: int
    header: list[str] | None
    rows: Iterator[tuple[int, list[str]]]
    # (line, message) of a row the csv module could not read; `rows` ends there.
    failures: list[tuple[int, str]] = field(default_factory=list)


def decode(raw: bytes, path: Path | str = "") -> str:
    """The text of a CSV file's bytes; CsvFileError (naming `path` and the line) when
    it cannot be read as one text.

    UTF-16 with a byte-order mark (Excel's "Unicode text") is read; without one it is
    named, not read as garbage columns. A file that is UTF-8 except for some lines has
    been pasted together from two sources: refused, naming the first line that is not
    UTF-8, rather than read as Windows-1252 ("SÃ¸ren").
    """
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            raise CsvFileError(t("csv.bad_utf16", path=path)) from None
    if b"\x00" in raw:
        raise CsvFileError(
            t("csv.nul_bytes", path=path, line=raw.count(b"\n", 0, raw.index(b"\x00")) + 1)
        )
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    first_bad = 0
    some_utf8 = False
    for number, line in enumerate(raw.split(b"\n"), start=1):
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            first_bad = first_bad or number
        else:
            some_utf8 = some_utf8 or not line.isascii()
    if some_utf8:
        raise CsvFileError(t("csv.mixed_encoding", path=path, line=first_bad))
    # Danish Excel's "CSV (semikolonsepareret)" is Windows-1252, not UTF-8.
    return raw.decode("cp1252", errors="replace")


def split_rows(text: str) -> CsvRows:
    """The header and the non-blank rows of `text`.

    Honours a leading Excel `sep=;` line, else takes the separator (semicolon or comma)
    the header uses most. Rows are read lazily: a malformed row raises csv.Error when
    reached. Blank rows (Excel writes ";;;;") are skipped.
    """
    lines = text.splitlines(keepends=True)
    first_line = 1
    delimiter = None
    if lines and (match := _SEP_LINE.fullmatch(lines[0].strip())):
        delimiter = match.group(1)
        lines = lines[1:]
        first_line = 2
    if not lines or not lines[0].strip():
        return CsvRows(first_line, None, iter(()))
    if delimiter is None:
        delimiter = ";" if lines[0].count(";") > lines[0].count(",") else ","
    reader = csv.reader(io.StringIO("".join(lines)), delimiter=delimiter)
    failures: list[tuple[int, str]] = []
    try:
        header = next(reader)
    except csv.Error as exc:
        raise CsvFileError(f"{first_line}: {_csv_message(exc)}") from None

    def rows() -> Iterator[tuple[int, list[str]]]:
        previous_end = reader.line_num
        try:
            for cells in reader:
                line = first_line + previous_end  # the file line this record starts on
                previous_end = reader.line_num
                if any(cell.strip() for cell in cells):
                    yield line, cells
        except csv.Error as exc:
            failures.append((first_line + previous_end, _csv_message(exc)))

    return CsvRows(first_line, header, rows(), failures)


def _csv_message(error: csv.Error) -> str:
    # The csv module's limit on one cell (128 KiB): said in words, not as its internals.
    if "field limit" in str(error):
        return t("csv.field_too_big", kib=csv.field_size_limit() // 1024)
    return str(error)


class FileTexts(NamedTuple):
    """The catalogue keys `read_file` says a file it cannot read with, written out
    here and by each caller, so every key is spelt where it is used."""

    is_dir: str
    missing: str
    unreadable: str


CSV_FILE_TEXTS = FileTexts(is_dir="csv.is_dir", missing="csv.missing", unreadable="csv.unreadable")


def read_text(path: Path) -> str:
    return decode(read_file(path), path)


def read_file(path: Path, texts: FileTexts = CSV_FILE_TEXTS) -> bytes:
    """The bytes of the file to import; a folder, a missing or an unreadable file is a
    CsvFileError in the words of `texts`."""
    if path.is_dir():
        raise CsvFileError(t(texts.is_dir, path=path))
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise CsvFileError(t(texts.missing, path=path)) from None
    except PermissionError:
        raise CsvFileError(t(texts.unreadable, path=path)) from None


def parse(
    text: str,
    columns: Sequence[str],
    required: Sequence[str],
    aliases: Mapping[str, str] | None = None,
) -> CsvTable:
    """The records of `text`; a row with more cells than the header is an error.

    `columns` are the known column names, `required` those that must be in the header,
    `aliases` other header spellings (lowercase) -> column name. Raises CsvFileError
    (message starting with the line number) when the header itself is unusable.
    """
    split = split_rows(text)
    header = split.header
    if header is None:
        raise CsvFileError(t("csv.no_header", line=split.header_line, columns=",".join(columns)))
    index = _columns(header, columns, required, aliases or {}, split.header_line)
    records: list[CsvRecord] = []
    errors: list[RowError] = []
    for line, cells in split.rows:
        extra = [cell for cell in cells[len(header) :] if cell.strip()]
        if extra:
            errors.append(
                RowError(line, "-", t("csv.too_many", count=len(cells), width=len(header)))
            )
            continue
        # `kkr export csv` writes '=... so Excel does not run a formula; undo that.
        values = {
            name: (from_spreadsheet_cell(cells[i].strip()) if i < len(cells) else "")
            for name, i in index.items()
        }
        records.append(CsvRecord(line, values))
    errors.extend(RowError(line, "-", message) for line, message in split.failures)
    return CsvTable(tuple(records), tuple(errors))


def _columns(
    header: list[str],
    columns: Sequence[str],
    required: Sequence[str],
    aliases: Mapping[str, str],
    line: int,
) -> dict[str, int]:
    found: dict[str, int] = {}
    for position, cell in enumerate(header):
        key = " ".join(cell.split()).lower()
        if not key:
            continue  # Excel writes empty header cells for unused columns
        key = aliases.get(key, key)
        if key not in columns:
            raise CsvFileError(
                t("csv.unknown_column", line=line, name=cell.strip(), columns=",".join(columns))
            )
        if key in found:
            raise CsvFileError(t("csv.column_twice", line=line, name=cell.strip()))
        found[key] = position
    missing = [name for name in required if name not in found]
    if missing:
        raise CsvFileError(
            tn(
                "csv.missing_columns",
                len(missing),
                line=line,
                names=",".join(missing),
                columns=",".join(columns),
            )
        )
    return found
