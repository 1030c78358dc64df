"""Python's cyclic garbage collector during start-up: paused, then told to skip it all.

Start-up builds long-lived objects (modules, the loaded file, the first screen's
widgets) and next to no garbage, yet the collector walks all of them, a full pass
included, while the first screen is drawn: 20-35 ms of the first paint. The CLI pauses
it before the heavy imports; after the first paint the app freezes what exists (later
collections skip it, so a full pass cannot land on a key press either) and resumes.
The few thousand objects of start-up garbage stay (well under a megabyte).

Once resumed it collects less often than Python's default (INTERACTIVE_THRESHOLDS):
Textual allocates thousands of small objects per frame, so with the defaults each key
ran five or six young collections and now and then a full one (15-20 ms), which is
what made pane switches in a terminal vary from 40 to 75 ms. Garbage now waits a
little longer (a few hundred kilobytes); keys do not. Measured in tmux
(benchmarks/run.py's key-to-paint): p95 61-62 ms with the defaults, 44 ms with these.

No Textual import here: the CLI calls `pause()` before importing the app.
"""

from __future__ import annotations

import gc

_paused = False

# (young, middle, full): Python's default is (700, 10, 10).
INTERACTIVE_THRESHOLDS = (10_000, 20, 20)


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
        gc.set_threshold(*INTERACTIVE_THRESHOLDS)
        gc.enable()


def freeze_settled() -> None:
    """Freeze what the start-up's background work built (the other panes, the record
    check): a full collection walks every object not frozen, and with those it took
    ~20 ms, landing on a key press every few seconds of use (a pane switch measured
    40 ms became 60-75). Frozen, it walks only what was made since."""
    gc.freeze()
