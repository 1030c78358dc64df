"""After the invitation went out: a meeting moved, given another place, or cancelled
offers to tell everyone invited at once.

"Mødet er flyttet efter udsendelsen. Send opdateret invitation til 8 modtagere?" sends
the updated invitation (METHOD:REQUEST, the same UID, a higher SEQUENCE); for a
cancelled meeting the cancellation (METHOD:CANCEL). What is due and to whom is
kkr_tui.mail.dispatching's (the same as `kkr dispatch MEETING_ID` and key `m`), and it
goes through the send log, so each recipient gets it exactly once whichever way it is
sent. "Ikke nu" leaves it pending: the meeting screen says so, `m` or `kkr dispatch`
sends it later.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

from kkr_tui.domain.dispatch import invitation_stale
from kkr_tui.domain.models import Meeting
from kkr_tui.domain.text import printable
from kkr_tui.i18n import t, tn
from kkr_tui.ui.saving import send_mail
from kkr_tui.ui.screens.form_dialog import ConfirmDialog

if TYPE_CHECKING:
    from kkr_tui.mail.dispatching import DispatchJob
    from kkr_tui.ui.app import KkrApp


def offer_update(app: KkrApp, meeting: Meeting) -> None:
    """Ask whether to send the update or cancellation `meeting` now needs (if any)."""
    if not invitation_stale(meeting):
        return
    app.run_worker(_offer(app, meeting.id), group="mail-offer")


async def _offer(app: KkrApp, meeting_id: int) -> None:
    from kkr_tui.mail.compose import Purpose
    from kkr_tui.mail.config import MailConfigError
    from kkr_tui.mail.dispatching import DispatchError, prepare_dispatch
    from kkr_tui.mail.transport import open_transport
    from kkr_tui.store import StoreError

    store = app.store

    def plan() -> tuple[DispatchJob, str]:
        job = prepare_dispatch(store, meeting_id)
        via = open_transport(store.path, store.snapshot().settings.smtp_url).description
        return job, via

    # Off the event loop (it reads the file), and after the dialog that saved has closed.
    try:
        job, via = await asyncio.to_thread(plan)
    except (DispatchError, MailConfigError, StoreError) as exc:
        app.notify(
            printable(t("mail.update.cannot", why=str(exc)), single_line=False),
            severity="warning",
            timeout=12,
            markup=False,
        )
        return
    if job.nothing_to_send or job.purpose not in (Purpose.UPDATE, Purpose.CANCEL):
        return
    cancel = job.purpose is Purpose.CANCEL
    count = len(job.pending)
    question = tn("mail.update.ask_cancel" if cancel else "mail.update.ask", count)
    detail = t("mail.update.detail", via=via, id=meeting_id)
    done_key = "mail.update.sent_cancel" if cancel else "mail.update.sent"

    def answered(send: bool | None) -> None:
        if send:
            send_mail(app, meeting_id, done_key=done_key)
        else:
            app.notify(t("mail.update.later", id=meeting_id), timeout=8, markup=False)

    app.push_screen(
        ConfirmDialog(question, detail, confirm_label=t("mail.update.send")),
        answered,
    )
