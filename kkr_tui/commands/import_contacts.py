"""`kkr import contacts FILE.csv [--dry-run]`: add contacts from a spreadsheet.

The same rules as the other imports: all or nothing (one bad row and nothing is
saved; every error is printed as FILE:LINE: field: message, exit 2), idempotent (a
contact already there - same e-mail, or same name when the row has no e-mail - is
left as it is, and differences are reported rather than overwritten, because a
secretary may have corrected it in the app since), --dry-run shows what would happen.
"""

from __future__ import annotations

import argparse
from typing import Any

from kkr_tui.commands.arguments import Common, add_command, add_import_file, import_kinds
from kkr_tui.commands.contacts_csv import ContactRow, read_contacts
from kkr_tui.commands.context import EXIT_OK, CommandError, Context
from kkr_tui.commands.importing import checked_or_refused, read_import_file

# One `kkr import` parser for every kind; kkr_tui.commands.meetings makes it (cheap import).
from kkr_tui.domain.models import Contact, Council
from kkr_tui.domain.text import fold, printable
from kkr_tui.i18n import t, tn
from kkr_tui.store import StoreError
from kkr_tui.store.seed import seed_tables

_COMPARED = ("title", "organisation", "unit", "email", "phone", "councils")


def register(subparsers: Any, common: Common) -> None:
    importer = add_command(
        import_kinds(subparsers, common),
        "contacts",
        "help.import.contacts",
        "help.import.contacts.description",
        raw=True,
    )
    common(importer)
    add_import_file(importer, "help.import.contacts.file")
    importer.set_defaults(run=run_import)


def run_import(context: Context, args: argparse.Namespace) -> int:
    text = read_import_file(args.file)

    def check(councils: list[Council]) -> list[ContactRow]:
        result = checked_or_refused(args.file, lambda: read_contacts(text, councils))
        return list(result.rows)

    # Checked before anything is opened for writing, so a bad file creates nothing.
    if context.db_path.exists():
        snapshot = context.open_existing().snapshot()
        councils, existing = list(snapshot.councils), list(snapshot.contacts)
    else:
        # A new database would hold exactly the seed's councils and contacts.
        seed = seed_tables()
        councils = [Council.from_dict(d, int(i)) for i, d in seed["councils"].items()]
        existing = [Contact.from_dict(d, int(i)) for i, d in seed["contacts"].items()]
    new, known = split(check(councils), existing)
    if args.dry_run:
        if not context.db_path.exists():
            print(t("contacts.import.no_db_yet", path=context.db_path))
        _report(new, known, dry_run=True)
        return EXIT_OK

    store = context.open_or_create()
    try:
        # Checked again under the lock against the database as it is now (another
        # secretary may have added contacts meanwhile); one atomic write for all rows.
        with store.transaction() as tx:
            new, known = split(check(tx.all(Council)), tx.all(Contact))
            for row in new:
                tx.add(row.contact)
    except StoreError as exc:
        raise CommandError(str(exc)) from None
    _report(new, known, dry_run=False)
    return EXIT_OK


def split(
    rows: list[ContactRow], existing: list[Contact]
) -> tuple[list[ContactRow], list[tuple[ContactRow, Contact]]]:
    """The rows to add, and the rows that match a contact already in the database.

    A row with an e-mail matches the contact with that e-mail (in any case), else a
    contact of the same name that has no e-mail yet; a row without e-mail matches a
    contact of the same name.
    """

    by_email = {c.email.casefold(): c for c in existing if c.email}
    by_name: dict[str, Contact] = {}
    by_name_without_email: dict[str, Contact] = {}
    for contact in sorted(existing, key=lambda c: c.id):
        by_name.setdefault(fold(contact.name), contact)
        if not contact.email:
            by_name_without_email.setdefault(fold(contact.name), contact)
    new: list[ContactRow] = []
    known: list[tuple[ContactRow, Contact]] = []
    for row in rows:
        wanted = row.contact
        if wanted.email:
            match = by_email.get(wanted.email.casefold()) or by_name_without_email.get(
                fold(wanted.name)
            )
        else:
            match = by_name.get(fold(wanted.name))
        if match is None:
            new.append(row)
        else:
            known.append((row, match))
    return new, known


def differences(row: ContactRow, stored: Contact) -> list[str]:
    wanted = row.contact
    names = [name for name in _COMPARED if getattr(wanted, name) != getattr(stored, name)]
    if wanted.email and wanted.email.casefold() == stored.email.casefold():
        names = [n for n in names if n != "email"]  # the same address in another case
    if wanted.name != stored.name:
        names.insert(0, "name")
    if row.has_flag and wanted.secretariat != stored.secretariat:
        names.append("secretariat")
    return names


def _report(
    new: list[ContactRow], known: list[tuple[ContactRow, Contact]], *, dry_run: bool
) -> None:

    for row in new:
        print(f"+ {_contact_line(row.contact)}")
    for row, stored in known:
        print(f"= {_contact_line(row.contact)}")
        changed = differences(row, stored)
        if changed:
            print(f"  {t('contacts.import.differs', id=stored.id, fields=', '.join(changed))}")
    key = "contacts.import.would" if dry_run else "contacts.import.done"
    print(tn(key, len(new), known=len(known)))


def _contact_line(contact: Contact) -> str:
    line = printable(contact.name)
    if contact.email:
        line = f"{line} <{printable(contact.email)}>"
    if contact.councils:
        line = f"{line}  {' '.join(contact.councils)}"
    return line
