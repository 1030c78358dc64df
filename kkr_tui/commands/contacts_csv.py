"""Reading contacts from CSV: the file `kkr export csv contacts` writes, or one made by hand.

Header `name,title,organisation,unit,email,phone,councils` and optionally `secretariat`
(ja/nej). Danish header names (navn, titel, organisation, enhed, e-mail, telefon, råd,
sekretariat) are accepted too. Comma or semicolon separated, found from the header line;
a leading Excel `sep=;` line is honoured. UTF-8 with or without BOM; a file that is not
UTF-8 is read as Windows-1252 (Danish Excel's "CSV (semikolonsepareret)"). `councils`
holds space-separated council slugs (or names: "Sjælland"). Every bad field of every
row is collected, so one run shows all that must be fixed; nothing here writes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from kkr_tui.commands.csvfile import CsvFileError, decode, split_rows
from kkr_tui.domain.errors import ValidationError
from kkr_tui.domain.models import Contact, Council
from kkr_tui.domain.text import fold, from_spreadsheet_cell, strip_controls
from kkr_tui.i18n import t

COLUMNS = ("name", "title", "organisation", "unit", "email", "phone", "councils", "secretariat")
REQUIRED_COLUMNS = ("name",)
COLUMN_ALIASES = {
    "navn": "name",
    "titel": "title",
    "stilling": "title",
    "organisation": "organisation",
    "organization": "organisation",
    "enhed": "unit",
    "e-mail": "email",
    "mail": "email",
    "telefon": "phone",
    "tlf": "phone",
    "råd": "councils",
    "raad": "councils",
    "council": "councils",
    "sekretariat": "secretariat",
}
_YES = {"ja", "j", "yes", "y", "true", "1", "x"}
_NO = {"nej", "n", "no", "false", "0", ""}


@dataclass(frozen=True)
class RowError:
    line: int
    field: str
    message: str

    def render(self, file_name: str) -> str:
        return f"{file_name}:{self.line}: {self.field}: {self.message}"


@dataclass(frozen=True)
class ContactRow:
    line: int
    contact: Contact
    # False when the file has no secretariat column: an existing flag is then not judged.
    has_flag: bool


@dataclass(frozen=True)
class CsvResult:
    rows: tuple[ContactRow, ...]
    errors: tuple[RowError, ...]


def read_text(path: Path) -> str:
    if path.is_dir():
        raise CsvFileError(t("contacts.import.is_dir", path=path))
    try:
        return decode(path.read_bytes(), path)
    except FileNotFoundError:
        raise CsvFileError(t("contacts.import.missing", path=path)) from None
    except PermissionError:
        raise CsvFileError(t("contacts.import.unreadable", path=path)) from None


def council_lookup(councils: Iterable[Council]) -> dict[str, str]:
    lookup: dict[str, str] = {}
    for council in councils:
        lookup[fold(council.slug)] = council.slug
        lookup[fold(council.name.removeprefix("KKR "))] = council.slug
    return lookup


def read_contacts(text: str, councils: Iterable[Council]) -> CsvResult:
    """Parse and validate every row; the result holds contacts or errors (often both)."""
    split = split_rows(text)
    header = split.header
    if header is None:
        raise CsvFileError(t("contacts.import.no_header", columns=",".join(COLUMNS[:-1])))
    columns = _columns(header, split.header_line)
    lookup = council_lookup(councils)
    rows: list[ContactRow] = []
    errors: list[RowError] = []
    by_email: dict[str, int] = {}
    by_name: dict[str, int] = {}
    for line, cells in split.rows:
        if any(cell.strip() for cell in cells[len(header) :]):
            message = t("contacts.import.too_many", count=len(cells), width=len(header))
            errors.append(RowError(line, "-", message))
            continue
        values = {
            name: _cell(cells[index]) if index < len(cells) else ""
            for name, index in columns.items()
        }
        contact, row_errors = _contact(values, lookup, line)
        if contact is not None:
            if contact.email:
                key = contact.email.casefold()
                if key in by_email:
                    message = t("contacts.import.twice_email", line=by_email[key])
                    row_errors.append(RowError(line, "email", message))
                by_email.setdefault(key, line)
            else:
                key = fold(contact.name)
                if key in by_name:
                    message = t("contacts.import.twice_name", line=by_name[key])
                    row_errors.append(RowError(line, "name", message))
                by_name.setdefault(key, line)
        if row_errors:
            errors.extend(row_errors)
        elif contact is not None:
            rows.append(ContactRow(line, contact, "secretariat" in columns))
    errors.extend(RowError(line, "-", message) for line, message in split.failures)
    return CsvResult(tuple(rows), tuple(errors))


def _cell(raw: str) -> str:
    return from_spreadsheet_cell(strip_controls(raw).strip())


def _columns(header: list[str], line: int) -> dict[str, int]:
    columns: dict[str, int] = {}
    for index, raw in enumerate(header):
        key = raw.strip().lower()
        if not key:
            continue  # Excel writes empty header cells for unused columns
        key = COLUMN_ALIASES.get(key, key)
        if key not in COLUMNS:
            raise CsvFileError(
                t("contacts.import.unknown_column", line=line, name=raw, columns=",".join(COLUMNS))
            )
        if key in columns:
            raise CsvFileError(t("contacts.import.column_twice", line=line, name=raw))
        columns[key] = index
    missing = [name for name in REQUIRED_COLUMNS if name not in columns]
    if missing:
        raise CsvFileError(
            t(
                "contacts.import.missing_columns",
                line=line,
                names=",".join(missing),
                columns=",".join(COLUMNS),
            )
        )
    return columns


def _contact(
    values: dict[str, str], lookup: dict[str, str], line: int
) -> tuple[Contact | None, list[RowError]]:
    errors: list[RowError] = []
    if not values.get("name"):
        errors.append(RowError(line, "name", t("contacts.import.empty")))
    slugs: list[str] = []
    for token in values.get("councils", "").replace(",", " ").split():
        slug = lookup.get(fold(token))
        if slug is None:
            known = ", ".join(sorted(set(lookup.values())))
            message = t("export.unknown_council", slug=token, known=known)
            errors.append(RowError(line, "councils", message))
        elif slug not in slugs:
            slugs.append(slug)
    flag = values.get("secretariat", "").lower()
    if flag not in _YES and flag not in _NO:
        text = values.get("secretariat", "")
        errors.append(RowError(line, "secretariat", t("contacts.import.bad_flag", text=text)))
    # Each checked field on its own (by the model's own rules), so a row with a bad
    # e-mail and a bad phone number reports both.
    checks: dict[str, Callable[[str], Contact]] = {
        "email": lambda text: Contact(name="-", email=text),
        "phone": lambda text: Contact(name="-", phone=text),
    }
    for name, check in checks.items():
        if values.get(name):
            try:
                check(values[name])
            except ValidationError as exc:
                errors.append(RowError(line, name, exc.message))
    if errors:
        return None, errors
    try:
        contact = Contact(
            name=values["name"],
            title=values.get("title", ""),
            organisation=values.get("organisation", ""),
            unit=values.get("unit", ""),
            email=values.get("email", ""),
            phone=values.get("phone", ""),
            councils=tuple(slugs),
            secretariat=flag in _YES,
        )
    except ValidationError as exc:
        return None, [RowError(line, exc.field or "-", exc.message)]
    return contact, []
