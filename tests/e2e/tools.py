"""End-to-end tests: the real app over real SSH and in a real (headless) browser.

They need system tools (openssh-server, tmux, chromium, chromium-driver); `.ci/run`
installs them with apt-get. Without them each test is skipped and says which package
is missing. Everything listens on 127.0.0.1 only.
"""

from __future__ import annotations

import shutil
import socket
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def need(program: str, package: str) -> str:
    """The absolute path of `program`, or skip the test naming the Debian package."""
    for candidate in (shutil.which(program), f"/usr/sbin/{program}", f"/usr/bin/{program}"):
        if candidate and Path(candidate).is_file():
            return str(Path(candidate).resolve())
    pytest.skip(f"{program} not found: install it with `apt-get install -y {package}`")


def free_port() -> int:
    """A free TCP port on 127.0.0.1 (the OS picks; closed again right away)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_for_port(port: int, timeout: float) -> bool:
    import time

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
            probe.settimeout(0.5)
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return True
        time.sleep(0.1)
    return False
