"""The rules for a council member as typed in a dialog or read from an import file.

One place for both, so the app and `kkr import members` accept and refuse the same
things: the municipality must be one of the council's (with a suggestion on a typo),
the role is a Danish word, a substitute stands in for a member of the same council,
and the same person in the same municipality is not registered twice.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from kkr_tui.domain.errors import ValidationError
from kkr_tui.domain.models import Council, Member, Role
from kkr_tui.domain.names import caseless, closest, closest_council, find_council, match_name
from kkr_tui.domain.text import fold, strip_controls
from kkr_tui.i18n import t

# Every spelling of a role we accept, after fold() (so "næstformand" is here too).
ROLE_WORDS: dict[str, Role] = {
    "borgmester": Role.MAYOR,
    "medlem": Role.MEMBER,
    "formand": Role.CHAIR,
    "naestformand": Role.VICE_CHAIR,
    "mayor": Role.MAYOR,
    "member": Role.MEMBER,
    "chair": Role.CHAIR,
    "vice chair": Role.VICE_CHAIR,
    "vice-chair": Role.VICE_CHAIR,
    "vicechair": Role.VICE_CHAIR,
}
# "formand og borgmester", "formand/borgmester", "formand, borgmester", "formand+borgmester"
_ROLE_SEPARATORS = re.compile(r"\s*(?:,|/|\+|&|\bog\b|\band\b)\s*")
_OFFICES = (Role.CHAIR, Role.VICE_CHAIR)


@dataclass(frozen=True)
class MemberForm:
    """A member as typed: raw text, checked and normalised by `build_member`."""

    name: str
    municipality: str
    party: str = ""
    role: str = ""
    mayor: bool = False
    substitute_for: str = ""


def clean(text: str) -> str:
    """What a person meant to type: no control characters, single spaces, no edges."""
    return " ".join(strip_controls(text).split())


def parse_role(text: str) -> tuple[Role, bool]:
    """The role and whether the member is also mayor: 'formand og borgmester' -> (CHAIR, True).

    Empty means an ordinary member.
    """
    words = [w for w in _ROLE_SEPARATORS.split(fold(text)) if w]
    if not words:
        return Role.MEMBER, False
    roles = []
    for word in words:
        role = ROLE_WORDS.get(word)
        if role is None:
            raise ValidationError(t("members.role_unknown", text=clean(text)), "role")
        roles.append(role)
    offices = {r for r in roles if r in _OFFICES}
    if len(offices) > 1:
        raise ValidationError(t("members.role_both", text=clean(text)), "role")
    if offices:
        return offices.pop(), Role.MAYOR in roles
    if Role.MAYOR in roles:
        return Role.MAYOR, True
    return Role.MEMBER, False


def role_words(role: Role, mayor: bool) -> str:
    """The role as the catalogue says it, e.g. 'formand (borgmester)'."""
    words = t(f"role.{role.value}")
    if mayor and role in _OFFICES:
        words = t("members.role_with_mayor", role=words)
    return words


def council_named(text: str, councils: Sequence[Council]) -> Council:
    """The council `text` names; on a typo a ValidationError (field "council") suggesting
    the closest one, else one listing them all."""
    found = find_council(text, councils)
    if found is not None:
        return found
    typed = clean(text)
    suggestion = closest_council(typed, councils)
    if suggestion is not None:
        raise ValidationError(
            t("members.import.council_typo", text=typed, suggestion=suggestion.name), "council"
        )
    known = ", ".join(c.slug for c in councils)
    raise ValidationError(t("members.import.unknown_council", text=typed, known=known), "council")


def resolve_municipality(text: str, council: Council, councils: Iterable[Council] = ()) -> str:
    """The council's own spelling of the municipality `text` names, or a helpful error."""
    typed = clean(text)
    if not typed:
        raise ValidationError(t("members.empty"), "municipality")
    found = match_name(typed, council.municipalities)
    if found is not None:
        return found
    for other in councils:
        if other.slug != council.slug and match_name(typed, other.municipalities):
            raise ValidationError(
                t(
                    "members.municipality_elsewhere",
                    text=typed,
                    other=other.name,
                    council=council.name,
                ),
                "municipality",
            )
    suggestion = closest(typed, council.municipalities)
    if suggestion is not None:
        raise ValidationError(
            t("members.municipality_typo", text=typed, council=council.name, suggestion=suggestion),
            "municipality",
        )
    raise ValidationError(
        t(
            "members.municipality_unknown",
            text=typed,
            council=council.name,
            known=", ".join(council.municipalities),
        ),
        "municipality",
    )


def resolve_substitute(text: str, council: Council, names: Sequence[str]) -> str:
    """The member a substitute stands in for (by name, in the same council); '' for none."""
    typed = clean(text)
    if not typed:
        return ""
    found = match_name(typed, names)
    if found is not None:
        return found
    suggestion = closest(typed, names)
    key = "members.substitute_typo" if suggestion else "members.substitute_unknown"
    raise ValidationError(
        t(key, text=typed, council=council.name, suggestion=suggestion or ""), "substitute_for"
    )


def member_key(member: Member) -> tuple[str, str, str]:
    """Who a member is for duplicates: the same name in the same municipality and council."""
    return (member.council, caseless(member.name), caseless(member.municipality))


def build_member(
    form: MemberForm,
    council: Council,
    *,
    members: Sequence[Member] = (),
    councils: Iterable[Council] = (),
    editing: Member | None = None,
    substitute_names: Sequence[str] | None = None,
) -> Member:
    """Check `form` against the council and its `members`; the Member to save.

    `editing` is the stored member being changed (keeps its id and revision). A person
    already registered in the same municipality is refused. `substitute_names` are the
    names a substitute may stand in for (default: the council's other members).
    """
    name = clean(form.name)
    if not name:
        raise ValidationError(t("members.empty"), "name")
    municipality = resolve_municipality(form.municipality, council, councils)
    role, mayor = parse_role(form.role)
    mayor = mayor or form.mayor
    own = [m for m in members if m.council == council.slug]
    others = [m for m in own if editing is None or m.id != editing.id]
    if substitute_names is None:
        substitute_names = [m.name for m in others if not m.is_substitute]
    substitute_for = resolve_substitute(form.substitute_for, council, substitute_names)
    if substitute_for and caseless(substitute_for) == caseless(name):
        raise ValidationError(t("members.substitute_self"), "substitute_for")
    candidate = Member(
        council=council.slug,
        name=name,
        municipality=municipality,
        party=clean(form.party),
        role=role,
        mayor=mayor and role is not Role.MEMBER,
        substitute_for=substitute_for,
        id=editing.id if editing else 0,
        rev=editing.rev if editing else 0,
    )
    for other in others:
        if member_key(other) == member_key(candidate):
            raise ValidationError(
                t("members.duplicate", name=other.name, municipality=other.municipality), "name"
            )
    return candidate
