"""The Store: open or create the database, read snapshots, change records through verbs.

Every change runs in a `Transaction`: take the inter-process lock (a sidecar
`<db>.lock`, never the data file), read the file fresh, apply the change through
TinyDB, check revisions, write the whole file once atomically, release the lock.
Readers never lock: the file is only ever replaced whole, so a read sees one
committed state.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import pendulum
from tinydb import TinyDB
from tinydb.storages import Storage

from kkr_tui.domain.errors import ValidationError
from kkr_tui.domain.models import AgendaItem, Contact, Council, Meeting, Member, Record
from kkr_tui.domain.planning import Planner
from kkr_tui.domain.readiness import Readiness
from kkr_tui.domain.rules import Settings
from kkr_tui.domain.workdays import cached_holidays
from kkr_tui.store import files, holiday_cache, schema
from kkr_tui.store.backups import write_backup
from kkr_tui.store.errors import (
    ConflictError,
    MissingRecordError,
    ReadOnlyError,
    StoreError,
)
from kkr_tui.store.schema import META_TABLE, meta_document, migrate, schema_version_of
from kkr_tui.store.seed import seed_tables

R = TypeVar("R", bound=Record)

TABLE_OF: dict[type[Record], str] = {
    Council: "councils",
    Member: "members",
    Meeting: "meetings",
    AgendaItem: "items",
    Contact: "contacts",
}
SETTINGS_TABLE = "settings"
LOCK_TIMEOUT_S = 15.0

__all__ = ["Snapshot", "Store", "Transaction", "open_store"]


@dataclass(frozen=True)
class Snapshot:
    """One committed state of the database as domain objects."""

    councils: tuple[Council, ...]
    members: tuple[Member, ...]
    meetings: tuple[Meeting, ...]
    items: tuple[AgendaItem, ...]
    contacts: tuple[Contact, ...]
    settings: Settings
    _meeting_by_id: dict[int, Meeting] = field(default_factory=dict, repr=False, compare=False)
    _items_by_meeting: dict[int, list[AgendaItem]] = field(
        default_factory=dict, repr=False, compare=False
    )
    _planner: list[Planner] = field(default_factory=list, repr=False, compare=False)
    # The public holidays of the years in use, as the last writer stored them.
    holidays: holiday_cache.HolidayCache = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._meeting_by_id.update({m.id: m for m in self.meetings})
        for item in sorted(self.items, key=lambda i: i.number):
            self._items_by_meeting.setdefault(item.meeting_id, []).append(item)

    @property
    def planner(self) -> Planner:
        """Dates and readiness under this state's settings (built once per snapshot)."""
        if not self._planner:
            source = cached_holidays(self.holidays) if self.holidays else None
            self._planner.append(Planner(self.settings, holiday_source=source))
        return self._planner[0]

    def readiness(self, meeting: Meeting, today: pendulum.Date) -> Readiness:
        return self.planner.readiness(meeting, self.items_for(meeting.id), today)

    def council(self, slug: str) -> Council:
        for council in self.councils:
            if council.slug == slug:
                return council
        raise KeyError(slug)

    def meeting(self, meeting_id: int) -> Meeting | None:
        return self._meeting_by_id.get(meeting_id)

    def items_for(self, meeting_id: int) -> list[AgendaItem]:
        return list(self._items_by_meeting.get(meeting_id, ()))

    def meetings_of(self, council: str | None = None, year: int | None = None) -> list[Meeting]:
        return sorted(
            (
                m
                for m in self.meetings
                if (council is None or m.council == council)
                and (year is None or m.start.year == year)
            ),
            key=lambda m: (m.start, m.council),
        )

    def members_of(self, council: str) -> list[Member]:
        return [m for m in self.members if m.council == council]


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

    def __init__(self, document: dict[str, Any]) -> None:
        self._db = TinyDB(storage=_TransactionStorage, document=document)

    @property
    def _storage(self) -> _TransactionStorage:
        return self._db.storage  # type: ignore[return-value]

    def _table(self, kind: type[Record] | str) -> Any:
        name = kind if isinstance(kind, str) else TABLE_OF[kind]
        # No query cache: every query must see this transaction's fresh read.
        return self._db.table(name, cache_size=0)

    def all(self, kind: type[R]) -> list[R]:
        return [kind.from_dict(dict(doc), doc.doc_id) for doc in self._table(kind).all()]

    def get(self, kind: type[R], record_id: int) -> R | None:
        doc = self._table(kind).get(doc_id=record_id)
        return None if doc is None else kind.from_dict(dict(doc), record_id)

    def add(self, record: R) -> R:
        stored = record.with_changes(rev=1)
        doc_id = self._table(type(record)).insert(stored.to_dict())
        return stored.with_changes(id=doc_id)

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


