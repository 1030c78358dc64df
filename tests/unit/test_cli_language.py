"""`kkr --help` and every subcommand's help, and argparse's errors, in the chosen language.

Danish by default, English with --lang en (before or after the subcommand): argparse's
own words ("usage:", "options:", "show this help message and exit") included.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterator

import pytest

from kkr_tui.cli import language_in, main
from kkr_tui.cli_parser import _TEMPLATES, build_parser, translate_message
from kkr_tui.i18n import has, set_language

ARGPARSE_ENGLISH = ("usage:", "options:", "positional arguments", "show this help", "error:")
# Metavars once written in English, not through the catalogue (kkr appointments --council).
ENGLISH_METAVARS = ("SLUG", "SETTING", "SETUP", "FILE", "PATH", "COUNCIL", "FOLDER")
DANISH_LETTERS = re.compile("[æøåÆØÅ]")


def command_paths(
    parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
) -> Iterator[tuple[str, ...]]:
    """Every command path of the parser: (), ("status",), ("export", "ics"), ..."""
    yield path
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from command_paths(sub, (*path, name))


def all_paths() -> list[tuple[str, ...]]:
    set_language("da")
    return list(command_paths(build_parser()))


def help_of(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    with pytest.raises(SystemExit) as stopped:
        main(list(argv))
    assert stopped.value.code == 0
    out, err = capsys.readouterr()
    assert not err
    return out


@pytest.mark.parametrize("path", all_paths(), ids=lambda p: " ".join(p) or "kkr")
def test_every_help_is_danish_by_default(
    capsys: pytest.CaptureFixture[str], path: tuple[str, ...]
) -> None:
    text = help_of(capsys, *path, "--help")
    assert text.startswith("brug: kkr")
    assert "tilvalg:" in text and "vis denne hjælp og afslut" in text
    for english in ARGPARSE_ENGLISH:
        assert english not in text, f"{english!r} in kkr {' '.join(path)} --help"
    for metavar in ENGLISH_METAVARS:
        assert not re.search(rf"\b{metavar}\b", text), f"{metavar} in kkr {' '.join(path)} --help"


@pytest.mark.parametrize("path", all_paths(), ids=lambda p: " ".join(p) or "kkr")
def test_every_help_is_english_with_lang_en(
    capsys: pytest.CaptureFixture[str], path: tuple[str, ...]
) -> None:
    text = help_of(capsys, *path, "--help", "--lang", "en")
    assert text.startswith("usage: kkr")
    assert "options:" in text and "show this help message and exit" in text
    # Values the data itself holds (CSV values accepted as written) are Danish words.
    text = re.sub("Sjælland|næstformand|formand og borgmester", "", text)
    assert not DANISH_LETTERS.search(text), text
    # "FIL.csv": a metavar written in Danish instead of through the catalogue.
    for danish in (" og ", " eller ", " kun ", " ikke ", "brug:", "tilvalg:", "FIL."):
        assert danish not in text, f"{danish!r} in kkr {' '.join(path)} --help --lang en"


def test_lang_before_the_subcommand_counts_too(capsys: pytest.CaptureFixture[str]) -> None:
    assert help_of(capsys, "--lang", "en", "status", "--help").startswith("usage: kkr status")
    assert language_in(["--lang=en", "status", "--lang", "da"]) == "da"
    assert language_in(["status", "--", "--lang", "en"]) is None


ERRORS = [
    (
        ["status", "--bogus"],
        "kkr: fejl: ukendte argumenter: --bogus",
        "kkr: error: unrecognized arguments: --bogus",
    ),
    (
        ["agenda"],
        "kkr agenda: fejl: følgende skal angives: MØDE_ID",
        "kkr agenda: error: the following arguments are required: MEETING_ID",
    ),
    (
        ["status", "--days"],
        "kkr status: fejl: --days: kræver en værdi",
        "kkr status: error: argument --days: expected one argument",
    ),
    (
        ["export", "csv", "people"],
        "kkr export csv: fejl: {meetings,members,contacts,appointments}: ugyldigt valg: "
        "'people' (vælg mellem 'meetings', 'members', 'contacts', 'appointments')",
        "kkr export csv: error: argument {meetings,members,contacts,appointments}: invalid "
        "choice: 'people' (choose from 'meetings', 'members', 'contacts', 'appointments')",
    ),
    # A positional with choices is named by them, not by its English dest ("kind", "shell").
    (
        ["export", "csv"],
        "kkr export csv: fejl: følgende skal angives: {meetings,members,contacts,appointments}",
        "kkr export csv: error: the following arguments are required: "
        "{meetings,members,contacts,appointments}",
    ),
    (
        ["completion"],
        "kkr completion: fejl: følgende skal angives: {bash,zsh}",
        "kkr completion: error: the following arguments are required: {bash,zsh}",
    ),
    # The kinds of `kkr settings` and `kkr setup` (once a literal "TYPE").
    (
        ["settings"],
        "kkr settings: fejl: følgende skal angives: INDSTILLING",
        "kkr settings: error: the following arguments are required: SETTING",
    ),
    (
        ["setup"],
        "kkr setup: fejl: følgende skal angives: OPSÆTNING",
        "kkr setup: error: the following arguments are required: SETUP",
    ),
    # Whole numbers (argparse's type=int says "invalid int value" in English).
    (
        ["agenda", "abc"],
        "kkr agenda: fejl: MØDE_ID: »abc« er ikke et helt tal",
        "kkr agenda: error: argument MEETING_ID: 'abc' is not a whole number",
    ),
    (
        ["serve", "--port", "x"],
        "kkr serve: fejl: --port: »x« er ikke et helt tal",
        "kkr serve: error: argument --port: 'x' is not a whole number",
    ),
    (
        ["meetings", "--year", "x"],
        "kkr meetings: fejl: --year: »x« er ikke et helt tal",
        "kkr meetings: error: argument --year: 'x' is not a whole number",
    ),
]


@pytest.mark.parametrize(("argv", "danish", "english"), ERRORS)
def test_argparse_errors_in_both_languages(
    capsys: pytest.CaptureFixture[str], argv: list[str], danish: str, english: str
) -> None:
    for extra, expected, usage in (([], danish, "brug: "), (["--lang", "en"], english, "usage: ")):
        with pytest.raises(SystemExit) as stopped:
            main([*argv, *extra] if argv[-1] != "--days" else [*extra, *argv])
        assert stopped.value.code == 2
        err = capsys.readouterr().err
        assert err.startswith(usage)
        assert err.rstrip().endswith(expected), err


def test_kkr_lang_en_speaks_english_too(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KKR_LANG", "en")
    assert help_of(capsys, "settings", "--help").startswith("usage: kkr settings")
    with pytest.raises(SystemExit):
        main(["setup"])
    assert capsys.readouterr().err.rstrip().endswith("required: SETUP")


@pytest.mark.parametrize("path", all_paths(), ids=lambda p: " ".join(p) or "kkr")
def test_every_argument_is_named_in_the_chosen_language(path: tuple[str, ...]) -> None:
    """argparse names an argument in its errors by its metavar, else by its dest (an
    English identifier); and a `type=int` or `float` it names in English ("invalid int
    value"). So every positional has a metavar, and no argument a built-in type."""
    parser = build_parser()
    for name in path:
        parser = next(
            action.choices[name]
            for action in parser._actions
            if isinstance(action, argparse._SubParsersAction)
        )
    for action in parser._actions:
        where = f"kkr {' '.join(path)} {action.dest}"
        if not action.option_strings:
            assert action.metavar is not None, f"{where}: no metavar"
        assert action.type not in (int, float), f"{where}: type={action.type}"


def test_kkr_export_without_a_kind_names_every_kind(capsys: pytest.CaptureFixture[str]) -> None:
    kinds = [name for *_, name in (p for p in all_paths() if p[:1] == ("export",) and len(p) == 2)]
    assert len(kinds) == 6
    for extra, said in (([], "angiv, hvad der skal eksporteres"), (["--lang", "en"], "say what")):
        assert main(["export", *extra]) == 2
        err = capsys.readouterr().err
        assert said in err
        for kind in kinds:
            assert kind in err.rpartition(":")[2], f"{kind} not in {err!r}"


def test_the_man_page_is_in_the_chosen_language(capsys: pytest.CaptureFixture[str]) -> None:
    for extra, sections, other in (
        ([], ("NAVN", "SYNOPSIS", "BESKRIVELSE", "AFSLUTNINGSKODER", "FILER"), "NAME"),
        (["--lang", "en"], ("NAME", "SYNOPSIS", "DESCRIPTION", "EXIT STATUS", "FILES"), "NAVN"),
    ):
        assert main(["man", *extra]) == 0
        page = capsys.readouterr().out
        headings = [line.removeprefix(".SH ") for line in page.splitlines() if line[:4] == ".SH "]
        assert [h for h in headings if not h.startswith('"KKR')] == list(sections)
        assert other not in headings


def test_every_argparse_template_has_a_text_in_both_languages() -> None:
    """English gives argparse's own message back; Danish says it in Danish."""
    for template, key in _TEMPLATES:
        assert has(key), key
        sample = re.sub(r"%\((\w+)\)[sr]|%[sr]", "--x", template)
        set_language("en")
        assert translate_message(sample) == sample, template
        set_language("da")
        assert translate_message(sample) != sample, f"{template!r} has no Danish"


def test_text_argparse_did_not_write_is_left_alone() -> None:
    assert translate_message("'x' er ikke et helt tal") == "'x' er ikke et helt tal"
