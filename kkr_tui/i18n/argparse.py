"""argparse's own words: "usage:", "options:", "show this help message and exit" and its
error messages, which argparse writes in English. `kkr_tui.cli_parser` puts them through
these keys (the English originals are there), so that a Danish `kkr --help` is Danish
throughout and `--lang en` English throughout.
"""

TEXTS: dict[str, tuple[str, str]] = {
    "argparse.usage": ("brug: ", "usage: "),
    "argparse.positionals": ("argumenter", "positional arguments"),
    "argparse.options": ("tilvalg", "options"),
    "argparse.help": ("vis denne hjælp og afslut", "show this help message and exit"),
    "argparse.version": ("vis programmets version og afslut", "show the version and exit"),
    "argparse.error": ("{prog}: fejl: {message}", "{prog}: error: {message}"),
    "argparse.argument": ("{argument_name}: {message}", "argument {argument_name}: {message}"),
    "argparse.invalid_choice": (
        "ugyldigt valg: {value} (vælg mellem {choices})",
        "invalid choice: {value} (choose from {choices})",
    ),
    "argparse.required": (
        "følgende skal angives: {value}",
        "the following arguments are required: {value}",
    ),
    "argparse.unrecognized": ("ukendte argumenter: {value}", "unrecognized arguments: {value}"),
    "argparse.expected_one": ("kræver en værdi", "expected one argument"),
    "argparse.expected_at_most_one": ("tager højst én værdi", "expected at most one argument"),
    "argparse.expected_at_least_one": (
        "kræver mindst én værdi",
        "expected at least one argument",
    ),
    "argparse.expected_n": ("kræver {value} værdier", "expected {value} arguments"),
    "argparse.expected_n_one": ("kræver {value} værdi", "expected {value} argument"),
    "argparse.ambiguous": (
        "tvetydigt tilvalg: {option} kan være {matches}",
        "ambiguous option: {option} could match {matches}",
    ),
    "argparse.invalid_value": ("ugyldig {type}-værdi: {value}", "invalid {type} value: {value}"),
    "argparse.not_allowed_with": (
        "kan ikke bruges sammen med {value}",
        "not allowed with argument {value}",
    ),
    "argparse.one_required": (
        "et af disse tilvalg skal angives: {value}",
        "one of the arguments {value} is required",
    ),
    "argparse.ignored_explicit": (
        "tager ingen værdi: {value}",
        "ignored explicit argument {value}",
    ),
}
