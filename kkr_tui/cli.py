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

from kkr_tui import __version__
from kkr_tui.commands import COMMAND_MODULES
from kkr_tui.commands.context import EXIT_ERROR, CommandError, Context

DESCRIPTION = "KKR: mødeplanlægning og dagsordensstatus for de fem kommunekontaktråd."
EPILOG = """\
Uden underkommando åbnes programmet (TUI).
Database: --db, ellers $KKR_DB, ellers kkr.json i brugerens datamappe.
Dato: --today ÅÅÅÅ-MM-DD eller $KKR_TODAY (ellers dagens dato i Europe/Copenhagen).
Sprog: --lang da|en eller $KKR_LANG.
"""


def add_common_options(parser: argparse.ArgumentParser, *, on_subcommand: bool) -> None:
    """--db, --today and --lang, accepted both before and after the subcommand.

    On a subcommand the defaults are SUPPRESS so an option given before the
    subcommand is not overwritten by the subparser's default.
    """
    default = argparse.SUPPRESS if on_subcommand else None
    parser.add_argument("--db", metavar="STI", default=default, help="databasefil (JSON)")
    parser.add_argument(
        "--today", metavar="ÅÅÅÅ-MM-DD", default=default, help="regn som om det er denne dag"
    )
    parser.add_argument(
        "--lang", choices=("da", "en"), default=default, help="sprog: da (standard) eller en"
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kkr",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"kkr {__version__}")
    add_common_options(parser, on_subcommand=False)
    parser.add_argument(
        "--demo",
        action="store_true",
        help="åbn en frisk midlertidig kopi af demodatabasen (fiktive data)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="KOMMANDO")

    def common(sub: argparse.ArgumentParser) -> None:
        add_common_options(sub, on_subcommand=True)

    for module_name in COMMAND_MODULES:
        importlib.import_module(module_name).register(subparsers, common)
    return parser


def make_context(args: argparse.Namespace) -> Context:
    from kkr_tui.domain.clock import clock_from
    from kkr_tui.i18n import language_from, set_language
    from kkr_tui.store.paths import resolve_db_path

    lang = language_from(getattr(args, "lang", None))
    try:
        set_language(lang)
    except ValueError as exc:
        raise CommandError(f"KKR_LANG: {exc}") from None
    clock = clock_from(getattr(args, "today", None))
    return Context(db_path=resolve_db_path(getattr(args, "db", None)), clock=clock, lang=lang)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    from kkr_tui.domain.clock import ClockError

    try:
        context = make_context(args)
        handler = getattr(args, "run", None)
        if handler is None:
            return run_app(context, demo=args.demo, today_given=context.clock.is_fixed)
        return int(handler(context, args))
    except (CommandError, ClockError) as exc:
        from kkr_tui.domain.text import printable

        # Messages quote paths and values the user typed: never let them drive the terminal.
        print(f"kkr: {printable(str(exc), single_line=False)}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        # `kkr meetings | head` closes the pipe early; that is not an error.
        sys.stderr.close()
        return 0


def run_app(context: Context, *, demo: bool, today_given: bool) -> int:
    import tempfile

    from kkr_tui.domain.clock import Clock
    from kkr_tui.store import StoreError, open_store

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
    try:
        store = open_store(db_path, create=True)
    except StoreError as exc:
        raise CommandError(str(exc)) from None
    from kkr_tui.ui.app import make_app

    app = make_app(store, clock.fixed, demo=demo)
    app.run()
    if folder is not None:
        folder.cleanup()
    return app.return_code or 0


if __name__ == "__main__":
    sys.exit(main())
