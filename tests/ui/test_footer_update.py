"""The footer brought up to date in place: after any pane switch it shows exactly the keys
a footer built from scratch would show, in the same order (a click on a key presses its
`key`, so a reused key also does what it says)."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

from textual.widget import Widget

from kkr_tui.store import Store
from kkr_tui.ui.app import KkrApp
from kkr_tui.ui.compat import (
    FooterKey,
    FooterLabel,
    composed_for,
    footer_key_disabled,
    unmounted_children,
)
from kkr_tui.ui.widgets.footer import AppFooter
from tests.pilot import app_on, wait_until

SIZE = (100, 30)


def _flat(
    widgets: Sequence[Widget], *, pending: bool, kept: bool = False
) -> list[tuple[object, ...]]:
    """Each key and label as (kind, classes, key, display, description, action, disabled)."""
    found: list[tuple[object, ...]] = []
    for widget in widgets:
        if not pending and not kept and not widget.display:
            continue
        classes = tuple(sorted(widget.classes - {"-compact"}))
        if isinstance(widget, FooterKey):
            found.append(
                (
                    "key",
                    classes,
                    widget.key,
                    widget.key_display,
                    widget.description,
                    widget.action,
                    footer_key_disabled(widget),
                    widget.tooltip,
                )
            )
        elif isinstance(widget, FooterLabel):
            found.append(("label", classes, str(widget.content)))
        else:
            found.append(("group", classes))
            children = unmounted_children(widget) if pending else list(widget.children)
            found.extend(_flat(children, pending=pending))
    return found


def shown(footer: AppFooter) -> list[tuple[object, ...]]:
    """The footer's keys for the current bindings, also those left out for room (the
    footer shows whole entries only; test_room checks which)."""
    return _flat(footer.current_keys(), pending=False, kept=True)


def built_from_scratch(footer: AppFooter) -> list[tuple[object, ...]]:
    return _flat(composed_for(footer), pending=True)


def test_footer_matches_a_fresh_build_after_every_switch(demo_store: Store) -> None:
    async def run() -> None:
        app: KkrApp = app_on(demo_store)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            footer = app.screen.query_one(AppFooter)
            seen: set[tuple[tuple[object, ...], ...]] = set()
            for key in ("2", "3", "4", "1", "2", "tab", "1", "4", "3", "2", "1"):
                await pilot.press(key)
                await pilot.pause()
                assert shown(footer) == built_from_scratch(footer), key
                seen.add(tuple(shown(footer)))
            assert len(seen) >= 4  # the panes' keys differ: the test compared something

    asyncio.run(run())


def test_a_dialog_opened_with_the_pane_switch_leaves_the_footer_whole(demo_store: Store) -> None:
    """4 and e at once, before the first footer is settled: the footer under the dialog
    is the Kontakter footer a fresh build gives (F1 first), not that row with the keys
    updated in place while it was being rebuilt left in front of it."""

    async def run() -> None:
        app: KkrApp = app_on(demo_store)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.press("4", "e")
            await wait_until(pilot, lambda: app.screen is not app.screen_stack[0], "the dialog")
            await pilot.pause()
            footer = app.screen_stack[0].query_one(AppFooter)
            assert shown(footer) == built_from_scratch(footer)
            keys = [w.key for w in footer.current_keys() if isinstance(w, FooterKey)]
            assert keys[0] == "f1" and len(keys) == len(set(keys)), keys

    asyncio.run(run())
