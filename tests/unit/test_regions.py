"""Dated regions: Hovedstaden and Sjælland are in Region Østdanmark from 1 January 2027."""

from __future__ import annotations

import pendulum

from kkr_tui.domain.models import Council
from kkr_tui.domain.reference import COUNCILS
from kkr_tui.domain.regions import region_on


def council(slug: str) -> Council:
    seed = next(c for c in COUNCILS if c.slug == slug)
    return Council(
        slug=seed.slug,
        name=seed.name,
        region=seed.region,
        seats=seed.seats,
        municipalities=seed.municipalities,
    )


def test_the_merger_is_dated() -> None:
    new_year = pendulum.date(2027, 1, 1)
    for slug, old in (("hovedstaden", "Region Hovedstaden"), ("sjaelland", "Region Sjælland")):
        assert region_on(council(slug), new_year.subtract(days=1)) == old
        assert region_on(council(slug), new_year) == "Region Østdanmark"
    assert region_on(council("nordjylland"), new_year) == "Region Nordjylland"
