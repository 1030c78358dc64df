"""The store: the only code that reads or writes the database file. No Textual here.

`Transaction` is imported from kkr_tui.store.transaction: the package does not import
the write side, which `kkr status` never uses (the import budget, kkr_tui/cli.py).
"""

from kkr_tui.store import schema
from kkr_tui.store.database import Store, open_store, real_db_path
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
from kkr_tui.store.snapshot import Snapshot

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
    "UnknownBackupError",
    "open_store",
    "real_db_path",
    "schema",
]
