"""Contradictions in a council's registered members (domain/council_checks.py)."""

TEXTS: dict[str, tuple[str, str]] = {
    "checks.over_seats": (
        "{n} medlemmer registreret, men rådet har {limit} pladser",
        "{n} members registered, but the council has {limit} seats",
    ),
    "checks.over_seats_one": (
        "1 medlem registreret, men rådet har {limit} pladser",
        "1 member registered, but the council has {limit} seats",
    ),
    "checks.two_chairs": (
        "{n} formænd registreret: {names}",
        "{n} chairs registered: {names}",
    ),
    "checks.two_chairs_one": ("1 formand registreret: {names}", "1 chair registered: {names}"),
    "checks.two_vice_chairs": (
        "{n} næstformænd registreret: {names}",
        "{n} vice chairs registered: {names}",
    ),
    "checks.two_vice_chairs_one": (
        "1 næstformand registreret: {names}",
        "1 vice chair registered: {names}",
    ),
    "checks.two_mayors": (
        "mere end én borgmester i {n} kommuner: {names}",
        "more than one mayor in {n} municipalities: {names}",
    ),
    "checks.two_mayors_one": (
        "mere end én borgmester i {names}",
        "more than one mayor in {names}",
    ),
    "checks.foreign_municipality": (
        "{n} medlemmer fra en kommune uden for rådet: {names}",
        "{n} members from a municipality outside the council: {names}",
    ),
    "checks.foreign_municipality_one": (
        "et medlem fra en kommune uden for rådet: {names}",
        "a member from a municipality outside the council: {names}",
    ),
    "checks.unknown_substitute": (
        "{n} suppleanter for en, der ikke er medlem: {names}",
        "{n} substitutes for someone who is not a member: {names}",
    ),
    "checks.unknown_substitute_one": (
        "suppleant for en, der ikke er medlem: {names}",
        "substitute for someone who is not a member: {names}",
    ),
    "checks.no_mayor": (
        "{n} kommuner uden registreret borgmester: {names}",
        "{n} municipalities without a registered mayor: {names}",
    ),
    "checks.no_mayor_one": (
        "ingen borgmester registreret for {names}",
        "no mayor registered for {names}",
    ),
}
