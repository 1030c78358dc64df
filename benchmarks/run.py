"""The performance budgets of issue 10, each as a ratio against a floor in the same run.

Usage (from the repository root):

    .venv/bin/python benchmarks/run.py                # full: 20-year database, 7 runs each
    .venv/bin/python benchmarks/run.py --quick        # CI: small database, 3 runs, no verdict

Measures (min / median / max, ratio of medians):
1. first paint of `kkr` at 80x24 in tmux on the large database, against a minimal
   Textual app showing one Static (benchmarks/minimal_app.py): budget 1.5x (issue 20);
2. `kkr status` on the large database against `python -c "import pendulum, tinydb"`:
   budget 2.0x;
3. one persisted state change at ~10,000 items (store.update of one meeting) against
   the raw floor: read the same file, json.loads, json.dumps, write a temp file, fsync,
   os.replace: budget 3x;
4. key-to-paint on the large database (moving through the agenda and cycle lists,
   switching panes), p95: budget 50 ms; measured in-process with Pilot (until the
   last frame a key caused, see PILOT_KEYS_SCRIPT) and, as a user sees it, in a
   real terminal (tmux, see key_to_paint_ms); both must hold;
5. peak memory (max RSS) of the app on the large database against the reference
   database (a new database with the embedded reference data): budget 1.5x.

Prints a Markdown table (paste it into BENCHMARKS.md), with the machine's load average
before and after (the machine may be shared: say whether it was idle), and exits 1 when a budget is
missed (0 always with --quick, which only proves the suite still runs). Speed is never
a timed test; this script is run by hand on the machine in question.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # measure this checkout

TODAY = "2026-09-10"
# Measure as an installed `kkr` runs: with bytecode cached. A checkout run with
# PYTHONDONTWRITEBYTECODE=1 (set on some machines) recompiles kkr_tui on every start.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
FIRST_PAINT_MARKER = "I alt"  # the overview's total line: drawn from the data


@dataclass
class Figure:
    name: str
    samples: list[float]
    unit: str
    floor: list[float] | None
    budget: float
    kind: str = "ratio"  # "ratio" of medians against the floor, or "absolute" (p95)

    @property
    def value(self) -> float:
        if self.kind == "absolute":
            return percentile(self.samples, 95)
        assert self.floor is not None
        return statistics.median(self.samples) / statistics.median(self.floor)

    @property
    def met(self) -> bool:
        return self.value <= self.budget


def percentile(samples: Sequence[float], p: float) -> float:
    ordered = sorted(samples)
    index = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[index]


def spread(samples: Sequence[float]) -> str:
    return f"{min(samples):.1f} / {statistics.median(samples):.1f} / {max(samples):.1f}"


# -- 1. first paint ----------------------------------------------------------------
def first_paint_ms(command: str, marker: str, timeout: float = 30.0) -> float:
    """Milliseconds from starting `command` in a detached 80x24 tmux session until
    `marker` is on its screen (polled every ~5 ms), as a user would feel it."""
    socket = f"kkr-bench-{os.getpid()}"

    def tmux(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["tmux", "-L", socket, "-f", "/dev/null", *args],
            capture_output=True,
            text=True,
            check=False,
            env=ENV,
        )

    tmux("start-server", ";", "set", "-g", "exit-empty", "off")
    try:
        started = time.perf_counter()
        tmux("new-session", "-d", "-s", "b", "-x", "80", "-y", "24", command)
        while time.perf_counter() - started < timeout:
            screen = tmux("capture-pane", "-p", "-t", "b").stdout
            if marker in screen:
                return (time.perf_counter() - started) * 1000
            time.sleep(0.005)
        raise RuntimeError(f"{marker!r} did not appear within {timeout} s: {command}")
    finally:
        tmux("kill-server")


# -- 2. kkr status -------------------------------------------------------------------
def run_ms(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, cwd=REPO, stdout=subprocess.DEVNULL, check=False, env=ENV)
    return (time.perf_counter() - started) * 1000


# -- 3. one persisted state change --------------------------------------------------------
def state_change_ms(db: Path, runs: int) -> tuple[list[float], list[float]]:
    from kkr_tui.domain.models import MeetingState
    from kkr_tui.store import files as store_files
    from kkr_tui.store import open_store

    store = open_store(db, validate_all=False)
    store.snapshot()
    changes, floors = [], []
    for n in range(runs):
        meeting = next(m for m in store.snapshot().meetings if m.state is MeetingState.PLANNED)
        started = time.perf_counter()
        store.update(meeting.with_changes(place=f"Rådhuset {n}"))
        changes.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        data = json.loads(db.read_bytes())
        payload = store_files.dumps(data)
        tmp = db.with_name(".bench-floor.json")
        with open(tmp, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, db.with_name("bench-floor.json"))
        floors.append((time.perf_counter() - started) * 1000)
    return changes, floors


# -- 4. key to paint ---------------------------------------------------------------------
KEY_ROUNDS = (
    ("3", "down", "down", "down", "up"),  # Dagsordener: pane switch, list moves
    ("2", "right", "left", "down", "up"),  # Årshjul: year change, council moves
    ("1", "down", "up", "4", "down", "up"),  # Oversigt, Kontakter
)


def key_to_paint_ms(command: str, rounds: int) -> list[float]:
    """Milliseconds from a key sent to the app in an 80x24 tmux session until the
    screen (with its colours: a moved cursor changes only attributes) differs.

    Why tmux and not Pilot: Pilot's press() waits for idle CPU and animations in
    steps (about 60 ms even for a minimal app with a DataTable on this machine),
    which would hide the app's own cost; the terminal shows what the user sees.
    """
    socket = f"kkr-keys-{os.getpid()}"

    def tmux(*args: str) -> str:
        return subprocess.run(
            ["tmux", "-L", socket, "-f", "/dev/null", *args],
            capture_output=True,
            text=True,
            check=False,
            env=ENV,
        ).stdout

    tmux("start-server", ";", "set", "-g", "exit-empty", "off")
    timings: list[float] = []
    try:
        tmux("new-session", "-d", "-s", "k", "-x", "80", "-y", "24", command)
        deadline = time.perf_counter() + 30
        while FIRST_PAINT_MARKER not in tmux("capture-pane", "-p", "-t", "k"):
            if time.perf_counter() > deadline:
                raise RuntimeError("the app did not start")
            time.sleep(0.02)
        time.sleep(1.0)  # let the background record check finish: measure steady state
        for _ in range(rounds):
            for keys in KEY_ROUNDS:
                for key in keys:
                    before = tmux("capture-pane", "-e", "-p", "-t", "k")
                    started = time.perf_counter()
                    tmux("send-keys", "-t", "k", key.capitalize() if len(key) > 1 else key)
                    changed = False
                    while time.perf_counter() - started < 2:
                        if tmux("capture-pane", "-e", "-p", "-t", "k") != before:
                            changed = True
                            break
                    if changed:
                        timings.append((time.perf_counter() - started) * 1000)
                    else:  # e.g. Up on the first row: nothing to paint, nothing to time
                        print(f"  key {key!r} changed nothing on screen", file=sys.stderr)
                    time.sleep(0.05)
    finally:
        tmux("kill-server")
    return timings


# The same keys in-process with Pilot, as the issue words it. Pilot's press() returns only
# when the app is idle (~60 ms of waiting even in a minimal app), so what is timed is not
# press() but the app's own work: from the key until the first frame that shows what the
# screen finally shows for that key (kkr_tui.ui.compat.record_frames; headless, so
# nothing is written). Not the last frame: Textual repaints a scrollbar ~30 ms after
# any layout change, also in a minimal app, without changing a cell; and not simply the
# first: switching panes takes several frames before the pane is complete.
PILOT_KEYS_SCRIPT = """
import asyncio, json, sys, time
import pendulum
from kkr_tui.ui import collector
from kkr_tui.ui.app import make_app
from kkr_tui.ui.compat import record_frames
rounds, repeat = json.loads(sys.argv[3]), int(sys.argv[4])
async def main():
    collector.pause()  # as the kkr command does (kkr_tui.ui.collector)
    app = make_app(sys.argv[1], pendulum.Date.fromisoformat(sys.argv[2]), cursor_blink=False)
    frames = []
    record_frames(app, lambda shown, cells: frames.append((shown, cells)))
    timings = []
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause(1.0)  # the background record check: measure steady state
        for _ in range(repeat):
            for keys in rounds:
                for key in keys:
                    seen = len(frames)
                    started = time.perf_counter()
                    await pilot.press(key)
                    if len(frames) > seen:
                        final = frames[-1][1]
                        shown = next(t for t, cells in frames[seen:] if cells == final)
                        timings.append((shown - started) * 1000)
    print(json.dumps(timings))
