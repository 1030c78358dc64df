"""The store's verbs for one locked read-modify-write (`Transaction`).

The Store (kkr_tui.store.database) opens it under the lock on a fresh read of the
file and writes its document back once, atomically, at commit.
"""

from __future__ import annotations

import copy
from typing import Any

from tinydb import TinyDB
from tinydb.storages import Storage
from tinydb.table import Document

from kkr_tui.domain.models import AgendaItem, Meeting, Record
from kkr_tui.domain.rules import Settings
from kkr_tui.i18n import msg
from kkr_tui.store.archive import (
    Archive,
    ArchivedYear,
    file_away,
    finished_years,
    meeting_year,
)
from kkr_tui.store.errors import ConflictError, MissingRecordError, StoreError
from kkr_tui.store.records import SETTINGS_TABLE, R, table_of
from kkr_tui.store.schema import META_TABLE


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
        # (action, record) in order, for the words kept with the version before the write.
        self.changes: list[tuple[str, Record | Settings]] = []
        # Only filing away what an earlier write kept in the main file (no version kept).
        self.refiling = False

    @property
    def _storage(self) -> _TransactionStorage:
        storage = self._db.storage  # typed as any Storage: TinyDB made the one we named
        assert isinstance(storage, _TransactionStorage)
        return storage

    def _table(self, kind: type[Record] | str) -> Any:
        name = kind if isinstance(kind, str) else table_of(kind)
        # No query cache: every query must see this transaction's fresh read.
        return self._db.table(name, cache_size=0)

    def all(self, kind: type[R], *, history: bool = False) -> list[R]:
        """Every record of `kind` in the main file; with `history`, meetings and items
        of the archived years too (read only: changing one goes through get/update)."""
        found = [kind.from_dict(dict(doc), doc.doc_id) for doc in self._table(kind).all()]
        if history and self._archive is not None and kind in (Meeting, AgendaItem):
            table = table_of(kind)
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
        table = table_of(kind)
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
        """Store a new record with the next id and revision 1; the record as stored."""
        return self.add_all([record])[0]

    def add_all(self, records: list[R]) -> list[R]:
        """`add` for many new records of one kind in one table write. Why a second verb:
        TinyDB copies the whole table on every insert, so adding hundreds one by one
        costs quadratic time (the demo's 392 members: ~150 ms by `add`, ~35 ms here)."""
        if not records:
            return []
        kind = type(records[0])
        if any(type(record) is not kind for record in records):
            raise TypeError("add_all takes records of one kind")
        for meeting_id in dict.fromkeys(r.meeting_id for r in records if isinstance(r, AgendaItem)):
            self.get(Meeting, meeting_id)  # an archived meeting is taken back
        name = table_of(kind)
        added, documents = [], []
        for record in records:
            doc_id = self._next_id(name)
            stored = record.with_changes(rev=1)
            documents.append(Document(stored.to_dict(), doc_id=doc_id))
            self._last_ids[name] = doc_id
            added.append(stored.with_changes(id=doc_id))
            self.changes.append(("add", stored))
        self._table(kind).insert_multiple(documents)
        self._storage.dirty = True
        return added

    def _next_id(self, table: str) -> int:
        if table not in self._last_ids:
            document = self._storage.document
            meta = document.get(META_TABLE, {}).get("1", {})
            in_use = max((int(key) for key in document.get(table, {})), default=0)
            # The archive's ids too: a main file restored from an older backup, or a
            # crash between a filing's two writes, can leave its marks behind them.
            archived = 0
            if self._archive is not None and table in ("meetings", "items"):
                archived = self._archive.last_ids().get(table, 0)
                if self._archive.damaged:
                    # A damaged year's ids are unknown: a new one could collide with them.
                    raise next(iter(self._archive.damaged.values()))
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

    def _file_finished_years(self) -> tuple[list[ArchivedYear], list[ArchivedYear], bool]:
        """Move finished years out of the main document (called once, before the commit).

        Returns the archive parts to write before the main file, those to write after
        it, and whether a changed archived meeting stays in the main file for now (to
        be filed by a write of its own: `_keep_changed_in_main`). A meeting taken back
        into the main file stays in its archive file until the main file holds it (a
        reader in between would miss it otherwise); the main file's copy wins."""
        if self._archive is None:
            return [], [], False
        document = self._storage.document
        years = finished_years(document)
        existing = set(self._archive.years())
        for year in (years & existing) - set(self._parts):
            self._parts[year] = self._working_part(year)
        # Filed ids stay taken without more bookkeeping: _next_id reads the archive's.
        changed = file_away(document, years, self._parts) | set(self._parts)
        self._refuse_mixed_delete(document)
        kept_in_main = self._keep_changed_in_main(document)
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
        return before, after, kept_in_main

    def _keep_changed_in_main(self, document: dict[str, Any]) -> bool:
        """Keep each archived meeting this transaction changed (or whose items it
        changed) in the main file at this commit, its archive file keeping the old copy
        until then: the main file's rename is then the one moment the whole transaction
        appears. Written to the archive first, the new copy would show alone if the
        main file's write then failed. True if any was kept (the Store files it away
        with a write of its own)."""
        kept = False
        for year, taken in self._taken.items():
            part = self._parts[year]
            for meeting_id, old in taken.meetings.items():
                new = part.meetings.get(meeting_id)
                if new is None:
                    continue  # deleted, or not finished any more: in the main file anyway
                number = int(meeting_id)
                new_items = {i: d for i, d in part.items.items() if d.get("meeting_id") == number}
                old_items = {i: d for i, d in taken.items.items() if d.get("meeting_id") == number}
                if new == old and new_items == old_items:
                    continue  # only read: filed again as it was
                document["meetings"][meeting_id] = part.meetings.pop(meeting_id)
                items = document.setdefault("items", {})
                for item_id in new_items:
                    items[item_id] = part.items.pop(item_id)
                kept = True
        return kept

    def _refuse_mixed_delete(self, document: dict[str, Any]) -> None:
        """A deleted archived meeting disappears when its archive file is written, before
        the main file: with changes to other records too, the transaction could show in
        part. Refused (nothing written); deleting it alone, or with its items, is fine."""
        deleted = {
            int(meeting_id)
            for year, taken in self._taken.items()
            for meeting_id in taken.meetings
            if meeting_id not in document.get("meetings", {})
            and meeting_id not in self._parts[year].meetings
        }
        if not deleted:
            return
        for _action, record in self.changes:
            if isinstance(record, Meeting) and record.id in deleted:
                continue
            if isinstance(record, AgendaItem) and record.meeting_id in deleted:
                continue
            raise StoreError(msg("error.archive.mixed_delete"))

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
            raise ConflictError(msg("error.store.changed"), current)
        stored = record.with_changes(rev=record.rev + 1)
        self._table(type(record)).update(_replace_all(stored.to_dict()), doc_ids=[record.id])
        self.changes.append(("update", stored))
        return stored

    def delete(self, record: Record) -> None:
        current = self._current(record)
        if current.rev != record.rev:
            raise ConflictError(msg("error.store.changed"), current)
        self._table(type(record)).remove(doc_ids=[record.id])
        self.changes.append(("delete", current))
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
            raise ConflictError(msg("error.store.settings_changed"), current)
        stored = Settings.from_dict({**settings.to_dict(), "rev": settings.rev + 1})
        table = self._table(SETTINGS_TABLE)
        if table.contains(doc_id=1):
            table.update(_replace_all(stored.to_dict()), doc_ids=[1])
        else:
            table.insert(stored.to_dict())
        self.changes.append(("update", stored))
        return stored

    def _current(self, record: R) -> R:
        current = self.get(type(record), record.id)
        if current is None:
            raise MissingRecordError(msg("error.store.deleted"))
        return current


def _replace_all(new: dict[str, Any]) -> Any:
    """A TinyDB update operation that replaces the whole document (drops stale keys)."""

    def transform(doc: dict[str, Any]) -> None:
        doc.clear()
        doc.update(new)

    return transform
