"""Two app instances on one file (two secretaries): live refresh and the conflict dialog.

Both run in one test with Pilot; each has its own Store, as two processes would.
The suite has no async pytest plugin, so each test runs its scenario with asyncio.run.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import DataTable

from kkr_tui.domain.models import Contact, Meeting
from kkr_tui.store import open_store
from kkr_tui.store.demo import build_demo
from kkr_tui.ui.app import KkrApp
from kkr_tui.ui.saving import (
    Outcome,
    delete_with_conflict_check,
    save_record,
)
from kkr_tui.ui.screens.conflict_dialog import ConflictDialog, ConflictKind
from kkr_tui.ui.widgets.inputs import SafeInput
from tests.pilot import app_on, wait_until


@pytest.fixture
def shared_db(tmp_path: Path) -> Path:
    path = tmp_path / "kkr.json"
    build_demo(path)
    return path


def cell_texts(table: DataTable[Any]) -> list[str]:
    return [str(table.get_row_at(i)[0]) for i in range(table.row_count)]


async def _test_an_edit_in_one_app_appears_in_the_other(shared_db: Path) -> None:
    alice, bob = app_on(shared_db, demo=False), app_on(shared_db, demo=False)
    async with alice.run_test(size=(80, 24)) as pa, bob.run_test(size=(80, 24)) as pb:
        await pb.press("4")  # Bob looks at the contacts, cursor on the third row
        table = bob.query_one("ContactsPane DataTable", DataTable)
        await pb.press("down", "down")
        chosen = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        contact = next(c for c in alice.snapshot.contacts if str(c.id) == chosen)

        async def rename() -> None:
            await save_record(alice, contact.with_changes(name="Aaaa Først"))

        await alice.run_worker(rename()).wait()
        # Bob's app polls the file (kkr_tui.ui.live); how soon is a benchmark's question.
        await wait_until(pb, lambda: "Aaaa Først" in cell_texts(table), "Alice's change")
        # Sorted by name the record moved to the top; Bob's cursor went with it.
        assert cell_texts(table)[0] == "Aaaa Først"
        assert table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value == chosen
        await pa.pause()


async def _test_refresh_keeps_the_text_typed_into_an_open_dialog(shared_db: Path) -> None:
    from textual.screen import ModalScreen

    class Editing(ModalScreen[None]):
        def compose(self) -> Any:
            yield SafeInput(id="typing")

    app = app_on(shared_db, demo=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.push_screen(Editing())
        await pilot.press(*"Halvt skrevet")
        other = open_store(shared_db)  # another secretary, another process
        other.add(Contact(name="Ny Kollega"))
        await wait_until(
            pilot,
            lambda: (
                app.shown_snapshot is not None
                and "Ny Kollega" in {c.name for c in app.shown_snapshot.contacts}
            ),
            "the new contact",
        )
        assert app.screen.query_one("#typing", SafeInput).value == "Halvt skrevet"


async def conflict_between(
    shared_db: Path, bob_does: Callable[[KkrApp, Meeting], Awaitable[Any]], key: str
) -> tuple[Any, ConflictDialog, Meeting]:
    """Alice and Bob open the same meeting; Alice saves first; Bob then does `bob_does`."""
    alice, bob = app_on(shared_db, demo=False), app_on(shared_db, demo=False)
    async with alice.run_test(size=(80, 24)), bob.run_test(size=(100, 30)) as pb:
        meeting = bob.snapshot.meetings[0]
        opened_by_alice = alice.snapshot.meeting(meeting.id)
        assert opened_by_alice is not None
        open_store(shared_db).update(opened_by_alice.with_changes(place="Vejle"))
        outcome: dict[str, Any] = {}

        async def bob_saves() -> None:
            outcome["result"] = await bob_does(bob, meeting)

        worker = bob.run_worker(bob_saves())
        await wait_until(pb, lambda: isinstance(bob.screen, ConflictDialog), "the conflict dialog")
        dialog = bob.screen
        assert isinstance(dialog, ConflictDialog)
        await pb.press(key)
        await worker.wait()
        return outcome["result"], dialog, meeting


async def bob_moves_it_to_kolding(bob: KkrApp, meeting: Meeting) -> Any:
    return (await save_record(bob, meeting.with_changes(place="Kolding"))).record


async def _test_conflict_keep_mine(shared_db: Path) -> None:
    result, dialog, meeting = await conflict_between(shared_db, bob_moves_it_to_kolding, "m")
    assert dialog.kind is ConflictKind.CHANGED
    theirs, mine = dialog.theirs, dialog.mine
    assert isinstance(theirs, Meeting) and isinstance(mine, Meeting)
    assert theirs.place == "Vejle" and mine.place == "Kolding"
    stored = open_store(shared_db).snapshot().meeting(meeting.id)
    assert stored is not None and stored.place == "Kolding" and stored.rev == meeting.rev + 2
    assert result == stored


async def _test_conflict_take_theirs(shared_db: Path) -> None:
    result, _, meeting = await conflict_between(shared_db, bob_moves_it_to_kolding, "t")
    stored = open_store(shared_db).snapshot().meeting(meeting.id)
    assert stored is not None and stored.place == "Vejle" and stored.rev == meeting.rev + 1
    assert result == stored


async def _test_conflict_cancel_saves_nothing(shared_db: Path) -> None:
    result, _, meeting = await conflict_between(shared_db, bob_moves_it_to_kolding, "escape")
    assert result is None
    stored = open_store(shared_db).snapshot().meeting(meeting.id)
    assert stored is not None and stored.place == "Vejle"


async def _test_deleted_by_the_other_can_be_saved_again_as_new(shared_db: Path) -> None:
    alice, bob = app_on(shared_db, demo=False), app_on(shared_db, demo=False)
    async with alice.run_test(size=(80, 24)), bob.run_test(size=(80, 24)) as pb:
        contact = bob.snapshot.contacts[0]
        open_store(shared_db).delete(contact)  # Alice deletes it
        outcome: dict[str, Any] = {}

        async def bob_saves() -> None:
            outcome["r"] = await save_record(bob, contact.with_changes(title="Ny titel"))

        worker = bob.run_worker(bob_saves())
        await wait_until(pb, lambda: isinstance(bob.screen, ConflictDialog), "the conflict dialog")
        conflict = bob.screen
        assert isinstance(conflict, ConflictDialog) and conflict.kind is ConflictKind.DELETED
        await pb.press("m")
        await worker.wait()
    result = outcome["r"]
    assert result.outcome is Outcome.SAVED
    assert result.record.id != contact.id and result.record.title == "Ny titel"
    names = [c.name for c in open_store(shared_db).snapshot().contacts]
    assert names.count(contact.name) == 1


async def _test_deleted_by_the_other_accepting_the_deletion(shared_db: Path) -> None:
    alice, bob = app_on(shared_db, demo=False), app_on(shared_db, demo=False)
    async with alice.run_test(size=(80, 24)), bob.run_test(size=(80, 24)) as pb:
        contact = bob.snapshot.contacts[0]
        open_store(shared_db).delete(contact)
        outcome: dict[str, Any] = {}

        async def bob_saves() -> None:
            outcome["r"] = await save_record(bob, contact.with_changes(title="Ny titel"))

        worker = bob.run_worker(bob_saves())
        await wait_until(pb, lambda: isinstance(bob.screen, ConflictDialog), "the conflict dialog")
        await pb.press("t")
        await worker.wait()
    assert outcome["r"].outcome is Outcome.GONE
    assert contact.name not in {c.name for c in open_store(shared_db).snapshot().contacts}


async def _test_deleting_what_the_other_just_changed_asks_first(shared_db: Path) -> None:
    async def bob_deletes(bob: KkrApp, meeting: Meeting) -> Any:
        return await delete_with_conflict_check(bob, meeting)

    gone, dialog, meeting = await conflict_between(shared_db, bob_deletes, "t")
    assert dialog.kind is ConflictKind.DELETE_CHANGED
    assert gone is False
    assert open_store(shared_db).snapshot().meeting(meeting.id) is not None
    gone, _, meeting = await conflict_between(shared_db, bob_deletes, "m")
    assert gone is True
    assert open_store(shared_db).snapshot().meeting(meeting.id) is None


async def _test_same_change_by_both_is_no_conflict(shared_db: Path) -> None:
    app = app_on(shared_db, demo=False)
    async with app.run_test(size=(80, 24)) as pilot:
        meeting = app.snapshot.meetings[0]
        open_store(shared_db).update(meeting.with_changes(place="Vejle"))
        outcome: dict[str, Any] = {}

        async def save() -> None:
            outcome["r"] = await save_record(app, meeting.with_changes(place="Vejle"))

        await app.run_worker(save()).wait()
        await pilot.pause()
        assert not isinstance(app.screen, ConflictDialog)
    assert outcome["r"].outcome is Outcome.SAVED


def test_an_edit_in_one_app_appears_in_the_other(shared_db: Path) -> None:
    asyncio.run(_test_an_edit_in_one_app_appears_in_the_other(shared_db))


def test_refresh_keeps_the_text_typed_into_an_open_dialog(shared_db: Path) -> None:
    asyncio.run(_test_refresh_keeps_the_text_typed_into_an_open_dialog(shared_db))


def test_conflict_keep_mine(shared_db: Path) -> None:
    asyncio.run(_test_conflict_keep_mine(shared_db))


def test_conflict_take_theirs(shared_db: Path) -> None:
    asyncio.run(_test_conflict_take_theirs(shared_db))


def test_conflict_cancel_saves_nothing(shared_db: Path) -> None:
    asyncio.run(_test_conflict_cancel_saves_nothing(shared_db))


def test_deleted_by_the_other_can_be_saved_again_as_new(shared_db: Path) -> None:
    asyncio.run(_test_deleted_by_the_other_can_be_saved_again_as_new(shared_db))


def test_deleted_by_the_other_accepting_the_deletion(shared_db: Path) -> None:
    asyncio.run(_test_deleted_by_the_other_accepting_the_deletion(shared_db))


def test_deleting_what_the_other_just_changed_asks_first(shared_db: Path) -> None:
    asyncio.run(_test_deleting_what_the_other_just_changed_asks_first(shared_db))


def test_same_change_by_both_is_no_conflict(shared_db: Path) -> None:
    asyncio.run(_test_same_change_by_both_is_no_conflict(shared_db))
