"""Child processes for the concurrency and crash tests: `python -m tests.unit.store_worker`.

Each mode prints one JSON line with what it did, so the test can assert on it:

- `counter DB MEETING_ID N`: N read-modify-write transactions, each adding 1 to the
  meeting's `sequence` (the shared counter) inside one locked transaction
  (`Store.apply`, which runs one again if the lock file was deleted meanwhile).
- `optimistic DB MEETING_ID N`: N increments the way the app saves: read a snapshot,
  `store.update(...)`, and on ConflictError read again and retry.
- `hold-lock DB`: take the database lock, say "locked", and sleep until killed.
- `open-as-nobody DB`: (run as root) drop to the `nobody` user, try to open the database,
  and report the refusal - how root tests a file it may not read.
- `killer DB MEETING_ID RUNS SEED`: RUNS times fork a writer that keeps incrementing,
  SIGKILL it after a random delay, and check the file is exactly a committed state.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sys
import time
from pathlib import Path
from typing import Any

from kkr_tui.domain.models import Meeting
from kkr_tui.store import ConflictError, open_store
from kkr_tui.store.locking import Locked
from kkr_tui.store.transaction import Transaction


def counter(db: Path, meeting_id: int, n: int) -> dict[str, Any]:
    store = open_store(db)

    def increment(tx: Transaction) -> None:
        meeting = tx.get(Meeting, meeting_id)
        assert meeting is not None
        tx.update(meeting.with_changes(sequence=meeting.sequence + 1))

    for _ in range(n):
        store.apply(increment)  # run again if the lock file was deleted meanwhile
    return {"done": n}


def optimistic(db: Path, meeting_id: int, n: int) -> dict[str, Any]:
    store = open_store(db)
    conflicts = 0
    for _ in range(n):
        while True:
            meeting = store.snapshot().meeting(meeting_id)
            assert meeting is not None
            try:
                store.update(meeting.with_changes(sequence=meeting.sequence + 1))
                break
            except ConflictError:
                conflicts += 1
    return {"done": n, "conflicts": conflicts}


def hold_lock(db: Path) -> None:
    with Locked(db):
        print("locked", flush=True)
        time.sleep(600)


def open_as_nobody(db: Path) -> dict[str, Any]:
    from kkr_tui.store import StoreError

    nobody = 65534
    os.setgroups([])
    os.setgid(nobody)
    os.setuid(nobody)
    try:
        open_store(db)
    except StoreError as exc:
        return {"refused": str(exc)}
    return {"refused": None}


def place_for(sequence: int) -> str:
    # Each committed state is recognisable from the counter alone; the text grows
    # and shrinks so consecutive versions differ in size as well as content.
    return f"Sted {sequence} " + "x" * (sequence % 97)


def _write_forever(db: Path, meeting_id: int, report_fd: int) -> None:
    store = open_store(db)
    # What a write imports when first needed (the versions kept before each write):
    # loaded before "ready", so the short windows below are spent writing, not importing.
    import kkr_tui.store.backups
    import kkr_tui.store.changes  # noqa: F401

    os.write(report_fd, b"r")  # ready: the kill may now land anywhere in the loop
    while True:
        with store.transaction() as tx:
            meeting = tx.get(Meeting, meeting_id)
            assert meeting is not None
            nxt = meeting.sequence + 1
            tx.update(meeting.with_changes(sequence=nxt, place=place_for(nxt)))
        os.write(report_fd, b".")  # one byte per committed write


def killer(db: Path, meeting_id: int, runs: int, seed: int) -> dict[str, Any]:
    rng = random.Random(seed)
    reference = json.loads(db.read_bytes())
    problems: list[str] = []
    landed_in_flight = 0
    writes = 0
    max_lock_wait = 0.0
    window = 0.025  # seconds between "ready" and the kill, at most (adapted below)
    for run in range(runs):
        before = open_store(db).snapshot().meeting(meeting_id)
        assert before is not None
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:  # the writer
            os.close(read_end)
            try:
                _write_forever(db, meeting_id, write_end)
            finally:
                os._exit(1)
        os.close(write_end)
        assert os.read(read_end, 1) == b"r"
        time.sleep(rng.uniform(0.0, window))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        committed = len(_drain(read_end))
        os.close(read_end)
        writes += committed
        # The kill should land before, in and after writes alike. A write takes ~20 ms
        # on an idle machine and several times that on a loaded one: a window that let
        # no write finish grows, one that let many finish shrinks (0.025 s to 1 s).
        if committed == 0:
            window = min(1.0, window * 1.5)
        elif committed > 3:
            window = max(0.025, window / 1.5)
        # The lock of the killed writer must be free at once (the kernel drops flocks).
        started = time.perf_counter()
        with Locked(db, timeout=2.0):
            max_lock_wait = max(max_lock_wait, time.perf_counter() - started)
        try:
            data = json.loads(db.read_bytes())
            after = open_store(db).snapshot().meeting(meeting_id)
        except Exception as exc:  # any failure to read is exactly what we test for
            problems.append(f"run {run}: unreadable: {exc}")
            break
        assert after is not None
        expected = before.sequence + committed
        if after.sequence == expected + 1:
            landed_in_flight += 1  # killed after the rename, before the report byte
        elif after.sequence != expected:
            problems.append(f"run {run}: sequence {after.sequence}, expected {expected}(+1)")
        if after.sequence == before.sequence:
            if after != before:
                problems.append(f"run {run}: record changed without a commit: {after}")
        elif after.place != place_for(after.sequence) or after.rev != before.rev + (
            after.sequence - before.sequence
        ):
            problems.append(f"run {run}: record is not a committed state: {after}")
        # Everything but the counted record is exactly as it was.
        for table, rows in reference.items():
            for key, row in rows.items():
                if table == "meetings" and key == str(meeting_id):
                    continue
                if data[table][key] != row:
                    problems.append(f"run {run}: {table}/{key} changed")
    temps = [p.name for p in db.parent.iterdir() if p.name.startswith(".kkr-tmp-")]
    return {
        "runs": runs,
        "writes": writes,
        "landed_in_flight": landed_in_flight,
        "max_lock_wait_s": max_lock_wait,
        "temp_files_left": len(temps),
        "problems": problems,
    }


def _drain(fd: int) -> bytes:
    chunks = []
    while chunk := os.read(fd, 65536):
        chunks.append(chunk)
    return b"".join(chunks)


def main(argv: list[str]) -> int:
    mode, db = argv[0], Path(argv[1])
    if mode == "counter":
        result = counter(db, int(argv[2]), int(argv[3]))
    elif mode == "optimistic":
        result = optimistic(db, int(argv[2]), int(argv[3]))
    elif mode == "hold-lock":
        hold_lock(db)
        return 0
    elif mode == "open-as-nobody":
        result = open_as_nobody(db)
    elif mode == "killer":
        result = killer(db, int(argv[2]), int(argv[3]), int(argv[4]))
    else:
        raise SystemExit(f"unknown mode {mode}")
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
