"""The one-line notice under the header when the database may only be read."""

from __future__ import annotations

from textual.widgets import Static

from kkr_tui.i18n import t


class ReadOnlyBanner(Static):
    """Shown (by the app) when the store opened read-only; edits are refused."""

    def __init__(self) -> None:
        super().__init__(t("readonly.banner"), id="readonly-banner", markup=False)
