"""`KkrInput`: the one text field. Textual's Input keys, described in the catalogue.

Same keys and actions as Textual's Input (so typing feels the same), declared again so
the help screen lists them in the app's language. Use it for every text field.
"""

from __future__ import annotations

from textual.binding import Binding
from textual.widgets import Input


def _key(keys: str, action: str, text: str, name: str) -> Binding:
    return Binding(keys, action, f"key.input.{text}", show=False, id=f"input.{name}")


class KkrInput(Input):
    BINDINGS = [
        _key("left", "cursor_left", "left", "left"),
        _key("right", "cursor_right", "right", "right"),
        _key("home,ctrl+a", "home", "home", "home"),
        _key("end,ctrl+e", "end", "end", "end"),
        _key("shift+left", "cursor_left(True)", "select_left", "select_left"),
        _key("shift+right", "cursor_right(True)", "select_right", "select_right"),
        _key("ctrl+left", "cursor_left_word", "word_left", "word_left"),
        _key("ctrl+right", "cursor_right_word", "word_right", "word_right"),
        _key("ctrl+shift+left", "cursor_left_word(True)", "select_word_left", "select_word_left"),
        _key(
            "ctrl+shift+right", "cursor_right_word(True)", "select_word_right", "select_word_right"
        ),
        _key("shift+home", "home(True)", "select_home", "select_home"),
        _key("shift+end", "end(True)", "select_end", "select_end"),
        _key("ctrl+shift+a", "select_all", "select_all", "select_all"),
        _key("backspace", "delete_left", "delete_left", "delete_left"),
        _key("delete,ctrl+d", "delete_right", "delete_right", "delete_right"),
        _key("ctrl+w", "delete_left_word", "delete_left_word", "delete_left_word"),
        _key("ctrl+u,super+backspace", "delete_left_all", "delete_left_all", "delete_left_all"),
        _key(
            "ctrl+backspace,alt+backspace",
            "delete_right_word",
            "delete_right_word",
            "delete_right_word",
        ),
        _key("ctrl+k", "delete_right_all", "delete_right_all", "delete_right_all"),
        _key("ctrl+x", "cut", "cut", "cut"),
        _key("ctrl+c,super+c", "copy", "copy", "copy"),
        _key("ctrl+v", "paste", "paste", "paste"),
        _key("enter", "submit", "submit", "submit"),
        # Inherited from the scrolling container; meaningless on one line, so no-ops.
        _key("up", "scroll_up", "scroll_up", "scroll_up"),
        _key("down", "scroll_down", "scroll_down", "scroll_down"),
        _key("pageup", "page_up", "scroll_up", "page_up"),
        _key("pagedown", "page_down", "scroll_down", "page_down"),
        _key("ctrl+pageup", "page_left", "scroll_left", "page_left"),
        _key("ctrl+pagedown", "page_right", "scroll_right", "page_right"),
    ]
