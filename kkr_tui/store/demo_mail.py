"""The demo's e-mail addresses: every member gets a fictional one (eksempel.dk).

Kept apart from demo.py so the demo's other content merges cleanly. One member in
Syddanmark is left without an address, so the demo shows the dispatch's warning.
"""

from __future__ import annotations

from kkr_tui.domain.models import Member, Role
from kkr_tui.store.database import Transaction

_ASCII = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "é": "e", " ": "-"})
NO_ADDRESS_COUNCIL = "syddanmark"


def _slug(text: str) -> str:
    return text.lower().translate(_ASCII)


def demo_address(member: Member) -> str:
    """'anna.eksempel@aalborg.eksempel.dk': the municipality as a fictional subdomain."""
    first, _, last = member.name.partition(" ")
    return f"{_slug(first)}.{_slug(last)}@{_slug(member.municipality)}.eksempel.dk"


def add_member_addresses(tx: Transaction) -> None:
    skipped = False
    for number, member in enumerate(tx.all(Member)):
        if not skipped and member.council == NO_ADDRESS_COUNCIL and member.role is Role.MEMBER:
            skipped = True
            continue
        phone = f"+45 40 {10 + number % 90:02d} {20 + number % 70:02d} {30 + number % 60:02d}"
        tx.update(member.with_changes(email=demo_address(member), phone=phone))
