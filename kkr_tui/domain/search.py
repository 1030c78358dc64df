"""Finding a contact: incremental search across every field, plus council/organisation filters.

Case-insensitive with Danish letters (str.casefold: "Ø" finds "ø"); "aa" does not find
"å" (they are different letters to a search box). Every word of the query must occur
somewhere in the contact, so "hast nord" finds Haukur in Nordjylland. A phone number
also matches without its spaces ("33703010").
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from kkr_tui.domain.models import Contact
from kkr_tui.domain.names import caseless, sort_key


def haystack(contact: Contact, council_names: Mapping[str, str]) -> str:
    """Everything a contact can be found by, folded, one string."""
    parts = [
        contact.name,
        contact.title,
        contact.organisation,
        contact.unit,
        contact.email,
        contact.phone,
        contact.phone.replace(" ", ""),
    ]
    for slug in contact.councils:
        parts += [slug, council_names.get(slug, "")]
    return "\n".join(caseless(part) for part in parts if part)


def matches(contact: Contact, query: str, council_names: Mapping[str, str]) -> bool:
    words = caseless(query).split()
    if not words:
        return True
    text = haystack(contact, council_names)
    return all(word in text for word in words)


@dataclass(frozen=True)
class ContactFilter:
    """What the Kontakter pane shows: a search text and optional council/organisation."""

    query: str = ""
    council: str | None = None
    organisation: str | None = None

    @property
    def active(self) -> bool:
        return bool(self.query.strip() or self.council or self.organisation)

    def apply(self, contacts: Iterable[Contact], council_names: Mapping[str, str]) -> list[Contact]:
        """The contacts that pass, sorted by name in Danish order."""
        shown = [
            c
            for c in contacts
            if (self.council is None or self.council in c.councils)
            and (
                self.organisation is None or caseless(c.organisation) == caseless(self.organisation)
            )
            and matches(c, self.query, council_names)
        ]
        return sorted(shown, key=lambda c: (sort_key(c.name), c.id))


def organisations(contacts: Iterable[Contact]) -> list[str]:
    """The organisations contacts belong to, each once (first spelling seen), sorted."""
    seen: dict[str, str] = {}
    for contact in contacts:
        if contact.organisation.strip():
            seen.setdefault(caseless(contact.organisation), contact.organisation.strip())
    return sorted(seen.values(), key=sort_key)


def next_choice(current: str | None, choices: Sequence[str]) -> str | None:
    """Cycle None -> first -> ... -> last -> None (one key walks through a filter)."""
    if not choices:
        return None
    if current is None or current not in choices:
        return choices[0]
    index = choices.index(current) + 1
    return choices[index] if index < len(choices) else None
