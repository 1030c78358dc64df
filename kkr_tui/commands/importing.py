"""What the `kkr import <kind>` commands share: the file read, and all or nothing.

A file that cannot be used at all (missing, a folder, a header without the columns)
is one error; otherwise every bad row is said on stderr as FILE:LINE: field: message
and nothing is imported. Both exit 2.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol, TypeVar

from kkr_tui.commands.context import CommandError
from kkr_tui.commands.csvfile import CsvFileError, RowError, read_text
from kkr_tui.domain.text import printable
from kkr_tui.i18n import tn


class _Checked(Protocol):
    @property
    def errors(self) -> Sequence[RowError]: ...


C = TypeVar("C", bound=_Checked)


def read_import_file(file_name: str) -> str:
    """The text of the CSV file named on the command line."""
    try:
        return read_text(Path(file_name))
    except CsvFileError as exc:
        raise CommandError(str(exc)) from None


def checked_or_refused(file_name: str, check: Callable[[], C]) -> C:
    """What `check` read from the file, if every row is good. An unusable header is
    said as FILE:LINE: why (the error starts with its line)."""
    try:
        result = check()
    except CsvFileError as exc:
        raise CommandError(f"{file_name}:{exc}") from None
    refuse_bad_rows(result.errors, file_name)
    return result


def refuse_bad_rows(errors: Sequence[RowError], file_name: str) -> None:
    """Every bad row on stderr, then how many and that nothing was imported: exit 2.
    The rows quote the file's cells: control characters are shown, never obeyed."""
    if errors:
        for error in errors:
            print(printable(error.render(file_name)), file=sys.stderr)
        raise CommandError(tn("importing.rejected", len(errors), file=file_name))
