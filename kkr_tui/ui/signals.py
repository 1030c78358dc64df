"""SIGTERM and SIGHUP end the app through its normal exit.

Textual handles neither: by default either signal kills the process on the spot,
leaving the terminal in raw mode on the alternate screen (SIGTERM from `kill` or a
shutdown; SIGHUP when an SSH session drops). Routed to `app.exit()` instead, the
driver restores the terminal and any write in progress completes first; the
database is safe either way, since every write is one atomic rename.

A watchdog makes sure the process really ends: when the terminal is already gone (an
SSH drop while the app was drawing), Textual's shutdown can block for ever on its
output queue (seen: a full queue and nobody to drain it). After GRACE_S the process
exits hard; nothing is lost by that, for the same reason.
"""

from __future__ import annotations

import asyncio
import os
import signal
import threading
from typing import Any

from textual.app import App

EXIT_SIGNALS = (signal.SIGTERM, signal.SIGHUP)
GRACE_S = 3.0


def exit_cleanly_on_signals(app: App[Any]) -> bool:
    """Install the handlers on the running loop; False where that is not possible."""
    if threading.current_thread() is not threading.main_thread():
        return False
    loop = asyncio.get_running_loop()
    for signum in EXIT_SIGNALS:
        loop.add_signal_handler(signum, _exit_with_watchdog, app, signum)
    return True


def _exit_with_watchdog(app: App[Any], signum: int) -> None:
    watchdog = threading.Timer(GRACE_S, os._exit, args=(128 + signum,))
    watchdog.daemon = True
    watchdog.start()
    app.exit()


def restore_default_signals() -> None:
    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:
        return
    for signum in EXIT_SIGNALS:
        loop.remove_signal_handler(signum)
