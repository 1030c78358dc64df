"""A council's region on a given day: regions are dated.

Region Hovedstaden and Region Sjælland merge into Region Østdanmark (seat in Sorø) on
1 January 2027; both councils remain for 2026-2030. From that day both show the new
region; earlier days keep the old names (a stored council keeps its own region name,
which is what it was called before any change listed here).
"""

from __future__ import annotations

from typing import NamedTuple

import pendulum

from kkr_tui.domain.models import Council


class RegionChange(NamedTuple):
    councils: tuple[str, ...]
    since: pendulum.Date
    region: str


REGION_CHANGES: tuple[RegionChange, ...] = (
    RegionChange(("hovedstaden", "sjaelland"), pendulum.date(2027, 1, 1), "Region Østdanmark"),
)


def region_on(council: Council, day: pendulum.Date) -> str:
    """The name of `council`'s region on `day`."""
    region = council.region
    for change in sorted(REGION_CHANGES, key=lambda c: c.since):
        if council.slug in change.councils and day >= change.since:
            region = change.region
    return region
