"""Where mail goes: `KKR_SMTP_URL` names an SMTP server, otherwise the outbox folder.

    smtp://user@mail.example.dk:587       STARTTLS, required (refused if the server lacks it)
    smtps://user@mail.example.dk:465      TLS from the first byte
    smtp+insecure://127.0.0.1:1025        plain text, only to 127.0.0.1 (a local test server)

The password comes from `KKR_SMTP_PASSWORD`, or from the file named by
`KKR_SMTP_PASSWORD_FILE`, which must be readable by its owner only (0600 or stricter).
It is never part of the URL, never stored in the database and never printed: the
settings' repr and every message name the server as `user@host:port`.
`KKR_SMTP_CAFILE` adds a certificate authority to trust (a site's own CA); certificate
and host-name checks are never switched off.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from urllib.parse import unquote, urlsplit

from kkr_tui.i18n import t

URL_ENV = "KKR_SMTP_URL"
PASSWORD_ENV = "KKR_SMTP_PASSWORD"
PASSWORD_FILE_ENV = "KKR_SMTP_PASSWORD_FILE"
CAFILE_ENV = "KKR_SMTP_CAFILE"
FROM_ENV = "KKR_MAIL_FROM"
LOOPBACK = "127.0.0.1"


class Security(StrEnum):
    STARTTLS = "starttls"
    TLS = "tls"
    NONE = "none"


_SCHEMES = {
    "smtp": (Security.STARTTLS, 587),
    "smtps": (Security.TLS, 465),
    "smtp+insecure": (Security.NONE, 25),
}


class MailConfigError(ValueError):
    """A mail setting that cannot be used; the message names the variable (exit 2)."""


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int
    security: Security
    user: str = ""
    # Excluded from repr and comparison: a traceback or a debug print never shows it.
    password: str = field(default="", repr=False, compare=False)
    cafile: str = ""

    @property
    def server(self) -> str:
        """'user@host:port', how messages name the server (never with the password)."""
        who = f"{self.user}@" if self.user else ""
        return f"{who}{self.host}:{self.port}"


def parse_smtp_url(url: str) -> SmtpSettings:
    """The settings a KKR_SMTP_URL describes (without the password)."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        raise MailConfigError(t("mail.config.bad_url", var=URL_ENV, url=url)) from None
    scheme = parts.scheme.lower()
    if scheme not in _SCHEMES:
        raise MailConfigError(t("mail.config.bad_scheme", var=URL_ENV, scheme=scheme or "-"))
    if parts.password is not None:
        raise MailConfigError(t("mail.config.password_in_url", var=URL_ENV, env=PASSWORD_ENV))
    host = parts.hostname or ""
    if not host or (parts.path not in ("", "/")) or parts.query or parts.fragment:
        raise MailConfigError(t("mail.config.bad_url", var=URL_ENV, url=url))
    security, default_port = _SCHEMES[scheme]
    if security is Security.NONE and host != LOOPBACK:
        raise MailConfigError(t("mail.config.insecure_remote", var=URL_ENV, host=host))
    return SmtpSettings(
        host=host,
        port=port or default_port,
        security=security,
        user=unquote(parts.username or ""),
    )


def smtp_settings(environ: Mapping[str, str] | None = None) -> SmtpSettings | None:
    """The SMTP server of this run, or None for the outbox (no KKR_SMTP_URL)."""
    env = os.environ if environ is None else environ
    url = env.get(URL_ENV, "").strip()
    if not url:
        return None
    settings = parse_smtp_url(url)
    password = _password(env) if settings.user else ""
    cafile = env.get(CAFILE_ENV, "").strip()
    if cafile and not Path(cafile).is_file():
        raise MailConfigError(t("mail.config.no_cafile", var=CAFILE_ENV, path=cafile))
    return SmtpSettings(
        host=settings.host,
        port=settings.port,
        security=settings.security,
        user=settings.user,
        password=password,
        cafile=cafile,
    )


def _password(env: Mapping[str, str]) -> str:
    if env.get(PASSWORD_ENV):
        return env[PASSWORD_ENV]
    name = env.get(PASSWORD_FILE_ENV, "").strip()
    if not name:
        raise MailConfigError(
            t("mail.config.no_password", var=URL_ENV, env=PASSWORD_ENV, file_env=PASSWORD_FILE_ENV)
        )
    path = Path(name)
    try:
        mode = os.stat(path).st_mode
        if stat.S_IMODE(mode) & 0o077:
            raise MailConfigError(
                t("mail.config.file_mode", var=PASSWORD_FILE_ENV, path=name, mode=oct(mode & 0o777))
            )
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise MailConfigError(
            t("mail.config.file_unreadable", var=PASSWORD_FILE_ENV, path=name, why=exc.strerror)
        ) from None
    password = text.rstrip("\r\n")
    if not password:
        raise MailConfigError(t("mail.config.file_empty", var=PASSWORD_FILE_ENV, path=name))
    return password


def sender_address(environ: Mapping[str, str] | None = None) -> str:
    """The From address: KKR_MAIL_FROM, else the council's secretariat (set by the caller)."""
    env = os.environ if environ is None else environ
    return env.get(FROM_ENV, "").strip()
