"""One thing, one name: no two classes in kkr_tui are called the same (issue 20).

Two classes with one name are usually two ways of doing one thing (two dialog bases,
two SafeInputs, two cancel dialogs); a reader meeting the name cannot tell which is
meant. The classes a docstring's example defines are not counted.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

import kkr_tui

PACKAGE = Path(kkr_tui.__file__).parent
# Names still defined twice, each with the reason (none today; a new one needs one).
KNOWN: dict[str, str] = {}


def class_names() -> dict[str, list[str]]:
    found: dict[str, list[str]] = defaultdict(list)
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                found[node.name].append(str(path.relative_to(PACKAGE.parent)))
    return found


def test_no_class_name_is_defined_twice() -> None:
    twice = {
        name: places
        for name, places in class_names().items()
        if len(places) > 1 and name not in KNOWN
    }
    assert not twice, f"class names defined more than once: {twice}"


def test_the_known_exceptions_are_still_real() -> None:
    """Once a pair is made one, its line in KNOWN goes too."""
    names = class_names()
    assert all(len(names.get(name, [])) > 1 for name in KNOWN)
