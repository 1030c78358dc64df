"""The agenda files a dispatch message carries: the documents package's agenda PDF and
every attachment as "Bilag 3.2 - title.pdf" (kkr_tui.exports.package, the one place
that builds what goes out: the export of the package sends the same files).

The members' version: closed items are in it (the members may read them; the
calendar invitation never names any item). Every attachment is read and checked
against its SHA-256 first; a missing or changed file stops the dispatch before
anything is sent (DispatchError naming it).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from kkr_tui.domain.models import Meeting
from kkr_tui.exports.package import agenda_package
from kkr_tui.mail.compose import MailFile
from kkr_tui.store.attachments import AttachmentError, read_checked

if TYPE_CHECKING:
    from kkr_tui.store import Snapshot


class AgendaFilesError(Exception):
    """An attachment cannot be sent (missing, or changed since it was attached)."""


def agenda_attachments(snapshot: Snapshot, db_path: Path, meeting: Meeting) -> list[MailFile]:
    try:
        package = agenda_package(snapshot, db_path, meeting.id)
        files = [MailFile(package.agenda_name, package.agenda_pdf, "application", "pdf")]
        for entry in package.attachments:
            maintype, _, subtype = entry.media_type.partition("/")
            if not maintype or not subtype:
                maintype, subtype = "application", "octet-stream"
            data = read_checked(db_path, entry.attachment)
            files.append(MailFile(entry.name, data, maintype, subtype))
    except AttachmentError as exc:
        raise AgendaFilesError(str(exc)) from None
    return files
