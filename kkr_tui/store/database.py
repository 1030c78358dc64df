"""The Store: open, create or migrate the database file; read its committed state;
change records through verbs.

Every change runs in a `Transaction` (kkr_tui.store.transaction): take the
inter-process lock (a sidecar `<db>.lock`, never the data file), read the file fresh,
apply the change through TinyDB, check revisions, write the whole file once
atomically, release the lock. So two writers can never lose each other's update, and
a stale edit is refused with ConflictError (never a silent overwrite). Readers never
lock: the file is only ever replaced whole, so a read sees one committed state
(`Snapshot`, kkr_tui.store.snapshot).

Length: ~420 lines, one job: the Store and how a path becomes one (the link resolved,
created, migrated, opened read-only); the records' verbs are Transaction's, the read
model is Snapshot's, the versions kept are kkr_tui.store.backups'.

Only the writing code imports the write side (inside the methods): `backups` and
`changes` bring hashlib, mimetypes and secrets (~15 ms), `transaction` TinyDB (~2 ms),
`seed` uuid; `kkr status`, which only reads, must not pay for them (the import budget,
kkr_tui/cli.py).
"""

from __future__ import annotations

import contextlib
import errno
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import pendulum

from kkr_tui.domain.models import Meeting, Record
from kkr_tui.domain.rules import Settings
from kkr_tui.i18n import msg, os_reason
from kkr_tui.store import files, holiday_cache, schema
from kkr_tui.store.archive import Archive, archive_folder, write_archive
from kkr_tui.store.errors import LockLostError, ReadOnlyError, StoreError
from kkr_tui.store.locking import LOCK_TIMEOUT_S, Locked, lock_path_of
from kkr_tui.store.records import R
from kkr_tui.store.schema import META_TABLE, meta_document, migrate, schema_version_of
from kkr_tui.store.snapshot import Snapshot, active_part, snapshot_of

if TYPE_CHECKING:
    from kkr_tui.store.transaction import Transaction

T = TypeVar("T")

