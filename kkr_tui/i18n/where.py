"""Texts of `kkr setup shared` and `kkr where`: the secretariat's shared database."""

TEXTS: dict[str, tuple[str, str]] = {
    "where.setting_unreadable": (
        "indstillingsfilen {path} kan ikke læses ({reason}); den ignoreres",
        "the settings file {path} cannot be read ({reason}); it is ignored",
    ),
    "where.setting_bad": (
        "indstillingsfilen {path} kan ikke tolkes: {reason}; den ignoreres",
        "the settings file {path} cannot be parsed: {reason}; it is ignored",
    ),
    "where.setting_db_not_path": (
        "indstillingsfilen {path}: db skal være en sti (tekst); den ignoreres",
        "the settings file {path}: db must be a path (text); it is ignored",
    ),
    # kkr where
    "where.help": (
        "vis, hvilken database der bruges og hvorfor, samt dens rettigheder, sikkerhedskopi og lås",
        "show which database is used and why, its permissions, backup and lock",
    ),
    "where.help.json": ("skriv JSON i stedet for tekst", "write JSON instead of text"),
    "where.database": ("Database: {path}", "Database: {path}"),
    "where.source.option": ("valgt med --db", "chosen with --db"),
    "where.source.environment": ("valgt med $KKR_DB", "chosen with $KKR_DB"),
    "where.source.user": (
        "valgt i brugerens indstillinger ({setting})",
        "chosen in the user's settings ({setting})",
    ),
    "where.source.system": (
        "valgt i systemets indstillinger ({setting})",
        "chosen in the system's settings ({setting})",
    ),
    "where.source.default": (
        "standarden (ingen --db, $KKR_DB eller indstilling)",
        "the default (no --db, $KKR_DB or setting)",
    ),
    "where.missing": ("findes ikke (endnu)", "does not exist (yet)"),
    "where.permissions": (
        "Rettigheder: {mode} ejer {owner}, gruppe {group}",
        "Permissions: {mode} owner {owner}, group {group}",
    ),
    "where.folder": (
        "Mappe: {mode} gruppe {group}{shared}",
        "Folder: {mode} group {group}{shared}",
    ),
    "where.folder_shared": (" (fælles: setgid)", " (shared: setgid)"),
    "where.access": ("Din adgang: {access}", "Your access: {access}"),
    "where.access.write": ("læse og skrive", "read and write"),
    "where.access.read": ("kun læse", "read only"),
    "where.access.none": ("ingen", "none"),
    "where.size": ("Størrelse: {size}", "Size: {size}"),
    "where.backup": ("Seneste backup: {name} ({when})", "Last backup: {name} ({when})"),
    "where.no_backup": ("Seneste backup: ingen endnu", "Last backup: none yet"),
    "where.lock.free": ("Lås: fri", "Lock: free"),
    "where.lock.held": (
        "Lås: holdt af en anden proces (en ændring gemmes netop nu)",
        "Lock: held by another process (a change is being saved)",
    ),
    "where.lock.unknown": (
        "Lås: ukendt (låsefilen kan ikke åbnes)",
        "Lock: unknown (the lock file cannot be opened)",
    ),
    "where.warning": ("Advarsel: {text}", "Warning: {text}"),
    "where.warn.not_in_group": (
        "du ({user}) er ikke med i gruppen {group}, som ejer databasen; bed en "
        "administrator om: sudo usermod -aG {group} {user} (og log ind igen)",
        "you ({user}) are not in the group {group} that owns the database; ask an "
        "administrator for: sudo usermod -aG {group} {user} (and log in again)",
    ),
    "where.warn.private_beside_system": (
        "der findes også en privat database {private}; systemets indstilling peger på "
        "{system}. Den private bruges kun med --db",
        "there is also a private database {private}; the system's setting names {system}. "
        "The private one is used only with --db",
    ),
    "where.warn.system_not_used": (
        "systemets indstillinger ({setting}) nævner den fælles database {system}, men "
        "denne kørsel bruger {path}",
        "the system's settings ({setting}) name the shared database {system}, but this "
        "run uses {path}",
    ),
    # kkr setup shared
    "setup.help": (
        "opsætning (administrator): fælles database på en server",
        "set-up (administrator): a shared database on a server",
    ),
    "setup.help.shared": (
        "opret en fælles mappe og database og systemets indstilling, der peger på den",
        "create a shared folder and database, and the system setting that names it",
    ),
    "setup.description.shared": (
        "Køres én gang af en administrator. Opretter MAPPE (setgid, 2770, gruppe GRUPPE),\n"
        "databasen kkr.json i den (0660) og systemets indstillingsfil, så alle brugere\n"
        "uden --db eller $KKR_DB åbner den fælles database. Derefter: sudo usermod -aG\n"
        "GRUPPE BRUGER for hver sekretær.",
        "Run once by an administrator. Creates FOLDER (setgid, 2770, group GROUP), the\n"
        "database kkr.json in it (0660) and the system's settings file, so that every\n"
        "user without --db or $KKR_DB opens the shared database. Then: sudo usermod -aG\n"
        "GROUP USER for each secretary.",
    ),
    "setup.metavar.setup": ("OPSÆTNING", "SETUP"),
    "setup.metavar.folder": ("MAPPE", "FOLDER"),
    "setup.metavar.group": ("GRUPPE", "GROUP"),
    "setup.help.folder": (
        "den fælles mappe (ny eller tom), fx /srv/kkr",
        "the shared folder (new or empty), e.g. /srv/kkr",
    ),
    "setup.help.group": (
        "gruppen der må læse og skrive (standard: din primære gruppe)",
        "the group that may read and write (default: your primary group)",
    ),
    "setup.not_empty": (
        "mappen {folder} findes og er ikke tom; vælg en ny eller tom mappe",
        "the folder {folder} exists and is not empty; choose a new or empty folder",
    ),
    "setup.not_folder": (
        "{folder} findes og er ikke en mappe",
        "{folder} exists and is not a folder",
    ),
    "setup.no_parent": ("mappen {parent} findes ikke", "the folder {parent} does not exist"),
    "setup.unknown_group": (
        "gruppen »{group}« findes ikke (opret den først: sudo groupadd {group})",
        "the group '{group}' does not exist (create it first: sudo groupadd {group})",
    ),
    "setup.cannot_chown": (
        "du må ikke give filer til gruppen {group} (du er hverken root eller med i "
        "gruppen); kør som administrator: sudo kkr setup shared ...",
        "you may not give files to the group {group} (you are neither root nor in the "
        "group); run as an administrator: sudo kkr setup shared ...",
    ),
    "setup.config_exists": (
        "systemets indstillingsfil {setting} findes allerede og nævner {db}; fjern den "
        "først, hvis den fælles database skal flyttes",
        "the system's settings file {setting} already exists and names {db}; remove it "
        "first if the shared database is to move",
    ),
    "setup.failed": (
        "opsætningen mislykkedes: {reason}; intet er oprettet",
        "the set-up failed: {reason}; nothing was created",
    ),
    "setup.done": (
        "Oprettet: {folder} (2770, gruppe {group}), {db} (0660) og {setting}.\n"
        "Alle brugere uden --db eller $KKR_DB åbner nu {db}.\n"
        "Giv hver sekretær adgang: sudo usermod -aG {group} BRUGER (og log ind igen).\n"
        "Tjek som bruger: kkr where",
        "Created: {folder} (2770, group {group}), {db} (0660) and {setting}.\n"
        "Every user without --db or $KKR_DB now opens {db}.\n"
        "Give each secretary access: sudo usermod -aG {group} USER (and log in again).\n"
        "Check as a user: kkr where",
    ),
}
