"""Two real ways a message leaves: SMTP (smtplib), or a file in the outbox folder.

The outbox is `<db name>.outbox/` beside the database: one RFC 5322 `.eml` file per
message, which any mail client opens and a cron job can hand to the site's
`sendmail -t`. A message's file name comes from its Message-ID, so a rerun after a
crash writes the same file again instead of a second one.

`open_transport(db_path, stored_url)` picks the way: the environment, else the
database's setting (see kkr_tui.mail.config).
A transport is a context manager: SMTP logs in once for a whole batch.
"""

from __future__ import annotations

import contextlib
import re
import smtplib
import socket
import ssl
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path
from types import TracebackType
from typing import Protocol, Self

from kkr_tui.i18n import os_reason, t
from kkr_tui.mail.config import (
    MailRoute,
    RouteSource,
    Security,
    SmtpSettings,
    mail_route,
    smtp_settings,
)
from kkr_tui.store import files

TIMEOUT_S = 30.0


class SendError(Exception):
    """Nothing more can be sent now (connection, TLS, login, timeout); the text names
    the server (and the recipient, if one was being sent to)."""


class RecipientRefused(SendError):
    """The server refused this one recipient; the others can still be sent to."""


class Transport(Protocol):
    @property
    def description(self) -> str:
        """Where messages go, for the user: the outbox folder or `user@host:port`."""
        ...

    def __enter__(self) -> Self: ...

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None: ...

    def send(self, message: EmailMessage, recipient: str) -> None:
        """Deliver `message` to `recipient` (its To); raise SendError if refused."""
        ...


def outbox_folder(db_path: Path) -> Path:
    return db_path.with_name(f"{db_path.name}.outbox")


def open_transport(db_path: Path, stored_url: str = "") -> Transport:
    """SMTP when KKR_SMTP_URL is set, else when the database's settings name a server
    (`stored_url`; MailConfigError if either cannot be used), else the outbox beside
    the database. Its description says where and why."""
    route = mail_route(stored_url)
    settings = smtp_settings(stored_url=stored_url)
    if settings is None:
        return OutboxTransport(outbox_folder(db_path))
    return SmtpTransport(settings, route)


_UNSAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


class OutboxTransport:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    @property
    def description(self) -> str:
        return f"{self.folder} ({MailRoute(RouteSource.OUTBOX).why})"

    def __enter__(self) -> Self:
        files.ensure_folder(self.folder)
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        return None

    def path_for(self, message: EmailMessage) -> Path:
        message_id = str(message["Message-ID"] or "").strip("<> ")
        return self.folder / f"{_UNSAFE_NAME.sub('_', message_id) or 'message'}.eml"

    def send(self, message: EmailMessage, recipient: str) -> None:
        path = self.path_for(message)
        try:
            files.write_atomic(path, message.as_bytes(policy=SMTP))
        except OSError as exc:
            raise SendError(
                t("mail.send.outbox_failed", path=path, recipient=recipient, why=os_reason(exc))
            ) from None


class SmtpTransport:
    def __init__(self, settings: SmtpSettings, route: MailRoute | None = None) -> None:
        self.settings = settings
        self.route = route or MailRoute(RouteSource.ENVIRONMENT)
        self._client: smtplib.SMTP | None = None

    @property
    def description(self) -> str:
        return f"{self.settings.server} ({self.route.why})"

    def _context(self) -> ssl.SSLContext:
        # The system's trust store (SSL_CERT_FILE is honoured by OpenSSL), or the site's
        # CA file: both check the certificate and the host name. Never switched off.
        cafile = self.settings.cafile or None
        return ssl.create_default_context(cafile=cafile)

    def __enter__(self) -> Self:
        s = self.settings
        try:
            if s.security is Security.TLS:
                client: smtplib.SMTP = smtplib.SMTP_SSL(
                    s.host, s.port, timeout=TIMEOUT_S, context=self._context()
                )
            else:
                client = smtplib.SMTP(s.host, s.port, timeout=TIMEOUT_S)
            self._client = client
            client.ehlo()
            if s.security is Security.STARTTLS:
                if not client.has_extn("starttls"):
                    raise SendError(t("mail.smtp.no_starttls", server=s.server))
                client.starttls(context=self._context())
                client.ehlo()
            if s.user:
                client.login(s.user, s.password)
        except SendError:
            self._close()
            raise
        except smtplib.SMTPAuthenticationError:
            self._close()
            raise SendError(t("mail.smtp.auth", server=s.server)) from None
        except ssl.SSLError as exc:
            self._close()
            raise SendError(t("mail.smtp.tls", server=s.server, why=exc.reason or exc)) from None
        except (smtplib.SMTPException, OSError) as exc:
            self._close()
            raise SendError(t("mail.smtp.connect", server=s.server, why=_why(exc))) from None
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if self._client is not None:
            with contextlib.suppress(smtplib.SMTPException, OSError):
                self._client.quit()
            self._close()

    def _close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    def send(self, message: EmailMessage, recipient: str) -> None:
        if self._client is None:
            raise RuntimeError("SmtpTransport.send outside `with`")
        server = self.settings.server
        try:
            refused = self._client.send_message(message, to_addrs=[recipient])
        except smtplib.SMTPRecipientsRefused as exc:
            code, text = next(iter(exc.recipients.values()), (0, b""))
            raise RecipientRefused(
                t("mail.smtp.refused", server=server, recipient=recipient, why=_reply(code, text))
            ) from None
        except smtplib.SMTPResponseException as exc:
            if exc.smtp_code < 500 or exc.smtp_code in (530, 535):  # try again later / login
                raise SendError(
                    t(
                        "mail.smtp.refused",
                        server=server,
                        recipient=recipient,
                        why=_reply(exc.smtp_code, exc.smtp_error),
                    )
                ) from None
            raise RecipientRefused(
                t(
                    "mail.smtp.refused",
                    server=server,
                    recipient=recipient,
                    why=_reply(exc.smtp_code, exc.smtp_error),
                )
            ) from None
        except (smtplib.SMTPException, OSError) as exc:
            self._close()
            raise SendError(
                t("mail.smtp.failed", server=server, recipient=recipient, why=_why(exc))
            ) from None
        if refused:
            code, text = refused.get(recipient, (0, b""))
            raise RecipientRefused(
                t("mail.smtp.refused", server=server, recipient=recipient, why=_reply(code, text))
            )


def _reply(code: int, text: bytes | str) -> str:
    shown = text.decode("utf-8", "replace") if isinstance(text, bytes) else text
    return f"{code} {' '.join(shown.split())}".strip()


def _why(exc: BaseException) -> str:
    if isinstance(exc, socket.timeout | TimeoutError):
        return t("mail.smtp.timeout")
    text = os_reason(exc) if isinstance(exc, OSError) else str(exc)
    return " ".join(str(text).split()) or type(exc).__name__
