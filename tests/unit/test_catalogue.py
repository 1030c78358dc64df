"""The one catalogue: every text in both languages, and no Danish text outside it in the UI."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import kkr_tui.i18n as i18n
from kkr_tui.i18n import t

UI = Path(i18n.__file__).resolve().parent.parent / "ui"
DANISH_LETTERS = re.compile("[æøåÆØÅ]")


def catalogue() -> dict[str, tuple[str, str]]:
    t("app.title")  # loads every area module
    return dict(i18n._catalogue)


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
