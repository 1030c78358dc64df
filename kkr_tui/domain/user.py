"""Who is at the keyboard: the OS user name, kept in each item's history."""

from __future__ import annotations

import getpass

UNKNOWN_USER = "?"


def current_user() -> str:
    # getpass reads LOGNAME/USER/... then the password database; in a bare container
    # neither may exist, and a history entry must still be written.
    try:
        return getpass.getuser() or UNKNOWN_USER
    except (OSError, KeyError, ImportError):
        return UNKNOWN_USER
