"""Finished years live in per-year archive files beside the database.

Why: every reader parses the database file whole, and on 20 years of data that is
~10 MB and ~60 ms before anything is shown (BENCHMARKS.md). The work of a
secretariat is the current and the coming year; the years before are history.
So the store keeps a year in `archive/<db stem>-<year>.json` once it is finished:

- a year is *finished* when every meeting in it is published or cancelled, and
  either a later year's work has begun (a meeting in a later year has been held) or
  it lies at least KEEP_RECENT_YEARS before the newest year in the database. So last
  year stays in the main file until the first meeting of the new year has been held
  (its minutes may still be corrected in January), and no clock is needed to decide;
- the move happens inside an ordinary write (Store.transaction), under the same lock:
  first the archive file is written (atomically), then the main file without the
  year's meetings and their agenda items;
- a record read from an archive and then changed is taken back into the main file
  by the transaction; if its year is still finished, the same write files it again.

Readers join the two: a meeting id found in both the main file and an archive is
taken from the main file. That one rule makes every crash harmless. A crash between
the two writes leaves the year in both files (the main copy wins, the next write
files it again); a main file restored from a backup taken before a year was archived
simply shows its own copies.

Nothing that is still open can be archived (an open meeting keeps its whole year in
the main file), so `kkr status` and every "what must I do" view read only the main
file. History views (Årshjul on an old year, exports, imports checking duplicates)
read the archive of the years they show. `Archive` is that reading: each year's file
as domain objects, read when first asked for and kept until the file changes.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kkr_tui.domain.models import AgendaItem, Meeting
from kkr_tui.i18n import msg, os_reason
from kkr_tui.store import files
from kkr_tui.store.errors import NotADatabaseError, StoreError
from kkr_tui.store.records import record_of
from kkr_tui.store.schema import APP_ID, META_TABLE

FOLDER = "archive"
KEEP_RECENT_YEARS = 2  # with nothing held in a later year, the year before the newest stays
FINISHED_STATES = frozenset({"published", "cancelled"})
HELD_STATES = frozenset({"held", "published"})
ARCHIVED_TABLES = ("meetings", "items")


def archive_folder(db_path: Path) -> Path:
    return db_path.parent / FOLDER


def archive_path(db_path: Path, year: int) -> Path:
    return archive_folder(db_path) / f"{db_path.stem}-{year}.json"


def _name_pattern(db_path: Path) -> re.Pattern[str]:
    return re.compile(rf"^{re.escape(db_path.stem)}-(\d{{4}})\.json$")


def archived_years(db_path: Path) -> tuple[int, ...]:
    """The years with an archive file for this database, oldest first."""
    try:
        names = os.listdir(archive_folder(db_path))
    except (FileNotFoundError, NotADirectoryError):
        return ()
    except OSError as exc:
        folder = archive_folder(db_path)
        raise StoreError(
            msg("error.archive.unreadable_folder", reason=os_reason(exc)), folder
        ) from None
    pattern = _name_pattern(db_path)
    return tuple(sorted(int(m.group(1)) for m in map(pattern.match, names) if m is not None))


def meeting_year(doc: Any) -> int | None:
    """The local year of a stored meeting (its start is Copenhagen time with offset)."""
    start = doc.get("start") if isinstance(doc, dict) else None
    if isinstance(start, str) and start[:4].isdigit():
        return int(start[:4])
    return None


@dataclass
class ArchivedYear:
    """One archive file's documents (raw, as stored), keyed by id as in the main file."""

    year: int
    meetings: dict[str, Any] = field(default_factory=dict)
    items: dict[str, Any] = field(default_factory=dict)

    def document(self) -> dict[str, Any]:
        return {
            META_TABLE: {"1": {"app": APP_ID, "archive_year": self.year}},
            "meetings": self.meetings,
            "items": self.items,
        }


def parse_archive(raw: bytes, path: Path, year: int) -> ArchivedYear:
    """An archive file's content; anything else is refused with the file named."""
    data = files.parse(raw, path)
    meta = data.get(META_TABLE, {}).get("1") if isinstance(data, dict) else None
    if not isinstance(meta, dict) or meta.get("app") != APP_ID:
        raise NotADatabaseError(msg("error.archive.not_archive"), path)
    if meta.get("archive_year") != year:
        raise NotADatabaseError(
            msg("error.archive.wrong_year", found=repr(meta.get("archive_year")), year=year), path
        )
    tables: list[dict[str, Any]] = []
    for name in ARCHIVED_TABLES:
        rows = data.get(name, {})
        if not isinstance(rows, dict) or not all(
            key.isdigit() and isinstance(doc, dict) for key, doc in rows.items()
        ):
            raise NotADatabaseError(msg("error.archive.table_shape", table=name), path)
        tables.append(rows)
    for doc_id, doc in tables[0].items():
        if meeting_year(doc) != year:
            raise NotADatabaseError(msg("error.archive.meeting_year", id=doc_id, year=year), path)
    return ArchivedYear(year, tables[0], tables[1])


def read_archive(db_path: Path, year: int) -> tuple[files.Signature, ArchivedYear]:
    path = archive_path(db_path, year)
    sig, raw = files.read_versioned(path)
    return sig, parse_archive(raw, path, year)


def write_archive(
    db_path: Path, part: ArchivedYear, before_replace: Callable[[], None] | None = None
) -> None:
    """Write (or, when it holds nothing any more, remove) one year's archive file;
    `before_replace` as for files.write_atomic."""
    path = archive_path(db_path, part.year)
    if not part.meetings and not part.items:
        if before_replace is not None:
            before_replace()
        path.unlink(missing_ok=True)
        return
    # The archive is shared as the database is: its mode and group.
    database = os.stat(db_path)
    try:
        files.ensure_folder(path.parent, like=database)
        files.write_atomic(
            path,
            files.dumps(part.document()),
            mode=stat.S_IMODE(database.st_mode),
            group=database.st_gid,
            before_replace=before_replace,
        )
    except OSError as exc:
        raise StoreError(msg("error.archive.cannot_write", reason=os_reason(exc)), path) from None


