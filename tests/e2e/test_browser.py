"""`kkr serve` in headless Chromium: the overview renders in the browser, and keys work.

What proves "the overview renders": xterm.js draws on a canvas, so the page's DOM holds
no text. The test therefore watches the browser itself through the DevTools protocol
(Chromium's --remote-debugging-port on 127.0.0.1, driven with aiohttp, which
textual-serve already brings):

1. the terminal bytes the BROWSER received on its websocket contain the overview (the
   pane title, all five councils, the footer's F1 key);
2. the page's terminal became visible (textual-serve's `-first-byte` class);
3. a screenshot of the page, decoded in the page, has hundreds of colours (anti-aliased
   text) and at least three colours that run across more than half the width (the
   terminal background, the header/footer bars, the list cursor row): xterm really
   painted the app, not an error page or a blank canvas;
4. a key pressed in the browser ("2") comes back as the Årshjul pane.

The screenshot is kept as overview.png in the test's temporary folder.
"""

from __future__ import annotations

import asyncio
import base64
import json
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.tools import REPO, free_port, need, wait_for_port

pytestmark = pytest.mark.e2e
# `kkr serve` is the extra kkr-tui[serve] (textual-serve, which brings aiohttp).
pytest.importorskip("textual_serve", reason="kkr-tui[serve] not installed")

