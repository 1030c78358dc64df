"""Matching names people type against the names we know, with a suggestion on a typo.

Used wherever a secretary types or imports a council, a municipality or a member's name:
"Sjælland", "sjaelland" and "KKR Sjælland" are the same council; "koege" is Køge;
"Alborg" is not a municipality, but "Aalborg" is close (difflib).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from kkr_tui.domain.models import Council
from kkr_tui.domain.text import fold

# How alike a typo must be to be suggested (difflib ratio); 0.6 is difflib's own default
# and catches one or two wrong letters in a short Danish town name.
SUGGEST_CUTOFF = 0.6


def caseless(text: str) -> str:
    """Case-insensitive, whitespace-normalised: 'KKR  Sjælland ' -> 'kkr sjælland'.

    Unlike domain.text.fold it keeps æ/ø/å as letters (a search for "aa" is not "å").
    """
    return " ".join(text.split()).casefold()


# Danish alphabetical order puts æ, ø, å after z, in that order (code points say å, æ, ø).
_DANISH_ORDER = str.maketrans({"æ": "z\U0010fff0", "ø": "z\U0010fff1", "å": "z\U0010fff2"})


def sort_key(text: str) -> str:
    """Sort like a Danish list: 'Aalborg' < 'Ærø' < 'Ørsted' < 'Åbenrå'."""
    return caseless(text).translate(_DANISH_ORDER)


def match_name(text: str, choices: Iterable[str]) -> str | None:
    """The choice `text` names, ignoring case, spacing and æøå spelled out; else None."""
    wanted, wanted_spelled = caseless(text), fold(text)
    for choice in choices:
        if caseless(choice) == wanted:
            return choice
    for choice in choices:
        if fold(choice) == wanted_spelled:
            return choice
    return None


def closest(text: str, choices: Sequence[str]) -> str | None:
    """The choice most like `text` (for "mente du ...?"), or None if none is close."""
    by_key: dict[str, str] = {}
    for choice in choices:
        by_key.setdefault(fold(choice), choice)
    import difflib  # only when a name is not found

    found = difflib.get_close_matches(fold(text), list(by_key), n=1, cutoff=SUGGEST_CUTOFF)
    return by_key[found[0]] if found else None


def council_key(text: str) -> str:
    """'KKR Sjælland', 'sjaelland', 'Region Sjælland' -> 'sjaelland'."""
    key = fold(text)
    for prefix in ("kkr ", "kkr-", "region "):
        key = key.removeprefix(prefix)
    return key


def find_council(text: str, councils: Iterable[Council]) -> Council | None:
    """A council by slug, name or region: 'sjaelland', 'KKR Sjælland', 'Sjælland'."""
    wanted = council_key(text)
    if not wanted:
        return None
    for council in councils:
        if wanted in {council_key(council.slug), council_key(council.name)}:
            return council
        if wanted == council_key(council.region):
            return council
    return None


def closest_council(text: str, councils: Sequence[Council]) -> Council | None:
    keys = {council_key(c.name): c for c in councils}
    import difflib

    found = difflib.get_close_matches(council_key(text), list(keys), n=1, cutoff=SUGGEST_CUTOFF)
    return keys[found[0]] if found else None
