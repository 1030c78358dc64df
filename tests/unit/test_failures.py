"""Failures in the middle of a write leave the previous file intact (more in test_store.py).

Injected at each step of write_atomic, in the daily backup before it, and once for
real: a child process whose file-size limit makes the kernel refuse the write.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import types
from pathlib import Path

import pendulum
import pytest

from kkr_tui.domain.models import Contact
from kkr_tui.store import Store, StoreError, open_store
from kkr_tui.store import backups as store_backups
from kkr_tui.store import files as store_files

ROOT = Path(__file__).resolve().parents[2]


def temp_files(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.startswith(store_files.TEMP_PREFIX)]


def no_space(*args: object, **kwargs: object) -> None:
    raise OSError(28, "No space left on device")


@pytest.mark.parametrize("step", ["mkstemp", "fchmod", "fsync", "fdopen-write"])
def test_failure_at_each_step_leaves_the_old_file(
    store: Store, db_path: Path, monkeypatch: pytest.MonkeyPatch, step: str
) -> None:
    store.add(Contact(name="Før"))
    before = db_path.read_bytes()
    if step == "mkstemp":
        # files.py imports tempfile only when writing (readers skip its import cost).
        monkeypatch.setattr(tempfile, "mkstemp", no_space)
    else:
        # Only files.py's own calls fail: the lock library calls os.fchmod too (filelock
        # before 4.3 on every acquire), and that is not the step under test.
        name = {"fchmod": "fchmod", "fsync": "fsync", "fdopen-write": "fdopen"}[step]
        failing_os = types.ModuleType("os")
        failing_os.__dict__.update(os.__dict__)
        setattr(failing_os, name, no_space)
        monkeypatch.setattr(store_files, "os", failing_os)
    # The version kept before the write (backups/) may be the first write to fail.
    with pytest.raises((OSError, StoreError)):
        store.add(Contact(name="Kommer ikke med"))
    monkeypatch.undo()
    assert db_path.read_bytes() == before
    assert temp_files(db_path.parent) == []
    assert temp_files(db_path.parent / "backups") == []
    assert open_store(db_path).snapshot().contacts[-1].name == "Før"


def test_a_failed_daily_backup_stops_the_write(
    store: Store, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No change lands on a day whose 'before' copy could not be made."""
    monkeypatch.setattr(
        store_backups, "wall_clock", lambda: pendulum.datetime(2026, 9, 10, tz="Europe/Copenhagen")
    )
    (db_path.parent / "backups").write_text("a file where the folder should be")
    before = db_path.read_bytes()
    with pytest.raises(StoreError) as info:
        store.add(Contact(name="X"))
    assert "backups" in str(info.value)
    assert db_path.read_bytes() == before


def test_the_kernel_refusing_the_write_leaves_the_old_file(store: Store, db_path: Path) -> None:
    """A real failure, not a mock: RLIMIT_FSIZE makes write(2) fail with EFBIG."""
    before = db_path.read_bytes()
    code = (
        "import resource, signal, sys\n"
        "from pathlib import Path\n"
        "from kkr_tui.store import open_store\n"
        "from kkr_tui.domain.models import Contact\n"
        "store = open_store(Path(sys.argv[1]))\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        "limit = Path(sys.argv[1]).stat().st_size + 100\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))\n"
        "try:\n"
        "    store.add(Contact(name='Lang' * 1000))\n"
        "except OSError as exc:\n"
        "    print('refused', exc.errno)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(db_path)],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["refused", "27"]  # EFBIG
    assert db_path.read_bytes() == before
    assert temp_files(db_path.parent) == []
