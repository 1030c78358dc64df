"""`kkr import ics FILE.ics [--council RÅD] [--series TYPE] [--dry-run]`: a meeting plan
from an Outlook or Google calendar export, with the CSV import's rules (all or nothing,
`FILE:LINE: field: message`, exit 2; a meeting already stored is not added again)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kkr_tui.commands.arguments import Common, add_command, import_kinds
from kkr_tui.commands.context import CommandError, Context
from kkr_tui.commands.councils import council_slugs
from kkr_tui.commands.csvfile import FileTexts, read_file
from kkr_tui.commands.importing import refuse_bad_rows
from kkr_tui.commands.meetings import import_rows
from kkr_tui.commands.meetings_csv import CsvFileError, PlannedRow, resolve_series
from kkr_tui.commands.meetings_ics import read_calendar
from kkr_tui.domain.errors import ValidationError
from kkr_tui.i18n import t

if TYPE_CHECKING:
    from kkr_tui.domain.models import Council


ICS_FILE_TEXTS = FileTexts(
    is_dir="ics.import.is_dir", missing="ics.import.missing", unreadable="ics.import.unreadable"
)


def register(subparsers: Any, common: Common) -> None:
    kinds = import_kinds(subparsers, common)
    importer = add_command(kinds, "ics", "ics.import.help", "ics.import.description", raw=True)
    common(importer)
    importer.add_argument("file", metavar=t("help.metavar.ics"), help=t("ics.import.help.file"))
    importer.add_argument(
        "--council", metavar=t("help.metavar.council"), help=t("ics.import.help.council")
    )
    importer.add_argument(
        "--series", metavar=t("help.metavar.type"), help=t("ics.import.help.series")
    )
    importer.add_argument("--dry-run", action="store_true", help=t("help.dry_run"))
    importer.set_defaults(run=run)


def run(context: Context, args: argparse.Namespace) -> int:
    try:
        data = read_file(Path(args.file), ICS_FILE_TEXTS)
    except CsvFileError as exc:
        raise CommandError(str(exc)) from None
    try:
        series = resolve_series(args.series) if args.series else None
    except ValidationError as exc:
        raise CommandError(f"--series: {exc.message}") from None
    left_out: list[int] = []

    def check(councils: list[Council]) -> list[PlannedRow]:
        council = council_slugs([args.council], councils)[0] if args.council else None
        try:
            result = read_calendar(data, councils, council, series)
        except CsvFileError as exc:
            raise CommandError(f"{args.file}: {exc}") from None
        refuse_bad_rows(result.errors, args.file)
        left_out[:] = [result.left_out]
        return list(result.rows)

    code = import_rows(context, check, dry_run=args.dry_run)
    if left_out and left_out[0]:
        print(t("ics.import.left_out", count=left_out[0]))
    return code
