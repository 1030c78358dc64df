"""A save that fails for a reason outside the app (issue 19, point 4): a full disk, or
the database locked by another process for longer than a writer waits. The dialog stays
open with everything typed and says why; once the fault is gone, Ctrl+S again saves."""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from kkr_tui.store import Store, locking, open_store
from kkr_tui.ui.app import KkrApp
from kkr_tui.ui.screens.contact_dialog import ContactDialog
from tests.pilot import pilot_test, wait_until

SIZE = (80, 24)
ROOT = Path(__file__).resolve().parents[2]


async def type_a_contact(app: KkrApp, pilot: Pilot[int]) -> ContactDialog:
    await pilot.press("4", "a")
    await pilot.pause()
    dialog = app.screen
    assert isinstance(dialog, ContactDialog)
    await pilot.press(*"Lise", "space", *"Ny")
    return dialog


def said(dialog: ContactDialog) -> str:
    """What the dialog's error line says (empty until a save failed)."""
    return str(dialog.query_one("#dialog-error").render()).strip()


def names(store: Store) -> list[str]:
    return [c.name for c in open_store(store.path).snapshot().contacts]


@pilot_test
async def test_a_full_disk_keeps_the_dialog_and_a_retry_saves(
    demo_store: Store, demo_app: KkrApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_fsync = os.fsync

    def disk_full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    before = demo_store.path.read_bytes()
    app = demo_app
    async with app.run_test(size=SIZE) as pilot:
        dialog = await type_a_contact(app, pilot)
        monkeypatch.setattr(os, "fsync", disk_full)
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: said(dialog), "the refusal")
        assert app.screen is dialog
        assert dialog.query_one("#contact-name", Input).value == "Lise Ny"
        assert "der er ikke mere plads på disken" in said(dialog), said(dialog)
        assert demo_store.path.read_bytes() == before  # nothing half-written
        monkeypatch.setattr(os, "fsync", real_fsync)  # room again
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: app.screen is not dialog, "the dialog to close")
    assert "Lise Ny" in names(demo_store)


@pilot_test
async def test_a_lock_held_too_long_keeps_the_dialog_and_a_retry_saves(
    demo_store: Store, demo_app: KkrApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another process holds the database's lock (a real one, in another process)."""
    monkeypatch.setattr(locking, "LOCK_TIMEOUT_S", 1.0)
    holder = subprocess.Popen(
        [sys.executable, "-m", "tests.unit.store_worker", "hold-lock", str(demo_store.path)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        app = demo_app
        async with app.run_test(size=SIZE) as pilot:
            dialog = await type_a_contact(app, pilot)
            await pilot.press("ctrl+s")
            await wait_until(pilot, lambda: said(dialog), "the refusal")
            assert app.screen is dialog
            assert dialog.query_one("#contact-name", Input).value == "Lise Ny"
            assert "låst af en anden proces" in said(dialog), said(dialog)
            holder.send_signal(signal.SIGKILL)  # the other process ends: the lock is free
            holder.wait(timeout=10)
            await pilot.press("ctrl+s")
            await wait_until(pilot, lambda: app.screen is not dialog, "the dialog to close")
    finally:
        if holder.poll() is None:
            holder.send_signal(signal.SIGKILL)
            holder.wait(timeout=10)
    assert "Lise Ny" in names(demo_store)
