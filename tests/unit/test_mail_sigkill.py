"""Kill `kkr dispatch` with SIGKILL after the k-th accepted message; a rerun sends each
recipient exactly one message (the send log, kkr_tui.domain.mail_log)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kkr_tui.domain.models import MeetingState
from kkr_tui.store.demo import build_demo
from tests.unit.smtp_server import Mailbox, SmtpServer
from tests.unit.test_mail_dispatch import (
    REASON,
    TODAY,
    member_addresses,
    next_meeting,
    secretariat_addresses,
)


def _command(db: Path, meeting_id: int) -> list[str]:
    return [
        sys.executable, "-m", "kkr_tui", "dispatch", str(meeting_id),
        "--db", str(db), "--today", TODAY, "--reason", REASON,
    ]  # fmt: skip


@pytest.mark.parametrize("k", [1, 4])
def test_sigkill_after_k_messages_then_rerun_sends_each_exactly_once(
    tmp_path: Path, k: int
) -> None:
    store = build_demo(tmp_path / "demo.json")
    meeting = next_meeting(store)
    everyone = member_addresses(store, "nordjylland") | secretariat_addresses(store, "nordjylland")
    assert len(everyone) > k
    running: dict[str, int] = {}

    def kill_at(number: int) -> None:
        if number != k + 1:
            return
        deadline = time.monotonic() + 30
        while "pid" not in running and time.monotonic() < deadline:
            time.sleep(0.01)
        os.kill(running["pid"], signal.SIGKILL)
        raise ConnectionAbortedError("the sender was killed")

    mailbox = Mailbox(before_accept=kill_at)
    server = SmtpServer.start(mailbox)
    env = {**os.environ, "KKR_SMTP_URL": f"smtp+insecure://127.0.0.1:{server.port}"}
    try:
        process = subprocess.Popen(
            _command(store.path, meeting.id),
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        running["pid"] = process.pid
        assert process.wait(timeout=120) == -signal.SIGKILL
        assert len(mailbox.received) == k
        half = store.snapshot().meeting(meeting.id)
        assert half is not None and half.state is MeetingState.PLANNED

        mailbox.before_accept = None
        rerun = subprocess.run(_command(store.path, meeting.id), env=env, capture_output=True)
        assert rerun.returncode == 0, rerun.stdout.decode() + rerun.stderr.decode()
    finally:
        server.stop()
    for address in everyone:
        assert len(mailbox.to(address)) == 1, address
    assert len(mailbox.received) == len(everyone)
    done = store.snapshot().meeting(meeting.id)
    assert done is not None and done.state is MeetingState.DISPATCHED