asyncio.run(main())
"""


def pilot_key_to_paint_ms(db: Path, rounds: int) -> list[float]:
    out = last_line_of(PILOT_KEYS_SCRIPT, str(db), TODAY, json.dumps(KEY_ROUNDS), str(rounds))
    return [float(ms) for ms in json.loads(out)]


def last_line_of(script: str, *args: str) -> str:
    """Run `script` in a fresh interpreter (this checkout's kkr_tui); its last line."""
    out = subprocess.run(
        [sys.executable, "-c", script, *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
        env=ENV,
    ).stdout
    return out.strip().splitlines()[-1]


# -- 5. peak memory ----------------------------------------------------------------------
# VmHWM, not getrusage's ru_maxrss: Linux carries ru_maxrss over fork and exec, so a
# child started by this (large) process would report this process's peak.
PEAK_SCRIPT = """
import asyncio, sys
import pendulum
from kkr_tui.ui.app import make_app
async def main():
    app = make_app(sys.argv[1], pendulum.Date.fromisoformat(sys.argv[2]), cursor_blink=False)
    async with app.run_test(size=(80, 24)) as pilot:
        for key in ("2", "3", "down", "enter", "escape", "4", "1"):
            await pilot.press(key)
            await pilot.pause()
        await asyncio.sleep(0.5)  # the background record check
asyncio.run(main())
with open("/proc/self/status") as status:
    print(next(line.split()[1] for line in status if line.startswith("VmHWM:")))
"""


def peak_rss_mb(db: Path) -> float:
    return int(last_line_of(PEAK_SCRIPT, str(db), TODAY)) / 1024


# -- the run --------------------------------------------------------------------------------
def interleaved(runs: int, *measures: Callable[[], float]) -> list[list[float]]:
    """Each measure once per round, alternating, so all see the same machine state."""
    results: list[list[float]] = [[] for _ in measures]
    for _ in range(runs):
        for index, measure in enumerate(measures):
            results[index].append(measure())
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="kkr_tui performance budgets (issue 10)")
    parser.add_argument("--quick", action="store_true", help="small database, 3 runs, no verdict")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--db", type=Path, help="use this large database (else one is built)")
    args = parser.parse_args(argv)
    runs = 3 if args.quick else max(5, args.runs)
    load_before = os.getloadavg()
    python = sys.executable
    with tempfile.TemporaryDirectory(prefix="kkr-bench-") as folder:
        work = Path(folder)
        # The app as a new user starts it: not in a theme someone chose before (a saved
        # theme is applied before the first stylesheet parse, but costs one re-parse).
        ENV["KKR_CONFIG_DIR"] = str(work / "config")
        large = work / "large.json"
        if args.db:
            from kkr_tui.store.archive import archive_path, archived_years

            shutil.copy(args.db, large)
            for year in archived_years(args.db):  # its finished years, named after it
                archive_path(large, year).parent.mkdir(exist_ok=True)
                shutil.copy(archive_path(args.db, year), archive_path(large, year))
        else:
            years = 2 if args.quick else 20
            subprocess.run(
                [
                    python,
                    "benchmarks/make_large_db.py",
                    str(large),
                    "--years",
                    str(years),
                    "--first-year",
                    str(2027 - years),
                ],
                cwd=REPO,
                check=True,
            )
        reference = work / "reference.json"
        from kkr_tui.store import open_store

        open_store(reference, create=True)
        env_today = f"KKR_TODAY={TODAY}"
        kkr = f"{env_today} {python} -m kkr_tui --db {large}"
        minimal = f"{python} {REPO / 'benchmarks' / 'minimal_app.py'}"
        figures: list[Figure] = []
        # Warm-up: compile and cache kkr_tui's bytecode (as pip install does).
        subprocess.run([python, "-m", "compileall", "-q", "kkr_tui"], cwd=REPO, env=ENV)
        run_ms([python, "-m", "kkr_tui", "status", "--db", str(large), "--today", TODAY])

        print("first paint ...", file=sys.stderr)
        app_paint, floor_paint = interleaved(
            runs,
            lambda: first_paint_ms(kkr, FIRST_PAINT_MARKER),
            lambda: first_paint_ms(minimal, "Minimal app ready"),
        )
        figures.append(
            Figure("first paint of kkr (80x24, tmux)", app_paint, "ms", floor_paint, 1.5)
        )

        print("kkr status ...", file=sys.stderr)
        status, floor_status = interleaved(
            max(runs, 7),
            lambda: run_ms(
                [python, "-m", "kkr_tui", "status", "--db", str(large), "--today", TODAY]
            ),
            lambda: run_ms([python, "-c", "import pendulum, tinydb"]),
        )
        figures.append(Figure("kkr status", status, "ms", floor_status, 2.0))

        print("state change ...", file=sys.stderr)
        changes, floors = state_change_ms(large, runs)
        figures.append(Figure("one persisted state change", changes, "ms", floors, 3.0))

        print("key to paint ...", file=sys.stderr)
        in_process = pilot_key_to_paint_ms(large, 1 if args.quick else 4)
        figures.append(
            Figure("key to paint (Pilot, in-process), p95", in_process, "ms", None, 50, "absolute")
        )
        keys = key_to_paint_ms(kkr, 1 if args.quick else 4)
        figures.append(Figure("key to paint (tmux), p95", keys, "ms", None, 50.0, "absolute"))

        print("peak memory ...", file=sys.stderr)
        peak_large = [peak_rss_mb(large) for _ in range(2 if args.quick else 3)]
        peak_reference = [peak_rss_mb(reference) for _ in range(2 if args.quick else 3)]
        figures.append(Figure("peak memory of the app", peak_large, "MB", peak_reference, 1.5))

        from kkr_tui.store.archive import archive_path, archived_years

        size_mb = large.stat().st_size / 1e6
        archive_mb = sum(archive_path(large, y).stat().st_size for y in archived_years(large)) / 1e6
    print(report(figures, size_mb, archive_mb, runs))
    print(f"\nload average (1, 5, 15 min) before: {_load(load_before)}; after: {_load()}")
    if args.quick:
        return 0
    return 0 if all(f.met for f in figures) else 1


def _load(load: tuple[float, float, float] | None = None) -> str:
    return " ".join(f"{x:.2f}" for x in (load or os.getloadavg()))


def report(figures: list[Figure], size_mb: float, archive_mb: float, runs: int) -> str:
    machine = f"Python {platform.python_version()}, {platform.machine()}, {os.cpu_count()} CPUs"
    lines = [
        f"{machine}; large database: main file {size_mb:.1f} MB + archived years"
        f" {archive_mb:.1f} MB; {runs} runs; {time.strftime('%Y-%m-%d')}",
        "",
        "| measure | kkr min / median / max | floor min / median / max | ratio or p95 "
        "| budget | met |",
        "| --- | ---: | ---: | ---: | ---: | :---: |",
    ]
    for f in figures:
        floor = spread(f.floor) + f" {f.unit}" if f.floor else "-"
        value = f"{f.value:.2f}x" if f.kind == "ratio" else f"{f.value:.1f} ms"
        budget = f"{f.budget}x" if f.kind == "ratio" else f"{f.budget:.0f} ms"
        lines.append(
            f"| {f.name} | {spread(f.samples)} {f.unit} | {floor} | {value} | {budget} | "
            f"{'yes' if f.met else 'NO'} |"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
