"""Where mail goes: `KKR_SMTP_URL` names an SMTP server, else the database's setting
(`kkr settings smtp URL`, stored as Settings.smtp_url), otherwise the outbox folder.

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
import re
import stat
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from urllib.parse import unquote, urlsplit

from kkr_tui.i18n import os_reason, t

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


def parse_smtp_url(url: str, *, var: str = URL_ENV) -> SmtpSettings:
    """The settings an SMTP URL describes (without the password); `var` names where
    the URL came from in the error (the variable, or the database's setting)."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        raise MailConfigError(t("mail.config.bad_url", var=var, url=_redacted(url))) from None
    scheme = parts.scheme.lower()
    if scheme not in _SCHEMES:
        raise MailConfigError(t("mail.config.bad_scheme", var=var, scheme=scheme or "-"))
    if parts.password is not None:
        # Not even echoed back: the message names the variable, never the URL.
        raise MailConfigError(t("mail.config.password_in_url", var=var, env=PASSWORD_ENV))
    host = parts.hostname or ""
    if not host or (parts.path not in ("", "/")) or parts.query or parts.fragment:
        raise MailConfigError(t("mail.config.bad_url", var=var, url=_redacted(url)))
    security, default_port = _SCHEMES[scheme]
    if security is Security.NONE and host != LOOPBACK:
        raise MailConfigError(t("mail.config.insecure_remote", var=var, host=host))
    return SmtpSettings(
        host=host,
        port=port or default_port,
        security=security,
        user=unquote(parts.username or ""),
    )


def _redacted(url: str) -> str:
    """The URL as shown in an error: a password typed into it anyway becomes '***'."""
    return _USERINFO_PASSWORD.sub(r"\1:***@", url)


_USERINFO_PASSWORD = re.compile(r"(//[^/@:]*):[^/@]*@")


class RouteSource(StrEnum):
    """Why mail goes where it goes (`kkr where`, the dispatch dialog, kkr dispatch)."""

    ENVIRONMENT = "environment"  # KKR_SMTP_URL (wins over the database's setting)
    DATABASE = "database"  # the database's setting, `kkr settings smtp URL`
    OUTBOX = "outbox"  # neither: files in the outbox folder


@dataclass(frozen=True)
class MailRoute:
    """The way this run's mail goes and why; `url` as given (it holds no password)."""

    source: RouteSource
    url: str = ""

    @property
    def why(self) -> str:
        return t(f"mail.route.{self.source.value}", var=URL_ENV)

    @property
    def var(self) -> str:
        """What an error about the URL names: the variable or the setting."""
        return URL_ENV if self.source is RouteSource.ENVIRONMENT else t("mail.route.setting_var")


def mail_route(stored_url: str = "", environ: Mapping[str, str] | None = None) -> MailRoute:
    """KKR_SMTP_URL if set, else the database's setting `stored_url`, else the outbox."""
    env = os.environ if environ is None else environ
    url = env.get(URL_ENV, "").strip()
    if url:
        return MailRoute(RouteSource.ENVIRONMENT, url)
    if stored_url.strip():
        return MailRoute(RouteSource.DATABASE, stored_url.strip())
    return MailRoute(RouteSource.OUTBOX)


def smtp_settings(
    environ: Mapping[str, str] | None = None, *, stored_url: str = ""
) -> SmtpSettings | None:
    """The SMTP server of this run (with its password), or None for the outbox."""
    env = os.environ if environ is None else environ
    route = mail_route(stored_url, env)
    if route.source is RouteSource.OUTBOX:
        return None
    settings = parse_smtp_url(route.url, var=route.var)
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
            t("mail.config.file_unreadable", var=PASSWORD_FILE_ENV, path=name, why=os_reason(exc))
        ) from None
    password = text.rstrip("\r\n")
    if not password:
        raise MailConfigError(t("mail.config.file_empty", var=PASSWORD_FILE_ENV, path=name))
    return password


def sender_address() -> str:
    """The From address: KKR_MAIL_FROM, else the council's secretariat (set by the caller)."""
    return os.environ.get(FROM_ENV, "").strip()
