"""Texts of the shell conventions: options every command takes, internal errors,
`kkr completion`, `kkr man` and `kkr demo`."""

TEXTS: dict[str, tuple[str, str]] = {
    "shell.help.demo": (
        "brug en frisk midlertidig kopi af demodatabasen (fiktive data); intet gemmes",
        "use a fresh temporary copy of the demo database (fictional data); nothing is kept",
    ),
    "shell.help.debug": (
        "vis hele fejlsporet ved en intern fejl",
        "print the full traceback of an internal error",
    ),
    "shell.demo_and_db": (
        "--demo og --db kan ikke bruges sammen (--demo bruger en midlertidig demodatabase)",
        "--demo and --db cannot be used together (--demo uses a temporary demo database)",
    ),
    "shell.no_terminal": (
        "programmet skal køre i en terminal. Til scripts og cron: kkr status "
        "(kkr --help viser alle kommandoer)",
        "the app needs a terminal. For scripts and cron: kkr status "
        "(kkr --help lists every command)",
    ),
    "shell.internal_error": (
        "intern fejl ({error}); detaljerne er skrevet i {log} (kør igen med --debug for at se dem)",
        "internal error ({error}); the details are written to {log} (run again with "
        "--debug to see them)",
    ),
    "shell.help.completion": (
        "skriv et script til tab-fuldførelse i bash eller zsh",
        "print a tab-completion script for bash or zsh",
    ),
    "shell.description.completion": (
        "Tab-fuldførelse af kommandoer og tilvalg, lavet ud fra kkr's egne tilvalg.\n"
        "bash:  kkr completion bash > ~/.local/share/bash-completion/completions/kkr\n"
        "zsh:   kkr completion zsh > ~/.zfunc/_kkr  (med fpath+=~/.zfunc i ~/.zshrc)",
        "Tab completion of commands and options, made from kkr's own options.\n"
        "bash:  kkr completion bash > ~/.local/share/bash-completion/completions/kkr\n"
        "zsh:   kkr completion zsh > ~/.zfunc/_kkr  (with fpath+=~/.zfunc in ~/.zshrc)",
    ),
    "shell.help.shell": ("skallen: bash eller zsh", "the shell: bash or zsh"),
    "shell.help.man": (
        "skriv manualsiden (man kkr) i roff-format",
        "print the manual page (man kkr) as roff",
    ),
    "shell.description.man": (
        "Manualsiden, lavet ud fra hver kommandos --help.\n"
        "Installér: kkr man > ~/.local/share/man/man1/kkr.1  (eller\n"
        "/usr/local/share/man/man1/kkr.1 for alle brugere), derefter: man kkr",
        "The manual page, made from every command's --help.\n"
        "Install: kkr man > ~/.local/share/man/man1/kkr.1  (or\n"
        "/usr/local/share/man/man1/kkr.1 for every user), then: man kkr",
    ),
    # The man page's standard sections, as Danish man pages name them (manpages-l10n).
    "shell.man.name": ("NAVN", "NAME"),
    "shell.man.synopsis": ("SYNOPSIS", "SYNOPSIS"),
    "shell.man.description": ("BESKRIVELSE", "DESCRIPTION"),
    "shell.man.exit_status": ("AFSLUTNINGSKODER", "EXIT STATUS"),
    "shell.man.exit_codes": (
        "0  i orden\n"
        "1  kkr status: mindst én frist er overskredet\n"
        "2  brugs- eller datafejl (meddelelsen nævner værdien eller filen)\n"
        "3  intern fejl (fejlsporet står i kkr-error.log i brugerens tilstandsmappe)",
        "0  fine\n"
        "1  kkr status: something is overdue\n"
        "2  usage or data error (the message names the value or the file)\n"
        "3  internal error (the traceback is in kkr-error.log in the user's state folder)",
    ),
    "shell.man.files": ("FILER", "FILES"),
    "shell.man.files_text": (
        "~/.local/share/kkr_tui/kkr.json      standarddatabasen\n"
        "~/.config/kkr_tui/config.json        brugerens indstillinger\n"
        "/etc/xdg/kkr_tui/config.toml         systemets indstillinger (kkr setup shared)\n"
        "~/.local/state/kkr_tui/kkr-error.log interne fejl",
        "~/.local/share/kkr_tui/kkr.json      the default database\n"
        "~/.config/kkr_tui/config.json        the user's settings\n"
        "/etc/xdg/kkr_tui/config.toml         the system's settings (kkr setup shared)\n"
        "~/.local/state/kkr_tui/kkr-error.log internal errors",
    ),
    "shell.help.demo_command": (
        "skriv demodatabasen til en fil (til at prøve kommandoerne)",
        "write the demo database to a file (to try the commands on)",
    ),
    "shell.description.demo": (
        "Skriv demodatabasen (fiktive personer, året 2026 for alle fem råd) til en ny fil.",
        "Write the demo database (fictional people, the year 2026 for all five councils) "
        "to a new file.",
    ),
    "shell.metavar.path": ("STI", "PATH"),
    "shell.help.demo_path": ("den nye fil", "the new file"),
    "shell.demo.exists": (
        "{path} findes allerede; vælg et nyt filnavn",
        "{path} already exists; choose a new file name",
    ),
    "shell.demo.no_folder": ("mappen {folder} findes ikke", "the folder {folder} does not exist"),
    "shell.demo.written": (
        "Demodatabasen er skrevet til {path}. Prøv: kkr status --db {path} --today {today}",
        "The demo database is written to {path}. Try: kkr status --db {path} --today {today}",
    ),
    # A database named (--db, KKR_DB, a settings file) in a folder that does not exist:
    # most often a typing error, so the app asks and a command says so before creating.
    "shell.new_folder.ask": (
        "Mappen {folder} findes ikke.\nOpret den og en ny, tom database {path}? [j/N] ",
        "The folder {folder} does not exist.\nCreate it and a new, empty database {path}? [y/N] ",
    ),
    "shell.new_folder.yes": ("j,ja,y,yes", "y,yes"),
    "shell.new_folder.refused": (
        "intet oprettet; tjek stien til databasen (--db, KKR_DB eller kkr where)",
        "nothing created; check the database's path (--db, KKR_DB or kkr where)",
    ),
    "shell.new_folder.creating": (
        "mappen {folder} findes ikke; opretter den og en ny database {path}",
        "the folder {folder} does not exist; creating it and a new database {path}",
    ),
}
