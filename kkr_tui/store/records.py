"""Raw documents to domain records: which table holds which kind, and the one way to
build a record from its stored document (a bad one is a StoreError naming it)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar

from kkr_tui.domain.appointments import Appointment, Body
from kkr_tui.domain.errors import ValidationError
from kkr_tui.domain.fora import Forum
from kkr_tui.domain.mail_log import SentMail
from kkr_tui.domain.models import AgendaItem, Contact, Council, Meeting, Member, Record
from kkr_tui.i18n import msg
from kkr_tui.store.errors import StoreError

R = TypeVar("R", bound=Record)

TABLE_OF: dict[type[Record], str] = {
    Council: "councils",
    Member: "members",
    Meeting: "meetings",
    AgendaItem: "items",
    Contact: "contacts",
    SentMail: "mail_log",
    Body: "bodies",
    Appointment: "appointments",
    Forum: "fora",
}
SETTINGS_TABLE = "settings"


def record_of(kind: type[R], table: str, doc_id: str, doc: Any, path: Path) -> R:
    try:
        return kind.from_dict(doc, int(doc_id))
    except (ValidationError, TypeError, ValueError, AttributeError, KeyError) as exc:
        raise StoreError(
            msg("error.store.bad_record", table=table, id=doc_id, error=exc), path
        ) from None
