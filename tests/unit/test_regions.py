"""Dated regions: Hovedstaden and Sjælland are in Region Østdanmark from 1 January 2027."""

from __future__ import annotations

import json

import pendulum
import pytest

from kkr_tui.cli import main
from kkr_tui.domain.models import Council
from kkr_tui.domain.reference import COUNCILS
from kkr_tui.domain.regions import region_on
from kkr_tui.store import Store


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


def test_status_json_names_the_region_of_the_day(
    capsys: pytest.CaptureFixture[str], demo_store: Store
) -> None:
    """`kkr status --json` gives each council's region as called on --today."""
    regions = {}
    for day in ("2026-12-31", "2027-01-01"):
        main(["--db", str(demo_store.path), "--today", day, "status", "--json"])
        report = json.loads(capsys.readouterr().out)
        regions[day] = {c["slug"]: c["region"] for c in report["councils"]}
    assert regions["2026-12-31"]["hovedstaden"] == "Region Hovedstaden"
    assert regions["2026-12-31"]["sjaelland"] == "Region Sjælland"
    assert regions["2027-01-01"]["hovedstaden"] == "Region Østdanmark"
    assert regions["2027-01-01"]["sjaelland"] == "Region Østdanmark"
    assert regions["2027-01-01"]["syddanmark"] == "Region Syddanmark"
