"""The meeting screen's agenda columns (kkr_tui.ui.screens.meeting_view)."""

from __future__ import annotations

import pytest

from kkr_tui.domain.models import ItemState
from kkr_tui.i18n import set_language, t
from kkr_tui.ui.screens.meeting_view import items_layout


@pytest.mark.parametrize("lang", ["da", "en"])
@pytest.mark.parametrize("width", [80, 120])
def test_the_state_column_holds_every_short_state(lang: str, width: int) -> None:
    """English "dispatched" was cut to "dispatc…" in a column of eight, at any width."""
    set_language(lang)
    state = next(column for column in items_layout(width) if column.key == "state")
    longest = max(len(t(f"item_state_short.{s.value}")) for s in ItemState)
    assert state.width == longest
    assert longest == {"da": 8, "en": 10}[lang]  # Danish keeps its eight