CSI = re.compile(r"\x1b\[[0-9;?<>=]*[ -/]*[@-~]|\x1b[()][0-9A-Za-z]|\x1b[=>]")
COUNCILS = ("KKR Nordjylland", "KKR Midtjylland", "KKR Syddanmark", "KKR Hovedstaden")
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--no-default-browser-check",
    "--remote-debugging-address=127.0.0.1",
    "--remote-debugging-port=0",
    "--window-size=1200,800",
]


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    """`kkr serve --demo` on 127.0.0.1 and a free port; the URL it prints (with the
    token: the browser must get in exactly as a user would)."""
    port = free_port()
    env = {**os.environ, "KKR_CONFIG_DIR": str(tmp_path / "config")}
    log = (tmp_path / "serve.log").open("w")
    process = subprocess.Popen(
        [sys.executable, "-m", "kkr_tui", "serve", "--demo", "--port", str(port)],
        cwd=REPO,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        if not wait_for_port(port, 30):
            pytest.fail(f"kkr serve did not listen: {(tmp_path / 'serve.log').read_text()}")
        printed = re.search(r"http://127\.0\.0\.1:\d+/\?token=\S+", log_text(tmp_path))
        if printed is None:
            pytest.fail(f"kkr serve printed no URL: {log_text(tmp_path)}")
        yield printed.group()
    finally:
        os.killpg(process.pid, signal.SIGTERM)  # the server and its app sessions
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
        log.close()


def log_text(tmp_path: Path) -> str:
    deadline = time.monotonic() + 10
    while "token=" not in (text := (tmp_path / "serve.log").read_text()):
        if time.monotonic() > deadline:
            break
        time.sleep(0.1)
    return text


@pytest.fixture
def chromium(tmp_path: Path) -> Iterator[int]:
    """Headless Chromium with DevTools on 127.0.0.1; its DevTools port."""
    binary = need("chromium", "chromium chromium-driver")
    profile = tmp_path / "chromium-profile"
    process = subprocess.Popen(
        [binary, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "about:blank"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        port_file = profile / "DevToolsActivePort"
        deadline = time.monotonic() + 30
        while not port_file.exists() and time.monotonic() < deadline:
            if process.poll() is not None:
                pytest.skip(f"chromium exited at start (code {process.returncode})")
            time.sleep(0.1)
        if not port_file.exists():
            pytest.fail("chromium did not open its DevTools port")
        yield int(port_file.read_text().split()[0])
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)


class DevTools:
    """A minimal Chrome DevTools Protocol client for one page."""

    def __init__(self, websocket: Any) -> None:
        self.websocket = websocket
        self.next_id = 0
        self.pending: dict[int, asyncio.Future[dict[str, Any]]] = {}
        self.received = bytearray()  # bytes the page's websockets received
        self.requested: list[str] = []  # every URL the page asked for
        self.reader = asyncio.create_task(self._read())

    async def _read(self) -> None:
        async for message in self.websocket:
            data = json.loads(message.data)
            if "id" in data and data["id"] in self.pending:
                self.pending.pop(data["id"]).set_result(data)
            elif data.get("method") == "Network.requestWillBeSent":
                self.requested.append(data["params"]["request"]["url"])
            elif data.get("method") == "Network.webSocketFrameReceived":
                response = data["params"]["response"]
                if response["opcode"] == 2:  # binary: terminal output
                    self.received += base64.b64decode(response["payloadData"])

    async def call(self, method: str, **params: Any) -> dict[str, Any]:
        self.next_id += 1
        future: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
        self.pending[self.next_id] = future
        await self.websocket.send_str(
            json.dumps({"id": self.next_id, "method": method, "params": params})
        )
        reply = await asyncio.wait_for(future, 30)
        if "error" in reply:
            raise AssertionError(f"{method}: {reply['error']}")
        return dict(reply.get("result", {}))

    async def evaluate(self, expression: str) -> Any:
        result = await self.call(
            "Runtime.evaluate", expression=expression, awaitPromise=True, returnByValue=True
        )
        return result["result"].get("value")

    def text(self) -> str:
        return CSI.sub("", self.received.decode("utf-8", errors="replace"))

    async def wait_for_text(self, *needles: str, timeout: float = 40) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            text = self.text()
            if all(needle in text for needle in needles):
                return text
            await asyncio.sleep(0.2)
        missing = [needle for needle in needles if needle not in self.text()]
        raise AssertionError(f"the browser never received {missing}")


# Decodes the screenshot inside the page and measures it (no image library needed here):
# how many colours, and how many colours run across more than half the width (the
# terminal background, header and footer bars, the list cursor row, zebra stripes).
MEASURE = """
(async () => {
  const image = new Image();
  image.src = "data:image/png;base64,%s";
  await image.decode();
  const canvas = document.createElement("canvas");
  canvas.width = image.width; canvas.height = image.height;
  const context = canvas.getContext("2d");
  context.drawImage(image, 0, 0);
  const pixels = context.getImageData(0, 0, image.width, image.height).data;
  const colours = new Set();
  const bands = new Set();
  for (let y = 0; y < image.height; y++) {
    let run = 0, previous = -1;
    for (let x = 0; x < image.width; x++) {
      const i = (y * image.width + x) * 4;
      const colour = (pixels[i] << 16) | (pixels[i + 1] << 8) | pixels[i + 2];
      colours.add(colour);
      run = colour === previous ? run + 1 : 1;
      previous = colour;
      if (run > image.width / 2) bands.add(colour);
    }
  }
  return {width: image.width, colours: colours.size, bands: bands.size};
})()
"""


async def drive(devtools_port: int, url: str, screenshot: Path) -> dict[str, Any]:
    import aiohttp

    async with aiohttp.ClientSession() as session:
        async with session.get(f"http://127.0.0.1:{devtools_port}/json/list") as reply:
            targets = await reply.json()
        page = next(target for target in targets if target["type"] == "page")
        async with session.ws_connect(page["webSocketDebuggerUrl"], max_msg_size=0) as ws:
            devtools = DevTools(ws)
            await devtools.call("Network.enable")
            await devtools.call("Page.enable")
            await devtools.call("Page.navigate", url=url)
            text = await devtools.wait_for_text("Oversigt", *COUNCILS, "F1", "Hjælp")
            first_byte = await devtools.evaluate("document.body.classList.contains('-first-byte')")
            await asyncio.sleep(1.0)  # let xterm paint the last frame
            shot = await devtools.call("Page.captureScreenshot", format="png")
            screenshot.write_bytes(base64.b64decode(shot["data"]))
            measure = await devtools.evaluate(MEASURE % shot["data"])
            # A key typed in the browser goes to the app.
            await devtools.evaluate("document.querySelector('.xterm-helper-textarea').focus()")
            before = len(devtools.received)
            await devtools.call("Input.dispatchKeyEvent", type="keyDown", key="2", text="2")
            await devtools.call("Input.dispatchKeyEvent", type="keyUp", key="2")
            deadline = time.monotonic() + 20
            while "Årshjul" not in CSI.sub("", devtools.received[before:].decode(errors="replace")):
                if time.monotonic() > deadline:
                    raise AssertionError("the key typed in the browser did not reach the app")
                await asyncio.sleep(0.2)
            devtools.reader.cancel()
            return {
                "text": text,
                "first_byte": first_byte,
                "measure": measure,
                "requested": devtools.requested,
            }


def test_the_overview_renders_in_headless_chromium(
    server: str, chromium: int, tmp_path: Path
) -> None:
    screenshot = tmp_path / "overview.png"
    result = asyncio.run(asyncio.wait_for(drive(chromium, server, screenshot), 120))
    assert result["first_byte"] is True, "the page never showed the terminal"
    measure = result["measure"]
    assert measure["colours"] > 20, measure  # text, not a blank or single-colour page
    # The app's bars and rows are painted across the terminal's width.
    assert measure["bands"] >= 3, measure
    assert "DEMO" in result["text"]
    # Closed meeting data, a server that may have no internet: nothing from elsewhere.
    local = ("http://127.0.0.1:", "ws://127.0.0.1:", "data:", "about:")
    assert result["requested"], "the page's own requests were seen"
    assert [url for url in result["requested"] if not url.startswith(local)] == []
