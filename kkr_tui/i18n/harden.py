"""Texts for refusals that protect the data (issue 19): export targets, CSV edges."""

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
    "csv.field_too_big": (
        "et felt er længere end {kib} KiB (mangler et afsluttende anførselstegn?)",
        "a field is longer than {kib} KiB (a closing quote missing?)",
    ),
    "csv.mixed_encoding": (
        "{path}:{line}: linjen er ikke UTF-8, men resten af filen er; filen blander"
        " tegnsæt (fx UTF-8 og Latin-1): gem den igen som UTF-8",
        "{path}:{line}: this line is not UTF-8 but the rest of the file is; the file"
        " mixes encodings (UTF-8 and Latin-1, say): save it again as UTF-8",
    ),
    "csv.nul_bytes": (
        "{path}:{line}: filen indeholder NUL-tegn: den er UTF-16 uden byte-order-mærke"
        " eller ikke en tekstfil; gem den som UTF-8 (eller UTF-16 med BOM)",
        "{path}:{line}: the file holds NUL characters: it is UTF-16 without a byte-order"
        " mark, or not a text file; save it as UTF-8 (or UTF-16 with a BOM)",
    ),
    "csv.bad_utf16": (
        "{path}: filen begynder som UTF-16, men er det ikke hele vejen; gem den som UTF-8",
        "{path}: the file starts as UTF-16 but is not UTF-16 throughout; save it as UTF-8",
    ),
}
