"""The agenda workflow: item steps, reorder, postpone, guards, meeting steps."""

from __future__ import annotations

from typing import Any

import pendulum
import pytest

from kkr_tui.domain.errors import ValidationError
from kkr_tui.domain.models import (
    AgendaItem,
    ItemKind,
    ItemState,
    Meeting,
    MeetingState,
)
from kkr_tui.domain.workflow import (
    BlockerKind,
    WorkflowError,
    advance_item,
    cancel_meeting,
    change_item_state,
    clean_block,
    clean_line,
    dispatch_blockers,
    dispatch_meeting,
    mark_held,
    move_item,
    placed_item,
    postpone_item,
    postpone_target,
    publication_blockers,
    publish_minutes,
    record_decision,
    renumber,
    step_back_item,
    validate_minutes_url,
    without_item,
)
from kkr_tui.i18n import speaking

TODAY = pendulum.date(2026, 9, 10)


def meeting(day: str = "2026-09-17", mid: int = 1, **changes: Any) -> Meeting:
    """Built from values as the database file holds them (ISO text, plain strings): the
    model parses and checks them, so they are typed Any."""
    values: dict[str, Any] = dict(
        council="nordjylland",
        series="kkr",
        start=f"{day}T09:30:00+02:00",
        end=f"{day}T12:30:00+02:00",
        id=mid,
    )
    values.update(changes)
    return Meeting(**values)


def item(n: int, state: ItemState = ItemState.DRAFT, **changes: Any) -> AgendaItem:
    """Built from values as the database file holds them (ISO text, plain strings): the
    model parses and checks them, so they are typed Any."""
    values: dict[str, Any] = dict(
        meeting_id=1, number=n, title=f"Punkt {n}", state=state, id=n, responsible="Bo"
    )
    values.update(changes)
    return AgendaItem(**values)


def on(day: str) -> pendulum.Date:
    return pendulum.Date.fromisoformat(day)


# -- item steps ----------------------------------------------------------------------


def test_forward_and_back_through_the_steps_with_history() -> None:
    m = meeting()
    it = item(1)
    it = advance_item(it, m, day=TODAY, user="sek")
    assert it.state is ItemState.SUBMITTED
    it = advance_item(it, m, day=TODAY, user="sek")
    assert it.state is ItemState.APPROVED
    it = step_back_item(it, m, day=TODAY.add(days=1), user="anden")
    assert it.state is ItemState.SUBMITTED
    assert [(h.from_state, h.to_state) for h in it.history] == [
        ("draft", "submitted"),
        ("submitted", "approved"),
        ("approved", "submitted"),
    ]
    last = it.history[-1]
    assert (last.day, last.user) == ("2026-09-11", "anden")


def test_no_step_past_approved_or_before_draft() -> None:
    m = meeting()
    with pytest.raises(WorkflowError, match="udsendelse"):
        advance_item(item(1, ItemState.APPROVED), m, day=TODAY, user="sek")
    with pytest.raises(WorkflowError, match="kladde"):
        step_back_item(item(1), m, day=TODAY, user="sek")


@pytest.mark.parametrize(
    "state", [MeetingState.DISPATCHED, MeetingState.HELD, MeetingState.PUBLISHED]
)
def test_no_state_change_after_dispatch(state: MeetingState) -> None:
    with pytest.raises(WorkflowError, match="lukket"):
        advance_item(item(1), meeting(state=state), day=TODAY, user="sek")


def test_no_state_change_on_a_cancelled_meeting() -> None:
    with pytest.raises(WorkflowError, match="aflyst"):
        step_back_item(
            item(1, ItemState.SUBMITTED), meeting(state="cancelled"), day=TODAY, user="x"
        )


def test_postponed_item_has_no_steps() -> None:
    with pytest.raises(WorkflowError, match="udsat"):
        advance_item(item(1, ItemState.POSTPONED), meeting(), day=TODAY, user="sek")


def test_history_note_is_cleaned() -> None:
    it = change_item_state(item(1), ItemState.SUBMITTED, day=TODAY, user="x", note=" \x1b[31mok ")
    assert it.history[-1].note == "[31mok"


# -- order ---------------------------------------------------------------------------


def test_move_up_and_down_renumbers() -> None:
    its = [item(1), item(2), item(3)]
    changed = move_item(its, 3, -1)
    assert sorted((i.id, i.number) for i in changed) == [(2, 3), (3, 2)]
    changed = move_item(its, 1, +2)
    assert sorted((i.id, i.number) for i in changed) == [(1, 3), (2, 1), (3, 2)]


