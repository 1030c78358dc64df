"""Snapshots of the e-mail dispatch dialog (key m on the meeting screen), demo day."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kkr_tui.ui.app import KkrApp
from tests.snapshots.conftest import SIZES
from tests.snapshots.test_meeting import opening


@pytest.fixture(autouse=True)
def fixed_server(monkeypatch: pytest.MonkeyPatch) -> None:
    """A fixed SMTP address, so 'Sendes via' does not show a temporary folder (nothing
    is sent: the dialog only shows the plan)."""
    monkeypatch.setenv("KKR_SMTP_URL", "smtp://kkr@mail.eksempel.dk:587")
    monkeypatch.setenv("KKR_SMTP_PASSWORD", "not-shown")


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_mail_dialog_with_warnings(
    snap_compare: Callable[..., bool], demo_app: Callable[[], KkrApp], size: tuple[int, int]
) -> None:
    """You should see 'Send dagsorden med e-mail · KKR Syddanmark · man 14. sep 2026', the
    subject 'Dagsorden: KKR Syddanmark mandag den 14. september 2026', 'Sendes via:
    kkr@mail.eksempel.dk:587 (sat med KKR_SMTP_URL)' (the server and why that one),
    first the warning '⚠ Per Eksempel: ingen e-mailadresse; får ikke mailen', then
    'Udsendelsen kræver en begrundelse:' with items 2, 3 and 6 and
    the passed deadline, then 'Modtagere (7):' with five members and two secretariat
    contacts ('sekretariat (kopi)') (at 80x24 the list scrolls, its bar at the right), the
    empty 'Begrundelse' field, and the buttons 'Send' and 'Annuller'. No password.
    """
    assert snap_compare(
        demo_app(), run_before=opening("syddanmark", "2026-09-14", "m"), terminal_size=size
    )
