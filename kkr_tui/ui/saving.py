"""The one way the UI writes: every change goes through here, off the event loop.

- One record (an item, a meeting, a member, a contact): `save_record` adds it (id 0)
  or updates it. When someone else saved or deleted it since it was opened, the user
  sees theirs and mine side by side (kkr_tui.ui.screens.conflict_dialog) and chooses:
  keep mine, take theirs, or cancel. Never a silent overwrite.
- Several records at once (reorder, delete with renumbering, postpone, dispatch,
  a proposed year, a renamed responsible): `transact` runs them in one transaction,
  so all or nothing is written. A conflict there is not a choice between two versions
  of one record: nothing is written and the user is told.
- A deletion: `delete_with_conflict_check`.
- Mail (`send_mail`): the agenda, a corrected agenda, an updated invitation or the
  cancellation. Not one transaction: the send log records each accepted message
  before the next is sent (kkr_tui.mail.sending), so a failure halfway keeps who got
  it, says why, and the next send (here or `kkr dispatch`) continues with the rest.

The store's lock may be held by someone else for up to its timeout, so every write
runs in a thread (`asyncio.to_thread`) from a worker: the screen never freezes. A
read-only database, a lock timeout or a full disk is a `SaveResult` with
`Outcome.FAILED` and a message saying why, never a crash. A dialog given `saver(...)`
(kkr_tui.ui.screens.form_dialog) shows that message and stays open with everything
typed; elsewhere the message is a notification. After a change every pane and screen
reloads (app.reload()).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

from textual.app import App

from kkr_tui.domain.errors import DomainError
from kkr_tui.domain.models import Record
from kkr_tui.domain.text import printable
from kkr_tui.i18n import os_reason, t
from kkr_tui.store import (
    ConflictError,
    MissingRecordError,
    ReadOnlyError,
    Store,
    StoreError,
)
from kkr_tui.store.transaction import Transaction
from kkr_tui.ui.screens.conflict_dialog import Choice, ConflictDialog, ConflictKind

if TYPE_CHECKING:
    from kkr_tui.ui.app import KkrApp

R = TypeVar("R", bound=Record)
T = TypeVar("T")

NOTIFY_SECONDS = 10
# A confirmation is brief: the screen itself already shows the change.
DONE_SECONDS = 3
WORKER_GROUP = "save"
MAIL_GROUP = "mail"
MAIL_SECONDS = 12


class Outcome(StrEnum):
    SAVED = "saved"  # my version is stored (perhaps after "keep mine")
    TOOK_THEIRS = "took_theirs"  # the stored version is theirs; mine was discarded
    GONE = "gone"  # the record no longer exists (deleted by them or by me)
    CANCELLED = "cancelled"  # the user cancelled the conflict dialog; nothing changed
    FAILED = "failed"  # read-only database, lock timeout, disk error: `message` says


@dataclass(frozen=True)
class SaveResult(Generic[T]):
    outcome: Outcome
    record: T | None = None
    message: str = ""  # why it failed, ready to show


# -- one record ------------------------------------------------------------------------


async def save_record(app: App[Any], record: R, *, quiet: bool = False) -> SaveResult[R]:
    """Save `record` (add if new); on a conflict ask the user. A failure is notified
    unless `quiet` (a dialog shows it itself)."""
    store = _store_of(app)
    mine = record
    while True:
        try:
            if mine.id == 0:
                added = await asyncio.to_thread(store.add, mine)
                return _finish(app, Outcome.SAVED, added)
            saved = await asyncio.to_thread(store.update, mine)
        except ConflictError as conflict:
            theirs = cast(R, conflict.current)
            if _same_content(theirs, mine):
                return _finish(app, Outcome.SAVED, theirs)  # they saved just what I did
            choice = await app.push_screen_wait(ConflictDialog(ConflictKind.CHANGED, mine, theirs))
            if choice is Choice.CANCEL:
                return SaveResult(Outcome.CANCELLED)
            if choice is Choice.THEIRS:
                _notify(app, t("save.took_theirs"))
                return _finish(app, Outcome.TOOK_THEIRS, theirs)
            mine = mine.with_changes(rev=theirs.rev)  # keep mine: over the version I saw
            continue
        except MissingRecordError:
            choice = await app.push_screen_wait(ConflictDialog(ConflictKind.DELETED, mine, None))
            if choice is Choice.CANCEL:
                return SaveResult(Outcome.CANCELLED)
            if choice is Choice.THEIRS:
                _notify(app, t("save.deletion_accepted"))
                return _finish(app, Outcome.GONE, None)
            mine = mine.with_changes(id=0, rev=0)  # save mine as a new record
            _notify(app, t("save.readded"))
            continue
        except (StoreError, OSError) as exc:
            return _failed(app, exc, quiet)
        return _finish(app, Outcome.SAVED, saved)


async def delete_with_conflict_check(app: App[Any], record: Record) -> bool:
    """Delete `record`; if someone changed it since it was opened, ask first.

    True if the record is gone afterwards (also when someone else deleted it).
    """
    store = _store_of(app)
    mine = record
    while True:
        try:
            await asyncio.to_thread(store.delete, mine)
        except ConflictError as conflict:
            theirs = conflict.current
            choice = await app.push_screen_wait(
                ConflictDialog(ConflictKind.DELETE_CHANGED, mine, theirs)
            )
            if choice is Choice.MINE:
                mine = mine.with_changes(rev=theirs.rev)
                continue
            if choice is Choice.THEIRS:
                _finish(app, Outcome.TOOK_THEIRS, theirs)
            return False
        except MissingRecordError:
            _notify(app, t("save.already_deleted"))
            _finish(app, Outcome.GONE, None)
            return True
        except (StoreError, OSError) as exc:
            _failed(app, exc, quiet=False)
            return False
        _finish(app, Outcome.GONE, None)
        return True


# -- several records in one transaction ------------------------------------------------


async def transact(
    app: App[Any], change: Callable[[Transaction], T], *, quiet: bool = False
) -> SaveResult[T]:
    """Run `change` in one transaction (in a thread): all or nothing is written."""
    store = _store_of(app)
    try:
        value = await asyncio.to_thread(store.apply, change)
    except ConflictError:
        _reload(app)
        return _failed(app, None, quiet, t("save.agenda_conflict"))
    except MissingRecordError:
        _reload(app)
        return _failed(app, None, quiet, t("save.missing"))
    except DomainError as exc:
        return _failed(app, None, quiet, str(exc))
    except (StoreError, OSError) as exc:
        return _failed(app, exc, quiet)
    _reload(app)
    return SaveResult(Outcome.SAVED, value)


# -- the ways screens call them ----------------------------------------------------------


def save_one(
    app: KkrApp, record: R, *, done: str = "", then: Callable[[R], None] | None = None
) -> None:
    """Save (or add) one record in a worker; `then(stored)` runs when mine was stored."""
    app.run_worker(_saved(app, save_record(app, record), done, then), group=WORKER_GROUP)


def write(
    app: KkrApp,
    change: Callable[[Transaction], T],
    *,
    done: str = "",
    then: Callable[[T], None] | None = None,
) -> None:
    """Run `change` in one transaction, in a worker; `then(value)` when it was written."""
    app.run_worker(_saved(app, transact(app, change), done, then), group=WORKER_GROUP)


def send_mail(
    app: KkrApp,
    meeting_id: int,
    *,
    resend: bool = False,
    reason: str = "",
    done_key: str = "mail.ui.done",
) -> None:
    """Send what the meeting's mail is due (kkr_tui.mail.dispatching decides) in a
    thread, since SMTP waits on the network; the result is a notice (`done_key` with
    {count} when everyone has it), and every screen reloads."""
    from kkr_tui.domain.user import current_user
    from kkr_tui.mail.config import MailConfigError
    from kkr_tui.mail.dispatching import DispatchError, prepare_dispatch, run_dispatch
    from kkr_tui.mail.sending import BatchReport, wall_clock
    from kkr_tui.mail.transport import open_transport

    store, today, user = _store_of(app), app.clock.today(), current_user()

    def work() -> BatchReport:
        job = prepare_dispatch(store, meeting_id, resend=resend)
        transport = open_transport(store.path, store.snapshot().settings.smtp_url)
        return run_dispatch(
            store, job, transport, today=today, now=wall_clock, user=user, reason=reason
        )

    async def run() -> None:
        app.notify(t("mail.ui.sending"), timeout=DONE_SECONDS)
        try:
            report = await asyncio.to_thread(work)
        except (DispatchError, MailConfigError, DomainError, StoreError, OSError) as exc:
            text = failure_message(exc) if isinstance(exc, OSError | StoreError) else str(exc)
            app.notify(printable(text), severity="error", timeout=MAIL_SECONDS, markup=False)
            _reload(app)
            return
        problems = [why for _, why in report.refused]
        if report.stopped:
            problems.append(report.stopped)
        if problems:
            text = "\n".join([t("mail.ui.incomplete", count=len(report.sent)), *problems])
            app.notify(
                printable(text, single_line=False), severity="error", timeout=20, markup=False
            )
        else:
            app.notify(t(done_key, count=len(report.sent)), timeout=MAIL_SECONDS, markup=False)
        _reload(app)

    app.run_worker(run(), group=MAIL_GROUP)


# What a dialog's `save` answers (kkr_tui.ui.screens.form_dialog).
Saver = Callable[[Any], Awaitable[SaveResult[Any]]]


def saver(
    app: KkrApp,
    *,
    done: str = "",
    then: Callable[[Any], None] | None = None,
    unchanged: Record | None = None,
) -> Saver:
    """For a dialog whose result is one record: it is saved before the dialog closes
    (nothing is written when it equals `unchanged`, the record as the dialog opened)."""

    async def save(record: Record) -> SaveResult[Any]:
        if unchanged is not None and record == unchanged:
            return SaveResult(Outcome.SAVED, record)
        return await _saved(app, save_record(app, record, quiet=True), done, then)

    return save


def transaction_saver(
    app: KkrApp,
    change_of: Callable[[Any], Callable[[Transaction], object]],
    *,
    done: str = "",
    then: Callable[[Any], None] | None = None,
) -> Saver:
    """For a dialog whose result changes several records: `change_of(result)` is the
    transaction, written before the dialog closes; `then(value)` gets what it returned."""

    async def save(result: object) -> SaveResult[Any]:
        return await _saved(app, transact(app, change_of(result), quiet=True), done, then)

    return save


async def _saved(
    app: App[Any], saving: Awaitable[SaveResult[T]], done: str, then: Callable[[T], None] | None
) -> SaveResult[T]:
    """Await `saving`; when it stored, say `done` and run `then` with what was stored."""
    result = await saving
    if result.outcome is Outcome.SAVED:
        if done:
            app.notify(done, timeout=DONE_SECONDS, markup=False)
        if then is not None and result.record is not None:
            then(result.record)
    return result


# -- helpers -------------------------------------------------------------------------------


def _same_content(a: Record, b: Record) -> bool:
    return a.with_changes(rev=0) == b.with_changes(rev=0)


def _finish(app: App[Any], outcome: Outcome, record: T | None) -> SaveResult[T]:
    _reload(app)
    return SaveResult(outcome, record)


def _reload(app: App[Any]) -> None:
    reload = getattr(app, "reload", None)
    if callable(reload):
        reload()


def _store_of(app: App[Any]) -> Store:
    store = getattr(app, "store", None)
    if not isinstance(store, Store):
        raise TypeError("saving needs an app with a `store` (KkrApp)")
    return store


def failure_message(exc: BaseException) -> str:
    """Why a write failed, in the user's words (read-only, lock timeout, disk...)."""
    if isinstance(exc, ReadOnlyError):
        return t("readonly.refused")
    if isinstance(exc, OSError) and not isinstance(exc, StoreError):
        where = f"{exc.filename}: " if exc.filename else ""
        return t("save.failed", error=f"{where}{os_reason(exc)}")
    return t("save.failed", error=str(exc))


def _failed(
    app: App[Any], exc: BaseException | None, quiet: bool, message: str = ""
) -> SaveResult[Any]:
    text = printable(message or failure_message(cast(BaseException, exc)), single_line=False)
    if not quiet:
        app.notify(
            text,
            title=t("save.failed_title"),
            severity="error",
            timeout=NOTIFY_SECONDS,
            markup=False,
        )
    return SaveResult(Outcome.FAILED, message=text)


def _notify(app: App[Any], message: str) -> None:
    app.notify(printable(message), markup=False)
