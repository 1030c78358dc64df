"""`kkr` without a subcommand (the app) builds a parser without the subcommands."""

from __future__ import annotations

import pytest

from kkr_tui.cli_parser import build_parser, opens_the_app


def command_names(argv: list[str] | None) -> list[str]:
    (subparsers,) = [a for a in build_parser(argv)._actions if a.dest == "command"]
    assert subparsers.choices is not None
    return list(subparsers.choices)


APP_ARGVS = [
    [],
    ["--demo"],
    ["--db", "kkr.json"],
    ["--db=kkr.json", "--today=2026-09-10", "--lang=en"],
    ["--today", "2026-09-10", "--lang", "en", "--db", "status"],  # a file named "status"
]


@pytest.mark.parametrize("argv", APP_ARGVS)
def test_the_app_parses_as_with_every_command(argv: list[str]) -> None:
    assert opens_the_app(argv)
    assert command_names(argv) == []
    assert build_parser(argv).parse_args(argv) == build_parser().parse_args(argv)


@pytest.mark.parametrize(
    "argv",
    [
        ["-h"],
        ["--help"],
        ["--hel"],  # argparse accepts abbreviations
        ["--version"],
        ["--db"],  # the value is missing: argparse says so
        ["--demo", "statsu"],
        ["-h", "meetings"],
        ["--bogus"],
    ],
)
def test_anything_else_sees_every_command(argv: list[str]) -> None:
    assert not opens_the_app(argv)
    assert command_names(argv) == command_names(None)
    assert "meetings" in command_names(argv)
