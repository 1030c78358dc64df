"""`kkr demo PATH`: write the demo database to a file, to try the shell commands on
(`kkr status --db PATH --today 2026-09-10`)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from kkr_tui.commands.arguments import Common, add_command
from kkr_tui.commands.context import CommandError, Context
from kkr_tui.i18n import t
from kkr_tui.store.demo import DEMO_TODAY, build_demo


def register(subparsers: Any, common: Common) -> None:
    parser = add_command(subparsers, "demo", "shell.help.demo_command", "shell.description.demo")
    common(parser)
    parser.add_argument("path", metavar=t("shell.metavar.path"), help=t("shell.help.demo_path"))
    parser.set_defaults(run=run)


def run(context: Context, args: argparse.Namespace) -> int:
    path = Path(args.path).expanduser()
    if path.exists() or path.is_symlink():
        raise CommandError(t("shell.demo.exists", path=path))
    if not path.parent.is_dir():
        raise CommandError(t("shell.demo.no_folder", folder=path.parent))
    build_demo(path)
    print(t("shell.demo.written", path=path, today=DEMO_TODAY.isoformat()))
    return 0
