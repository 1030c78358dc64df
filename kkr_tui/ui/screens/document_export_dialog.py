"""The meeting screen's `w`: the agenda or the decision minutes of one meeting as PDF,
Word, Markdown, HTML or text, or the agenda package (.zip: the agenda PDF and every
attachment); the members' version or the public one (closed items hidden).

Minutes with a decision item still undecided are refused - the dialog says which
items - unless the user ticks "draft" (the CLI's --draft). The file row, the checks
and the writing are the frame's (export_dialog.ExportDialog).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from rich.text import Text
from textual.widget import Widget

from kkr_tui.domain.models import MeetingState, Series
from kkr_tui.domain.text import printable
from kkr_tui.exports.documents import agenda_items, document_bytes, missing_decisions
from kkr_tui.exports.package import agenda_package, listed_attachments, package_zip
from kkr_tui.i18n import t
from kkr_tui.store.attachments import check_present
from kkr_tui.ui.screens.export_dialog import ExportDialog, Lines, PayloadMaker, sentence
from kkr_tui.ui.screens.form_dialog import ERROR_STYLE, HINT_STYLE, WARNING_STYLE
from kkr_tui.ui.screens.meeting_view import meeting_line

if TYPE_CHECKING:
    from kkr_tui.store import Snapshot


class DocumentExportDialog(ExportDialog):
    """The agenda or the decision minutes of one meeting (the meeting screen's `w`)."""

    def __init__(self, meeting_id: int, *, published: bool = False) -> None:
        # Once the minutes are published they are what is sent on; before, the agenda.
        what = "minutes" if published else "agenda"
        super().__init__(
            {"export-what": what, "export-format": "md", "export-version": "members"},
            {"export-draft": False},
        )
        self.meeting_id = meeting_id

    def heading_text(self) -> Text:
        snap = self.kkr.snapshot
        meeting = snap.meeting(self.meeting_id)
        if meeting is None:
            return Text(t("meeting.gone"))
        return meeting_line(meeting, snap.council(meeting.council).name)

    def choices(self) -> Iterable[Widget]:
        yield self.row(
            t("export_ui.field.what"),
            self.radio(
                "export-what",
                [
                    ("agenda", t("export_ui.what.agenda")),
                    ("minutes", t("export_ui.what.minutes")),
                    ("package", t("export_ui.what.package")),
                ],
            ),
        )
        yield self.row(
            t("export_ui.field.format"),
            self.radio(
                "export-format",
                [
                    (fmt, t(f"export_ui.format.{fmt}"))
                    for fmt in ("md", "html", "txt", "pdf", "docx")
                ],
            ),
            id="export-format-row",
        )
        yield self.row(
            t("export_ui.field.version"),
            self.radio(
                "export-version",
                [
                    ("members", t("export_ui.version.members")),
                    ("public", t("export_ui.version.public")),
                ],
            ),
        )
        yield self.row(
            t("export_ui.field.draft"),
            self.checkbox("export-draft", t("export_ui.draft.check")),
            id="export-draft-row",
        )

    @property
    def minutes(self) -> bool:
        return self.chosen["export-what"] == "minutes"

    @property
    def package(self) -> bool:
        return self.chosen["export-what"] == "package"

    @property
    def public(self) -> bool:
        return self.chosen["export-version"] == "public"

    def _missing(self) -> list[tuple[int, str]]:
        """Decision items without a decision (the check `kkr export minutes` makes)."""
        snap = self.kkr.snapshot
        meeting = snap.meeting(self.meeting_id)
        if meeting is None:
            return []
        return [
            (number, item.title) for number, item in missing_decisions(agenda_items(snap, meeting))
        ]

    def _cancelled(self) -> bool:
        meeting = self.kkr.snapshot.meeting(self.meeting_id)
        return meeting is not None and meeting.state is MeetingState.CANCELLED

    @property
    def draft(self) -> bool:
        # Only offered (and only meant) when decisions are missing.
        return self.minutes and bool(self._missing()) and self.ticks["export-draft"]

    def update_choices(self) -> None:
        missing = self.minutes and not self._cancelled() and bool(self._missing())
        self.query_one("#export-draft-row").display = missing
        self.query_one("#export-format-row").display = not self.package
        super().update_choices()

    def notes(self) -> Lines:
        if not self.minutes:
            return []
        if self._cancelled():
            return [(sentence(t("export.minutes.cancelled")), ERROR_STYLE)]
        missing = self._missing()
        if not missing:
            return []
        listed = "; ".join(
            t("export.minutes.missing_item", number=number, title=printable(title))
            for number, title in missing
        )
        lines = [(t("export_ui.minutes.missing", items=listed), WARNING_STYLE)]
        if self.draft:
            lines.append((t("export_ui.minutes.draft_note"), HINT_STYLE))
        else:
            lines.append((t("export_ui.minutes.not_ready"), ERROR_STYLE))
        return lines

    def refusal(self) -> str:
        if not self.minutes:
            return ""
        if self._cancelled():
            return sentence(t("export.minutes.cancelled"))
        if self._missing() and not self.draft:
            return t("export_ui.minutes.not_ready")
        return ""

    def kind(self) -> str:
        return "zip" if self.package else self.chosen["export-format"]

    def kind_label(self) -> str:
        return t(f"export_ui.format.{self.kind()}")

    def base_name(self) -> str:
        """kkr-sjaelland-2026-04-09-dagsorden (a series other than KKR is named)."""
        snap = self.kkr.snapshot
        meeting = snap.meeting(self.meeting_id)
        if meeting is None:
            return f"kkr-{self.meeting_id}"
        series = "" if meeting.series is Series.KKR else f"-{meeting.series.value}"
        if self.package:
            what = t("export_ui.file.package")
        elif not self.minutes:
            what = t("export_ui.file.agenda")
        else:
            what = t("export_ui.file.draft" if self.draft else "export_ui.file.minutes")
        public = f"-{t('export_ui.file.public')}" if self.public else ""
        return f"kkr-{meeting.council}{series}-{meeting.day.isoformat()}-{what}{public}"

    def payload_maker(self, snapshot: Snapshot) -> PayloadMaker:
        meeting_id, fmt, draft, public = self.meeting_id, self.kind(), self.draft, self.public
        what = self.chosen["export-what"]
        db_path = self.kkr.store.path

        def make() -> bytes:
            if what == "package":
                package = agenda_package(snapshot, db_path, meeting_id, public=public)
                return package_zip(package, db_path)
            check_present(db_path, listed_attachments(snapshot, meeting_id, public=public))
            return document_bytes(snapshot, meeting_id, what, fmt, public=public, draft=draft)

        return make
