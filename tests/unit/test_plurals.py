"""Every count goes through one plural helper, `tn(key, n)`, in both languages.

A counted text is a catalogue text with an {n}: its plural under `key`, its singular
under `key_one` (and `key_zero` where 0 reads differently). Every one is rendered here
with n = 0, 1 and 2 in Danish and English: no "1 punkter", no "2 several meetings".
"""

from __future__ import annotations

import re
import string

import pytest

import kkr_tui.i18n as i18n
from kkr_tui.i18n import set_language, tn

# Counted texts where the number stands alone, so it needs no singular: a count in
# brackets after a heading, a marker, "n of total".
LABELS = {
    "cli.agenda.items",  # "Punkter (1)"
    "status.overdue_heading",  # "Overskredet (1)"
    "status.due_heading",  # "Frist inden for 10 arbejdsdage (1)"
    "status.due_heading_one_day",
    "status.due_heading_today",
    "overview.more_late",  # "(+1 mere for sent)"
    "overview.more_late_short",  # "+1"
    "cycle.dialog.proposal.kept",  # "Allerede i kalenderen: 1 (...)"
    "steps.attendance_missing",  # "for 1 af 6 medlemmer"
    "agenda.in",  # "om 3" in a column headed by its unit
    "agenda.late",  # "3 for sent" in the same column
    "status.vacancies_heading",  # "Ledige pladser (1)"
    "appointments.summary_vacant",  # "Ledige pladser: 1"
    "appointments.overview_vacant",
    "appointments.overview_total",  # " · ledige pladser i organer: 1"
    "appointments.item.made",  # "udpegninger: 1 (o viser dem)"
}

# "1 <plural>" or "2 <singular>" in a rendered text is a wrong number.
PLURAL_AFTER_ONE = re.compile(
    r"\b1 (punkter|medlemmer|møder|arbejdsdage|arb\.dage|dage|advarsler|suppleanter|"
    r"kommuner|kontakter|ændringer|dagsordenspunkter|beslutningssager|felter|formænd|"
    r"næstformænd|items|members|meetings|working days|days|warnings|substitutes|"
    r"municipalities|contacts|changes|agenda items|decision items|fields|errors|"
    r"proposals|chairs|vice chairs)\b"
)
SINGULAR_AFTER_TWO = re.compile(
    r"\b2 (punkt|medlem|møde|arbejdsdag|arb\.dag|dag|advarsel|suppleant|kommune|kontakt|"
    r"ændring|item|member|meeting|working day|day|warning|substitute|municipality|"
    r"contact|change|error|proposal)\b"
)


def catalogue() -> dict[str, tuple[str, str]]:
    return i18n.every_text()


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def counted_keys() -> list[str]:
    """Every plural form: a key with {n} that is not itself a singular or zero form."""
    texts = catalogue()
    return sorted(
        key
        for key, (da, _) in texts.items()
        if "n" in fields(da) and not key.endswith(("_one", "_zero")) and key not in LABELS
    )


def test_counted_texts_exist() -> None:
    assert len(counted_keys()) > 20


@pytest.mark.parametrize("key", counted_keys())
def test_every_counted_text_has_its_singular(key: str) -> None:
    assert f"{key}_one" in catalogue(), f"{key} has no {key}_one: use tn() and add one"


@pytest.mark.parametrize("key", counted_keys())
@pytest.mark.parametrize("lang", ["da", "en"])
def test_every_counted_text_reads_right_for_0_1_2(key: str, lang: str) -> None:
    set_language(lang)
    others = {name: "X" for name in fields(catalogue()[key][0]) | fields(catalogue()[key][1])}
    others.pop("n", None)
    rendered = {n: tn(key, n, **others) for n in (0, 1, 2)}
    assert not PLURAL_AFTER_ONE.search(rendered[1]), rendered[1]
    assert not SINGULAR_AFTER_TWO.search(rendered[2]), rendered[2]
    assert "2" in rendered[2], rendered[2]


def test_no_text_hedges_its_number() -> None:
    """'punkt(er)', 'error(s)': a count goes through tn() instead."""
    hedged = [
        f"{key}: {text}"
        for key, pair in catalogue().items()
        for text in pair
        if re.search(r"\w\((er|r|s|e|es)\)", text)
    ]
    assert not hedged, "\n".join(hedged)


def test_a_counted_text_without_a_singular_is_refused() -> None:
    with pytest.raises(KeyError):
        tn("status.overdue_heading", 1)


def test_counted_texts_are_only_shown_through_tn() -> None:
    """`t("key", n=...)` on a counted text would say "1 punkter": tn() is the one way."""
    import ast
    from pathlib import Path

    root = Path(i18n.__file__).resolve().parent.parent
    counted = {key for key in catalogue() if f"{key}_one" in catalogue()}
    found = []
    for path in sorted(root.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "t"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and node.args[0].value in counted
            ):
                found.append(f"{path.relative_to(root)}:{node.lineno}: t({node.args[0].value!r})")
    assert not found, "\n".join(found)
