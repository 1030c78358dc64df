"""Saving a record from the UI, with a dialog when someone else got there first.

Every screen or dialog that saves or deletes a record goes through these helpers,
never through `store.update` directly: they run the write off the UI thread (a busy
lock must not freeze the screen), turn a read-only database, a lock timeout or a
full disk into a notification instead of a crash, and when the record was changed
or deleted by someone else since it was opened they show `ConflictDialog`: theirs
and mine side by side - keep mine, take theirs, or cancel. Never a silent overwrite.

Use from a worker (the dialog is awaited with `push_screen_wait`)::

    from textual import work
    from kkr_tui.ui.widgets.conflict import save_with_conflict_check

    class MeetingDialog(ModalScreen[Meeting | None]):
        def __init__(self, meeting: Meeting) -> None:
            super().__init__()
            self.meeting = meeting  # as it was when the dialog opened: its `rev` matters

        @work(exclusive=True)
        async def action_save(self) -> None:
            edited = self.meeting.with_changes(place=self.query_one("#place", SafeInput).value)
            saved = await save_with_conflict_check(self.app, edited)
            if saved is not None:
                self.dismiss(saved)  # stored: mine, or theirs if the user took theirs
            # None: nothing was saved (cancelled, read-only, error - a notification
            # said why). The dialog stays open with what the user typed.

Build the edited record from the record as it was when editing began, not from a
fresh snapshot at save time: its `rev` is how the store sees that someone else
saved in between. A new record (`id == 0`) is added; it cannot conflict.
`delete_with_conflict_check(app, record) -> bool` does the same for deletions, and
`save_record` returns a `SaveResult` for callers that need to know exactly what
happened. After any change the helpers call `app.reload()`.
"""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum, StrEnum
from typing import Any, Generic, TypeVar, cast

import pendulum
from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Grid, Horizontal, Vertical, VerticalScroll
from textual.widgets import Button, Static

from kkr_tui.domain.formatting import format_day, format_day_time
from kkr_tui.domain.models import (
    Attachment,
    ItemKind,
    ItemState,
    MeetingState,
    Record,
    Role,
    Series,
)
from kkr_tui.domain.text import printable
from kkr_tui.i18n import has, t
from kkr_tui.store import (
    ConflictError,
    MissingRecordError,
    ReadOnlyError,
    Store,
    StoreError,
)
from kkr_tui.ui.screens.base import KkrModalScreen
from kkr_tui.ui.stylesheets import sheets

R = TypeVar("R", bound=Record)

# Catalogue prefixes under which each enum's values already have names.
_ENUM_TEXT_PREFIX: dict[type[Enum], str] = {
    MeetingState: "state",
    Series: "series",
    ItemState: "item_state",
    ItemKind: "kind",
    Role: "role",
}
# Longer values are cut in the dialog; the whole text is in the record, not lost.
MAX_VALUE_CHARS = 400


class ConflictKind(StrEnum):
    CHANGED = "changed"  # saving mine; theirs was saved meanwhile
    DELETED = "deleted"  # saving mine; theirs is gone
    DELETE_CHANGED = "delete_changed"  # deleting mine; theirs was saved meanwhile


class Choice(StrEnum):
    MINE = "mine"
    THEIRS = "theirs"
    CANCEL = "cancel"


class Outcome(StrEnum):
    SAVED = "saved"  # my version is stored (perhaps after "keep mine")
    TOOK_THEIRS = "took_theirs"  # the stored version is theirs; mine was discarded
    GONE = "gone"  # the record no longer exists (deleted by them or by me)
    CANCELLED = "cancelled"  # the user cancelled the conflict dialog; nothing changed
    FAILED = "failed"  # read-only database, lock timeout, disk error: notified


@dataclass(frozen=True)
class SaveResult(Generic[R]):
    outcome: Outcome
    record: R | None = None


# -- the dialog ----------------------------------------------------------------------


