"""Texts for refusals that protect the data (issue 19): export targets, ..."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    "export.file.owned": (
        "{path}: er en af databasens egne filer (data, lås, sikkerhedskopi, arkiv eller"
        " bilag); vælg et andet navn",
        "{path}: is one of the database's own files (data, lock, backup, archive or"
        " attachments); choose another name",
    ),
    "export.file.symlink": (
        "{path}: er et symbolsk link; skriv til selve filen eller vælg et andet navn",
        "{path}: is a symbolic link; write to the file itself or choose another name",
    ),
}