def test_move_at_the_edge_changes_nothing() -> None:
    its = [item(1), item(2)]
    assert move_item(its, 1, -1) == []
    assert move_item(its, 2, +1) == []


def test_move_repairs_gaps_in_numbers() -> None:
    its = [item(1, number=2), item(2, number=5), item(3, number=9)]
    changed = {i.id: i.number for i in move_item(its, 3, -1)}
    assert changed == {1: 1, 2: 3, 3: 2}


def test_move_of_an_unknown_item_is_refused() -> None:
    with pytest.raises(WorkflowError):
        move_item([item(1)], 99, 1)


def test_delete_renumbers_the_rest() -> None:
    its = [item(1), item(2), item(3)]
    assert [(i.id, i.number) for i in without_item(its, 1)] == [(2, 1), (3, 2)]
    assert without_item(its, 3) == []
    assert renumber(its) == []


# -- postpone ------------------------------------------------------------------------


def test_postpone_target_is_the_next_open_meeting_of_the_same_council_and_series() -> None:
    source = meeting("2026-09-17", 1)
    others = [
        meeting("2026-11-26", 2),
        meeting("2026-10-01", 3, series="formandskab"),
        meeting("2026-10-08", 4, council="midtjylland"),
        meeting("2026-10-20", 5, state="dispatched"),
        meeting("2026-10-22", 6, state="cancelled"),
        meeting("2026-06-11", 7),
        meeting("2027-02-25", 8),
    ]
    assert postpone_target(source, [source, *others]).id == 2


def test_postpone_without_a_next_meeting_says_so() -> None:
    with pytest.raises(WorkflowError, match="intet senere KKR-møde"):
        postpone_target(meeting(), [meeting(), meeting("2026-06-11", 2)])


def test_postpone_moves_the_item_with_its_history_and_renumbers_both() -> None:
    source, target = meeting("2026-09-17", 1), meeting("2026-11-26", 2)
    first = change_item_state(item(1), ItemState.SUBMITTED, day=on("2026-08-20"), user="a")
    source_items = [first, item(2, ItemState.APPROVED), item(3)]
    target_items = [item(10, meeting_id=2, number=1), item(11, meeting_id=2, number=2)]
    changed = postpone_item(
        first, source, source_items, target, target_items, day=TODAY, user="sek", note="mangler"
    )
    moved = changed[0]
    assert (moved.id, moved.meeting_id, moved.number, moved.state) == (1, 2, 3, ItemState.DRAFT)
    assert [(h.from_state, h.to_state) for h in moved.history] == [
        ("draft", "submitted"),
        ("submitted", "postponed"),
        ("postponed", "draft"),
    ]
    assert moved.history[1].note == "udsat til KKR-møde tor 26. nov 2026: mangler"
    assert moved.history[2].note == "udsat fra mødet tor 17. sep 2026"
    assert {(i.id, i.number) for i in changed[1:]} == {(2, 1), (3, 2)}


# -- where an item comes onto an agenda: before the closing frame items -------------


def framed(*titles: str, mid: int = 2) -> list[AgendaItem]:
    """An agenda of `titles` numbered 1, 2, ... (ids 100+number) on meeting `mid`."""
    return [
        item(n, id=100 + n, meeting_id=mid, title=title) for n, title in enumerate(titles, start=1)
    ]


KKR_AGENDA = (
    "Godkendelse af dagsorden",
    "Godkendelse af referat",
    "Sundhedsaftalen",
    "Siden sidst / Meddelelser",
    "Eventuelt",
)


def test_a_new_item_goes_before_the_closing_frame_items_which_move_down() -> None:
    target = meeting("2026-11-26", 2)
    changed = placed_item(item(1, id=0, title="Ny sag"), target, framed(*KKR_AGENDA))
    assert [(i.id, i.meeting_id, i.number, i.title) for i in changed] == [
        (0, 2, 4, "Ny sag"),
        (104, 2, 5, "Siden sidst / Meddelelser"),
        (105, 2, 6, "Eventuelt"),
    ]


def test_the_closing_items_are_known_in_english_and_in_any_case() -> None:
    agenda = framed("Sag", "SINCE LAST / ANNOUNCEMENTS", "  any other business ")
    changed = placed_item(item(1, id=0), meeting("2026-11-26", 2), agenda)
    assert [(i.id, i.number) for i in changed] == [(0, 2), (102, 3), (103, 4)]


def test_a_danish_agenda_is_recognised_while_the_app_speaks_english() -> None:
    with speaking("en"):
        changed = placed_item(item(1, id=0), meeting("2026-11-26", 2), framed(*KKR_AGENDA))
    assert [(i.id, i.number) for i in changed] == [(0, 4), (104, 5), (105, 6)]


