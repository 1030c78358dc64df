"""Which stylesheet is read when: each screen names its own sheets in `CSS_PATH`.

Every style lives in styles/<name>.tcss. The app reads the frame's, the keyboard
layer's, the read-only banner's and Oversigt's sheets at start (`APP_SHEETS`); the
other four panes' sheets are read together just before the first of those panes is
mounted (`PANE_SHEETS`, KkrApp.pane), so the first frame does not wait for them and
every pane is styled by the same rules whichever is mounted first (their rules name
only their own widgets); a screen opened on top reads its own when it is first shown
(Textual's `CSS_PATH` on a Screen), so start-up does not parse the dialogs' sheets.
"""

from __future__ import annotations

from pathlib import PurePath

from kkr_tui.ui.paths import styles_dir

APP_SHEETS = ("app", "banner", "keys", "overview")
PANE_SHEETS = ("agenda", "appointments", "contacts", "cycle")
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
