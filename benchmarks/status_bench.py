"""Benchmark `kkr status` against `python -c "import pendulum, tinydb"` (issue 11).

Not a test: a measurement to run by hand on the machine in question, e.g.

    /work/venv/bin/python benchmarks/status_bench.py            # demo + large database
    /work/venv/bin/python benchmarks/status_bench.py --runs 21  # more runs

It builds two databases in a temporary folder: the demo database (kkr_tui.store.demo)
and a large one (20 years x 5 councils x 10 meetings with their agenda items, written
through the store's own transaction, so it is exactly what the app would have written).
Then it times, in one run and interleaved so both see the same machine state, the
baseline `python -c "import pendulum, tinydb"` and `python -m kkr_tui status` on each
database. It prints min/median/max wall time per command and the ratio of the medians;
the budget is BUDGET x the baseline. Exit status 1 when a ratio is over budget.

The large database is self-contained here on purpose (issue 10 has its own generator).
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # measure this checkout, not an installed copy

import pendulum  # noqa: E402

from kkr_tui.domain.clock import TZ_NAME  # noqa: E402
from kkr_tui.domain.models import (  # noqa: E402
    AgendaItem,
    HistoryEntry,
    ItemKind,
    ItemState,
    Meeting,
    MeetingState,
    Series,
)
from kkr_tui.domain.reference import COUNCIL_SLUGS  # noqa: E402
from kkr_tui.store import open_store  # noqa: E402
from kkr_tui.store.demo import DEMO_TODAY, build_demo  # noqa: E402

BUDGET = 2.0
BASELINE = ("-c", "import pendulum, tinydb")
LARGE_YEARS = 20
# Per council and year: 5 KKR meetings (6 items each), 3 chairmanship meetings and 2
# directors' fora (2 items each): 10 meetings and 40 items.
KKR_MONTHS = ((2, 24), (4, 21), (6, 16), (9, 22), (11, 24))
CHAIR_MONTHS = ((2, 10), (6, 2), (11, 10))
FORUM_MONTHS = ((3, 12), (10, 8))
KINDS = (ItemKind.DECISION, ItemKind.INFORMATION, ItemKind.DISCUSSION)
AREAS = ("sundhed", "beskæftigelse", "uddannelse", "erhverv", "klima og miljø")


def _weekday_on_or_after(year: int, month: int, day: int) -> pendulum.Date:
    date = pendulum.date(year, month, day)
    while date.day_of_week in (pendulum.SATURDAY, pendulum.SUNDAY):
        date = date.add(days=1)
    return date


def _state(day: pendulum.Date, today: pendulum.Date, last_held: bool) -> MeetingState:
    if day >= today:
        return MeetingState.PLANNED
    # The most recent past meeting is held but its minutes are not out yet: realistic,
    # and it puts a publication line in the report.
    return MeetingState.HELD if last_held else MeetingState.PUBLISHED


def build_large(path: Path, today: pendulum.Date, years: int = LARGE_YEARS) -> tuple[int, int]:
    """Write the large database at `path`; returns (meetings, items)."""
    store = open_store(path, create=True)
    first_year = today.year - years + 1
    meetings = items = 0
    with store.transaction() as tx:
        for index, slug in enumerate(COUNCIL_SLUGS):
            plan: list[tuple[pendulum.Date, Series, int]] = []
            for year in range(first_year, today.year + 1):
                plan += [(_weekday_on_or_after(year, m, d), Series.KKR, 6) for m, d in KKR_MONTHS]
                plan += [
                    (_weekday_on_or_after(year, m, d), Series.CHAIRMANSHIP, 2)
                    for m, d in CHAIR_MONTHS
                ]
                plan += [
                    (_weekday_on_or_after(year, m, d + index), Series.DIRECTORS, 2)
                    for m, d in FORUM_MONTHS
                ]
            plan.sort()
            past = [day for day, _, _ in plan if day < today]
            for day, series, count in plan:
                state = _state(day, today, last_held=bool(past) and day == past[-1])
                done = state in (MeetingState.HELD, MeetingState.PUBLISHED)
                start = pendulum.datetime(day.year, day.month, day.day, 9, 30, tz=TZ_NAME)
                meeting = tx.add(
                    Meeting(
                        council=slug,
                        series=series,
                        start=start,
                        end=start.add(hours=3),
                        place=f"Mødelokale {index + 1}",
                        state=state,
                        dispatched_on=day.subtract(days=8) if done else None,
                        held_on=day if done else None,
                        published_on=day.add(days=4) if state is MeetingState.PUBLISHED else None,
                    )
                )
                meetings += 1
                for n in range(count):
                    item_state = ItemState.DISPATCHED if done else ItemState.DRAFT
                    tx.add(
                        AgendaItem(
                            meeting_id=meeting.id,
                            number=n + 1,
                            title=f"Punkt {n + 1}: sag om {AREAS[(n + index) % len(AREAS)]}",
                            kind=KINDS[n % len(KINDS)],
                            policy_area=AREAS[(n + index) % len(AREAS)],
                            responsible="Anna Eksempel",
                            recommendation="Det indstilles, at KKR godkender oplægget.",
                            case_text="Sagsfremstilling til KKR. " * 8,
                            decision="Godkendt." if done else "",
                            state=item_state,
                            history=(
                                HistoryEntry(
                                    day=day.subtract(days=28).isoformat(),
                                    user="bench",
                                    from_state="draft",
                                    to_state="submitted",
                                ),
                            )
                            if done
                            else (),
                        )
                    )
                    items += 1
    return meetings, items


def _time(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall time and CPU time (user + system) of one run of `cmd`."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=REPO, env=env, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    # 0 or 1 (overdue) are answers; anything else means the benchmark measured an error.
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)} exited {proc.returncode}")
    return elapsed, usage.ru_utime + usage.ru_stime


def _row(name: str, samples: list[float]) -> str:
    ms = [s * 1000 for s in samples]
    return (
        f"{name:<34} min {min(ms):6.1f}  median {statistics.median(ms):6.1f}  max {max(ms):6.1f} ms"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=15, help="runs per command (at least 7)")
    parser.add_argument("--keep", metavar="DIR", help="build the databases here and keep them")
    args = parser.parse_args()
    runs = max(7, args.runs)
    python = sys.executable
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="kkr-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith("KKR_")}
    env["NO_COLOR"] = "1"
    # Compiled bytecode, as after `pip install`: without it every run of a checkout
    # recompiles kkr_tui from source (~5 ms), which no installed `kkr` does. A private
    # cache folder keeps the checkout clean; the warm-up run fills it.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(folder / "pycache")
    demo, large = folder / "demo.json", folder / "large.json"
    for path in (demo, large, demo.with_name("demo.json.lock"), large.with_name("large.json.lock")):
        path.unlink(missing_ok=True)
    build_demo(demo)
    built = time.perf_counter()
    meetings, items = build_large(large, DEMO_TODAY)
    print(
        f"large database: {meetings} meetings, {items} items, "
        f"{large.stat().st_size / 1e6:.1f} MB (built in {time.perf_counter() - built:.1f} s)"
    )
    today = ["--today", DEMO_TODAY.isoformat()]
    status = [python, "-m", "kkr_tui", "status"]
    commands = {
        "python -c 'import pendulum, tinydb'": [python, *BASELINE],
        "kkr status (demo)": [*status, "--db", str(demo), *today],
        "kkr status (large)": [*status, "--db", str(large), *today],
        "kkr status --json (large)": [*status, "--json", "--db", str(large), *today],
    }
    samples: dict[str, list[float]] = {name: [] for name in commands}
    cpu: dict[str, list[float]] = {name: [] for name in commands}
    for cmd in commands.values():  # warm the page cache and the bytecode cache
        _time(cmd, env)
        _time(cmd, env)
    for _ in range(runs):  # interleaved: a busy moment hits every command alike
        for name, cmd in commands.items():
            wall, used = _time(cmd, env)
            samples[name].append(wall)
            cpu[name].append(used)

    print(
        f"{runs} runs each, interleaved; Python {platform.python_version()} ({python}),"
        f" {platform.machine()}, {os.cpu_count()} CPUs"
    )
    base = statistics.median(samples[next(iter(commands))])
    over = False
    for name, values in samples.items():
        ratio = statistics.median(values) / base
        verdict = ""
        if name.startswith("kkr"):
            verdict = f"  ratio {ratio:.2f}x" + ("  OVER BUDGET" if ratio > BUDGET else "")
            over = over or ratio > BUDGET
        print(_row(name, values) + verdict)
    print(f"budget: at most {BUDGET:.1f}x the baseline median (wall time)")
    # CPU time hardly changes when other processes compete for the machine, so it is a
    # cross-check for a wall-time ratio measured on a busy shared machine.
    cpu_base = statistics.median(cpu[next(iter(commands))])
    print("CPU time (user + system), median:")
    for name, values in cpu.items():
        median = statistics.median(values)
        print(f"  {name:<32} {median * 1000:6.1f} ms  ratio {median / cpu_base:.2f}x")
    if not args.keep:
        shutil.rmtree(folder)
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
