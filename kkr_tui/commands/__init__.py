"""Shell subcommands of `kkr`. Each module here defines `register(subparsers, common)`.

Modules must stay cheap to import (argparse only at the top; the real work imports
inside the handler), because every `kkr` call registers them all and `kkr status`
has a start-up budget.
"""

COMMAND_MODULES: tuple[str, ...] = (
    "kkr_tui.commands.meetings",
    "kkr_tui.commands.export",
    "kkr_tui.commands.import_contacts",
    "kkr_tui.commands.backup",
    "kkr_tui.commands.agenda",
)
