"""Errors of the store. Each names the file so the message can be acted on.

The message is a catalogue `Message` (kkr_tui.i18n.msg), rendered when shown, in the
language set then; `str(error)` is "path: message".
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kkr_tui.i18n import Message, msg


class StoreError(Exception):
    """The database cannot be used as asked; `path` names the file."""

    def __init__(self, message: Message | str, path: Path | str | None = None) -> None:
        self.path = Path(path) if path is not None else None
        self._message = message
        super().__init__(message, path)

    @property
    def message(self) -> str:
        return str(self._message)

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path is not None else self.message


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

    def __init__(self, message: Message | str, current: Any) -> None:
        super().__init__(message)
        self.current = current


class MissingRecordError(StoreError):
    """The record was deleted (by someone else) since it was read."""


class UnknownBackupError(StoreError):
    """No backup of that name; `available` lists the names there are."""

    def __init__(self, name: str, folder: Path, available: list[str]) -> None:
        super().__init__(msg("error.backup.unknown", name=name), folder)
        self.name = name
        self.available = available


class LockLostError(StoreError):
    """The lock file was deleted or replaced while this process held the lock; another
    process may hold the new one, so nothing was written. Safe to try again."""
