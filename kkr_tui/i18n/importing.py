"""Texts of what every `kkr import <kind>` shares (kkr_tui/commands/importing.py)."""

TEXTS: dict[str, tuple[str, str]] = {
    # After the bad rows, one per line: all or nothing, so nothing was imported.
    "importing.rejected": (
        "{n} fejl i {file}; intet er importeret",
        "{n} errors in {file}; nothing was imported",
    ),
    "importing.rejected_one": (
        "1 fejl i {file}; intet er importeret",
        "1 error in {file}; nothing was imported",
    ),
}
