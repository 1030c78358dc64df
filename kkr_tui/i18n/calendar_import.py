"""Texts of `kkr import ics` (a meeting plan from a calendar file)."""

TEXTS: dict[str, tuple[str, str]] = {
    "ics.import.help": (
        "importér en mødeplan fra en kalenderfil (iCalendar, fx fra Outlook eller Google)",
        "import a meeting plan from a calendar file (iCalendar, e.g. from Outlook or Google)",
    ),
    "ics.import.description": (
        "Importér møder fra en .ics-fil. Hver begivenhed med et klokkeslæt er et møde;\n"
        "heldagsbegivenheder og aflyste begivenheder springes over. Gentagelser udfoldes\n"
        "(uden slutdato: 2 år frem). Tider i andre tidszoner omregnes til dansk tid.\n"
        "Råd og mødetype: --council/--series, ellers begivenhedens kategorier (som kkr\n"
        "export ics skriver), ellers en titel der begynder med rådets navn.\n"
        "Alt eller intet: er én begivenhed ugyldig, importeres intet.",
        "Import meetings from an .ics file. Each event with a time of day is a meeting;\n"
        "all-day and cancelled events are left out. Recurring events are expanded\n"
        "(without an end: 2 years ahead). Times in other time zones become Danish time.\n"
        "Council and meeting type: --council/--series, else the event's categories (as\n"
        "kkr export ics writes them), else a title that starts with the council's name.\n"
        "All or nothing: if one event is invalid, nothing is imported.",
    ),
    "ics.import.help.file": ("kalenderfilen", "the calendar file"),
    "ics.import.help.council": (
        "rådet for alle møderne (fx sjaelland eller »KKR Sjælland«)",
        "the council of every meeting (e.g. sjaelland or 'KKR Sjælland')",
    ),
    "ics.import.help.series": (
        "mødetypen for alle møderne: kkr, konstituerende, formandskab, direktoerforum, "
        "fagdirektoerforum",
        "the meeting type of every meeting: kkr, konstituerende, formandskab, "
        "direktoerforum, fagdirektoerforum",
    ),
    # The file itself (kkr_tui/commands/import_ics.py ICS_FILE_TEXTS, for csvfile.read_file).
    "ics.import.missing": ("{path}: filen findes ikke", "{path}: no such file"),
    "ics.import.is_dir": (
        "{path}: er en mappe, ikke en ICS-fil",
        "{path}: is a folder, not an ICS file",
    ),
    "ics.import.unreadable": ("{path}: filen kan ikke læses", "{path}: the file cannot be read"),
    "ics.import.not_calendar": (
        "ikke en kalenderfil (iCalendar): {reason}",
        "not a calendar file (iCalendar): {reason}",
    ),
    "ics.import.no_dtstart": (
        "begivenheden »{name}« har ingen start (DTSTART)",
        "the event '{name}' has no start (DTSTART)",
    ),
    "ics.import.no_dtend": (
        "begivenheden »{name}« har intet sluttidspunkt (DTEND)",
        "the event '{name}' has no end time (DTEND)",
    ),
    "ics.import.end_before_start": (
        "begivenheden »{name}« slutter før den begynder",
        "the event '{name}' ends before it starts",
    ),
    "ics.import.too_many": (
        "begivenheden »{name}« gentages mere end {count} gange",
        "the event '{name}' repeats more than {count} times",
    ),
    "ics.import.no_council": (
        "begivenheden »{name}« nævner intet råd; angiv --council (kendte: {known})",
        "the event '{name}' names no council; give --council (known: {known})",
    ),
    "ics.import.left_out": (
        "{count} heldags- eller aflyste begivenheder er sprunget over.",
        "{count} all-day or cancelled events were left out.",
    ),
}
