"""Reading contacts from CSV: the file `kkr export csv contacts` writes, or one made by hand.

Header `name,title,organisation,unit,email,phone,councils` and optionally `secretariat`
(ja/nej). Danish header names (navn, titel, organisation, enhed, e-mail, telefon, råd,
sekretariat) are accepted too. The file is read as every import reads one
(kkr_tui.commands.csvfile: separator, encoding, line numbers). `councils`
holds space-separated council slugs (or names: "Sjælland"). Every bad field of every
row is collected, so one run shows all that must be fixed; nothing here writes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from kkr_tui.commands.csvfile import CsvFileError, CsvResult, RowError, parse, read_text
from kkr_tui.domain.errors import ValidationError
from kkr_tui.domain.models import Contact, Council
from kkr_tui.domain.text import fold, strip_controls
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
class ContactRow:
    line: int
    contact: Contact
    # False when the file has no secretariat column: an existing flag is then not judged.
    has_flag: bool


def council_lookup(councils: Iterable[Council]) -> dict[str, str]:
    lookup: dict[str, str] = {}
    for council in councils:
        lookup[fold(council.slug)] = council.slug
        lookup[fold(council.name.removeprefix("KKR "))] = council.slug
    return lookup


def read_contacts(text: str, councils: Iterable[Council]) -> CsvResult[ContactRow]:
    """Parse and validate every row; the result holds contacts or errors (often both)."""
    table = parse(text, COLUMNS, REQUIRED_COLUMNS, COLUMN_ALIASES)
    lookup = council_lookup(councils)
    rows: list[ContactRow] = []
    errors: list[RowError] = list(table.errors)
    by_email: dict[str, int] = {}
    by_name: dict[str, int] = {}
    for record in table.records:
        line = record.line
        values = {name: strip_controls(value).strip() for name, value in record.values.items()}
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
            rows.append(ContactRow(line, contact, "secretariat" in values))
    return CsvResult(tuple(rows), tuple(errors))


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


__all__ = ["CsvFileError", "CsvResult", "RowError", "read_contacts", "read_text"]
