"""`kkr --demo` over a real SSH connection, inside tmux, read back from the screen.

A private sshd (openssh-server) is started on 127.0.0.1 and a free high port, with its
own host key, a user key, config and logs in a temporary folder; the client is
`ssh -tt` running in a tmux window. The test types keys into tmux, reads the screen
with `capture-pane`, checks the colours that arrive (24-bit, 16 colours, NO_COLOR), and
resizes the tmux window (SIGWINCH to ssh, a window-change to the server, a resize in
the app).
"""

from __future__ import annotations

import getpass
import os
import re
import shlex
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.e2e.tools import REPO, free_port, need, wait_for_port

pytestmark = pytest.mark.e2e

SGR = re.compile(r"\x1b\[([0-9;]*)m")


@dataclass
class Sshd:
    port: int
    folder: Path
    user: str
    user_key: Path
    known_hosts: Path
    ssh: str


@pytest.fixture(scope="module")
def sshd(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Sshd]:
    sshd_bin = need("sshd", "openssh-server")
    ssh = need("ssh", "openssh-client")
    keygen = need("ssh-keygen", "openssh-client")
    need("tmux", "tmux")
    folder = tmp_path_factory.mktemp("sshd")
    folder.chmod(0o700)
    for name in ("host_key", "user_key"):
        subprocess.run(
            [keygen, "-q", "-t", "ed25519", "-N", "", "-C", f"kkr-e2e-{name}", "-f", folder / name],
            check=True,
        )
    authorized = folder / "authorized_keys"
    authorized.write_text((folder / "user_key.pub").read_text())
    authorized.chmod(0o600)
    port = free_port()
    user = getpass.getuser()
    host_public = (folder / "host_key.pub").read_text().split()
    known_hosts = folder / "known_hosts"
    known_hosts.write_text(f"[127.0.0.1]:{port} {host_public[0]} {host_public[1]}\n")
    config = folder / "sshd_config"
    config.write_text(
        "\n".join(
            [
                f"Port {port}",
                "ListenAddress 127.0.0.1",  # never any other address
                f"HostKey {folder / 'host_key'}",
                f"PidFile {folder / 'sshd.pid'}",
                f"AuthorizedKeysFile {authorized}",
                f"AllowUsers {user}",
                "PubkeyAuthentication yes",
                "PasswordAuthentication no",
                "KbdInteractiveAuthentication no",
                "UsePAM no",
                "StrictModes no",  # the temp folder is not in the user's home
                "PermitRootLogin prohibit-password",
                "AcceptEnv COLORTERM LANG LC_* ESCDELAY",
                "PrintMotd no",
                "PrintLastLog no",
                "LogLevel VERBOSE",
                "",
            ]
        )
    )
    if os.geteuid() == 0:
        Path("/run/sshd").mkdir(mode=0o755, exist_ok=True)  # sshd's privilege-separation dir
    check = subprocess.run([sshd_bin, "-t", "-f", config], capture_output=True, text=True)
    if check.returncode != 0:
        pytest.skip(f"this sshd cannot run here: {check.stderr.strip()}")
    log = (folder / "sshd.log").open("w")
    process = subprocess.Popen(
        [sshd_bin, "-D", "-e", "-f", str(config)], stdout=log, stderr=subprocess.STDOUT
    )
    try:
        if not wait_for_port(port, 15):
            pytest.fail(
                f"sshd did not listen on 127.0.0.1:{port}: {(folder / 'sshd.log').read_text()}"
            )
        yield Sshd(port, folder, user, folder / "user_key", known_hosts, ssh)
    finally:
        process.terminate()
        process.wait(timeout=10)
        log.close()


