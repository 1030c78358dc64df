"""`kkr import <kind> FILE`: the one `import` parser that each kind of import joins.

A command module calls `import_kinds(subparsers, common)` and adds its kind to the
result, so `kkr import members` and `kkr import meetings` live side by side without a
second `import` parser (argparse refuses that). The parser keeps its kinds in an
attribute so whichever module comes first creates it. Only argparse at import time.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from kkr_tui.commands.context import CommandError, Context

Common = Callable[[argparse.ArgumentParser], None]
# Shared with any other module that builds `kkr import` the same way.
_KINDS_ATTR = "kkr_import_kinds"


def import_kinds(subparsers: Any, common: Common) -> Any:
    """The sub-commands of `kkr import`, created on first use."""
    parser = subparsers.choices.get("import")
    if parser is None:
        parser = subparsers.add_parser(
            "import", help="importér data fra en fil", description="Importér data fra en fil."
        )
        common(parser)
        setattr(parser, _KINDS_ATTR, parser.add_subparsers(dest="import_kind", metavar="TYPE"))
        parser.set_defaults(run=_usage(parser))
    return getattr(parser, _KINDS_ATTR)


def _usage(parser: argparse.ArgumentParser) -> Callable[[Context, argparse.Namespace], int]:
    def run(context: Context, args: argparse.Namespace) -> int:
        parser.print_usage()
        kinds = ", ".join(sorted(getattr(parser, _KINDS_ATTR).choices))
        raise CommandError(
            f"angiv hvad der skal importeres ({kinds}), fx: kkr import members FIL.csv"
        )

    return run
