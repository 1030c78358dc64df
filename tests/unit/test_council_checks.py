"""Member rules and the contradiction checks of a council (domain/membership, council_checks)."""

from __future__ import annotations

from typing import Any

import pytest

from kkr_tui.domain.council_checks import Check, chair_and_vice, council_warnings, seated
from kkr_tui.domain.errors import ValidationError
from kkr_tui.domain.membership import MemberForm, build_member, parse_role, role_words
from kkr_tui.domain.models import Council, Member, Role
from kkr_tui.domain.names import closest, find_council, match_name, sort_key
from kkr_tui.domain.reference import COUNCILS


def council(slug: str = "nordjylland", seats: int | None = None) -> Council:
    seed = next(c for c in COUNCILS if c.slug == slug)
    return Council(
        slug=seed.slug,
        name=seed.name,
        region=seed.region,
        seats=seats or seed.seats,
        municipalities=seed.municipalities,
    )


ALL = [council(c.slug) for c in COUNCILS]


def member(name: str, municipality: str, role: Role = Role.MAYOR, **kw: Any) -> Member:
    return Member(council="nordjylland", name=name, municipality=municipality, role=role, **kw)


def full_roster() -> list[Member]:
    """A mayor for every municipality of Nordjylland: nothing to warn about."""
    return [member(f"M{i}", m) for i, m in enumerate(council().municipalities)]


# --- the Member record --------------------------------------------------------------------


def test_mayor_flag_defaults_false_and_old_records_read_unchanged() -> None:
    old = Member.from_dict(
        {"council": "nordjylland", "name": "A", "municipality": "Aalborg", "role": "formand"}
    )
    assert (old.role, old.mayor) == (Role.CHAIR, False)
    assert Member.from_dict(old.to_dict()) == old


def test_role_borgmester_is_always_mayor_and_a_mayor_member_is_borgmester() -> None:
    assert member("A", "Aalborg", Role.MAYOR).mayor is True
    assert member("A", "Aalborg", Role.MEMBER, mayor=True).role is Role.MAYOR
    assert member("A", "Aalborg", Role.CHAIR, mayor=True).role is Role.CHAIR


# --- names ----------------------------------------------------------------------------


def test_match_name_ignores_case_space_and_spelled_out_letters() -> None:
    names = council("sjaelland").municipalities
    assert match_name(" KØGE ", names) == "Køge"
    assert match_name("koege", names) == "Køge"
    assert match_name("Kjøge", names) is None


def test_closest_suggests_a_near_name_only() -> None:
    names = council().municipalities
    assert closest("Alborg", names) == "Aalborg"
    assert closest("Hjöring", names) == "Hjørring"
    assert closest("København", names) is None


def test_find_council_by_slug_name_region() -> None:
    for text in ("sjaelland", "KKR Sjælland", "Sjælland", "region sjælland", " kkr  SJAELLAND "):
        found = find_council(text, ALL)
        assert found is not None and found.slug == "sjaelland", text
    assert find_council("Fyn", ALL) is None
    assert find_council("", ALL) is None


def test_danish_sort_order() -> None:
    assert sorted(["Åbenrå", "Ærø", "Aalborg", "Ørsted", "Zealand"], key=sort_key) == [
        "Aalborg",
        "Zealand",
        "Ærø",
        "Ørsted",
        "Åbenrå",
    ]


# --- roles and member forms ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", (Role.MEMBER, False)),
        ("medlem", (Role.MEMBER, False)),
        ("Borgmester", (Role.MAYOR, True)),
        ("næstformand", (Role.VICE_CHAIR, False)),
        ("naestformand", (Role.VICE_CHAIR, False)),
        ("formand og borgmester", (Role.CHAIR, True)),
        ("borgmester, næstformand", (Role.VICE_CHAIR, True)),
        ("medlem/borgmester", (Role.MAYOR, True)),
        ("vice chair", (Role.VICE_CHAIR, False)),
    ],
)
def test_parse_role(text: str, expected: tuple[Role, bool]) -> None:
    assert parse_role(text) == expected


