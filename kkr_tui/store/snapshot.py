"""The read model: one committed state of the database as domain objects (`Snapshot`).

Built by the Store (kkr_tui.store.database) from the document it read; never written
back. `active_part` is the cut of a document `kkr status` reads.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pendulum

from kkr_tui.domain.appointments import Appointment, Body
from kkr_tui.domain.errors import ValidationError
from kkr_tui.domain.models import AgendaItem, Contact, Council, Meeting, Member
from kkr_tui.domain.names import caseless
from kkr_tui.domain.planning import Planner
from kkr_tui.domain.readiness import Readiness
from kkr_tui.domain.rules import Settings
from kkr_tui.domain.workdays import cached_holidays
from kkr_tui.i18n import msg
from kkr_tui.store import holiday_cache
from kkr_tui.store.archive import Archive, ArchivedPart, DamagedArchiveError, archive_path
from kkr_tui.store.errors import StoreError
from kkr_tui.store.records import SETTINGS_TABLE, R, record_of, table_of

if TYPE_CHECKING:
    from kkr_tui.domain.fora import Forum


class Snapshot:
    """One committed state of the database as domain objects.

    Councils and meetings are built at once; members and contacts when first asked
    for; agenda items from their raw documents one meeting at a time, so opening a
    database pays only for what is shown. `meetings` are those of the main file;
    finished years are in archive files (kkr_tui.store.archive), read when a year,
    a meeting or the whole history is asked for (`meetings_of(year=...)`,
    `find_meeting`, `all_meetings`). `validate_items()` builds them all (a bad record
    raises StoreError naming it).
    """

    def __init__(
        self,
        councils: tuple[Council, ...],
        members: Callable[[], tuple[Member, ...]],
        meetings: tuple[Meeting, ...],
        contacts: Callable[[], tuple[Contact, ...]],
        settings: Settings,
        raw_items: dict[str, Any],
        path: Path,
        holidays: holiday_cache.HolidayCache | None = None,
        archive: Archive | None = None,
        records: Callable[[type[Any]], tuple[Any, ...]] | None = None,
    ) -> None:
        self.councils = councils
        # Tables read when first asked for (udpegninger: bodies, appointments).
        self._build_records = records
        self._tables: dict[type[Any], tuple[Any, ...]] = {}
        self.meetings = meetings
        # Members and contacts (~450 records on a full database) are built when first
        # asked for: `kkr status` never needs them.
        self._build_members = members
        self._build_contacts = contacts
        self._members: tuple[Member, ...] | None = None
        self._contacts: tuple[Contact, ...] | None = None
        self.settings = settings
        self.holidays: holiday_cache.HolidayCache = holidays or {}
        self._path = path
        self._raw_items = raw_items
        self._meeting_by_id = {m.id: m for m in meetings}
        self._raw_by_meeting: dict[int, list[tuple[str, Any]]] | None = None
        self._items_by_meeting: dict[int, tuple[AgendaItem, ...]] = {}
        self._all_items: tuple[AgendaItem, ...] | None = None
        self._by_responsible: dict[str, set[int]] | None = None
        self._planner: Planner | None = None
        self._readiness: dict[tuple[int, int, pendulum.Date], Readiness] = {}
        self._archive = archive
        self._archived_years: tuple[int, ...] | None = None

    @property
    def members(self) -> tuple[Member, ...]:
        if self._members is None:
            self._members = self._build_members()
        return self._members

    @property
    def contacts(self) -> tuple[Contact, ...]:
        if self._contacts is None:
            self._contacts = self._build_contacts()
        return self._contacts

    def _table_records(self, kind: type[R]) -> tuple[R, ...]:
        if kind not in self._tables:
            build = self._build_records
            self._tables[kind] = build(kind) if build is not None else ()
        return self._tables[kind]

    @property
    def bodies(self) -> tuple[Body, ...]:
        return self._table_records(Body)

    @property
    def appointments(self) -> tuple[Appointment, ...]:
        return self._table_records(Appointment)

    @property
    def fora(self) -> tuple[Forum, ...]:
        from kkr_tui.domain.fora import Forum  # not for `kkr status`: the budget (cli.py)

        return self._table_records(Forum)

    @property
    def items(self) -> tuple[AgendaItem, ...]:
        """Every agenda item of the main file (builds them all; prefer `items_for` for
        one meeting). Archived years are not included: they hold no open work."""
        if self._all_items is None:
            self._all_items = tuple(
                item for meeting_id in self._grouped() for item in self._items_of(meeting_id)
            )
        return self._all_items

    def items_with_responsible(self, name: str) -> list[AgendaItem]:
        """The items of the main file whose responsible is `name` (case and spacing
        ignored): the current work, not the archived years.

        Indexed once per state from the raw documents, so only the matching items
        are built: the contact list asks on every cursor move.
        """
        if self._by_responsible is None:
            index: dict[str, set[int]] = {}
            for doc in self._raw_items.values():
                if isinstance(doc, dict) and isinstance(doc.get("responsible"), str):
                    meeting_id = doc.get("meeting_id")
                    if isinstance(meeting_id, int):
                        index.setdefault(caseless(doc["responsible"]), set()).add(meeting_id)
            self._by_responsible = index
        wanted = caseless(name)
        return [
            item
            for meeting_id in sorted(self._by_responsible.get(wanted, ()))
            for item in self._items_of(meeting_id)
            if caseless(item.responsible) == wanted
        ]

    def validate_items(self) -> None:
        """Build every agenda item (and member and contact) once, so a bad record is
        reported (StoreError).

        The built items are not kept: on 20 years of data they would double the
        memory for history nobody is looking at; a meeting's items are built again
        (cheaply, ~20 at a time) when it is shown.
        """
        for doc_id, doc in self._raw_items.items():
            record_of(AgendaItem, "items", doc_id, doc, self._path)
        self.members, self.contacts, self.bodies, self.appointments, self.fora  # noqa: B018  (built to be checked)

    def _grouped(self) -> dict[int, list[tuple[str, Any]]]:
        if self._raw_by_meeting is None:
            grouped: dict[int, list[tuple[str, Any]]] = {}
            for doc_id, doc in self._raw_items.items():
                key = doc.get("meeting_id") if isinstance(doc, dict) else None
                grouped.setdefault(key if isinstance(key, int) else -1, []).append((doc_id, doc))
            self._raw_by_meeting = grouped
        return self._raw_by_meeting

    def _items_of(self, meeting_id: int) -> tuple[AgendaItem, ...]:
        built = self._items_by_meeting.get(meeting_id)
        if built is None:
            archived = self._archived_part_of(meeting_id)
            if archived is not None:
                return archived.items_of(meeting_id)
            raw = self._grouped().get(meeting_id, [])
            items = [record_of(AgendaItem, "items", doc_id, doc, self._path) for doc_id, doc in raw]
            built = tuple(sorted(items, key=lambda i: i.number))
            self._items_by_meeting[meeting_id] = built
        return built

    # -- the archive (finished years in their own files; see kkr_tui.store.archive) --
    @property
    def archived_years(self) -> tuple[int, ...]:
        """The years with an archive file (their meetings are not in `meetings`)."""
        if self._archived_years is None:
            self._archived_years = self._archive.years() if self._archive else ()
        return self._archived_years

    @property
    def damaged_years(self) -> dict[int, str]:
        """Archive years met so far whose file cannot be read: year -> what to say."""
        if self._archive is None:
            return {}
        return {year: str(error) for year, error in sorted(self._archive.damaged.items())}

    def _archived_meetings(self, year: int) -> tuple[Meeting, ...]:
        """The archived meetings of `year` that the main file does not also hold
        (a copy in the main file wins: see the archive module on crashes)."""
        if self._archive is None or year not in self.archived_years:
            return ()
        try:
            part = self._archive.part(year)
        except DamagedArchiveError:
            return ()  # left out, and said by whoever shows it (see `damaged_years`)
        except StoreError:
            if archive_path(self._path, year).exists():
                raise
            return ()  # taken back since this state was read: the next state shows it
        return tuple(m for m in part.meetings if m.id not in self._meeting_by_id)

    def _archived_part_of(self, meeting_id: int) -> ArchivedPart | None:
        """The loaded archive year holding `meeting_id`, if the main file does not."""
        if self._archive is None or meeting_id in self._meeting_by_id:
            return None
        return self._archive.loaded_part_of(meeting_id)

    def all_meetings(self) -> list[Meeting]:
        """Every meeting, archived years included (see `meetings_of`)."""
        return self.meetings_of(history=True)

    @property
    def planner(self) -> Planner:
        """Dates and readiness under this state's settings (built once per snapshot)."""
        if self._planner is None:
            source = cached_holidays(self.holidays) if self.holidays else None
            self._planner = Planner(self.settings, holiday_source=source)
        return self._planner

    def readiness(self, meeting: Meeting, today: pendulum.Date) -> Readiness:
        """Readiness as of `today`, remembered for this state (screens ask often).

        Only a stored meeting is remembered: a changed copy (a dialog's preview) has
        the same id and rev but other content, so it is always assessed afresh.
        """
        # The council's members only where afbud are registered (the afbud line tells a
        # mayor's stedfortræder from a suppleant): kkr status assesses every meeting.
        members = self.members_of(meeting.council) if meeting.attendance else ()
        if self.meeting(meeting.id) is not meeting:
            return self.planner.readiness(meeting, self.items_for(meeting.id), today, members)
        key = (meeting.id, meeting.rev, today)
        found = self._readiness.get(key)
        if found is None:
            found = self.planner.readiness(meeting, self.items_for(meeting.id), today, members)
            self._readiness[key] = found
        return found

    def council(self, slug: str) -> Council:
        for council in self.councils:
            if council.slug == slug:
                return council
        raise KeyError(slug)

    def meeting(self, meeting_id: int) -> Meeting | None:
        """The meeting, also from an archive year that has been read (a screen can
        only show an archived meeting after reading its year)."""
        found = self._meeting_by_id.get(meeting_id)
        if found is None:
            part = self._archived_part_of(meeting_id)
            found = part.by_id[meeting_id] if part is not None else None
        return found

    def find_meeting(self, meeting_id: int) -> Meeting | None:
        """`meeting(id)`, else looked for in every archive year (reads them: for a
        command given an id, not for a screen that redraws often)."""
        found = self.meeting(meeting_id)
        if found is None and self._archive is not None:
            for year in self.archived_years:
                try:
                    found = self._archive.part(year).by_id.get(meeting_id)
                except DamagedArchiveError:
                    continue
                if found is not None:
                    break
        return found

    def items_for(self, meeting_id: int) -> list[AgendaItem]:
        return list(self._items_of(meeting_id))

    def meetings_of(
        self, council: str | None = None, year: int | None = None, *, history: bool = False
    ) -> list[Meeting]:
        """The meetings of `council` (None: all) in `year`, archived ones included.

        Without a year: the meetings of the main file, which hold everything still
        open; with `history`, every archived year's too (reads every archive file:
        for exports and listings, not for a screen that redraws often).
        """
        pool: tuple[Meeting, ...] = self.meetings
        if year is not None and year in self.archived_years:
            pool = pool + self._archived_meetings(year)
        elif year is None and history:
            pool = pool + tuple(m for y in self.archived_years for m in self._archived_meetings(y))
        return sorted(
            (
                m
                for m in pool
                if (council is None or m.belongs_to(council))
                and (year is None or m.start.year == year)
            ),
            key=lambda m: (m.start, m.council),
        )

    def members_of(self, council: str) -> list[Member]:
        return [m for m in self.members if m.council == council]


