"""`kkr serve [--port N] [--host H]`: the same app in a web browser (textual-serve).

Each browser tab gets its own `kkr` process, started with this command's --db, --today
and --lang. The server listens on 127.0.0.1 only; another address must be asked for
with --host, and then a warning says that the port is reachable from elsewhere. Every
request needs the secret token printed at start (see serve_guard), comes from the
served address, and at most --max-sessions tabs run at once.
"""

from __future__ import annotations

import argparse
import ipaddress
import os
import shlex
import sys
import tempfile
from pathlib import Path
from typing import Any

import kkr_tui
from kkr_tui.commands.arguments import Common, add_command, whole_number
from kkr_tui.commands.context import EXIT_OK, CommandError, Context
from kkr_tui.i18n import os_reason, t

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
DEFAULT_MAX_SESSIONS = 4


def register(subparsers: Any, common: Common) -> None:
    parser = add_command(subparsers, "serve", "help.serve", "help.serve.description", raw=True)
    common(parser)
    parser.add_argument(
        "--port",
        type=whole_number,
        default=DEFAULT_PORT,
        metavar="N",
        help=t("help.serve.port", default=DEFAULT_PORT),
    )
    parser.add_argument(
        "--host",
        default=None,
        metavar=t("help.metavar.address"),
        help=t("help.serve.host"),
    )
    parser.add_argument(
        "--public-url",
        default=None,
        metavar="URL",
        help=t("help.serve.public_url"),
    )
    parser.add_argument(
        "--token-file",
        default=None,
        metavar=t("help.metavar.file"),
        help=t("help.serve.token_file"),
    )
    parser.add_argument(
        "--max-sessions",
        type=whole_number,
        default=DEFAULT_MAX_SESSIONS,
        metavar="N",
        help=t("help.serve.max_sessions", default=DEFAULT_MAX_SESSIONS),
    )
    # --demo (a common option) here means: each browser tab gets its own demo copy.
    parser.set_defaults(run=run_serve, own_demo=True)


def app_command(context: Context, *, demo: bool, python: str = sys.executable) -> str:
    """The shell command textual-serve runs for each browser session, safely quoted.

    `exec`: the shell becomes the app, so a tab is one process and ends with it.
    """
    argv = [python, "-m", "kkr_tui", "--lang", context.lang]
    if demo:
        argv.append("--demo")
    else:
        argv += ["--db", str(context.db_path.resolve())]
    if context.clock.fixed is not None:
        argv += ["--today", context.clock.fixed.isoformat()]
    return "exec " + " ".join(shlex.quote(part) for part in argv)


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _same_package_for_children() -> None:
    """Each browser session runs `python -m kkr_tui`: make that THIS kkr_tui.

    textual-serve starts the sessions with a copy of our environment; putting this
    package's folder first on PYTHONPATH means a checkout serves itself, not another
    installed copy.
    """
    package_parent = str(Path(kkr_tui.__file__).resolve().parent.parent)
    paths = [package_parent, *filter(None, os.environ.get("PYTHONPATH", "").split(os.pathsep))]
    os.environ["PYTHONPATH"] = os.pathsep.join(dict.fromkeys(paths))


def run_serve(context: Context, args: argparse.Namespace) -> int:
    # textual-serve is the optional extra [serve]: imported here, so that without it
    # `kkr --help` still works and this says how to add it, before anything is made
    # (not even the database).
    try:
        import textual_serve.server  # noqa: F401 - asked even when serve_guard is loaded

        from kkr_tui.commands.serve_guard import (
            GuardedServer,
            TokenFileError,
            new_token,
            read_token_file,
        )
        from kkr_tui.commands.serve_page import offline_templates
    except ImportError:
        raise CommandError(t("serve.missing")) from None
    if not 1 <= args.port <= 65535:
        raise CommandError(t("serve.bad_port", port=args.port))
    if not 1 <= args.max_sessions <= 100:
        raise CommandError(t("serve.bad_sessions", count=args.max_sessions))
    host = args.host if args.host is not None else DEFAULT_HOST
    if not args.demo:
        context.open_or_create()  # a bad --db is reported here, not in every browser tab
    if not is_loopback(host):
        print(t("serve.no_auth", host=host, port=args.port), file=sys.stderr)
    command = app_command(context, demo=args.demo)
    try:
        token = read_token_file(Path(args.token_file)) if args.token_file else new_token()
    except TokenFileError as exc:
        raise CommandError(str(exc)) from None
    _same_package_for_children()
    with tempfile.TemporaryDirectory(prefix="kkr-serve-") as pages:
        server = GuardedServer(
            command,
            host=host,
            port=args.port,
            public_url=args.public_url,
            token=token,
            max_sessions=args.max_sessions,
            templates_path=offline_templates(Path(pages)),  # nothing from the internet
        )
        try:
            server.serve()
        except OSError as exc:
            raise CommandError(
                t("serve.cannot_listen", host=host, port=args.port, reason=os_reason(exc))
            ) from None
    return EXIT_OK
