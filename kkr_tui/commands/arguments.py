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
        parser = add_command(subparsers, "import", "help.import", "help.import.description")
        common(parser)
        kinds = parser.add_subparsers(dest="import_kind", metavar=t("help.metavar.type"))
        setattr(parser, _KINDS_ATTR, kinds)
        parser.set_defaults(run=usage_then_fail(parser, "help.import.which"))
    return getattr(parser, _KINDS_ATTR)


def add_command(
    subparsers: Any,
    name: str,
    help_key: str,
    description_key: str | None = None,
    *,
    epilog_key: str | None = None,
    raw: bool = False,
) -> argparse.ArgumentParser:
    """The parser of one (sub)command, its texts from the catalogue: the line in the
    list of commands, the description its own --help opens with (that same line when
    there is no longer one) and an optional epilog. `raw`: the description and epilog
    keep the catalogue's line breaks (argparse's RawDescriptionHelpFormatter)."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        name,
        help=t(help_key),
        description=t(description_key or help_key),
        epilog=t(epilog_key) if epilog_key else None,
        formatter_class=argparse.RawDescriptionHelpFormatter if raw else argparse.HelpFormatter,
    )
    return parser


def add_meeting_id(parser: argparse.ArgumentParser) -> None:
    """The MEETING_ID argument of the commands about one meeting."""
    parser.add_argument(
        "meeting_id",
        type=whole_number,
        metavar=t("help.metavar.meeting_id"),
        help=t("help.meeting_id"),
    )


def add_import_file(parser: argparse.ArgumentParser, file_help_key: str) -> None:
    """The FILE.csv argument and --dry-run of a CSV import (`kkr import <kind>`)."""
    parser.add_argument("file", metavar=t("help.metavar.csv"), help=t(file_help_key))
    parser.add_argument("--dry-run", action="store_true", help=t("help.dry_run"))


def add_council_option(parser: argparse.ArgumentParser) -> None:
    """--council, repeatable: the councils a listing or an export is limited to."""
    parser.add_argument(
        "--council",
        metavar=t("help.metavar.council"),
        action="append",
        default=[],
        help=t("help.council_repeat"),
    )


def usage_then_fail(
    parser: argparse.ArgumentParser, key: str
) -> Callable[[Context, argparse.Namespace], int]:
    """The `run` of a command given without its kind (`kkr import`, `kkr export`): its
    usage, then what is missing, exit 2."""

    def run(context: Context, args: argparse.Namespace) -> int:
        parser.print_usage()
        raise CommandError(t(key))

    return run


def choices_metavar(choices: tuple[str, ...]) -> str:
    """The metavar of a positional argument with `choices`: "{a,b}", as argparse shows
    them in the usage line. Without a metavar argparse names the argument in its errors
    by its dest, an English identifier ("the following arguments are required: kind")."""
    return "{" + ",".join(choices) + "}"


def whole_number(text: str) -> int:
    """A whole number (argparse's `type=int` would say "invalid int value" in English)."""
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(msg("error.not_integer", text=text)) from None


def days(text: str) -> int:
    """A number of working days: a whole number, 0 or more."""
    value = whole_number(text)
    if value < 0:
        raise argparse.ArgumentTypeError(msg("error.days.negative", text=text))
    return value
