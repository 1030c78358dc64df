"""Python's cyclic garbage collector during start-up: paused, then told to skip it all.

Start-up builds long-lived objects (modules, the loaded file, the first screen's
widgets) and next to no garbage, yet the collector walks all of them, a full pass
included, while the first screen is drawn: 20-35 ms of the first paint. The CLI pauses
it before the heavy imports; after the first paint the app freezes what exists (later
collections skip it, so a full pass cannot land on a key press either) and resumes.
The few thousand objects of start-up garbage stay (well under a megabyte).

No Textual import here: the CLI calls `pause()` before importing the app.
"""

from __future__ import annotations

import gc

_paused = False


def pause() -> None:
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def resume() -> None:
    """Freeze what exists and collect again; nothing if `pause()` did not pause."""
    global _paused
    if _paused:
        _paused = False
        gc.freeze()
        gc.enable()
