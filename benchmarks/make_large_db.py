"""Write a realistic large KKR database: 20 years of all five councils.

Usage: python benchmarks/make_large_db.py OUT.json [--years 20] [--first-year 2007]

20 years x 5 councils x 10 meetings (five KKR meetings, a constituting meeting after
each local election, chairmanship meetings and directors' fora), about 10,000 agenda
items with history, 300 members and 150 contacts, written through the project's own
store so the files are exactly what the app writes: the store files the finished years
(2007-2024) in archive/<name>-<year>.json beside OUT.json, as it does for any database.
Deterministic: the same arguments give the same file content.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

import pendulum

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's kkr_tui

from kkr_tui.domain.clock import TZ_NAME
from kkr_tui.domain.models import (
    AgendaItem,
    Contact,
    HistoryEntry,
    ItemKind,
    ItemState,
    Meeting,
    MeetingState,
    Member,
    Role,
    Series,
)
from kkr_tui.domain.reference import COUNCILS, DEFAULT_POLICY_AREAS
from kkr_tui.domain.workdays import WorkCalendar
from kkr_tui.store import open_store
from kkr_tui.store.archive import archive_path, archived_years
from kkr_tui.store.transaction import Transaction

KKR_MONTHS = (2, 4, 6, 9, 11)
ITEM_TITLES = (
    "Regional udviklingsstrategi",
    "Kapacitet på det specialiserede socialområde",
    "Sundhedsklynger",
    "Mobilitetsplan og kollektiv trafik",
    "Uddannelsesgaranti og praktikpladser",
    "Klimatilpasning",
    "Beskæftigelsesindsats for unge",
    "Rammeaftale for det sociale område",
    "Infrastrukturprioriteter",
    "Erhvervsfremme og turisme",
)
FIRST = ("Anna", "Bo", "Carla", "Dennis", "Eva", "Frank", "Gitte", "Henrik", "Ida", "Jonas")
LAST = ("Eksempel", "Prøvesen", "Fiktivsen", "Demosen", "Testrup", "Modelgaard")


def _working_day_near(calendar: WorkCalendar, day: pendulum.Date) -> pendulum.Date:
    return calendar.on_or_after(day)


def build(path: Path, years: int, first_year: int, seed: int = 2026) -> dict[str, int]:
    rng = random.Random(seed)
    calendar = WorkCalendar()
    store = open_store(path, create=True)
    last_year = first_year + years - 1
    today = pendulum.date(last_year, 9, 10)
    counts = {"meetings": 0, "items": 0, "members": 0, "contacts": 0}
    with store.transaction() as tx:
        for n in range(150 - 3):
            first, last = FIRST[n % len(FIRST)], LAST[(n // len(FIRST)) % len(LAST)]
            slug = COUNCILS[n % 5].slug
            tx.add(
                Contact(
                    name=f"{first} {last} {n}",
                    title="Konsulent",
                    organisation="KL" if n % 3 else f"{COUNCILS[n % 5].region}",
                    unit=f"KKR-sekretariatet {COUNCILS[n % 5].name}",
                    email=f"person{n}@eksempel.dk",
                    phone=f"33 70 {n:04d}",
                    councils=(slug,),
                    secretariat=n % 4 == 0,
                )
            )
            counts["contacts"] += 1
        for n in range(300):
            council = COUNCILS[n % 5]
            municipality = council.municipalities[(n // 5) % len(council.municipalities)]
            tx.add(
                Member(
                    council=council.slug,
                    name=f"{FIRST[n % 10]} {LAST[(n // 10) % 6]} {n}",
                    municipality=municipality,
                    party="AVCFØBIÆ"[n % 8],
                    role=Role.CHAIR if n < 5 else Role.VICE_CHAIR if n < 10 else Role.MAYOR,
                )
            )
            counts["members"] += 1
        for year in range(first_year, last_year + 1):
            for index, council in enumerate(COUNCILS):
                _year_of_meetings(tx, rng, calendar, council.slug, index, year, today, counts)
    return counts


def _year_of_meetings(
    tx: Transaction,
    rng: random.Random,
    calendar: WorkCalendar,
    slug: str,
    index: int,
    year: int,
    today: pendulum.Date,
    counts: dict[str, int],
) -> None:
    plans: list[tuple[Series, pendulum.Date, int]] = []
    if (year - 2) % 4 == 0:  # the January after a local election (2005, 2009, ... 2025)
        plans.append((Series.CONSTITUTING, calendar.on_or_before(pendulum.date(year, 1, 28)), 16))
    for month in KKR_MONTHS:
        day = _working_day_near(calendar, pendulum.date(year, month, 10 + index * 2))
        plans.append((Series.KKR, day, 9))
        if month in (4, 9):
            plans.append((Series.CHAIRMANSHIP, calendar.add_working_days(day, -10), 8))
    plans.append((Series.DIRECTORS, _working_day_near(calendar, pendulum.date(year, 5, 20)), 13))
    plans.append(
        (Series.PROFESSIONAL_DIRECTORS, _working_day_near(calendar, pendulum.date(year, 10, 6)), 13)
    )
    for series, day, hour in plans:
        start = pendulum.datetime(day.year, day.month, day.day, hour, 0, tz=TZ_NAME)
        past = day < today
        state = MeetingState.PUBLISHED if past else MeetingState.PLANNED
        if past and rng.random() < 0.02:
            state = MeetingState.CANCELLED
        meeting = tx.add(
            Meeting(
                council=slug,
                series=series,
                start=start,
                end=start.add(hours=3),
                place=rng.choice(("online", "Rådhuset", "Regionshuset", "KL-huset")),
                state=state,
                dispatched_on=day.subtract(days=7) if past else None,
                held_on=day if past else None,
                published_on=day.add(days=4) if state is MeetingState.PUBLISHED else None,
                minutes_url=f"https://www.kl.dk/kkr/{slug}/{day.isoformat()}"
                if state is MeetingState.PUBLISHED
                else "",
            )
        )
        counts["meetings"] += 1
        n_items = 14 if series is Series.KKR else 7
        for number in range(1, n_items + 1):
            kind = (ItemKind.DECISION, ItemKind.INFORMATION, ItemKind.DISCUSSION)[number % 3]
            final = ItemState.DISPATCHED if past else rng.choice(list(ItemState)[:3])
            history = tuple(
                HistoryEntry(
                    day=day.subtract(days=30 - step * 7).isoformat(),
                    user="sekretariat",
                    from_state=before.value,
                    to_state=after.value,
                )
                for step, (before, after) in enumerate(
                    (
                        (ItemState.DRAFT, ItemState.SUBMITTED),
                        (ItemState.SUBMITTED, ItemState.APPROVED),
                        (ItemState.APPROVED, ItemState.DISPATCHED),
                    )
                )
                if past or step == 0
            )
            tx.add(
                AgendaItem(
                    meeting_id=meeting.id,
                    number=number,
                    title=f"{ITEM_TITLES[(number + index) % len(ITEM_TITLES)]} {year}",
                    kind=kind,
                    policy_area=DEFAULT_POLICY_AREAS[number % len(DEFAULT_POLICY_AREAS)],
                    responsible=f"{FIRST[number % 10]} {LAST[number % 6]}",
                    recommendation="Det indstilles, at KKR godkender oplægget.",
                    case_text="Sagsfremstilling. " * 8,
                    decision="Godkendt." if past and kind is ItemKind.DECISION else "",
                    state=final,
                    history=history,
                )
            )
            counts["items"] += 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--years", type=int, default=20)
    parser.add_argument("--first-year", type=int, default=2007)
    args = parser.parse_args(argv)
    if args.out.exists():
        print(f"{args.out}: findes allerede; vælg en ny fil", file=sys.stderr)
        return 2
    started = time.perf_counter()
    counts = build(args.out, args.years, args.first_year)
    size_mb = args.out.stat().st_size / 1e6
    archived = [archive_path(args.out, year) for year in archived_years(args.out)]
    archived_mb = sum(path.stat().st_size for path in archived) / 1e6
    print(
        f"{args.out}: {counts['meetings']} meetings, {counts['items']} items, "
        f"{counts['members']} members, {counts['contacts']} contacts; main file "
        f"{size_mb:.1f} MB, {len(archived)} archived years {archived_mb:.1f} MB; "
        f"in {time.perf_counter() - started:.1f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
