"""Attach a file to the highlighted item, or let go of one of its attachments (the
meeting screen's `l`).

The file is copied into the bilag folder when Save is pressed (store.attachments), so
a refusal - no such file, a folder, over 50 MB - is shown in the dialog, which stays
open. The result is what to change; the meeting screen writes it in one transaction.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from rich.text import Text
from textual.app import ComposeResult
from textual.widgets import Select, Static

from kkr_tui.domain.errors import ValidationError
from kkr_tui.domain.models import AgendaItem, Attachment
from kkr_tui.domain.text import printable
from kkr_tui.i18n import t
from kkr_tui.store.attachments import AttachmentError, store_file
from kkr_tui.ui.screens.form_dialog import FormDialog


class AttachChange(NamedTuple):
    added: Attachment | None
    removed: int | None  # the attachment's place on the item (1-based)


class AttachDialog(FormDialog[AttachChange]):
    dialog_id = "attach-dialog"

    def __init__(self, item: AgendaItem, db_path: Path, *, heading: str, number: int) -> None:
        super().__init__(heading, t("agenda.dialog.save"))
        self.item = item
        self.db_path = db_path
        self.number = number  # the item's number in the documents ("Bilag 3.2")

    def body(self) -> ComposeResult:
        if self.item.attachments:
            lines = [t("doc.attach.current")]
            lines += [
                f"  {t('doc.attachment', number=f'{self.number}.{n}')}: "
                f"{printable(a.title)} ({printable(a.file_name)})"
                for n, a in enumerate(self.item.attachments, start=1)
            ]
            yield Static("\n".join(lines), id="attach-current", markup=False)
        yield self.field(
            t("doc.attach.file"),
            self.text_input(id="attach-file", placeholder=t("doc.attach.file_hint")),
        )
        yield self.field(
            t("doc.attach.name"),
            self.text_input(id="attach-title", placeholder=t("doc.attach.name_hint")),
        )
        if self.item.attachments:
            # Text, not str: a title such as "[red]x" is shown as typed, never as markup.
            options = [
                (Text(f"{self.number}.{n} {printable(a.title)}"), n)
                for n, a in enumerate(self.item.attachments, start=1)
            ]
            yield self.field(
                t("doc.attach.remove"),
                Select(options, prompt=t("doc.attach.keep_all"), compact=True, id="attach-remove"),
            )

    def on_mount(self) -> None:
        self.query_one("#attach-file").focus()

    def build(self) -> AttachChange:
        typed = self.value_of("#attach-file").strip()
        removed: int | None = None
        if self.item.attachments:
            value = self.query_one("#attach-remove", Select).value
            removed = value if isinstance(value, int) else None
        if not typed and removed is None:
            raise ValidationError(t("doc.attach.nothing"))
        added = None
        if typed:
            try:
                added = store_file(self.db_path, typed, self.value_of("#attach-title"))
            except AttachmentError as exc:
                raise ValidationError(exc.message) from None
        return AttachChange(added, removed)
