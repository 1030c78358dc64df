"""The Kontakter search and filters (domain/search.py)."""

from __future__ import annotations

from kkr_tui.domain.models import Contact
from kkr_tui.domain.search import ContactFilter, matches, next_choice, organisations

NAMES = {"nordjylland": "KKR Nordjylland", "sjaelland": "KKR Sjælland"}

HAUKUR = Contact(
    name="Haukur Thorsteinsson",
    title="Chefkonsulent",
    organisation="KL",
    unit="KKR-sekretariatet i Nordjylland",
    email="hast@kl.dk",
    phone="33 70 30 10",
    councils=("nordjylland",),
    secretariat=True,
    id=1,
)
SUSANNE = Contact(name="Susanne Nørlund Munk", organisation="KL", email="snm@kl.dk", id=2)
AASE = Contact(name="Åse Ærø", organisation="Region Sjælland", councils=("sjaelland",), id=3)


def test_every_field_is_searched_case_insensitively() -> None:
    for query in (
        "haukur",
        "CHEFKONSULENT",
        "kkr-sekretariatet",
        "HAST@KL",
        "33 70",
        "nordjylland",
    ):
        assert matches(HAUKUR, query, NAMES), query


def test_phone_without_spaces_and_council_by_name() -> None:
    assert matches(HAUKUR, "33703010", NAMES)
    assert matches(AASE, "kkr sjælland", NAMES)


def test_danish_letters_casefold_but_aa_is_not_aa() -> None:
    assert matches(SUSANNE, "NØRLUND", NAMES)
    assert matches(AASE, "ÅSE ÆRØ", NAMES)
    assert not matches(AASE, "aase", NAMES)
    assert not matches(SUSANNE, "norlund", NAMES)


def test_all_words_must_match_somewhere() -> None:
    assert matches(HAUKUR, "hast nord", NAMES)
    assert not matches(HAUKUR, "hast sjælland", NAMES)
    assert matches(HAUKUR, "   ", NAMES)


def test_filter_by_council_and_organisation_sorted_danish() -> None:
    contacts = [AASE, SUSANNE, HAUKUR]
    assert ContactFilter().apply(contacts, NAMES) == [HAUKUR, SUSANNE, AASE]
    assert ContactFilter(council="sjaelland").apply(contacts, NAMES) == [AASE]
    assert ContactFilter(organisation="kl").apply(contacts, NAMES) == [HAUKUR, SUSANNE]
    assert ContactFilter(query="kl", council="nordjylland").apply(contacts, NAMES) == [HAUKUR]
    assert not ContactFilter().active and ContactFilter(council="x").active


def test_organisations_and_cycling() -> None:
    assert organisations([AASE, SUSANNE, HAUKUR, Contact(name="x", organisation=" kl ")]) == [
        "KL",
        "Region Sjælland",
    ]
    choices = ["a", "b"]
    assert [next_choice(c, choices) for c in (None, "a", "b", "gone")] == ["a", "b", None, "a"]
    assert next_choice(None, []) is None
