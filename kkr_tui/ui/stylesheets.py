"""Which stylesheet is read when: each screen names its own sheets in `CSS_PATH`.

Every style lives in styles/<name>.tcss. The app reads the frame's, the keyboard
layer's, the read-only banner's and the four panes' sheets at start (`APP_SHEETS`);
a screen opened on top reads its own when it is first shown (Textual's `CSS_PATH` on
a Screen), so start-up does not parse the dialogs' sheets.
"""

from __future__ import annotations

from pathlib import PurePath

from kkr_tui.ui.paths import styles_dir

APP_SHEETS = ("app", "agenda", "appointments", "banner", "contacts", "cycle", "keys", "overview")
# Every dialog's styles, in one sheet, read when the first dialog is opened.
DIALOG_SHEETS = ("dialogs",)


def sheets(*names: str) -> list[str | PurePath]:
    """styles/<name>.tcss for each name, as a `CSS_PATH` (an error if one is missing)."""
    folder = styles_dir()
    paths: list[str | PurePath] = []
    for name in names:
        path = folder / f"{name}.tcss"
        if not path.is_file():
            raise FileNotFoundError(f"no stylesheet {path}")
        paths.append(path)
    return paths
