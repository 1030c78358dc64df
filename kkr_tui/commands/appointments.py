"""`kkr import appointments FILE.csv [--dry-run]` and
`kkr appointments [--council SLUG] [--vacant] [--json]`.

The import is all or nothing (errors as FILE:LINE: field: message, exit 2) and
idempotent. The listing shows every seat as of today (the clock): its holder and
substitute, or that it is vacant and since when; a holder who has left the council is
flagged.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

import pendulum

from kkr_tui.commands.appointments_csv import AppointmentPlan, Stored, apply_plan, plan_import
from kkr_tui.commands.arguments import Common, add_command, add_import_file, import_kinds
from kkr_tui.commands.context import EXIT_OK, CommandError, Context
from kkr_tui.commands.councils import council_lookup
from kkr_tui.commands.importing import checked_or_refused, read_import_file
from kkr_tui.commands.meetings_csv import resolve_council
from kkr_tui.commands.terminal import fit
from kkr_tui.domain.appointments import Appointment, Body
from kkr_tui.domain.errors import ValidationError
from kkr_tui.domain.formatting import format_day
from kkr_tui.domain.models import AgendaItem, Council, Meeting, Member
from kkr_tui.domain.text import json_for_terminal, printable
from kkr_tui.domain.vacancies import body_vacancies, holder_left, holders_on
from kkr_tui.exports.appointments import ordered_bodies
from kkr_tui.i18n import t, tn
from kkr_tui.store import Snapshot, StoreError


def register(subparsers: Any, common: Common) -> None:
    importer = add_command(
        import_kinds(subparsers, common),
        "appointments",
        "appointments.import.help",
        "appointments.import.description",
    )
    common(importer)
    add_import_file(importer, "appointments.import.file_help")
    importer.set_defaults(run=run_import)

    listing = add_command(
        subparsers, "appointments", "appointments.list.help", "appointments.list.description"
    )
    common(listing)
    listing.add_argument(
        "--council", metavar=t("help.metavar.council"), help=t("appointments.list.council_help")
    )
    listing.add_argument("--vacant", action="store_true", help=t("appointments.list.vacant_help"))
    listing.add_argument("--json", action="store_true", help=t("appointments.list.json_help"))
    listing.set_defaults(run=run_list)


# --- kkr import appointments -------------------------------------------------------------


def run_import(context: Context, args: argparse.Namespace) -> int:
    text = read_import_file(args.file)
    if not context.db_path.exists():
        # Members must be registered before they can hold a seat: nothing to check against.
        raise CommandError(t("appointments.import.no_db", path=context.db_path))
    snapshot = context.open_existing().snapshot()
    plan = _checked(text, args.file, _stored_of(snapshot))
    if args.dry_run:
        _report(plan, dry_run=True)
        return EXIT_OK
    store = context.open_or_create()
    try:
        # Checked again under the lock against the database as it is now; one write.
        with store.transaction() as tx:
            items = tx.all(AgendaItem)
            stored = Stored(
                councils=tx.all(Council),
                members=tx.all(Member),
                meetings=tx.all(Meeting),
                items_of=lambda meeting_id: [i for i in items if i.meeting_id == meeting_id],
                bodies=tx.all(Body),
                appointments=tx.all(Appointment),
            )
            plan = _checked(text, args.file, stored)
            apply_plan(plan, tx)
    except StoreError as exc:
        raise CommandError(str(exc)) from None
    _report(plan, dry_run=False)
    return EXIT_OK


def _stored_of(snapshot: Snapshot) -> Stored:
    return Stored(
        councils=snapshot.councils,
        members=snapshot.members,
        meetings=snapshot.all_meetings(),
        items_of=snapshot.items_for,
        bodies=snapshot.bodies,
        appointments=snapshot.appointments,
    )


def _checked(text: str, file_name: str, stored: Stored) -> AppointmentPlan:
    return checked_or_refused(file_name, lambda: plan_import(text, stored))


def _report(plan: AppointmentPlan, *, dry_run: bool) -> None:
    for planned in plan.new:
        a = planned.appointment
        body = plan.body(a.body_id)
        print(printable(f"+ {a.council}  {body.name}  {a.seat}  {a.holder}"))
    key = "appointments.import.would" if dry_run else "appointments.import.done"
    new_bodies = sum(1 for b in plan.bodies if b.id < 0)
    print(
        t(
            key,
            new=tn("appointments.import.n", len(plan.new)),
            known=len(plan.known),
            bodies=tn("appointments.import.bodies", new_bodies),
            vacant=plan.vacant_rows,
        )
    )


# --- kkr appointments ----------------------------------------------------------------------


def run_list(context: Context, args: argparse.Namespace) -> int:
    snapshot = context.open_existing().snapshot()
    council = None
    if args.council is not None:
        try:
            council = resolve_council(args.council, council_lookup(snapshot.councils))
        except ValidationError as exc:
            raise CommandError(f"--council: {exc.message}") from None
    today = context.clock.today()
    rows = seat_rows(snapshot, today, council, vacant_only=args.vacant)
    if args.json:
        print(json_for_terminal(json.dumps(rows, ensure_ascii=False, indent=2)))
    else:
        for line in seat_table(rows, snapshot):
            print(line)
    return EXIT_OK


def seat_rows(
    snapshot: Snapshot, today: pendulum.Date, council: str | None, *, vacant_only: bool
) -> list[dict[str, Any]]:
    """Every seat of every body (of `council`) on `today`, as stable JSON objects."""

    out: list[dict[str, Any]] = []
    members = snapshot.members
    for body in ordered_bodies(snapshot.bodies, (council,) if council else ()):
        held = holders_on(body, snapshot.appointments, today)
        vacant = {v.seat: v for v in body_vacancies(body, snapshot.appointments, today)}
        for seat in range(1, body.seats + 1):
            a = held.get(seat)
            if a is not None and council is not None and a.council != council:
                continue  # a seat another council fills
            if vacant_only and seat not in vacant:
                continue
            v = vacant.get(seat)
            out.append(
                {
                    "council": a.council if a else (v.council if v else body.councils[0]),
                    "body": body.name,
                    "body_id": body.id,
                    "seat": seat,
                    "holder": a.holder if a else None,
                    "municipality": a.municipality if a else None,
                    "substitute": a.substitute if a else None,
                    "state": a.state.value if a else None,
                    "start": a.start.isoformat() if a else None,
                    "end": a.end.isoformat() if a and a.end else None,
                    "left_council": holder_left(a, members) if a else False,
                    "meeting_id": a.meeting_id or None if a else None,
                    "item_id": a.item_id or None if a else None,
                    "vacant": v is not None,
                    "vacant_since": v.since.isoformat() if v else None,
                    "vacant_days": v.age_days if v else None,
                }
            )
    return out


def seat_table(rows: list[dict[str, Any]], snapshot: Snapshot) -> list[str]:
    """Body by body within 80 columns: seat, holder (municipality), substitute."""

    if not rows:
        return [t("appointments.list.none")]
    names = {c.slug: c.name for c in snapshot.councils}
    out: list[str] = []
    current = None
    for row in rows:
        if row["body_id"] != current:
            current = row["body_id"]
            out.append(fit(printable(f"{row['body']} ({names.get(row['council'], '')})")))
        if row["vacant"]:
            since = format_day(pendulum.Date.fromisoformat(row["vacant_since"]))
            text = t("appointments.list.vacant_line", since=since, days=row["vacant_days"])
        else:
            who = row["holder"]
            if row["municipality"]:
                who += f" ({row['municipality']})"
            if row["left_council"]:
                who += " " + t("appointments.list.left_mark")
            text = who
            if row["substitute"]:
                text += " · " + t("appointments.list.substitute", name=row["substitute"])
            if row["state"] != "udpeget":
                text += f" · {t('appointments.state.' + row['state'])}"
        out.append(fit(printable(f"  {row['seat']:>2}  {text}")))
    vacant = sum(1 for r in rows if r["vacant"])
    out.append(t("appointments.list.count", seats=len(rows), vacant=vacant))
    return out
