"""Texts of where the mail goes: `kkr settings smtp`, `kkr where`, the dispatch dialog."""

TEXTS: dict[str, tuple[str, str]] = {
    "mail.route.environment": ("sat med {var}", "set by {var}"),
    "mail.route.database": (
        "databasens indstilling, kkr settings smtp",
        "the database's setting, kkr settings smtp",
    ),
    "mail.route.outbox": (
        "udbakke: ingen SMTP-server er angivet",
        "outbox: no SMTP server is set",
    ),
    "mail.route.setting_var": (
        "databasens indstilling smtp (kkr settings smtp)",
        "the database's setting smtp (kkr settings smtp)",
    ),
    # --- kkr settings ---
    "settings.help": (
        "vis eller ændr databasens indstillinger (fx SMTP-serveren)",
        "show or change the database's settings (e.g. the SMTP server)",
    ),
    "settings.metavar.setting": ("INDSTILLING", "SETTING"),
    "settings.help.smtp": (
        "SMTP-serveren, posten sendes gennem, når KKR_SMTP_URL ikke er sat",
        "the SMTP server mail goes through when KKR_SMTP_URL is not set",
    ),
    "settings.description.smtp": (
        "Uden URL: vis den gemte server, og hvilken server posten faktisk sendes\n"
        "gennem og hvorfor. Med URL: gem den (kontrolleres først). --clear: fjern den.\n"
        "\n"
        "  smtp://bruger@mail.eksempel.dk:587   STARTTLS (krævet)\n"
        "  smtps://bruger@mail.eksempel.dk:465  TLS fra første byte\n"
        "  smtp+insecure://127.0.0.1:1025       ukrypteret, kun til 127.0.0.1\n"
        "\n"
        "Adgangskoden gemmes aldrig i databasen: den læses ved afsendelsen fra\n"
        "KKR_SMTP_PASSWORD eller filen i KKR_SMTP_PASSWORD_FILE. KKR_SMTP_URL går\n"
        "forud for databasens indstilling.",
        "Without URL: show the stored server, and which server mail really goes\n"
        "through and why. With URL: store it (checked first). --clear: remove it.\n"
        "\n"
        "  smtp://user@mail.example.dk:587   STARTTLS (required)\n"
        "  smtps://user@mail.example.dk:465  TLS from the first byte\n"
        "  smtp+insecure://127.0.0.1:1025    unencrypted, only to 127.0.0.1\n"
        "\n"
        "The password is never stored in the database: it is read when sending from\n"
        "KKR_SMTP_PASSWORD or the file named by KKR_SMTP_PASSWORD_FILE. KKR_SMTP_URL\n"
        "wins over the database's setting.",
    ),
    "settings.help.url": (
        "fx smtp://bruger@mail.eksempel.dk:587",
        "e.g. smtp://user@mail.example.dk:587",
    ),
    "settings.help.clear": (
        "fjern SMTP-serveren (posten går så i udbakken)",
        "remove the SMTP server (mail then goes to the outbox)",
    ),
    "settings.url_and_clear": (
        "giv enten en URL eller --clear, ikke begge",
        "give either a URL or --clear, not both",
    ),
    "settings.smtp.stored": (
        "SMTP-server i databasen: {url}",
        "SMTP server in the database: {url}",
    ),
    "settings.smtp.none": ("ingen", "none"),
    "settings.smtp.route": ("Posten sendes via: {where}", "Mail goes through: {where}"),
    "settings.smtp.overridden": (
        "KKR_SMTP_URL er sat og går forud for databasens indstilling",
        "KKR_SMTP_URL is set and wins over the database's setting",
    ),
    "settings.smtp.saved": (
        "Gemt: posten sendes via {server}, når KKR_SMTP_URL ikke er sat.",
        "Stored: mail goes through {server} when KKR_SMTP_URL is not set.",
    ),
    "settings.smtp.password_hint": (
        "Adgangskoden til {user} læses ved afsendelsen fra KKR_SMTP_PASSWORD eller "
        "KKR_SMTP_PASSWORD_FILE (den gemmes aldrig i databasen).",
        "The password for {user} is read when sending from KKR_SMTP_PASSWORD or "
        "KKR_SMTP_PASSWORD_FILE (it is never stored in the database).",
    ),
    "settings.smtp.cleared": (
        "SMTP-serveren er fjernet fra databasen; posten går i udbakken {outbox}.",
        "The SMTP server is removed from the database; mail goes to the outbox {outbox}.",
    ),
    "settings.smtp.was_none": (
        "Der var ingen SMTP-server i databasen.",
        "There was no SMTP server in the database.",
    ),
    # --- kkr where ---
    "where.mail": ("E-mail: {where}", "E-mail: {where}"),
    "where.mail.error": ("E-mail: {error}", "E-mail: {error}"),
}
