"""The Store: open or create the database, read snapshots, change records through verbs.

Every change runs in a `Transaction`: take the inter-process lock (a sidecar
`<db>.lock`, never the data file), read the file fresh, apply the change through
TinyDB, check revisions, write the whole file once atomically, release the lock.
So two writers can never lose each other's update, and a stale edit is refused with
ConflictError (never a silent overwrite). Readers never lock: the file is only ever
replaced whole, so a read sees one committed state.
"""

from __future__ import annotations

import copy
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import pendulum
from tinydb import TinyDB
from tinydb.storages import Storage
from tinydb.table import Document

from kkr_tui.domain.appointments import Appointment, Body
from kkr_tui.domain.errors import ValidationError
from kkr_tui.domain.models import AgendaItem, Contact, Council, Meeting, Member, Record
from kkr_tui.domain.names import caseless
from kkr_tui.domain.planning import Planner
from kkr_tui.domain.readiness import Readiness
from kkr_tui.domain.rules import Settings
from kkr_tui.domain.workdays import cached_holidays
from kkr_tui.store import files, holiday_cache, schema
from kkr_tui.store.archive import (
    ArchivedYear,
    archive_path,
    archived_years,
    file_away,
    finished_years,
    meeting_year,
    read_archive,
    write_archive,
)
from kkr_tui.store.errors import (
    ConflictError,
    MissingRecordError,
    ReadOnlyError,
    StoreError,
)
from kkr_tui.store.locking import LOCK_TIMEOUT_S, Locked, lock_path_of
from kkr_tui.store.schema import META_TABLE, meta_document, migrate, schema_version_of
from kkr_tui.store.seed import seed_tables

R = TypeVar("R", bound=Record)

TABLE_OF: dict[type[Record], str] = {
    Council: "councils",
    Member: "members",
    Meeting: "meetings",
    AgendaItem: "items",
    Contact: "contacts",
    Body: "bodies",
    Appointment: "appointments",
}
SETTINGS_TABLE = "settings"
# A file version younger than this may share its stat signature with a later one
# (same inode reused, same mtime tick, same size); see Store.snapshot.
RACY_WINDOW_NS = 3_000_000_000
# Within that window the content is compared at most this often (a 10 MB file takes
# ~25 ms to read and hash; a redraw asks for the snapshot many times).
RACY_RECHECK_S = 0.5
# How often a writer sweeps abandoned temp files from the folder.
TEMP_SWEEP_INTERVAL_S = 60.0

__all__ = ["LOCK_TIMEOUT_S", "Snapshot", "Store", "Transaction", "open_store", "restore_backup"]


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
            _record(AgendaItem, "items", doc_id, doc, self._path)
        self.members, self.contacts, self.bodies, self.appointments  # noqa: B018  (built to be checked)

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
            items = [_record(AgendaItem, "items", doc_id, doc, self._path) for doc_id, doc in raw]
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

    def _archived_meetings(self, year: int) -> tuple[Meeting, ...]:
        """The archived meetings of `year` that the main file does not also hold
        (a copy in the main file wins: see the archive module on crashes)."""
        if self._archive is None or year not in self.archived_years:
            return ()
        try:
            part = self._archive.part(year)
        except StoreError:
            if archive_path(self._path, year).exists():
                raise
            return ()  # taken back since this state was read: the next state shows it
        return tuple(m for m in part.meetings if m.id not in self._meeting_by_id)

    def _archived_part_of(self, meeting_id: int) -> _ArchivedPart | None:
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
        if self.meeting(meeting.id) is not meeting:
            return self.planner.readiness(meeting, self.items_for(meeting.id), today)
        key = (meeting.id, meeting.rev, today)
        found = self._readiness.get(key)
        if found is None:
            found = self.planner.readiness(meeting, self.items_for(meeting.id), today)
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
                found = self._archive.part(year).by_id.get(meeting_id)
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
                if (council is None or m.council == council)
                and (year is None or m.start.year == year)
            ),
            key=lambda m: (m.start, m.council),
        )

    def members_of(self, council: str) -> list[Member]:
        return [m for m in self.members if m.council == council]


