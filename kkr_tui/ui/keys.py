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
from collections.abc import Mapping

from textual.binding import ActiveBinding, Binding
from textual.keys import format_key, key_to_character

from kkr_tui.i18n import has, t

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


def translate(text: str) -> str:
    """`text` in the current language if it is a catalogue key, otherwise unchanged."""
    return t(text) if text and has(text) else text


def describe(binding: Binding) -> str:
    """What the binding does, in the current language."""
    return translate(binding.description)


def localized(binding: Binding) -> Binding:
    """The same binding with its description, tooltip and group in the current language."""
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
        key: active_binding._replace(
            binding=localized(active_binding.binding),
            tooltip=translate(active_binding.tooltip),
        )
        for key, active_binding in active.items()
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