def test_a_constituting_meeting_closes_with_eventuelt_only() -> None:
    target = meeting("2026-11-26", 2, series="konstituerende")
    agenda = framed("Valg af formand", "Siden sidst / Meddelelser", "Eventuelt")
    changed = placed_item(item(1, id=0), target, agenda)
    assert [(i.id, i.number) for i in changed] == [(0, 3), (103, 4)]


def test_an_agenda_without_the_frame_gets_the_item_last() -> None:
    target = meeting("2026-11-26", 2)
    changed = placed_item(item(1, id=0), target, framed("Sag", "Eventuelt", "Anden sag"))
    assert [(i.id, i.number) for i in changed] == [(0, 4)]
    assert [(i.id, i.number) for i in placed_item(item(1, id=0), target, [])] == [(0, 1)]


def test_a_series_without_a_frame_has_no_closing_items() -> None:
    target = meeting("2026-11-26", 2, series="formandskab")
    changed = placed_item(item(1, id=0), target, framed("Sag", "Eventuelt"))
    assert [(i.id, i.number) for i in changed] == [(0, 3)]


@pytest.mark.parametrize("state", ["dispatched", "held", "published"])
def test_a_sent_agenda_keeps_its_numbers_the_item_goes_last(state: str) -> None:
    target = meeting("2026-11-26", 2, state=state)
    changed = placed_item(item(1, id=0), target, framed(*KKR_AGENDA))
    assert [(i.id, i.number) for i in changed] == [(0, 6)]


def test_a_postponed_item_goes_before_the_next_meetings_closing_items() -> None:
    source, target = meeting("2026-09-17", 1), meeting("2026-11-26", 2)
    source_items = [item(1), item(2), item(3)]
    changed = postpone_item(
        item(2), source, source_items, target, framed(*KKR_AGENDA), day=TODAY, user="sek"
    )
    assert [(i.id, i.meeting_id, i.number) for i in changed] == [
        (2, 2, 4),  # the postponed item, before the closing items
        (104, 2, 5),
        (105, 2, 6),
        (3, 1, 2),  # the source closes the gap
    ]


def test_postponed_from_a_sent_agenda_the_copy_goes_before_the_closing_items() -> None:
    source = meeting("2026-09-17", 1, state="dispatched")
    target = meeting("2026-11-26", 2)
    changed = postpone_item(
        item(2), source, [item(1), item(2)], target, framed(*KKR_AGENDA), day=TODAY, user="sek"
    )
    assert [(i.id, i.meeting_id, i.number, i.state) for i in changed] == [
        (2, 1, 2, ItemState.POSTPONED),  # stays in its place on the sent agenda
        (0, 2, 4, ItemState.DRAFT),
        (104, 2, 5, ItemState.DRAFT),
        (105, 2, 6, ItemState.DRAFT),
    ]


def test_postpone_from_a_published_meeting_is_refused() -> None:
    with pytest.raises(WorkflowError, match="offentliggjort"):
        postpone_item(
            item(1),
            meeting(state="published"),
            [item(1)],
            meeting("2026-11-26", 2),
            [],
            day=TODAY,
            user="x",
        )


# -- guards --------------------------------------------------------------------------


def test_dispatch_blockers_list_each_item_in_order() -> None:
    its = [
        item(2, ItemState.SUBMITTED),
        item(1, ItemState.APPROVED, responsible=""),
        item(3, ItemState.POSTPONED),
        item(4, ItemState.APPROVED),
    ]
    found = dispatch_blockers(its)
    assert [(b.kind, b.item.number if b.item else 0) for b in found] == [
        (BlockerKind.NOT_APPROVED, 2),
        (BlockerKind.NO_RESPONSIBLE, 1),
    ]
    assert found[0].text == "Punkt 2 Punkt 2: ikke godkendt (materiale modtaget)"
    assert found[1].text == "Punkt 1 Punkt 1: ingen ansvarlig"


def test_no_items_blocks_dispatch() -> None:
    assert [b.kind for b in dispatch_blockers([])] == [BlockerKind.NO_ITEMS]
    assert [b.kind for b in dispatch_blockers([item(1, ItemState.POSTPONED)])] == [
        BlockerKind.NO_ITEMS
    ]


def test_all_approved_with_responsible_is_clear() -> None:
    assert dispatch_blockers([item(1, ItemState.APPROVED), item(2, ItemState.APPROVED)]) == []


