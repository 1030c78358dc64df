"""Toasts that stay out of the way and never break a path mid-word.

Where: at the foot of the window, over the footer's line (styles/app.tcss), one line
where the message fits, so the list being edited above stays in view. Textual puts
them above the footer, four lines high with their padding, over the list's last rows.

How: a message is folded here, before Textual wraps it, to the width a toast has for
text. Words break at spaces; a path longer than a line breaks after a "/" (its file
name is never cut), and one that would need more than MAX_PATH_LINES lines keeps its
first and last folders and its file name with "…" between. Textual would break it
wherever the line ends ("/home/anna/kkr/ek" + "sport.pdf").
"""

from __future__ import annotations

import re

# A toast's width at most (styles/app.tcss), less its left border and its padding.
TOAST_WIDTH = 60
TEXT_WIDTH = TOAST_WIDTH - 3
MAX_PATH_LINES = 3
_PATH_PART = re.compile(r"[^/]*/|[^/]+$")


def fold(message: str, width: int = TEXT_WIDTH, *, markup: bool = False) -> str:
    """`message` with line breaks so no line is longer than `width` where a break can
    be made: between words, and inside a long path after a "/". Markup tags (with
    `markup`) are left whole: a word holding one is never broken."""
    lines: list[str] = []
    for paragraph in message.split("\n"):
        line = ""
        for word in paragraph.split(" "):
            pieces = [word]
            if len(word) > width and "/" in word and not (markup and "[" in word):
                pieces = _path_pieces(word, width)
            for index, piece in enumerate(pieces):
                gap = " " if line and index == 0 else ""
                if line and len(line) + len(gap) + len(piece) > width:
                    lines.append(line)
                    line = piece
                else:
                    line += gap + piece
        lines.append(line)
    return "\n".join(lines)


def _path_pieces(path: str, width: int) -> list[str]:
    """The path in pieces that end in "/" (the last is the file name), shortened in
    the middle with "…" when the whole would take more than MAX_PATH_LINES lines: the
    first folder and as many of the last ones as fit are kept, and the file name."""
    parts = _PATH_PART.findall(path)
    # A line can end short of the width (a break only after "/"): keep a line's slack.
    budget = width * (MAX_PATH_LINES - 1)
    if len(path) <= budget:
        return parts
    head = parts[: 3 if parts[0] == "/" else 2]
    tail = [parts[-1]]
    for part in reversed(parts[len(head) : -1]):
        if sum(map(len, head + tail)) + len(part) + 2 > budget:
            break
        tail.insert(0, part)
    if len(head) + len(tail) >= len(parts):
        return parts
    return [*head, "…/", *tail]