class _ArchivedPart:
    """One archive year as domain objects: meetings at once, items per meeting."""

    def __init__(self, part: ArchivedYear, path: Path) -> None:
        self.raw = part
        self.path = path
        self.meetings = tuple(
            sorted(
                (_record(Meeting, "meetings", i, doc, path) for i, doc in part.meetings.items()),
                key=lambda m: (m.start, m.council),
            )
        )
        self.by_id = {m.id: m for m in self.meetings}
        grouped: dict[int, list[tuple[str, Any]]] = {}
        for doc_id, doc in part.items.items():
            grouped.setdefault(doc.get("meeting_id", -1), []).append((doc_id, doc))
        self._raw_items = grouped
        self._items: dict[int, tuple[AgendaItem, ...]] = {}

    def items_of(self, meeting_id: int) -> tuple[AgendaItem, ...]:
        built = self._items.get(meeting_id)
        if built is None:
            raw = self._raw_items.get(meeting_id, [])
            items = [_record(AgendaItem, "items", i, doc, self.path) for i, doc in raw]
            built = self._items[meeting_id] = tuple(sorted(items, key=lambda i: i.number))
        return built


class Archive:
    """The archive files of one database, each read when first asked for and kept
    (shared by every snapshot) until the file changes."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self._parts: dict[int, tuple[files.Signature, _ArchivedPart]] = {}
        self._last_ids: dict[int, tuple[files.Signature | None, dict[str, int]]] = {}

    def years(self) -> tuple[int, ...]:
        return archived_years(self.db_path)

    def part(self, year: int) -> _ArchivedPart:
        path = archive_path(self.db_path, year)
        cached = self._parts.get(year)
        if cached is not None and files.signature(path) == cached[0]:
            return cached[1]
        sig, raw = read_archive(self.db_path, year)
        built = _ArchivedPart(raw, path)
        self._parts[year] = (sig, built)
        return built

    def last_ids(self) -> dict[str, int]:
        """The highest id per table in the archive files (each file read once per
        version, without keeping its records: a new record's id must be above them)."""
        highest: dict[str, int] = {}
        for year in self.years():
            path = archive_path(self.db_path, year)
            sig = files.signature(path)
            known = self._last_ids.get(year)
            if known is None or known[0] != sig:
                cached = self._parts.get(year)
                raw = (
                    cached[1].raw
                    if cached and cached[0] == sig
                    else read_archive(self.db_path, year)[1]
                )
                ids = {t: max(map(int, getattr(raw, t)), default=0) for t in ("meetings", "items")}
                known = self._last_ids[year] = (sig, ids)
            for table, top in known[1].items():
                highest[table] = max(highest.get(table, 0), top)
        return highest

    def loaded_part_of(self, meeting_id: int) -> _ArchivedPart | None:
        for year in list(self._parts):
            try:
                part = self.part(year)  # re-read if the file changed since
            except StoreError:
                self._parts.pop(year, None)  # gone (every meeting taken back)
                continue
            if meeting_id in part.by_id:
                return part
        return None


class _TransactionStorage(Storage):
    """TinyDB storage holding one transaction's document in memory.

    The Transaction loads it fresh from the file under the lock and writes it back
    atomically once at commit, so a batch of changes is one write.
    """

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self.dirty = False

    def read(self) -> dict[str, Any]:
        return self.document

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        self.document = data
        self.dirty = True


class Transaction:
    """The store's verbs for one locked read-modify-write."""

    def __init__(self, document: dict[str, Any], archive: Archive | None = None) -> None:
        self._db = TinyDB(storage=_TransactionStorage, document=document)
        # The highest id ever given per table (kept in _meta): ids are never reused,
        # so a new meeting cannot inherit a deleted one's calendar UID or references.
        self._last_ids: dict[str, int] = {}
        self._archive = archive
        # Archive years this transaction took records back from, as they must now be
        # written (the raw documents, copied: the Archive's cache is never changed),
        # and what was taken back, as it was.
        self._parts: dict[int, ArchivedYear] = {}
        self._taken: dict[int, ArchivedYear] = {}

    @property
    def _storage(self) -> _TransactionStorage:
        return self._db.storage  # type: ignore[return-value]

    def _table(self, kind: type[Record] | str) -> Any:
        name = kind if isinstance(kind, str) else TABLE_OF[kind]
        # No query cache: every query must see this transaction's fresh read.
        return self._db.table(name, cache_size=0)

    def all(self, kind: type[R], *, history: bool = False) -> list[R]:
        """Every record of `kind` in the main file; with `history`, meetings and items
        of the archived years too (read only: changing one goes through get/update)."""
        found = [kind.from_dict(dict(doc), doc.doc_id) for doc in self._table(kind).all()]
        if history and self._archive is not None and kind in (Meeting, AgendaItem):
            table = TABLE_OF[kind]
            in_main = {record.id for record in found}
            for year in self._archive.years():
                if year in self._parts:
                    docs = getattr(self._parts[year], table)
                else:
                    docs = getattr(self._archive.part(year).raw, table)
                found += [
                    kind.from_dict(dict(doc), int(doc_id))
                    for doc_id, doc in docs.items()
                    if int(doc_id) not in in_main
                ]
        return found

    def get(self, kind: type[R], record_id: int) -> R | None:
        doc = self._table(kind).get(doc_id=record_id)
        if doc is None and kind in (Meeting, AgendaItem) and self._take_back(kind, record_id):
            doc = self._table(kind).get(doc_id=record_id)
        return None if doc is None else kind.from_dict(dict(doc), record_id)

    def _take_back(self, kind: type[Record], record_id: int) -> bool:
        """Move the archived meeting holding `record_id` (a meeting or one of its items)
        and its items into this transaction's main document, so it can be changed.
        At commit its year is filed again if it is still finished."""
        if self._archive is None:
            return False
        table = TABLE_OF[kind]
        for year in self._archive.years():
            part = self._working_part(year)
            doc = getattr(part, table).get(str(record_id))
            if doc is None:
                continue
            meeting_id = record_id if kind is Meeting else doc.get("meeting_id")
            meeting_doc = part.meetings.pop(str(meeting_id), None)
            if meeting_doc is None:
                return False
            # Copies go to the main document: TinyDB changes documents in place, and the
            # originals are the Archive's cached ones (a rolled-back change must leave
            # no trace there).
            document = self._storage.document
            taken = self._taken.setdefault(year, ArchivedYear(year))
            document.setdefault("meetings", {})[str(meeting_id)] = copy.deepcopy(meeting_doc)
            taken.meetings[str(meeting_id)] = meeting_doc
            main_items = document.setdefault("items", {})
            for item_id, item in list(part.items.items()):
                if item.get("meeting_id") == meeting_id:
                    taken.items[item_id] = part.items.pop(item_id)
                    main_items[item_id] = copy.deepcopy(item)
            self._parts[year] = part
            self._storage.dirty = True
            return True
        return False

    def add(self, record: R) -> R:
        if isinstance(record, AgendaItem):
            self.get(Meeting, record.meeting_id)  # an archived meeting is taken back
        stored = record.with_changes(rev=1)
        name = TABLE_OF[type(record)]
        doc_id = self._next_id(name)
        self._table(type(record)).insert(Document(stored.to_dict(), doc_id=doc_id))
        self._last_ids[name] = doc_id
        self._storage.dirty = True
        return stored.with_changes(id=doc_id)

    def _next_id(self, table: str) -> int:
        if table not in self._last_ids:
            document = self._storage.document
            meta = document.get(META_TABLE, {}).get("1", {})
            in_use = max((int(key) for key in document.get(table, {})), default=0)
            # The archive's ids too: a main file restored from an older backup, or a
            # crash between a filing's two writes, can leave its marks behind them.
            archived = self._archive.last_ids().get(table, 0) if self._archive else 0
            marked = int(meta.get("last_ids", {}).get(table, 0))
            self._last_ids[table] = max(marked, in_use, archived)
        return self._last_ids[table] + 1

    def _working_part(self, year: int) -> ArchivedYear:
        """This transaction's copy of `year`'s archive file, to change and write at
        commit (the Archive's cached documents are never changed). Callers that change
        it keep it in `_parts`."""
        part = self._parts.get(year)
        if part is None:
            assert self._archive is not None
            raw = self._archive.part(year).raw
            part = ArchivedYear(year, dict(raw.meetings), dict(raw.items))
        return part

    def _file_finished_years(self) -> tuple[list[ArchivedYear], list[ArchivedYear]]:
        """Move finished years out of the main document (called once, before the commit).

        Returns the archive parts to write before the main file, and those to write
        after it. A meeting taken back into the main file stays in its archive file
        until the main file holds it (a reader in between would miss it otherwise);
        either copy is the same record, and the main file's wins."""
        if self._archive is None:
            return [], []
        document = self._storage.document
        years = finished_years(document)
        existing = set(self._archive.years())
        for year in (years & existing) - set(self._parts):
            self._parts[year] = self._working_part(year)
        # Filed ids stay taken without more bookkeeping: _next_id reads the archive's.
        changed = file_away(document, years, self._parts) | set(self._parts)
        before, after = [], []
        for year in sorted(changed):
            final = self._parts[year]
            taken = self._taken.get(year, ArchivedYear(year))
            staying = {i: doc for i, doc in taken.meetings.items() if i in document["meetings"]}
            if not staying:
                before.append(final)
                continue
            items = {i: doc for i, doc in taken.items.items() if i in document.get("items", {})}
            before.append(
                ArchivedYear(year, {**staying, **final.meetings}, {**items, **final.items})
            )
            after.append(final)
        return before, after

    def _record_last_ids(self) -> None:
        """Write the high-water marks into _meta (called once, before the commit)."""
        if not self._last_ids:
            return
        meta = self._storage.document.setdefault(META_TABLE, {}).setdefault("1", {})
        meta["last_ids"] = {**meta.get("last_ids", {}), **self._last_ids}

    def update(self, record: R) -> R:
        """Save `record` if nobody changed it since it was read (same rev)."""
        current = self._current(record)
        if current.rev != record.rev:
            raise ConflictError("posten er ændret af en anden siden du åbnede den", current)
        stored = record.with_changes(rev=record.rev + 1)
        self._table(type(record)).update(_replace_all(stored.to_dict()), doc_ids=[record.id])
        return stored

    def delete(self, record: Record) -> None:
        current = self._current(record)
        if current.rev != record.rev:
            raise ConflictError("posten er ændret af en anden siden du åbnede den", current)
        self._table(type(record)).remove(doc_ids=[record.id])
        if isinstance(record, Meeting | AgendaItem):
            self._forget_archived(record)

    def _forget_archived(self, record: Meeting | AgendaItem) -> None:
        """Remove `record`'s copy from its year's archive file too, if it has one (after
        a crash between the two writes of a filing, or a restored backup, a record can
        be in both files; the main file's copy hid the other until now)."""
        if self._archive is None:
            return
        year: int | None = record.start.year if isinstance(record, Meeting) else None
        if isinstance(record, AgendaItem):
            year = meeting_year(
                self._storage.document.get("meetings", {}).get(str(record.meeting_id))
            )
        if year is None or year not in self._archive.years():
            return
        part = self._working_part(year)
        gone = part.items.pop(str(record.id), None) if isinstance(record, AgendaItem) else None
        if isinstance(record, Meeting):
            gone = part.meetings.pop(str(record.id), None)
            for item_id, item in list(part.items.items()):
                if item.get("meeting_id") == record.id:
                    gone = part.items.pop(item_id)
        if gone is not None:
            self._parts[year] = part

    def settings(self) -> Settings:
        doc = self._table(SETTINGS_TABLE).get(doc_id=1)
        return Settings.from_dict(dict(doc)) if doc else Settings()

    def save_settings(self, settings: Settings) -> Settings:
        current = self.settings()
        if current.rev != settings.rev:
            raise ConflictError("indstillingerne er ændret af en anden", current)
        stored = Settings.from_dict({**settings.to_dict(), "rev": settings.rev + 1})
        table = self._table(SETTINGS_TABLE)
        if table.contains(doc_id=1):
            table.update(_replace_all(stored.to_dict()), doc_ids=[1])
        else:
            table.insert(stored.to_dict())
        return stored

    def _current(self, record: R) -> R:
        current = self.get(type(record), record.id)
        if current is None:
            raise MissingRecordError("posten er slettet af en anden")
        return current


def _replace_all(new: dict[str, Any]) -> Any:
    """A TinyDB update operation that replaces the whole document (drops stale keys)."""

    def transform(doc: dict[str, Any]) -> None:
        doc.clear()
        doc.update(new)

    return transform


@dataclass
class _Cached:
    """The last parsed version of the file and how sure we are it is still current."""

    signature: files.Signature
    digest: int
    snapshot: Snapshot
    settled: bool
    checked_at: float  # time.monotonic() of the last read of the content


def _digest(raw: bytes) -> int:
    # Python's own hash of the bytes (64-bit SipHash, salted per process): enough to
    # tell two versions of the file apart within this process, and it is never stored.
    # hashlib would cost the app's first paint ~3 ms (importing OpenSSL, then hashing).
    return hash(raw)


def _is_settled(sig: files.Signature) -> bool:
    """Old enough that any later version must carry a later mtime (racy-git rule)."""
    return time.time_ns() - sig[1] > RACY_WINDOW_NS


class Store:
    """One database file. Create with `open_store`."""

    def __init__(self, path: Path, readonly: bool) -> None:
        self.path = path
        self.readonly = readonly
        self.lock_path = lock_path_of(path)
        self._cached: _Cached | None = None
        # What open_store(validate_all=False) parsed, kept for the first read.
        self._opened: tuple[files.Signature, bytes, dict[str, Any]] | None = None
        self._daily_backup_day: pendulum.Date | None = None
        self._last_temp_sweep = float("-inf")
        self.archive = Archive(path)

    # -- reading -------------------------------------------------------------
    def signature(self) -> files.Signature | None:
        """Changes whenever the file is replaced (by anyone): used for live refresh."""
        return files.signature(self.path)

    def snapshot(self) -> Snapshot:
        """The current committed state, parsed once per version of the file.

        Cheap when nothing changed: one stat. A version written in the last few
        seconds is also compared by content (at most every RACY_RECHECK_S), because
        a later version can reuse its inode within the same mtime tick and have the
        same size (seen on ext4 when two writes follow each other within a
        millisecond). Writes never rely on this: a transaction always reads afresh.
        """
        sig = files.signature(self.path)
        if sig is None:
            raise StoreError("databasefilen findes ikke længere", self.path)
        opened, self._opened = self._opened, None
        if opened is not None and self._cached is None:
            # open_store(validate_all=False) parsed it; a newer version is read below.
            self._remember(*opened)
        cached = self._cached
        if (
            cached is not None
            and cached.signature == sig
            and (cached.settled or time.monotonic() - cached.checked_at < RACY_RECHECK_S)
        ):
            return cached.snapshot
        sig, raw = files.read_versioned(self.path)
        digest = _digest(raw)
        if cached is not None and cached.digest == digest:
            cached.signature, cached.settled = sig, _is_settled(sig)
            cached.checked_at = time.monotonic()
            return cached.snapshot
        return self._remember(sig, raw, self._document_of(raw))

    def active_snapshot(self, since: pendulum.Date) -> Snapshot:
        """A partial snapshot for readers that ask only about open work (`kkr status`).

        It holds every council, contact and member, the settings, and only the meetings
        that can still have an open milestone or be the next meeting as of `since`:
        those neither published nor cancelled, and published ones starting on or after
        `since`; with their agenda items. Published and cancelled meetings have every
        milestone done or void, so what is left out changes no answer about open work;
        it is not parsed, which is what makes `kkr status` fast on many years of data.
        Do not use it for anything that lists or counts history.
        """
        sig = files.signature(self.path)
        if sig is None:
            raise StoreError("databasefilen findes ikke længere", self.path)
        if self._cached is not None and self._cached.signature == sig:
            return self._cached.snapshot  # already parsed in full: nothing to save
        opened = self._opened
        fresh = opened is not None and opened[0] == sig
        document = opened[2] if opened is not None and fresh else self._read_document()
        # Validated as read: the meetings at once, the items of each meeting asked
        # about; members and contacts, which the status never reads, not at all.
        return _snapshot_of(_active_part(document, since), self.path, validate_all=False)

    def _remember(
        self,
        sig: files.Signature,
        raw: bytes,
        document: dict[str, Any],
        validate_all: bool = False,
    ) -> Snapshot:
        # Later versions were written by this program (validated on write), so their
        # agenda items are built lazily; open_store(validate_all=True) checks the first.
        snap = _snapshot_of(document, self.path, validate_all=validate_all, archive=self.archive)
        self._cached = _Cached(sig, _digest(raw), snap, _is_settled(sig), time.monotonic())
        return snap

    def _document_of(self, raw: bytes) -> dict[str, Any]:
        data = files.parse(raw, self.path)
        version = schema_version_of(data, self.path)
        if version < schema.SCHEMA_VERSION:
            raise StoreError("databasen skal migreres; åbn den med kkr først", self.path)
        schema.check_shape(data, self.path)
        return data  # type: ignore[no-any-return]

    def _read_document(self) -> dict[str, Any]:
        return self._document_of(files.read_bytes(self.path))

    # -- writing -------------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[Transaction]:
        """Lock, read fresh, let the caller change things, write once atomically."""
        if self.readonly:
            raise ReadOnlyError("databasen er skrivebeskyttet; ændringen er ikke gemt", self.path)
        with self._lock():
            raw = files.read_bytes(self.path)
            if is_read_only(self.path):  # made read-only since it was opened
                self.readonly = True
                raise ReadOnlyError(
                    "databasen er blevet skrivebeskyttet; ændringen er ikke gemt", self.path
                )
            self._sweep_temps()
            tx = Transaction(self._document_of(raw), self.archive)
            yield tx
            if tx._storage.dirty:
                before, after = tx._file_finished_years()
                tx._record_last_ids()
                holiday_cache.refresh(tx._storage.document)
                self._backup_first_write_of_day(raw)
                for part in before:  # the archive first, then the main file: see archive.py
                    write_archive(self.path, part)
                files.write_atomic(self.path, files.dumps(tx._storage.document))
                for part in after:
                    write_archive(self.path, part)

    def _lock(self) -> Locked:
        return Locked(self.path)

    def _sweep_temps(self) -> None:
        now = time.monotonic()
        if now - self._last_temp_sweep < TEMP_SWEEP_INTERVAL_S:
            return
        self._last_temp_sweep = now
        files.remove_stale_temps(self.path.parent)
        from kkr_tui.store import backups  # writers only: readers never need it

        files.remove_stale_temps(backups.backup_folder(self.path))

    def _backup_first_write_of_day(self, raw: bytes) -> None:
        from kkr_tui.store import backups

        now = backups.wall_clock()
        if self._daily_backup_day == now.date():
            return
        backups.ensure_daily_backup(self.path, raw, now)
        self._daily_backup_day = now.date()

    def add(self, record: R) -> R:
        with self.transaction() as tx:
            return tx.add(record)

    def update(self, record: R) -> R:
        with self.transaction() as tx:
            return tx.update(record)

    def delete(self, record: Record) -> None:
        with self.transaction() as tx:
            tx.delete(record)

    def save_settings(self, settings: Settings) -> Settings:
        with self.transaction() as tx:
            return tx.save_settings(settings)


def _record(kind: type[R], table: str, doc_id: str, doc: Any, path: Path) -> R:
    try:
        return kind.from_dict(doc, int(doc_id))
    except (ValidationError, TypeError, ValueError, AttributeError, KeyError) as exc:
        raise StoreError(f"ugyldig post {table}/{doc_id}: {exc}", path) from None


def _snapshot_of(
    document: dict[str, Any],
    path: Path,
    *,
    validate_all: bool = True,
    archive: Archive | None = None,
) -> Snapshot:
    def records(kind: type[R]) -> tuple[R, ...]:
        table = TABLE_OF[kind]
        return tuple(
            _record(kind, table, doc_id, doc, path)
            for doc_id, doc in document.get(table, {}).items()
        )

    settings_doc = document.get(SETTINGS_TABLE, {}).get("1")
    try:
        settings = Settings.from_dict(settings_doc) if settings_doc else Settings()
    except (ValidationError, TypeError, ValueError, AttributeError, KeyError) as exc:
        raise StoreError(f"ugyldige indstillinger: {exc}", path) from None
    snapshot = Snapshot(
        councils=records(Council),
        members=lambda: records(Member),
        meetings=records(Meeting),
        contacts=lambda: records(Contact),
        settings=settings,
        raw_items=document.get(TABLE_OF[AgendaItem], {}),
        path=path,
        holidays=holiday_cache.read(document),
        archive=archive,
        records=records,
    )
    if validate_all:
        snapshot.validate_items()
    return snapshot


def open_store(path: Path, *, create: bool = False, validate_all: bool = True) -> Store:
    """Open the database at `path`; with create=True make a new one if none is there.

    validate_all=False is for a one-shot reader that reads through `active_snapshot`
    (`kkr status`), and for the app, which shows its first screen first and then
    validates every record in the background (`Snapshot.validate_items`): the file's
    shape is checked, but the records are validated only when read.

    Refuses (StoreError, naming the path) a directory, a dangling or looping
    symlink, an unreadable, corrupt, foreign or newer-schema file, and never writes
    to a file it could not read. A file nobody may write (no w bit at all, which
    even root respects here) or that this user may not replace opens read-only.
    """
    path = resolve_db_path(path)
    try:
        exists = path.exists()
        if exists and not path.is_file():
            if path.is_dir():
                raise StoreError("er en mappe; angiv en databasefil, fx kkr.json", path)
            raise StoreError("er ikke en almindelig fil", path)
    except OSError as exc:
        raise StoreError(f"kan ikke tilgås: {exc.strerror}", path) from None
    if not exists:
        if not create:
            if not path.parent.is_dir():
                raise StoreError(f"mappen {path.parent} findes ikke", path)
            raise StoreError("databasefilen findes ikke", path)
        _create(path)
    sig, raw = files.read_versioned(path)
    data = files.parse(raw, path)
    version = schema_version_of(data, path)
    schema.check_shape(data, path)
    store = Store(path, readonly=is_read_only(path))
    if version < schema.SCHEMA_VERSION:
        if store.readonly:
            raise StoreError("databasen skal migreres, men filen er skrivebeskyttet", path)
        _migrate(store)
        store.snapshot()
    elif validate_all:
        # Every record must load: a bad file is refused now, not mid-session. The
        # parse is kept, so the caller's first snapshot() costs no second one.
        store._remember(sig, raw, data, validate_all=True)
    else:
        store._opened = (sig, raw, data)
    return store


def resolve_db_path(path: Path | str) -> Path:
    """The file to open and replace: a symlink is resolved once, to its target.

    Writing through the target means the atomic rename replaces the real file (not
    the link), and every user reaching it by another link shares one lock file.
    """
    path = Path(path).expanduser()
    try:
        if not path.is_symlink():
            return path.absolute()
        target = path.resolve(strict=False)
        if not target.exists():
            raise StoreError(f"er et symbolsk link til {target}, som ikke findes", path)
        return target
    except RuntimeError:  # Python 3.11 reports a symlink loop this way
        raise StoreError("er et symbolsk link i ring (peger på sig selv)", path) from None
    except OSError as exc:
        raise StoreError(f"kan ikke tilgås: {exc.strerror}", path) from None


def is_read_only(path: Path) -> bool:
    """May this process replace the file? No if the file or its folder has no w bit
    for anyone (read-only by intent, also for root, who passes every access check),
    or if this user may not write them."""
    try:
        if not os.stat(path).st_mode & 0o222 or not os.stat(path.parent).st_mode & 0o222:
            return True
    except OSError:
        return True
    return not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))


