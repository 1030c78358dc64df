"""KKR_SMTP_URL and the password: what is accepted, what is refused, nothing printed."""

from __future__ import annotations

from pathlib import Path

import pytest

from kkr_tui.mail.config import MailConfigError, Security, parse_smtp_url, smtp_settings


@pytest.mark.parametrize(
    ("url", "security", "port"),
    [
        ("smtp://user@mail.example.dk:587", Security.STARTTLS, 587),
        ("smtp://mail.example.dk", Security.STARTTLS, 587),
        ("smtps://user@mail.example.dk", Security.TLS, 465),
        ("smtp+insecure://127.0.0.1:2525", Security.NONE, 2525),
    ],
)
def test_understood_urls(url: str, security: Security, port: int) -> None:
    settings = parse_smtp_url(url)
    assert (settings.security, settings.port) == (security, port)


@pytest.mark.parametrize(
    "url",
    [
        "smtp+insecure://localhost:25",  # only the literal loopback address
        "smtp+insecure://10.0.0.1:25",
        "ftp://mail.example.dk",
        "smtp://",
        "smtp://mail.example.dk/path",
        "smtp://u:p@mail.example.dk",
    ],
)
def test_refused_urls_name_the_variable(url: str) -> None:
    with pytest.raises(MailConfigError, match="KKR_SMTP_URL"):
        parse_smtp_url(url)


def test_password_from_environment_is_never_in_repr() -> None:
    settings = smtp_settings(
        {"KKR_SMTP_URL": "smtps://kkr@mail.example.dk", "KKR_SMTP_PASSWORD": "hemmelig"}
    )
    assert settings is not None and settings.password == "hemmelig"
    assert "hemmelig" not in repr(settings)
    assert settings.server == "kkr@mail.example.dk:465"


def test_password_file_must_be_private(tmp_path: Path) -> None:
    secret = tmp_path / "pw"
    secret.write_text("hemmelig\n")
    secret.chmod(0o644)
    env = {"KKR_SMTP_URL": "smtps://kkr@mail.example.dk", "KKR_SMTP_PASSWORD_FILE": str(secret)}
    with pytest.raises(MailConfigError, match="chmod 600") as refused:
        smtp_settings(env)
    assert "hemmelig" not in str(refused.value)
    secret.chmod(0o600)
    settings = smtp_settings(env)
    assert settings is not None and settings.password == "hemmelig"


def test_a_user_without_a_password_is_refused() -> None:
    with pytest.raises(MailConfigError, match="KKR_SMTP_PASSWORD"):
        smtp_settings({"KKR_SMTP_URL": "smtp://kkr@mail.example.dk"})


def test_no_url_means_the_outbox() -> None:
    assert smtp_settings({}) is None