def finished_years(document: dict[str, Any]) -> set[int]:
    """The years of the main document that may move to the archive (see module doc)."""
    by_year: dict[int, bool] = {}
    held_in: set[int] = set()
    meetings = document.get("meetings")
    if not isinstance(meetings, dict):
        return set()
    for doc in meetings.values():
        year = meeting_year(doc)
        if year is None:
            continue
        state = doc.get("state") if isinstance(doc, dict) else None
        by_year[year] = by_year.get(year, True) and state in FINISHED_STATES
        if state in HELD_STATES:
            held_in.add(year)
    if not by_year:
        return set()
    newest = max(by_year)
    latest_held = max(held_in, default=None)
    return {
        year
        for year, done in by_year.items()
        if done
        and (year <= newest - KEEP_RECENT_YEARS or (latest_held is not None and year < latest_held))
    }


def file_away(
    document: dict[str, Any], years: set[int], parts: dict[int, ArchivedYear]
) -> set[int]:
    """Move the meetings of `years` and their items from `document` into `parts`.

    `parts` holds the current archive content of each year to be written (and gains
    an entry for a year that has none yet). Returns the years whose part changed.
    Items whose meeting is already in an archive (an item added to an archived
    meeting) follow their meeting there too.
    """
    changed: set[int] = set()
    meetings: dict[str, Any] = document.get("meetings", {})
    items: dict[str, Any] = document.get("items", {})
    year_of_meeting: dict[int, int] = {}
    for doc_id, doc in list(meetings.items()):
        year = meeting_year(doc)
        if year in years:
            part = parts.setdefault(year, ArchivedYear(year))
            part.meetings[doc_id] = meetings.pop(doc_id)
            year_of_meeting[int(doc_id)] = year
            changed.add(year)
    for year, part in parts.items():
        for doc_id in part.meetings:
            year_of_meeting.setdefault(int(doc_id), year)
    for doc_id, doc in list(items.items()):
        meeting_id = doc.get("meeting_id") if isinstance(doc, dict) else None
        if isinstance(meeting_id, int) and str(meeting_id) not in meetings:
            year = year_of_meeting.get(meeting_id)
            if year is not None:
                parts[year].items[doc_id] = items.pop(doc_id)
                changed.add(year)
    return changed


class ArchivedPart:
    """One archive year as domain objects: meetings at once, items per meeting."""

    def __init__(self, part: ArchivedYear, path: Path) -> None:
        self.raw = part
        self.path = path
        self.meetings = tuple(
            sorted(
                (record_of(Meeting, "meetings", i, doc, path) for i, doc in part.meetings.items()),
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
            items = [record_of(AgendaItem, "items", i, doc, self.path) for i, doc in raw]
            built = self._items[meeting_id] = tuple(sorted(items, key=lambda i: i.number))
        return built


# Every damaged archive file this process met, for a command to report after its output
# (the rest of the data was shown; the exit status then says something was missing).
DAMAGE_MET: dict[Path, StoreError] = {}


class DamagedArchiveError(StoreError):
    """An archive year's file cannot be read: the year named, a restore offered."""

    def __init__(self, year: int, reason: str, path: Path) -> None:
        super().__init__(msg("archive.damaged", year=year, reason=reason), path)
        self.year = year


class Archive:
    """The archive files of one database, each read when first asked for and kept
    (shared by every snapshot) until the file changes.

    A year whose file is damaged is remembered in `damaged` (year -> error) when met:
    readers leave it out and say so; a write that would need it is refused."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self._parts: dict[int, tuple[files.Signature, ArchivedPart]] = {}
        self._last_ids: dict[int, tuple[files.Signature | None, dict[str, int]]] = {}
        self.damaged: dict[int, DamagedArchiveError] = {}

    def years(self) -> tuple[int, ...]:
        return archived_years(self.db_path)

    def part(self, year: int) -> ArchivedPart:
        path = archive_path(self.db_path, year)
        cached = self._parts.get(year)
        if cached is not None and files.signature(path) == cached[0]:
            return cached[1]
        try:
            sig, raw = read_archive(self.db_path, year)
            built = ArchivedPart(raw, path)
        except DamagedArchiveError:
            raise
        except StoreError as exc:
            if not path.exists():
                raise  # taken back meanwhile: not damage
            damage = self.damaged[year] = DamagedArchiveError(year, exc.message, path)
            DAMAGE_MET[path] = damage
            raise damage from None
        self.damaged.pop(year, None)
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
                if cached and cached[0] == sig:
                    raw = cached[1].raw
                else:
                    try:
                        raw = self.part(year).raw
                    except DamagedArchiveError:
                        continue  # remembered in `damaged`; writers that need ids refuse
                    except StoreError:
                        continue  # gone meanwhile
                ids = {t: max(map(int, getattr(raw, t)), default=0) for t in ("meetings", "items")}
                known = self._last_ids[year] = (sig, ids)
            for table, top in known[1].items():
                highest[table] = max(highest.get(table, 0), top)
        return highest

    def loaded_part_of(self, meeting_id: int) -> ArchivedPart | None:
        for year in list(self._parts):
            try:
                part = self.part(year)  # re-read if the file changed since
            except StoreError:
                self._parts.pop(year, None)  # gone (every meeting taken back)
                continue
            if meeting_id in part.by_id:
                return part
        return None