def _create(path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"mappen kan ikke oprettes: {exc.strerror}", path.parent) from None
    if not os.access(path.parent, os.W_OK) or not os.stat(path.parent).st_mode & 0o222:
        raise StoreError("mappen er ikke skrivbar; databasen kan ikke oprettes", path.parent)
    with Locked(path):
        if path.exists():  # someone else created it while we waited for the lock
            return
        document = {META_TABLE: meta_document(), **seed_tables()}
        files.write_atomic(path, files.dumps(document), mode=files.new_file_mode(path.parent))


def _migrate(store: Store) -> None:
    with Locked(store.path):
        raw = files.read_bytes(store.path)
        data = files.parse(raw, store.path)
        version = schema_version_of(data, store.path)
        if version >= schema.SCHEMA_VERSION:
            return
        from kkr_tui.store import backups

        backups.write_backup(store.path, raw, f"{backups.BEFORE_MIGRATION}-v{version}")
        files.write_atomic(store.path, files.dumps(migrate(data, version)))


def restore_backup(db_path: Path | str, name: str) -> tuple[Path, Path | None]:
    """Put backup `name` back as the database, atomically, under the lock.

    Works on a database that is corrupt or gone (that is when one restores). The
    version it replaces is itself kept as a backup first. A backup from an older
    schema is migrated afterwards (with its own backup). Returns the restored
    backup's path and the path of the copy of what was replaced (None if nothing).
    Raises UnknownBackupError (listing the names there are), ReadOnlyError, or
    StoreError for a backup that is not a usable KKR database.
    """
    path = resolve_db_path(db_path)
    from kkr_tui.store import backups

    backup = backups.find_backup(path, name)
    raw = files.read_bytes(backup.path)  # read first: pruning below may remove it
    version = schema_version_of(files.parse(raw, backup.path), backup.path)
    exists = path.exists()
    if exists and is_read_only(path):
        raise ReadOnlyError("databasen er skrivebeskyttet; intet er gendannet", path)
    replaced: Path | None = None
    with Locked(path):
        if exists and path.exists():
            replaced = backups.write_backup(path, files.read_bytes(path), backups.BEFORE_RESTORE)
        files.write_atomic(path, raw)
    if version < schema.SCHEMA_VERSION:
        open_store(path)
    return backup.path, replaced


def _active_part(document: dict[str, Any], since: pendulum.Date) -> dict[str, Any]:
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
