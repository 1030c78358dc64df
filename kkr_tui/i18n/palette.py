"""Texts of the command palette's actions on other screens and of the shell's imports.

Ctrl+P lists what a secretary can do anywhere in the app by its name ("ny kontakt",
"foreslå år", "nyt medlem", "import"), not only the keys of the screen on top.
"""

TEXTS: dict[str, tuple[str, str]] = {
    # What an action is called in the palette, where its key's short name ("Ny", "Søg")
    # would not say enough away from its screen.
    "palette.cycle.new": ("Nyt møde", "New meeting"),
    "palette.cycle.propose": ("Foreslå årets møder", "Propose the year's meetings"),
    "palette.cycle.go_to_year": ("Gå til år i årshjulet", "Go to a year in the annual cycle"),
    "palette.cycle.export": ("Eksportér årets møder", "Export the year's meetings"),
    "palette.agenda.search": ("Søg i dagsordener", "Search the agendas"),
    "palette.contacts.search": ("Søg i kontakter", "Search the contacts"),
    "palette.contacts.add": ("Ny kontakt", "New contact"),
    "palette.appointments.search": ("Søg i udpegninger", "Search the appointments"),
    "palette.appointments.fora": ("Direktørfora", "Directors' fora"),
    "palette.council.add": ("Nyt medlem", "New member"),
    "palette.elsewhere": ("{action} · {where}", "{action} · {where}"),
    "palette.elsewhere_help": (
        "Går til {where} og trykker {key}",
        "Goes to {where}, presses {key}",
    ),
    # Imports run in the shell (a file on the server, all or nothing, with a dry run).
    "palette.import.members": ("Importér rådsmedlemmer (CSV)", "Import council members (CSV)"),
    "palette.import.meetings": ("Importér en mødeplan (CSV)", "Import a meeting plan (CSV)"),
    "palette.import.ics": (
        "Importér en mødeplan fra en kalenderfil (ICS)",
        "Import a meeting plan from a calendar file (ICS)",
    ),
    "palette.import.contacts": ("Importér kontakter (CSV)", "Import contacts (CSV)"),
    "palette.import.appointments": ("Importér udpegninger (CSV)", "Import appointments (CSV)"),
    "palette.import.help": ("Kommando i skallen", "A shell command"),
    "palette.import.how": (
        "Importér fra skallen (prøv først med --dry-run):\n{command}",
        "Import from the shell (try --dry-run first):\n{command}",
    ),
    "palette.import.file": ("FIL", "FILE"),
}
