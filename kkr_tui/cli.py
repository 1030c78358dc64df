"""The `kkr` command: the TUI by default, subcommands for the shell and cron.

Imports are kept lazy: `kkr status` must not pay for Textual, and `kkr --version`
should answer at once.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, cast

from kkr_tui import __version__
from kkr_tui.commands import ALONE_COMMANDS, COMMAND_MODULES
from kkr_tui.commands.context import EXIT_ERROR, CommandError, Context

if TYPE_CHECKING:
    from kkr_tui.domain.clock import Clock
    from kkr_tui.store import Store
    from kkr_tui.ui.first_screen import FirstScreenReader

DESCRIPTION = "KKR: mødeplanlægning og dagsordensstatus for de fem kommunekontaktråd."
EPILOG = """\
Uden underkommando åbnes programmet (TUI).
Database: --db, ellers $KKR_DB, ellers brugerens eller systemets indstilling,
ellers kkr.json i brugerens datamappe (kkr where viser hvilken og hvorfor).
Dato: --today ÅÅÅÅ-MM-DD eller $KKR_TODAY (ellers dagens dato i Europe/Copenhagen).
Sprog: --lang da|en eller $KKR_LANG.
"""


def add_common_options(parser: argparse.ArgumentParser, *, on_subcommand: bool) -> None:
    """--db, --today, --lang, --demo and --debug, accepted both before and after the
    subcommand.

    On a subcommand the defaults are SUPPRESS so an option given before the
    subcommand is not overwritten by the subparser's default.
    """
    from kkr_tui.i18n import t

    default = argparse.SUPPRESS if on_subcommand else None
    flag_default = argparse.SUPPRESS if on_subcommand else False
    parser.add_argument("--db", metavar="STI", default=default, help="databasefil (JSON)")
    parser.add_argument(
        "--today", metavar="ÅÅÅÅ-MM-DD", default=default, help="regn som om det er denne dag"
    )
    parser.add_argument(
        "--lang", choices=("da", "en"), default=default, help="sprog: da (standard) eller en"
    )
    parser.add_argument(
        "--demo", action="store_true", default=flag_default, help=t("shell.help.demo")
    )
    parser.add_argument(
        "--debug", action="store_true", default=flag_default, help=t("shell.help.debug")
    )


class KkrArgumentParser(argparse.ArgumentParser):
    """argparse's parser, measuring the terminal without importing shutil.

    argparse builds a help formatter for every add_argument (to check metavars), and
    the formatter imports shutil (with its compression modules) for the terminal
    width: ~3 ms that `kkr status` would pay on every run (BENCHMARKS.md). Subparsers
    are made of the same class (argparse's default)."""

    def _get_formatter(self) -> argparse.HelpFormatter:
        make = cast("type[argparse.HelpFormatter]", self.formatter_class)
        return make(prog=self.prog, width=_terminal_columns() - 2)


def _terminal_columns() -> int:
    """What shutil.get_terminal_size() gives: $COLUMNS, else the terminal, else 80."""
    import os

    try:
        columns = int(os.environ.get("COLUMNS", "0"))
    except ValueError:
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns or 80


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The `kkr` parser with every subcommand; given `argv` naming a command with a
    start-up budget (ALONE_COMMANDS), only that command is registered, and given
    `argv` that opens the app (only the app's own options), none is."""
    parser = KkrArgumentParser(
        prog="kkr",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"kkr {__version__}")
    add_common_options(parser, on_subcommand=False)
    subparsers = parser.add_subparsers(dest="command", metavar="KOMMANDO")

    def common(sub: argparse.ArgumentParser) -> None:
        add_common_options(sub, on_subcommand=True)

    requested = requested_command(argv) if argv is not None else None
    modules: Sequence[str] = COMMAND_MODULES
    if requested in ALONE_COMMANDS:
        modules = (ALONE_COMMANDS[requested],)
    elif argv is not None and opens_the_app(argv):
        modules = ()  # nothing to parse but the app's options: ~8 ms of its first paint
    for module_name in modules:
        importlib.import_module(module_name).register(subparsers, common)
    return parser


# Options of the main parser that take a value: the token after them is not a command.
_VALUE_OPTIONS = ("--db", "--today", "--lang")
_FLAG_OPTIONS = ("--demo", "--debug")


def requested_command(argv: Sequence[str]) -> str | None:
    """The subcommand `argv` names (its first positional token), if any."""
    tokens = iter(argv)
    for token in tokens:
        if token in _VALUE_OPTIONS:
            next(tokens, None)
        elif token == "--":
            return next(tokens, None)
        elif not token.startswith("-"):
            return token
    return None


def opens_the_app(argv: Sequence[str]) -> bool:
    """True if `argv` holds only the options of `kkr` without a subcommand (no help,
    no typo, nothing argparse would need the subcommands to answer)."""
    tokens = iter(argv)
    for token in tokens:
        if token in _VALUE_OPTIONS:
            if next(tokens, None) is None:
                return False
        elif token not in _FLAG_OPTIONS and not token.startswith(
            tuple(f"{o}=" for o in _VALUE_OPTIONS)
        ):
            return False
    return True


def make_context(
    args: argparse.Namespace, demo_folder: Path | None = None, *, warn: bool = False
) -> Context:
    """The context the options ask for. Given `demo_folder` and --demo, a fresh demo
    database is built there and used (as of the demo's day, unless --today says).
    `warn`: print on stderr why a settings file naming the database was ignored."""
    from kkr_tui.domain.clock import Clock, clock_from
    from kkr_tui.i18n import language_from, set_language, t
    from kkr_tui.store.paths import choose_db

    lang = language_from(getattr(args, "lang", None))
    try:
        set_language(lang)
    except ValueError as exc:
        raise CommandError(f"KKR_LANG: {exc}") from None
    clock = clock_from(getattr(args, "today", None))
    if demo_folder is not None and getattr(args, "demo", False):
        if getattr(args, "db", None):
            raise CommandError(t("shell.demo_and_db"))
        from kkr_tui.store.demo import DEMO_TODAY, build_demo

        db_path = demo_folder / "demo.json"
        build_demo(db_path)
        return Context(db_path, clock if clock.is_fixed else Clock(DEMO_TODAY), lang)
    choice = choose_db(getattr(args, "db", None))
    if warn:
        from kkr_tui.domain.text import printable

        for warning in choice.warnings:
            print(f"kkr: {printable(warning)}", file=sys.stderr)
    return Context(db_path=choice.path, clock=clock, lang=lang)


def main(argv: Sequence[str] | None = None) -> int:
    """`kkr`: exit 0/1 as each command says, 2 for bad input, 3 for an internal error
    (one line on stderr, the traceback in a log file; --debug prints it instead)."""
    from kkr_tui.commands.shell import tolerant_output

    given = list(sys.argv[1:] if argv is None else argv)
    tolerant_output()
    try:
        return _main(given)
    except Exception as exc:  # the last resort: never a bare traceback, never exit 1
        from kkr_tui.commands.shell import report_internal_error

        return report_internal_error(exc, debug="--debug" in given)


def _main(given: list[str]) -> int:
    reader = None
    if opens_the_app(given):
        from kkr_tui.ui import collector
        from kkr_tui.ui.first_screen import FirstScreenReader

        collector.pause()  # until the first screen is drawn (see kkr_tui.ui.collector)
        reader = FirstScreenReader.start(given)  # first thing: see its docstring
    parser = build_parser(given)
    args = parser.parse_args(given)
    handler = getattr(args, "run", None)
    if handler is None and reader is not None:
        started = run_app_from_first_screen(args, reader)
        if started is not None:
            return started
    from kkr_tui.domain.clock import ClockError
    from kkr_tui.store.errors import StoreError

    try:
        if handler is None:
            context = make_context(args, warn=True)
            from kkr_tui.commands.shell import require_terminal

            require_terminal(context)
            return run_app(context, demo=args.demo, today_given=context.clock.is_fixed)
        archive = sys.modules.get("kkr_tui.store.archive")
        getattr(archive, "DAMAGE_MET", {}).clear()  # this command's own (tests run many)
        if not args.demo or getattr(args, "own_demo", False):
            code = int(handler(make_context(args, warn=True), args))
            return _report_damaged_archive(code)
        import tempfile

        with tempfile.TemporaryDirectory(prefix="kkr-demo-") as folder:
            return int(handler(make_context(args, Path(folder)), args))
    except (CommandError, ClockError, StoreError) as exc:
        # A StoreError names the file; one a command did not catch is still a data
        # error (exit 2), never a traceback in a cron mail. Messages quote paths and
        # values the user typed: never let them drive the terminal.
        from kkr_tui.domain.text import printable

        print(f"kkr: {printable(str(exc), single_line=False)}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        # `kkr meetings | head` closes the pipe early; that is not an error.
        sys.stderr.close()
        return 0
    except OSError as exc:
        # A write the store could not finish (disk full, no permission): the store names
        # the file and the old one is intact. One line, exit 2, as for bad input.
        if exc.filename is None:
            raise
        from kkr_tui.domain.text import printable

        print(f"kkr: {printable(str(exc.filename))}: {exc.strerror}", file=sys.stderr)
        return EXIT_ERROR


def _report_damaged_archive(code: int) -> int:
    """An archive year that could not be read was left out of the output: say which,
    and how to restore it, and exit 2 (the rest was shown)."""
    archive = sys.modules.get("kkr_tui.store.archive")
    met = getattr(archive, "DAMAGE_MET", None)
    if not met:
        return code
    from kkr_tui.domain.text import printable

    for error in met.values():
        print(f"kkr: {printable(str(error))}", file=sys.stderr)
    return EXIT_ERROR


def run_app_from_first_screen(args: argparse.Namespace, reader: FirstScreenReader) -> int | None:
    """Start the app with its first screen read by the forked child `reader` meanwhile
    (see kkr_tui.ui.first_screen); None if the child failed (or the language is not
    known): then `run_app` starts it the ordinary way and reports any error."""
    from kkr_tui.i18n import language_from, set_language

    try:
        set_language(language_from(getattr(args, "lang", None)))
    except ValueError:
        reader.result()  # not needed, but not left behind
        return None
    from kkr_tui.ui.app import KkrApp  # Textual and the UI, while the child reads

    first = reader.result()
    if first is None:
        return None

    def open_data() -> tuple[Store, Clock]:
        from kkr_tui.domain.clock import ClockError

        try:
            context = make_context(args)
        except ClockError as exc:
            raise CommandError(str(exc)) from None
        return open_app_store(context.db_path), context.clock

    app = KkrApp(None, None, opener=open_data, first_screen=first)
    app.run()
    return app_exit_code(app.return_code)


def open_app_store(db_path: Path) -> Store:
    """The database as the app opens it: created if missing, its records checked after
    the first screen (see KkrApp._check_every_record); a StoreError as CommandError."""
    from kkr_tui.store import StoreError, open_store

    try:
        return open_store(db_path, create=True, validate_all=False)
    except StoreError as exc:
        raise CommandError(str(exc)) from None


def run_app(context: Context, *, demo: bool, today_given: bool) -> int:
    import tempfile

    from kkr_tui.ui import collector

    collector.pause()  # until the first screen is drawn (see kkr_tui.ui.collector)
    from kkr_tui.domain.clock import Clock

    if demo:
        from kkr_tui.store.demo import DEMO_TODAY, build_demo

        folder = tempfile.TemporaryDirectory(prefix="kkr-demo-")
        db_path = Path(folder.name) / "demo.json"
        build_demo(db_path)
        clock = context.clock if today_given else Clock(DEMO_TODAY)
    else:
        folder = None
        db_path = context.db_path
        clock = context.clock
    store = open_app_store(db_path)
    from kkr_tui.ui.app import make_app

    app = make_app(store, clock.fixed, demo=demo)
    app.run()
    if folder is not None:
        folder.cleanup()
    return app_exit_code(app.return_code)


def app_exit_code(return_code: int | None) -> int:
    """Textual ends with 1 on an exception it caught (and prints); 1 means "overdue"
    to `kkr status` users, so an internal error is 3 here as everywhere."""
    from kkr_tui.commands.shell import EXIT_INTERNAL

    return EXIT_INTERNAL if return_code == 1 else return_code or 0


if __name__ == "__main__":
    sys.exit(main())
