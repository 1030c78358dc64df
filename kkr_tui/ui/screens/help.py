"""F1 / `?`: every key of the current screen, generated from its active bindings.

Nothing here is written by hand: whatever a pane, screen, list or the app binds (with
a catalogue description) appears, in the app's language, grouped as "here" (this screen
and its pane), "in the list" (the focused list's keys) and "everywhere" (the app).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import ActiveBinding, Binding
from textual.containers import Vertical
from textual.dom import DOMNode
from textual.widgets import DataTable, Label

from kkr_tui.i18n import t
from kkr_tui.ui.keys import key_label
from kkr_tui.ui.safe import plain
from kkr_tui.ui.screens.base import SCREEN_BINDINGS, KkrModalScreen
from kkr_tui.ui.stylesheets import sheets
from kkr_tui.ui.widgets.tables import KkrTable

GROUP_ORDER = ("screen", "list", "app")


@dataclass(frozen=True)
class HelpLine:
    group: str  # "screen", "list" or "app"
    keys: tuple[str, ...]  # as shown: ("j", "↓")
    description: str  # already in the current language
    enabled: bool
    binding_id: str | None
    action: str
    node: DOMNode  # where the action runs
    show: bool  # shown in the footer (an "important" key)


def help_lines(active: Mapping[str, ActiveBinding]) -> list[HelpLine]:
    """One line per (group, action): every key that runs it, what it does.

    `active` is a screen's `active_bindings` (descriptions already resolved). Bindings
    without a description are Textual internals and are left out.
    """
    grouped: dict[tuple[str, str, str], list[tuple[str, ActiveBinding]]] = {}
    for key, active_binding in active.items():
        binding = active_binding.binding
        if not binding.description:
            continue
        group = _group_of(active_binding)
        grouped.setdefault((group, binding.action, binding.description), []).append(
            (key, active_binding)
        )
    lines = [
        HelpLine(
            group=group,
            keys=tuple(
                # Each key by its own name ("←, ["), not the one name the footer shows
                # for all of them. Plain keys first ("q, Ctrl+Q"), else as declared.
                dict.fromkeys(
                    key_label(key)
                    for key, _entry in sorted(entries, key=lambda e: "+" in e[0])
                    if "super+" not in key  # no Super key arrives over SSH
                )
            ),
            description=description,
            enabled=all(entry.enabled for _key, entry in entries),
            binding_id=entries[0][1].binding.id,
            action=action,
            node=entries[0][1].node,
            show=entries[0][1].binding.show,
        )
        for (group, action, description), entries in grouped.items()
    ]
    lines = [line for line in lines if line.keys]  # a Super-only key: nothing to show
    return sorted(lines, key=lambda line: GROUP_ORDER.index(line.group))


def _group_of(active_binding: ActiveBinding) -> str:
    if isinstance(active_binding.node, App):
        return "app"
    if isinstance(active_binding.node, DataTable):
        return "list"
    return "screen"


class HelpScreen(KkrModalScreen[None]):
    """The keys of the screen it was opened on; searchable with `/` like any list."""

    CSS_PATH = sheets("help")
    BINDINGS = [
        *SCREEN_BINDINGS,
        Binding("f1,question_mark", "back", "key.close", show=True, id="help.close"),
    ]

    def __init__(self, title: str, lines: list[HelpLine]) -> None:
        super().__init__()
        self.title_text = title
        self.lines = lines

    def compose(self) -> ComposeResult:
        with Vertical(id="help-box"):
            yield Label(t("keys.help.title", screen=self.title_text), id="help-title", markup=False)
            table = KkrTable(id="help-keys", cursor_type="row", zebra_stripes=True)
            table.add_column(t("keys.help.col.group"), key="group")
            table.add_column(t("keys.help.col.key"), key="key")
            table.add_column(t("keys.help.col.action"), key="action")
            yield table
            yield Label(t("keys.help.hint"), id="help-hint", markup=False)

    def on_mount(self) -> None:
        table = self.query_one("#help-keys", KkrTable)
        previous_group = ""
        for index, line in enumerate(self.lines):
            group = t(f"keys.help.group.{line.group}") if line.group != previous_group else ""
            previous_group = line.group
            description = line.description
            if not line.enabled:
                description = f"{description} {t('keys.help.not_now')}"
            table.add_row(
                Text(group, style="bold"),
                Text(", ".join(line.keys), style="bold"),
                plain(description, style="" if line.enabled else "dim"),
                key=f"{index}:{line.binding_id or line.description}",
            )
        table.focus()
