"""`--council` as every command takes it: a slug, a name or a region, in any case
(`sjaelland`, `Sjælland`, `KKR Sjælland`), and repeatable."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from kkr_tui.commands.context import CommandError
from kkr_tui.domain.names import council_key
from kkr_tui.i18n import t

if TYPE_CHECKING:
    from kkr_tui.domain.models import Council


def council_lookup(councils: Iterable[Council]) -> dict[str, str]:
    """Every accepted spelling of each council (slug, name, region), by `council_key`
    -> slug."""
    lookup: dict[str, str] = {}
    for council in councils:
        for spelling in (council.slug, council.name, council.region):
            lookup[council_key(spelling)] = council.slug
    return lookup


def council_slugs(given: Sequence[str], councils: Iterable[Council]) -> tuple[str, ...]:
    """The slugs the --council values name, each once, in the order given.

    An unknown value is a CommandError (exit 2) listing the councils there are."""

    known = list(councils)
    lookup = council_lookup(known)
    slugs = []
    for text in given:
        slug = lookup.get(council_key(text))
        if slug is None:
            names = ", ".join(c.slug for c in known)
            raise CommandError(t("status.unknown_council", slug=text, known=names))
        slugs.append(slug)
    return tuple(dict.fromkeys(slugs))
