"""A real SMTP server for the mail tests: aiosmtpd on 127.0.0.1 on a free port.

`Mailbox` keeps what the server accepted (envelope and bytes, parsed back with `email`).
`SmtpServer.start(...)` runs it in a thread; STARTTLS uses a throwaway certificate made
by `make_certificate` with the `openssl` command (skipped if it is missing).
"""

from __future__ import annotations

import email
import shutil
import socket
import ssl
import subprocess
from collections.abc import Callable
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.policy import default
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session

USER = "kkr"
PASSWORD = "s3cret-not-printed"


@dataclass
class Received:
    sender: str
    recipients: list[str]
    data: bytes

    @property
    def message(self) -> EmailMessage:
        parsed = email.message_from_bytes(self.data, policy=default)
        assert isinstance(parsed, EmailMessage)
        return parsed


@dataclass
class Mailbox:
    received: list[Received] = field(default_factory=list)
    refuse: set[str] = field(default_factory=set)
    # Called with the number of the message (1, 2, ...) before it is accepted; may
    # kill the sending process (the SIGKILL test).
    before_accept: Callable[[int], None] | None = None

    async def handle_RCPT(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, options: Any
    ) -> str:
        if address in self.refuse:
            return "550 5.1.1 mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        number = len(self.received) + 1
        if self.before_accept is not None:
            self.before_accept(number)
        assert isinstance(envelope.content, bytes)
        self.received.append(
            Received(str(envelope.mail_from), list(envelope.rcpt_tos), envelope.content)
        )
        return "250 Message accepted"

    def to(self, address: str) -> list[Received]:
        return [r for r in self.received if address in r.recipients]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def make_certificate(folder: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 (cert, key), valid for a day."""
    if shutil.which("openssl") is None:
        pytest.skip("the openssl command is missing (Debian package openssl)")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        [
            "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
            "-keyout", str(key), "-out", str(cert), "-subj", "/CN=127.0.0.1",
            "-addext", "subjectAltName=IP:127.0.0.1",
        ],
        check=True,
        capture_output=True,
    )  # fmt: skip
    return cert, key


def _authenticate(
    server: SMTP, session: Session, envelope: Envelope, mechanism: str, auth_data: Any
) -> AuthResult:
    ok = (
        isinstance(auth_data, LoginPassword)
        and auth_data.login == USER.encode()
        and auth_data.password == PASSWORD.encode()
    )
    return AuthResult(success=ok, handled=False)


class SmtpServer:
    def __init__(self, controller: Controller, mailbox: Mailbox, port: int) -> None:
        self.controller = controller
        self.mailbox = mailbox
        self.port = port

    @classmethod
    def start(
        cls, mailbox: Mailbox, *, certificate: tuple[Path, Path] | None = None, auth: bool = False
    ) -> SmtpServer:
        port = free_port()
        kwargs: dict[str, Any] = {}
        if certificate is not None:
            context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            context.load_cert_chain(str(certificate[0]), str(certificate[1]))
            kwargs |= {"tls_context": context, "require_starttls": True}
        if auth:
            kwargs |= {"authenticator": _authenticate, "auth_require_tls": certificate is not None}
        controller = Controller(mailbox, hostname="127.0.0.1", port=port, **kwargs)
        controller.start()
        return cls(controller, mailbox, port)

    def stop(self) -> None:
        self.controller.stop()
