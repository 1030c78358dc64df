"""`kkr status`: is anything late? For cron jobs, monitoring scripts and a quick look.

Only argparse is imported at the top: every `kkr` call registers this module, and the
status path itself has a start-up budget (BENCHMARKS.md). It reads and never writes:
a missing database is an error (exit 2), not an empty one that reports "all fine".
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING

from kkr_tui.domain.status_report import DEFAULT_DAYS

if TYPE_CHECKING:
    from kkr_tui.commands.context import Context

EPILOG = """\
Afslutningskoder (exit codes):
  0  intet er overskredet (nothing overdue)
  1  mindst én frist er overskredet (something overdue)
  2  brugs- eller datafejl: ukendt tilvalg eller råd, databasefilen eller
     dens mappe findes ikke, filen er beskadiget eller kan ikke læses;
     meddelelsen nævner stien (usage or data error; the message names the path)

Farve kun i en terminal og aldrig med NO_COLOR; tilstanden står altid med
ord (RØD/GUL/GRØN). --json giver en fast struktur, beskrevet i README
under "kkr status".
Til cron:  kkr status --db /srv/kkr/kkr.json >/dev/null || echo forsinket
"""


def _days(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' er ikke et helt tal") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"'{text}' er negativt; brug 0 eller mere")
    return value


def register(
    subparsers: argparse._SubParsersAction,  # type: ignore[type-arg]
    common: Callable[[argparse.ArgumentParser], None],
) -> None:
    parser = subparsers.add_parser(
        "status",
        help="overskredne og kommende frister, næste møde pr. råd (til scripts og cron)",
        description=(
            "Næste møde og parathed for hvert råd, og alt der er overskredet eller har\n"
            "frist inden for N arbejdsdage. Læser kun; opretter aldrig en database."
        ),
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    common(parser)
    parser.add_argument(
        "--council",
        metavar="RÅD",
        action="append",
        help="kun dette råd (kan gentages), fx nordjylland eller 'KKR Sjælland'",
    )
    parser.add_argument(
        "--days",
        type=_days,
        default=DEFAULT_DAYS,
        metavar="N",
        help=f"vis frister inden for N arbejdsdage (standard {DEFAULT_DAYS})",
    )
    parser.add_argument("--json", action="store_true", help="skriv JSON i stedet for tekst")
    parser.set_defaults(run=run)


def run(context: Context, args: argparse.Namespace) -> int:
    import sys

    from kkr_tui.commands.context import CommandError
    from kkr_tui.commands.councils import council_slugs
    from kkr_tui.commands.status_output import exit_code_of, render_json, render_text
    from kkr_tui.commands.terminal import colour_wanted
    from kkr_tui.domain.errors import DomainError
    from kkr_tui.domain.status_report import build_status_report
    from kkr_tui.store import StoreError

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
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return exit_code_of(report)
