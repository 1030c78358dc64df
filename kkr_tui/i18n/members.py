"""Texts of council members: their rules and `kkr import members` (the checks of a council's
members: checks.py)."""

TEXTS: dict[str, tuple[str, str]] = {
    "members.empty": ("skal udfyldes", "is required"),
    "members.role_unknown": (
        "»{text}« er ikke en rolle (brug borgmester, medlem, formand eller næstformand)",
        "'{text}' is not a role (use borgmester, medlem, formand or næstformand)",
    ),
    "members.role_both": (
        "»{text}«: man kan ikke være både formand og næstformand",
        "'{text}': nobody can be both chair and vice chair",
    ),
    "members.role_with_mayor": ("{role} (borgmester)", "{role} (mayor)"),
    "members.municipality_elsewhere": (
        "»{text}« hører til {other}, ikke {council}",
        "'{text}' belongs to {other}, not {council}",
    ),
    "members.municipality_typo": (
        "»{text}« er ikke en kommune i {council}; mente du »{suggestion}«?",
        "'{text}' is not a municipality of {council}; did you mean '{suggestion}'?",
    ),
    "members.municipality_unknown": (
        "»{text}« er ikke en kommune i {council} (kommunerne: {known})",
        "'{text}' is not a municipality of {council} (its municipalities: {known})",
    ),
    "members.substitute_typo": (
        "»{text}« er ikke medlem af {council}; mente du »{suggestion}«?",
        "'{text}' is not a member of {council}; did you mean '{suggestion}'?",
    ),
    "members.substitute_unknown": (
        "»{text}« er ikke medlem af {council}",
        "'{text}' is not a member of {council}",
    ),
    "members.substitute_self": (
        "et medlem kan ikke være suppleant for sig selv",
        "a member cannot be their own substitute",
    ),
    "members.duplicate": (
        "{name} ({municipality}) er allerede registreret",
        "{name} ({municipality}) is already registered",
    ),
    # kkr import members
    "members.import.help": ("importér rådsmedlemmer (CSV)", "import council members (CSV)"),
    "members.import.description": (
        "Importér medlemmer fra CSV med kolonnerne council,name,municipality,party,role "
        "(valgfrit også substitute_for). Komma eller semikolon, UTF-8 med eller uden BOM. "
        "Rådet angives som fx sjaelland, »KKR Sjælland« eller »Sjælland«; rollen som "
        "borgmester, medlem, formand eller næstformand (»formand og borgmester« for en "
        "formand, der også er borgmester). Alt eller intet: er en række ugyldig, importeres "
        "intet. Et medlem, der allerede findes (samme råd, navn og kommune), oprettes ikke "
        "igen og ændres ikke.",
        "Import members from CSV with the columns council,name,municipality,party,role "
        "(optionally also substitute_for). Comma or semicolon, UTF-8 with or without BOM. "
        "The council as e.g. sjaelland, 'KKR Sjælland' or 'Sjælland'; the role as "
        "borgmester, medlem, formand or næstformand ('formand og borgmester' for a chair who "
        "is also mayor). All or nothing: if one row is invalid, nothing is imported. A "
        "member already registered (same council, name and municipality) is neither added "
        "again nor changed.",
    ),
    "members.import.file_help": ("medlemslisten", "the member list"),
    "members.import.unknown_council": (
        "»{text}« er ikke et KKR (kendte: {known})",
        "'{text}' is not a KKR (known: {known})",
    ),
    "members.import.council_typo": (
        "»{text}« er ikke et KKR; mente du »{suggestion}«?",
        "'{text}' is not a KKR; did you mean '{suggestion}'?",
    ),
    "members.import.twice": ("samme medlem som linje {line}", "the same member as line {line}"),
    "members.import.differs": (
        "findes allerede med andre oplysninger ({fields}); ikke ændret",
        "already registered with other details ({fields}); not changed",
    ),
    "members.import.would": (
        "Prøvekørsel: {new} ville blive oprettet, {known} findes allerede. Intet er gemt.",
        "Dry run: {new} would be added, {known} already registered. Nothing saved.",
    ),
    "members.import.done": (
        "Oprettet: {new}. Fandtes allerede: {known}.",
        "Added: {new}. Already registered: {known}.",
    ),
    "members.import.no_db_yet": (
        "Databasen {path} findes ikke endnu; den oprettes ved import.",
        "The database {path} does not exist yet; importing creates it.",
    ),
    "members.import.warning": ("advarsel: {council}: {text}", "warning: {council}: {text}"),
    "members.field.party": ("parti", "party"),
    "members.field.role": ("rolle", "role"),
    "members.field.substitute_for": ("suppleant for", "substitute for"),
}
