"""Errors of the store. Each names the file so the message can be acted on."""

from __future__ import annotations

from pathlib import Path
from typing import Any


class StoreError(Exception):
    """The database cannot be used as asked; `path` names the file."""

    def __init__(self, message: str, path: Path | str | None = None) -> None:
        self.path = Path(path) if path is not None else None
        self.message = message
        super().__init__(f"{path}: {message}" if path is not None else message)


class NotADatabaseError(StoreError):
    """The file is JSON but not a KKR database (e.g. `{}` or another program's TinyDB)."""


class CorruptDatabaseError(StoreError):
    """The file is not valid JSON; the message carries the parse position."""


class NewerSchemaError(StoreError):
    """The file was written by a newer kkr_tui; refusing protects its data."""


class ReadOnlyError(StoreError):
    """A change was asked of a database this process may only read."""


class ConflictError(StoreError):
    """The record changed since it was read. `current` is the stored version."""

    def __init__(self, message: str, current: Any) -> None:
        super().__init__(message)
        self.current = current


class MissingRecordError(StoreError):
    """The record was deleted (by someone else) since it was read."""


class UnknownBackupError(StoreError):
    """No backup of that name; `available` lists the names there are."""

    def __init__(self, name: str, folder: Path, available: list[str]) -> None:
        super().__init__(f"ingen sikkerhedskopi ved navn '{name}'", folder)
        self.name = name
        self.available = available
