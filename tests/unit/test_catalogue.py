"""The one catalogue: every text in both languages, and no Danish text outside it in the UI."""

from __future__ import annotations

import ast
import importlib
import re
import string
import subprocess
import sys
from pathlib import Path

import kkr_tui.i18n as i18n

UI = Path(i18n.__file__).resolve().parent.parent / "ui"
DANISH_LETTERS = re.compile("[æøåÆØÅ]")


def catalogue() -> dict[str, tuple[str, str]]:
    return i18n.every_text()


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_text_has_both_languages() -> None:
    texts = catalogue()
    assert len(texts) > 100
    empty = [key for key, (da, en) in texts.items() if not da.strip() or not en.strip()]
    assert not empty, f"texts without Danish or English: {empty}"


def test_both_languages_fill_the_same_placeholders() -> None:
    differ = {
        key: (placeholders(da), placeholders(en))
        for key, (da, en) in catalogue().items()
        if placeholders(da) != placeholders(en)
    }
    assert not differ, differ


def test_the_forms_of_a_counted_text_live_in_one_module() -> None:
    """tn() looks for `key_zero` and `key_one` where it found `key` (kkr_tui/i18n)."""
    apart = []
    for path in sorted(Path(i18n.__file__).parent.glob("*.py")):
        if path.name == "__init__.py":
            continue
        module = importlib.import_module(f"kkr_tui.i18n.{path.stem}")
        keys = set(module.TEXTS)
        for key in keys:
            base = key.removesuffix("_one").removesuffix("_zero")
            if base != key and base in catalogue() and base not in keys:
                apart.append(f"{path.name}: {key} (its {base} is elsewhere)")
    assert not apart, apart


LOADED_AREAS = """
import sys
from kkr_tui.i18n import t
t(sys.argv[1])
print(" ".join(sorted(m.rpartition(".")[2] for m in sys.modules if m.startswith("kkr_tui.i18n."))))
"""


def areas_loaded_for(key: str) -> list[str]:
    """The catalogue modules a fresh process loads to look up `key`."""
    done = subprocess.run(
        [sys.executable, "-c", LOADED_AREAS, key], capture_output=True, text=True, check=True
    )
    return done.stdout.split()


def test_a_key_loads_the_module_its_first_segment_names_and_only_if_not_there_all() -> None:
    assert areas_loaded_for("status.title") == ["status"]
    assert areas_loaded_for("app.title") == ["app"]
    # "key.quit" lives in common.py: there is no key.py, so every module is loaded.
    every = sorted(p.stem for p in Path(i18n.__file__).parent.glob("*.py"))
    assert areas_loaded_for("key.quit") == [name for name in every if name != "__init__"]


def _docstrings(tree: ast.AST) -> set[int]:
    """ids of the string nodes that are docstrings (not shown to users)."""
    found: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


def danish_literals(path: Path, root: Path = UI.parent) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = _docstrings(tree)
    return [
        f"{path.relative_to(root)}:{node.lineno}: {node.value!r}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
        and DANISH_LETTERS.search(node.value)
    ]


def test_no_danish_text_in_the_ui_code_outside_the_catalogue() -> None:
    """A user-visible word belongs in kkr_tui/i18n (so English users get English)."""
    files = sorted(UI.rglob("*.py"))
    assert len(files) > 10
    found = [hit for path in files for hit in danish_literals(path)]
    assert not found, "\n".join(found)


