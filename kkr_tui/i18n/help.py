"""The words of `kkr --help` and of every subcommand's help (argparse's own: argparse.py).

Length: ~420 lines of texts only (every command's help in two languages), no logic.
"""

TEXTS: dict[str, tuple[str, str]] = {
    # kkr
    "help.kkr.description": (
        "KKR: mødeplanlægning og dagsordensstatus for de fem kommunekontaktråd.",
        "KKR: meeting planning and agenda status for the five municipal contact councils.",
    ),
    "help.kkr.epilog": (
        "Uden underkommando åbnes programmet (TUI).\n"
        "Database: --db, ellers $KKR_DB, ellers brugerens eller systemets indstilling,\n"
        "ellers kkr.json i brugerens datamappe (kkr where viser hvilken og hvorfor).\n"
        "Dato: --today ÅÅÅÅ-MM-DD eller $KKR_TODAY (ellers dagens dato i Europe/Copenhagen).\n"
        "Sprog: --lang da|en eller $KKR_LANG.\n",
        "Without a subcommand the program (TUI) opens.\n"
        "Database: --db, else $KKR_DB, else the user's or the system's setting,\n"
        "else kkr.json in the user's data folder (kkr where shows which and why).\n"
        "Date: --today YYYY-MM-DD or $KKR_TODAY (else today's date in Europe/Copenhagen).\n"
        "Language: --lang da|en or $KKR_LANG.\n",
    ),
    "help.metavar.command": ("KOMMANDO", "COMMAND"),
    "help.metavar.path": ("STI", "PATH"),
    "help.metavar.day": ("ÅÅÅÅ-MM-DD", "YYYY-MM-DD"),
    "help.metavar.year": ("ÅÅÅÅ", "YYYY"),
    "help.metavar.council": ("RÅD", "COUNCIL"),
    "help.metavar.file": ("FIL", "FILE"),
    "help.metavar.csv": ("FIL.csv", "FILE.csv"),
    "help.metavar.ics": ("FIL.ics", "FILE.ics"),
    "help.metavar.meeting_id": ("MØDE_ID", "MEETING_ID"),
    "help.metavar.type": ("TYPE", "TYPE"),
    "help.metavar.name": ("NAVN", "NAME"),
    "help.metavar.action": ("HANDLING", "ACTION"),
    "help.metavar.address": ("ADRESSE", "ADDRESS"),
    "help.metavar.folder_or_zip": ("MAPPE|FIL.zip", "FOLDER|FILE.zip"),
    "help.db": ("databasefilen (JSON)", "the database file (JSON)"),
    "help.today": ("regn som om det er denne dag", "work as if it were this day"),
    "help.lang": ("sprog: da (standard) eller en", "language: da (default) or en"),
    "help.council_repeat": (
        "kun dette råd (kan gentages), fx sjaelland eller »KKR Sjælland«",
        "only this council (can be repeated), e.g. sjaelland or 'KKR Sjælland'",
    ),
    "help.year": ("kun møder i dette år", "only meetings in this year"),
    "help.dry_run": (
        "vis, hvad der ville ske, uden at gemme",
        "show what would happen, without saving",
    ),
    "help.output": (
        "skriv til denne fil (ellers til standard-output)",
        "write to this file (else to standard output)",
    ),
    "help.meeting_id": ("mødets id (se kkr meetings)", "the meeting's id (see kkr meetings)"),
    # kkr status
    "help.status": (
        "overskredne og kommende frister, næste møde pr. råd (til scripts og cron)",
        "overdue and coming deadlines, the next meeting of each council (for scripts and cron)",
    ),
    "help.status.description": (
        "Næste møde og parathed for hvert råd og alt, der er overskredet eller har\n"
        "frist inden for N arbejdsdage. Læser kun; opretter aldrig en database.",
        "The next meeting and its readiness for each council, and everything overdue or\n"
        "due within N working days. Only reads; never creates a database.",
    ),
    "help.status.days": (
        "vis frister inden for N arbejdsdage (standard {default})",
        "show deadlines within N working days (default {default})",
    ),
    "help.status.json": ("skriv JSON i stedet for tekst", "write JSON instead of text"),
    "help.status.epilog": (
        "Afslutningskoder:\n"
        "  0  intet er overskredet\n"
        "  1  mindst én frist er overskredet\n"
        "  2  brugs- eller datafejl: ukendt tilvalg eller råd, databasefilen eller\n"
        "     dens mappe findes ikke, filen er beskadiget eller kan ikke læses;\n"
        "     meddelelsen nævner stien\n"
        "\n"
        "Farve kun i en terminal og aldrig med NO_COLOR; parathed står altid med\n"
        "ord (RØD/GUL/GRØN). --json giver en fast struktur, beskrevet i README\n"
        'under "kkr status".\n'
        "Til cron:  kkr status --db /srv/kkr/kkr.json >/dev/null || echo forsinket\n",
        "Exit codes:\n"
        "  0  nothing is overdue\n"
        "  1  at least one deadline is overdue\n"
        "  2  usage or data error: unknown option or council, the database file or\n"
        "     its folder does not exist, the file is damaged or cannot be read;\n"
        "     the message names the path\n"
        "\n"
        "Colour only in a terminal and never with NO_COLOR; readiness is always\n"
        "written in words (RED/AMBER/GREEN). --json gives a fixed structure,\n"
        'described in README under "kkr status".\n'
        "For cron:  kkr status --db /srv/kkr/kkr.json >/dev/null || echo late\n",
    ),
    # kkr agenda
    "help.agenda": (
        "ét mødes parathed: frister med begrundelse, tjekliste, mangler, punkter",
        "one meeting's readiness: deadlines with reasons, checklist, what is missing, items",
    ),
    "help.agenda.description": (
        "Vis ét møde: de afledte frister med begrundelse, tjeklisten, hvad der mangler,\n"
        "og dagsordenens punkter. I JSON er readiness green, amber, red eller none\n"
        "(aflyst, referat offentliggjort eller intet tilbage at følge).",
        "Show one meeting: the derived deadlines with their reasons, the checklist, what\n"
        "is missing, and the agenda's items. In JSON, readiness is green, amber, red or\n"
        "none (cancelled, minutes published, or nothing left to watch).",
    ),
    "help.agenda.json": ("skriv JSON (til scripts)", "write JSON (for scripts)"),
    "help.agenda.frame": (
        "giv først mødet standardpunkterne (dagsorden, referat, ..., eventuelt)",
        "give the meeting the standard items first (agenda, minutes, ..., any other business)",
    ),
    # kkr meetings, kkr import
    "help.meetings": (
        "vis møder med frister for udsendelse og referat",
        "list meetings with their dispatch and minutes deadlines",
    ),
    "help.meetings.description": (
        "Vis møderne med frist for udsendelse og referat, og hvorfor netop den dag.",
        "List the meetings with their dispatch and minutes deadlines, and why that day.",
    ),
    "help.meetings.json": ("skriv JSON i stedet for en tabel", "write JSON instead of a table"),
    "help.import": ("importér data fra en fil", "import data from a file"),
    "help.import.description": ("Importér data fra en fil.", "Import data from a file."),
    "help.import.which": (
        "angiv, hvad der skal importeres, fx: kkr import meetings FIL.csv",
        "say what to import, e.g.: kkr import meetings FILE.csv",
    ),
    "help.import.meetings": ("importér en mødeplan (CSV)", "import a meeting plan (CSV)"),
    "help.import.meetings.description": (
        "Importér møder fra CSV med kolonnerne council,series,date,start,end,place\n"
        "og evt. councils (et fælles mødes råd, det der holder mødet først, fx\n"
        "»hovedstaden sjaelland«)\n"
        "(komma eller semikolon, UTF-8 med eller uden BOM). Alt eller intet: er en\n"
        "række ugyldig, importeres intet. Møder, der allerede findes (råd, mødetype,\n"
        "start), springes over.",
        "Import meetings from CSV with the columns council,series,date,start,end,place\n"
        "and optionally councils (a joint meeting's councils, the holding one first,\n"
        "e.g. 'hovedstaden sjaelland')\n"
        "(comma or semicolon, UTF-8 with or without BOM). All or nothing: if a row is\n"
        "invalid, nothing is imported. Meetings that already exist (council, type,\n"
        "start) are skipped.",
    ),
    "help.import.meetings.file": ("mødeplanen", "the meeting plan"),
    "help.import.contacts": ("importér kontakter (CSV)", "import contacts (CSV)"),
    "help.import.contacts.description": (
        "Importér kontakter fra CSV med kolonnerne name,title,organisation,unit,email,\n"
        "phone,councils (og evt. secretariat: ja/nej); councils er rådenes korte navne\n"
        "adskilt af mellemrum. Komma eller semikolon, UTF-8 med eller uden BOM. Alt\n"
        "eller intet: er en række ugyldig, importeres intet. Kontakter, der allerede\n"
        "findes (samme e-mail, eller samme navn uden e-mail), ændres ikke.",
        "Import contacts from CSV with the columns name,title,organisation,unit,email,\n"
        "phone,councils (and optionally secretariat: yes/no); councils are the councils'\n"
        "short names separated by spaces. Comma or semicolon, UTF-8 with or without\n"
        "BOM. All or nothing: if a row is invalid, nothing is imported. Contacts that\n"
        "already exist (the same e-mail, or the same name without an e-mail) are not\n"
        "changed.",
    ),
    "help.import.contacts.file": ("kontakterne", "the contacts"),
    # kkr export
    "help.export": (
        "eksportér kalender, dagsorden, referat eller CSV",
        "export a calendar, an agenda, minutes or CSV",
    ),
    "help.export.description": (
        "Eksportér til andre programmer. Uden -o skrives til standard-output.",
        "Export for other programs. Without -o, to standard output.",
    ),
    "help.export.ics": (
        "møder som iCalendar-fil (Outlook, Google, Apple)",
        "meetings as an iCalendar file (Outlook, Google, Apple)",
    ),
    "help.export.ics.description": (
        "Møderne som iCalendar (RFC 5545), til at abonnere på i Outlook. Hvert møde\n"
        "beholder sit UID fra eksport til eksport, så kalenderen opdaterer i stedet\n"
        "for at dublere. Punkternes indhold kommer kun med ved --with-agenda.",
        "The meetings as iCalendar (RFC 5545), to subscribe to in Outlook. Each meeting\n"
        "keeps its UID from export to export, so the calendar updates instead of\n"
        "duplicating. The items' content is included only with --with-agenda.",
    ),
    "help.export.series": (
        "kun denne mødetype: kkr, konstituerende, formandskab, direktoerforum,"
        " fagdirektoerforum (kan gentages)",
        "only this meeting type: kkr, konstituerende, formandskab, direktoerforum,"
        " fagdirektoerforum (can be repeated)",
    ),
    "help.export.deadlines": (
        "heldagsbegivenheder for fristerne for udsendelse og (hvor der er et) referat",
        "all-day events for the dispatch deadline and (where there are minutes) publication",
    ),
    "help.export.with_agenda": (
        "punkternes titler i beskrivelsen",
        "the items' titles in the description",
    ),
    "help.export.agenda": ("dagsordenen for et møde", "the agenda of a meeting"),
    "help.export.agenda.description": (
        "Dagsordenen, som den udsendes: råd, dato, tid, sted og de nummererede punkter\n"
        "med type, titel og indstilling.",
        "The agenda as it is dispatched: council, date, time, place and the numbered\n"
        "items with kind, title and recommendation.",
    ),
    "help.export.minutes": (
        "beslutningsreferatet for et møde",
        "the decision minutes of a meeting",
    ),
    "help.export.minutes.description": (
        "Beslutningsreferatet til kl.dk: fremmøde (hvor det er registreret) og hvert\n"
        "punkt med beslutning. Afvises (afslutningskode 2), hvis en beslutningssag\n"
        "mangler sin beslutning, medmindre --draft er givet.",
        "The decision minutes for kl.dk: attendance (where recorded) and every item with\n"
        "its decision. Refused (exit code 2) if a decision item lacks its decision,\n"
        "unless --draft is given.",
    ),
    "help.export.format": (
        "md, html, txt, pdf eller docx (standard: efter endelsen på -o, ellers md)",
        "md, html, txt, pdf or docx (default: from the ending of -o, else md)",
    ),
    "help.export.public": (
        "den offentlige udgave (kl.dk): lukkede punkter kun med nummer",
        "the public version (kl.dk): closed items by number only",
    ),
    "help.export.package": (
        "dagsordenspakken: dagsordenen som PDF og alle bilag",
        "the agenda package: the agenda as PDF and every attachment",
    ),
    "help.export.package.description": (
        "Dagsordenen som PDF og hvert bilag som »Bilag N.M - titel.ext« i en mappe\n"
        "eller en .zip-fil, klar til at sende. Intet skrives, hvis et bilag mangler.",
        "The agenda as PDF and every attachment as 'Bilag N.M - title.ext' in a folder\n"
        "or a .zip file, ready to send. Nothing is written if an attachment is missing.",
    ),
    "help.export.package.output": (
        "mappen eller .zip-filen, der skal skrives",
        "the folder or .zip file to write",
    ),
    "help.export.package.public": (
        "den offentlige udgave (uden lukkede punkter)",
        "the public version (without closed items)",
    ),
    "help.export.draft": (
        "lav et udkast, selv om beslutninger mangler (markeret UDKAST)",
        "make a draft even though decisions are missing (marked DRAFT)",
    ),
    "help.export.csv": (
        "møder, medlemmer eller kontakter som CSV (Excel)",
        "meetings, members or contacts as CSV (Excel)",
    ),
    "help.export.csv.description": (
        "CSV til dansk Excel (UTF-8 med BOM, semikolon), som kan importeres igen med\n"
        "kkr import meetings|members|contacts.",
        "CSV for Danish Excel (UTF-8 with BOM, semicolon) that can be imported again\n"
        "with kkr import meetings|members|contacts.",
    ),
    "help.export.csv.kind": ("hvad der skal eksporteres", "what to export"),
    # kkr backup
    "help.backup.description": (
        "Vis sikkerhedskopierne af databasen, eller gendan databasen fra en af dem.",
        "List the backups of the database, or restore the database from one of them.",
    ),
    # kkr attach, kkr attachments
    "help.metavar.item_id": ("PUNKT_ID", "ITEM_ID"),
    "help.metavar.title": ("TITEL", "TITLE"),
    "help.attach": ("vedhæft en fil (bilag) til et punkt", "attach a file to an item"),
    "help.attach.description": (
        "Kopiér en fil ind i bilagsmappen ved siden af databasen (<db>.bilag/, navngivet\n"
        "efter indholdets SHA-256) og knyt den til punktet. Højst 50 MB.",
        "Copy a file into the attachment folder beside the database (<db>.bilag/, named\n"
        "by its content's SHA-256) and link it to the item. At most 50 MB.",
    ),
    "help.attach.item_id": (
        "punktets id (se kkr agenda MØDE_ID)",
        "the item's id (see kkr agenda MEETING_ID)",
    ),
    "help.attach.file": ("filen, der skal vedhæftes", "the file to attach"),
    "help.attach.title": (
        "bilagets titel (standard: filnavnet)",
        "the attachment's title (default: the file name)",
    ),
    "help.attachments": (
        "et mødes bilag, nummereret som i dagsordenen",
        "a meeting's attachments, numbered as in the agenda",
    ),
    "help.attachments.description": (
        "Mødets bilag i dagsordenens rækkefølge: nummer, titel, fil, størrelse.",
        "The meeting's attachments in the agenda's order: number, title, file, size.",
    ),
    # kkr dispatch, kkr remind, kkr absence
    "help.metavar.text": ("TEKST", "TEXT"),
    "help.dispatch": (
        "send dagsordenen med e-mail og mødeindkaldelse til medlemmerne",
        "send the agenda by e-mail with a meeting invitation to the members",
    ),
    "help.dispatch.description": (
        "Send dagsordenen til hvert medlem (én mail pr. modtager).",
        "Send the agenda to every member (one mail per recipient).",
    ),
    "help.dispatch.epilog": (
        "Med KKR_SMTP_URL, ellers databasens server (kkr settings smtp), sendes via den\n"
        "server (smtp:// med STARTTLS, smtps://, smtp+insecure:// kun til 127.0.0.1);\n"
        "adgangskoden fra KKR_SMTP_PASSWORD eller en fil (0600) i KKR_SMTP_PASSWORD_FILE.\n"
        "Uden nogen af dem lægges hver mail som en .eml-fil i mappen <database>.outbox/.\n"
        "En ny kørsel sender kun til dem, der ikke allerede har fået mailen.\n"
        "\n"
        "Afslutningskoder: 0 alle har fået den (eller intet at sende); 1 nogle mangler\n"
        "(en ny kørsel fortsætter); 2 forkert input.\n",
        "With KKR_SMTP_URL, else the database's server (kkr settings smtp), mail is sent\n"
        "through that server (smtp:// with STARTTLS, smtps://, smtp+insecure:// only to\n"
        "127.0.0.1); the password from KKR_SMTP_PASSWORD or a file (0600) named in\n"
        "KKR_SMTP_PASSWORD_FILE. Without either, each mail is put as an .eml file in the\n"
        "folder <database>.outbox/. A new run sends only to those who have not had it yet.\n"
        "\n"
        "Exit codes: 0 everyone has it (or nothing to send); 1 some are missing (a new\n"
        "run continues); 2 bad input.\n",
    ),
    "help.dispatch.dry_run": (
        "vis modtagere, emne og størrelse; send intet",
        "show recipients, subject and size; send nothing",
    ),
    "help.dispatch.to": (
        "modtagere: medlemmerne, sekretariatet eller alle (standard)",
        "recipients: the members, the secretariat or all (default)",
    ),
    "help.dispatch.resend": (
        "send en rettet dagsorden til alle igen",
        "send a corrected agenda to everyone again",
    ),
    "help.dispatch.reason": (
        "begrundelse, hvis udsendelsen er for sen, eller noget blokerer",
        "the reason, if the dispatch is late or something blocks it",
    ),
    "help.dispatch.yes": (
        "spring ugyldige adresser over uden at spørge",
        "skip invalid addresses without asking",
    ),
    "help.remind": (
        "påmind de ansvarlige om sagsfremstillinger med frist snart (til cron)",
        "remind those responsible of case material due soon (for cron)",
    ),
    "help.remind.description": (
        "Én mail pr. ansvarlig med de punkter, hvis frist er nær eller overskredet.",
        "One mail per person responsible with the items whose deadline is near or past.",
    ),
    "help.remind.epilog": (
        "Afslutningskoder (som kkr status):\n"
        "  0  intet er overskredet\n"
        "  1  mindst én frist for sagsfremstillinger er overskredet\n"
        "  2  brugs- eller datafejl (fx en KKR_SMTP_URL, der ikke kan forstås)\n"
        "Mailen går samme vej som kkr dispatch (KKR_SMTP_URL, kkr settings smtp eller\n"
        "<database>.outbox/).\n"
        "Til cron:  kkr remind --db /srv/kkr/kkr.json\n",
        "Exit codes (as kkr status):\n"
        "  0  nothing is overdue\n"
        "  1  at least one case material deadline is overdue\n"
        "  2  usage or data error (e.g. a KKR_SMTP_URL that cannot be understood)\n"
        "The mail goes the same way as kkr dispatch (KKR_SMTP_URL, kkr settings smtp or\n"
        "<database>.outbox/).\n"
        "For cron:  kkr remind --db /srv/kkr/kkr.json\n",
    ),
    "help.remind.days": (
        "inden for N arbejdsdage (standard {default})",
        "within N working days (default {default})",
    ),
    "help.remind.dry_run": (
        "vis, hvem der får hvad; send intet",
        "show who gets what; send nothing",
    ),
    "help.absence": (
        "afbud og suppleanter før mødet",
        "apologies and substitutes before the meeting",
    ),
    "help.absence.description": (
        "Registrér afbud (og hvem der kaldes ind i stedet) før mødet.",
        "Record apologies (and who is called in instead) before the meeting.",
    ),
    "help.absence.absent": ("medlemmet, der har meldt afbud", "the member who sent apologies"),
    "help.absence.substitute": ("suppleanten, der kaldes ind", "the substitute called in"),
    # kkr serve
    "help.serve": (
        "vis programmet i en webbrowser (kun på denne maskine)",
        "show the program in a web browser (on this machine only)",
    ),
    "help.serve.description": (
        "Vis programmet i en webbrowser via textual-serve. Lytter kun på 127.0.0.1,\n"
        "medmindre --host er givet. Adgang kræver den hemmelige nøgle, der skrives ved\n"
        "start; brug fx en SSH-tunnel (ssh -L 8000:127.0.0.1:8000 server) i stedet for\n"
        "at åbne porten.",
        "Show the program in a web browser through textual-serve. Listens on 127.0.0.1\n"
        "only, unless --host is given. Access needs the secret key printed at start;\n"
        "use e.g. an SSH tunnel (ssh -L 8000:127.0.0.1:8000 server) instead of opening\n"
        "the port.",
    ),
    "help.serve.port": ("port (standard {default})", "port (default {default})"),
    "help.serve.host": (
        "lyt på denne adresse i stedet for 127.0.0.1 (uden TLS: brug hellere en tunnel)",
        "listen on this address instead of 127.0.0.1 (no TLS: better use a tunnel)",
    ),
    "help.serve.public_url": (
        "den adresse, browseren bruger, hvis den ikke er http://HOST:PORT",
        "the address the browser uses, if it is not http://HOST:PORT",
    ),
    "help.serve.token_file": (
        "læs adgangsnøglen fra denne fil (kun ejeren må kunne læse den: chmod 600);"
        " ellers laves en ny ved hver start",
        "read the access key from this file (only its owner may read it: chmod 600);"
        " else a new one is made at every start",
    ),
    "help.serve.max_sessions": (
        "højst så mange åbne faner på én gang (standard {default})",
        "at most this many open tabs at a time (default {default})",
    ),
}