# A file version younger than this may share its stat signature with a later one
# (same inode reused, same mtime tick, same size); see Store.snapshot.
RACY_WINDOW_NS = 3_000_000_000
# Within that window the content is compared at most this often (a 10 MB file takes
# ~25 ms to read and hash; a redraw asks for the snapshot many times).
RACY_RECHECK_S = 0.5
# How often a writer sweeps abandoned temp files from the folder.
TEMP_SWEEP_INTERVAL_S = 60.0


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
            raise StoreError(msg("error.store.gone_now"), self.path)
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
            raise StoreError(msg("error.store.gone_now"), self.path)
        if self._cached is not None and self._cached.signature == sig:
            return self._cached.snapshot  # already parsed in full: nothing to save
        opened = self._opened
        fresh = opened is not None and opened[0] == sig
        document = opened[2] if opened is not None and fresh else self._read_document()
        # Validated as read: the meetings at once, the items of each meeting asked
        # about; members and contacts, which the status never reads, not at all.
        return snapshot_of(active_part(document, since), self.path, validate_all=False)

    def _remember(
        self,
        sig: files.Signature,
        raw: bytes,
        document: dict[str, Any],
        validate_all: bool = False,
    ) -> Snapshot:
        # Later versions were written by this program (validated on write), so their
        # agenda items are built lazily; open_store(validate_all=True) checks the first.
        snap = snapshot_of(document, self.path, validate_all=validate_all, archive=self.archive)
        self._cached = _Cached(sig, _digest(raw), snap, _is_settled(sig), time.monotonic())
        return snap

    def _document_of(self, raw: bytes) -> dict[str, Any]:
        data: dict[str, Any] = files.parse(raw, self.path)
        version = schema_version_of(data, self.path)
        if version < schema.SCHEMA_VERSION:
            raise StoreError(msg("error.store.needs_migration"), self.path)
        schema.check_shape(data, self.path)
        return data

    def _read_document(self) -> dict[str, Any]:
        return self._document_of(files.read_bytes(self.path))

    # -- writing -------------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[Transaction]:
        """Lock, read fresh, let the caller change things, write once atomically."""
        if self.readonly:
            raise ReadOnlyError(msg("error.store.read_only"), self.path)
        with self._lock() as lock:
            sig, raw = files.read_versioned(self.path)
            if is_read_only(self.path):  # made read-only since it was opened
                self.readonly = True
                raise ReadOnlyError(msg("error.store.became_read_only"), self.path)
            self._sweep_temps()
            from kkr_tui.store.transaction import Transaction  # writers only (docstring)

            tx = Transaction(self._document_of(raw), self.archive)
            yield tx
            refile = False
            if tx._storage.dirty:
                change = self._change_in_words(tx)  # before filing: the records in hand
                before, after, refile = tx._file_finished_years()
                tx._record_last_ids()
                holiday_cache.refresh(tx._storage.document)
                from kkr_tui.store import backups, changes

                def still_ours() -> None:
                    """Right before each rename: the file is still the one read. Under
                    the lock it always is, unless the lock file was deleted and another
                    writer took a new one meanwhile (see kkr_tui.store.locking)."""
                    if files.signature(self.path) != sig:
                        raise LockLostError(
                            msg("error.store.lock_lost", name=lock.lock_path.name), self.path
                        )

                still_ours()
                version = None
                if not tx.refiling:  # filing away changes no record: no version before it
                    version = backups.write_backup(
                        self.path, raw, backups.WRITE, user=changes.os_user(), change=change
                    )
                try:
                    for part in before:  # the archive first, then the main file: archive.py
                        write_archive(self.path, part, before_replace=still_ours)
                    files.write_atomic(
                        self.path, files.dumps(tx._storage.document), before_replace=still_ours
                    )
                except BaseException:
                    if version is not None and not before:
                        # Nothing was written: a version "before" a change that never
                        # happened would only mislead `kkr backup list`.
                        backups.discard(self.path, version)
                    raise
                for part in after:
                    write_archive(self.path, part)
        if refile:
            self._file_away_again()

    def _file_away_again(self) -> None:
        """File away the archived meetings a transaction changed (kept in the main file
        for its commit: see Transaction._keep_changed_in_main). The change is saved
        already, so a failure here is not the caller's: the next write files them."""
        with contextlib.suppress(StoreError, OSError), self.transaction() as tx:
            tx.refiling = True
            tx._storage.dirty = True

    def apply(self, change: Callable[[Transaction], T]) -> T:
        """`change` in one transaction (see `transaction`), run again on a fresh read if
        the lock file was deleted or replaced meanwhile, so no update is lost to that;
        for as long as a writer waits for the lock, then LockLostError."""
        give_up = time.monotonic() + LOCK_TIMEOUT_S
        while True:
            try:
                with self.transaction() as tx:
                    return change(tx)
            except LockLostError:
                if time.monotonic() > give_up:
                    raise
                import random

                time.sleep(random.uniform(0, 0.02))  # so the same writer does not lose again

    def _lock(self) -> Locked:
        return Locked(self.path)

    def _sweep_temps(self) -> None:
        now = time.monotonic()
        if now - self._last_temp_sweep < TEMP_SWEEP_INTERVAL_S:
            return
        self._last_temp_sweep = now
        files.remove_stale_temps(self.path.parent)
        from kkr_tui.store import backups  # writers only (module docstring)

        files.remove_stale_temps(backups.backup_folder(self.path))
        # A write killed while filing a year leaves its temp beside the archive files.
        files.remove_stale_temps(archive_folder(self.path))

    @staticmethod
    def _change_in_words(tx: Transaction) -> str:
        """What `tx` changed, for the version kept before it is written. Looks records
        up in the document only: `tx.get` would take an archived meeting back."""
        from kkr_tui.store import changes

        document = tx._storage.document

        def meeting_of(meeting_id: int) -> Meeting | None:
            doc = document.get("meetings", {}).get(str(meeting_id))
            try:
                return Meeting.from_dict(doc, meeting_id) if isinstance(doc, dict) else None
            except ValueError:
                return None

        def council_name(slug: str) -> str:
            doc = next(
                (d for d in document.get("councils", {}).values() if d.get("slug") == slug), None
            )
            return str(doc.get("name", slug)) if isinstance(doc, dict) else slug

        return changes.describe(tx.changes, meeting_of, council_name)

    def add(self, record: R) -> R:
        return self.apply(lambda tx: tx.add(record))

    def update(self, record: R) -> R:
        return self.apply(lambda tx: tx.update(record))

    def delete(self, record: Record) -> None:
        self.apply(lambda tx: tx.delete(record))

    def save_settings(self, settings: Settings) -> Settings:
        return self.apply(lambda tx: tx.save_settings(settings))


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
    path = real_db_path(path)
    try:
        exists = path.exists()
        if exists and not path.is_file():
            if path.is_dir():
                raise StoreError(msg("error.store.is_folder_give_file"), path)
            raise StoreError(msg("error.store.not_regular"), path)
    except OSError as exc:
        raise StoreError(msg("error.store.inaccessible", reason=os_reason(exc)), path) from None
    if not exists:
        if path.parent.exists() and not path.parent.is_dir():  # not missing: say what it is
            raise StoreError(msg("error.store.not_a_folder", folder=path.parent), path)
        if not create:
            if not path.parent.is_dir():
                raise StoreError(msg("error.store.no_folder", folder=path.parent), path)
            raise StoreError(msg("error.store.missing"), path)
        _create(path)
    sig, raw = files.read_versioned(path)
    data = files.parse(raw, path)
    version = schema_version_of(data, path)
    schema.check_shape(data, path)
    store = Store(path, readonly=is_read_only(path))
    if version < schema.SCHEMA_VERSION:
        if store.readonly:
            raise StoreError(msg("error.store.migration_read_only"), path)
        _migrate(store)
        store.snapshot()
    elif validate_all:
        # Every record must load: a bad file is refused now, not mid-session. The
        # parse is kept, so the caller's first snapshot() costs no second one.
        store._remember(sig, raw, data, validate_all=True)
    else:
        store._opened = (sig, raw, data)
    return store


