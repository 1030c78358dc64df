"""Raw documents to domain records: which table holds which kind, and the one way to
build a record from its stored document (a bad one is a StoreError naming it)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar

from kkr_tui.domain.errors import ValidationError
from kkr_tui.domain.models import Record
from kkr_tui.i18n import msg
from kkr_tui.store.errors import StoreError

R = TypeVar("R", bound=Record)

# The table of each kind of record, by the kind's class name (no two classes in kkr_tui
# share a name: tests/unit/test_one_class_per_name.py). Named, not imported: reading
# one kind imports no other (`kkr status` never loads the fora or the mail log, ~2.4 ms;
# the import budget, kkr_tui/cli.py).
TABLES: dict[str, str] = {
    "Council": "councils",
    "Member": "members",
    "Meeting": "meetings",
    "AgendaItem": "items",
    "Contact": "contacts",
    "SentMail": "mail_log",
    "Body": "bodies",
    "Appointment": "appointments",
    "Forum": "fora",
}
SETTINGS_TABLE = "settings"


def table_of(kind: type[Record]) -> str:
    """The table that holds records of `kind`."""
    return TABLES[kind.__name__]


def record_of(kind: type[R], table: str, doc_id: str, doc: Any, path: Path) -> R:
    try:
        return kind.from_dict(doc, int(doc_id))
    except (ValidationError, TypeError, ValueError, AttributeError, KeyError) as exc:
        raise StoreError(
            msg("error.store.bad_record", table=table, id=doc_id, error=exc), path
        ) from None
