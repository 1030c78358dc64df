"""Make user-entered text harmless for a terminal.

Stored strings may hold ANSI/OSC escapes, C0/C1 control characters or bidi overrides
(pasted from mail, or hostile). They are shown literally and harmlessly everywhere:
`printable()` replaces each such character by a visible stand-in, `strip_controls()`
removes them on entry. Rich/Textual markup is a UI concern: widgets show text with
markup off (see kkr_tui.ui.safe).
"""

from __future__ import annotations

import re

# C0 (except tab/newline), DEL, C1, the Unicode bidi embedding/override/isolate marks
# (with the Arabic letter mark), and the Unicode line/paragraph separators, which
# some terminals treat as a line break inside what should be one line.
_CONTROL_RE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\u2028\u2029]"
)


def strip_controls(text: str) -> str:
    """For input: drop control characters, keep everything a person can type."""
    return _CONTROL_RE.sub("", text)


def printable(text: str, single_line: bool = True) -> str:
    """For output: control characters become visible (ESC -> '␛', others -> '�')."""

    def stand_in(match: re.Match[str]) -> str:
        return "␛" if match.group() == "\x1b" else "�"

    shown = _CONTROL_RE.sub(stand_in, text)
    if single_line:
        shown = shown.replace("\r", " ").replace("\n", " ").replace("\t", " ")
    return shown
