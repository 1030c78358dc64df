"""Shell conventions of `kkr`: output any locale can take, one line and exit 3 for an
internal error, no app without a terminal.

Every `kkr` call imports this module: what only the error path needs is imported there
(the budget, kkr_tui/cli.py).
"""

from __future__ import annotations

import codecs
import os
import sys
import time
import unicodedata
from pathlib import Path

from kkr_tui.commands.context import CommandError, Context
from kkr_tui.domain.text import printable
from kkr_tui.i18n import t

EXIT_INTERNAL = 3
ERROR_LOG = "kkr-error.log"
_LOG_LIMIT = 1_000_000  # bytes; a bigger log is moved aside to ERROR_LOG + ".1"

# Characters kkr writes that a legacy encoding (ISO-8859-1, cp1252, ASCII) may lack.
_PLAIN = {
    "…": "...",
    "·": "-",
    "–": "-",
    "—": "-",
    "─": "-",
    "│": "|",
    "▲": "^",
    "●": "*",
    "○": "o",
    "◑": "o",
    "◇": "o",
    "■": "#",
    "✓": "v",
    "✕": "x",
    "→": "->",
    "←": "<-",
    "»": '"',
    "«": '"',
    "æ": "ae",
    "ø": "oe",
    "å": "aa",
    "Æ": "Ae",
    "Ø": "Oe",
    "Å": "Aa",
}
_ERRORS = "kkr-plain"


def _plain(error: UnicodeError) -> tuple[str, int]:
    """Replace what the output encoding cannot show: a plain look-alike, else '?'."""
    if not isinstance(error, UnicodeEncodeError):
        raise error
    pieces = []
    for char in error.object[error.start : error.end]:
        plain = _PLAIN.get(char)
        if plain is None:
            decomposed = unicodedata.normalize("NFKD", char)
            plain = "".join(c for c in decomposed if c.isascii()) or "?"
        try:
            plain.encode(error.encoding)
        except UnicodeEncodeError:
            plain = "?"
        pieces.append(plain)
    return "".join(pieces), error.end


def tolerant_output() -> None:
    """stdout and stderr never fail on a character the locale cannot encode (a
    `da_DK.ISO-8859-1` terminal, a cron mail in ASCII): it is written plainly instead."""
    try:
        codecs.lookup_error(_ERRORS)
    except LookupError:
        codecs.register_error(_ERRORS, _plain)
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors=_ERRORS)


def require_terminal(context: Context) -> None:
    """The app needs a terminal: from cron or a pipe it would write escape codes
    forever. A browser session of `kkr serve` (textual-serve's web driver) is fine.
    Without one, a database that cannot be opened is named first (exit 2 either way);
    a missing one is not created."""
    if os.environ.get("TEXTUAL_DRIVER"):
        return
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        if context.db_path.exists() or context.db_path.is_symlink():
            context.open_existing(validate_all=False)
        raise CommandError(t("shell.no_terminal"))


def error_log_path() -> Path:
    """The log of internal errors, in the user's state folder (platformdirs;
    $XDG_STATE_HOME on Linux)."""
    from platformdirs import user_state_path  # imports tempfile: not on the status path

    return user_state_path("kkr_tui", appauthor=False) / ERROR_LOG


def report_internal_error(exc: BaseException, *, debug: bool) -> int:
    """One line on stderr and the traceback in the log (with --debug: on stderr)."""
    import traceback  # the error path only (the budget, kkr_tui/cli.py)

    details = "".join(traceback.format_exception(exc))
    if debug:
        sys.stderr.write(details)
        return EXIT_INTERNAL
    try:
        path = error_log_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists() and path.stat().st_size > _LOG_LIMIT:
            path.replace(path.with_name(ERROR_LOG + ".1"))
        stamp = time.strftime("%Y-%m-%d %H:%M:%S %z")
        with path.open("a", encoding="utf-8") as log:
            log.write(f"--- {stamp} kkr {' '.join(sys.argv[1:])}\n{details}")
    except OSError:
        sys.stderr.write(details)  # nowhere to keep it: show it rather than lose it
        return EXIT_INTERNAL
    error = printable(f"{type(exc).__name__}: {exc}")
    print(f"kkr: {t('shell.internal_error', error=error, log=path)}", file=sys.stderr)
    return EXIT_INTERNAL
