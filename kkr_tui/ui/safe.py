"""Show user text literally: never as markup, never as terminal escapes."""

from __future__ import annotations

from rich.text import Text

from kkr_tui.domain.text import printable


def plain(value: object, style: str = "") -> Text:
    """A Rich Text of `value` with markup off and control characters made visible."""
    return Text(printable(str(value)), style=style, no_wrap=True, overflow="ellipsis")