class Terminal:
    """A tmux server of our own (own socket and config) holding one ssh client window."""

    def __init__(self, folder: Path, name: str) -> None:
        self.socket = folder / f"tmux-{name}.sock"
        self.config = folder / "tmux.conf"
        self.config.write_text('set -g default-terminal "xterm-256color"\nset -sg escape-time 0\n')
        self.name = name

    def tmux(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["tmux", "-S", str(self.socket), "-f", str(self.config), *args],
            capture_output=True,
            text=True,
            check=check,
            timeout=30,
        )

    def start(self, command: str, width: int, height: int, env: dict[str, str]) -> None:
        self.tmux(
            "new-session", "-d", "-s", self.name, "-x", str(width), "-y", str(height), command
        )
        self.tmux("set-option", "-t", self.name, "remain-on-exit", "on")
        for key, value in env.items():
            self.tmux("set-environment", "-t", self.name, key, value)

    def screen(self, colours: bool = False) -> str:
        args = ["capture-pane", "-p", "-t", self.name] + (["-e"] if colours else [])
        return self.tmux(*args).stdout

    def send(self, *keys: str) -> None:
        for key in keys:
            self.tmux("send-keys", "-t", self.name, key)
            time.sleep(0.15)

    def wait_for(self, text: str, timeout: float = 30) -> str:
        deadline = time.monotonic() + timeout
        screen = ""
        while time.monotonic() < deadline:
            screen = self.screen()
            if text in screen:
                return screen
            time.sleep(0.2)
        raise AssertionError(f"{text!r} did not appear on the screen:\n{screen}")

    def size(self) -> tuple[int, int]:
        out = self.tmux("display-message", "-p", "-t", self.name, "#{pane_width} #{pane_height}")
        width, height = out.stdout.split()
        return int(width), int(height)

    def pane_dead(self) -> bool:
        out = self.tmux("display-message", "-p", "-t", self.name, "#{pane_dead}", check=False)
        return out.stdout.strip() == "1"

    def kill(self) -> None:
        self.tmux("kill-server", check=False)


def ssh_command(sshd: Sshd, remote_env: dict[str, str]) -> str:
    """`ssh -tt` to the private sshd, running `kkr --demo` from this checkout."""
    config_dir = sshd.folder / "kkr-config"
    settings = {"LANG": "C.UTF-8", "KKR_CONFIG_DIR": str(config_dir), **remote_env}
    remote = (
        f"cd {shlex.quote(str(REPO))} && exec env "
        + " ".join(f"{key}={shlex.quote(value)}" for key, value in settings.items())
        + f" {shlex.quote(sys.executable)} -m kkr_tui --demo"
    )
    argv = [
        sshd.ssh,
        "-tt",
        "-F",
        "/dev/null",
        "-p",
        str(sshd.port),
        "-i",
        str(sshd.user_key),
        "-o",
        "IdentitiesOnly=yes",
        "-o",
        "BatchMode=yes",
        "-o",
        f"UserKnownHostsFile={sshd.known_hosts}",
        "-o",
        "StrictHostKeyChecking=yes",
        "-o",
        "SendEnv=COLORTERM",
        f"{sshd.user}@127.0.0.1",
        remote,
    ]
    return " ".join(shlex.quote(part) for part in argv)


def colour_codes(screen_with_escapes: str) -> list[list[int]]:
    return [
        [int(part) for part in match.split(";") if part.isdigit()]
        for match in SGR.findall(screen_with_escapes)
    ]


def truecolours(codes: list[list[int]]) -> list[tuple[int, int, int]]:
    found: list[tuple[int, int, int]] = []
    for params in codes:
        for index, value in enumerate(params[:-4]):
            if value in (38, 48) and params[index + 1] == 2:
                red, green, blue = params[index + 2 : index + 5]
                found.append((red, green, blue))
    return found


@pytest.fixture
def terminal(sshd: Sshd, request: pytest.FixtureRequest) -> Iterator[Terminal]:
    term = Terminal(sshd.folder, request.node.name.replace("[", "-").replace("]", ""))
    yield term
    if not term.pane_dead():
        term.send("q")
    term.kill()


def start_app(terminal: Terminal, sshd: Sshd, size: tuple[int, int], **env: str) -> None:
    client_env = {"COLORTERM": env.pop("COLORTERM", "truecolor")}
    command = " ".join(f"{k}={shlex.quote(v)}" for k, v in client_env.items())
    terminal.start(f"env {command} {ssh_command(sshd, env)}", *size, client_env)
    terminal.wait_for("KKR Nordjylland")
    terminal.wait_for("Hjælp")  # the footer is drawn last