def test_the_scan_finds_a_danish_literal(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text('"""Docstring with æ is fine."""\nLABEL = f"Møde {1}"\n', encoding="utf-8")
    hits = [hit.split(": ", 1)[1] for hit in danish_literals(sample, tmp_path)]
    assert hits == ["'Møde '"]


# --- beyond the UI: the store, the domain, the commands and the exports ----------------

KKR_TUI = UI.parent

# Files whose Danish literals are data or input vocabulary, not text shown as a message:
# names of councils, municipalities and holidays, words a parser or a CSV header accepts,
# the demo database's made-up content, and the short date names of the tables.
DANISH_DATA_FILES = {
    "domain/reference.py": "councils, municipalities, policy areas (the data itself)",
    "domain/parsing.py": "day and month names the date parser accepts",
    "domain/names.py": "letters for sorting names the Danish way",
    "domain/text.py": "letters for folding text in searches",
    "domain/formatting.py": "short day and month names of the table dates",
    "domain/workdays.py": "holiday names as the holidays package spells them",
    "commands/contacts_csv.py": "Danish CSV header aliases (accepted input)",
    "commands/meetings_csv.py": "Danish CSV header aliases (accepted input)",
    "commands/members_csv.py": "Danish CSV header aliases (accepted input)",
    "commands/appointments_csv.py": "Danish CSV header aliases and state words (accepted input)",
    "exports/appointments.py": "the state words the CSV writes and the import reads back",
    "domain/regions.py": "the dated region names (the data itself)",
    "commands/shell.py": "the letters a plain (ASCII) terminal gets spelled out",
    # Not yet translated (issue 21 left open): the type names in "is not a whole number"
    # for hand-edited records are built here in Danish.
}


# Being split into smaller modules (simplify-b); its messages move to the catalogue
# right after the split lands. Remove this entry then.
PENDING_SPLIT: set[str] = set()


def _is_data_file(relative: str) -> bool:
    if relative in PENDING_SPLIT:
        return True
    return relative in DANISH_DATA_FILES or relative.startswith(("store/demo", "store/seed"))


def test_no_danish_text_in_store_domain_commands_or_exports_outside_the_catalogue() -> None:
    """Messages of the store, the domain and the shell commands are catalogue texts too."""
    found = []
    for folder in ("store", "domain", "commands", "exports"):
        for path in sorted((KKR_TUI / folder).rglob("*.py")):
            if not _is_data_file(path.relative_to(KKR_TUI).as_posix()):
                found += danish_literals(path, KKR_TUI)
    assert not found, "\n".join(found)


# Exceptions that only a programmer sees (a bug, a wrong call), with plain English text.
PROGRAMMER_ERRORS = {
    "TypeError",
    "KeyError",
    "NotImplementedError",
    "AssertionError",
    "RuntimeError",
}
# (file, exception) raised with developer text that argparse or a check upstream makes
# unreachable for a user.
DEVELOPER_MESSAGES = {
    ("domain/status_report.py", "ValueError"),  # --days is checked by argparse first
    ("exports/csvfiles.py", "ValueError"),  # the kind is one of argparse's choices
    ("ui/screens/meeting_dialog.py", "ValueError"),  # a wrong call, not user input
    ("ui/paths.py", "FileNotFoundError"),  # a broken installation
    ("ui/stylesheets.py", "FileNotFoundError"),  # a broken installation
}
# Words that are not prose: option names, environment variables.
_NOT_PROSE = re.compile(r"--[\w-]+|\b[A-Z][A-Z_]{2,}\b")


def _literal_words(node: ast.expr) -> str:
    """The literal text of a string or f-string argument, without option names."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
    elif isinstance(node, ast.JoinedStr):
        text = "".join(
            part.value
            for part in node.values
            if isinstance(part, ast.Constant) and isinstance(part.value, str)
        )
    else:
        return ""
    return _NOT_PROSE.sub("", text)


def literal_raises(path: Path, root: Path = KKR_TUI) -> list[str]:
    """`raise XError("words")` / `raise XError(f"words {x}")` in `path`."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)):
            continue
        func = node.exc.func
        name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
        relative = path.relative_to(root).as_posix()
        if relative in PENDING_SPLIT:
            continue
        if name in PROGRAMMER_ERRORS or (relative, name) in DEVELOPER_MESSAGES:
            continue
        for argument in node.exc.args[:1]:
            if re.search(r"[^\W\d_]{2,}", _literal_words(argument)):
                found.append(f"{relative}:{node.lineno}: {name}({ast.unparse(argument)})")
    return found


def test_errors_carry_a_catalogue_key_not_a_literal() -> None:
    """An error shown to a user is raised with msg(key, ...) (or a t() text), so that it is
    in the user's language where it is shown."""
    found = [hit for path in sorted(KKR_TUI.rglob("*.py")) for hit in literal_raises(path)]
    assert not found, "\n".join(found)


def test_the_raise_scan_finds_a_literal(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "raise StoreError('filen findes ikke', path)\n"
        "raise StoreError(f'mappen {x} findes ikke')\n"
        "raise CommandError(f'--council: {exc}')\n"
        "raise StoreError(msg('error.store.gone'), path)\n",
        encoding="utf-8",
    )
    hits = [hit.split(": ", 1)[1] for hit in literal_raises(sample, tmp_path)]
    assert hits == ["StoreError('filen findes ikke')", "StoreError(f'mappen {x} findes ikke')"]


# --- the glossary's forbidden phrasings (../shared/GLOSSARY.md) --------------------------

# (pattern, which language's text: 0 Danish, 1 English, what to write instead)
FORBIDDEN: list[tuple[str, int, str]] = [
    (r"må ikke være tom", 0, "skal udfyldes"),
    (r"must not be empty", 1, "is required"),
    (r"^Beslutningsreferat offentliggjort$", 0, "Offentliggørelse af beslutningsreferat"),
    (r"^Decision minutes published$", 1, "Publication of decision minutes"),
    (r"\bAnnuller\b", 0, "Annullér"),
    (r"^(Accepter|Marker|Kopier|Registrer)\b", 0, "imperatives with accent: Acceptér, ..."),
    (r"\bFm\.|\bNfm\.", 0, "Fmd., Næstfmd."),
    (r"Mødet er \{state\}", 0, "Mødet har status »{state}«"),
    (r"meeting is \{state\}", 1, "The meeting's state is '{state}'"),
    (r"\båbne møder", 0, "kommende og uafsluttede møder"),
    (r"coming and open meetings", 1, "coming and unfinished meetings"),
    (r"Stedfortræder for", 0, "Suppleant for"),
    (r"^Grund\b", 0, "Begrundelse"),
    (r"Prof\. dir", 1, "PD forum"),
    (r"several meetings", 1, "meetings on one day"),
    (r"^Series$", 1, "Meeting type / Type"),
    (r"'\{\w+\}'", 0, "»…« around a value in Danish"),
    (r"»\{\w+\}«", 1, "'…' around a value in English"),
    (r"\bDirektørforum\b|K-dir\.forum|Fagdir\.forum", 0, "KD-forum / FD-forum"),
    (r"\bDeres \(gemt\)|\bBehold mine\b", 0, "Den andens version (gemt) / Behold min"),
]


# Texts that quote a shell command the user copies: there the quotes are the shell's.
SHELL_QUOTES = {"afbud.suggest"}


def test_no_forbidden_phrasing_in_the_catalogue() -> None:
    """A phrasing the glossary replaced must not come back."""
    found = [
        f"{key}: {pair[side]!r} (write: {instead})"
        for key, pair in catalogue().items()
        if key not in SHELL_QUOTES
        for pattern, side, instead in FORBIDDEN
        if re.search(pattern, pair[side], re.IGNORECASE if side == 1 else 0)
    ]
    assert not found, "\n".join(found)


def test_the_forbidden_list_catches_a_reappearance() -> None:
    assert any(re.search(p, "Annuller") for p, side, _ in FORBIDDEN if side == 0)
    assert any(re.search(p, "Mødet er {state}") for p, side, _ in FORBIDDEN if side == 0)
