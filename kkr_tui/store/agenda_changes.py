"""The store verb for a change to agendas as the user saw them: delete, renumber,
move, postpone, dispatch. Each runs inside the caller's transaction (the UI's one save
path, `ui.saving`), so the items are read fresh under the lock and written all or
nothing.

Changed items are caught by their revisions (the Transaction refuses a stale one); an
item added or removed by someone else since the agenda was shown is caught here, and
refused as a conflict: it would otherwise leave two items with the same number.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from kkr_tui.domain.models import AgendaItem, Meeting, Record
from kkr_tui.i18n import msg
from kkr_tui.store.errors import ConflictError
from kkr_tui.store.transaction import Transaction


def change_agendas(
    tx: Transaction,
    shown: Mapping[int, Sequence[AgendaItem]],
    records: Iterable[Record],
    *,
    delete: Record | None = None,
) -> list[Record]:
    """Check that every agenda in `shown` (meeting id -> its items as shown) still has
    the same items, then delete `delete` and write `records` in order (a new one, id 0,
    is added: the copy of an item that stays on a sent agenda). ConflictError if an
    agenda gained or lost an item. Returns the records as written, in order."""
    for meeting_id, seen in shown.items():
        tx.get(Meeting, meeting_id)  # an archived meeting is taken back with its items
        now = {i.id for i in tx.all(AgendaItem) if i.meeting_id == meeting_id}
        if now != {i.id for i in seen}:
            raise ConflictError(msg("save.agenda_conflict"), None)
    if delete is not None:
        tx.delete(delete)
    return [tx.add(record) if record.id == 0 else tx.update(record) for record in records]
