"""`kkr settings smtp [URL | --clear]`: the database's own settings from the shell.

The SMTP server is stored in the database (Settings.smtp_url) so that the app, `kkr
dispatch` and a cron job's `kkr remind` all send through it without each setting
KKR_SMTP_URL; the variable still wins when set. The URL is checked before it is
stored (exit 2 naming what is wrong) and never holds a password: that is read when
sending, from KKR_SMTP_PASSWORD or KKR_SMTP_PASSWORD_FILE.
"""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import replace
from typing import Any

from kkr_tui.commands.arguments import Common, add_command
from kkr_tui.commands.context import CommandError, Context
from kkr_tui.domain.text import printable
from kkr_tui.i18n import t
from kkr_tui.mail.config import URL_ENV, MailConfigError, RouteSource, mail_route, parse_smtp_url
from kkr_tui.mail.transport import outbox_folder


def register(subparsers: Any, common: Common) -> None:
    settings = add_command(subparsers, "settings", "settings.help")
    common(settings)
    kinds = settings.add_subparsers(
        dest="settings_kind", metavar=t("settings.metavar.setting"), required=True
    )
    smtp = add_command(kinds, "smtp", "settings.help.smtp", "settings.description.smtp", raw=True)
    common(smtp)
    smtp.add_argument("url", nargs="?", metavar="URL", help=t("settings.help.url"))
    smtp.add_argument("--clear", action="store_true", help=t("settings.help.clear"))
    smtp.set_defaults(run=run_smtp)


def run_smtp(context: Context, args: argparse.Namespace) -> int:
    if args.url is not None and args.clear:
        raise CommandError(t("settings.url_and_clear"))
    if args.clear:
        return _clear(context)
    if args.url is not None:
        return _store(context, args.url)
    return _show(context)


def _store(context: Context, url: str) -> int:
    try:
        server = parse_smtp_url(url, var="URL")  # "kkr: URL: ...": the argument, as --help names it
    except MailConfigError as exc:
        raise CommandError(str(exc)) from None
    store = context.open_writable()
    with store.transaction() as tx:
        tx.save_settings(replace(tx.settings(), smtp_url=url.strip()))
    print(printable(t("settings.smtp.saved", server=server.server)))
    if server.user:
        print(printable(t("settings.smtp.password_hint", user=server.user)))
    _warn_if_overridden()
    return 0


def _clear(context: Context) -> int:
    store = context.open_writable()
    with store.transaction() as tx:
        current = tx.settings()
        if not current.smtp_url:
            print(t("settings.smtp.was_none"))
            return 0
        tx.save_settings(replace(current, smtp_url=""))
    print(t("settings.smtp.cleared", outbox=outbox_folder(store.path)))
    _warn_if_overridden()
    return 0


def _show(context: Context) -> int:
    stored = context.open_existing().snapshot().settings.smtp_url
    print(printable(t("settings.smtp.stored", url=stored or t("settings.smtp.none"))))
    try:
        where = route_text(context.db_path, stored)
    except MailConfigError as exc:
        raise CommandError(str(exc)) from None
    print(printable(t("settings.smtp.route", where=where)))
    return 0


def route_text(db_path: Any, stored_url: str) -> str:
    """'kkr@mail.example.dk:587 (sat med KKR_SMTP_URL)', or the outbox and why; the
    password is neither read nor needed (MailConfigError for a URL not understood)."""

    route = mail_route(stored_url)
    if route.source is RouteSource.OUTBOX:
        return f"{outbox_folder(db_path)} ({route.why})"
    return f"{parse_smtp_url(route.url, var=route.var).server} ({route.why})"


def _warn_if_overridden() -> None:
    if os.environ.get(URL_ENV, "").strip():
        print(t("mail.cli.warning", text=t("settings.smtp.overridden")), file=sys.stderr)