def test_keys_colours_and_resize_over_ssh(sshd: Sshd, terminal: Terminal) -> None:
    start_app(terminal, sshd, (100, 30))
    screen = terminal.wait_for("Oversigt")
    assert "DEMO" in screen and "F1" in screen and "Hjælp" in screen, screen

    # 24-bit colour arrives through ssh (COLORTERM sent by SendEnv, accepted by AcceptEnv).
    colours = truecolours(colour_codes(terminal.screen(colours=True)))
    assert colours and any(len(set(rgb)) > 1 for rgb in colours), "no colour over ssh"

    # Keys: a pane by number, the help (F1), Escape back, the palette, a list search.
    terminal.send("2")
    terminal.wait_for("Årshjul")
    terminal.send("F1")
    terminal.wait_for("Taster: Årshjul")
    # The title is drawn before the list of keys: wait for the app-wide group too.
    help_screen = terminal.wait_for("Overalt")
    assert "Taster: Årshjul" in help_screen and "Ctrl+P" in help_screen
    terminal.send("Escape")
    deadline = time.monotonic() + 10
    while "Taster:" in terminal.screen() and time.monotonic() < deadline:
        time.sleep(0.2)
    assert "Taster:" not in terminal.screen()
    terminal.send("C-p")
    terminal.wait_for("Søg: kommando")
    for char in "haukur":
        terminal.send(char)
    terminal.wait_for("Haukur Thorsteinsson")
    terminal.send("Enter")
    contacts = terminal.wait_for("Kontakter")
    assert "hast@kl.dk" in contacts

    # Resize: tmux resizes the window, ssh gets SIGWINCH and tells the server, the app
    # redraws for the new size (header right edge and footer on the last line).
    for width, height in ((80, 24), (200, 60)):
        terminal.tmux("resize-window", "-t", terminal.name, "-x", str(width), "-y", str(height))
        assert terminal.size() == (width, height)
        deadline = time.monotonic() + 15
        lines: list[str] = []
        while time.monotonic() < deadline:
            lines = terminal.screen().rstrip("\n").split("\n")
            if (
                len(lines) == height
                and lines[0].rstrip().endswith("2026")
                and (len(lines[0].rstrip()) >= width - 2)
                and "Hjælp" in lines[-1]
            ):
                break
            time.sleep(0.3)
        assert len(lines[0].rstrip()) >= width - 2, (width, lines[0])
        assert "Hjælp" in lines[-1], lines[-1]
        assert all(len(line) <= width for line in lines)

    terminal.send("q")
    deadline = time.monotonic() + 15
    while not terminal.pane_dead() and time.monotonic() < deadline:
        time.sleep(0.2)
    assert terminal.pane_dead(), "q should end the app and the ssh session"


def test_sixteen_colours_over_ssh(sshd: Sshd, terminal: Terminal) -> None:
    """TERM=xterm with TEXTUAL_COLOR_SYSTEM=standard: only the 16 ANSI colours are sent."""
    start_app(
        terminal, sshd, (100, 30), COLORTERM="", TEXTUAL_COLOR_SYSTEM="standard", TERM="xterm"
    )
    codes = colour_codes(terminal.screen(colours=True))
    flat = [value for params in codes for value in params]
    assert any(30 <= v <= 37 or 40 <= v <= 47 or 90 <= v <= 97 or 100 <= v <= 107 for v in flat)
    assert not truecolours(codes)
    assert not any(
        params[i : i + 2] in ([38, 5], [48, 5]) for params in codes for i in range(len(params))
    )
    terminal.send("F1")
    terminal.wait_for("Taster: Oversigt")


def test_no_color_over_ssh(sshd: Sshd, terminal: Terminal) -> None:
    """NO_COLOR=1: only shades of grey arrive; the cursor row is still marked."""
    start_app(terminal, sshd, (100, 30), NO_COLOR="1")
    coloured = terminal.screen(colours=True)
    colours = truecolours(colour_codes(coloured))
    assert all(r == g == b for r, g, b in colours), sorted(set(colours))[:5]
    # The list cursor is shown by reverse video, not by a colour.
    council_lines = [
        line
        for line in coloured.split("\n")
        if re.search(r"KKR (Nordjylland|Midtjylland|Syddanmark|Hovedstaden|Sjælland)", line)
        and "DEMO" not in line
    ]
    reversed_lines = [
        line for line in council_lines if any(7 in params for params in colour_codes(line))
    ]
    assert len(reversed_lines) == 1, council_lines
    screen = terminal.screen()
    assert "KKR Nordjylland" in screen and "Hjælp" in screen
