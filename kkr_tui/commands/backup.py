"""`kkr backup list` and `kkr backup restore NAME`: the copies in backups/ beside the db."""

from __future__ import annotations

import argparse
from typing import Any

from kkr_tui.commands.arguments import Common, add_command
from kkr_tui.commands.context import CommandError, Context
from kkr_tui.domain.formatting import format_size
from kkr_tui.domain.text import printable
from kkr_tui.i18n import has, t, tn
from kkr_tui.store import StoreError, UnknownBackupError, backups, real_db_path
from kkr_tui.store.archive import archived_years
from kkr_tui.store.restore import restore_backup


def register(subparsers: Any, common: Common) -> None:

    parser = add_command(subparsers, "backup", "backup.help", "help.backup.description")
    common(parser)
    actions = parser.add_subparsers(
        dest="backup_action", metavar=t("help.metavar.action"), required=True
    )
    listing = actions.add_parser("list", help=t("backup.list_help"))
    common(listing)
    listing.set_defaults(run=run_list)
    restore = actions.add_parser("restore", help=t("backup.restore_help"))
    common(restore)
    restore.add_argument("name", metavar=t("help.metavar.name"), help=t("backup.name_help"))
    restore.set_defaults(run=run_restore)


def run_list(context: Context, args: argparse.Namespace) -> int:
    try:
        db_path = real_db_path(context.db_path)
        found = backups.backups_of(db_path)
    except StoreError as exc:
        raise CommandError(str(exc)) from None
    folder = printable(str(backups.backup_folder(db_path)))
    if not found:
        print(t("backup.none", db=printable(str(db_path)), folder=folder))
        return 0
    print(t("backup.header", folder=folder))
    width = max(len(printable(b.name)) for b in found)
    for backup in found:
        line = "  ".join(
            (
                printable(backup.name).ljust(width),
                backup.taken.format("YYYY-MM-DD HH:mm:ss"),
                format_size(backup.size).rjust(7),
                printable(backup.user or "-"),
                printable(backup.change) if backup.change else _reason(backup.reason),
            )
        )
        print(line)
    return 0


def run_restore(context: Context, args: argparse.Namespace) -> int:
    try:
        done = restore_backup(context.db_path, args.name)
    except UnknownBackupError as exc:
        lines = [t("backup.unknown", name=printable(exc.name), folder=printable(str(exc.path)))]
        if exc.available:
            lines.append(t("backup.available"))
            lines.extend(f"  {printable(name)}" for name in exc.available)
        else:
            lines.append(t("backup.none_available"))
        raise CommandError("\n".join(lines)) from None
    except StoreError as exc:
        raise CommandError(printable(str(exc))) from None
    print(
        t("backup.restored", db=printable(str(context.db_path)), name=printable(done.version.name))
    )
    if done.replaced is not None:
        print(t("backup.replaced_kept", name=printable(done.replaced.name)))
    _say_if_archive_untouched(context, done.version.name)
    if not done.missing_attachments and not done.damaged_years:
        return 0
    # The records are back; what this version could not put back is said, exit 2.
    lines = [
        t("backup.year_not_in_version", year=year, name=printable(done.version.name))
        for year in done.damaged_years
    ]
    if done.missing_attachments:
        lines.append(tn("backup.attachments_missing", len(done.missing_attachments)))
    lines += [
        t(
            "backup.attachment_missing",
            title=printable(a.title),
            file=printable(a.file_name),
            sha=a.sha256[:12],
        )
        for a in done.missing_attachments
    ]
    raise CommandError("\n".join(lines))


def _say_if_archive_untouched(context: Context, name: str) -> None:
    """A version from before archives were kept restores the main file only: say so."""

    db_path = real_db_path(context.db_path)
    if backups.find_backup(db_path, name).archive_years is None and archived_years(db_path):
        print(t("backup.no_archive", name=printable(name)))


def _reason(reason: str) -> str:
    for known in ("write", "daily", "before-restore", "before-migration"):
        if reason.startswith(known) and has(f"backup.reason.{known}"):
            return t(f"backup.reason.{known}")
    return reason
