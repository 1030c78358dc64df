"""`kkr export ics|agenda|minutes|csv`: calendars, documents and spreadsheets.

Each handler opens the database read-only (never creates it), builds the bytes with
kkr_tui.exports and writes them to stdout or, with -o, atomically to the file.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kkr_tui.commands.arguments import (
    Common,
    add_command,
    add_council_option,
    add_meeting_id,
    choices_metavar,
    usage_then_fail,
    whole_number,
)
from kkr_tui.commands.context import EXIT_OK, CommandError, Context
from kkr_tui.commands.councils import council_slugs
from kkr_tui.domain.models import Series
from kkr_tui.exports.appointments import LIST_FORMATS, published_list
from kkr_tui.exports.csvfiles import csv_export
from kkr_tui.exports.documents import DocumentError, document_bytes
from kkr_tui.exports.ics import CalendarOptions, calendar_feed
from kkr_tui.exports.output import ExportFileError, write_export
from kkr_tui.exports.package import agenda_package, listed_attachments, write_package
from kkr_tui.i18n import t
from kkr_tui.store.attachments import AttachmentError, check_present
from kkr_tui.store.owned import is_owned_by

if TYPE_CHECKING:
    from kkr_tui.store import Snapshot

DOCUMENT_FORMATS = ("md", "html", "txt", "pdf", "docx")
CSV_KINDS = ("meetings", "members", "contacts", "appointments")
_SUFFIX_FORMATS = {
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".txt": "txt",
    ".pdf": "pdf",
    ".docx": "docx",
}


def register(subparsers: Any, common: Common) -> None:
    export = add_command(subparsers, "export", "help.export", "help.export.description")
    common(export)
    kinds = export.add_subparsers(dest="export_kind", metavar=t("help.metavar.type"))
    export.set_defaults(run=usage_then_fail(export, "export.which"))

    ics = add_command(kinds, "ics", "help.export.ics", "help.export.ics.description", raw=True)
    common(ics)
    add_council_option(ics)
    ics.add_argument(
        "--series",
        metavar=t("help.metavar.type"),
        action="append",
        default=[],
        help=t("help.export.series"),
    )
    ics.add_argument("--deadlines", action="store_true", help=t("help.export.deadlines"))
    ics.add_argument("--with-agenda", action="store_true", help=t("help.export.with_agenda"))
    _output_option(ics)
    ics.set_defaults(run=run_ics)

    for name in ("agenda", "minutes"):
        document = add_command(
            kinds, name, f"help.export.{name}", f"help.export.{name}.description", raw=True
        )
        common(document)
        add_meeting_id(document)
        document.add_argument("--format", choices=DOCUMENT_FORMATS, help=t("help.export.format"))
        document.add_argument("--public", action="store_true", help=t("help.export.public"))
        if name == "minutes":
            document.add_argument("--draft", action="store_true", help=t("help.export.draft"))
        _output_option(document)
        document.set_defaults(run=run_document, document=name)

    package = add_command(
        kinds, "package", "help.export.package", "help.export.package.description", raw=True
    )
    common(package)
    add_meeting_id(package)
    package.add_argument(
        "-o",
        "--output",
        metavar=t("help.metavar.folder_or_zip"),
        required=True,
        help=t("help.export.package.output"),
    )
    package.add_argument("--public", action="store_true", help=t("help.export.package.public"))
    package.set_defaults(run=run_package)

    table = add_command(kinds, "csv", "help.export.csv", "help.export.csv.description", raw=True)
    common(table)
    table.add_argument(
        "kind",
        choices=CSV_KINDS,
        metavar=choices_metavar(CSV_KINDS),
        help=t("help.export.csv.kind"),
    )
    add_council_option(table)
    table.add_argument(
        "--year", metavar=t("help.metavar.year"), type=whole_number, help=t("help.year")
    )
    _output_option(table)
    table.set_defaults(run=run_csv)

    # Udpegninger as published on kl.dk: body, holder and substitute, municipality.
    listing = add_command(
        kinds, "appointments", "appointments.export.help", "appointments.export.description"
    )
    common(listing)
    listing.add_argument(
        "--format",
        choices=LIST_FORMATS,
        help=t("appointments.export.format_help"),
    )
    add_council_option(listing)
    _output_option(listing)
    listing.set_defaults(run=run_appointments)


def _output_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-o", "--output", metavar=t("help.metavar.file"), help=t("help.output"))


# --- handlers ---------------------------------------------------------------------------


def run_ics(context: Context, args: argparse.Namespace) -> int:
    snapshot = context.open_existing().snapshot()
    known = [s.value for s in Series]
    for series in args.series:
        if series not in known:
            message = t("export.unknown_series", text=series, known=", ".join(known))
            raise CommandError(f"--series: {message}")
    options = CalendarOptions(
        councils=_councils(snapshot, args.council),
        series=tuple(dict.fromkeys(args.series)),
        deadlines=args.deadlines,
        with_agenda=args.with_agenda,
    )
    return _emit(context, args.output, calendar_feed(snapshot, context.clock.today(), options))


def run_document(context: Context, args: argparse.Namespace) -> int:
    store = context.open_existing()
    snapshot = store.snapshot()
    _refuse_own_file(store.path, args.output)
    fmt = args.format or _format_from_suffix(args.output)
    try:
        check_present(store.path, listed_attachments(snapshot, args.meeting_id, public=args.public))
        payload = document_bytes(
            snapshot,
            args.meeting_id,
            args.document,
            fmt,
            public=args.public,
            draft=getattr(args, "draft", False),
        )
    except (DocumentError, AttachmentError) as exc:
        raise CommandError(str(exc)) from None
    return _emit(context, args.output, payload)


def run_package(context: Context, args: argparse.Namespace) -> int:
    store = context.open_existing()
    _refuse_own_file(store.path, args.output)
    try:
        package = agenda_package(store.snapshot(), store.path, args.meeting_id, public=args.public)
        written = write_package(package, store.path, Path(args.output))
    except (DocumentError, AttachmentError, ExportFileError) as exc:
        raise CommandError(str(exc)) from None
    count = 1 + len(package.attachments)
    print(t("doc.export.package_done", count=count, path=written))
    return EXIT_OK


def run_csv(context: Context, args: argparse.Namespace) -> int:
    snapshot = context.open_existing().snapshot()
    if args.year is not None and args.kind != "meetings":
        raise CommandError(t("export.year_only_meetings"))
    payload = csv_export(
        snapshot, args.kind, councils=_councils(snapshot, args.council), year=args.year
    )
    return _emit(context, args.output, payload)


def run_appointments(context: Context, args: argparse.Namespace) -> int:
    snapshot = context.open_existing().snapshot()
    fmt = args.format or _format_from_suffix(args.output)
    if fmt not in LIST_FORMATS:  # e.g. -o liste.docx: never Markdown under that name
        raise CommandError(
            t(
                "appointments.export.format",
                path=args.output,
                formats=", ".join(LIST_FORMATS),
            )
        )
    names = {c.slug: c.name for c in snapshot.councils}
    payload = published_list(
        snapshot.bodies,
        snapshot.appointments,
        names,
        context.clock.today(),
        fmt,
        _councils(snapshot, args.council),
    )
    return _emit(context, args.output, payload)


# --- helpers ----------------------------------------------------------------------------


def _councils(snapshot: Snapshot, given: Sequence[str]) -> tuple[str, ...]:
    """Slugs from --council values; 'Sjælland' and 'KKR Sjælland' are accepted too."""

    return council_slugs(given, snapshot.councils)


def _format_from_suffix(output: str | None) -> str:
    """The format `-o`'s suffix names; no suffix means Markdown, an unknown one is
    refused (never written as Markdown under a name that says otherwise)."""

    if output is None:
        return "md"
    suffix = Path(output).suffix.lower()
    if not suffix:
        return "md"
    fmt = _SUFFIX_FORMATS.get(suffix)
    if fmt is None:
        formats = ", ".join(sorted(_SUFFIX_FORMATS))
        raise CommandError(
            t("doc.export.unknown_suffix", path=output, suffix=suffix, formats=formats)
        )
    return fmt


def _refuse_own_file(db_path: Path, output: str | None) -> None:
    """-o onto the database, its lock, a backup, an archive year or an attachment."""

    if output is not None and is_owned_by(db_path, output):
        raise CommandError(t("doc.export.onto_db", path=output))


def _emit(context: Context, output: str | None, payload: bytes) -> int:
    if output is None:
        sys.stdout.buffer.write(payload)
        sys.stdout.buffer.flush()
        return EXIT_OK
    try:
        written = write_export(output, payload, owner=context.db_path)
    except ExportFileError as exc:
        raise CommandError(str(exc)) from None
    print(written)
    return EXIT_OK