def real_db_path(path: Path | str) -> Path:
    """The file to open and replace: a symlink is resolved once, to its target.

    Writing through the target means the atomic rename replaces the real file (not
    the link), and every user reaching it by another link shares one lock file.
    """
    path = Path(path).expanduser()
    loop = StoreError(msg("error.store.link_loop"), path)
    try:
        if not path.is_symlink():
            return path.absolute()
        target = path.resolve(strict=False)
        if not target.exists():
            # Python 3.13 resolves a loop to the link itself (no RuntimeError): ask again.
            if os.path.islink(target) and _loops(path):
                raise loop
            raise StoreError(msg("error.store.dangling_link", target=target), path)
        return target
    except RuntimeError:  # Python 3.11 and 3.12 report a symlink loop this way
        raise loop from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise loop from None
        raise StoreError(msg("error.store.inaccessible", reason=os_reason(exc)), path) from None


def _loops(path: Path) -> bool:
    """True if following `path`'s links never ends (ELOOP)."""
    try:
        os.stat(path)
    except OSError as exc:
        return exc.errno == errno.ELOOP
    return False


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
        raise StoreError(
            msg("error.store.cannot_create_folder", reason=os_reason(exc)), path.parent
        ) from None
    if not os.access(path.parent, os.W_OK) or not os.stat(path.parent).st_mode & 0o222:
        raise StoreError(msg("error.store.folder_read_only"), path.parent)
    with Locked(path):
        if path.exists():  # someone else created it while we waited for the lock
            return
        from kkr_tui.store.seed import seed_tables  # writers only (module docstring)

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
