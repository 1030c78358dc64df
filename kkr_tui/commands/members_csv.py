"""Reading a member list from CSV and planning the import (no database writes here).

Header `council,name,municipality,party,role` (optionally `substitute_for`, `email`,
`phone`; Danish headers råd, navn, kommune, parti, rolle, suppleant for, e-mail,
telefon are accepted too). Every field
of every row is checked and every error collected, so one run shows all that must be
fixed. A member already registered (same council, name and municipality) is "known":
it is not added again, and only its e-mail address and phone are taken from the file
(when the file gives them): how a secretariat adds the addresses to a roster it has.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from kkr_tui.commands.csvfile import CsvRecord, Fields, RowError, parse, read_rows
from kkr_tui.domain.dispatch import address_problem
from kkr_tui.domain.errors import ValidationError
from kkr_tui.domain.membership import (
    clean,
    council_named,
    member_key,
    parse_role,
    resolve_municipality,
    resolve_substitute,
    role_words,
)
from kkr_tui.domain.models import Council, Member, Role
from kkr_tui.i18n import t

COLUMNS = ("council", "name", "municipality", "party", "role", "substitute_for", "email", "phone")
REQUIRED = ("council", "name", "municipality")
ALIASES = {
    "råd": "council",
    "raad": "council",
    "kkr": "council",
    "navn": "name",
    "kommune": "municipality",
    "parti": "party",
    "rolle": "role",
    "suppleant for": "substitute_for",
    "suppleant_for": "substitute_for",
    "substitute for": "substitute_for",
    "e-mail": "email",
    "mail": "email",
    "e-mailadresse": "email",
    "telefon": "phone",
    "tlf": "phone",
}


@dataclass(frozen=True)
class PlannedMember:
    line: int
    member: Member


@dataclass(frozen=True)
class KnownMember:
    line: int
    member: Member
    stored: Member

    @property
    def differences(self) -> list[str]:
        """The fields where the file says something else than the database."""
        fields = []
        if self.member.party != self.stored.party:
            fields.append(t("members.field.party"))
        if (self.member.role, self.member.mayor) != (self.stored.role, self.stored.mayor):
            fields.append(t("members.field.role"))
        if self.member.substitute_for != self.stored.substitute_for:
            fields.append(t("members.field.substitute_for"))
        return fields

    @property
    def contact_update(self) -> Member | None:
        """The stored member with the file's e-mail and phone, if the file changes them."""
        email = self.member.email or self.stored.email
        phone = self.member.phone or self.stored.phone
        if (email, phone) == (self.stored.email, self.stored.phone):
            return None
        return self.stored.with_changes(email=email, phone=phone)


@dataclass(frozen=True)
class MemberPlan:
    new: tuple[PlannedMember, ...]
    known: tuple[KnownMember, ...]
    errors: tuple[RowError, ...]


@dataclass(frozen=True)
class _Row:
    """A record whose own fields are valid; the substitute is resolved once all are read."""

    line: int
    council: Council
    name: str
    municipality: str
    party: str
    role: Role
    mayor: bool
    substitute_for: str
    email: str
    phone: str


def plan_import(text: str, councils: Sequence[Council], existing: Sequence[Member]) -> MemberPlan:
    """Check every row of `text` against the councils and the members already stored."""
    table = parse(text, COLUMNS, REQUIRED, ALIASES)
    rows, errors = read_rows(table, lambda record: _read_row(record, councils))
    stored = {member_key(m): m for m in existing}
    new: list[PlannedMember] = []
    known: list[KnownMember] = []
    seen: dict[tuple[str, str, str], int] = {}
    for row in rows:
        try:
            member = _member(row, rows, existing)
        except ValidationError as exc:
            errors.append(RowError(row.line, exc.field or "-", exc.message))
            continue
        key = member_key(member)
        if key in seen:
            errors.append(RowError(row.line, "name", t("members.import.twice", line=seen[key])))
            continue
        seen[key] = row.line
        if key in stored:
            known.append(KnownMember(row.line, member, stored[key]))
        else:
            new.append(PlannedMember(row.line, member))
    errors.sort(key=lambda e: e.line)
    return MemberPlan(tuple(new), tuple(known), tuple(errors))


def _read_row(record: CsvRecord, councils: Sequence[Council]) -> tuple[_Row | None, list[RowError]]:
    fields = Fields(record, REQUIRED, t("csv.empty"))
    council = fields.read("council", lambda text: council_named(text, councils))
    name = fields.read("name", clean)
    municipality = None
    if council is not None:
        municipality = fields.read(
            "municipality", lambda text: resolve_municipality(text, council, councils)
        )
    role = fields.read("role", parse_role)
    email = fields.read("email", _email)
    phone = fields.read("phone", _phone)
    if (
        council is None
        or not name
        or municipality is None
        or role is None
        or email is None
        or phone is None
    ):
        return None, fields.errors
    return (
        _Row(
            line=record.line,
            council=council,
            name=name,
            municipality=municipality,
            party=clean(record.get("party")),
            role=role[0],
            mayor=role[1],
            substitute_for=record.get("substitute_for"),
            email=email,
            phone=phone,
        ),
        fields.errors,
    )


def _email(text: str) -> str:
    address = clean(text)
    if address:
        problem = address_problem(address)
        if problem:
            raise ValidationError(problem, "email")
    return address


_PHONE_RE = re.compile(r"\+?[\d ]{8,20}")


def _phone(text: str) -> str:
    phone = clean(text)
    if phone and not _PHONE_RE.fullmatch(phone):
        raise ValidationError(t("members.import.bad_phone", text=phone), "phone")
    return phone


def _member(row: _Row, rows: Sequence[_Row], existing: Sequence[Member]) -> Member:
    """The row as a Member; a substitute may stand in for a member in the file or stored."""
    names = [m.name for m in existing if m.council == row.council.slug and not m.is_substitute]
    names += [
        r.name
        for r in rows
        if r.council.slug == row.council.slug and not clean(r.substitute_for) and r is not row
    ]
    substitute_for = resolve_substitute(row.substitute_for, row.council, names)
    return Member(
        council=row.council.slug,
        name=row.name,
        municipality=row.municipality,
        party=row.party,
        role=row.role,
        mayor=row.mayor,
        substitute_for=substitute_for,
        email=row.email,
        phone=row.phone,
    )


def describe(member: Member, council_name: str) -> str:
    """One line for the import report: council, name, municipality, party, role."""
    parts = [council_name, member.name, member.municipality, member.party or "-"]
    parts.append(role_words(member.role, member.mayor))
    if member.substitute_for:
        parts.append(f"{t('members.field.substitute_for')} {member.substitute_for}")
    if member.email:
        parts.append(member.email)
    return "  ".join(parts)