def test_publication_needs_a_decision_on_every_beslutningssag() -> None:
    its = [
        item(1, ItemState.DISPATCHED, kind=ItemKind.DECISION, decision="Godkendt."),
        item(2, ItemState.DISPATCHED, kind=ItemKind.DECISION, decision="  "),
        item(3, ItemState.DISPATCHED, kind=ItemKind.INFORMATION),
        item(4, ItemState.POSTPONED, kind=ItemKind.DECISION),
    ]
    assert [b.item.number for b in publication_blockers(its) if b.item] == [2]


def test_blocker_text_shows_hostile_titles_harmlessly() -> None:
    found = dispatch_blockers([item(1, title="\x1b[2Jslet")])
    assert "\x1b" not in found[0].text and "␛[2Jslet" in found[0].text


# -- dispatch ------------------------------------------------------------------------


def test_dispatch_on_time_moves_items_and_needs_no_reason() -> None:
    m = meeting()
    its = [item(1, ItemState.APPROVED), item(2, ItemState.APPROVED), item(3, ItemState.POSTPONED)]
    sent, changed = dispatch_meeting(m, its, day=TODAY, due=TODAY, today=TODAY, user="sek")
    assert sent.state is MeetingState.DISPATCHED and sent.dispatched_on == TODAY
    assert sent.dispatch_note == "" and sent.dispatch_override == ""
    assert [(i.id, i.state) for i in changed] == [
        (1, ItemState.DISPATCHED),
        (2, ItemState.DISPATCHED),
    ]
    assert changed[0].history[-1].to_state == "dispatched"


def test_dispatch_after_the_deadline_needs_the_reason_and_keeps_it() -> None:
    its = [item(1, ItemState.APPROVED)]
    due = on("2026-09-07")
    with pytest.raises(WorkflowError, match="efter fristen"):
        dispatch_meeting(meeting(), its, day=TODAY, due=due, today=TODAY, user="s")
    with pytest.raises(WorkflowError, match="efter fristen"):
        dispatch_meeting(
            meeting(), its, day=TODAY, due=due, today=TODAY, user="s", late_reason=" \x07 "
        )
    sent, _ = dispatch_meeting(
        meeting(), its, day=TODAY, due=due, today=TODAY, user="s", late_reason="Sygdom"
    )
    assert sent.dispatch_note == "Sygdom"


def test_dispatch_on_the_due_day_is_not_late() -> None:
    sent, _ = dispatch_meeting(
        meeting(), [item(1, ItemState.APPROVED)], day=TODAY, due=TODAY, today=TODAY, user="s"
    )
    assert sent.dispatch_note == ""


def test_dispatch_with_blockers_needs_an_override_reason() -> None:
    its = [item(1, ItemState.SUBMITTED)]
    with pytest.raises(WorkflowError, match="blokerer"):
        dispatch_meeting(meeting(), its, day=TODAY, due=TODAY, today=TODAY, user="s")
    sent, changed = dispatch_meeting(
        meeting(), its, day=TODAY, due=TODAY, today=TODAY, user="s", override_reason="Eftersendes"
    )
    assert sent.dispatch_override == "Eftersendes"
    assert changed[0].state is ItemState.DISPATCHED


def test_dispatch_in_the_future_or_after_the_meeting_is_refused() -> None:
    its = [item(1, ItemState.APPROVED)]
    with pytest.raises(WorkflowError, match="fremtiden"):
        dispatch_meeting(meeting(), its, day=TODAY.add(days=1), due=TODAY, today=TODAY, user="s")
    past = meeting("2026-09-01")
    with pytest.raises(WorkflowError, match="efter mødet"):
        dispatch_meeting(past, its, day=TODAY, due=TODAY, today=TODAY, user="s", late_reason="x")


def test_dispatch_twice_is_refused() -> None:
    with pytest.raises(WorkflowError, match="lukket"):
        dispatch_meeting(
            meeting(state="dispatched"), [], day=TODAY, due=TODAY, today=TODAY, user="s"
        )


# -- held, published, cancelled ------------------------------------------------------


def test_mark_held_on_or_after_the_meeting_day() -> None:
    m = meeting("2026-09-08", state="dispatched", dispatched_on="2026-09-01")
    held = mark_held(m, day=on("2026-09-08"), today=TODAY)
    assert held.state is MeetingState.HELD and held.held_on == on("2026-09-08")
    with pytest.raises(WorkflowError, match="før mødedagen"):
        mark_held(m, day=on("2026-09-07"), today=TODAY)
    with pytest.raises(WorkflowError, match="fremtiden"):
        mark_held(m, day=TODAY.add(days=1), today=TODAY)


