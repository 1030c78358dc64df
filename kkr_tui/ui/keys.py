"""Key bindings declared once, described in the current language when shown.

The rule for every `Binding` in kkr_tui: give it an `id` and a description that is a
catalogue KEY, not translated text::

    Binding("n", "new_meeting", "key.cycle.new", id="cycle.new", show=True)

Why keys and not `t(...)`: Textual merges `BINDINGS` when the class is created (at
import time) and copies them into every instance, so a description computed with `t()`
would stay in whatever language was active at import. The screens of this app
(`KkrScreen`, `KkrModalScreen`) return their active bindings with the descriptions
resolved through the catalogue; the footer, the help screen and the command palette all
read `screen.active_bindings`, so all three show the running app's language.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Mapping

from textual.binding import ActiveBinding, Binding
from textual.keys import format_key, key_to_character

from kkr_tui.i18n import has, language, t

# Names that read better than Textual's for a secretary, in both languages.
_KEY_NAMES = {
    "escape": "Esc",
    "enter": "Enter",
    "tab": "Tab",
    "up": "↑",
    "down": "↓",
    "left": "←",
    "right": "→",
    "pageup": "PgUp",
    "pagedown": "PgDn",
    "home": "Home",
    "end": "End",
    "delete": "Del",
    "insert": "Ins",
    "backspace": "Backspace",
}
_MODIFIERS = {"ctrl": "Ctrl", "shift": "Shift", "alt": "Alt", "meta": "Meta", "super": "Super"}


# Textual's own widgets (Button, Select, Checkbox, OptionList, SelectionList, TextArea,
# scrolling containers) describe their keys in English. Their actions, described from the
# catalogue, so a dialog's F1 help is Danish too without a subclass of every widget.
TEXTUAL_ACTIONS: dict[str, str] = {
    "press": "key.widget.press",
    "show_overlay": "key.widget.open_menu",
    "dismiss": "key.widget.close_menu",
    "select": "key.widget.choose",
    "select_cursor": "key.list.select",
    "toggle_button": "key.widget.toggle",
    "toggle_switch": "key.widget.toggle",
    "first": "key.list.first",
    "last": "key.list.last",
    "scroll_up": "key.input.scroll_up",
    "scroll_down": "key.input.scroll_down",
    "scroll_left": "key.input.scroll_left",
    "scroll_right": "key.input.scroll_right",
    "scroll_home": "key.list.first",
    "scroll_end": "key.list.last",
    "page_up": "key.list.page_up",
    "page_down": "key.list.page_down",
    "page_left": "key.list.page_left",
    "page_right": "key.list.page_right",
    "cursor_up": "key.list.up",
    "cursor_down": "key.list.down",
    "cursor_left": "key.input.left",
    "cursor_right": "key.input.right",
    "cursor_word_left": "key.input.word_left",
    "cursor_word_right": "key.input.word_right",
    "cursor_line_start": "key.input.home",
    "cursor_line_end": "key.input.end",
    "cursor_page_up": "key.list.page_up",
    "cursor_page_down": "key.list.page_down",
    "cursor_word_left(True)": "key.input.select_word_left",
    "cursor_word_right(True)": "key.input.select_word_right",
    "cursor_line_start(True)": "key.input.select_home",
    "cursor_line_end(True)": "key.input.select_end",
    "cursor_up(True)": "key.widget.select_up",
    "cursor_down(True)": "key.widget.select_down",
    "cursor_left(True)": "key.input.select_left",
    "cursor_right(True)": "key.input.select_right",
    "select_line": "key.widget.select_line",
    "select_all": "key.input.select_all",
    "delete_left": "key.input.delete_left",
    "delete_right": "key.input.delete_right",
    "delete_word_left": "key.input.delete_left_word",
    "delete_word_right": "key.input.delete_right_word",
    "delete_to_start_of_line": "key.input.delete_left_all",
    "delete_to_end_of_line_or_delete_line": "key.input.delete_right_all",
    "delete_line": "key.widget.delete_line",
    "cut": "key.input.cut",
    "copy": "key.input.copy",
    "paste": "key.input.paste",
    "undo": "key.widget.undo",
    "redo": "key.widget.redo",
}


def translate(text: str) -> str:
    """`text` in the current language if it is a catalogue key, otherwise unchanged."""
    return t(text) if text and has(text) else text


def describe(binding: Binding) -> str:
    """What the binding does, in the current language."""
    if binding.id is None:  # Textual's own widgets' keys have no id; ours always do
        builtin = TEXTUAL_ACTIONS.get(binding.action)
        if builtin is not None:
            return t(builtin)
    return translate(binding.description)


def localized(binding: Binding) -> Binding:
    """The same binding with its description, tooltip and group in the current language."""
    return _localized(binding, language())


# Once per binding and language: the footer reads a screen's active bindings several
# times per pane switch (~35 bindings each), and each one copied twice cost ~10 ms of it.
@functools.cache
def _localized(binding: Binding, lang: str) -> Binding:
    group = binding.group
    if group is not None:
        group = dataclasses.replace(group, description=translate(group.description))
    return dataclasses.replace(
        binding,
        description=describe(binding),
        tooltip=translate(binding.tooltip),
        group=group,
    )


def localized_active(active: Mapping[str, ActiveBinding]) -> dict[str, ActiveBinding]:
    """`screen.active_bindings` with every description resolved."""
    return {
        key: ActiveBinding(node, localized(binding), enabled, translate(tooltip))
        for key, (node, binding, enabled, tooltip) in active.items()
    }


def help_first(active: Mapping[str, ActiveBinding]) -> dict[str, ActiveBinding]:
    """The same bindings with the help key (F1) first.

    The footer shows them in this order and cuts what does not fit; a pane with many
    keys must not push F1 off an 80-column screen, since F1 leads to all the others.
    """
    first = {k: a for k, a in active.items() if a.binding.action in ("help", "app.help")}
    return {**first, **{k: a for k, a in active.items() if k not in first}}


def key_label(key: str) -> str:
    """How a key is written for people: 'F1', '?', 'Ctrl+P', 'Esc', '↓', 'G'."""
    *modifiers, base = key.split("+")
    if base in _KEY_NAMES:
        name = _KEY_NAMES[base]
    elif base == "space":
        name = t("keys.name.space")
    elif len(base) > 1 and base[0] == "f" and base[1:].isdigit():
        name = base.upper()
    else:
        name = key_to_character(base) or format_key(base)
        if modifiers and len(name) == 1:
            name = name.upper()  # Ctrl+P, as printed on the keyboard
    return "+".join([*(_MODIFIERS.get(m, m.title()) for m in modifiers), name])
