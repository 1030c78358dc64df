"""Texts of udpegninger: bodies, seats, vacancies, pane 5 and `kkr appointments`."""

TEXTS: dict[str, tuple[str, str]] = {
    # -- rules ------------------------------------------------------------------------
    "appointments.required": ("skal udfyldes", "is required"),
    "appointments.not_count": (
        "skal være et helt tal, 0 eller mere",
        "must be a whole number, 0 or more",
    ),
    "appointments.no_seats": ("skal være mindst 1", "must be at least 1"),
    "appointments.period_order": (
        "perioden slutter før den begynder",
        "the period ends before it starts",
    ),
    "appointments.not_seat": ("skal være et positivt heltal", "must be a positive whole number"),
    "appointments.end_before_start": (
        "slutdatoen ligger før startdatoen",
        "the end date is before the start date",
    ),
    "appointments.ended_needs_end": (
        "en ophørt udpegning skal have en slutdato",
        "an ended appointment needs an end date",
    ),
    "appointments.council_not_body": (
        "rådet udpeger ikke til »{body}«",
        "the council does not appoint to '{body}'",
    ),
    "appointments.too_many": (
        "flere udpegede end pladser: »{body}« har {n} pladser",
        "more holders than seats: '{body}' has {n} seats",
    ),
    "appointments.too_many_one": (
        "flere udpegede end pladser: »{body}« har 1 plads",
        "more holders than seats: '{body}' has 1 seat",
    ),
    "appointments.overlap": (
        "plads {seat} i »{body}« er besat af {holder} i samme periode",
        "seat {seat} of '{body}' is held by {holder} in the same period",
    ),
    "appointments.not_member": (
        "»{name}« er ikke registreret som medlem af {council} (organ: »{body}«)",
        "'{name}' is not registered as a member of {council} (body: '{body}')",
    ),
    "appointments.not_member_typo": (
        "»{name}« er ikke registreret som medlem af {council} (organ: »{body}«);"
        " mente du »{suggestion}«?",
        "'{name}' is not registered as a member of {council} (body: '{body}');"
        " did you mean '{suggestion}'?",
    ),
    # -- words ------------------------------------------------------------------------
    "appointments.state.indstillet": ("indstillet", "nominated"),
    "appointments.state.udpeget": ("udpeget", "appointed"),
    "appointments.state.ophoert": ("ophørt", "ended"),
    "appointments.kind.udpegning": ("udpegning", "appointment"),
    "appointments.kind.indstilling": ("indstilling", "nomination"),
    "appointments.vacant_cell": ("Ledig plads", "Vacant"),
    "appointments.import.state": (
        "»{text}« er ikke en status (brug udpeget, indstillet eller ophørt)",
        "'{text}' is not a state (use udpeget, indstillet or ophørt)",
    ),
    "appointments.import.no_meeting": (
        "{council} har intet møde den {day}",
        "{council} has no meeting on {day}",
    ),
    "appointments.import.other_municipality": (
        "{name} er registreret i {municipality}",
        "{name} is registered in {municipality}",
    ),
    "appointments.list.title": ("Udpegninger", "Appointments"),
    "appointments.list.as_of": ("Pr. {day}", "As of {day}"),
    "appointments.list.lang": ("da", "en"),
    "appointments.col.body": ("Organ", "Body"),
    "appointments.col.holder": ("Udpeget", "Holder"),
    "appointments.col.municipality": ("Kommune", "Municipality"),
    "appointments.col.substitute": ("Suppleant", "Substitute"),
    "appointments.col.seat": ("Plads", "Seat"),
    "appointments.col.council": ("Råd", "Council"),
    "appointments.col.state": ("Status", "State"),
    "appointments.col.period": ("Periode", "Period"),
    "appointments.col.vacant": ("Ledige", "Vacant"),
    "appointments.col.seats": ("Pladser", "Seats"),
    "appointments.export.format": (
        "{path}: listen over udpegninger skrives som {formats} (vælg en af dem som endelse "
        "eller med --format)",
        "{path}: the list of appointments is written as {formats} (choose one as the "
        "suffix or with --format)",
    ),
    "appointments.import.help": ("importér udpegninger (CSV)", "import appointments (CSV)"),
    "appointments.import.description": (
        "Importér udpegninger fra CSV med kolonnerne council,body,seat,holder,"
        "municipality,substitute,start,end,state,decided_at (danske overskrifter"
        " virker også). En række uden holder angiver en ledig plads. En holder med"
        " kommune skal være registreret som medlem af rådet. Alt eller intet;"
        " udpegninger der allerede findes springes over.",
        "Import appointments from CSV with the columns council,body,seat,holder,"
        "municipality,substitute,start,end,state,decided_at (Danish headers work"
        " too). A row without holder declares a vacant seat. A holder with a"
        " municipality must be registered as a member of the council. All or"
        " nothing; appointments already stored are skipped.",
    ),
    "appointments.import.file_help": ("udpegningerne", "the appointments"),
    "appointments.import.no_db": (
        "{path} findes ikke; registrér rådets medlemmer først (kkr import members)",
        "{path} does not exist; register the councils' members first (kkr import members)",
    ),
    "appointments.import.would": (
        "Ville oprette: {new}, {bodies}. Fandtes allerede: {known}."
        " Ledige pladser i filen: {vacant}.",
        "Would add: {new}, {bodies}. Already there: {known}. Vacant seats in the file: {vacant}.",
    ),
    "appointments.import.done": (
        "Oprettet: {new}, {bodies}. Fandtes allerede: {known}. Ledige pladser i filen: {vacant}.",
        "Added: {new}, {bodies}. Already there: {known}. Vacant seats in the file: {vacant}.",
    ),
    # The counts in the two lines above.
    "appointments.import.n": ("{n} udpegninger", "{n} appointments"),
    "appointments.import.n_one": ("1 udpegning", "1 appointment"),
    "appointments.import.bodies": ("{n} organer", "{n} bodies"),
    "appointments.import.bodies_one": ("1 organ", "1 body"),
    "appointments.list.help": (
        "vis udpegninger og ledige pladser",
        "list appointments and vacancies",
    ),
    "appointments.list.description": (
        "Organ for organ: hver plads med udpeget, kommune og suppleant pr. i dag,"
        " eller at den er ledig og siden hvornår.",
        "Body by body: each seat with holder, municipality and substitute as of"
        " today, or that it is vacant and since when.",
    ),
    "appointments.list.council_help": ("kun dette råd (fx sjaelland)", "only this council"),
    "appointments.list.vacant_help": ("kun ledige pladser", "only vacancies"),
    "appointments.list.json_help": ("skriv JSON i stedet for en tabel", "write JSON"),
    "appointments.list.none": ("Ingen pladser.", "No seats."),
    "appointments.list.vacant_line": (
        "LEDIG siden {since} ({days} d.)",
        "VACANT since {since} ({days} d.)",
    ),
    "appointments.list.left_mark": ("[udtrådt af rådet]", "[left the council]"),
    "appointments.list.substitute": ("suppleant {name}", "substitute {name}"),
    "appointments.list.count": (
        "{seats} pladser, heraf {vacant} ledige.",
        "{seats} seats, {vacant} of them vacant.",
    ),
    # -- pane 5, the body screen and the dialog ---------------------------------------
    "appointments.key.open": ("Åbn organ", "Open body"),
    "appointments.key.search": ("Søg", "Search"),
    "appointments.key.reset": ("Ryd søgning", "Clear search"),
    "appointments.search_placeholder": (
        "/ søg i organer og personer",
        "/ search bodies and people",
    ),
    "appointments.summary": (
        "{bodies} organer, {seats} pladser",
        "{bodies} bodies, {seats} seats",
    ),
    "appointments.summary_vacant": ("Ledige pladser: {n}", "Vacancies: {n}"),
    "appointments.searching": ("søgning: {text}", "search: {text}"),
    "appointments.none_found": ("Ingen organer fundet", "No bodies found"),
    "appointments.vacant_for": ("LEDIG ({days} d.)", "VACANT ({days} d.)"),
    "appointments.age": ("{n} dage", "{n} days"),
    "appointments.age_one": ("1 dag", "1 day"),
    "appointments.col.kind": ("Type", "Kind"),
    "appointments.col.held": ("Besat", "Held"),
    "appointments.col.oldest": ("Ældste", "Oldest"),
    "appointments.field.council": ("Udpeget af", "Appointed by"),
    "appointments.field.start": ("Fra", "From"),
    "appointments.field.end": ("Til", "To"),
    "appointments.field.end_hint": ("tom: indtil videre", "empty: until further notice"),
    "appointments.field.holder_hint": (
        "medlem af rådet eller anden person",
        "council member or another person",
    ),
    "appointments.field.municipality_hint": (
        "udfyldes for medlemmer",
        "filled in for members",
    ),
    "appointments.field.decided_at": ("Besluttet den", "Decided on"),
    "appointments.field.decided_hint": ("mødets dato, fx 2026-01-27", "the meeting's date"),
    "appointments.dialog.new": (
        "Udpeg til {body}, plads {seat}",
        "Appoint to {body}, seat {seat}",
    ),
    "appointments.dialog.edit": (
        "Udpegning: {body}, plads {seat}",
        "Appointment: {body}, seat {seat}",
    ),
    "body.key.add": ("Udpeg", "Appoint"),
    "body.key.edit": ("Redigér", "Edit"),
    "body.key.end": ("Ophør", "End"),
    "body.key.meeting": ("Møde", "Meeting"),
    "body.gone": ("Organet findes ikke længere.", "The body no longer exists."),
    "body.facts": (
        "{seats} pladser, {substitutes} suppleantpladser · periode {start}–{end}",
        "{seats} seats, {substitutes} substitute seats · period {start}–{end}",
    ),
    "body.contact": ("kontakt: {contact}", "contact: {contact}"),
    "body.full": ("Alle {seats} pladser er besat", "All {seats} seats are held"),
    "body.no_appointment": ("Vælg en udpegning", "Choose an appointment"),
    "body.already_ended": (
        "Udpegningen er allerede ophørt",
        "The appointment has ended already",
    ),
    "body.confirm_end": (
        "Afslut {name}s udpegning pr. {day}?",
        "End {name}'s appointment as of {day}?",
    ),
    "body.end_detail": (
        "Pladsen bliver ledig dagen efter.",
        "The seat is vacant from the day after.",
    ),
    "body.end": ("Afslut", "End"),
    "body.ended": ("{name}s udpegning er ophørt", "{name}'s appointment has ended"),
    "body.appointed": ("{name} er udpeget", "{name} is appointed"),
    "body.saved": ("Udpegningen af {name} er gemt", "The appointment of {name} is saved"),
    "body.no_decision": (
        "Intet møde registreret for beslutningen",
        "No meeting recorded for the decision",
    ),
    "appointments.overview_vacant": ("Ledige pladser: {n}", "Vacancies: {n}"),
    "appointments.overview_total": (
        " · ledige pladser i organer: {n}",
        " · vacancies in bodies: {n}",
    ),
    # -- fora -------------------------------------------------------------------------
    "fora.bad_email": (
        "»{email}« er ikke en gyldig e-mailadresse",
        "'{email}' is not a valid e-mail address",
    ),
    "fora.prepared_in": ("Forberedt i {name} den {day}", "Prepared in {name} on {day}"),
    "fora.preparation": ("Forberedelse", "Preparation"),
    "fora.kind.kommunaldirektoerforum": ("kommunaldirektørforum", "municipal directors' forum"),
    "fora.kind.fagdirektoerforum": ("fagdirektørforum", "professional directors' forum"),
    "fora.kind.andet": ("forum", "forum"),
    "appointments.key.fora": ("Fora", "Fora"),
    "fora.key.copy": ("Kopiér e-mails", "Copy e-mails"),
    "fora.title": ("Direktørfora", "Directors' fora"),
    "fora.col.name": ("Forum", "Forum"),
    "fora.col.members": ("Medl.", "Memb."),
    "fora.col.meetings": ("Møder", "Meetings"),
    "fora.none": ("Ingen fora registreret", "No fora registered"),
    "fora.meetings": ("Møder: {days}", "Meetings: {days}"),
    "fora.no_emails": (
        "Forummet har ingen e-mailadresser",
        "The forum has no e-mail addresses",
    ),
    "fora.copied": ("{n} e-mailadresser kopieret", "{n} e-mail addresses copied"),
    "fora.copied_one": ("1 e-mailadresse kopieret", "1 e-mail address copied"),
    "fora.prepared_field": ("Forberedt i", "Prepared in"),
    "fora.not_prepared": ("(intet forum)", "(no forum)"),
    "appointments.export.help": (
        "udpegningerne som liste til kl.dk",
        "the appointments as a list for kl.dk",
    ),
    "appointments.export.description": (
        "Udpegningerne pr. råd som de offentliggøres på kl.dk: organ, udpeget og"
        " suppleant, kommune; ledige pladser som sådan. Pr. dags dato (--today).",
        "The appointments per council as published on kl.dk: body, holder and"
        " substitute, municipality; vacant seats as such. As of today (--today).",
    ),
    "appointments.item.made": (
        "udpegninger: {n} (o viser dem)",
        "appointments: {n} (o shows them)",
    ),
    "appointments.item.key": ("Udpegninger", "Appointments"),
    "appointments.item.none": (
        "Punktet har ikke udpeget nogen",
        "The item made no appointments",
    ),
    "appointments.item.label": (
        "punkt {number} på mødet {day}",
        "item {number} of the meeting of {day}",
    ),
    "appointments.of_item": ("besluttet under {item}", "decided under {item}"),
    "appointments.import.councils_own": (
        "skal nævne rækkens eget råd ({council})",
        "must name the row's own council ({council})",
    ),
    "appointments.import.councils_differ": (
        "»{body}« hører under {stored}, ikke {given}",
        "'{body}' belongs to {stored}, not {given}",
    ),
    "appointments.export.unknown_format": (
        "ukendt format {fmt} (vælg {choices})",
        "unknown format {fmt} (choose {choices})",
    ),
    "appointments.export.format_help": (
        "html, md eller pdf (standard: efter -o, ellers md)",
        "html, md or pdf (default: from -o, else md)",
    ),
}