class Store:
    """One database file. Create with `open_store`."""

    def __init__(self, path: Path, readonly: bool) -> None:
        self.path = path
        self.readonly = readonly
        self.lock_path = path.with_name(path.name + ".lock")
        self._cached: tuple[files.Signature, Snapshot] | None = None
        # The document open_store parsed to check it, kept for the first read: a large
        # file is then parsed once per run instead of twice.
        self._opened: tuple[files.Signature | None, dict[str, Any]] | None = None

    # -- reading -------------------------------------------------------------
    def signature(self) -> files.Signature | None:
        """Changes whenever the file is replaced (by anyone): used for live refresh."""
        return files.signature(self.path)

    def snapshot(self) -> Snapshot:
        """The current committed state, parsed once per version of the file."""
        sig = files.signature(self.path)
        if sig is None:
            raise StoreError("databasefilen findes ikke længere", self.path)
        if self._cached is not None and self._cached[0] == sig:
            return self._cached[1]
        document = self._document_at(sig)
        snap = _snapshot_of(document, self.path)
        self._cached = (sig, snap)
        return snap

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
        if self._cached is not None and self._cached[0] == sig:
            return self._cached[1]  # already parsed in full: nothing to save
        return _snapshot_of(_active_part(self._document_at(sig), since), self.path)

    def _document_at(self, sig: files.Signature) -> dict[str, Any]:
        opened, self._opened = self._opened, None
        if opened is not None and opened[0] == sig:
            return opened[1]
        return self._read_document()

    def _read_document(self) -> dict[str, Any]:
        data = files.read_json(self.path)
        version = schema_version_of(data, self.path)
        if version < schema.SCHEMA_VERSION:
            raise StoreError("databasen skal migreres; åbn den med kkr først", self.path)
        return data  # type: ignore[no-any-return]

    # -- writing -------------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[Transaction]:
        """Lock, read fresh, let the caller change things, write once atomically."""
        if self.readonly:
            raise ReadOnlyError("databasen er skrivebeskyttet; ændringen er ikke gemt", self.path)
        with self._lock():
            document = self._read_document()
            tx = Transaction(document)
            yield tx
            if tx._storage.dirty:
                holiday_cache.refresh(tx._storage.document)
                files.write_atomic(self.path, files.dumps(tx._storage.document))

    def _lock(self) -> Any:
        return _Locked(self.lock_path, self.path)

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


class _Locked:
    """The inter-process lock on the sidecar file, with a message naming the database."""

    def __init__(self, lock_path: Path, db_path: Path) -> None:
        # Imported here: filelock costs ~15 ms to import and readers never lock.
        from filelock import FileLock

        self._lock = FileLock(str(lock_path), timeout=LOCK_TIMEOUT_S, mode=0o600)
        self._db_path = db_path

    def __enter__(self) -> None:
        from filelock import Timeout

        try:
            self._lock.acquire()
        except Timeout:
            raise StoreError(
                f"databasen er låst af en anden proces i over {LOCK_TIMEOUT_S:.0f} s; prøv igen",
                self._db_path,
            ) from None

    def __exit__(self, *exc: object) -> None:
        self._lock.release()


def _snapshot_of(document: dict[str, Any], path: Path) -> Snapshot:
    def records(kind: type[R]) -> tuple[R, ...]:
        table = TABLE_OF[kind]
        out = []
        for doc_id, doc in document.get(table, {}).items():
            try:
                out.append(kind.from_dict(doc, int(doc_id)))
            except (ValidationError, TypeError, ValueError) as exc:
                raise StoreError(f"ugyldig post {table}/{doc_id}: {exc}", path) from None
        return tuple(out)

    settings_doc = document.get(SETTINGS_TABLE, {}).get("1")
    try:
        settings = Settings.from_dict(settings_doc) if settings_doc else Settings()
    except (ValidationError, TypeError, ValueError) as exc:
        raise StoreError(f"ugyldige indstillinger: {exc}", path) from None
    return Snapshot(
        councils=records(Council),
        members=records(Member),
        meetings=records(Meeting),
        items=records(AgendaItem),
        contacts=records(Contact),
        settings=settings,
        holidays=holiday_cache.read(document),
    )


def open_store(path: Path, *, create: bool = False) -> Store:
    """Open the database at `path`; with create=True make a new one if none is there.

    Refuses (StoreError, naming the path) a directory, an unreadable, corrupt, foreign
    or newer-schema file, and never writes to a file it could not read.
    """
    path = Path(path).expanduser()
    try:
        # A symlinked database is resolved once, so the atomic rename replaces the target.
        path = path.resolve() if path.is_symlink() else path.absolute()
        is_dir, exists = path.is_dir(), path.exists()
    except OSError as exc:
        # E.g. a folder on the way that this user may not enter (permission denied).
        raise StoreError(f"stien kan ikke undersøges: {exc.strerror or exc}", path) from None
    if is_dir:
        raise StoreError("er en mappe; angiv en databasefil, fx kkr.json", path)
    if not exists:
        if not create:
            if not path.parent.is_dir():
                raise StoreError(f"mappen {path.parent} findes ikke", path)
            raise StoreError("databasefilen findes ikke", path)
        _create(path)
    # Taken before the read: if the file is replaced meanwhile, the kept document is
    # merely not used (the signatures differ), never mistaken for the new file.
    sig = files.signature(path)
    data = files.read_json(path)
    version = schema_version_of(data, path)
    readonly = not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))
    store = Store(path, readonly=readonly)
    if version < schema.SCHEMA_VERSION:
        if readonly:
            raise StoreError("databasen skal migreres, men filen er skrivebeskyttet", path)
        _migrate(store)
    else:
        store._opened = (sig, data)
    return store


def _create(path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"mappen kan ikke oprettes: {exc.strerror}", path.parent) from None
    if not os.access(path.parent, os.W_OK):
        raise StoreError("mappen er ikke skrivbar; databasen kan ikke oprettes", path.parent)
    with _Locked(path.with_name(path.name + ".lock"), path):
        if path.exists():  # someone else created it while we waited for the lock
            return
        document = {META_TABLE: meta_document(), **seed_tables()}
        files.write_atomic(path, files.dumps(document), mode=files.NEW_FILE_MODE)


def _migrate(store: Store) -> None:
    with _Locked(store.lock_path, store.path):
        raw = store.path.read_bytes()
        data = files.read_json(store.path)
        version = schema_version_of(data, store.path)
        if version >= schema.SCHEMA_VERSION:
            return
        write_backup(store.path, raw, f"before-migration-v{version}")
        files.write_atomic(store.path, files.dumps(migrate(data, version)))


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
