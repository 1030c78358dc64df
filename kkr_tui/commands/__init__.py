"""Shell subcommands of `kkr`. Each module here defines `register(subparsers, common)`.

Modules stay cheap to import (argparse only at the top; the real work imports inside
the handler): `kkr --help` and every subcommand but those in ALONE_COMMANDS register
them all. The app registers none, and `kkr status` only its own (the import budget,
stated once in kkr_tui/cli.py).
"""

COMMAND_MODULES: tuple[str, ...] = (
    "kkr_tui.commands.meetings",
    "kkr_tui.commands.export",
    "kkr_tui.commands.import_contacts",
    "kkr_tui.commands.backup",
    "kkr_tui.commands.members",
    "kkr_tui.commands.status",
    "kkr_tui.commands.agenda",
    "kkr_tui.commands.serve",
    "kkr_tui.commands.dispatch",
    "kkr_tui.commands.remind",
    "kkr_tui.commands.attendance",
    "kkr_tui.commands.attachments",
    "kkr_tui.commands.demo",
    "kkr_tui.commands.shell",
    "kkr_tui.commands.setup",
    "kkr_tui.commands.import_ics",
    "kkr_tui.commands.appointments",
    "kkr_tui.commands.settings",
)

# Commands with a start-up budget, registered alone when invoked (BENCHMARKS.md): the
# other commands' registration costs `kkr status` ~4 ms. The module must register
# exactly that one top-level command and nothing under another's name.
ALONE_COMMANDS: dict[str, str] = {"status": "kkr_tui.commands.status"}
