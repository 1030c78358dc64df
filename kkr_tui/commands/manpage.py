"""`kkr completion bash|zsh` and `kkr man`, both generated from the `kkr` parser.

Tab completion is shtab's. The manual page (roff, section 1): every command's section
is that command's own `--help`, so the page can never say something the program does
not do. Install it with `kkr man > ~/.local/share/man/man1/kkr.1` (or
/usr/local/share/man/man1 for everyone).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator
from typing import Any

import shtab

from kkr_tui import __version__
from kkr_tui.cli_parser import build_parser
from kkr_tui.commands.arguments import Common, add_command, choices_metavar
from kkr_tui.commands.context import Context
from kkr_tui.i18n import t

SHELLS = ("bash", "zsh")


def register(subparsers: Any, common: Common) -> None:
    completion = add_command(
        subparsers,
        "completion",
        "shell.help.completion",
        "shell.description.completion",
        raw=True,
    )
    common(completion)
    completion.add_argument(
        "shell", choices=SHELLS, metavar=choices_metavar(SHELLS), help=t("shell.help.shell")
    )
    completion.set_defaults(run=run_completion)

    manual = add_command(subparsers, "man", "shell.help.man", "shell.description.man", raw=True)
    common(manual)
    manual.set_defaults(run=run_man)


def run_completion(context: Context, args: argparse.Namespace) -> int:
    sys.stdout.write(shtab.complete(build_parser(), shell=args.shell))
    return 0


def run_man(context: Context, args: argparse.Namespace) -> int:
    os.environ["COLUMNS"] = "80"  # the page's width, not the width of whoever made it
    sys.stdout.write(manpage(build_parser()))
    return 0


def manpage(parser: argparse.ArgumentParser) -> str:
    lines = [
        f'.TH KKR 1 "" "kkr {__version__}" "kkr_tui"',
        f".SH {_escape(t('shell.man.name'))}",
        f"kkr \\- {_escape(parser.description or '')}",
        f".SH {_escape(t('shell.man.synopsis'))}",
        *_verbatim(parser.format_usage()),
        f".SH {_escape(t('shell.man.description'))}",
        *_verbatim(parser.format_help()),
    ]
    for name, sub in _commands(parser, "kkr"):
        lines += [f'.SH "{name.upper()}"' if name.count(" ") == 1 else f'.SS "{name}"']
        lines += _verbatim(sub.format_help())
    lines += [f".SH {_escape(t('shell.man.exit_status'))}", *_verbatim(t("shell.man.exit_codes"))]
    lines += [f".SH {_escape(t('shell.man.files'))}", *_verbatim(t("shell.man.files_text"))]
    return "\n".join(lines) + "\n"


def _commands(
    parser: argparse.ArgumentParser, prefix: str
) -> Iterator[tuple[str, argparse.ArgumentParser]]:
    """Every subcommand, depth first, with its full name ('kkr export ics')."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            seen: set[int] = set()
            for name, sub in action.choices.items():
                if id(sub) in seen:  # an alias
                    continue
                seen.add(id(sub))
                full = f"{prefix} {name}"
                yield full, sub
                yield from _commands(sub, full)


def _verbatim(text: str) -> list[str]:
    """`text` as a no-fill block: lines as they are, roff's special characters escaped."""
    return [".nf", *(_escape(line) for line in text.rstrip("\n").split("\n")), ".fi"]


def _escape(line: str) -> str:
    line = line.replace("\\", "\\e").replace("-", "\\-")
    # Non-ASCII as roff's Unicode escapes: any man(1), whatever its input encoding.
    line = "".join(c if c.isascii() else f"\\[u{ord(c):04X}]" for c in line)
    # A line starting with . or ' would be a roff request.
    return "\\&" + line if line.startswith((".", "'")) else line
