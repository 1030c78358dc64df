"""Texts of the meeting documents (agenda package, minutes), their attachments and
the standard agenda frames."""

TEXTS: dict[str, tuple[str, str]] = {
    # Sections of an item, as in KL's agendas.
    "doc.resume": ("Resumé", "Summary"),
    "doc.case_text": ("Sagsfremstilling", "Case presentation"),
    "doc.recommendation": ("Indstilling", "Recommendation"),
    "doc.decision": ("Beslutning", "Decision"),
    "doc.attachments": ("Bilag", "Attachments"),
    "doc.attachment": ("Bilag {number}", "Attachment {number}"),
    "doc.contents": ("Indhold", "Contents"),
    "doc.closed_item": ("Lukket punkt", "Closed item"),
    "doc.closed_meeting": ("Lukket møde", "Closed meeting"),
    "doc.page": ("Side {page} af {pages}", "Page {page} of {pages}"),
    "doc.postponed": ("Punktet blev udsat.", "The item was postponed."),
    "doc.already_postponed": (
        "Punktet er allerede udsat; kopien står på det næste møde",
        "The item is already postponed; its copy is on the next meeting",
    ),
    # The item dialog and details.
    "item.closed": ("Lukket punkt", "Closed item"),
    "item.closed_box": ("kun nummer i den offentlige udgave", "number only in the public version"),
    "item.closed_yes": ("ja", "yes"),
    "item.closed_no": ("nej", "no"),
    # The case-text editor and the meeting screen's new keys.
    "doc.editor.title": ("Sagsfremstilling", "Case presentation"),
    "doc.editor.hint": (
        "Afsnit adskilles af en tom linje; punktopstilling med »- « først på linjen."
        " Ctrl+S gemmer, Esc annullerer.",
        "Separate paragraphs with a blank line; bullets start with '- '."
        " Ctrl+S saves, Esc cancels.",
    ),
    "doc.key.case_text": ("Tekst", "Text"),
    "doc.key.frame": ("Standardpunkter", "Standard items"),
    "doc.key.attach": ("Bilag", "Attachments"),
    "doc.saved.case_text": (
        "Sagsfremstilling gemt (punkt {number})",
        "Case text saved (item {number})",
    ),
    "doc.attach.title": ("Bilag", "Attachments"),
    "doc.attach.file": ("Fil", "File"),
    "doc.attach.file_hint": ("sti til filen, fx ~/notat.pdf", "path to the file, e.g. ~/note.pdf"),
    "doc.attach.name": ("Titel", "Title"),
    "doc.attach.name_hint": ("standard: filnavnet", "default: the file name"),
    "doc.attach.remove": ("Fjern", "Remove"),
    "doc.attach.keep_all": ("(fjern intet)", "(remove none)"),
    "doc.attach.nothing": (
        "Angiv en fil at vedhæfte, eller vælg et bilag at fjerne.",
        "Give a file to attach, or choose an attachment to remove.",
    ),
    "doc.attach.removed": (
        "Bilag fjernet fra punkt {number}",
        "Attachment removed from item {number}",
    ),
    "doc.attach.current": ("Vedhæftet nu:", "Attached now:"),
    "doc.case_text_missing": (
        "Ingen sagsfremstilling endnu (t skriver den)",
        "No case text yet (t writes it)",
    ),
    "doc.case_text_none": ("Ingen sagsfremstilling", "No case text"),
    "doc.attachments_count": ("Bilag: {count}", "Attachments: {count}"),
    # Field names in the "someone else saved meanwhile" dialog.
    "conflict.field.resume": ("Resumé", "Summary"),
    "conflict.field.case_text": ("Sagsfremstilling", "Case presentation"),
    "conflict.field.closed": ("Lukket punkt", "Closed item"),
    "conflict.field.attachments": ("Bilag", "Attachments"),
    # Outcome lines in the minutes (GLOSSARY).
    "doc.outcome.information": (
        "KKR tog orienteringen til efterretning.",
        "KKR took note of the information.",
    ),
    "doc.outcome.discussion": ("KKR drøftede sagen.", "KKR discussed the item."),
    # Standard frames.
    "doc.frame.approve_agenda": ("Godkendelse af dagsorden", "Approval of the agenda"),
    "doc.frame.approve_minutes": (
        "Godkendelse af referat fra mødet den {day}",
        "Approval of the minutes of the meeting on {day}",
    ),
    "doc.frame.approve_minutes_none": (
        "Godkendelse af referat fra sidste møde",
        "Approval of the minutes of the last meeting",
    ),
    "doc.frame.since_last": ("Siden sidst / Meddelelser", "Since last / Announcements"),
    "doc.frame.any_other_business": ("Eventuelt", "Any other business"),
    "doc.frame.election_approval": (
        "Godkendelse af valg og sammensætning",
        "Approval of the election and composition",
    ),
    "doc.frame.electoral_alliances": (
        "Anmeldelse og godkendelse af valgforbund",
        "Notification and approval of electoral alliances",
    ),
    "doc.frame.elect_chair": ("Valg af formand", "Election of the chair"),
    "doc.frame.elect_vice_chair": ("Valg af næstformand", "Election of the vice chair"),
    "doc.frame.rules_of_procedure": ("Forretningsorden", "Rules of procedure"),
    "doc.frame.appointments": (
        "Udpegning af politiske repræsentanter til regionale fora",
        "Appointment of political representatives to regional bodies",
    ),
    "doc.frame.meeting_plan": ("Mødeplan", "Meeting plan"),
    "doc.frame.added": ("Standardpunkter tilføjet: {count}", "Standard items added: {count}"),
    "doc.frame.nothing": (
        "Standardpunkterne står allerede på dagsordenen",
        "The standard items are already on the agenda",
    ),
    "doc.frame.no_frame": (
        "{series} har ingen standardpunkter (kun KKR-møder og konstituerende møder)",
        "{series} has no standard items (only council and constituting meetings)",
    ),
    # Attachments (storage and commands).
    "doc.attach.missing": ("{path}: filen findes ikke", "{path}: no such file"),
    "doc.attach.is_dir": (
        "{path}: er en mappe; vedhæft en fil",
        "{path}: is a folder; attach a file",
    ),
    "doc.attach.not_regular": (
        "{path}: er ikke en almindelig fil",
        "{path}: is not a plain file",
    ),
    "doc.attach.unreadable": (
        "{path}: filen kan ikke læses ({reason})",
        "{path}: the file cannot be read ({reason})",
    ),
    "doc.attach.too_big": (
        "{path}: filen er {size} MB; bilag må højst være {limit} MB",
        "{path}: the file is {size} MB; attachments may be at most {limit} MB",
    ),
    "doc.attach.bad_name": (
        "»{name}« kan ikke bruges som bilagsnavn",
        "'{name}' cannot be used as an attachment name",
    ),
    "doc.attach.gone": (
        "bilag {number} »{title}« mangler i {folder} (fil {sha}); intet er skrevet",
        "attachment {number} '{title}' is missing from {folder} (file {sha}); nothing written",
    ),
    "doc.attach.changed": (
        "bilag {number} »{title}« i {folder} er ændret siden det blev vedhæftet; intet er skrevet",
        "attachment {number} '{title}' in {folder} has changed since it was attached; "
        "nothing written",
    ),
    "doc.attach.no_item": (
        "intet punkt med id {id} (se id'erne med: kkr agenda MØDE_ID)",
        "no item with id {id} (see the ids with: kkr agenda MEETING_ID)",
    ),
    "doc.attach.done": ("Vedhæftet som bilag {number}: {title}", "Attached as {number}: {title}"),
    "doc.attach.none": ("Ingen bilag", "No attachments"),
    # The export dialog (meeting screen, w).
    "export_ui.what.package": ("Pakke med bilag", "Package"),
    "export_ui.format.pdf": ("PDF", "PDF"),
    "export_ui.format.docx": ("Word", "Word"),
    "export_ui.format.zip": ("Zip", "Zip"),
    "export_ui.field.version": ("Udgave", "Version"),
    "export_ui.version.members": ("Medlemmer", "Members"),
    "export_ui.version.public": ("Offentlig (kl.dk)", "Public (kl.dk)"),
    "export_ui.file.package": ("dagsordenspakke", "agenda-package"),
    "export_ui.file.public": ("offentlig", "public"),
    # Export refusals.
    "doc.export.onto_db": (
        "{path}: er databasen eller en af dens sikkerhedskopier; vælg et andet navn",
        "{path}: is the database or one of its backups; choose another name",
    ),
    "doc.export.unknown_suffix": (
        "{path}: ukendt endelse »{suffix}« (vælg {formats}, eller angiv --format)",
        "{path}: unknown suffix '{suffix}' (choose {formats}, or give --format)",
    ),
    "doc.export.package_target": (
        "{path}: pakken skrives i en mappe eller en .zip-fil",
        "{path}: the package is written to a folder or a .zip file",
    ),
    "doc.export.package_done": (
        "Dagsordenspakke: {count} filer i {path}",
        "Agenda package: {count} files in {path}",
    ),
}
