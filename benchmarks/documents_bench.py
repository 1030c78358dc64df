"""What an agenda of 10 items with 20 attachments costs to build (issue 16).

Builds, in a temporary folder, a database with one KKR meeting of 10 items, each with
a resumé, a case text of four paragraphs and a recommendation, and two attachments
each (20 files of 200 kB of random bytes), then times, in this process (warm: the
first build of each format is not counted):

- the document model alone, and the agenda as md, html, txt, pdf and docx;
- the agenda package: the PDF plus every attachment read and checked (SHA-256), as
  a zip in memory and written to a folder.

Prints min/median/max of --runs runs (default 7) and the sizes. Run from the
repository root: .venv/bin/python benchmarks/documents_bench.py
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pendulum

from kkr_tui.domain.models import AgendaItem, ItemKind, Meeting, Series
from kkr_tui.exports.document_model import build_agenda
from kkr_tui.exports.documents import render
from kkr_tui.exports.package import agenda_package, package_zip, write_package
from kkr_tui.store import open_store
from kkr_tui.store.attachments import store_file

PARAGRAPH = (
    "Kommunerne og regionen har i det forløbne år arbejdet med en fælles indsats, og"
    " sekretariatet har samlet erfaringerne i et notat, som danner grundlag for KKR's"
    " behandling af sagen. Der lægges op til, at arbejdet fortsætter i 2027. "
)


def build(folder: Path) -> tuple[Path, int]:
    db = folder / "kkr.json"
    store = open_store(db, create=True)
    tz = "Europe/Copenhagen"
    meeting = store.add(
        Meeting(
            council="sjaelland",
            series=Series.KKR,
            start=pendulum.datetime(2027, 4, 9, 9, 30, tz=tz),
            end=pendulum.datetime(2027, 4, 9, 12, 30, tz=tz),
            place="Sorø",
        )
    )
    sources = folder / "kilder"
    sources.mkdir()
    with store.transaction() as tx:
        for n in range(1, 11):
            attachments = []
            for m in (1, 2):
                path = sources / f"bilag-{n}-{m}.pdf"
                path.write_bytes(os.urandom(200_000))
                attachments.append(store_file(db, path, f"Bilag om emne {n} del {m}"))
            tx.add(
                AgendaItem(
                    meeting_id=meeting.id,
                    number=n,
                    title=f"Punkt {n}: fælles indsats på området",
                    kind=ItemKind.DECISION,
                    resume=PARAGRAPH,
                    case_text="\n\n".join([PARAGRAPH * 2] * 3 + ["- første\n- andet\n- tredje"]),
                    recommendation="1. at KKR godkender indsatsen\n2. at sagen følges op",
                    attachments=tuple(attachments),
                )
            )
    return db, meeting.id


def timed(runs: int, action: Callable[[], object]) -> list[float]:
    action()  # warm-up: imports, the font file
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        out.append((time.perf_counter() - start) * 1000)
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory(prefix="kkr-docbench-") as name:
        folder = Path(name)
        db, meeting_id = build(folder)
        store = open_store(db)
        snapshot = store.snapshot()
        doc = build_agenda(snapshot, meeting_id)
        rows: list[tuple[str, Callable[[], object], Callable[[], int]]] = [
            ("document model", lambda: build_agenda(snapshot, meeting_id), lambda: 0),
        ]

        def built_and_rendered(fmt: str) -> Callable[[], object]:
            return lambda: render(build_agenda(snapshot, meeting_id), fmt)

        def rendered_size(fmt: str) -> Callable[[], int]:
            return lambda: len(render(doc, fmt))

        for fmt in ("md", "html", "txt", "pdf", "docx"):
            rows.append(
                (f"agenda as {fmt} (model + render)", built_and_rendered(fmt), rendered_size(fmt))
            )
        rows.append(
            (
                "package as zip (PDF + 20 attachments, 4 MB)",
                lambda: package_zip(agenda_package(snapshot, db, meeting_id), db),
                lambda: len(package_zip(agenda_package(snapshot, db, meeting_id), db)),
            )
        )
        target = folder / "ud"
        rows.append(
            (
                "package written to a folder",
                lambda: write_package(agenda_package(snapshot, db, meeting_id), db, target),
                lambda: 0,
            )
        )
        print(f"{runs} runs each, after one warm-up; Python {sys.version.split()[0]}")
        print(f"{'what':48} {'min':>9} {'median':>9} {'max':>9} {'size':>10}")
        for label, action, size in rows:
            times = timed(runs, action)
            shown = f"{size() / 1024:.0f} kB" if size() else ""
            print(
                f"{label:48} {min(times):7.1f}ms {statistics.median(times):7.1f}ms"
                f" {max(times):7.1f}ms {shown:>10}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
