"""Store verbs for an agenda's content: give a meeting its standard frame, attach a
file to an item, let an item go of one. Each runs inside the caller's transaction
(`with store.transaction() as tx:`, or the UI's one save path `ui.saving.write`), so
the items are read fresh under the lock and written all or nothing.

The file itself is copied into the bilag folder before (store.attachments.store_file):
a copy whose transaction then fails is harmless, as a stored file is only ever named
by its content.
"""

from __future__ import annotations

from kkr_tui.domain.agenda_content import framed_agenda, previous_meeting
from kkr_tui.domain.models import AgendaItem, Attachment, Contact, Meeting
from kkr_tui.domain.workflow import require_open_agenda
from kkr_tui.i18n import msg
from kkr_tui.store.errors import MissingRecordError
from kkr_tui.store.transaction import Transaction


def give_frame(tx: Transaction, meeting_id: int) -> list[AgendaItem]:
    """Put the meeting's items inside the standard frame; returns the items added
    (none when the frame is there already or the series has none)."""
    meeting = tx.get(Meeting, meeting_id)
    if meeting is None:
        raise MissingRecordError(msg("error.store.no_meeting", id=meeting_id))
    require_open_agenda(meeting)  # WorkflowError once the agenda has gone out
    items = [i for i in tx.all(AgendaItem) if i.meeting_id == meeting_id]
    previous = previous_meeting(meeting, tx.all(Meeting, history=True))
    secretariat = sorted(
        c.name for c in tx.all(Contact) if c.secretariat and meeting.council in c.councils
    )
    responsible = secretariat[0] if secretariat else ""
    day = previous.day if previous else None
    added = []
    for record in framed_agenda(meeting, items, day, responsible):
        if record.id == 0:
            added.append(tx.add(record))
        else:
            tx.update(record)
    return added


def add_attachment(tx: Transaction, item_id: int, attachment: Attachment) -> AgendaItem:
    """The item with `attachment` as its last one."""
    item = _item(tx, item_id)
    return tx.update(item.with_changes(attachments=(*item.attachments, attachment)))


def remove_attachment(tx: Transaction, item_id: int, index: int) -> AgendaItem:
    """The item without its attachment number `index` (1-based). The file stays in the
    bilag folder: another item, a backup or an archived year may name it."""
    item = _item(tx, item_id)
    kept = tuple(a for n, a in enumerate(item.attachments, start=1) if n != index)
    return tx.update(item.with_changes(attachments=kept))


def _item(tx: Transaction, item_id: int) -> AgendaItem:
    item = tx.get(AgendaItem, item_id)
    if item is None:
        raise MissingRecordError(msg("error.store.no_item", id=item_id))
    return item
