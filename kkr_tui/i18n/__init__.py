"""The one catalogue of user-visible text, Danish by default, English on request.

Texts live in one module per area (common, cycle, agenda, ...) in this package; each
holds a dict ``TEXTS = {key: (danish, english)}``. A new area module is found without
being listed anywhere. Keys are dotted: ``"pane.overview"``. Counts go through
`tn(key, n)`, which picks the singular (`key_one`) or the plural (`key`).

A module is loaded when a key first needs it: a lookup loads the module its key's first
segment names (``"status.title"``: `status.py`), and only if the key is not there every
module. So a key is found cheapest in the module named like its first segment, and
`kkr status` loads the few modules its keys name, not all forty (~3 ms of its start-up
budget, BENCHMARKS.md); a key anywhere else is still found. The forms of a counted text
(`key`, `key_one`, `key_zero`) live in one module (tests/unit/test_catalogue.py).
"""

from __future__ import annotations

import errno
import functools
import importlib
import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import NamedTuple

LANG_ENV = "KKR_LANG"
LANGUAGES = ("da", "en")

_catalogue: dict[str, tuple[str, str]] = {}
_areas: set[str] = set()  # the modules merged so far
_all_loaded = False
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
    da, en = _texts_of(key)
    text = en if _language == "en" else da
    return text.format(**values) if values else text


def in_every_language(key: str) -> tuple[str, ...]:
    """The text for `key` (one without placeholders) in every language: to recognise
    data written from the catalogue whatever language it was written in."""
    return _texts_of(key)


def tn(key: str, n: int, /, **values: object) -> str:
    """The text for a count `n`, in the right number: every count goes through here.

    A counted text has its plural under `key` ("{n} punkter") and its singular under
    `key_one` ("1 punkt"); `key_zero` where 0 reads differently ("mødedagen"). Danish
    and English both take the singular for exactly 1. {n} is filled with `n`.
    """
    _texts_of(key)  # loads the module holding `key`, and so its other forms
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


# The operating system's error numbers that `os_reason` says through the catalogue.
_OS_REASONS: dict[int, str] = {
    errno.ENOENT: "oserror.missing",
    errno.EACCES: "oserror.denied",
    errno.EPERM: "oserror.denied",
    errno.ENOSPC: "oserror.disk_full",
    errno.EDQUOT: "oserror.quota",
    errno.EROFS: "oserror.read_only",
    errno.EISDIR: "oserror.is_folder",
    errno.ENOTDIR: "oserror.not_folder",
    errno.EEXIST: "oserror.exists",
    errno.ENOTEMPTY: "oserror.not_empty",
    errno.ENAMETOOLONG: "oserror.name_too_long",
    errno.EIO: "oserror.io",
    errno.ELOOP: "oserror.links",
    errno.EBUSY: "oserror.busy",
    errno.EMFILE: "oserror.too_many_files",
    errno.ECONNREFUSED: "oserror.refused",
    errno.ETIMEDOUT: "oserror.timed_out",
    errno.ENETUNREACH: "oserror.unreachable",
    errno.EHOSTUNREACH: "oserror.unreachable",
    errno.EADDRINUSE: "oserror.address_in_use",
    errno.EADDRNOTAVAIL: "oserror.address_not_here",
}


def os_reason(exc: OSError) -> Message | str:
    """Why `exc` happened (kkr_tui/i18n/oserror.py), in the language set when it is
    shown; the system's own words (`strerror`, the C library's English) for a cause
    the catalogue does not name."""
    key = _OS_REASONS.get(exc.errno or 0)
    if key is not None:
        return msg(key)
    return exc.strerror or str(exc)


def has(key: str) -> bool:
    return _find(key) is not None


def every_text() -> dict[str, tuple[str, str]]:
    """The whole catalogue, every module loaded: for the tests that check all texts."""
    _load_all()
    return dict(_catalogue)


def _texts_of(key: str) -> tuple[str, str]:
    found = _find(key)
    if found is None:
        raise KeyError(key)
    return found


def _find(key: str) -> tuple[str, str] | None:
    """The texts of `key`, loading first the module its first segment names, then, if
    the key is not there, every module (see the module docstring)."""
    found = _catalogue.get(key)
    if found is None and not _all_loaded:
        _load(key.partition(".")[0])
        found = _catalogue.get(key)
        if found is None:
            _load_all()
            found = _catalogue.get(key)
    return found


def _load(area: str) -> None:
    """Merge the texts of the module `area`, if there is one and it is not merged yet."""
    if area in _areas or area not in _modules():
        return
    texts = getattr(importlib.import_module(f"kkr_tui.i18n.{area}"), "TEXTS", None)
    if texts:
        register(texts)
    _areas.add(area)


def _load_all() -> None:
    """Merge the texts of every module of this package."""
    global _all_loaded
    for name in sorted(_modules()):
        _load(name)
    _all_loaded = True


@functools.cache
def _modules() -> frozenset[str]:
    """The area modules in this folder, by name (pkgutil would cost `kkr status` ~1 ms
    more to import)."""
    here = os.path.dirname(__file__)
    names = {name.partition(".")[0] for name in os.listdir(here) if name.endswith((".py", ".pyc"))}
    return frozenset(names - {"__init__"})