def snapshot_of(
    document: dict[str, Any],
    path: Path,
    *,
    validate_all: bool = True,
    archive: Archive | None = None,
) -> Snapshot:
    def records(kind: type[R]) -> tuple[R, ...]:
        table = table_of(kind)
        return tuple(
            record_of(kind, table, doc_id, doc, path)
            for doc_id, doc in document.get(table, {}).items()
        )

    settings_doc = document.get(SETTINGS_TABLE, {}).get("1")
    try:
        settings = Settings.from_dict(settings_doc) if settings_doc else Settings()
    except (ValidationError, TypeError, ValueError, AttributeError, KeyError) as exc:
        raise StoreError(msg("error.store.bad_settings", error=exc), path) from None
    snapshot = Snapshot(
        councils=records(Council),
        members=lambda: records(Member),
        meetings=records(Meeting),
        contacts=lambda: records(Contact),
        settings=settings,
        raw_items=document.get(table_of(AgendaItem), {}),
        path=path,
        holidays=holiday_cache.read(document),
        archive=archive,
        records=records,
    )
    if validate_all:
        snapshot.validate_items()
    return snapshot


def active_part(document: dict[str, Any], since: pendulum.Date) -> dict[str, Any]:
    """`document` without the meetings (and their items) `active_snapshot` leaves out.

    Works on the raw document so that what is left out is never parsed. Only what is
    positively known to be finished is left out; anything malformed is kept, so it is
    validated (and refused) as in a full snapshot.
    """
    # A stored start is Copenhagen time with its offset, so its first ten characters are
    # the local day; one day's margin covers a file written with another offset.
    bound = since.subtract(days=1).isoformat()

    def skipped(doc: Any) -> bool:
        if not isinstance(doc, dict):
            return False
        state, start = doc.get("state"), doc.get("start")
        if state == "cancelled":
            return True
        return state == "published" and isinstance(start, str) and start[:10] < bound

    meetings = document.get("meetings")
    items = document.get("items")
    if not isinstance(meetings, dict) or not isinstance(items, dict):
        return document
    kept = {doc_id: doc for doc_id, doc in meetings.items() if not skipped(doc)}
    dropped = {doc_id for doc_id in meetings if doc_id not in kept}
    return {
        **document,
        "meetings": kept,
        "items": {
            doc_id: doc
            for doc_id, doc in items.items()
            if not (isinstance(doc, dict) and str(doc.get("meeting_id")) in dropped)
        },
    }