def test_mark_held_needs_the_agenda_dispatched_first() -> None:
    with pytest.raises(WorkflowError, match="udsendt"):
        mark_held(meeting("2026-09-08"), day=on("2026-09-08"), today=TODAY)
    with pytest.raises(WorkflowError, match="aflyst"):
        mark_held(meeting("2026-09-08", state="cancelled"), day=on("2026-09-08"), today=TODAY)


def held_meeting() -> Meeting:
    return meeting("2026-09-03", state="held", dispatched_on="2026-08-27", held_on="2026-09-03")


URL = "https://www.kl.dk/kkr/nordjylland/moeder/2026-09-03"


def test_publish_records_day_and_address() -> None:
    its = [item(1, ItemState.DISPATCHED, decision="Godkendt.")]
    done = publish_minutes(held_meeting(), its, day=TODAY, url=f"  {URL} ", today=TODAY)
    assert done.state is MeetingState.PUBLISHED
    assert (done.published_on, done.minutes_url) == (TODAY, URL)
    assert done.publication_override == ""


def test_publish_without_decisions_needs_an_override_reason() -> None:
    its = [item(1, ItemState.DISPATCHED)]
    with pytest.raises(WorkflowError, match="blokerer"):
        publish_minutes(held_meeting(), its, day=TODAY, url=URL, today=TODAY)
    done = publish_minutes(
        held_meeting(), its, day=TODAY, url=URL, today=TODAY, override_reason="Udsat på mødet"
    )
    assert done.publication_override == "Udsat på mødet"


@pytest.mark.parametrize(
    ("url", "match"),
    [
        ("", "adresse"),
        ("http://www.kl.dk/x", "https"),
        ("https://", "gyldig"),
        ("www.kl.dk/a b", "gyldig"),
        ("https://localhost/x", "gyldig"),
        ("https://www.kl.dk/a b", "gyldig"),
    ],
)
def test_minutes_url_must_be_https(url: str, match: str) -> None:
    with pytest.raises(ValidationError, match=match) as raised:
        validate_minutes_url(url)
    assert raised.value.field == "url"


def test_an_address_copied_without_its_scheme_gets_https() -> None:
    assert validate_minutes_url(" www.kl.dk/kkr/referat ") == "https://www.kl.dk/kkr/referat"


def test_publish_needs_held_and_a_public_series() -> None:
    dispatched = meeting("2026-09-03", state="dispatched", dispatched_on="2026-08-27")
    with pytest.raises(WorkflowError, match="afholdt"):
        publish_minutes(dispatched, [], day=TODAY, url=URL, today=TODAY)
    chair = held_meeting().with_changes(series="formandskab")
    chair = Meeting.from_dict(chair.to_dict(), 1)
    with pytest.raises(WorkflowError, match="intet offentligt referat"):
        publish_minutes(chair, [], day=TODAY, url=URL, today=TODAY)


def test_publish_day_between_meeting_and_today() -> None:
    with pytest.raises(WorkflowError, match="før mødet"):
        publish_minutes(held_meeting(), [], day=on("2026-09-02"), url=URL, today=TODAY)
    with pytest.raises(WorkflowError, match="fremtiden"):
        publish_minutes(held_meeting(), [], day=TODAY.add(days=1), url=URL, today=TODAY)


def test_cancel_needs_a_reason_and_an_open_meeting() -> None:
    with pytest.raises(WorkflowError, match="grunden"):
        cancel_meeting(meeting(), reason="  ")
    done = cancel_meeting(meeting(state="dispatched"), reason="Formanden syg")
    assert done.state is MeetingState.CANCELLED and done.cancel_reason == "Formanden syg"
    with pytest.raises(WorkflowError, match="afholdt"):
        cancel_meeting(held_meeting(), reason="x")


def test_decision_after_the_meeting_only() -> None:
    it = item(1, ItemState.DISPATCHED)
    done = record_decision(it, held_meeting(), " Godkendt.\r\n\x1b ", today=TODAY)
    assert done.decision == "Godkendt."
    with pytest.raises(WorkflowError, match="først"):
        record_decision(
            it, meeting(state="dispatched", dispatched_on="2026-09-08"), "x", today=TODAY
        )
    with pytest.raises(WorkflowError, match="ikke engang udsendt"):
        record_decision(it, meeting(), "x", today=TODAY)
    with pytest.raises(WorkflowError, match="offentliggjort"):
        record_decision(it, meeting(state="published"), "x", today=TODAY)


def test_clean_text_helpers() -> None:
    assert clean_line("  a\tb\n c\x1b[0m ") == "a b c[0m"
    assert clean_block("linje 1\r\nlinje 2\x00\n") == "linje 1\nlinje 2"
