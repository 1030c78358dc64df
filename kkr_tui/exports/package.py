"""The agenda package: the agenda PDF and every attachment as `Bilag 3.2 - title.pdf`,
ready to send to the members or upload to kl.dk, as a folder or one .zip file.

`agenda_package` is the one place that builds what goes out (the mail dispatch sends
the same files); `write_package` writes it, all or nothing.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kkr_tui.domain.agenda_content import NumberedAttachment, numbered_attachments
from kkr_tui.domain.models import Attachment
from kkr_tui.exports import markup
from kkr_tui.exports.document_model import AGENDA, agenda_items, build_agenda
from kkr_tui.exports.documents import render
from kkr_tui.exports.output import ExportFileError, write_export
from kkr_tui.i18n import os_reason, t
from kkr_tui.store.attachments import check_present, read_checked, stored_path

if TYPE_CHECKING:
    from kkr_tui.store import Snapshot

# Characters no file name on Windows, macOS or Linux may hold, and what a shell or a
# mail program would misread.
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]+')
_SUFFIX = re.compile(r"^\.[a-z0-9]{1,8}$")
MAX_NAME = 80


@dataclass(frozen=True)
class PackageFile:
    name: str  # "Bilag 3.2 - Budget 2027.pdf"
    path: Path  # the stored file in the bilag folder (checked against its SHA-256)
    attachment: Attachment

    @property
    def media_type(self) -> str:
        return self.attachment.media_type


@dataclass(frozen=True)
class AgendaPackage:
    agenda_name: str  # "Dagsorden KKR Sjælland 2026-09-11.pdf"
    agenda_pdf: bytes
    attachments: tuple[PackageFile, ...]


def safe_name(text: str) -> str:
    """A title as part of a file name: no separators, no control characters."""
    cleaned = _UNSAFE.sub("-", markup.one_line(text)).strip(" .-")
    return cleaned[:MAX_NAME].rstrip(" .-") or "bilag"


def agenda_package(
    snapshot: Snapshot, db_path: Path, meeting_id: int, *, public: bool = False
) -> AgendaPackage:
    """The agenda PDF and the list of attachments to send with it.

    Raises AttachmentError (nothing built) when an attachment's file is missing from
    the bilag folder, naming it. In the public version a closed item's attachments
    are left out, as its text is.
    """
    doc = build_agenda(snapshot, meeting_id, public=public)
    meeting = snapshot.find_meeting(meeting_id)
    assert meeting is not None  # build_agenda has refused an unknown id
    numbered = listed_attachments(snapshot, meeting_id, public=public)
    check_present(db_path, numbered)
    files = []
    for entry in numbered:
        a = entry.attachment
        suffix = a.suffix if _SUFFIX.match(a.suffix) else ""
        name = f"{t('doc.attachment', number=entry.number)} - {safe_name(a.title)}{suffix}"
        files.append(PackageFile(name, stored_path(db_path, a), a))
    council = snapshot.council(meeting.council).name
    agenda_name = safe_name(f"{doc.name} {council} {meeting.day.isoformat()}") + ".pdf"
    return AgendaPackage(agenda_name, render(doc, "pdf"), tuple(files))


def listed_attachments(
    snapshot: Snapshot, meeting_id: int, *, public: bool = False
) -> list[NumberedAttachment]:
    """The attachments a document of the meeting lists ("Bilag 3.2"); the public
    version leaves a closed item's out. An export checks each file is there first."""
    meeting = snapshot.find_meeting(meeting_id)
    if meeting is None:
        return []
    items = agenda_items(snapshot, meeting)
    if public:
        items = [(n, i) for n, i in items if not i.closed]
    return numbered_attachments(items)


def write_package(package: AgendaPackage, db_path: Path, target: Path | str) -> Path:
    """Write the package to the folder `target` (made if missing; its parent must
    exist) or, for a name ending .zip, to that zip file atomically. Every attachment
    is read and checked against its SHA-256 before anything is written."""
    path = Path(target).expanduser().absolute()
    if path.suffix.lower() == ".zip":
        return write_export(path, package_zip(package, db_path), owner=db_path)
    wanted = {f.name: read_checked(db_path, f.attachment) for f in package.attachments}
    if path.exists() and not path.is_dir():
        raise ExportFileError(t("doc.export.package_target", path=path))
    if not path.parent.is_dir():
        raise ExportFileError(t("export.file.no_folder", path=path.parent))
    try:
        path.mkdir(exist_ok=True)
    except OSError as exc:
        raise ExportFileError(t("export.file.failed", path=path, reason=os_reason(exc))) from None
    write_export(path / package.agenda_name, package.agenda_pdf, owner=db_path)
    for name, data in wanted.items():
        write_export(path / name, data, owner=db_path)
    return path


def package_zip(package: AgendaPackage, db_path: Path) -> bytes:
    """The package as the bytes of one .zip file (every attachment checked first)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(package.agenda_name, package.agenda_pdf)
        for file in package.attachments:
            archive.writestr(file.name, read_checked(db_path, file.attachment))
    return out.getvalue()


__all__ = [
    "AGENDA",
    "AgendaPackage",
    "PackageFile",
    "agenda_package",
    "listed_attachments",
    "package_zip",
    "write_package",
]
