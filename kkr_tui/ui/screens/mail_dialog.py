"""Send the agenda by e-mail (key `m` on the meeting screen): who gets it, and what not.

The dialog shows what `kkr dispatch --dry-run` prints: the subject, where the mail
goes (the outbox folder or the SMTP server), the recipients, who will not get it and
why (no or an invalid address: sending is the confirmation to skip them), and who has
it already. When everyone has it, OK sends a corrected agenda to all ("Rettet
dagsorden"), which the dialog says first. A reason field appears when marking the
meeting dispatched needs one (late, or something blocks it). The result is the reason
and whether it is a resend; the screen does the sending.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from kkr_tui.domain.errors import DomainError
from kkr_tui.i18n import t
from kkr_tui.mail.compose import subject_for
from kkr_tui.mail.dispatching import DispatchJob
from kkr_tui.ui.safe import plain
from kkr_tui.ui.screens.form_dialog import FormDialog


class MailRequest(NamedTuple):
    reason: str
    resend: bool


class MailDialog(FormDialog[MailRequest]):
    dialog_id = "mail-dialog"

    def __init__(self, job: DispatchJob, *, heading: str, via: str, reasons: Sequence[str]) -> None:
        super().__init__(heading)
        self.job = job
        self.via = via
        self.reasons = list(reasons)
        self.resend = job.nothing_to_send
        self.ok_label = t("mail.ui.resend") if self.resend else t("mail.ui.send")

    def body(self) -> ComposeResult:
        job = self.job
        yield Static(plain(subject_for(job.purpose, job.text)), id="mail-subject")
        yield Static(plain(t("mail.cli.via", where=self.via)), id="mail-via", classes="dialog-hint")
        lines = Text()
        # Who will not get it, and why a reason is needed, first: the list may scroll.
        for problem in job.plan.problems:
            lines.append("⚠ ", style="bold yellow")
            lines.append_text(plain(problem.text))
            lines.append("\n")
        if self.reasons and not self.resend:
            lines.append(t("mail.ui.reason_why"), style="bold")
            for reason in self.reasons:
                lines.append("\n • ")
                lines.append_text(plain(reason))
            lines.append("\n")
        if self.resend:
            lines.append(t("mail.ui.everyone_has_it", count=len(job.already)), style="bold")
            lines.append("\n")
            lines.append(t("mail.ui.resend_explained"))
        else:
            if job.continuing:
                lines.append(t("mail.cli.continuing"), style="bold")
                lines.append("\n")
            lines.append(t("mail.cli.recipients", count=len(job.pending)), style="bold")
            for recipient in job.pending:
                lines.append("\n • ")
                lines.append_text(plain(f"{recipient.name} <{recipient.address}>"))
                lines.append(f"  {t(f'mail.kind.{recipient.kind.value}')}", style="dim")
            if job.already:
                lines.append("\n")
                lines.append(t("mail.cli.already", count=len(job.already)))
        # One scrolling list: on a small terminal the field and the buttons stay in view.
        with VerticalScroll(id="mail-recipients"):
            yield Static(lines, id="mail-list")
        if self.reasons and not self.resend:
            yield self.field(t("mail.ui.reason"), self.text_input(id="mail-reason"))

    def on_mount(self) -> None:
        self._fit_list()
        if self.reasons and not self.resend:
            self.query_one("#mail-reason").focus()
        else:
            self.query_one("#dialog-ok").focus()

    def on_resize(self) -> None:
        self._fit_list()

    def _fit_list(self) -> None:
        """The list takes what the screen leaves after the dialog's other lines (15)."""
        self.query_one("#mail-recipients").styles.max_height = max(4, self.app.size.height - 15)

    def build(self) -> MailRequest:
        reason = ""
        if self.reasons and not self.resend:
            reason = self.value_of("#mail-reason").strip()
            if not reason:
                raise DomainError(t("mail.ui.reason_needed"))
        return MailRequest(reason, self.resend)
