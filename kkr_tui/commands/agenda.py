"""`kkr agenda MEETING_ID [--json]`: one meeting's readiness from the shell.

The same facts as the meeting screen: the derived dates with their reasons, the
checklist, what is missing, and the agenda items. `readiness` is "green", "amber" or
"red"; "none" when there is nothing left to watch (cancelled, minutes published, or a
held meeting of a series without public minutes). Reading never creates the database.
Exit 0; 2 for an unknown meeting id or an unusable database.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from kkr_tui.i18n import t

if TYPE_CHECKING:
    from kkr_tui.commands.context import Context

WIDTH = 80


def register(subparsers: Any, common: Any) -> None:
    parser = subparsers.add_parser(
        "agenda",
        help=t("help.agenda"),
        description=t("help.agenda.description"),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "meeting_id", type=int, metavar=t("help.metavar.meeting_id"), help=t("help.meeting_id")
    )
    parser.add_argument("--json", action="store_true", help=t("help.agenda.json"))
    common(parser)
    parser.set_defaults(run=run)


def run(context: Context, args: argparse.Namespace) -> int:
    from kkr_tui.commands.agenda_report import build_report, render_json, render_text
    from kkr_tui.commands.context import CommandError
    from kkr_tui.i18n import t

    store = context.open_existing()
    snap = store.snapshot()
    meeting = snap.find_meeting(args.meeting_id)
    if meeting is None:
        raise CommandError(t("cli.agenda.unknown", id=args.meeting_id))
    report = build_report(snap, meeting, context.clock.today())
    print(render_json(report) if args.json else render_text(report, WIDTH))
    return 0
