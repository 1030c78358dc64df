"""Texts of the export dialog (meeting screen and Årshjul): what, format, file, outcome."""

TEXTS: dict[str, tuple[str, str]] = {
    "export_ui.key.export": ("Eksportér", "Export"),
    "export_ui.title": ("Eksportér til fil", "Export to a file"),
    "export_ui.save": ("Gem", "Save"),
    # Rows
    "export_ui.field.what": ("Hvad", "What"),
    "export_ui.field.format": ("Format", "Format"),
    "export_ui.field.draft": ("Udkast", "Draft"),
    "export_ui.field.council": ("Råd", "Council"),
    "export_ui.field.deadlines": ("Frister", "Deadlines"),
    "export_ui.field.file": ("Fil", "File"),
    # Choices
    "export_ui.what.agenda": ("Dagsorden", "Agenda"),
    "export_ui.what.minutes": ("Beslutningsreferat", "Decision minutes"),
    "export_ui.what.ics": ("Kalender (ICS)", "Calendar (ICS)"),
    "export_ui.what.csv": ("Møder {year} (CSV)", "Meetings {year} (CSV)"),
    "export_ui.format.md": ("Markdown", "Markdown"),
    "export_ui.format.html": ("HTML", "HTML"),
    "export_ui.format.txt": ("Tekst", "Text"),
    "export_ui.council.all": ("Alle råd", "All councils"),
    "export_ui.draft.check": (
        "Lav et udkast (markeret UDKAST)",
        "Make a draft (marked DRAFT)",
    ),
    "export_ui.deadlines.check": (
        "Udsendelses- og referatfrister som heldagsbegivenheder",
        "Dispatch and minutes deadlines as all-day events",
    ),
    # Notes under the choices
    "export_ui.format.hint": (
        "Markdown og HTML kan sættes ind på kl.dk; tekst passer i en mail.",
        "Markdown and HTML paste onto kl.dk; text suits an e-mail.",
    ),
    "export_ui.minutes.missing": (
        "Mangler beslutning: {items}.",
        "No decision yet: {items}.",
    ),
    "export_ui.minutes.not_ready": (
        "Referatet er ikke klar. Skriv beslutningerne (b på mødeskærmen), eller vælg udkast.",
        "The minutes are not ready. Record the decisions (b on the meeting screen),"
        " or choose a draft.",
    ),
    "export_ui.minutes.draft_note": (
        "Udkastet er markeret UDKAST og viser »(mangler)« ved de manglende beslutninger.",
        "The draft is marked DRAFT and shows '(missing)' where decisions are missing.",
    ),
    "export_ui.ics.note": (
        "Alle år. Hvert møde beholder sit UID, så en abonneret kalender opdateres i stedet"
        " for at dublere. Punkternes indhold kommer ikke med.",
        "Every year. Each meeting keeps its UID, so a subscribed calendar updates instead"
        " of duplicating. No item content is included.",
    ),
    "export_ui.csv.note": (
        "Til Excel (UTF-8, semikolon); kan læses ind igen med kkr import meetings.",
        "For Excel (UTF-8, semicolons); can be read back with kkr import meetings.",
    ),
    # The file
    "export_ui.target.new": ("Ny fil: {path}", "New file: {path}"),
    "export_ui.target.exists": (
        "Findes allerede: {path} - du bliver spurgt, før den overskrives",
        "Exists already: {path} - you will be asked before it is overwritten",
    ),
    "export_ui.target.suffix": (
        "Bemærk: endelsen {suffix} passer ikke til {kind}",
        "Note: the ending {suffix} does not match {kind}",
    ),
    "export_ui.writing": ("Skriver {path} ...", "Writing {path} ..."),
    "export_ui.saved": ("Gemt: {path}", "Saved: {path}"),
    "export_ui.overwrite.question": ("Overskriv {name}?", "Overwrite {name}?"),
    "export_ui.overwrite.detail": (
        "Filen findes allerede i {folder}. Den gamle fil erstattes helt af den nye.",
        "The file exists already in {folder}. The new file replaces the old one entirely.",
    ),
    "export_ui.overwrite.confirm": ("Overskriv", "Overwrite"),
    # Advice after the system's own reason (which the operating system gives in English)
    "export_ui.advice.full": (
        "Disken er fuld: frigør plads, eller gem et andet sted.",
        "The disk is full: free some space, or save somewhere else.",
    ),
    "export_ui.advice.denied": (
        "Du har ikke lov at skrive der: vælg en anden mappe (fx din hjemmemappe ~).",
        "You may not write there: choose another folder (your home folder ~, say).",
    ),
    "export_ui.advice.read_only": (
        "Det drev er skrivebeskyttet: gem et andet sted.",
        "That drive is read-only: save somewhere else.",
    ),
    "export_ui.nothing_written": ("Intet er skrevet.", "Nothing was written."),
    # Default file names (ASCII: they travel by mail and to Windows shares)
    "export_ui.file.agenda": ("dagsorden", "agenda"),
    "export_ui.file.minutes": ("referat", "minutes"),
    "export_ui.file.draft": ("referat-udkast", "minutes-draft"),
    "export_ui.file.meetings": ("moeder", "meetings"),
    "export_ui.file.deadlines": ("frister", "deadlines"),
    "export_ui.file.all": ("alle", "all"),
}
