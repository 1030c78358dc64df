"""The argument parser of `kkr`: argparse, speaking the chosen language, built with
the subcommands the command line needs (`build_parser`).

argparse writes its own words ("usage:", "options:", "show this help message and exit")
and its error messages in English through gettext, which has no Danish catalogue for
it. Rather than patch argparse's module, this parser translates them where they are
shown: the help formatter names the sections and the usage line, the -h/--help option is
added with its own text, and `error()` matches argparse's message templates (Python
3.11's msgids, below) and says the same in the catalogue's words (kkr_tui/i18n/argparse.py).
A message argparse did not write (a type function's) is shown as it is.
"""

from __future__ import annotations

import argparse
import functools
import importlib
import re
import sys
from collections.abc import Iterable, Sequence
from typing import Any, NoReturn

from kkr_tui import __version__
from kkr_tui.commands import modules_for
from kkr_tui.i18n import t

# argparse's section titles and fixed help texts, by its English msgid.
_WORDS: dict[str, str] = {
    "positional arguments": "argparse.positionals",
    "options": "argparse.options",
    "show this help message and exit": "argparse.help",
}

# argparse's error templates (msgids) and the catalogue key that says the same.
_TEMPLATES: tuple[tuple[str, str], ...] = (
    ("argument %(argument_name)s: %(message)s", "argparse.argument"),
    ("invalid choice: %(value)r (choose from %(choices)s)", "argparse.invalid_choice"),
    ("the following arguments are required: %s", "argparse.required"),
    ("unrecognized arguments: %s", "argparse.unrecognized"),
    ("expected one argument", "argparse.expected_one"),
    ("expected at most one argument", "argparse.expected_at_most_one"),
    ("expected at least one argument", "argparse.expected_at_least_one"),
    ("expected %s argument", "argparse.expected_n_one"),
    ("expected %s arguments", "argparse.expected_n"),
    ("ambiguous option: %(option)s could match %(matches)s", "argparse.ambiguous"),
    ("invalid %(type)s value: %(value)r", "argparse.invalid_value"),
    ("not allowed with argument %s", "argparse.not_allowed_with"),
    ("one of the arguments %s is required", "argparse.one_required"),
    ("ignored explicit argument %r", "argparse.ignored_explicit"),
)

_FIELD = re.compile(r"%\((\w+)\)[sr]|%[sr]")


def _pattern(template: str) -> re.Pattern[str]:
    """A regex matching what `template % values` gives, with a group per field."""
    parts: list[str] = []
    position = 0
    for field in _FIELD.finditer(template):
        parts.append(re.escape(template[position : field.start()]))
        parts.append(f"(?P<{field.group(1) or 'value'}>.+?)")
        position = field.end()
    parts.append(re.escape(template[position:]))
    return re.compile("".join(parts) + r"\Z", re.DOTALL)


@functools.cache
def _patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    # Compiled when argparse first reports an error, not by every `kkr` call (~2 ms).
    return tuple((_pattern(template), key) for template, key in _TEMPLATES)


def translate_message(message: str) -> str:
    """argparse's English `message` in the catalogue's words; other text unchanged."""
    for pattern, key in _patterns():
        found = pattern.match(message)
        if found is None:
            continue
        values = found.groupdict()
        if "message" in values:
            values["message"] = translate_message(values["message"])
        return t(key, **values)
    return message


class _Translated(argparse.HelpFormatter):
    """Section titles and the usage prefix from the catalogue."""

    def start_section(self, heading: str | None) -> None:
        if heading in _WORDS:
            heading = t(_WORDS[heading])
        super().start_section(heading)

    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None = None,
    ) -> None:
        super().add_usage(usage, actions, groups, t("argparse.usage") if prefix is None else prefix)


class TranslatedHelpFormatter(_Translated):
    """argparse's default layout (text rewrapped)."""


class TranslatedRawDescriptionFormatter(_Translated, argparse.RawDescriptionHelpFormatter):
    """Description and epilog kept as written (line breaks where the text has them)."""


