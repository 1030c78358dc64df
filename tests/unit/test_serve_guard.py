"""`kkr serve` lets in only the holder of its token, from its own address, a few tabs at
a time (issue 19, point 1). Raw HTTP and websocket clients (aiohttp) against the real
server in its own process; the browser test (tests/e2e/test_browser.py) opens the
printed URL in Chromium."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.e2e.tools import REPO, free_port, wait_for_port

pytest.importorskip("textual_serve.server", reason="[serve] not installed")
import aiohttp  # textual-serve brings it

TOKEN = "s3cret-token-for-the-test-0123456789"


@dataclass
class Served:
    port: int
    pid: int
    log: Path

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def cookie(self) -> dict[str, str]:
        return {"Cookie": f"kkr_token_{self.port}={TOKEN}"}

    @property
    def origin(self) -> dict[str, str]:
        return {"Origin": self.base}


def children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


@pytest.fixture
def served(tmp_path: Path) -> Iterator[Served]:
    token_file = tmp_path / "token"
    token_file.write_text(TOKEN + "\n")
    token_file.chmod(0o600)
    port = free_port()
    log = tmp_path / "serve.log"
    env = {**os.environ, "KKR_CONFIG_DIR": str(tmp_path / "config")}
    with log.open("w") as out:
        process = subprocess.Popen(
            [
                *(sys.executable, "-m", "kkr_tui", "serve", "--demo", "--port", str(port)),
                *("--token-file", str(token_file), "--max-sessions", "2"),
            ],
            cwd=REPO,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        if not wait_for_port(port, 30):
            pytest.fail(f"kkr serve did not listen: {log.read_text()}")
        yield Served(port, process.pid, log)
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)


async def status(url: str, headers: dict[str, str] | None = None) -> int:
    async with (
        aiohttp.ClientSession() as session,
        session.get(url, headers=headers or {}, allow_redirects=False) as response,
    ):
        return response.status


async def ws_status(served: Served, headers: dict[str, str]) -> int:
    async with aiohttp.ClientSession() as session:
        try:
            async with session.ws_connect(f"ws://127.0.0.1:{served.port}/ws", headers=headers):
                return 101
        except aiohttp.WSServerHandshakeError as exc:
            return exc.status


def test_the_token_is_printed_once_as_the_url_and_required(served: Served) -> None:
    async def check() -> None:
        assert await status(f"{served.base}/") == 403
        assert await status(f"{served.base}/?token=wrong") == 403
        assert await status(f"{served.base}/", {"Cookie": f"kkr_token_{served.port}=x"}) == 403
        async with (
            aiohttp.ClientSession() as session,
            session.get(f"{served.base}/?token={TOKEN}", allow_redirects=False) as response,
        ):
            assert response.status == 303
            assert response.headers["Location"] == f"{served.base}/"
            cookie = response.cookies[f"kkr_token_{served.port}"]
            assert cookie.value == TOKEN and cookie["httponly"] and cookie["samesite"] == "Strict"
        assert await status(f"{served.base}/", served.cookie) == 200
        assert await ws_status(served, served.origin) == 403  # no cookie
        assert await status(f"{served.base}/download/x") == 403

    asyncio.run(check())
    log = served.log.read_text()
    assert log.count(TOKEN) == 1 and f"{served.base}/?token={TOKEN}" in log


def test_origin_and_host_must_be_the_served_address(served: Served) -> None:
    async def check() -> None:
        evil = {**served.cookie, "Origin": "http://evil.example"}
        assert await ws_status(served, evil) == 403
        assert await ws_status(served, served.cookie) == 403  # a websocket without Origin
        rebound = {**served.cookie, **served.origin, "Host": f"evil.example:{served.port}"}
        assert await ws_status(served, rebound) == 403
        assert await status(f"{served.base}/", {**served.cookie, "Host": "evil.example"}) == 403
        assert await status(f"{served.base}/", {**served.cookie, "Origin": "null"}) == 403

    asyncio.run(check())


def test_at_most_max_sessions_and_a_closed_tab_ends_its_app(served: Served) -> None:
    headers = {**served.cookie, **served.origin}
    url = f"ws://127.0.0.1:{served.port}/ws?width=80&height=24"

    async def first_bytes(ws: aiohttp.ClientWebSocketResponse) -> None:
        while True:
            message = await asyncio.wait_for(ws.receive(), 60)
            if message.type == aiohttp.WSMsgType.BINARY:
                return

    async def check() -> None:
        async with aiohttp.ClientSession() as session:
            one = await session.ws_connect(url, headers=headers)
            two = await session.ws_connect(url, headers=headers)
            await asyncio.gather(first_bytes(one), first_bytes(two))
            assert len(children(served.pid)) == 2  # one process per tab, no shell
            assert await ws_status(served, headers) == 503
            async with session.get(f"{served.base}/", headers=served.cookie) as page:
                assert page.status == 503 and "2 åbne sessioner" in await page.text()
            await one.close()
            deadline = time.monotonic() + 30
            while len(children(served.pid)) > 1 and time.monotonic() < deadline:
                await asyncio.sleep(0.2)
            assert len(children(served.pid)) == 1, "the closed tab's app should end"
            three = await session.ws_connect(url, headers=headers)
            await first_bytes(three)
            await three.close()
            await two.close()

    asyncio.run(check())


def test_a_token_file_others_can_read_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from kkr_tui.cli import main

    token_file = tmp_path / "token"
    token_file.write_text(TOKEN)
    token_file.chmod(0o644)
    args = ["serve", "--demo", "--port", str(free_port()), "--token-file", str(token_file)]
    assert main(args) == 2
    assert "chmod 600" in capsys.readouterr().err
    token_file.write_text("short")
    token_file.chmod(0o600)
    assert main(args) == 2
