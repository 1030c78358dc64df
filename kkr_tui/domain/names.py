"""Matching names people type against the names we know, with a suggestion on a typo.

Used wherever a secretary types or imports a council, a municipality or a member's name:
"Sjælland", "sjaelland" and "KKR Sjælland" are the same council; "koege" is Køge;
"Alborg" is not a municipality, but "Aalborg" is close (difflib).
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence

from kkr_tui.domain.models import Council

# How alike a typo must be to be suggested (difflib ratio); 0.6 is difflib's own default
# and catches one or two wrong letters in a short Danish town name.
SUGGEST_CUTOFF = 0.6


def fold(text: str) -> str:
    """Case-insensitive, whitespace-normalised: 'KKR  Sjælland ' -> 'kkr sjælland'."""
    return " ".join(text.split()).casefold()


def spelled_out(text: str) -> str:
    """fold() with æ/ø/å written as ae/oe/aa, as on a keyboard without them."""
    folded = fold(text)
    for letter, spelled in (("æ", "ae"), ("ø", "oe"), ("å", "aa")):
        folded = folded.replace(letter, spelled)
    return folded


# Danish alphabetical order puts æ, ø, å after z, in that order (code points say å, æ, ø).
_DANISH_ORDER = str.maketrans({"æ": "z\U0010fff0", "ø": "z\U0010fff1", "å": "z\U0010fff2"})


def sort_key(text: str) -> str:
    """Sort like a Danish list: 'Aalborg' < 'Ærø' < 'Ørsted' < 'Åbenrå'."""
    return fold(text).translate(_DANISH_ORDER)


def match_name(text: str, choices: Iterable[str]) -> str | None:
    """The choice `text` names, ignoring case, spacing and æøå spelled out; else None."""
    wanted, wanted_spelled = fold(text), spelled_out(text)
    for choice in choices:
        if fold(choice) == wanted:
            return choice
    for choice in choices:
        if spelled_out(choice) == wanted_spelled:
            return choice
    return None


def closest(text: str, choices: Sequence[str]) -> str | None:
    """The choice most like `text` (for "mente du ...?"), or None if none is close."""
    by_key: dict[str, str] = {}
    for choice in choices:
        by_key.setdefault(spelled_out(choice), choice)
    found = difflib.get_close_matches(spelled_out(text), list(by_key), n=1, cutoff=SUGGEST_CUTOFF)
    return by_key[found[0]] if found else None


def _council_key(text: str) -> str:
    key = spelled_out(text)
    for prefix in ("kkr ", "kkr-", "region "):
        key = key.removeprefix(prefix)
    return key


def find_council(text: str, councils: Iterable[Council]) -> Council | None:
    """A council by slug, name or region: 'sjaelland', 'KKR Sjælland', 'Sjælland'."""
    wanted = _council_key(text)
    if not wanted:
        return None
    for council in councils:
        if wanted in {_council_key(council.slug), _council_key(council.name)}:
            return council
        if wanted == _council_key(council.region):
            return council
    return None


def closest_council(text: str, councils: Sequence[Council]) -> Council | None:
    keys = {_council_key(c.name): c for c in councils}
    found = difflib.get_close_matches(_council_key(text), list(keys), n=1, cutoff=SUGGEST_CUTOFF)
    return keys[found[0]] if found else None
