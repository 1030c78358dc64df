"""User text made literal in Markdown, HTML and plain text.

Every string a secretary typed (titles, recommendations, decisions, names, places) goes
through here before it lands in a document: control characters (ANSI escapes included)
become visible stand-ins, HTML specials become entities, and Markdown specials are
backslash-escaped where they would otherwise change meaning. `[red]` and `<script>`
therefore arrive on kl.dk as the characters a person typed.
"""

from __future__ import annotations

import html
import re

from kkr_tui.domain.text import printable

# Markdown characters that act anywhere in a line (emphasis, code, links, raw HTML,
# tables, strikethrough, headings' closing #). The backslash itself comes first.
_MD_INLINE = re.compile(r"([\\`*_\[\]<>|~#])")
# "&amp;" or "&#65;" would be read as an entity; a lone "&" is harmless.
_MD_ENTITY = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
# At the start of a line: block quote, list bullet, setext underline, ordered list.
_MD_LINE_START = re.compile(r"^([>+\-=])|^(\d{1,9})([.)])")


def clean(text: str) -> str:
    """One newline convention, control characters visible, no trailing blanks."""
    unified = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = [line.rstrip() for line in printable(unified, single_line=False).split("\n")]
    return "\n".join(lines).strip("\n")


def paragraphs(text: str) -> list[list[str]]:
    """The text's paragraphs (split at blank lines), each a list of its lines."""
    blocks = re.split(r"\n\s*\n", clean(text))
    return [[line.strip() for line in block.split("\n")] for block in blocks if block.strip()]


def one_line(text: str) -> str:
    """For names and titles: line breaks become spaces."""
    return " ".join(clean(text).split())


def md_inline(text: str) -> str:
    """Escape one line of user text for Markdown (inline specials only)."""
    return _MD_ENTITY.sub(r"\\&", _MD_INLINE.sub(r"\\\1", text))


def md_line(text: str) -> str:
    """Escape one line that starts a Markdown line (block specials too)."""
    escaped = md_inline(text.lstrip())
    return _MD_LINE_START.sub(
        lambda m: f"\\{m[1]}" if m[1] else f"{m[2]}\\{m[3]}", escaped, count=1
    )


def html_text(text: str) -> str:
    return html.escape(text, quote=True)
