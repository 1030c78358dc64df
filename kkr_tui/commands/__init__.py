"""Shell subcommands of `kkr`. Each module here defines `register(subparsers, common)`.

`kkr` imports only the modules that register the command it is asked for (see
`modules_for`; the import budget that makes this matter is stated once, in
kkr_tui/cli.py), so each module imports what it needs at its top.
"""

# Every command module, in the order `kkr --help` lists their commands, with the
# top-level commands each registers (tests/unit/test_cli.py checks this table against
# what each module registers). `kkr import <kind>` is added by several modules.
COMMANDS: dict[str, tuple[str, ...]] = {
    "kkr_tui.commands.meetings": ("import", "meetings"),
    "kkr_tui.commands.export": ("export",),
    "kkr_tui.commands.import_contacts": ("import",),
    "kkr_tui.commands.backup": ("backup",),
    "kkr_tui.commands.members": ("import",),
    "kkr_tui.commands.status": ("status",),
    "kkr_tui.commands.agenda": ("agenda",),
    "kkr_tui.commands.serve": ("serve",),
    "kkr_tui.commands.dispatch": ("dispatch",),
    "kkr_tui.commands.remind": ("remind",),
    "kkr_tui.commands.attendance": ("attendance",),
    "kkr_tui.commands.attachments": ("attach", "attachments"),
    "kkr_tui.commands.demo": ("demo",),
    "kkr_tui.commands.manpage": ("completion", "man"),
    "kkr_tui.commands.setup": ("setup", "where"),
    "kkr_tui.commands.import_ics": ("import",),
    "kkr_tui.commands.appointments": ("import", "appointments"),
    "kkr_tui.commands.settings": ("settings",),
}


def modules_for(command: str | None) -> tuple[str, ...]:
    """The modules that register `command`, in their order; every module when no
    command is known (`kkr --help`, a typo: argparse lists them all)."""
    named = tuple(module for module, commands in COMMANDS.items() if command in commands)
    return named or tuple(COMMANDS)
