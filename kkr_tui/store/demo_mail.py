"""The demo's e-mail addresses: every member gets a fictional one (eksempel.dk).

Kept apart from demo.py so the demo's other content merges cleanly. One further
member of Syddanmark is left without an address (demo_members.NO_ADDRESS), so the
demo shows the dispatch's warning.
"""

from __future__ import annotations

import zlib

from kkr_tui.domain.models import Member

_ASCII = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "é": "e", " ": "-"})


def _slug(text: str) -> str:
    return text.lower().translate(_ASCII)


def demo_address(member: Member) -> str:
    """'anna.eksempel@aalborg.eksempel.dk': the municipality as a fictional subdomain."""
    first, _, last = member.name.partition(" ")
    return f"{_slug(first)}.{_slug(last)}@{_slug(member.municipality)}.eksempel.dk"


def with_address(member: Member) -> Member:
    """The demo member with a fictional address and phone number."""
    number = zlib.crc32(member.name.encode()) % 1_000_000
    phone = f"+45 40 {number // 10000:02d} {number // 100 % 100:02d} {number % 100:02d}"
    return member.with_changes(email=demo_address(member), phone=phone)
