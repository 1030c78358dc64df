"""Texts of shared use: conflicts, read-only mode, live refresh, backups."""

TEXTS: dict[str, tuple[str, str]] = {
    # Read-only database
    "readonly.banner": (
        "Skrivebeskyttet: ændringer gemmes ikke",
        "Read-only: changes are not saved",
    ),
    "readonly.refused": (
        "Databasen er skrivebeskyttet; ændringen er ikke gemt.",
        "The database is read-only; the change was not saved.",
    ),
    "readonly.cli": (
        "{path}: databasen er skrivebeskyttet; intet er ændret",
        "{path}: the database is read-only; nothing was changed",
    ),
    # Saving
    "save.failed": ("Ikke gemt: {error}", "Not saved: {error}"),
    "save.failed_title": ("Fejl ved gemning", "Save failed"),
    "save.readded": (
        "Posten var slettet af en anden; din version er gemt som en ny post.",
        "Someone else had deleted the record; your version was saved as a new record.",
    ),
    "save.deletion_accepted": (
        "Posten er slettet af en anden; dine ændringer er kasseret.",
        "Someone else deleted the record; your changes were discarded.",
    ),
    "save.took_theirs": (
        "Den anden persons version er beholdt; dine ændringer er kasseret.",
        "The other person's version was kept; your changes were discarded.",
    ),
    "save.already_deleted": (
        "Posten var allerede slettet af en anden.",
        "Someone else had already deleted the record.",
    ),
    # Conflict dialog
    "conflict.title_changed": (
        "Posten er ændret af en anden, mens du redigerede",
        "Someone else changed this record while you were editing",
    ),
    "conflict.title_deleted": (
        "Posten er slettet af en anden, mens du redigerede",
        "Someone else deleted this record while you were editing",
    ),
    "conflict.title_delete_changed": (
        "Posten er ændret af en anden, siden du åbnede den",
        "Someone else changed this record since you opened it",
    ),
    "conflict.explain_changed": (
        "Felterne herunder er forskellige. Vælg hvilken version der skal gælde.",
        "The fields below differ. Choose which version should stand.",
    ),
    "conflict.explain_deleted": (
        "Din version kan gemmes som en ny post, eller du kan acceptere sletningen.",
        "Your version can be saved as a new record, or you can accept the deletion.",
    ),
    "conflict.explain_delete_changed": (
        "Vil du slette den alligevel, eller beholde den andens version?",
        "Delete it anyway, or keep the other person's version?",
    ),
    "conflict.no_differences": (
        "(ingen forskelle i felterne - kun versionsnummeret)",
        "(no differing fields - only the revision)",
    ),
    "conflict.field": ("Felt", "Field"),
    # Field names in the conflict dialog
    "conflict.field.slug": ("Kort navn", "Short name"),
    "conflict.field.name": ("Navn", "Name"),
    "conflict.field.region": ("Region", "Region"),
    "conflict.field.seats": ("Pladser", "Seats"),
    "conflict.field.municipalities": ("Kommuner", "Municipalities"),
    "conflict.field.council": ("Råd", "Council"),
    "conflict.field.municipality": ("Kommune", "Municipality"),
    "conflict.field.party": ("Parti", "Party"),
    "conflict.field.role": ("Rolle", "Role"),
    "conflict.field.substitute_for": ("Suppleant for", "Substitute for"),
    "conflict.field.title": ("Titel", "Title"),
    "conflict.field.organisation": ("Organisation", "Organisation"),
    "conflict.field.unit": ("Enhed", "Unit"),
    "conflict.field.email": ("E-mail", "E-mail"),
    "conflict.field.phone": ("Telefon", "Phone"),
    "conflict.field.councils": ("Råd", "Councils"),
    "conflict.field.secretariat": ("Sekretariat", "Secretariat"),
    "conflict.field.series": ("Mødetype", "Meeting type"),
    "conflict.field.start": ("Start", "Start"),
    "conflict.field.end": ("Slut", "End"),
    "conflict.field.place": ("Sted", "Place"),
    "conflict.field.state": ("Status", "State"),
    "conflict.field.dispatched_on": ("Udsendt", "Dispatched"),
    "conflict.field.dispatch_note": ("Note om udsendelse", "Dispatch note"),
    "conflict.field.held_on": ("Afholdt", "Held"),
    "conflict.field.published_on": ("Referat offentliggjort", "Minutes published"),
    "conflict.field.minutes_url": ("Referatets adresse", "Minutes URL"),
    "conflict.field.cancel_reason": ("Begrundelse for aflysning", "Reason for cancelling"),
    "conflict.field.attendance": ("Fremmøde", "Attendance"),
    "conflict.field.sequence": ("Udgave", "Sequence"),
    "conflict.field.meeting_id": ("Møde", "Meeting"),
    "conflict.field.number": ("Punkt nr.", "Item no."),
    "conflict.field.kind": ("Sagstype", "Kind"),
    "conflict.field.policy_area": ("Politikområde", "Policy area"),
    "conflict.field.responsible": ("Ansvarlig", "Responsible"),
    "conflict.field.recommendation": ("Indstilling", "Recommendation"),
    "conflict.field.summary": ("Resumé", "Summary"),
    "conflict.field.decision": ("Beslutning", "Decision"),
    "conflict.field.history": ("Historik", "History"),
    "conflict.theirs": ("Den andens version (gemt)", "Their version (saved)"),
    "conflict.mine": ("Din version", "Yours"),
    "conflict.keep_mine": ("Behold min", "Keep mine"),
    "conflict.take_theirs": ("Brug den andens", "Use theirs"),
    "conflict.save_as_new": ("Gem min som ny", "Save mine as new"),
    "conflict.accept_deletion": ("Acceptér sletningen", "Accept the deletion"),
    "conflict.delete_anyway": ("Slet alligevel", "Delete anyway"),
    "conflict.keep_theirs": ("Behold den andens", "Keep theirs"),
    "conflict.cancel": ("Annullér", "Cancel"),
    "conflict.yes": ("ja", "yes"),
    "conflict.no": ("nej", "no"),
    "conflict.empty": ("(tom)", "(empty)"),
    "conflict.history": ("{n} ændringer", "{n} changes"),
    "conflict.history_one": ("1 ændring", "1 change"),
    # Live refresh and an unreadable file
    "refresh.unreadable": (
        "Databasen kan ikke læses lige nu; viser den sidste gyldige version. {error}",
        "The database cannot be read right now; showing the last valid version. {error}",
    ),
    "privacy.no_screenshot": (
        "Skærmbilleder gemmes ikke (lukkede mødedata).",
        "Screenshots are not saved (closed meeting data).",
    ),
    # kkr backup
    "backup.help": (
        "vis og gendan sikkerhedskopier af databasen",
        "list and restore backups of the database",
    ),
    "backup.list_help": ("vis sikkerhedskopierne", "list the backups"),
    "backup.restore_help": (
        "gendan databasen fra en sikkerhedskopi (den nuværende gemmes først)",
        "restore the database from a backup (the current one is kept first)",
    ),
    "backup.name_help": ("sikkerhedskopiens navn (fra »kkr backup list«)", "backup name"),
    "backup.none": (
        "Ingen sikkerhedskopier af {db} endnu (de lægges i {folder}).",
        "No backups of {db} yet (they go to {folder}).",
    ),
    "backup.header": ("Sikkerhedskopier i {folder}:", "Backups in {folder}:"),
    "backup.reason.daily": ("før dagens første ændring", "before the day's first change"),
    "backup.reason.before-restore": ("før en gendannelse", "before a restore"),
    "backup.reason.before-migration": ("før opgradering af filen", "before a file upgrade"),
    "backup.unknown": (
        "ingen sikkerhedskopi ved navn »{name}« i {folder}.",
        "no backup named '{name}' in {folder}.",
    ),
    "backup.available": ("Tilgængelige:", "Available:"),
    "backup.none_available": ("Der er ingen sikkerhedskopier.", "There are no backups."),
    "backup.restored": ("Gendannet {db} fra {name}.", "Restored {db} from {name}."),
    "backup.replaced_kept": (
        "Den version, der blev erstattet, er gemt som {name}.",
        "The version that was replaced is kept as {name}.",
    ),
}
