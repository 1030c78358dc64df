"""The content of a brand-new database: the embedded reference data and nothing invented."""

from __future__ import annotations

import uuid
from typing import Any

from kkr_tui.domain.models import Contact, Council
from kkr_tui.domain.reference import COUNCILS, SEED_CONTACTS
from kkr_tui.domain.rules import Settings

TABLES = ("councils", "members", "meetings", "items", "contacts")


def seed_councils() -> list[Council]:
    """The councils a brand-new database holds (the embedded reference data)."""
    return [
        Council(
            slug=c.slug,
            name=c.name,
            region=c.region,
            seats=c.seats,
            municipalities=c.municipalities,
        )
        for c in COUNCILS
    ]


def seed_tables() -> dict[str, dict[str, Any]]:
    """Tables keyed the way TinyDB keeps them: table -> str(doc_id) -> document."""
    councils = {str(i): c.to_dict() for i, c in enumerate(seed_councils(), start=1)}
    contacts = {
        str(i): Contact(
            name=c.name,
            title=c.title,
            organisation=c.organisation,
            unit=c.unit,
            email=c.email,
            councils=c.councils,
            secretariat=c.secretariat,
        ).to_dict()
        for i, c in enumerate(SEED_CONTACTS, start=1)
    }
    return {
        "councils": councils,
        "members": {},
        "meetings": {},
        "items": {},
        "contacts": contacts,
        # Each new database gets its own id (see Settings.database_id).
        "settings": {"1": Settings(database_id=str(uuid.uuid4())).to_dict()},
    }
