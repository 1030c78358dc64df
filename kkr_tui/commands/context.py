"""What every subcommand receives: the database path, the clock and the language."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kkr_tui.domain.text import printable
from kkr_tui.i18n import t
from kkr_tui.store import Store, StoreError, open_store

if TYPE_CHECKING:
    from kkr_tui.domain.clock import Clock

EXIT_OK = 0
EXIT_OVERDUE = 1
EXIT_ERROR = 2


class CommandError(Exception):
    """A usage or data error: printed as `kkr: message` and exit 2."""


@dataclass(frozen=True)
class Context:
    """The database path, the clock and the language a command runs with."""

    db_path: Path
    clock: Clock
    lang: str
    # Named by the user (--db, KKR_DB or a settings file), not the default: a folder
    # missing there is most likely a typing error, said before it is created.
    db_is_named: bool = False

    @property
    def db_folder_is_missing(self) -> bool:
        return self.db_is_named and not self.db_path.exists() and not self.db_path.parent.exists()

    def open_existing(self, validate_all: bool = True) -> Store:
        """Reading commands never create: a missing file is an error, not an empty db.

        validate_all=False: records are validated when read, not all at open (for a
        reader of `Store.active_snapshot`, such as `kkr status`)."""

        try:
            return open_store(self.db_path, create=False, validate_all=validate_all)
        except StoreError as exc:
            raise CommandError(str(exc)) from None

    def open_writable(self) -> Store:
        """For commands that change an existing database (dispatch, remind, attendance):
        a missing file is an error, never a new empty database; read-only is refused."""

        store = self.open_existing()
        if store.readonly:
            raise CommandError(t("readonly.cli", path=store.path))
        return store

    def open_or_create(self) -> Store:
        """For commands that write (import): a read-only database is refused, exit 2."""

        if self.db_folder_is_missing:
            said = t("shell.new_folder.creating", folder=self.db_path.parent, path=self.db_path)
            print(f"kkr: {printable(said)}", file=sys.stderr)
        try:
            store = open_store(self.db_path, create=True)
        except StoreError as exc:
            raise CommandError(str(exc)) from None
        if store.readonly:
            raise CommandError(t("readonly.cli", path=store.path))
        return store
