"""The `kkr` command: the TUI by default, subcommands for the shell and cron.

Imports sit at the top of each module. The exceptions, stated here once:

- The start-up budgets (BENCHMARKS.md). `kkr status` (2.0x `python -c "import
  pendulum, tinydb"`) imports only what a status report needs: never Textual, holidays,
  filelock or tempfile (tests/unit/test_status.py,
  `test_status_path_imports_no_textual_and_no_holidays`). So `kkr` imports only the
  modules of the command asked for (cli_parser.build_parser, commands.COMMANDS), and a
  module on the status path imports what only another path needs inside the function
  that needs it: here the app, the demo database and tempfile; the error log's
  platformdirs and traceback (commands/shell.py); in the store platformdirs, tomllib,
  filelock, tempfile, the writers' modules (transaction with TinyDB, seed, backups,
  changes: store/database.py) and the fora (Snapshot.fora; the tables are named by
  class name, store/records.py, so reading one kind imports no other); difflib for a
  name not found and the holidays package for a year not cached (domain/). Likewise
  the app's first paint and key presses do not wait for what a screen imports only
  when used: the export formats (fpdf2, python-docx: exports/documents.py) and the
  mail modules.
- The optional extra [serve] (commands/serve.py): `kkr` works without it.
"""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from kkr_tui.cli_parser import build_parser
from kkr_tui.commands.context import EXIT_ERROR, CommandError, Context
from kkr_tui.commands.shell import (
    EXIT_INTERNAL,
    report_internal_error,
    require_terminal,
    tolerant_output,
)
from kkr_tui.domain.clock import Clock, ClockError, clock_from
from kkr_tui.domain.text import printable
from kkr_tui.i18n import language_from, os_reason, set_language, t
from kkr_tui.store.errors import StoreError
from kkr_tui.store.paths import DEFAULT, choose_db

# A subcommand's handler: what `register` puts in `args.run`.
Handler = Callable[[Context, argparse.Namespace], int]


def language_in(argv: Sequence[str]) -> str | None:
    """The --lang given in `argv` (before or after the subcommand; the last one wins, as
    in argparse), if any."""
    found = None
    tokens = iter(argv)
    for token in tokens:
        if token == "--":
            break
        if token == "--lang":
            found = next(tokens, None)
        elif token.startswith("--lang="):
            found = token.partition("=")[2]
    return found


def speak_the_language_of(argv: Sequence[str]) -> None:
    """Set the language before the parser is built: its help texts are read then.

    An unknown language is left for later (argparse refuses --lang xx in its words;
    make_context reports a bad KKR_LANG), meanwhile Danish.
    """
    try:
        set_language(language_from(language_in(argv)))
    except ValueError:
        set_language("da")


def make_context(
    args: argparse.Namespace, demo_folder: Path | None = None, *, warn: bool = False
) -> Context:
    """The context the options ask for. Given `demo_folder` and --demo, a fresh demo
    database is built there and used (as of the demo's day, unless --today says).
    `warn`: print on stderr why a settings file naming the database was ignored."""
    lang = language_from(getattr(args, "lang", None))
    try:
        set_language(lang)
    except ValueError as exc:
        raise CommandError(f"KKR_LANG: {exc}") from None
    clock = clock_from(getattr(args, "today", None))
    if demo_folder is not None and getattr(args, "demo", False):
        if getattr(args, "db", None):
            raise CommandError(t("shell.demo_and_db"))
        from kkr_tui.store.demo import DEMO_TODAY, build_demo  # the budget (module docstring)

        db_path = demo_folder / "demo.json"
        build_demo(db_path)
        return Context(db_path, clock if clock.is_fixed else Clock(DEMO_TODAY), lang)
    choice = choose_db(getattr(args, "db", None))
    if warn:
        for warning in choice.warnings:
            print(f"kkr: {printable(warning)}", file=sys.stderr)
    return Context(
        db_path=choice.path, clock=clock, lang=lang, db_is_named=choice.source != DEFAULT
    )


