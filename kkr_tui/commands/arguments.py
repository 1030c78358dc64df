"""What the command modules share to declare their arguments: the `common` callback
each `register(subparsers, common)` gets, the `kkr import` parser that several modules
add a kind to, and argument types (argparse `type=` functions)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from kkr_tui.commands.context import CommandError, Context
from kkr_tui.i18n import msg, t

# Adds --db, --today, --lang, --demo and --debug to a subcommand's parser.
Common = Callable[[argparse.ArgumentParser], None]
# The attribute on the `import` parser that holds its kinds, so another command module
# can add `kkr import <kind>` through `import_kinds` without a second `import` parser.
_KINDS_ATTR = "kkr_import_kinds"


def import_kinds(subparsers: Any, common: Common) -> Any:
    """The sub-commands of `kkr import`, created on first use."""
    parser = subparsers.choices.get("import")
    if parser is None:
        parser = subparsers.add_parser(
            "import", help=t("help.import"), description=t("help.import.description")
        )
        common(parser)
        kinds = parser.add_subparsers(dest="import_kind", metavar=t("help.metavar.type"))
        setattr(parser, _KINDS_ATTR, kinds)
        parser.set_defaults(run=_import_usage(parser))
    return getattr(parser, _KINDS_ATTR)


def _import_usage(parser: argparse.ArgumentParser) -> Callable[[Context, argparse.Namespace], int]:
    def run(context: Context, args: argparse.Namespace) -> int:
        parser.print_usage()
        raise CommandError(t("help.import.which"))

    return run


def days(text: str) -> int:
    """A number of working days: a whole number, 0 or more."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(msg("error.days.not_integer", text=text)) from None
    if value < 0:
        raise argparse.ArgumentTypeError(msg("error.days.negative", text=text))
    return value
