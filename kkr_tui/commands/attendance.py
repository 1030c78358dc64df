"""`kkr attendance MEETING_ID [--absent NAME [--substitute NAME]]`: afbud before the meeting.

Without --absent it lists the afbud registered. With it, the member's afbud is saved
(from the day the invitation went out); --substitute calls in who comes instead. The
substitute registered for the member (the deputy mayor, stedfortræder, for a mayor) is
suggested. Exit 0; 2 for bad input (unknown meeting or member, too early).
"""

from __future__ import annotations

import argparse
from typing import Any

from kkr_tui.commands.arguments import Common, add_command, add_meeting_id
from kkr_tui.commands.context import CommandError, Context
from kkr_tui.domain.attendance import (
    Attendance,
    Presence,
    afbud_summary,
    called_to,
    read_attendance,
    substitute_word,
    suggested_substitute,
    with_attendance,
)
from kkr_tui.domain.errors import ValidationError
from kkr_tui.domain.models import Meeting, Member
from kkr_tui.domain.names import caseless
from kkr_tui.domain.text import printable
from kkr_tui.i18n import t
from kkr_tui.store import StoreError


def register(subparsers: Any, common: Common) -> None:
    parser = add_command(subparsers, "attendance", "help.absence", "help.absence.description")
    add_meeting_id(parser)
    parser.add_argument("--absent", metavar=t("help.metavar.name"), help=t("help.absence.absent"))
    parser.add_argument(
        "--substitute", metavar=t("help.metavar.name"), help=t("help.absence.substitute")
    )
    common(parser)
    parser.set_defaults(run=run)


def run(context: Context, args: argparse.Namespace) -> int:
    if args.substitute and not args.absent:
        raise CommandError(t("afbud.substitute_needs_absent"))
    store = context.open_writable() if args.absent else context.open_existing()
    snapshot = store.snapshot()
    meeting = snapshot.find_meeting(args.meeting_id)
    if meeting is None:
        raise CommandError(t("mail.unknown_meeting", id=args.meeting_id))
    members = snapshot.members_of(meeting.council)
    council = snapshot.council(meeting.council).name
    if args.absent:
        called = called_to(meeting, snapshot.members)
        member = _member(called, args.absent)
        if member is None:
            known = ", ".join(m.name for m in called)
            # A member of the council who is not called (a formandskab meeting calls
            # the formandskab) is told so, not that they are no member.
            key = "afbud.not_called" if _member(members, args.absent) else "afbud.unknown_member"
            raise CommandError(t(key, name=printable(args.absent), council=council, known=known))
        substitute = " ".join(str(args.substitute or "").split())
        if substitute:
            entry = Attendance(Presence.SUBSTITUTE, substitute)
        else:
            entry = Attendance(Presence.ABSENT)
        try:
            with store.transaction() as tx:
                current = tx.get(Meeting, meeting.id)
                if current is None:
                    raise CommandError(t("mail.unknown_meeting", id=meeting.id))
                changed = with_attendance(
                    current, {str(member.id): entry}, today=context.clock.today()
                )
                meeting = tx.update(changed)
        except ValidationError as exc:
            raise CommandError(exc.message) from None
        except StoreError as exc:
            raise CommandError(str(exc)) from None
        word = substitute_word(member)
        if substitute:
            print(
                printable(t("afbud.called_in", name=member.name, word=word, substitute=substitute))
            )
            if meeting.mail_round > 0:
                print(printable(t("afbud.send_hint", id=meeting.id, substitute=substitute)))
        else:
            print(printable(t("afbud.registered", name=member.name)))
            suggestion = suggested_substitute(member, members)
            if suggestion is not None:
                line = t("afbud.suggest", word=word, name=member.name, substitute=suggestion.name)
                print(printable(line))
    by_id = {str(m.id): m for m in members}
    registered = read_attendance(meeting)
    shown = False
    for member_id, attendance in sorted(registered.items()):
        if attendance.presence is Presence.PRESENT:
            continue
        someone = by_id.get(member_id)
        name = someone.name if someone is not None else member_id
        print(printable(t("afbud.list_line", name=name, text=attendance.text)))
        shown = True
    summary = afbud_summary(meeting, members)
    print(summary if shown and summary else t("afbud.none"))
    return 0


def _member(members: list[Member], name: str) -> Member | None:
    wanted = caseless(" ".join(name.split()))
    for member in members:
        if not member.is_substitute and caseless(member.name) == wanted:
            return member
    return None
