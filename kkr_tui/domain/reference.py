"""Embedded reference data from DOMAIN.md: the five KKR of 2026-2030 and the seed contacts.

Only what the seed gives is shipped: no member or chair names (those are entered or imported).
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class CouncilSeed:
    """One of the five councils as a new database is seeded with it."""

    slug: str
    name: str
    region: str
    seats: int
    municipalities: tuple[str, ...]


COUNCILS: tuple[CouncilSeed, ...] = (
    CouncilSeed(
        "nordjylland",
        "KKR Nordjylland",
        "Region Nordjylland",
        22,
        (
            "Aalborg",
            "Brønderslev",
            "Frederikshavn",
            "Hjørring",
            "Jammerbugt",
            "Læsø",
            "Mariagerfjord",
            "Morsø",
            "Rebild",
            "Thisted",
            "Vesthimmerland",
        ),
    ),
    CouncilSeed(
        "midtjylland",
        "KKR Midtjylland",
        "Region Midtjylland",
        38,
        (
            "Favrskov",
            "Hedensted",
            "Herning",
            "Holstebro",
            "Horsens",
            "Ikast-Brande",
            "Lemvig",
            "Norddjurs",
            "Odder",
            "Randers",
            "Ringkøbing-Skjern",
            "Samsø",
            "Silkeborg",
            "Skanderborg",
            "Skive",
            "Struer",
            "Syddjurs",
            "Viborg",
            "Aarhus",
        ),
    ),
    CouncilSeed(
        "syddanmark",
        "KKR Syddanmark",
        "Region Syddanmark",
        44,
        (
            "Assens",
            "Billund",
            "Esbjerg",
            "Fanø",
            "Fredericia",
            "Faaborg-Midtfyn",
            "Haderslev",
            "Kerteminde",
            "Kolding",
            "Langeland",
            "Middelfart",
            "Nordfyns",
            "Nyborg",
            "Odense",
            "Svendborg",
            "Sønderborg",
            "Tønder",
            "Varde",
            "Vejen",
            "Vejle",
            "Ærø",
            "Aabenraa",
        ),
    ),
    CouncilSeed(
        "hovedstaden",
        "KKR Hovedstaden",
        "Region Hovedstaden",
        58,
        (
            "Albertslund",
            "Allerød",
            "Ballerup",
            "Bornholm",
            "Brøndby",
            "Dragør",
            "Egedal",
            "Fredensborg",
            "Frederiksberg",
            "Frederikssund",
            "Furesø",
            "Gentofte",
            "Gladsaxe",
            "Glostrup",
            "Gribskov",
            "Halsnæs",
            "Helsingør",
            "Herlev",
            "Hillerød",
            "Hvidovre",
            "Høje-Taastrup",
            "Hørsholm",
            "Ishøj",
            "København",
            "Lyngby-Taarbæk",
            "Rudersdal",
            "Rødovre",
            "Tårnby",
            "Vallensbæk",
        ),
    ),
    CouncilSeed(
        "sjaelland",
        "KKR Sjælland",
        "Region Sjælland",
        34,
        (
            "Faxe",
            "Greve",
            "Guldborgsund",
            "Holbæk",
            "Kalundborg",
            "Køge",
            "Lejre",
            "Lolland",
            "Næstved",
            "Odsherred",
            "Ringsted",
            "Roskilde",
            "Slagelse",
            "Solrød",
            "Sorø",
            "Stevns",
            "Vordingborg",
        ),
    ),
)

COUNCIL_SLUGS: tuple[str, ...] = tuple(c.slug for c in COUNCILS)


@dataclass(frozen=True)
class ContactSeed:
    """A secretariat contact a new database is seeded with."""

    name: str
    title: str
    organisation: str
    unit: str
    email: str
    councils: tuple[str, ...]
    secretariat: bool


SEED_CONTACTS: tuple[ContactSeed, ...] = (
    ContactSeed(
        "Haukur Thorsteinsson",
        "Chefkonsulent",
        "KL",
        "KKR-sekretariatet i Nordjylland",
        "hast@kl.dk",
        ("nordjylland",),
        True,
    ),
    ContactSeed(
        "Susanne Nørlund Munk",
        "Leder af KKR og Tværgående Samarbejde",
        "KL",
        "KKR og Tværgående Samarbejde",
        "snm@kl.dk",
        (),
        False,
    ),
    ContactSeed(
        "Henrik Haue",
        "Kontorchef",
        "KL",
        "Klima og Tværkommunalt Samarbejde",
        "hfh@kl.dk",
        (),
        False,
    ),
)

# The policy areas DOMAIN.md names; the list in the database is what counts (configurable).
DEFAULT_POLICY_AREAS: tuple[str, ...] = (
    "sundhed",
    "beskæftigelse",
    "uddannelse",
    "det specialiserede socialområde",
    "infrastruktur og mobilitet",
    "klima og miljø",
    "erhverv",
)
