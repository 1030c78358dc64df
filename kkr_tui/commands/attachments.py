"""`kkr attach ITEM_ID FILE [--title TEXT]` and `kkr attachments MEETING_ID [--json]`.

The file is copied into the bilag folder beside the database (named by its SHA-256)
and named on the item; the listing numbers the meeting's attachments as the documents
do ("Bilag 3.2"). Exit 2 with a message naming the file for anything refused.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from kkr_tui.commands.arguments import Common, add_command, add_meeting_id, whole_number
from kkr_tui.commands.context import CommandError, Context
from kkr_tui.domain.agenda_content import numbered_attachments
from kkr_tui.domain.models import AgendaItem
from kkr_tui.domain.text import json_for_terminal, printable
from kkr_tui.exports.document_model import agenda_items
from kkr_tui.i18n import t
from kkr_tui.store.attachments import store_file
from kkr_tui.store.errors import StoreError
from kkr_tui.store.item_content import add_attachment


def register(subparsers: Any, common: Common) -> None:
    attach = add_command(subparsers, "attach", "help.attach", "help.attach.description", raw=True)
    attach.add_argument(
        "item_id",
        type=whole_number,
        metavar=t("help.metavar.item_id"),
        help=t("help.attach.item_id"),
    )
    attach.add_argument("file", metavar=t("help.metavar.file"), help=t("help.attach.file"))
    attach.add_argument(
        "--title", default="", metavar=t("help.metavar.title"), help=t("help.attach.title")
    )
    common(attach)
    attach.set_defaults(run=run_attach)

    listing = add_command(
        subparsers, "attachments", "help.attachments", "help.attachments.description"
    )
    add_meeting_id(listing)
    listing.add_argument("--json", action="store_true", help=t("help.agenda.json"))
    common(listing)
    listing.set_defaults(run=run_list)


def run_attach(context: Context, args: argparse.Namespace) -> int:
    store = context.open_existing()
    item = next((i for i in store.snapshot().items if i.id == args.item_id), None)
    if item is None:
        raise CommandError(t("doc.attach.no_item", id=args.item_id))
    try:
        attachment = store_file(store.path, args.file, args.title)
        with store.transaction() as tx:
            stored: AgendaItem = add_attachment(tx, args.item_id, attachment)
    except StoreError as exc:
        raise CommandError(str(exc)) from None
    snapshot = store.snapshot()
    meeting = snapshot.find_meeting(stored.meeting_id)
    numbers = {i.id: n for n, i in agenda_items(snapshot, meeting)} if meeting else {}
    number = f"{numbers.get(stored.id, stored.number)}.{len(stored.attachments)}"
    print(printable(t("doc.attach.done", number=number, title=attachment.title)))
    return 0


def run_list(context: Context, args: argparse.Namespace) -> int:
    snapshot = context.open_existing().snapshot()
    meeting = snapshot.find_meeting(args.meeting_id)
    if meeting is None:
        raise CommandError(t("export.no_meeting", id=args.meeting_id))
    numbered = numbered_attachments(agenda_items(snapshot, meeting))
    rows = [
        {
            "number": n.number,
            "title": n.attachment.title,
            "file_name": n.attachment.file_name,
            "size": n.attachment.size,
            "media_type": n.attachment.media_type,
            "sha256": n.attachment.sha256,
        }
        for n in numbered
    ]
    if args.json:
        print(json_for_terminal(json.dumps(rows, ensure_ascii=False, indent=2)))
        return 0
    if not rows:
        print(t("doc.attach.none"))
        return 0
    for n in numbered:
        a = n.attachment
        size = f"{a.size / 1024:.0f} kB"
        label = t("doc.attachment", number=n.number)
        print(printable(f"{label}  {a.title}  ({a.file_name}, {size})"))
    return 0
