"""Texts of the exports: agenda and minutes documents, calendars, CSV, contacts import."""

TEXTS: dict[str, tuple[str, str]] = {
    # Documents
    "export.agenda": ("Dagsorden", "Agenda"),
    "export.minutes": ("Beslutningsreferat", "Decision minutes"),
    "export.place": ("Sted", "Place"),
    "export.place_unset": ("ikke fastlagt", "not set"),
    "export.decision_missing": ("(mangler)", "(missing)"),
    "export.no_items": ("Ingen punkter på dagsordenen.", "No items on the agenda."),
    "export.cancelled": ("Mødet er aflyst.", "The meeting is cancelled."),
    "export.cancelled_because": ("Mødet er aflyst: {reason}", "The meeting is cancelled: {reason}"),
    "export.minutes.draft": ("UDKAST - ikke endeligt referat", "DRAFT - not the final minutes"),
    "export.present": ("Til stede", "Present"),
    "export.absent": ("Afbud", "Apologies"),
    "export.substitute": ("supp. {name} deltog", "substitute {name} attended"),
    "export.substitute_unnamed": ("suppleant deltog", "a substitute attended"),
    "export.unknown_member": ("ukendt medlem (id {id})", "unknown member (id {id})"),
    "export.no_meeting": (
        "intet møde med id {id} (se id'erne med: kkr meetings)",
        "no meeting with id {id} (see the ids with: kkr meetings)",
    ),
    "export.unknown_format": (
        "ukendt format »{fmt}« (vælg {formats})",
        "unknown format '{fmt}' (choose {formats})",
    ),
    "export.minutes.cancelled": (
        "mødet er aflyst; der er intet referat at lave",
        "the meeting is cancelled; there are no minutes to make",
    ),
    "export.minutes.missing_item": ("punkt {number} »{title}«", "item {number} '{title}'"),
    "export.minutes.not_ready": (
        "referatet er ikke klar: {count} beslutningssager uden beslutning: {items}."
        " Skriv beslutningerne, eller lav et udkast med --draft",
        "the minutes are not ready: {count} decision items without a decision: {items}."
        " Record the decisions, or make a draft with --draft",
    ),
    "export.minutes.not_ready_one": (
        "referatet er ikke klar: beslutningssagen {items} har ingen beslutning."
        " Skriv beslutningen, eller lav et udkast med --draft",
        "the minutes are not ready: the decision item {items} has no decision."
        " Record the decision, or make a draft with --draft",
    ),
    # Calendar
    "export.ics.name_all": ("KKR-møder", "KKR meetings"),
    "export.ics.name_one": ("{council}: møder", "{council}: meetings"),
    "export.ics.deadline_summary": (
        "{council}: {deadline} ({series} {day})",
        "{council}: {deadline} ({series} {day})",
    ),
    "export.ics.cancelled_prefix": ("AFLYST", "CANCELLED"),
    "export.ics.agenda": ("Dagsorden:", "Agenda:"),
    "export.ics.minutes": ("Referat: {url}", "Minutes: {url}"),
    # Files
    "export.file.is_dir": (
        "{path}: er en mappe; angiv et filnavn",
        "{path}: is a folder; give a file name",
    ),
    "export.file.no_folder": ("{path}: mappen findes ikke", "{path}: the folder does not exist"),
    "export.file.empty": ("skriv et filnavn", "type a file name"),
    "export.file.no_access": (
        "{path}: du har ikke lov at skrive i mappen",
        "{path}: you may not write in this folder",
    ),
    "export.file.not_regular": (
        "{path}: er ikke en almindelig fil (fx en enhed); vælg et andet navn",
        "{path}: is not a plain file (a device, say); choose another name",
    ),
    "export.file.failed": (
        "{path}: kan ikke skrives ({reason})",
        "{path}: cannot be written ({reason})",
    ),
    "export.unknown_council": (
        "ukendt råd »{slug}« (kendte: {known})",
        "unknown council '{slug}' (known: {known})",
    ),
    "export.which": (
        "angiv, hvad der skal eksporteres: ics, agenda, minutes, package, csv eller appointments",
        "say what to export: ics, agenda, minutes, package, csv or appointments",
    ),
    "export.unknown_series": (
        "ukendt mødetype »{text}« (kendte: {known})",
        "unknown meeting type '{text}' (known: {known})",
    ),
    "export.year_only_meetings": (
        "--year gælder kun for meetings",
        "--year applies to meetings only",
    ),
    # Import of contacts
    "contacts.import.empty": ("skal udfyldes", "is required"),
    "contacts.import.twice_email": (
        "samme e-mail som linje {line}",
        "same e-mail as line {line}",
    ),
    "contacts.import.twice_name": (
        "samme navn (uden e-mail) som linje {line}",
        "same name (without e-mail) as line {line}",
    ),
    "contacts.import.bad_flag": ("»{text}« er ikke ja eller nej", "'{text}' is not yes or no"),
    "contacts.import.differs": (
        "findes (kontakt {id}); afviger i: {fields} - ikke ændret (ret i programmet)",
        "exists (contact {id}); differs in: {fields} - not changed (edit it in the app)",
    ),
    "contacts.import.done": (
        "{n} nye kontakter, {known} fandtes allerede",
        "{n} new contacts, {known} already there",
    ),
    "contacts.import.done_one": (
        "1 ny kontakt, {known} fandtes allerede",
        "1 new contact, {known} already there",
    ),
    "contacts.import.would": (
        "prøvekørsel: {n} nye kontakter ville blive oprettet, {known} findes allerede;"
        " intet er gemt",
        "dry run: {n} new contacts would be added, {known} already there; nothing saved",
    ),
    "contacts.import.would_one": (
        "prøvekørsel: 1 ny kontakt ville blive oprettet, {known} findes allerede; intet er gemt",
        "dry run: 1 new contact would be added, {known} already there; nothing saved",
    ),
    "contacts.import.no_db_yet": (
        "{path} findes ikke endnu; den oprettes ved importen",
        "{path} does not exist yet; the import will create it",
    ),
}
