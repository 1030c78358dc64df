"""`KkrInput`: the one text field. Textual's Input keys, described in the catalogue.

Same keys and actions as Textual's Input (so typing feels the same), declared again so
the help screen lists them in the app's language. Use it for every text field.

Its editing keys (Backspace, arrows, Home, Ctrl+W ...) act in the field's own turn,
in the order they were typed. In Textual a key bound on a field is first handed to the
field, bubbles up, and only then runs the field's binding, so in a burst of keys (fast
typing, a paste, SSH batching its input) the letters after it are handled first:
"Ma", Backspace, Backspace, "Ni" left "Ma"; and a Space before a Tab ticked the box
focused *after* the Tab (docs/upstream.md). Every widget a form's user types into or
ticks calls `run_own_binding` from its `on_key`.
"""

from __future__ import annotations

import functools

from textual import events
from textual.binding import Binding, BindingsMap, BindingType
from textual.widget import Widget
from textual.widgets import Input


@functools.cache
def bindings_by_key(widget_class: type[Widget]) -> BindingsMap:
    """The bindings a widget class declares and inherits, its own first."""
    bindings: list[BindingType] = []
    for base in widget_class.__mro__:
        bindings.extend(vars(base).get("BINDINGS", ()))
    return BindingsMap(bindings)


async def run_own_binding(widget: Widget, event: events.Key) -> None:
    """Run the binding `widget` has for `event`'s key now, in the widget's own turn.

    The key then goes no further: the app would otherwise run the binding again when
    the key reaches it, and by then for whichever widget has the focus."""
    for binding in bindings_by_key(type(widget)).key_to_bindings.get(event.key, ()):
        event.stop()
        event.prevent_default()
        await widget.run_action(binding.action)
        return


def _key(keys: str, action: str, text: str, name: str = "") -> Binding:
    """A field key described by the catalogue's `key.input.<text>`, its id `input.<name>`
    (`name` is `text` unless two keys share a description)."""
    return Binding(keys, action, f"key.input.{text}", show=False, id=f"input.{name or text}")


class KkrInput(Input):
    BINDINGS = [
        _key("left", "cursor_left", "left"),
        _key("right", "cursor_right", "right"),
        _key("home,ctrl+a", "home", "home"),
        _key("end,ctrl+e", "end", "end"),
        _key("shift+left", "cursor_left(True)", "select_left"),
        _key("shift+right", "cursor_right(True)", "select_right"),
        _key("ctrl+left", "cursor_left_word", "word_left"),
        _key("ctrl+right", "cursor_right_word", "word_right"),
        _key("ctrl+shift+left", "cursor_left_word(True)", "select_word_left"),
        _key("ctrl+shift+right", "cursor_right_word(True)", "select_word_right"),
        _key("shift+home", "home(True)", "select_home"),
        _key("shift+end", "end(True)", "select_end"),
        _key("ctrl+shift+a", "select_all", "select_all"),
        _key("backspace", "delete_left", "delete_left"),
        _key("delete,ctrl+d", "delete_right", "delete_right"),
        _key("ctrl+w", "delete_left_word", "delete_left_word"),
        _key("ctrl+u,super+backspace", "delete_left_all", "delete_left_all"),
        _key("ctrl+backspace,alt+backspace", "delete_right_word", "delete_right_word"),
        _key("ctrl+k", "delete_right_all", "delete_right_all"),
        _key("ctrl+x", "cut", "cut"),
        _key("ctrl+c,super+c", "copy", "copy"),
        _key("ctrl+v", "paste", "paste"),
        _key("enter", "submit", "submit"),
        # Inherited from the scrolling container; meaningless on one line, so no-ops.
        _key("up", "scroll_up", "scroll_up"),
        _key("down", "scroll_down", "scroll_down"),
        _key("pageup", "page_up", "scroll_up", "page_up"),
        _key("pagedown", "page_down", "scroll_down", "page_down"),
        _key("ctrl+pageup", "page_left", "scroll_left", "page_left"),
        _key("ctrl+pagedown", "page_right", "scroll_right", "page_right"),
    ]

    async def on_key(self, event: events.Key) -> None:
        await run_own_binding(self, event)
