"""The meeting screen: everything about one meeting, what is missing by when, and the
keys that take it from an empty agenda to published minutes.

Top: the facts (council, series, day and time, place, state, light), the readiness
checklist with each deadline's day and reason, and what is missing now with the key
that resolves it. Below: the agenda items; the highlighted item is shown in full under
the table, so nothing is lost when a column is cut at 80 columns. `v` folds the
checklist away to give the items room on a small terminal; `w` writes the agenda or
the minutes to a file.

Keys act on the highlighted item or on the meeting; a key that does not apply in the
meeting's state is hidden from the footer, and pressed it says why not (the reason
from kkr_tui.domain.actions: `h` before the meeting day names the day). Every change goes through
the workflow rules (kkr_tui.domain.workflow) and is written in one transaction.

Length: ~700 lines, seventeen keys, most opening a dialog in a few lines; what the
screen shows is in meeting_view.py, which keys apply in kkr_tui.domain.actions, the
saving and the sending in ui/saving.py.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import DataTable, Static

from kkr_tui.domain.actions import MeetingAction, refusal
from kkr_tui.domain.agenda_content import FRAMED_SERIES
from kkr_tui.domain.attendance import called_to
from kkr_tui.domain.deadlines import PUBLICATION
from kkr_tui.domain.errors import DomainError
from kkr_tui.domain.fora import meeting_name, prepared_in_text
from kkr_tui.domain.formatting import format_day, format_day_time
from kkr_tui.domain.joint import councils_text
from kkr_tui.domain.models import AgendaItem, Meeting, MeetingState, Record, Series
from kkr_tui.domain.next_steps import next_steps
from kkr_tui.domain.text import printable
from kkr_tui.domain.user import current_user
from kkr_tui.domain.vacancies import appointments_of_item
from kkr_tui.domain.workflow import (
    WorkflowError,
    advance_item,
    move_item,
    new_item_number,
    placed_item,
    postpone_target,
    step_back_item,
    without_item,
)
from kkr_tui.exports.document_model import agenda_items
from kkr_tui.i18n import t
from kkr_tui.store import Snapshot, StoreError
from kkr_tui.store.agenda_changes import change_agendas
from kkr_tui.store.item_content import add_attachment, give_frame, remove_attachment
from kkr_tui.store.transaction import Transaction
from kkr_tui.ui.invitation_update import offer_update
from kkr_tui.ui.panes.appointments import AppointmentsPane
from kkr_tui.ui.saving import (
    SaveResult,
    save_one,
    saver,
    send_mail,
    transaction_saver,
    write,
)
from kkr_tui.ui.screens.attach_dialog import AttachChange, AttachDialog
from kkr_tui.ui.screens.attendance_screen import AttendanceScreen
from kkr_tui.ui.screens.base import KkrScreen
from kkr_tui.ui.screens.cancel_dialog import CancelMeetingDialog
from kkr_tui.ui.screens.dispatch_dialog import DispatchDialog
from kkr_tui.ui.screens.document_export_dialog import DocumentExportDialog
from kkr_tui.ui.screens.form_dialog import FormDialog
from kkr_tui.ui.screens.item_dialog import ItemDialog, responsible_names
from kkr_tui.ui.screens.item_step_dialogs import (
    ConfirmDeleteDialog,
    DecisionDialog,
    ItemInfoScreen,
    PostponeDialog,
)
from kkr_tui.ui.screens.meeting_step_dialogs import HeldDialog, PublishDialog
from kkr_tui.ui.screens.meeting_view import facts, item_cells, item_detail, items_layout, steps_text
from kkr_tui.ui.screens.text_editor import CaseTextDialog
from kkr_tui.ui.stylesheets import sheets
from kkr_tui.ui.widgets.checklist import Checklist
from kkr_tui.ui.widgets.clipped import ClippedStatic
from kkr_tui.ui.widgets.fitted_table import FittedTable
from kkr_tui.ui.widgets.footer import AppFooter
from kkr_tui.ui.widgets.header import AppHeader

if TYPE_CHECKING:
    import pendulum

    from kkr_tui.ui.app import KkrApp
    from kkr_tui.ui.screens.mail_dialog import MailRequest


# Advance and step back share one footer entry ("> < Status").
_STATE_KEYS = Binding.Group("meeting.key.state_group", compact=True)


class MeetingScreen(KkrScreen[None]):
    """One meeting: facts, derived dates with reasons, the checklist, the agenda items."""

    CSS_PATH = sheets("meeting")
    BINDINGS = [
        Binding("escape", "app.pop_screen", "key.back", id="meeting.back"),
        Binding("a", "add_item", "meeting.key.add", id="meeting.add_item"),
        Binding("e", "edit_item", "meeting.key.edit", id="meeting.edit_item"),
        Binding(
            "greater_than_sign",
            "advance_item",
            "meeting.key.advance",
            id="meeting.advance_item",
            group=_STATE_KEYS,
        ),
        Binding(
            "less_than_sign",
            "step_back_item",
            "meeting.key.step_back",
            id="meeting.step_back_item",
            group=_STATE_KEYS,
        ),
        Binding(
            "minus,shift+up", "move_item(-1)", "meeting.key.up", id="meeting.item_up", show=False
        ),
        Binding(
            "plus,shift+down",
            "move_item(1)",
            "meeting.key.down",
            id="meeting.item_down",
            show=False,
        ),
        Binding(
            "delete", "delete_item", "meeting.key.delete", id="meeting.delete_item", show=False
        ),
        Binding("u", "postpone_item", "meeting.key.postpone", id="meeting.postpone_item"),
        Binding("b", "decide", "meeting.key.decide", id="meeting.decide"),
        Binding("i", "item_info", "meeting.key.info", id="meeting.item_info", show=False),
        Binding("d", "dispatch", "meeting.key.dispatch", id="meeting.dispatch"),
        Binding("m", "mail_dispatch", "mail.ui.key", id="meeting.mail_dispatch"),
        Binding("h", "mark_held", "meeting.key.held", id="meeting.held"),
        Binding("f", "attendance", "meeting.key.attendance", id="meeting.attendance"),
        Binding("p", "publish", "meeting.key.publish", id="meeting.publish"),
        Binding("x", "cancel_meeting", "meeting.key.cancel", id="meeting.cancel", show=False),
        Binding("v", "toggle_checklist", "meeting.key.fold", id="meeting.fold", show=False),
        Binding("w", "export", "export_ui.key.export", id="meeting.export"),
        Binding(
            "o",
            "item_appointments",
            "appointments.item.key",
            id="meeting.item_appointments",
            show=False,
        ),
        # Issue 16: the item's content, its attachments, the standard frame.
        Binding("t", "case_text", "doc.key.case_text", id="meeting.case_text", show=False),
        Binding("l", "attach", "doc.key.attach", id="meeting.attach", show=False),
        Binding("s", "frame", "doc.key.frame", id="meeting.frame", show=False),
    ]

    def __init__(self, meeting_id: int) -> None:
        super().__init__()
        self.meeting_id = meeting_id

    @property
    def kkr(self) -> KkrApp:
        return cast("KkrApp", self.app)

    @property
    def today(self) -> pendulum.Date:
        return self.kkr.clock.today()

    def compose(self) -> ComposeResult:
        yield AppHeader(id="meeting-header")
        with VerticalScroll(id="meeting-top"):
            yield Static(id="meeting-facts", markup=False)
            yield Checklist(id="meeting-checklist")
            yield Static(id="meeting-steps", markup=False)
        yield FittedTable(items_layout, id="meeting-items")
        yield ClippedStatic(id="meeting-item-detail", markup=False)
        yield AppFooter()

    def on_mount(self) -> None:
        self.kkr.fill_header(self.query_one(AppHeader))
        self.refresh_data()
        self.query_one("#meeting-items", FittedTable).focus()

    # -- data ------------------------------------------------------------------------
    def _selection(self) -> tuple[Snapshot, Meeting, AgendaItem | None] | None:
        """The state shown, its meeting and the highlighted item (None: no items); None
        when the meeting is gone (deleted by someone else while the screen is open)."""
        snap = self.kkr.snapshot
        meeting = snap.meeting(self.meeting_id)
        if meeting is None:
            return None
        key = self.query_one("#meeting-items", FittedTable).selected_key()
        items = snap.items_for(meeting.id) if key is not None else []
        return snap, meeting, next((i for i in items if str(i.id) == key), None)

    def _meeting_for(self, action: MeetingAction | None = None) -> tuple[Snapshot, Meeting] | None:
        """The state shown and the meeting, if it is there and allows `action` (if it
        does not, the user is told why)."""
        snap = self.kkr.snapshot
        meeting = snap.meeting(self.meeting_id)
        if meeting is None or (action is not None and not self._allowed(action, snap, meeting)):
            return None
        return snap, meeting

    def _item_for(
        self, action: MeetingAction | None = None
    ) -> tuple[Snapshot, Meeting, AgendaItem] | None:
        """The state shown, the meeting and the highlighted item, if there is one and the
        meeting allows `action` (if it does not, the user is told why)."""
        if (selection := self._selection()) is None:
            return None
        snap, meeting, item = selection
        if item is None or (action is not None and not self._allowed(action, snap, meeting)):
            return None
        return snap, meeting, item

    def refresh_data(self) -> None:
        snap = self.kkr.snapshot
        meeting = snap.meeting(self.meeting_id)
        if meeting is None:  # deleted (by someone else) while open
            self.query_one("#meeting-facts", Static).update(t("meeting.gone"))
            self.query_one(Checklist).readiness = None
            self.query_one("#meeting-steps", Static).update("")
            self.query_one("#meeting-items", FittedTable).set_rows([])
            self.refresh_bindings()
            return
        items = snap.items_for(meeting.id)
        readiness = snap.readiness(meeting, self.today)
        # A joint meeting is named by all its councils, the holding one first.
        councils = councils_text(meeting, {c.slug: c.name for c in snap.councils})
        self.query_one(AppHeader).pane_title = f"{councils} · {format_day(meeting.day)}"
        name = meeting_name(meeting, snap.fora)
        self.query_one("#meeting-facts", Static).update(facts(meeting, councils, readiness, name))
        self.query_one(Checklist).readiness = readiness
        steps = next_steps(
            meeting,
            items,
            readiness,
            snap.members_of(meeting.council),
            self.today,
            with_status=not self.query_one(Checklist).display,
        )
        self.query_one("#meeting-steps", Static).update(steps_text(steps))
        self.query_one("#meeting-items", FittedTable).set_rows(
            [(str(item.id), item_cells(item)) for item in items]
        )
        self._show_item_detail()
        self.refresh_bindings()

    @on(DataTable.RowHighlighted, "#meeting-items")
    def _highlighted(self) -> None:
        self._show_item_detail()

    @on(DataTable.RowSelected, "#meeting-items")
    def _selected(self) -> None:
        self.action_edit_item()

    def _show_item_detail(self) -> None:
        selection = self._selection()
        detail = self.query_one("#meeting-item-detail", Static)
        if selection is None:
            detail.update("")
            return
        snap, meeting, item = selection
        if item is None:
            detail.update(Text(t("meeting.no_items_hint"), style="dim"))
        else:
            forum_meeting = snap.meeting(item.prepared_in) if item.prepared_in else None
            prepared = prepared_in_text(forum_meeting, snap.fora) if forum_meeting else ""
            made = len(appointments_of_item(item, snap.appointments))
            items = snap.items_for(meeting.id)
            writable = refusal(MeetingAction.CASE_TEXT, meeting, items, self.today) is None
            detail.update(item_detail(item, prepared, made, writable=writable))

    async def action_item_appointments(self) -> None:
        """The appointments the highlighted item made, in Udpegninger (pane 5)."""
        chosen = self._item_for()
        if chosen is None or not appointments_of_item(chosen[2], chosen[0].appointments):
            self.notify(t("appointments.item.none"), severity="warning")
            return
        _, meeting, item = chosen
        label = t("appointments.item.label", number=item.number, day=format_day(meeting.day))
        await self.kkr.action_show_pane("appointments")
        pane = await self.kkr.pane("appointments")
        if isinstance(pane, AppointmentsPane):
            pane.show_item(item.id, label)

    # -- which keys apply now ----------------------------------------------------------
    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action not in _MEETING_ACTIONS:
            return True
        if (shown := self._meeting_for()) is None:
            return False
        snap, meeting = shown
        items = snap.items_for(meeting.id)
        return refusal(MeetingAction(action), meeting, items, self.today) is None

    def on_key(self, event: events.Key) -> None:
        """A meeting key its state refuses says why: Textual skips a refused binding
        without a word, and the user would not know whether the key was heard."""
        action = _ACTION_OF_KEY.get(event.key)
        if action is None or event.key in self.active_bindings:
            return  # not a meeting key, or allowed (or another widget's key here)
        if (shown := self._meeting_for()) is None:
            return
        snap, meeting = shown
        reason = refusal(action, meeting, snap.items_for(meeting.id), self.today)
        if reason is not None:
            event.stop()
            event.prevent_default()
            self.notify(reason, severity="warning", timeout=8, markup=False)

    # -- item actions ------------------------------------------------------------------
    def _allowed(self, action: MeetingAction, snap: Snapshot, meeting: Meeting) -> bool:
        """True when the meeting allows `action`; else the user is told why."""
        reason = refusal(action, meeting, snap.items_for(meeting.id), self.today)
        if reason is not None:
            self.notify(reason, severity="warning", timeout=8)
        return reason is None

    def _heading(self, key: str, meeting: Meeting, item: AgendaItem | None = None) -> str:
        snap = self.kkr.snapshot
        where = f"{snap.council(meeting.council).name} · {format_day(meeting.day)}"
        if item is None:
            return f"{t(key)} · {where}"
        return f"{t(key)} · {t('item.label', number=item.number, title=printable(item.title))}"

    def action_add_item(self) -> None:
        if (chosen := self._meeting_for(MeetingAction.ADD_ITEM)) is None:
            return
        snap, meeting = chosen
        dialog = self._item_dialog(snap, meeting, None)

        async def save(item: AgendaItem) -> SaveResult[Any]:
            # Placed on the agenda as it is now (someone may have added an item): before
            # the closing frame items, which move down in the same transaction.
            agenda = self.kkr.snapshot.items_for(meeting.id)
            records = placed_item(item, meeting, agenda)

            def add(tx: Transaction) -> Record:
                return change_agendas(tx, {meeting.id: agenda}, records)[0]

            done = t("meeting.saved.added", number=records[0].number)
            placed = transaction_saver(self.kkr, lambda _: add, done=done, then=self._select_item)
            return await placed(item)

        dialog.save = save
        self.app.push_screen(dialog)

    def _item_dialog(self, snap: Snapshot, meeting: Meeting, item: AgendaItem | None) -> ItemDialog:
        """The dialog of a new item (`item` None, numbered after the others) or of `item`."""
        return ItemDialog(
            item,
            meeting_id=meeting.id,
            number=item.number if item else new_item_number(meeting, snap.items_for(meeting.id)),
            heading=self._heading("item.edit" if item else "item.new", meeting, item),
            policy_areas=snap.settings.policy_areas,
            names=responsible_names(snap.contacts, meeting.council),
            forum_meetings=_forum_meetings(snap, meeting),
        )

    def _select_item(self, item: AgendaItem) -> None:
        self.query_one("#meeting-items", FittedTable).select_key(str(item.id))

    def action_edit_item(self) -> None:
        if (chosen := self._item_for(MeetingAction.EDIT_ITEM)) is None:
            return
        snap, meeting, item = chosen
        dialog = self._item_dialog(snap, meeting, item)
        dialog.save = saver(self.kkr, done=t("meeting.saved.item"), unchanged=item)
        self.app.push_screen(dialog)

    def action_delete_item(self) -> None:
        if (chosen := self._item_for(MeetingAction.DELETE_ITEM)) is None:
            return
        snap, meeting, item = chosen
        agenda = snap.items_for(meeting.id)
        renumbered = without_item(agenda, item.id)

        def change(tx: Transaction) -> None:
            change_agendas(tx, {meeting.id: agenda}, renumbered, delete=item)

        dialog = ConfirmDeleteDialog(
            item, heading=self._heading("delete.title", meeting), renumbered=len(renumbered)
        )
        done = t("meeting.saved.deleted", number=item.number)
        dialog.save = transaction_saver(self.kkr, lambda _: change, done=done)
        self.app.push_screen(dialog)

    def action_move_item(self, delta: int) -> None:
        if (chosen := self._item_for(MeetingAction.MOVE_ITEM)) is None:
            return
        snap, meeting, item = chosen
        agenda = snap.items_for(meeting.id)
        changed = move_item(agenda, item.id, delta)
        if changed:
            write(self.kkr, lambda tx: change_agendas(tx, {meeting.id: agenda}, changed))

    def _change_state(self, step: Callable[..., AgendaItem]) -> None:
        if (chosen := self._item_for()) is None:
            return
        _, meeting, item = chosen
        try:
            changed = step(item, meeting, day=self.today, user=current_user())
        except DomainError as exc:
            self.notify(str(exc), severity="warning", timeout=8)
            return
        save_one(
            self.kkr,
            changed,
            done=t(
                "meeting.saved.state",
                number=item.number,
                state=t(f"item_state.{changed.state.value}"),
            ),
        )

    def action_advance_item(self) -> None:
        self._change_state(advance_item)

    def action_step_back_item(self) -> None:
        self._change_state(step_back_item)

    def action_postpone_item(self) -> None:
        if (chosen := self._item_for()) is None:
            return
        snap, meeting, item = chosen
        try:
            target = postpone_target(meeting, snap.meetings)
        except WorkflowError as exc:
            self.notify(str(exc), severity="warning", timeout=10)
            return
        source_items = snap.items_for(meeting.id)
        target_items = snap.items_for(target.id)
        target_name = f"{t(f'series.{target.series.value}')} {format_day_time(target.start)}"

        shown = {meeting.id: source_items, target.id: target_items}

        def postponed(changed: list[AgendaItem]) -> Callable[[Transaction], object]:
            return lambda tx: change_agendas(tx, shown, changed)

        dialog = PostponeDialog(
            item,
            meeting,
            source_items,
            target,
            target_items,
            heading=self._heading("postpone.title", meeting, item),
            target_name=target_name,
            today=self.today,
            user=current_user(),
        )
        done = t("meeting.saved.postponed", number=item.number, target=target_name)
        dialog.save = transaction_saver(self.kkr, postponed, done=done)
        self.app.push_screen(dialog)

    def action_decide(self) -> None:
        if (chosen := self._item_for()) is None:
            return
        _, meeting, item = chosen
        dialog = DecisionDialog(
            item, meeting, heading=self._heading("decision.title", meeting, item), today=self.today
        )
        done = t("meeting.saved.decision", number=item.number)
        dialog.save = saver(self.kkr, done=done, unchanged=item)
        self.app.push_screen(dialog)

    def action_item_info(self) -> None:
        if (chosen := self._item_for()) is None:
            return
        _, meeting, item = chosen
        self.app.push_screen(
            ItemInfoScreen(item, heading=self._heading("item.info", meeting, item))
        )

    def action_case_text(self) -> None:
        """The highlighted item's case text in a full-size editor (cursor at the end)."""
        if (chosen := self._item_for(MeetingAction.CASE_TEXT)) is None:
            return
        _, meeting, item = chosen
        dialog = CaseTextDialog(item, heading=self._heading("doc.editor.title", meeting, item))
        done = t("doc.saved.case_text", number=item.number)
        dialog.save = saver(self.kkr, done=done, unchanged=item)
        self.app.push_screen(dialog)

    def action_attach(self) -> None:
        """Attach a file to the highlighted item, or remove one of its attachments."""
        if (chosen := self._item_for(MeetingAction.ATTACH)) is None:
            return
        snap, meeting, item = chosen
        numbers = {i.id: n for n, i in agenda_items(snap, meeting)}
        number = numbers.get(item.id, item.number)

        async def save(result: AttachChange) -> SaveResult[Any]:
            def apply(tx: Transaction) -> None:
                if result.removed is not None:
                    remove_attachment(tx, item.id, result.removed)
                if result.added is not None:
                    add_attachment(tx, item.id, result.added)

            if result.added is not None:
                count = len(item.attachments) + 1 - (result.removed is not None)
                done = t("doc.attach.done", number=f"{number}.{count}", title=result.added.title)
            else:
                done = t("doc.attach.removed", number=number)
            return await transaction_saver(self.kkr, lambda _: apply, done=done)(result)

        dialog = AttachDialog(
            item,
            self.kkr.store.path,
            heading=self._heading("doc.attach.title", meeting, item),
            number=number,
        )
        dialog.save = save
        self.app.push_screen(dialog)

    def action_frame(self) -> None:
        """The standard items around the meeting's own (KKR and constituting meetings)."""
        if (chosen := self._meeting_for(MeetingAction.FRAME)) is None:
            return
        meeting = chosen[1]
        if meeting.series not in FRAMED_SERIES:
            series = t(f"series.{meeting.series.value}")
            self.notify(t("doc.frame.no_frame", series=series), severity="warning")
            return

        def apply(tx: Transaction) -> list[AgendaItem]:
            return list(give_frame(tx, meeting.id))

        def framed(added: list[AgendaItem]) -> None:
            if added:
                self.notify(t("doc.frame.added", count=len(added)), timeout=3)
            else:
                self.notify(t("doc.frame.nothing"), timeout=3)

        write(self.kkr, apply, then=framed)

    # -- meeting actions ---------------------------------------------------------------
    def action_dispatch(self) -> None:
        if (chosen := self._meeting_for(MeetingAction.DISPATCH)) is None:
            return
        snap, meeting = chosen
        items = snap.items_for(meeting.id)
        deadline = snap.planner.deadlines(meeting).dispatch

        def dispatched(result: tuple[Meeting, list[AgendaItem]]) -> Callable[[Transaction], object]:
            changed = [result[0], *result[1]]  # the meeting, then its items
            return lambda tx: change_agendas(tx, {meeting.id: items}, changed)

        dialog = DispatchDialog(
            meeting,
            items,
            heading=self._heading("dispatch.title", meeting),
            deadline=deadline,
            calendar=snap.planner.calendar,
            today=self.today,
            user=current_user(),
        )
        dialog.save = transaction_saver(self.kkr, dispatched, done=t("meeting.saved.dispatched"))
        self.app.push_screen(dialog)

    def _open(self, dialog: FormDialog[Meeting], done: str) -> None:
        """A dialog that changes the meeting: saved before it closes; a cancelled meeting
        whose invitation went out offers to send the cancellation."""
        dialog.save = saver(self.kkr, done=done, then=lambda saved: offer_update(self.kkr, saved))
        self.app.push_screen(dialog)

    def action_mark_held(self) -> None:
        if (chosen := self._meeting_for()) is None:
            return
        meeting = chosen[1]
        heading = self._heading("held.title", meeting)
        self._open(HeldDialog(meeting, heading=heading, today=self.today), t("meeting.saved.held"))

    def action_publish(self) -> None:
        if (chosen := self._meeting_for()) is None:
            return
        snap, meeting = chosen
        due = snap.planner.deadlines(meeting).get(PUBLICATION)
        self._open(
            PublishDialog(
                meeting,
                snap.items_for(meeting.id),
                heading=self._heading("publish.title", meeting),
                due_explanation=due.explanation if due is not None else "",
                today=self.today,
            ),
            t("meeting.saved.published"),
        )

    def action_cancel_meeting(self) -> None:
        if (chosen := self._meeting_for(MeetingAction.CANCEL_MEETING)) is None:
            return
        snap, meeting = chosen
        self._open(
            CancelMeetingDialog(
                meeting,
                snap.items_for(meeting.id),
                heading=self._heading("cancel.title", meeting),
            ),
            t("meeting.saved.cancelled"),
        )

    def action_mail_dispatch(self) -> None:
        """Send the agenda by e-mail: the dialog shows the plan, a worker sends."""
        # The mail modules only here: they bring the e-mail and SMTP stack (~70 ms of
        # imports), which opening a meeting should not wait for.
        from kkr_tui.mail.config import MailConfigError
        from kkr_tui.mail.dispatching import DispatchError, prepare_dispatch, reasons_needed
        from kkr_tui.mail.transport import open_transport
        from kkr_tui.ui.screens.mail_dialog import MailDialog

        if (shown := self._meeting_for()) is None:
            return
        snap, meeting = shown
        store = self.kkr.store
        try:
            job = prepare_dispatch(store, meeting.id)
            via = open_transport(store.path, snap.settings.smtp_url).description
        except (DispatchError, MailConfigError, StoreError) as exc:
            self.notify(str(exc), severity="error", timeout=8, markup=False)
            return

        def chosen(request: MailRequest | None) -> None:
            if request is not None:
                self._send_mail(meeting.id, request)

        self.app.push_screen(
            MailDialog(
                job,
                heading=self._heading(f"mail.ui.title.{job.purpose.value}", meeting),
                via=via,
                reasons=reasons_needed(snap, job, today=self.today),
            ),
            chosen,
        )

    def _send_mail(self, meeting_id: int, request: MailRequest) -> None:
        """In a thread (SMTP waits on the network); the result comes back as a notice."""
        send_mail(self.kkr, meeting_id, resend=request.resend, reason=request.reason)

    def action_attendance(self) -> None:
        if (chosen := self._meeting_for()) is None:
            return
        snap, meeting = chosen
        everyone = [m for m in snap.members if meeting.belongs_to(m.council)]
        members = called_to(meeting, everyone)
        if not members:
            key = "attendance.not_recorded"
            if not everyone:
                key = "attendance.no_members"
            elif meeting.series is Series.CHAIRMANSHIP:
                key = "attendance.no_formandskab"
            self.notify(t(key), severity="warning", timeout=8)
            return

        self.app.push_screen(
            AttendanceScreen(
                meeting,
                members,
                substitutes=[m for m in everyone if m.is_substitute],
                heading=self._heading("attendance.title", meeting),
                cursor_blink=self.kkr.cursor_blink,
                save=saver(self.kkr, done=t("meeting.saved.attendance"), unchanged=meeting),
            )
        )

    def action_export(self) -> None:
        """The agenda or the minutes to a file the user names (see document_export_dialog)."""
        meeting = self.kkr.snapshot.meeting(self.meeting_id)
        if meeting is not None:
            published = meeting.state is MeetingState.PUBLISHED
            self.app.push_screen(DocumentExportDialog(self.meeting_id, published=published))

    def action_toggle_checklist(self) -> None:
        checklist = self.query_one(Checklist)
        checklist.display = not checklist.display
        self.refresh_data()  # the steps say the status words when the checklist is away


# The screen's actions the meeting's state decides (kkr_tui.domain.actions).
_MEETING_ACTIONS = frozenset(a.value for a in MeetingAction)
# Each key of a meeting action (h -> mark_held), to say why when the state refuses it.
_ACTION_OF_KEY = {
    binding.key: MeetingAction(binding.action.split("(")[0])
    for binding in Binding.make_bindings(MeetingScreen.BINDINGS)
    if binding.action.split("(")[0] in _MEETING_ACTIONS
}


def _forum_meetings(snap: Snapshot, meeting: Meeting) -> list[tuple[str, int]]:
    """The council's forum meetings before `meeting` (the latest first) that may have
    prepared one of its items: what the item dialog offers."""
    earlier = [
        m
        for m in snap.meetings_of(meeting.council)
        if m.forum_id and m.start < meeting.start and m.id != meeting.id
    ]
    earlier.sort(key=lambda m: m.start, reverse=True)
    return [(f"{meeting_name(m, snap.fora)} {format_day(m.day)}", m.id) for m in earlier]
