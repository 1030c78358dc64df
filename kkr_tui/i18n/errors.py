"""Error messages of the domain, the clock and the store, in both languages.

Raised as `msg(key, **values)` (kkr_tui.i18n.Message) and rendered where shown, so
`kkr --lang en` says "the folder /x does not exist" however early the error came.
The store's messages follow the file's name: "/srv/kkr.json: the file cannot be read".
"""

TEXTS: dict[str, tuple[str, str]] = {
    # The clock (--today / KKR_TODAY) and the language (KKR_LANG).
    "error.clock.invalid": (
        "{source}: »{text}« er ikke en gyldig dato (skriv ÅÅÅÅ-MM-DD)",
        "{source}: '{text}' is not a valid date (write YYYY-MM-DD)",
    ),
    "error.clock.not_date": (
        "{source}: »{text}« er ikke en dato (skriv ÅÅÅÅ-MM-DD)",
        "{source}: '{text}' is not a date (write YYYY-MM-DD)",
    ),
    "error.language": (
        "ukendt sprog »{lang}« (vælg da eller en)",
        "unknown language '{lang}' (choose da or en)",
    ),
    "error.not_integer": ("»{text}« er ikke et helt tal", "'{text}' is not a whole number"),
    "error.days.negative": (
        "»{text}« er negativt; brug 0 eller mere",
        "'{text}' is negative; use 0 or more",
    ),
    # Records that break their own rules (domain/models.py, domain/rules.py).
    "error.field.required": ("skal udfyldes", "is required"),
    "error.field.unknown_council": (
        "ukendt råd »{slug}« (kendte: {known})",
        "unknown council '{slug}' (known: {known})",
    ),
    "error.field.not_one_of": (
        "»{value}« er ikke en af: {allowed}",
        "'{value}' is not one of: {allowed}",
    ),
    "error.field.not_date": ("»{value}« er ikke en dato", "'{value}' is not a date"),
    "error.field.no_offset": (
        "»{value}« mangler UTC-forskydning (fx +02:00)",
        "'{value}' has no UTC offset (e.g. +02:00)",
    ),
    "error.field.not_time": ("»{value}« er ikke et tidspunkt", "'{value}' is not a point in time"),
    "error.field.no_clock_time": (
        "»{value}« er ikke et tidspunkt med klokkeslæt",
        "'{value}' is not a point in time with a time of day",
    ),
    "error.field.no_zone": ("tidspunktet mangler tidszone", "the time has no time zone"),
    "error.field.positive_integer": (
        "skal være et positivt heltal",
        "must be a positive whole number",
    ),
    "error.field.not_object": ("{value} er ikke et objekt", "{value} is not an object"),
    # {expected} is the stored type's Danish description (domain/stored_types.py).
    "error.field.wrong_type": ("{value} er ikke {expected}", "{value} is not {expected}"),
    # What a stored field must be, in that message.
    "type.bool": ("true eller false", "true or false"),
    "type.int": ("et heltal", "a whole number"),
    "type.text": ("tekst", "text"),
    "type.null": ("null", "null"),
    "type.or": ("{first} eller {second}", "{first} or {second}"),
    "type.list_of": ("en liste af {item}", "a list of {item}"),
    "type.object_of": ("et objekt med {value}", "an object of {value}"),
    "type.record": ("et objekt med de kendte felter", "an object with the known fields"),
    "type.any": ("en værdi", "a value"),
    "error.field.boolean": ("skal være sand eller falsk", "must be true or false"),
    "error.field.non_negative": (
        "skal være et ikke-negativt heltal",
        "must be a whole number of 0 or more",
    ),
    "error.field.sha256": (
        "»{value}« er ikke en SHA-256 (64 hex-tegn)",
        "'{value}' is not a SHA-256 (64 hex digits)",
    ),
    "error.field.email": (
        "»{value}« er ikke en gyldig e-mailadresse",
        "'{value}' is not a valid e-mail address",
    ),
    "error.field.phone": (
        "»{value}« er ikke et telefonnummer (kun cifre)",
        "'{value}' is not a phone number (digits only)",
    ),
    "error.field.end_before_start": (
        "sluttidspunktet skal ligge efter starttidspunktet",
        "the end must be after the start",
    ),
    "error.field.https": ("skal være en https-adresse", "must be an https address"),
    "error.rules.range": (
        "skal være et heltal fra 0 til 60",
        "must be a whole number from 0 to 60",
    ),
    "error.rules.not_day": (
        "»{text}« er ikke en dato (ÅÅÅÅ-MM-DD)",
        "'{text}' is not a date (YYYY-MM-DD)",
    ),
    "error.rules.not_uuid": ("»{value}« er ikke et UUID", "'{value}' is not a UUID"),
    "error.rules.unknown_council": (
        "ukendt råd »{council}« i reglen »{key}«",
        "unknown council '{council}' in the rule '{key}'",
    ),
    "error.rules.unknown_rules": (
        "ukendte regler {names} i »{key}«",
        "unknown rules {names} in '{key}'",
    ),
    # The database file (store/files.py, locking.py, schema.py).
    "error.store.gone": (
        "databasefilen findes ikke (længere)",
        "the database file does not exist (any more)",
    ),
    "error.store.no_read_access": (
        "filen kan ikke læses (ingen læseadgang)",
        "the file cannot be read (no read access)",
    ),
    "error.store.is_folder": (
        "er en mappe, ikke en databasefil",
        "is a folder, not a database file",
    ),
    "error.store.cannot_open": (
        "filen kan ikke åbnes: {reason}",
        "the file cannot be opened: {reason}",
    ),
    "error.store.not_regular": ("er ikke en almindelig fil", "is not a regular file"),
    "error.store.cannot_read": (
        "filen kan ikke læses: {reason}",
        "the file cannot be read: {reason}",
    ),
    "error.store.empty": (
        "filen er tom - ikke en KKR-database",
        "the file is empty - not a KKR database",
    ),
    "error.store.not_utf8": ("ikke UTF-8 (byte {position})", "not UTF-8 (byte {position})"),
    "error.store.bad_json": (
        "ugyldig JSON på linje {line}, kolonne {column} ({reason})",
        "invalid JSON at line {line}, column {column} ({reason})",
    ),
    "error.store.too_deep": ("JSON'en er for dybt indlejret", "the JSON is nested too deeply"),
    "error.store.locked": (
        "databasen er låst af en anden proces i over {seconds} s; prøv igen",
        "the database has been locked by another process for over {seconds} s; try again",
    ),
    "error.store.lock_no_access": (
        "låsefilen {name} kan ikke åbnes (ingen skriveadgang); se README, »Shared server set-up«",
        "the lock file {name} cannot be opened (no write access); see README, 'Shared server "
        "set-up'",
    ),
    "error.store.lock_unusable": (
        "låsefilen {name} kan ikke bruges: {reason}",
        "the lock file {name} cannot be used: {reason}",
    ),
    "error.store.root_not_object": (
        "ikke en KKR-database (JSON-roden er ikke et objekt)",
        "not a KKR database (the JSON root is not an object)",
    ),
    "error.store.no_mark": (
        "ikke en KKR-database (mangler kkr_tui-mærket i _meta); filen er ikke ændret",
        "not a KKR database (the kkr_tui mark in _meta is missing); the file is unchanged",
    ),
    "error.store.bad_version": (
        "ugyldig schema_version: {version}",
        "invalid schema_version: {version}",
    ),
    "error.store.newer": (
        "skrevet af en nyere kkr_tui (schema {version}; denne version kender {known}). "
        "Opdatér kkr_tui; filen er ikke ændret",
        "written by a newer kkr_tui (schema {version}; this version knows {known}). "
        "Update kkr_tui; the file is unchanged",
    ),
    "error.store.table_shape": (
        "tabellen »{table}« har forkert form (ikke et objekt)",
        "the table '{table}' has the wrong shape (not an object)",
    ),
    "error.store.record_shape": (
        "tabellen »{table}« har en post med forkert form (nøgle »{key}«)",
        "the table '{table}' has a record of the wrong shape (key '{key}')",
    ),
    "error.store.read_only_restore": (
        "databasen er skrivebeskyttet; intet er gendannet",
        "the database is read-only; nothing was restored",
    ),
    "error.store.gone_now": (
        "databasefilen findes ikke længere",
        "the database file no longer exists",
    ),
    "error.store.needs_migration": (
        "databasen skal opdateres til denne version; åbn den med kkr først",
        "the database must be updated to this version; open it with kkr first",
    ),
    "error.store.read_only": (
        "databasen er skrivebeskyttet; ændringen er ikke gemt",
        "the database is read-only; the change was not saved",
    ),
    "error.store.became_read_only": (
        "databasen er blevet skrivebeskyttet; ændringen er ikke gemt",
        "the database has become read-only; the change was not saved",
    ),
    "error.store.is_folder_give_file": (
        "er en mappe; angiv en databasefil, fx kkr.json",
        "is a folder; give a database file, e.g. kkr.json",
    ),
    "error.store.inaccessible": ("kan ikke tilgås: {reason}", "cannot be accessed: {reason}"),
    "error.store.no_folder": ("mappen {folder} findes ikke", "the folder {folder} does not exist"),
    "error.store.not_a_folder": (
        "{folder} er en fil, ikke en mappe",
        "{folder} is a file, not a folder",
    ),
    "error.store.missing": ("databasefilen findes ikke", "the database file does not exist"),
    "error.store.migration_read_only": (
        "databasen skal opdateres til denne version, men filen er skrivebeskyttet",
        "the database must be updated to this version, but the file is read-only",
    ),
    "error.store.dangling_link": (
        "er et symbolsk link til {target}, som ikke findes",
        "is a symbolic link to {target}, which does not exist",
    ),
    "error.store.link_loop": (
        "er et symbolsk link i ring (peger på sig selv)",
        "is a symbolic link loop (points to itself)",
    ),
    "error.store.cannot_create_folder": (
        "mappen kan ikke oprettes: {reason}",
        "the folder cannot be created: {reason}",
    ),
    "error.store.folder_read_only": (
        "mappen er skrivebeskyttet; databasen kan ikke oprettes",
        "the folder is read-only; the database cannot be created",
    ),
    "error.store.bad_record": (
        "ugyldig post {table}/{id}: {error}",
        "invalid record {table}/{id}: {error}",
    ),
    "error.store.bad_settings": ("ugyldige indstillinger: {error}", "invalid settings: {error}"),
    "error.store.changed": (
        "posten er ændret af en anden, siden du åbnede den",
        "the record was changed by someone else since you opened it",
    ),
    "error.store.settings_changed": (
        "indstillingerne er ændret af en anden",
        "the settings were changed by someone else",
    ),
    "error.store.deleted": (
        "posten er slettet af en anden",
        "the record was deleted by someone else",
    ),
    "error.store.no_meeting": ("mødet {id} findes ikke", "meeting {id} does not exist"),
    "error.store.no_item": ("punktet {id} findes ikke", "item {id} does not exist"),
    # Archives and backups (store/archive.py, store/backups.py, store/restore.py).
    "error.archive.unreadable_folder": (
        "arkivmappen kan ikke læses: {reason}",
        "the archive folder cannot be read: {reason}",
    ),
    "error.archive.not_archive": (
        "ikke en arkivfil fra kkr_tui (mangler mærket i _meta)",
        "not an archive file of kkr_tui (the mark in _meta is missing)",
    ),
    "error.archive.wrong_year": (
        "arkivfilen er for år {found}, men hedder {year}",
        "the archive file is for the year {found} but is named {year}",
    ),
    "error.archive.table_shape": (
        "tabellen »{table}« har forkert form",
        "the table '{table}' has the wrong shape",
    ),
    "error.archive.meeting_year": (
        "mødet meetings/{id} hører ikke til år {year}",
        "the meeting meetings/{id} does not belong to the year {year}",
    ),
    "error.archive.cannot_write": (
        "arkivfilen kan ikke skrives: {reason}",
        "the archive file cannot be written: {reason}",
    ),
    "error.backup.unreadable_folder": (
        "mappen kan ikke læses: {reason}",
        "the folder cannot be read: {reason}",
    ),
    "error.backup.cannot_create_folder": (
        "mappen til sikkerhedskopier kan ikke oprettes: {reason}",
        "the backup folder cannot be created: {reason}",
    ),
    "error.backup.cannot_write": (
        "sikkerhedskopien kan ikke skrives: {reason}",
        "the backup cannot be written: {reason}",
    ),
    "error.backup.unknown": ("ingen sikkerhedskopi ved navn »{name}«", "no backup named '{name}'"),
}