class KkrArgumentParser(argparse.ArgumentParser):
    """argparse's parser in the chosen language.

    Only argparse's public interface: the help formatter is given as `formatter_class`
    (the translated one with the layout asked for: argparse's default, or
    RawDescriptionHelpFormatter's kept line breaks), -h/--help is added with the
    catalogue's text, and `error()` says argparse's messages in the catalogue's words.
    Subparsers are made of the same class (argparse's default), so they speak the same
    language.
    """

    def __init__(
        self,
        *,
        add_help: bool = True,
        formatter_class: type[argparse.HelpFormatter] = argparse.HelpFormatter,
        **kwargs: Any,
    ) -> None:
        raw = issubclass(formatter_class, argparse.RawDescriptionHelpFormatter)
        translated = TranslatedRawDescriptionFormatter if raw else TranslatedHelpFormatter
        # -h/--help added here with the catalogue's text instead of argparse's English.
        super().__init__(add_help=False, formatter_class=translated, **kwargs)
        if add_help:
            self.add_argument("-h", "--help", action="help", help=t("argparse.help"))

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        text = t("argparse.error", prog=self.prog, message=translate_message(message))
        self.exit(2, text + "\n")


def add_common_options(parser: argparse.ArgumentParser, *, on_subcommand: bool) -> None:
    """--db, --today, --lang, --demo and --debug, accepted both before and after the
    subcommand.

    On a subcommand the defaults are SUPPRESS so an option given before the
    subcommand is not overwritten by the subparser's default.
    """
    default = argparse.SUPPRESS if on_subcommand else None
    flag_default = argparse.SUPPRESS if on_subcommand else False
    parser.add_argument("--db", metavar=t("help.metavar.path"), default=default, help=t("help.db"))
    parser.add_argument(
        "--today", metavar=t("help.metavar.day"), default=default, help=t("help.today")
    )
    parser.add_argument("--lang", choices=("da", "en"), default=default, help=t("help.lang"))
    parser.add_argument(
        "--demo", action="store_true", default=flag_default, help=t("shell.help.demo")
    )
    parser.add_argument(
        "--debug", action="store_true", default=flag_default, help=t("shell.help.debug")
    )


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The `kkr` parser. Given `argv`, only the subcommands it needs are registered
    (their modules imported): none for the app, the modules of the command it names
    (kkr_tui.commands.COMMANDS), every one when it names none or one argparse does not
    know (help, a typo: the answer lists them all). Without `argv`, every one."""
    parser = KkrArgumentParser(
        prog="kkr",
        description=t("help.kkr.description"),
        epilog=t("help.kkr.epilog"),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--version", action="version", version=f"kkr {__version__}", help=t("argparse.version")
    )
    add_common_options(parser, on_subcommand=False)
    subparsers = parser.add_subparsers(dest="command", metavar=t("help.metavar.command"))

    def common(sub: argparse.ArgumentParser) -> None:
        add_common_options(sub, on_subcommand=True)

    if argv is None:
        modules = modules_for(None)
    elif opens_the_app(argv):
        modules = ()
    else:
        modules = modules_for(requested_command(argv))
    for module_name in modules:
        importlib.import_module(module_name).register(subparsers, common)
    return parser


# Options of the main parser that take a value: the token after them is not a command.
_VALUE_OPTIONS = ("--db", "--today", "--lang")
_VALUE_PREFIXES = tuple(f"{option}=" for option in _VALUE_OPTIONS)
_FLAG_OPTIONS = ("--demo", "--debug")


def requested_command(argv: Sequence[str]) -> str | None:
    """The subcommand `argv` names (its first positional token), if only kkr's own
    options come before it. Anything else before it (-h, --version, an abbreviated
    or unknown option) may need every command to answer: None."""
    tokens = iter(argv)
    for token in tokens:
        if token in _VALUE_OPTIONS:
            if next(tokens, None) is None:
                return None
        elif token == "--":
            return next(tokens, None)
        elif not token.startswith("-"):
            return token
        elif token not in _FLAG_OPTIONS and not token.startswith(_VALUE_PREFIXES):
            return None
    return None


def opens_the_app(argv: Sequence[str]) -> bool:
    """True if `argv` holds only the options of `kkr` without a subcommand (no help,
    no typo, nothing argparse would need the subcommands to answer)."""
    tokens = iter(argv)
    for token in tokens:
        if token in _VALUE_OPTIONS:
            if next(tokens, None) is None:
                return False
        elif token not in _FLAG_OPTIONS and not token.startswith(_VALUE_PREFIXES):
            return False
    return True
