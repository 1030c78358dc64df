"""Texts for a new, empty database: what to do first."""

TEXTS: dict[str, tuple[str, str]] = {
    "first_steps.title": (
        "Ny database: intet at holde øje med endnu. Kom i gang:",
        "New database: nothing to watch yet. To get started:",
    ),
    "first_steps.register_members": (
        "Registrér medlemmerne: Enter på et råd, derefter a (eller kkr import members FIL.csv)",
        "Register the members: Enter on a council, then a (or kkr import members FILE.csv)",
    ),
    "first_steps.plan_year": (
        "Planlæg årets møder: 2 (Årshjul), derefter p (eller kkr import meetings FIL.csv)",
        "Plan the year's meetings: 2 (Annual cycle), then p (or kkr import meetings FILE.csv)",
    ),
    "first_steps.add_contacts": (
        "Tilføj kontakter: 4 (Kontakter), derefter a (eller kkr import contacts FIL.csv)",
        "Add contacts: 4 (Contacts), then a (or kkr import contacts FILE.csv)",
    ),
    "first_steps.created": (
        "Ny database oprettet: {path}",
        "New database created: {path}",
    ),
}
