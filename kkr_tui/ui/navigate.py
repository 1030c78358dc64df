"""Jump to a record from anywhere (the command palette uses these).

Each jump first goes back to the main screen, so the result is the same whichever
screen the palette was opened on, then shows the record where a user would look for it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.widgets import DataTable

from kkr_tui.ui.widgets.tables import select_key

if TYPE_CHECKING:
    from kkr_tui.ui.app import KkrApp


async def back_to_main(app: KkrApp) -> None:
    while len(app.screen_stack) > 1:
        await app.pop_screen()


async def show_in_pane(app: KkrApp, pane_id: str, row_key: str) -> bool:
    """Switch to pane `pane_id` and put its list's cursor on `row_key`."""
    await back_to_main(app)
    await app.action_show_pane(pane_id)
    pane = await app.pane(pane_id)
    table = next(iter(pane.query(DataTable)), None)
    if table is None:
        return False
    table.focus()
    return select_key(table, row_key)


async def show_council(app: KkrApp, slug: str) -> None:
    """The council screen, over Oversigt with the cursor on that council."""
    await show_in_pane(app, "overview", slug)
    await app.open_council(slug)


async def show_meeting(app: KkrApp, meeting_id: int) -> None:
    await back_to_main(app)
    await app.open_meeting(meeting_id)


async def show_item(app: KkrApp, meeting_id: int, item_id: int) -> None:
    await show_meeting(app, meeting_id)
    table = next(iter(app.screen.query("#meeting-items")), None)
    if isinstance(table, DataTable):
        table.focus()
        select_key(table, str(item_id))


async def show_contact(app: KkrApp, contact_id: int) -> None:
    await show_in_pane(app, "contacts", str(contact_id))


async def run_in_pane(app: KkrApp, pane_id: str, action: str) -> None:
    """Show pane `pane_id` and run one of its actions, as its key would there."""
    await back_to_main(app)
    await app.action_show_pane(pane_id)
    await app.run_action(action, await app.pane(pane_id))


async def run_on_council(app: KkrApp, slug: str, action: str) -> None:
    """Open the council screen of `slug` and run one of its actions there."""
    await show_council(app, slug)
    await app.run_action(action, app.screen)
