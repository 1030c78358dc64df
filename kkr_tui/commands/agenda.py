"""`kkr agenda MEETING_ID [--json]`: one meeting's readiness from the shell.

The same facts as the meeting screen: the derived dates with their reasons, the
checklist, what is missing, and the agenda items. `readiness` is "green", "amber" or
"red"; "none" when there is nothing left to watch (cancelled, minutes published, or a
held meeting of a series without public minutes). Reading never creates the database.
Exit 0; 2 for an unknown meeting id or an unusable database.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from kkr_tui.commands.agenda_report import build_report, render_json, render_text
from kkr_tui.commands.arguments import Common, add_command, add_meeting_id
from kkr_tui.commands.context import CommandError, Context
from kkr_tui.domain.agenda_content import FRAMED_SERIES
from kkr_tui.domain.errors import DomainError
from kkr_tui.i18n import t
from kkr_tui.store.errors import StoreError
from kkr_tui.store.item_content import give_frame

WIDTH = 80


def register(subparsers: Any, common: Common) -> None:
    parser = add_command(subparsers, "agenda", "help.agenda", "help.agenda.description", raw=True)
    add_meeting_id(parser)
    parser.add_argument("--json", action="store_true", help=t("help.agenda.json"))
    parser.add_argument("--frame", action="store_true", help=t("help.agenda.frame"))
    common(parser)
    parser.set_defaults(run=run)


def run(context: Context, args: argparse.Namespace) -> int:
    store = context.open_existing()
    snap = store.snapshot()
    meeting = snap.find_meeting(args.meeting_id)
    if meeting is None:
        raise CommandError(t("cli.agenda.unknown", id=args.meeting_id))
    if args.frame:
        _give_frame(context, meeting.id)
        snap = store.snapshot()
        meeting = snap.find_meeting(args.meeting_id) or meeting
    report = build_report(snap, meeting, context.clock.today())
    print(render_json(report) if args.json else render_text(report, WIDTH))
    return 0


def _give_frame(context: Context, meeting_id: int) -> None:
    """--frame: the standard items, said on stderr so --json stays pure."""

    store = context.open_existing()
    meeting = store.snapshot().find_meeting(meeting_id)
    if meeting is not None and meeting.series not in FRAMED_SERIES:
        series = t(f"series.{meeting.series.value}")
        raise CommandError(t("doc.frame.no_frame", series=series))
    try:
        with store.transaction() as tx:
            added = give_frame(tx, meeting_id)
    except (StoreError, DomainError) as exc:
        raise CommandError(str(exc)) from None
    key = "doc.frame.added" if added else "doc.frame.nothing"
    print(t(key, count=len(added)), file=sys.stderr)
