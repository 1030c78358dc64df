"""Texts of `kkr agenda`."""

TEXTS: dict[str, tuple[str, str]] = {
    "cli.agenda.unknown": (
        "intet møde med id {id} (se møde-id på mødeskærmen i kkr)",
        "no meeting with id {id} (the meeting screen in kkr shows the id)",
    ),
    "cli.agenda.status": (
        "Status: {state} · Parathed: {light} (pr. {day})",
        "State: {state} · Readiness: {light} (as of {day})",
    ),
    "cli.agenda.none": ("ingen (intet at følge)", "none (nothing to watch)"),
    "cli.agenda.deadlines": ("Frister", "Deadlines"),
    "cli.agenda.missing": ("Mangler", "Missing"),
    "cli.agenda.nothing_missing": ("Intet.", "Nothing."),
    "cli.agenda.items": ("Punkter ({n})", "Items ({n})"),
}
