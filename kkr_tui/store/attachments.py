"""Attachment files (bilag): copied into a folder beside the database, named by their
SHA-256, never referenced where the user had them.

`kkr.json` keeps its attachments in `kkr.bilag/`. A file's name there is its content's
SHA-256, so the same file attached twice is stored once, a name can never escape the
folder (the item stores only the hash, checked as 64 hex digits), and a file that was
changed by hand is noticed. Files are never deleted when an item lets go of one: a
backup or an archived year may still name it, and restoring that must find it.
"""

from __future__ import annotations

import contextlib
import hashlib
import mimetypes
import os
import secrets
import stat
from collections.abc import Sequence
from pathlib import Path

from kkr_tui.domain.agenda_content import NumberedAttachment
from kkr_tui.domain.models import Attachment
from kkr_tui.domain.text import printable
from kkr_tui.i18n import os_reason, t
from kkr_tui.store import files
from kkr_tui.store.errors import StoreError

MAX_BYTES = 50 * 1024 * 1024
CHUNK = 1024 * 1024


class AttachmentError(StoreError):
    """The file cannot be attached, or an attached file is gone; nothing was changed."""


def bilag_folder(db_path: Path) -> Path:
    """`kkr.json` -> `kkr.bilag` beside it."""
    return db_path.with_name(f"{db_path.stem}.bilag")


def stored_path(db_path: Path, attachment: Attachment) -> Path:
    return bilag_folder(db_path) / attachment.sha256


def store_file(db_path: Path, source: Path | str, title: str = "") -> Attachment:
    """Copy `source` into the bilag folder and return the Attachment to put on an item.

    Refused (AttachmentError naming the file): a missing or unreadable file, a folder
    or other non-file, a file over 50 MB, a name that cannot be shown as one. The copy
    is written to a temporary name, checked, and renamed into place, so a failure
    leaves nothing behind.
    """
    path = Path(source).expanduser()
    name = path.name
    if not name or name in (".", "..") or printable(name) != name:
        raise AttachmentError(t("doc.attach.bad_name", name=printable(str(source))))
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise AttachmentError(t("doc.attach.missing", path=path)) from None
    except OSError as exc:
        raise AttachmentError(
            t("doc.attach.unreadable", path=path, reason=os_reason(exc))
        ) from None
    if stat.S_ISDIR(info.st_mode):
        raise AttachmentError(t("doc.attach.is_dir", path=path))
    if not stat.S_ISREG(info.st_mode):
        raise AttachmentError(t("doc.attach.not_regular", path=path))
    if info.st_size > MAX_BYTES:
        raise AttachmentError(
            t(
                "doc.attach.too_big",
                path=path,
                size=f"{info.st_size / 1024 / 1024:.1f}",
                limit=MAX_BYTES // 1024 // 1024,
            )
        )
    folder = bilag_folder(db_path)
    try:
        # Private as the database is (an attachment of a closed item is no less so):
        # 0700, or the database's group in a shared folder.
        files.ensure_folder(folder, like=os.stat(db_path) if db_path.exists() else None)
    except OSError as exc:
        raise AttachmentError(
            t("doc.attach.unreadable", path=folder, reason=os_reason(exc))
        ) from None
    digest, size = _copy_in(path, folder)
    media_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    shown_title = " ".join(title.split()) or path.stem
    return Attachment(
        title=shown_title, file_name=name, size=size, media_type=media_type, sha256=digest
    )


def _copy_in(path: Path, folder: Path) -> tuple[str, int]:
    temp = folder / f".kkr-tmp-{secrets.token_hex(8)}"
    digest = hashlib.sha256()
    size = 0
    try:
        with open(path, "rb") as source, open(temp, "xb") as target:
            while chunk := source.read(CHUNK):
                size += len(chunk)
                if size > MAX_BYTES:  # grew while being read
                    raise AttachmentError(
                        t("doc.attach.too_big", path=path, size=">50", limit=MAX_BYTES >> 20)
                    )
                digest.update(chunk)
                target.write(chunk)
            target.flush()
            os.fsync(target.fileno())
        final = folder / digest.hexdigest()
        if final.exists() and final.stat().st_size == size:
            temp.unlink()  # the same content is there already
        else:
            # Content-addressed: never changed in place, so read-only; readable by
            # whoever may read the database (0400, or 0440 in a group-shared folder).
            os.chmod(temp, files.new_file_mode(folder) & 0o444)
            os.replace(temp, final)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise AttachmentError(
            t("doc.attach.unreadable", path=path, reason=os_reason(exc))
        ) from None
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    return digest.hexdigest(), size


def check_present(db_path: Path, attachments: Sequence[NumberedAttachment]) -> None:
    """Every attachment's file is in the folder with its size: else AttachmentError
    naming the first one missing (an export then writes nothing)."""
    folder = bilag_folder(db_path)
    for numbered in attachments:
        attachment = numbered.attachment
        path = folder / attachment.sha256
        values = {
            "number": numbered.number,
            "title": printable(attachment.title),
            "folder": folder,
            "sha": attachment.sha256[:12],
        }
        try:
            size = path.stat().st_size
        except OSError:
            raise AttachmentError(t("doc.attach.gone", **values)) from None
        if size != attachment.size:
            raise AttachmentError(t("doc.attach.changed", **values))


def read_checked(db_path: Path, attachment: Attachment) -> bytes:
    """The attachment's bytes, checked against its SHA-256 (a file changed by hand
    is refused, never sent)."""
    path = stored_path(db_path, attachment)
    data = path.read_bytes()
    if hashlib.sha256(data).hexdigest() != attachment.sha256:
        raise AttachmentError(
            t(
                "doc.attach.changed",
                number="?",
                title=printable(attachment.title),
                folder=path.parent,
                sha=attachment.sha256[:12],
            )
        )
    return data
