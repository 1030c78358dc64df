"""The one catalogue of user-visible text, Danish by default, English on request.

Texts live in one module per area (common, cycle, agenda, ...) in this package; each
holds a dict ``TEXTS = {key: (danish, english)}``. A new area module is found without
being listed anywhere. They are merged on first use so every lookup goes through `t()`.
Keys are dotted: ``"pane.overview"``. Counts go through `tn(key, n)`, which picks the
singular (`key_one`) or the plural (`key`).
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import NamedTuple

LANG_ENV = "KKR_LANG"
LANGUAGES = ("da", "en")

_catalogue: dict[str, tuple[str, str]] = {}
_loaded = False
_language = "da"


def register(texts: Mapping[str, tuple[str, str]]) -> None:
    """Add an area's texts; a key defined twice is a bug, so it raises."""
    for key, pair in texts.items():
        if key in _catalogue and _catalogue[key] != pair:
            raise KeyError(f"text key defined twice: {key}")
        _catalogue[key] = pair


def set_language(lang: str) -> None:
    global _language
    if lang not in LANGUAGES:
        raise ValueError(msg("error.language", lang=lang))
    _language = lang


def language() -> str:
    return _language


@contextmanager
def speaking(lang: str) -> Iterator[None]:
    """`t()` in `lang` inside the block, the language before restored after it: for
    data written from the catalogue that has a language of its own (the demo's
    Danish agendas, whatever language the app speaks)."""
    before = _language
    set_language(lang)
    try:
        yield
    finally:
        set_language(before)


def language_from(option: str | None) -> str:
    """--lang wins over KKR_LANG; Danish otherwise."""
    lang = option or os.environ.get(LANG_ENV) or "da"
    return lang.strip().lower()


def t(key: str, /, **values: object) -> str:
    """The text for `key` in the current language, with {placeholders} filled."""
    if not _loaded:
        _load_all()
    da, en = _catalogue[key]
    text = en if _language == "en" else da
    return text.format(**values) if values else text


def in_every_language(key: str) -> tuple[str, ...]:
    """The text for `key` (one without placeholders) in every language: to recognise
    data written from the catalogue whatever language it was written in."""
    if not _loaded:
        _load_all()
    return _catalogue[key]


def tn(key: str, n: int, /, **values: object) -> str:
    """The text for a count `n`, in the right number: every count goes through here.

    A counted text has its plural under `key` ("{n} punkter") and its singular under
    `key_one` ("1 punkt"); `key_zero` where 0 reads differently ("mødedagen"). Danish
    and English both take the singular for exactly 1. {n} is filled with `n`.
    """
    if not _loaded:
        _load_all()
    if n == 0 and f"{key}_zero" in _catalogue:
        key = f"{key}_zero"
    elif n == 1:
        key = f"{key}_one"  # a counted text without its singular is a bug (KeyError)
    return t(key, n=n, **values)


class Message(NamedTuple):
    """A text to show later, in the language set then: a catalogue key and its values.

    Errors carry one instead of a finished string (`raise StoreError(msg(...), path)`),
    so a message is in the user's language wherever and whenever it is shown, even
    when it was raised before --lang was read. `str()` renders it.
    """

    key: str
    values: tuple[tuple[str, object], ...] = ()

    def __str__(self) -> str:
        return t(self.key, **dict(self.values))


def msg(key: str, /, **values: object) -> Message:
    """A `Message` for `key` with its {placeholders}' values."""
    return Message(key, tuple(values.items()))


def has(key: str) -> bool:
    if not _loaded:
        _load_all()
    return key in _catalogue


def _load_all() -> None:
    """Import every area module of this package and merge its texts."""
    global _loaded

    # The folder's modules by name (pkgutil would cost `kkr status` ~1 ms more to import).
    here = os.path.dirname(__file__)
    names = sorted(
        {name.partition(".")[0] for name in os.listdir(here) if name.endswith((".py", ".pyc"))}
    )
    for name in names:
        if name == "__init__":
            continue
        module = importlib.import_module(f"kkr_tui.i18n.{name}")
        texts = getattr(module, "TEXTS", None)
        if texts:
            register(texts)
    _loaded = True