def main(argv: Sequence[str] | None = None) -> int:
    """`kkr`: exit 0/1 as each command says, 2 for bad input, 3 for an internal error
    (one line on stderr, the traceback in a log file; --debug prints it instead)."""
    if argv is None:
        # This process is `kkr` itself: the modules imported so far live until it exits,
        # so no garbage collection needs to walk them again (the app freezes likewise
        # after its first paint, kkr_tui/ui/collector.py). `kkr status` on 20 years:
        # ~9 ms less CPU (BENCHMARKS.md). Not when a caller passes `argv`: the tests run
        # main() many times in one process, and a freeze would keep their garbage.
        gc.freeze()
        gc.enable()  # paused while the modules loaded (kkr_tui/__main__.py)
    given = list(sys.argv[1:] if argv is None else argv)
    tolerant_output()
    try:
        return _main(given)
    except Exception as exc:  # the last resort: never a bare traceback, never exit 1
        return report_internal_error(exc, debug="--debug" in given)


def _main(given: list[str]) -> int:
    speak_the_language_of(given)
    args = build_parser(given).parse_args(given)
    handler: Handler | None = getattr(args, "run", None)
    try:
        if not args.demo or getattr(args, "own_demo", False):
            return _run(handler, make_context(args, warn=True), args)
        import tempfile  # the budget (module docstring)

        with tempfile.TemporaryDirectory(prefix="kkr-demo-") as folder:
            return _run(handler, make_context(args, Path(folder)), args)
    except (CommandError, ClockError, StoreError) as exc:
        # A StoreError names the file; one a command did not catch is still a data
        # error (exit 2), never a traceback in a cron mail. Messages quote paths and
        # values the user typed: never let them drive the terminal.
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
        print(f"kkr: {printable(str(exc.filename))}: {os_reason(exc)}", file=sys.stderr)
        return EXIT_ERROR


def _run(handler: Handler | None, context: Context, args: argparse.Namespace) -> int:
    """The subcommand, or without one the app."""
    if handler is not None:
        archive = sys.modules.get("kkr_tui.store.archive")
        getattr(archive, "DAMAGE_MET", {}).clear()  # this command's own (tests run many)
        return _report_damaged_archive(int(handler(context, args)))
    require_terminal(context)
    if context.db_folder_is_missing:
        ask_before_new_folder(context)
    return run_app(context, demo=args.demo, debug=args.debug)


def _report_damaged_archive(code: int) -> int:
    """An archive year that could not be read was left out of the output: say which,
    and how to restore it, and exit 2 (the rest was shown)."""
    archive = sys.modules.get("kkr_tui.store.archive")
    met = getattr(archive, "DAMAGE_MET", None)
    if not met:
        return code
    for error in met.values():
        print(f"kkr: {printable(str(error))}", file=sys.stderr)
    return EXIT_ERROR


def ask_before_new_folder(context: Context) -> None:
    """Asked on the terminal before the app starts (and creates the database)."""
    question = t("shell.new_folder.ask", folder=context.db_path.parent, path=context.db_path)
    try:
        answer = input(printable(question, single_line=False))
    except EOFError:
        answer = ""
    if answer.strip().lower() not in t("shell.new_folder.yes").split(","):
        raise CommandError(t("shell.new_folder.refused"))


def run_app(context: Context, *, demo: bool, debug: bool = False) -> int:
    """The TUI: `make_app` opens the store (creating it if missing) and the app draws.

    An exception inside the running app ends it as one anywhere else does: one line,
    the traceback in the error log (with --debug: Textual's own printout), exit 3."""
    from kkr_tui.ui import collector  # the app's imports: the budget (module docstring)

    collector.pause()  # before Textual's imports, until the first paint (see collector)
    from kkr_tui.ui.app import make_app
    from kkr_tui.ui.compat import unhandled_exception

    app = make_app(context.db_path, context.clock.fixed, demo=demo)
    if not debug:
        app.error_console.quiet = True  # its traceback goes to the log, below
    app.run()
    error = unhandled_exception(app)
    if error is not None and not debug:
        return report_internal_error(error, debug=False)
    return app_exit_code(app.return_code)


def app_exit_code(return_code: int | None) -> int:
    """Textual ends with 1 on an exception it caught (and prints); 1 means "overdue"
    to `kkr status` users, so an internal error is 3 here as everywhere."""
    return EXIT_INTERNAL if return_code == 1 else return_code or 0


if __name__ == "__main__":
    sys.exit(main())
