"""Meetings, members and contacts as CSV that Danish Excel opens and `kkr import` reads.

UTF-8 with a byte-order mark (without it Excel on Windows reads the file as
Windows-1252 and garbles æ, ø, å), semicolons (Danish Excel's list separator, so the
file opens in columns), CRLF line ends, and exactly the headers of the matching
`kkr import` command: export -> import into an empty database -> export gives the same
file. Dates are ISO (2026-09-11) and times HH:MM, which the shared parser reads back
whatever the spreadsheet's locale. A cell that Excel would run as a formula (=, +, -, @)
gets a leading apostrophe that Excel hides and the importers remove.

One-line use (CLI and UI): csv_export(snapshot, "contacts")
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from kkr_tui.domain.clock import TZ_NAME
from kkr_tui.domain.models import Contact, Meeting, MeetingState, Member, Role
from kkr_tui.domain.reference import COUNCIL_SLUGS
from kkr_tui.domain.text import spreadsheet_cell, strip_controls
from kkr_tui.exports.appointments import COLUMNS as APPOINTMENT_COLUMNS
from kkr_tui.exports.appointments import csv_rows

if TYPE_CHECKING:
    import pendulum

    from kkr_tui.store import Snapshot

KINDS: tuple[str, ...] = ("meetings", "members", "contacts", "appointments")
# `councils`: a joint meeting's councils, the holding one first (empty for one council).
MEETING_COLUMNS = ("council", "series", "date", "start", "end", "place", "councils")
MEMBER_COLUMNS = ("council", "name", "municipality", "party", "role")
# Like `secretariat` below: beyond the documented header so a round trip keeps who is a
# substitute. A chair or vice chair who is also mayor is written "formand og borgmester";
# `kkr import members` reads both back.
MEMBER_SUBSTITUTE_COLUMN = "substitute_for"
# Where the agenda is sent (kkr dispatch); `kkr import members` reads them back.
MEMBER_CONTACT_COLUMNS = ("email", "phone")
# `secretariat` (ja/nej) is beyond the documented import header on purpose: without it a
# round trip would lose who is a council's secretariat contact. `kkr import contacts`
# reads files with or without it.
CONTACT_COLUMNS = ("name", "title", "organisation", "unit", "email", "phone", "councils")
CONTACT_FLAG_COLUMN = "secretariat"
YES, NO = "ja", "nej"
DELIMITER = ";"
BOM = "\ufeff"


def csv_export(
    snapshot: Snapshot, kind: str, *, councils: Sequence[str] = (), year: int | None = None
) -> bytes:
    """The file's bytes. `councils` (slugs) and `year` narrow meetings and members."""
    if kind == "meetings":
        return _table(MEETING_COLUMNS, _meeting_rows(snapshot, councils, year))
    if kind == "members":
        return _table(
            (*MEMBER_COLUMNS, MEMBER_SUBSTITUTE_COLUMN, *MEMBER_CONTACT_COLUMNS),
            _member_rows(snapshot, councils),
        )
    if kind == "contacts":
        return _table((*CONTACT_COLUMNS, CONTACT_FLAG_COLUMN), _contact_rows(snapshot, councils))
    if kind == "appointments":
        return _table(APPOINTMENT_COLUMNS, _appointment_rows(snapshot, councils))
    raise ValueError(f"unknown CSV kind {kind!r} (choose {', '.join(KINDS)})")


def _table(header: Sequence[str], rows: Iterable[Sequence[str]]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=DELIMITER, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([_cell(value) for value in row])
    return (BOM + buffer.getvalue()).encode("utf-8")


def _cell(value: str) -> str:
    # Control characters (ANSI escapes) would show as garbage in Excel; the importers
    # drop them too. Line breaks stay: the csv module quotes them and Excel keeps them.
    return spreadsheet_cell(strip_controls(value))


def _council_rank(slug: str) -> int:
    return COUNCIL_SLUGS.index(slug) if slug in COUNCIL_SLUGS else len(COUNCIL_SLUGS)


def _meeting_rows(snapshot: Snapshot, councils: Sequence[str], year: int | None) -> list[list[str]]:
    """The meeting plan. Cancelled meetings are left out: a plan re-imported from this
    file would otherwise bring them back as planned meetings."""
    meetings: list[Meeting] = [
        m
        for m in snapshot.meetings_of(year=year)
        if m.state is not MeetingState.CANCELLED
        and (not councils or any(c in councils for c in m.all_councils))
    ]
    meetings.sort(key=lambda m: (m.start, _council_rank(m.council), m.series.value))
    rows = []
    for m in meetings:
        start, end = m.start.in_timezone(TZ_NAME), m.end.in_timezone(TZ_NAME)
        rows.append(
            [
                m.council,
                m.series.value,
                start.date().isoformat(),
                f"{start.hour:02d}:{start.minute:02d}",
                f"{end.hour:02d}:{end.minute:02d}",
                m.place,
                " ".join(m.all_councils) if m.councils else "",
            ]
        )
    return rows


def _member_rows(snapshot: Snapshot, councils: Sequence[str]) -> list[list[str]]:
    members: list[Member] = [m for m in snapshot.members if not councils or m.council in councils]
    members.sort(key=lambda m: (_council_rank(m.council), m.name.casefold(), m.municipality, m.id))
    return [
        [
            m.council,
            m.name,
            m.municipality,
            m.party,
            _role_cell(m),
            m.substitute_for,
            m.email,
            m.phone,
        ]
        for m in members
    ]


def _role_cell(member: Member) -> str:
    if member.mayor and member.role is not Role.MAYOR:
        return f"{member.role.value} og borgmester"
    return member.role.value


def _contact_rows(snapshot: Snapshot, councils: Sequence[str]) -> list[list[str]]:
    contacts: list[Contact] = [
        c for c in snapshot.contacts if not councils or set(c.councils) & set(councils)
    ]
    contacts.sort(key=lambda c: (c.name.casefold(), c.email.casefold(), c.id))
    return [
        [
            c.name,
            c.title,
            c.organisation,
            c.unit,
            c.email,
            c.phone,
            " ".join(c.councils),
            YES if c.secretariat else NO,
        ]
        for c in contacts
    ]


def _appointment_rows(snapshot: Snapshot, councils: Sequence[str]) -> list[list[str]]:
    """The udpegninger as `kkr import appointments` reads them back (see
    kkr_tui.exports.appointments)."""

    def meeting_day(meeting_id: int) -> pendulum.Date | None:
        meeting = snapshot.find_meeting(meeting_id)
        return meeting.day if meeting is not None else None

    return csv_rows(snapshot.bodies, snapshot.appointments, meeting_day, councils)