class ConflictDialog(KkrModalScreen[Choice]):
    """Theirs and mine side by side; dismisses with the user's `Choice`."""

    CSS_PATH = sheets("conflict")
    BINDINGS = [
        Binding("m", "choose('mine')", "conflict.keep_mine", id="conflict.mine"),
        Binding("t", "choose('theirs')", "conflict.take_theirs", id="conflict.theirs"),
        Binding("escape", "choose('cancel')", "conflict.cancel", id="conflict.cancel"),
    ]
    # Enter on the first focused button should be the harmless choice.
    AUTO_FOCUS = "#conflict-cancel"

    def __init__(self, kind: ConflictKind, mine: Record, theirs: Record | None) -> None:
        super().__init__()
        self.kind = kind
        self.mine = mine
        self.theirs = theirs

    def _council_names(self) -> dict[str, str]:
        """Council slugs are shown by name (from the app's data, when there is some)."""
        try:
            snapshot = getattr(self.app, "snapshot", None)
        except StoreError:
            return {}
        return {c.slug: c.name for c in snapshot.councils} if snapshot is not None else {}

    def compose(self) -> ComposeResult:
        mine_label, theirs_label = _button_labels(self.kind)
        with Vertical(id="conflict-box") as box:
            box.border_title = t(f"conflict.title_{self.kind.value}")
            yield Static(
                t(f"conflict.explain_{self.kind.value}"), id="conflict-explain", markup=False
            )
            with VerticalScroll(id="conflict-scroll"):
                yield self._comparison()
            with Horizontal(id="conflict-buttons"):
                yield Button(f"{mine_label} (m)", id="conflict-mine", variant="warning")
                yield Button(f"{theirs_label} (t)", id="conflict-theirs", variant="primary")
                yield Button(f"{t('conflict.cancel')} (Esc)", id="conflict-cancel")

    def _comparison(self) -> Grid:
        cells: list[Static] = []

        def cell(value: str | Text, classes: str) -> None:
            text = value if isinstance(value, Text) else Text(value)
            cells.append(Static(text, markup=False, classes=classes))

        names = self._council_names()
        if self.theirs is None:
            cell(t("conflict.field"), "conflict-head")
            cell(t("conflict.mine"), "conflict-head")
            for name, _, mine in _rows(self.mine, None, names):
                cell(_field_label(name), "conflict-name")
                cell(mine, "conflict-mine")
            return Grid(*cells, id="conflict-grid", classes="two-columns")
        cell(t("conflict.field"), "conflict-head")
        cell(t("conflict.theirs"), "conflict-head")
        cell(t("conflict.mine"), "conflict-head")
        rows = _rows(self.mine, self.theirs, names)
        for name, theirs, mine in rows:
            cell(_field_label(name), "conflict-name")
            cell(theirs, "conflict-theirs")
            cell(mine, "conflict-mine")
        if not rows:
            cell(t("conflict.no_differences"), "conflict-name")
        return Grid(*cells, id="conflict-grid", classes="three-columns")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        choice = {
            "conflict-mine": Choice.MINE,
            "conflict-theirs": Choice.THEIRS,
        }.get(event.button.id or "", Choice.CANCEL)
        event.stop()
        self.dismiss(choice)

    def action_choose(self, choice: str) -> None:
        self.dismiss(Choice(choice))


def _button_labels(kind: ConflictKind) -> tuple[str, str]:
    if kind is ConflictKind.DELETED:
        return t("conflict.save_as_new"), t("conflict.accept_deletion")
    if kind is ConflictKind.DELETE_CHANGED:
        return t("conflict.delete_anyway"), t("conflict.keep_theirs")
    return t("conflict.keep_mine"), t("conflict.take_theirs")


def _rows(
    mine: Record, theirs: Record | None, council_names: dict[str, str]
) -> list[tuple[str, Text, Text]]:
    """(field, theirs, mine) for each field that differs (all non-empty ones if gone)."""

    def shown(name: str, value: Any) -> Text:
        if name == "council" and isinstance(value, str):
            value = council_names.get(value, value)
        elif name == "councils" and isinstance(value, tuple):
            value = tuple(council_names.get(v, v) for v in value)
        return show_value(value)

    rows = []
    for f in dataclasses.fields(mine):  # type: ignore[arg-type]
        if f.name in ("id", "rev"):
            continue
        my_value = getattr(mine, f.name)
        if theirs is None:
            if my_value in ("", None, (), {}):
                continue
            rows.append((f.name, Text(""), shown(f.name, my_value)))
            continue
        their_value = getattr(theirs, f.name)
        if their_value != my_value:
            rows.append((f.name, shown(f.name, their_value), shown(f.name, my_value)))
    return rows


def _field_label(name: str) -> str:
    key = f"conflict.field.{name}"
    return t(key) if has(key) else name


