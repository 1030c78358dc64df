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


def json_for_terminal(dumped: str) -> str:
    """For JSON printed to a terminal: the characters json.dumps leaves raw (DEL, C1
    such as the one-byte CSI, bidi marks) written as \\u escapes. Same JSON data."""
    return _CONTROL_RE.sub(lambda m: f"\\u{ord(m.group()):04x}", dumped)


# A spreadsheet reads a cell starting with one of these as a formula ("CSV injection":
# =HYPERLINK(...) in a contact's name would run when the file is opened in Excel).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_cell(text: str) -> str:
    """For CSV export: a leading apostrophe makes Excel show such a cell as text.

    Excel hides the apostrophe; `from_spreadsheet_cell` removes it again on import, so a
    phone number "+45 33 70 30 10" survives the round trip unchanged.
    """
    return f"'{text}" if text.startswith(_FORMULA_START) else text


def from_spreadsheet_cell(text: str) -> str:
    """For CSV import: undo `spreadsheet_cell` (only an apostrophe before a formula start)."""
    if text.startswith("'") and text[1:].startswith(_FORMULA_START):
        return text[1:]
    return text


def fold(text: str) -> str:
    """For matching what people type: lowercase, one space, æ/ø/å spelled ae/oe/aa.

    "Sjælland", "SJAELLAND" and "sjaelland" fold to the same key.
    """
    folded = " ".join(text.split()).lower()
    for letter, spelled in (("æ", "ae"), ("ø", "oe"), ("å", "aa")):
        folded = folded.replace(letter, spelled)
    return folded
