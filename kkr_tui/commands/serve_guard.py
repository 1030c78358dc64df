"""The gate in front of `kkr serve`: a secret token, the served address, a session cap.

textual-serve has no login and accepts a websocket from any page and any Host. This
subclass of its `Server` overrides only its public request handlers and hooks:

- The token: printed once as the URL to open (`http://127.0.0.1:8000/?token=...`).
  Opening that URL sets an HttpOnly, SameSite=Strict cookie and sends the browser on to
  `/` (so the token leaves the address bar); the page, the websocket and downloads need
  the cookie, compared in constant time. Anything else: 403.
- Host and Origin must name the served address (or --public-url): a page on another
  site (or a DNS-rebinding name for 127.0.0.1) gets 403 even from a browser that has
  the cookie.
- At most `max_sessions` app processes at once; the next tab gets a page saying so
  (503). A slot is free again when the tab's process has ended: textual-serve stops the
  process when its websocket closes, and the app is started with `exec` so no shell is
  left behind.

Imported only by `kkr serve` (textual-serve is an optional extra).
"""

from __future__ import annotations

import hmac
import html
import logging
import secrets
import stat
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

from aiohttp import web
from textual_serve.server import Server

from kkr_tui.i18n import os_reason, t

TOKEN_BYTES = 32
MIN_TOKEN_LENGTH = 16


class TokenFileError(Exception):
    """--token-file cannot be used; the message names the file and why."""


def new_token() -> str:
    return secrets.token_urlsafe(TOKEN_BYTES)


def read_token_file(path: Path) -> str:
    """The token in `path`, which only its owner may read (like an SSH key)."""
    try:
        info = path.stat()
        text = path.read_text(encoding="utf-8").strip()
    except OSError as exc:
        message = t("serve.token_file.unreadable", path=path, reason=os_reason(exc))
        raise TokenFileError(message) from None
    except UnicodeDecodeError:
        message = t("serve.token_file.short", path=path, length=MIN_TOKEN_LENGTH)
        raise TokenFileError(message) from None
    if not stat.S_ISREG(info.st_mode) or info.st_mode & 0o077:
        raise TokenFileError(t("serve.token_file.mode", path=path, mode=oct(info.st_mode & 0o777)))
    if len(text) < MIN_TOKEN_LENGTH or not text.isprintable() or " " in text:
        raise TokenFileError(t("serve.token_file.short", path=path, length=MIN_TOKEN_LENGTH))
    return text


class GuardedServer(Server):
    def __init__(
        self,
        command: str,
        *,
        host: str,
        port: int,
        public_url: str | None,
        token: str,
        max_sessions: int,
        templates_path: Path,
    ) -> None:
        super().__init__(
            command,
            host=host,
            port=port,
            title="KKR",
            public_url=public_url,
            templates_path=templates_path,
        )
        self.public_url = self.public_url.rstrip("/")
        served = urlsplit(self.public_url)
        self.allowed_host = served.netloc.lower()
        self.allowed_origin = f"{served.scheme}://{served.netloc}".lower()
        self.secure = served.scheme == "https"
        self.token = token
        self.max_sessions = max_sessions
        self.sessions = 0
        # Per port: two `kkr serve` on one machine must not overwrite each other's cookie.
        self.cookie = f"kkr_token_{port}"

    @property
    def login_url(self) -> str:
        return f"{self.public_url}/?token={quote(self.token)}"

    # -- textual-serve's hooks -----------------------------------------------------------
    def initialize_logging(self) -> None:
        super().initialize_logging()
        # The access log would write the token (in `GET /?token=...`) to the terminal.
        logging.getLogger("aiohttp.access").setLevel(logging.WARNING)

    async def on_startup(self, app: web.Application) -> None:
        # Instead of textual-serve's banner: the one place the token is shown.
        print(t("serve.open_url", url=self.login_url), flush=True)

    async def handle_index(self, request: web.Request) -> Any:
        self._check_address(request)
        given = request.query.get("token")
        if given is not None:
            if not self._is_token(given):
                raise _page(403, t("serve.refused.title"), t("serve.refused.token"))
            found = web.HTTPSeeOther(f"{self.public_url}/")
            found.set_cookie(
                self.cookie, self.token, httponly=True, samesite="Strict", secure=self.secure
            )
            raise found
        self._check_cookie(request)
        self._check_room()
        return await super().handle_index(request)

    async def handle_websocket(self, request: web.Request) -> web.WebSocketResponse:
        # Each check raises before the handshake: the client gets the HTTP status and
        # no app process is started.
        self._check_address(request, websocket=True)
        self._check_cookie(request)
        self._check_room()
        self.sessions += 1
        try:
            return await super().handle_websocket(request)
        finally:
            self.sessions -= 1  # textual-serve has waited for this tab's app to end

    async def handle_download(self, request: web.Request) -> web.StreamResponse:
        self._check_address(request)
        self._check_cookie(request)
        return await super().handle_download(request)

    # -- checks: each raises the page to send instead --------------------------------------
    def _is_token(self, given: str) -> bool:
        return hmac.compare_digest(given.encode("utf-8"), self.token.encode("utf-8"))

    def _check_cookie(self, request: web.Request) -> None:
        if not self._is_token(request.cookies.get(self.cookie, "")):
            raise _page(403, t("serve.refused.title"), t("serve.refused.token"))

    def _check_address(self, request: web.Request, *, websocket: bool = False) -> None:
        host = request.headers.get("Host", "").lower()
        if host != self.allowed_host:
            raise _page(403, t("serve.refused.title"), t("serve.refused.host", host=host))
        origin = request.headers.get("Origin")
        # A browser always sends Origin with a websocket, and a page on another site
        # cannot leave it out; opening the URL (a top-level navigation) may carry none.
        if (origin is None and websocket) or (
            origin is not None and origin.lower() != self.allowed_origin
        ):
            raise _page(403, t("serve.refused.title"), t("serve.refused.origin"))

    def _check_room(self) -> None:
        if self.sessions >= self.max_sessions:
            message = t("serve.refused.busy", count=self.max_sessions)
            raise _page(503, t("serve.refused.busy_title"), message)


def _page(status: int, title: str, message: str) -> web.HTTPException:
    body = (
        "<!doctype html><html><head><meta charset='utf-8'>"
        f"<title>{html.escape(title)}</title></head>"
        f"<body><h1>{html.escape(title)}</h1><p>{html.escape(message)}</p></body></html>"
    )
    kind = web.HTTPServiceUnavailable if status == 503 else web.HTTPForbidden
    return kind(text=body, content_type="text/html")