@pytest.mark.parametrize("text", ["konge", "formand og næstformand", "formand, konge"])
def test_parse_role_refuses(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_role(text)
    assert caught.value.field == "role"


def test_role_words() -> None:
    assert role_words(Role.CHAIR, True) == "formand (borgmester)"
    assert role_words(Role.MAYOR, True) == "borgmester"


def test_build_member_normalises_and_suggests() -> None:
    built = build_member(
        MemberForm(name="  Anne \x1b Prøve ", municipality="aalborg", role="formand", mayor=True),
        council(),
        councils=ALL,
    )
    assert (built.name, built.municipality, built.role, built.mayor) == (
        "Anne Prøve",
        "Aalborg",
        Role.CHAIR,
        True,
    )
    with pytest.raises(ValidationError, match="mente du »Aalborg«") as caught:
        build_member(MemberForm(name="A", municipality="Alborg"), council(), councils=ALL)
    assert caught.value.field == "municipality"
    with pytest.raises(ValidationError, match="hører til KKR Syddanmark"):
        build_member(MemberForm(name="A", municipality="Odense"), council(), councils=ALL)
    with pytest.raises(ValidationError, match="skal udfyldes") as caught:
        build_member(MemberForm(name=" ", municipality="Aalborg"), council())
    assert caught.value.field == "name"


def test_build_member_refuses_a_duplicate_but_not_itself() -> None:
    stored = member("Anne", "Aalborg").with_changes(id=4, rev=2)
    with pytest.raises(ValidationError, match="allerede registreret"):
        build_member(MemberForm(name="ANNE", municipality="Aalborg"), council(), members=[stored])
    edited = build_member(
        MemberForm(name="Anne", municipality="Aalborg", party="V", role="borgmester"),
        council(),
        members=[stored],
        editing=stored,
    )
    assert (edited.id, edited.rev, edited.party) == (4, 2, "V")


def test_build_member_substitute_must_be_a_member() -> None:
    stored = [member("Bo Fiktivsen", "Brønderslev")]
    built = build_member(
        MemberForm(name="Eva", municipality="Brønderslev", substitute_for="bo fiktivsen"),
        council(),
        members=stored,
    )
    assert built.substitute_for == "Bo Fiktivsen" and built.is_substitute
    with pytest.raises(ValidationError, match="mente du »Bo Fiktivsen«"):
        build_member(
            MemberForm(name="Eva", municipality="Brønderslev", substitute_for="Bo Fiktivson"),
            council(),
            members=stored,
        )
    with pytest.raises(ValidationError, match="sig selv"):
        build_member(
            MemberForm(name="Bo Fiktivsen", municipality="Aalborg", substitute_for="Bo Fiktivsen"),
            council(),
            members=stored,
            substitute_names=["Bo Fiktivsen"],
        )


# --- warnings ------------------------------------------------------------------------------


def checks(
    members: list[Member], seats: int | None = None
) -> dict[Check, tuple[int, tuple[str, ...]]]:
    return {w.check: (w.count, w.names) for w in council_warnings(council(seats=seats), members)}


def test_a_full_roster_has_no_warnings() -> None:
    assert checks(full_roster()) == {}


def test_more_members_than_seats() -> None:
    roster = full_roster()
    found = checks(roster, seats=10)
    assert found == {Check.OVER_SEATS: (11, ())}
    assert council_warnings(council(seats=10), roster)[0].text == (
        "11 medlemmer registreret, men rådet har 10 pladser"
    )


def test_substitutes_take_no_seat_and_are_not_mayors() -> None:
    roster = [
        *full_roster()[:-1],
        member("Sub", "Vesthimmerland", Role.MEMBER, substitute_for="M0"),
    ]
    found = checks(roster, seats=10)
    assert Check.OVER_SEATS not in found
    assert found[Check.NO_MAYOR] == (1, ("Vesthimmerland",))
    assert len(seated(roster)) == 10


def test_two_chairs_two_vice_chairs_two_mayors() -> None:
    roster = full_roster()
    roster[0] = member("Anne", "Aalborg", Role.CHAIR, mayor=True)
    roster[1] = member("Bo", "Brønderslev", Role.CHAIR, mayor=True)
    roster[2] = member("Cy", "Frederikshavn", Role.VICE_CHAIR, mayor=True)
    roster[3] = member("Di", "Hjørring", Role.VICE_CHAIR, mayor=True)
    roster.append(member("Extra", "Aalborg"))
    found = checks(roster)
    assert found[Check.TWO_CHAIRS] == (2, ("Anne", "Bo"))
    assert found[Check.TWO_VICE_CHAIRS] == (2, ("Cy", "Di"))
    assert found[Check.TWO_MAYORS] == (1, ("Aalborg",))
    chair = chair_and_vice(roster)[0]
    assert chair is not None and chair.name == "Anne"


def test_chair_without_mayor_flag_leaves_the_municipality_without_a_mayor() -> None:
    roster = full_roster()
    roster[0] = member("Anne", "Aalborg", Role.CHAIR)
    warnings = council_warnings(council(), roster)
    assert [w.text for w in warnings] == ["ingen borgmester registreret for Aalborg"]


def test_foreign_municipality_and_unknown_substitute() -> None:
    roster = [
        *full_roster(),
        member("Odd", "Odense", Role.MEMBER),
        member("Sub", "Aalborg", Role.MEMBER, substitute_for="Nobody"),
    ]
    found = checks(roster)
    assert found[Check.FOREIGN_MUNICIPALITY] == (1, ("Odd (Odense)",))
    assert found[Check.UNKNOWN_SUBSTITUTE] == (1, ("Sub → Nobody",))
