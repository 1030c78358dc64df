"""`kkr import members FILE.csv [--dry-run]`: register council members from a CSV file.

All or nothing: every row is checked first, and one bad row means nothing is saved
(errors as FILE:LINE: field: message, exit 2). Idempotent: a member already registered
(same council, name and municipality) is not added again.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from kkr_tui.commands.arguments import Common, add_command, add_import_file, import_kinds
from kkr_tui.commands.context import EXIT_OK, CommandError, Context
from kkr_tui.commands.importing import checked_or_refused, read_import_file

# One `kkr import` parser for every kind; kkr_tui.commands.meetings makes it (cheap import).
from kkr_tui.commands.members_csv import MemberPlan, describe, plan_import
from kkr_tui.domain.council_checks import council_warnings
from kkr_tui.domain.models import Council, Member
from kkr_tui.domain.text import printable
from kkr_tui.i18n import t
from kkr_tui.store import StoreError
from kkr_tui.store.seed import seed_councils


def register(subparsers: Any, common: Common) -> None:
    importer = add_command(
        import_kinds(subparsers, common),
        "members",
        "members.import.help",
        "members.import.description",
    )
    common(importer)
    add_import_file(importer, "members.import.file_help")
    importer.set_defaults(run=run_import)


def run_import(context: Context, args: argparse.Namespace) -> int:
    text = read_import_file(args.file)

    # Checked before anything is opened for writing, so a bad file creates nothing.
    if context.db_path.exists():
        snapshot = context.open_existing().snapshot()
        councils, existing = list(snapshot.councils), list(snapshot.members)
    else:
        councils, existing = seed_councils(), []
    plan = _checked(text, args.file, councils, existing)
    if args.dry_run:
        if not context.db_path.exists():
            print(t("members.import.no_db_yet", path=context.db_path))
        _report(plan, councils, existing, dry_run=True)
        return EXIT_OK

    store = context.open_or_create()
    try:
        # Checked again under the lock against the database as it is now (another
        # secretary may have registered members meanwhile); one atomic write.
        with store.transaction() as tx:
            councils, existing = tx.all(Council), tx.all(Member)
            plan = _checked(text, args.file, councils, existing)
            for planned in plan.new:
                tx.add(planned.member)
            for known in plan.known:
                updated = known.contact_update
                if updated is not None:
                    tx.update(updated)
    except StoreError as exc:
        raise CommandError(str(exc)) from None
    _report(plan, councils, existing, dry_run=False)
    return EXIT_OK


def _checked(
    text: str, file_name: str, councils: list[Council], existing: list[Member]
) -> MemberPlan:
    return checked_or_refused(file_name, lambda: plan_import(text, councils, existing))


def _report(
    plan: MemberPlan, councils: list[Council], existing: list[Member], *, dry_run: bool
) -> None:

    names = {c.slug: c.name for c in councils}
    for planned in plan.new:
        print(printable(f"+ {describe(planned.member, names[planned.member.council])}"))
    for known in plan.known:
        print(printable(f"= {describe(known.member, names[known.member.council])}"))
        if known.differences:
            print(f"  {t('members.import.differs', fields=', '.join(known.differences))}")
        if known.contact_update is not None:
            print(f"  {t('members.import.contact_updated')}")
    key = "members.import.would" if dry_run else "members.import.done"
    print(t(key, new=len(plan.new), known=len(plan.known)))
    # The dispatch skips members without an address: say so now, by name.
    updates = {k.stored.id: k.contact_update for k in plan.known if k.contact_update}
    result = [updates.get(m.id) or m for m in existing] + [p.member for p in plan.new]
    councils_in_file = {p.member.council for p in plan.new} | {k.member.council for k in plan.known}
    for member in result:
        if member.council in councils_in_file and not member.is_substitute and not member.email:
            line = t("members.import.no_email", council=names[member.council], name=member.name)
            print(printable(line), file=sys.stderr)
    # What the council looks like with the new members: contradictions are worth a word.
    after = [*existing, *(p.member for p in plan.new)]
    touched = {p.member.council for p in plan.new}
    for council in councils:
        if council.slug not in touched:
            continue
        for warning in council_warnings(council, after):
            line = t("members.import.warning", council=council.name, text=warning.text)
            print(printable(line), file=sys.stderr)
