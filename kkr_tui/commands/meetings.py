"""`kkr import meetings FILE.csv [--dry-run]` and `kkr meetings [--council] [--year] [--json]`."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from kkr_tui.commands.arguments import (
    Common,
    add_command,
    add_council_option,
    add_import_file,
    import_kinds,
    whole_number,
)
from kkr_tui.commands.context import EXIT_OK, CommandError, Context
from kkr_tui.commands.councils import council_slugs
from kkr_tui.commands.importing import checked_or_refused, read_import_file
from kkr_tui.commands.meetings_csv import PlannedRow, read_meetings
from kkr_tui.domain.errors import ValidationError
from kkr_tui.domain.formatting import format_day, format_day_short, format_time
from kkr_tui.domain.joint import joint_text
from kkr_tui.domain.models import Council, Meeting
from kkr_tui.domain.planning import Planner
from kkr_tui.domain.text import json_for_terminal, printable
from kkr_tui.i18n import t
from kkr_tui.store import Snapshot, StoreError
from kkr_tui.store.seed import seed_councils

if TYPE_CHECKING:
    from kkr_tui.domain.deadlines import MeetingDeadlines

WIDTH = 80


def register(subparsers: Any, common: Common) -> None:
    importer = add_command(
        import_kinds(subparsers, common),
        "meetings",
        "help.import.meetings",
        "help.import.meetings.description",
        raw=True,
    )
    common(importer)
    add_import_file(importer, "help.import.meetings.file")
    importer.set_defaults(run=run_import)

    listing = add_command(subparsers, "meetings", "help.meetings", "help.meetings.description")
    common(listing)
    add_council_option(listing)
    listing.add_argument(
        "--year", metavar=t("help.metavar.year"), type=whole_number, help=t("help.year")
    )
    listing.add_argument("--json", action="store_true", help=t("help.meetings.json"))
    listing.set_defaults(run=run_list)


# --- kkr import meetings ---------------------------------------------------------------


def run_import(context: Context, args: argparse.Namespace) -> int:
    text = read_import_file(args.file)

    def check(councils: list[Council]) -> list[PlannedRow]:
        result = checked_or_refused(args.file, lambda: read_meetings(text, councils))
        return list(result.rows)

    return import_rows(context, check, dry_run=args.dry_run)


def import_rows(
    context: Context, check: Callable[[list[Council]], list[PlannedRow]], *, dry_run: bool
) -> int:
    """Add the meetings `check` reads (given the councils), all or nothing: checked first
    against the database as it is (or would be), then again under the lock. Shared by
    `kkr import meetings` (CSV) and `kkr import ics`."""

    # Checked before anything is opened for writing, so a bad file creates nothing.
    if context.db_path.exists():
        snapshot = context.open_existing().snapshot()
        councils, existing = list(snapshot.councils), snapshot.all_meetings()
    else:
        # A new database would hold exactly the seed councils and no meetings.
        councils, existing = seed_councils(), []
    new, known = _split(check(councils), existing)
    if dry_run:
        if not context.db_path.exists():
            print(t("dates.import.no_db_yet", path=context.db_path))
        _report(new, known, dry_run=True)
        return EXIT_OK

    store = context.open_or_create()
    try:
        # Checked again under the lock against the database as it is now (another
        # secretary may have added meetings meanwhile); one atomic write for all rows.
        with store.transaction() as tx:
            new, known = _split(check(tx.all(Council)), tx.all(Meeting, history=True))
            for row in new:
                tx.add(row.meeting)
    except StoreError as exc:
        raise CommandError(str(exc)) from None
    _report(new, known, dry_run=False)
    return EXIT_OK


def _meeting_key(meeting: Meeting) -> tuple[str, str, str]:
    # The instant, not the text: 09:30+02:00 and 07:30Z are the same meeting start.
    return (meeting.council, meeting.series.value, meeting.start.in_timezone("UTC").isoformat())


def _split(
    rows: list[PlannedRow], existing: list[Meeting]
) -> tuple[list[PlannedRow], list[tuple[PlannedRow, Meeting]]]:
    """The rows to add, and the rows that match a meeting already in the database."""
    stored = {_meeting_key(m): m for m in existing}
    new: list[PlannedRow] = []
    known: list[tuple[PlannedRow, Meeting]] = []
    for row in rows:
        match = stored.get(_meeting_key(row.meeting))
        if match is None:
            new.append(row)
        else:
            known.append((row, match))
    return new, known


def _report(
    new: list[PlannedRow], known: list[tuple[PlannedRow, Meeting]], *, dry_run: bool
) -> None:

    for row in new:
        print(f"+ {_meeting_line(row.meeting)}")
    for row, stored in known:
        print(f"= {_meeting_line(row.meeting)}")
        if (row.meeting.end, row.meeting.place) != (stored.end, stored.place):
            # Never overwrite what a secretary may have changed in the app since.
            print(f"  {t('dates.import.differs', id=stored.id)}")
    key = "dates.import.would" if dry_run else "dates.import.done"
    print(t(key, new=len(new), known=len(known)))


def _meeting_line(meeting: Meeting) -> str:
    when = f"{format_day(meeting.start)} {format_time(meeting.start)}-{format_time(meeting.end)}"
    return _fit(
        f"{when}  {meeting.council}  {meeting.series.value}  {printable(meeting.place)}".rstrip()
    )


# --- kkr meetings --------------------------------------------------------------------


def run_list(context: Context, args: argparse.Namespace) -> int:
    store = context.open_existing()
    snapshot = store.snapshot()
    councils = council_slugs(args.council, snapshot.councils)
    if args.year is not None and not 1900 <= args.year <= 2199:
        raise CommandError(t("dates.list.bad_year", year=args.year))
    try:
        planner = Planner(snapshot.settings)
    except ValidationError as exc:
        raise CommandError(f"{context.db_path}: {exc}") from None
    rows = [
        (m, planner.deadlines(m))
        for m in snapshot.meetings_of(None, args.year, history=True)
        if not councils or any(c in councils for c in m.all_councils)
    ]
    if args.json:
        dumped = json.dumps([meeting_json(m, d) for m, d in rows], ensure_ascii=False, indent=2)
        print(json_for_terminal(dumped))
    else:
        for line in meeting_table(rows, snapshot):
            print(line)
    return EXIT_OK


def meeting_json(meeting: Meeting, deadlines: MeetingDeadlines) -> dict[str, Any]:
    """One meeting as the stable JSON object documented in README.md."""
    dispatch = deadlines.dispatch
    publication = deadlines.publication
    return {
        "id": meeting.id,
        "council": meeting.council,
        "councils": list(meeting.all_councils),
        "series": meeting.series.value,
        "start": meeting.start.isoformat(),
        "end": meeting.end.isoformat(),
        "place": meeting.place,
        "state": meeting.state.value,
        "dispatch_due": dispatch.due.isoformat(),
        "dispatch_moved_from": dispatch.moved_from.isoformat() if dispatch.moved_from else None,
        "dispatch_reason": dispatch.moved_reason,
        "publication_due": publication.due.isoformat() if publication is not None else None,
        "milestones": [
            {
                "key": m.key,
                "name": m.label,
                "due": m.due.isoformat(),
                "explanation": m.explanation,
                "assumption": m.assumption,
            }
            for m in deadlines.milestones
        ],
    }


def meeting_table(rows: list[tuple[Meeting, MeetingDeadlines]], snapshot: Snapshot) -> list[str]:
    """One row per meeting within 80 columns; under it the place and the minutes deadline,
    and, when the dispatch deadline moved, from which day and why.
    """

    if not rows:
        return [t("dates.list.none")]
    names = {c.slug: c.name.removeprefix("KKR ") for c in snapshot.councils}
    header = tuple(
        t(f"dates.list.col.{name}")
        for name in ("id", "when", "council", "series", "state", "dispatch")
    )
    cells = [header]
    for meeting, deadlines in rows:
        start, end = meeting.start, meeting.end
        cells.append(
            (
                str(meeting.id),
                f"{format_day(start)} {format_time(start)}-{format_time(end)}",
                names.get(meeting.council, meeting.council),
                t(f"dates.list.series.{meeting.series.value}"),
                t(f"dates.list.state.{meeting.state.value}"),
                format_day_short(deadlines.dispatch.due),
            )
        )
    widths = [max(len(printable(row[i])) for row in cells) for i in range(len(header))]
    indent = " " * (widths[0] + 2)

    def line(row: tuple[str, ...]) -> str:
        parts = [printable(row[0]).rjust(widths[0])]
        parts += [printable(c).ljust(w) for c, w in zip(row[1:], widths[1:], strict=True)]
        return _fit("  ".join(parts).rstrip())

    out = [line(header)]
    for row, (meeting, deadlines) in zip(cells[1:], rows, strict=True):
        out.append(line(row))
        below = _place_and_minutes(meeting, deadlines, WIDTH - len(indent))
        if meeting.councils:
            # A joint meeting: the holding council above, the others taking part here.
            joint = printable(joint_text(meeting, meeting.council, names))
            below = _fit(f"{below} · {joint}" if below else joint, WIDTH - len(indent))
        if below:
            out.append(indent + below)
        dispatch = deadlines.dispatch
        if dispatch.moved_from is not None:
            moved = t(
                "dates.list.moved",
                day=format_day_short(dispatch.moved_from),
                reason=dispatch.moved_reason or "",
            )
            out.append(_fit(indent + moved))
    out.append(t("dates.list.count", count=len(rows)))
    return out


def _place_and_minutes(meeting: Meeting, deadlines: MeetingDeadlines, room: int) -> str:
    """ "Ringsted Kongrescenter · referat senest tor 16. apr": a long place is shortened."""

    place = printable(meeting.place).strip()
    if deadlines.publication is None:
        return _fit(place, room)  # this series publishes no minutes
    minutes = t("dates.list.publication", day=format_day_short(deadlines.publication.due))
    if not place:
        return minutes
    separator = " · "
    return f"{_fit(place, room - len(minutes) - len(separator))}{separator}{minutes}"


def _fit(text: str, width: int = WIDTH) -> str:
    if len(text) <= width:
        return text
    return text[: max(width - 1, 0)] + "…"
