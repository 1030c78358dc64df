"""The store: the only code that reads or writes the database file. No Textual here."""

from kkr_tui.store import schema
from kkr_tui.store.database import (
    Snapshot,
    Store,
    Transaction,
    is_read_only,
    open_store,
    resolve_db_path,
    restore_backup,
)
from kkr_tui.store.errors import (
    ConflictError,
    CorruptDatabaseError,
    MissingRecordError,
    NewerSchemaError,
    NotADatabaseError,
    ReadOnlyError,
    StoreError,
    UnknownBackupError,
)

__all__ = [
    "ConflictError",
    "CorruptDatabaseError",
    "MissingRecordError",
    "NewerSchemaError",
    "NotADatabaseError",
    "ReadOnlyError",
    "Snapshot",
    "Store",
    "StoreError",
    "Transaction",
    "UnknownBackupError",
    "is_read_only",
    "open_store",
    "resolve_db_path",
    "restore_backup",
    "schema",
]
