"""`kkr status`: is anything late? For cron jobs, monitoring scripts and a quick look.

It has a start-up budget (stated in kkr_tui/cli.py). It reads and never writes:
a missing database is an error (exit 2), not an empty one that reports "all fine".
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from kkr_tui.commands.arguments import Common, days
from kkr_tui.commands.context import CommandError, Context
from kkr_tui.commands.councils import council_slugs
from kkr_tui.commands.status_output import exit_code_of, render_json, render_text
from kkr_tui.commands.terminal import colour_wanted
from kkr_tui.domain.errors import DomainError
from kkr_tui.domain.status_report import DEFAULT_DAYS, build_status_report
from kkr_tui.i18n import t
from kkr_tui.store import StoreError


def register(subparsers: Any, common: Common) -> None:
    parser = subparsers.add_parser(
        "status",
        help=t("help.status"),
        description=t("help.status.description"),
        epilog=t("help.status.epilog"),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    common(parser)
    parser.add_argument(
        "--council",
        metavar=t("help.metavar.council"),
        action="append",
        help=t("help.council_repeat"),
    )
    parser.add_argument(
        "--days",
        type=days,
        default=DEFAULT_DAYS,
        metavar="N",
        help=t("help.status.days", default=DEFAULT_DAYS),
    )
    parser.add_argument("--json", action="store_true", help=t("help.status.json"))
    parser.set_defaults(run=run)


def run(context: Context, args: argparse.Namespace) -> int:
    today = context.clock.today()
    # Records are validated as read, and only what can still be open is read (see
    # Store.active_snapshot): 20 years of finished meetings cost no parsing.
    store = context.open_existing(validate_all=False)
    try:
        snapshot = store.active_snapshot(today)
    except StoreError as exc:
        raise CommandError(str(exc)) from None
    councils = council_slugs(args.council, snapshot.councils) if args.council else None
    try:
        report = build_status_report(snapshot, today, days=args.days, councils=councils)
    except DomainError as exc:
        # E.g. an extra closed day in the settings that is not a date: bad data.
        raise CommandError(f"{store.path}: {exc}") from None
    if args.json:
        output = render_json(report)
    else:
        output = render_text(report, colour=colour_wanted(sys.stdout))
    try:
        sys.stdout.write(output)
        sys.stdout.flush()
    except BrokenPipeError:
        # `kkr status | head -1`: the reader left, but the answer is still the exit code.
        # Point stdout at /dev/null so the flush at exit does not fail a second time.

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return exit_code_of(report)
