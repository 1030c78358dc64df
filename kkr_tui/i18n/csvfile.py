"""Texts of the shared CSV reader (kkr_tui/commands/csvfile.py)."""

TEXTS: dict[str, tuple[str, str]] = {
    "csv.is_dir": ("{path} er en mappe, ikke en CSV-fil", "{path} is a folder, not a CSV file"),
    "csv.missing": ("{path} findes ikke", "{path} does not exist"),
    "csv.unreadable": ("{path} kan ikke læses (adgang nægtet)", "{path} cannot be read"),
    "csv.no_header": (
        "{line}: filen har ingen overskriftslinje (forventet: {columns})",
        "{line}: the file has no header line (expected: {columns})",
    ),
    "csv.unknown_column": (
        "{line}: ukendt kolonne »{name}« (kendte: {columns})",
        "{line}: unknown column '{name}' (known: {columns})",
    ),
    "csv.column_twice": (
        "{line}: kolonnen »{name}« står der to gange",
        "{line}: the column '{name}' appears twice",
    ),
    "csv.missing_columns": (
        "{line}: {n} kolonner mangler: {names} (forventet: {columns})",
        "{line}: {n} columns are missing: {names} (expected: {columns})",
    ),
    "csv.missing_columns_one": (
        "{line}: kolonnen {names} mangler (forventet: {columns})",
        "{line}: the column {names} is missing (expected: {columns})",
    ),
    "csv.too_many": (
        "rækken har {count} felter, men overskriften kun {width}",
        "the row has {count} fields but the header only {width}",
    ),
    "csv.empty": ("skal udfyldes", "is required"),
}
