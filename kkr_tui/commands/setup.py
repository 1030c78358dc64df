"""`kkr setup shared DIR [--group GROUP]` (an administrator, once) and `kkr where`
(anyone: which database, why, and whether it is the one meant)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from kkr_tui.commands.arguments import Common, add_command
from kkr_tui.commands.context import CommandError, Context
from kkr_tui.commands.where import describe, render_text
from kkr_tui.i18n import t
from kkr_tui.store.paths import system_config_path
from kkr_tui.store.shared_setup import SetupError, create_shared


def register(subparsers: Any, common: Common) -> None:
    setup = add_command(subparsers, "setup", "setup.help")
    common(setup)
    kinds = setup.add_subparsers(dest="setup_kind", metavar=t("setup.metavar.setup"), required=True)
    shared = add_command(kinds, "shared", "setup.help.shared", "setup.description.shared", raw=True)
    common(shared)
    shared.add_argument("folder", metavar=t("setup.metavar.folder"), help=t("setup.help.folder"))
    shared.add_argument("--group", metavar=t("setup.metavar.group"), help=t("setup.help.group"))
    shared.set_defaults(run=run_setup_shared)

    where = add_command(subparsers, "where", "where.help")
    common(where)
    where.add_argument("--json", action="store_true", help=t("where.help.json"))
    where.set_defaults(run=run_where)


def run_setup_shared(context: Context, args: argparse.Namespace) -> int:
    try:
        made = create_shared(Path(args.folder), args.group, system_config_path())
    except SetupError as exc:
        raise CommandError(str(exc)) from None
    print(t("setup.done", folder=made.folder, db=made.db, group=made.group, setting=made.setting))
    return 0


def run_where(context: Context, args: argparse.Namespace) -> int:
    report = describe(getattr(args, "db", None), context.db_path)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        print(render_text(report))
    return 0
