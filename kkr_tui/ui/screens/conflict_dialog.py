"""Theirs and mine side by side, when a record was changed or deleted by someone else
since it was opened: keep mine, take theirs, or cancel. Never a silent overwrite.

Shown by the one saving module (kkr_tui.ui.saving), which decides when.
"""

from __future__ import annotations

import dataclasses
from enum import Enum, StrEnum
from typing import Any, TypeVar

import pendulum
from rich.text import Text
from textual.app import ComposeResult
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
from kkr_tui.i18n import has, t, tn
from kkr_tui.store import (
    StoreError,
)
from kkr_tui.ui.screens.base import KkrModalScreen

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


# -- the dialog ----------------------------------------------------------------------


class ConflictDialog(KkrModalScreen[Choice]):
    """Theirs and mine side by side; dismisses with the user's `Choice`."""

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
    for f in dataclasses.fields(mine):
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
        shown = tn("conflict.history", len(value))
    elif isinstance(value, tuple | list):
        shown = ", ".join(str(v) for v in value)
    elif isinstance(value, dict):
        shown = "; ".join(f"{k}: {v}" for k, v in value.items())
    else:
        shown = str(value)
    if len(shown) > MAX_VALUE_CHARS:
        shown = shown[: MAX_VALUE_CHARS - 1] + "…"
    return Text(printable(shown, single_line=False))