def show_value(value: Any) -> Text:
    """A stored value as the user knows it; literal text, controls made visible."""
    if value in ("", None, (), {}):
        return Text(t("conflict.empty"), style="dim italic")
    if isinstance(value, pendulum.DateTime):
        shown = format_day_time(value)
    elif isinstance(value, pendulum.Date):
        shown = format_day(value)
    elif isinstance(value, Enum):
        prefix = _ENUM_TEXT_PREFIX.get(type(value))
        key = f"{prefix}.{value.value}"
        shown = t(key) if prefix and has(key) else str(value.value)
    elif isinstance(value, bool):
        shown = t("conflict.yes") if value else t("conflict.no")
    elif isinstance(value, tuple) and value and isinstance(value[0], Attachment):
        shown = ", ".join(a.title for a in value)  # an item's attachments, by title
    elif isinstance(value, tuple) and value and dataclasses.is_dataclass(value[0]):
        shown = t("conflict.history", n=len(value))
    elif isinstance(value, tuple | list):
        shown = ", ".join(str(v) for v in value)
    elif isinstance(value, dict):
        shown = "; ".join(f"{k}: {v}" for k, v in value.items())
    else:
        shown = str(value)
    if len(shown) > MAX_VALUE_CHARS:
        shown = shown[: MAX_VALUE_CHARS - 1] + "…"
    return Text(printable(shown, single_line=False))


# -- the helpers screens call ---------------------------------------------------------


async def save_with_conflict_check(app: App[Any], record: R) -> R | None:
    """Save `record` (add if new); on a conflict ask the user. See the module docstring.

    Returns the record as now stored - mine, or theirs if the user took theirs - or
    None if nothing of the user's was stored (cancelled, deletion accepted, error).
    """
    result = await save_record(app, record)
    if result.outcome in (Outcome.SAVED, Outcome.TOOK_THEIRS):
        return result.record
    return None


async def save_record(app: App[Any], record: R) -> SaveResult[R]:
    """Like `save_with_conflict_check`, but says exactly what happened."""
    store = _store_of(app)
    mine = record
    if mine.id == 0:
        added = await _attempt(app, store.add, mine)
        return _finish(app, Outcome.SAVED, added) if added is not None else _failed()
    while True:
        try:
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
            added = await _attempt(app, store.add, mine.with_changes(id=0, rev=0))
            if added is None:
                return _failed()
            _notify(app, t("save.readded"))
            return _finish(app, Outcome.SAVED, added)
        except (StoreError, OSError) as exc:
            _report_failure(app, exc)
            return _failed()
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
            _report_failure(app, exc)
            return False
        _finish(app, Outcome.GONE, None)
        return True


def _same_content(a: Record, b: Record) -> bool:
    return a.with_changes(rev=0) == b.with_changes(rev=0)


async def _attempt(app: App[Any], verb: Callable[[R], R], record: R) -> R | None:
    try:
        return await asyncio.to_thread(verb, record)
    except (StoreError, OSError) as exc:
        _report_failure(app, exc)
        return None


def _finish(app: App[Any], outcome: Outcome, record: R | None) -> SaveResult[R]:
    reload = getattr(app, "reload", None)
    if callable(reload):
        reload()
    return SaveResult(outcome, record)


def _failed() -> SaveResult[Any]:
    return SaveResult(Outcome.FAILED)


def _store_of(app: App[Any]) -> Store:
    store = getattr(app, "store", None)
    if not isinstance(store, Store):
        raise TypeError("save helpers need an app with a `store` (KkrApp)")
    return store


def _report_failure(app: App[Any], exc: BaseException) -> None:
    if isinstance(exc, ReadOnlyError):
        message = t("readonly.refused")
    elif isinstance(exc, StoreError):
        message = t("save.failed", error=str(exc))
    elif isinstance(exc, OSError):
        where = f"{exc.filename}: " if exc.filename else ""
        message = t("save.failed", error=f"{where}{exc.strerror or exc}")
    else:
        message = t("save.failed", error=str(exc))
    app.notify(
        printable(message, single_line=False),
        title=t("save.failed_title"),
        severity="error",
        timeout=10,
        markup=False,
    )


def _notify(app: App[Any], message: str) -> None:
    app.notify(printable(message), markup=False)


__all__ = [
    "Choice",
    "ConflictDialog",
    "ConflictKind",
    "Outcome",
    "SaveResult",
    "delete_with_conflict_check",
    "save_record",
    "save_with_conflict_check",
    "show_value",
]
