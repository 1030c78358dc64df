"""`kkr remind [--days N] [--dry-run]`: remind case officers of material due, for cron.

One message per responsible person (a contact's e-mail) listing their items whose
material deadline is within N working days (default 3), today or passed; at most one
reminder per person per item per day, however often it runs. Exit codes as `kkr
status`: 0 nothing overdue, 1 something overdue, 2 usage or data error.
"""

from __future__ import annotations

import argparse
from typing import Any

from kkr_tui.commands.arguments import Common, add_command, days
from kkr_tui.commands.context import EXIT_OK, EXIT_OVERDUE, CommandError, Context
from kkr_tui.commands.dispatch import print_sent
from kkr_tui.domain.text import printable
from kkr_tui.i18n import t, tn
from kkr_tui.mail.config import MailConfigError
from kkr_tui.mail.dispatching import DispatchError
from kkr_tui.mail.reminding import prepare_reminders, send_reminders
from kkr_tui.mail.sending import wall_clock
from kkr_tui.mail.transport import open_transport


def register(subparsers: Any, common: Common) -> None:
    parser = add_command(
        subparsers,
        "remind",
        "help.remind",
        "help.remind.description",
        epilog_key="help.remind.epilog",
        raw=True,
    )
    parser.add_argument(
        "--days", type=days, default=3, metavar="N", help=t("help.remind.days", default=3)
    )
    parser.add_argument("--dry-run", action="store_true", help=t("help.remind.dry_run"))
    common(parser)
    parser.set_defaults(run=run)


def run(context: Context, args: argparse.Namespace) -> int:
    store = context.open_existing() if args.dry_run else context.open_writable()
    today = context.clock.today()
    try:
        job = prepare_reminders(store, today, args.days)
        transport = open_transport(store.path, store.snapshot().settings.smtp_url)
    except (DispatchError, MailConfigError) as exc:
        raise CommandError(str(exc)) from None
    exit_code = EXIT_OVERDUE if job.plan.overdue else EXIT_OK
    print(t("remind.via", where=printable(transport.description)))
    for problem in job.plan.problems:
        print(t("mail.cli.warning", text=printable(problem)))
    for reminder in job.plan.reminders:
        items = job.pending.get(reminder.recipient.key, ())
        who = f"{reminder.recipient.name} <{reminder.recipient.address}>"
        if not items:
            print(printable(t("remind.already", who=who)))
            continue
        print(printable(tn("remind.to", len(items), who=who)))
        for entry in items:
            print(printable(f"  - {entry.line}"))
    if job.nothing_to_send or args.dry_run:
        print(t("mail.cli.dry_run") if args.dry_run else t("mail.cli.nothing"))
        return exit_code
    report = send_reminders(store, job, transport, today=today, now=wall_clock)
    print_sent(report)
    if report.stopped:
        raise CommandError(report.stopped)
    return exit_code
