"""Which stylesheet is read when: start-up parses only what the first screen shows.

Every style still lives in styles/<name>.tcss. The app starts with START_SHEETS (the
frame, Oversigt, the keyboard layer and the read-only banner); a pane or screen names
the sheets it needs (`Pane.STYLESHEETS`, `KkrScreen.STYLESHEETS`) and they are added
the first time one is shown, before its widgets are styled. On 20 years of data the
start-up of a terminal app is what a user feels first; the other sheets cost nothing
until they are used.

Added sheets keep the order they had when all were read at start (the file order of
`paths.stylesheets()`), so two rules of equal specificity resolve the same way
whatever was opened first.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from textual.app import App

from kkr_tui.ui.paths import stylesheets

START_SHEETS = ("app", "banner", "keys", "overview")
# Every dialog's sheet (the dialog base's, the export's choices, the mail dialog's), read
# when the first dialog is opened.
DIALOG_SHEETS = ("dialogs", "export", "mail")


def sheet_paths(names: Iterable[str]) -> list[Path]:
    """styles/<name>.tcss for each name, in the canonical file order."""
    wanted = set(names)
    found = [path for path in stylesheets() if path.stem in wanted]
    missing = wanted - {path.stem for path in found}
    if missing:
        raise FileNotFoundError(f"no stylesheet named {', '.join(sorted(missing))}")
    return found


def start_sheets() -> list[Path]:
    return sheet_paths(START_SHEETS)


def use_stylesheets(app: App[Any], names: Iterable[str]) -> bool:
    """Add the named sheets to `app`'s stylesheet if they are not there yet.

    Only the new sheets are parsed (Textual caches the rules of the others). Call it
    before the widgets that need the sheets are mounted: widgets already on screen are
    not restyled. Returns whether anything was added.
    """
    stylesheet = app.stylesheet
    new = [path for path in sheet_paths(names) if not stylesheet.has_source(str(path))]
    if not new:
        return False
    for path in new:
        stylesheet.read(path)
    # The file order, as if all had been read at start (see the module docstring);
    # everything else (the widgets' DEFAULT_CSS) keeps its place.
    rank = {str(path): index for index, path in enumerate(stylesheets())}
    stylesheet.source = dict(
        sorted(
            stylesheet.source.items(),
            key=lambda item: rank.get(item[0][0], len(rank)) if not item[0][1] else len(rank),
        )
    )
    stylesheet.parse()
    return True
