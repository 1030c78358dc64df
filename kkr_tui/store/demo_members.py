"""The demo's members: every seat of the five KKR filled, as after the constituting
meetings of January 2026 (196 members: the 98 mayors and 98 further members).

Every name is fictional (invented surnames such as "Prøvesen" say so at a glance); no
real member or chair of 2026-2030 is shipped. What is modelled on the real thing:

- every mayor of the region is a member by right; the chair and vice chair are mayors
  of two different parties;
- the further members (as many as the region has municipalities, the cap in KKR's
  rules of procedure) are shared out so that the KKR mirrors the election result: the
  region's votes per party (fixed, plausible shares) by d'Hondt, counting the mayors'
  seats first;
- every mayor has a stedfortræder (the deputy mayor, of the coalition partner) and
  every further member a personal suppleant of the same party, registered as
  "suppleant for" them: they take no seat.

Fixed lists and arithmetic only (no random module), so every build is the same.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from kkr_tui.domain.models import Member, Role
from kkr_tui.domain.reference import COUNCILS
from kkr_tui.store.demo_mail import with_address
from kkr_tui.store.transaction import Transaction

FIRST_NAMES = (
    "Anne",
    "Jens",
    "Mette",
    "Peter",
    "Hanne",
    "Lars",
    "Susanne",
    "Michael",
    "Lene",
    "Henrik",
    "Marianne",
    "Søren",
    "Camilla",
    "Thomas",
    "Louise",
    "Jesper",
    "Charlotte",
    "Morten",
    "Pia",
    "Martin",
    "Birgitte",
    "Rasmus",
    "Helle",
    "Anders",
    "Tina",
    "Niels",
    "Malene",
    "Kim",
    "Jette",
    "Christian",
    "Lone",
    "Jacob",
    "Kirsten",
    "Mads",
    "Sofie",
    "Bjarne",
    "Maja",
    "Poul",
    "Ida",
    "Kasper",
    "Line",
    "Steen",
    "Trine",
    "Allan",
)
# Invented, Danish in shape, fictional at a glance.
SURNAMES = (
    "Prøvesen",
    "Fiktivsen",
    "Modelgaard",
    "Skitsesen",
    "Demosen",
    "Kladdegaard",
    "Testrup",
    "Udkastrup",
    "Eksempelholm",
    "Opdigtsen",
    "Mønsterbæk",
    "Attrapsen",
    "Forsøgslund",
    "Påfundsen",
    "Skabelund",
    "Udkastholm",
)

# Each mayor's party, in the order of the council's municipalities (reference data).
MAYOR_PARTIES = {
    "nordjylland": "AVAVVVAVVAV",
    "midtjylland": "VVVAAVVAAAVACAVAVCA",
    "syddanmark": "VVAVAVVVVAVVVAAAVVVCBA",
    "hovedstaden": "AVAAACVCCACCACVACAFAACAFCVAAC",
    "sjaelland": "VVVAAAVACAVAACCVA",
}
# The formandskab: (chair's municipality, vice chair's municipality); their parties differ.
FORMANDSKAB = {
    "nordjylland": ("Aalborg", "Rebild"),
    "midtjylland": ("Randers", "Herning"),
    "syddanmark": ("Kolding", "Odense"),
    "hovedstaden": ("Gladsaxe", "Gentofte"),
    "sjaelland": ("Roskilde", "Faxe"),
}
# Where the further members come from: the larger municipalities more than once.
FURTHER_MUNICIPALITIES = {
    "nordjylland": (
        "Aalborg",
        "Aalborg",
        "Aalborg",
        "Hjørring",
        "Hjørring",
        "Frederikshavn",
        "Mariagerfjord",
        "Jammerbugt",
        "Thisted",
        "Vesthimmerland",
        "Brønderslev",
    ),
    "midtjylland": (
        "Aarhus",
        "Aarhus",
        "Aarhus",
        "Aarhus",
        "Randers",
        "Randers",
        "Horsens",
        "Herning",
        "Silkeborg",
        "Silkeborg",
        "Viborg",
        "Holstebro",
        "Skanderborg",
        "Ikast-Brande",
        "Favrskov",
        "Hedensted",
        "Skive",
        "Ringkøbing-Skjern",
        "Syddjurs",
    ),
    "syddanmark": (
        "Odense",
        "Odense",
        "Odense",
        "Odense",
        "Esbjerg",
        "Esbjerg",
        "Vejle",
        "Vejle",
        "Kolding",
        "Kolding",
        "Sønderborg",
        "Svendborg",
        "Haderslev",
        "Fredericia",
        "Aabenraa",
        "Faaborg-Midtfyn",
        "Varde",
        "Vejen",
        "Middelfart",
        "Nyborg",
        "Tønder",
        "Assens",
    ),
    "hovedstaden": (
        "København",
        "København",
        "København",
        "København",
        "København",
        "København",
        "København",
        "København",
        "Frederiksberg",
        "Frederiksberg",
        "Gentofte",
        "Gladsaxe",
        "Lyngby-Taarbæk",
        "Rudersdal",
        "Hillerød",
        "Helsingør",
        "Ballerup",
        "Hvidovre",
        "Høje-Taastrup",
        "Bornholm",
        "Rødovre",
        "Tårnby",
        "Fredensborg",
        "Gribskov",
        "Frederikssund",
        "Egedal",
        "Furesø",
        "Albertslund",
        "Brøndby",
    ),
    "sjaelland": (
        "Roskilde",
        "Roskilde",
        "Næstved",
        "Næstved",
        "Slagelse",
        "Slagelse",
        "Holbæk",
        "Køge",
        "Guldborgsund",
        "Kalundborg",
        "Vordingborg",
        "Lolland",
        "Greve",
        "Ringsted",
        "Faxe",
        "Odsherred",
        "Sorø",
    ),
}
# The region's votes at the municipal election, per mille per party (fictional, plausible).
_BASE_VOTES = {
    "A": 280,
    "V": 200,
    "C": 140,
    "F": 110,
    "Ø": 60,
    "Æ": 60,
    "I": 50,
    "B": 40,
    "O": 40,
    "M": 20,
}
VOTES = {
    "nordjylland": _BASE_VOTES | {"V": 240, "Æ": 90, "Ø": 40, "B": 20, "C": 100},
    "midtjylland": _BASE_VOTES,
    "syddanmark": _BASE_VOTES | {"V": 230, "Æ": 80, "C": 120},
    "hovedstaden": _BASE_VOTES | {"C": 170, "F": 140, "Ø": 110, "B": 70, "V": 110, "Æ": 20},
    "sjaelland": _BASE_VOTES | {"Æ": 70, "O": 50},
}
# The deputy mayor's party: the mayor's coalition partner.
_PARTNERS = {"A": "VFC", "V": "ACÆ", "C": "VA", "F": "AØ", "B": "AV"}
# Left without an e-mail address on purpose: the dispatch warns about it.
NO_ADDRESS = ("syddanmark", 0)  # (council, number among its further members)


def further_parties(slug: str, mayors: Counter[str], seats: int) -> list[str]:
    """The further members' parties, strongest first: d'Hondt over the region's votes,
    each party starting from the seats its mayors already hold."""
    votes = VOTES[slug]
    held = Counter(mayors)
    chosen: list[str] = []
    for _ in range(seats):
        party = max(votes, key=lambda p: (votes[p] / (held[p] + 1), votes[p]))
        held[party] += 1
        chosen.append(party)
    return sorted(chosen, key=lambda p: -votes[p])


def _names(taken: set[str]) -> Iterator[str]:
    """Fictional names, each once, in an order that does not read like a list."""
    count = len(FIRST_NAMES) * len(SURNAMES)
    for n in range(count):
        # 1 + len(SURNAMES) is prime to len(SURNAMES): (first, surname) never repeats.
        first = FIRST_NAMES[(n * 7) % len(FIRST_NAMES)]
        last = SURNAMES[(n * 7 // len(FIRST_NAMES) + n * 5) % len(SURNAMES)]
        name = f"{first} {last}"
        if name not in taken:
            taken.add(name)
            yield name


def demo_members(taken: set[str]) -> list[Member]:
    """Every member and substitute of the five councils (names not in `taken`)."""
    names = _names(set(taken))
    members: list[Member] = []
    for council in COUNCILS:
        slug = council.slug
        chair_town, vice_town = FORMANDSKAB[slug]
        mayor_party = dict(zip(council.municipalities, MAYOR_PARTIES[slug], strict=True))
        mayors = []
        for municipality, party in mayor_party.items():
            role = Role.MAYOR
            if municipality == chair_town:
                role = Role.CHAIR
            elif municipality == vice_town:
                role = Role.VICE_CHAIR
            mayors.append(
                Member(slug, next(names), municipality, party=party, role=role, mayor=True)
            )
        towns = FURTHER_MUNICIPALITIES[slug]
        parties = further_parties(slug, Counter(mayor_party.values()), len(towns))
        further = [
            Member(slug, next(names), town, party=party)
            for town, party in zip(towns, parties, strict=True)
        ]
        deputies = [
            Member(
                slug,
                next(names),
                mayor.municipality,
                party=_PARTNERS[mayor.party][n % len(_PARTNERS[mayor.party])],
                substitute_for=mayor.name,
            )
            for n, mayor in enumerate(mayors)
        ]
        # A personal suppleant of the same party, often from another municipality.
        suppleanter = [
            Member(
                slug,
                next(names),
                towns[(n + 1) % len(towns)] if n % 3 else member.municipality,
                party=member.party,
                substitute_for=member.name,
            )
            for n, member in enumerate(further)
        ]
        for n, member in enumerate(further):
            if (slug, n) != NO_ADDRESS:
                further[n] = with_address(member)
        members += [with_address(m) for m in mayors]
        members += further
        members += [with_address(m) for m in (*deputies, *suppleanter)]
    return members


def add_members(tx: Transaction, taken: set[str]) -> list[Member]:
    """Register the demo's members (called once by build_demo); the stored records."""
    return tx.add_all(demo_members(taken))
