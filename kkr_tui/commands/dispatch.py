"""`kkr dispatch MEETING_ID`: send the agenda by e-mail, one message per recipient.

What is sent, to whom and how is kkr_tui.mail.dispatching's; this module reads the
options, prints the plan, asks before skipping an invalid address, and prints the
result. Exit 0 when every recipient has the message (nothing to send is also 0); 1
when some did not get it (refused, connection lost: a rerun continues with the rest);
2 for bad input (unknown meeting, an unusable KKR_SMTP_URL, a reason needed).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from kkr_tui.commands.arguments import Common, add_command, add_meeting_id
from kkr_tui.commands.context import CommandError, Context
from kkr_tui.domain.dispatch import Audience
from kkr_tui.domain.text import printable
from kkr_tui.domain.user import current_user
from kkr_tui.i18n import t
from kkr_tui.mail.compose import subject_for
from kkr_tui.mail.config import MailConfigError
from kkr_tui.mail.dispatching import (
    DispatchError,
    DispatchJob,
    check_marking,
    messages,
    prepare_dispatch,
    reasons_needed,
    run_dispatch,
)
from kkr_tui.mail.sending import BatchReport, wall_clock
from kkr_tui.mail.transport import Transport, open_transport


def register(subparsers: Any, common: Common) -> None:
    parser = add_command(
        subparsers,
        "dispatch",
        "help.dispatch",
        "help.dispatch.description",
        epilog_key="help.dispatch.epilog",
        raw=True,
    )
    add_meeting_id(parser)
    parser.add_argument("--dry-run", action="store_true", help=t("help.dispatch.dry_run"))
    parser.add_argument(
        "--to",
        choices=("members", "secretariat", "all"),
        default="all",
        help=t("help.dispatch.to"),
    )
    parser.add_argument("--resend", action="store_true", help=t("help.dispatch.resend"))
    parser.add_argument(
        "--reason",
        default="",
        metavar=t("help.metavar.text"),
        help=t("help.dispatch.reason"),
    )
    parser.add_argument("--yes", action="store_true", help=t("help.dispatch.yes"))
    common(parser)
    parser.set_defaults(run=run)


def run(context: Context, args: argparse.Namespace) -> int:
    store = context.open_existing() if args.dry_run else context.open_writable()
    today = context.clock.today()
    try:
        job = prepare_dispatch(
            store, args.meeting_id, audience=Audience(args.to), resend=args.resend
        )
        transport = open_transport(store.path, store.snapshot().settings.smtp_url)
        needed = [] if job.nothing_to_send else reasons_needed(store.snapshot(), job, today=today)
        if needed and not args.dry_run:
            check_marking(
                store.snapshot(), job, today=today, user=current_user(), reason=args.reason
            )
    except (DispatchError, MailConfigError) as exc:
        raise CommandError(str(exc)) from None
    _print_plan(job, transport)
    if needed and not args.reason:
        print(t("mail.cli.warning", text=t("mail.reason_wanted", why="; ".join(needed))))
    if job.nothing_to_send:
        return 0
    if args.dry_run:
        print(t("mail.cli.dry_run"))
        return 0
    if job.plan.has_invalid and not args.yes and not _confirm():
        print(t("mail.cli.stopped"))
        return 2
    return _send(context, job, transport, reason=args.reason)


def _print_plan(job: DispatchJob, transport: Transport) -> None:
    print(printable(subject_for(job.purpose, job.text)))
    print(t("mail.cli.via", where=printable(transport.description)))
    if job.continuing:
        print(t("mail.cli.continuing"))
    for problem in job.plan.problems:
        print(t("mail.cli.warning", text=printable(problem.text)))
    if job.already:
        print(t("mail.cli.already", count=len(job.already)))
        if job.continuing:  # the log says who has it: the rerun sends to the others
            for recipient in job.already:
                print(f"  ✓ {printable(recipient.name)} <{printable(recipient.address)}>")
    if job.nothing_to_send:
        print(t("mail.cli.nothing"))
        return
    print(t("mail.cli.recipients", count=len(job.pending)))
    outgoing = messages(job, wall_clock())
    for entry in outgoing:
        size = len(entry.message.as_bytes())
        print(
            "  "
            + t(
                "mail.cli.recipient",
                name=printable(entry.recipient.name),
                address=printable(entry.recipient.address),
                kind=t(f"mail.kind.{entry.recipient.kind.value}"),
                size=_kb(size),
            )
        )
    for attachment in job.attachments:
        print(t("mail.cli.attachment", name=attachment.filename, size=_kb(len(attachment.content))))


def _kb(size: int) -> str:
    return f"{max(1, round(size / 1024))} kB"


def _confirm() -> bool:
    if not sys.stdin.isatty():
        print(t("mail.cli.invalid_needs_yes"), file=sys.stderr)
        return False
    answer = input(t("mail.cli.confirm"))
    return answer.strip().lower() in ("j", "ja", "y", "yes")


def _send(context: Context, job: DispatchJob, transport: Transport, *, reason: str) -> int:
    store = context.open_writable()
    report = run_dispatch(
        store,
        job,
        transport,
        today=context.clock.today(),
        now=wall_clock,
        user=current_user(),
        reason=reason,
    )
    print_sent(report)
    if report.stopped:
        print(t("mail.cli.stopped_by", why=printable(report.stopped)))
    if not report.complete:
        print(t("mail.cli.incomplete"))
        return 1
    print(t("mail.cli.marked"))
    return 0


def print_sent(report: BatchReport) -> None:
    """How many were sent, and each recipient the server refused and why (also for
    `kkr remind`)."""
    print(t("mail.cli.sent", count=len(report.sent)))
    for recipient, why in report.refused:
        print(t("mail.cli.refused", name=printable(recipient.name), why=printable(why)))
