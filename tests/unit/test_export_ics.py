"""The iCalendar feed, read back by icalendar and by an independent parser (vobject)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import icalendar
import pendulum
import pytest
import vobject

from kkr_tui.domain.clock import TZ_NAME
from kkr_tui.domain.models import Meeting, MeetingState, Series
from kkr_tui.exports.ics import LEGACY_NAMESPACE, CalendarOptions, calendar_feed, event_uid
from kkr_tui.store import Store, open_store
from kkr_tui.store.demo import DEMO_TODAY, build_demo
from tests.unit.exports_helpers import demo_meeting

UTC = dt.UTC


def _icalendar_events(feed: bytes) -> dict[str, icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(feed)
    return {str(e["UID"]): e for e in calendar.events}


def _vobject_events(feed: bytes) -> dict[str, Any]:
    """The events as vobject reads them (vobject has no type hints: Any)."""
    calendar = vobject.readOne(feed.decode("utf-8"))
    return {e.uid.value: e for e in calendar.vevent_list}


def _meeting_uid(store: Store, meeting: Meeting) -> str:
    import uuid

    return event_uid(uuid.UUID(store.snapshot().settings.database_id), meeting.id)


def sequence(event: icalendar.Event) -> int:
    """The event's SEQUENCE (`Event.sequence` came after icalendar 6.1, the floor)."""
    value = event.decoded("SEQUENCE")
    assert isinstance(value, int)
    return value


def test_both_parsers_read_the_same_events(demo_store: Store) -> None:
    snapshot = demo_store.snapshot()
    feed = calendar_feed(snapshot, DEMO_TODAY)
    ours = _icalendar_events(feed)
    theirs = _vobject_events(feed)
    assert len(ours) == len(snapshot.meetings) == len(theirs)
    for uid, event in ours.items():
        other = theirs[uid]
        assert str(event["SUMMARY"]) == other.summary.value
        assert event.decoded("DTSTART") == other.dtstart.value
        assert event.decoded("DTEND") == other.dtend.value
        assert str(event["STATUS"]) == other.status.value
        assert sequence(event) == int(other.sequence.value)
        if "LOCATION" in event:
            assert str(event["LOCATION"]) == other.location.value


def test_every_meeting_is_there_with_its_instant(demo_store: Store) -> None:
    snapshot = demo_store.snapshot()
    events = _icalendar_events(calendar_feed(snapshot, DEMO_TODAY))
    for meeting in snapshot.meetings:
        event = events[_meeting_uid(demo_store, meeting)]
        assert event.decoded("DTSTART").astimezone(UTC) == meeting.start.in_timezone("UTC")
        assert event.decoded("DTEND").astimezone(UTC) == meeting.end.in_timezone("UTC")


def test_vtimezone_present_and_local_times_dst_correct(demo_store: Store) -> None:
    """Winter 09:30 is 08:30 UTC, summer 09:30 is 07:30 UTC - read through the file's VTIMEZONE."""
    snapshot = demo_store.snapshot()
    feed = calendar_feed(snapshot, DEMO_TODAY, CalendarOptions(councils=("sjaelland",)))
    calendar = icalendar.Calendar.from_ical(feed)
    zones = calendar.walk("VTIMEZONE")
    assert [str(z["TZID"]) for z in zones] == [TZ_NAME]
    text = feed.decode("utf-8")
    assert "DTSTART;TZID=Europe/Copenhagen:20260220T093000" in text  # winter
    assert "DTSTART;TZID=Europe/Copenhagen:20260612T093000" in text  # summer
    parsed = vobject.readOne(text)
    # vobject builds its tzinfo from the VTIMEZONE in the file, not from its own zone data.
    by_day = {e.dtstart.value.date(): e.dtstart.value for e in parsed.vevent_list}
    winter, summer = by_day[dt.date(2026, 2, 20)], by_day[dt.date(2026, 6, 12)]
    assert (winter.hour, winter.minute) == (summer.hour, summer.minute) == (9, 30)
    assert winter.utcoffset() == dt.timedelta(hours=1)
    assert summer.utcoffset() == dt.timedelta(hours=2)
    assert winter.astimezone(UTC).hour == 8 and summer.astimezone(UTC).hour == 7


def test_uids_equal_across_exports_and_the_bytes_too(demo_store: Store, tmp_path: Path) -> None:
    first = calendar_feed(demo_store.snapshot(), DEMO_TODAY)
    again = calendar_feed(demo_store.snapshot(), DEMO_TODAY)
    assert first == again
    # A demo database built elsewhere gives the same UIDs (fixed demo database id).
    rebuilt = build_demo(tmp_path / "other-demo.json")
    later = calendar_feed(rebuilt.snapshot(), DEMO_TODAY.add(days=30))
    assert set(_icalendar_events(first)) == set(_icalendar_events(later))
    # Only DTSTAMP follows the day of the export.
    assert first.replace(b"DTSTAMP:20260910", b"DTSTAMP:20261010") == later


def test_two_databases_never_share_a_uid(tmp_path: Path) -> None:
    meeting = Meeting(
        council="sjaelland",
        series=Series.KKR,
        start=pendulum.datetime(2027, 2, 19, 9, 30, tz=TZ_NAME),
        end=pendulum.datetime(2027, 2, 19, 12, 30, tz=TZ_NAME),
    )
    feeds = []
    for name in ("a.json", "b.json"):
        store = open_store(tmp_path / name, create=True)
        store.add(meeting)
        feeds.append(calendar_feed(store.snapshot(), DEMO_TODAY))
    uids = [set(_icalendar_events(feed)) for feed in feeds]
    assert len(uids[0]) == len(uids[1]) == 1
    assert uids[0].isdisjoint(uids[1])


def test_database_without_id_uses_the_fixed_fallback(store: Store) -> None:
    """A database made before database_id existed still exports stable UIDs."""
    import dataclasses

    settings = store.snapshot().settings
    store.save_settings(dataclasses.replace(settings, database_id=""))
    meeting = store.add(
        Meeting(
            council="nordjylland",
            series=Series.KKR,
            start=pendulum.datetime(2027, 2, 25, 9, 30, tz=TZ_NAME),
            end=pendulum.datetime(2027, 2, 25, 12, 30, tz=TZ_NAME),
        )
    )
    events = _icalendar_events(calendar_feed(store.snapshot(), DEMO_TODAY))
    assert list(events) == [event_uid(LEGACY_NAMESPACE, meeting.id)]


def test_sequence_rises_when_the_meeting_changes(demo_store: Store) -> None:
    meeting = demo_meeting(demo_store.snapshot(), "nordjylland", "2026-11-26")
    uid = _meeting_uid(demo_store, meeting)
    before = _icalendar_events(calendar_feed(demo_store.snapshot(), DEMO_TODAY))[uid]
    moved = demo_store.update(
        meeting.with_changes(
            start=meeting.start.add(hours=1), end=meeting.end.add(hours=1), place="Aalborg Rådhus"
        )
    )
    after = _icalendar_events(calendar_feed(demo_store.snapshot(), DEMO_TODAY))[uid]
    assert sequence(after) == sequence(before) + 1
    assert str(after["LOCATION"]) == "Aalborg Rådhus"
    demo_store.update(moved.with_changes(state=MeetingState.CANCELLED))
    cancelled = _icalendar_events(calendar_feed(demo_store.snapshot(), DEMO_TODAY))[uid]
    assert sequence(cancelled) == sequence(before) + 2
    assert str(cancelled["STATUS"]) == "CANCELLED"


def test_status_summary_and_location(demo_store: Store) -> None:
    snapshot = demo_store.snapshot()
    events = _icalendar_events(calendar_feed(snapshot, DEMO_TODAY))

    def event_of(meeting: Meeting) -> icalendar.Event:
        return events[_meeting_uid(demo_store, meeting)]

    proposed = event_of(demo_meeting(snapshot, "midtjylland", "2026-11-20"))
    assert str(proposed["STATUS"]) == "TENTATIVE"
    assert str(proposed["SUMMARY"]) == "KKR Midtjylland: KKR-møde (foreslået)"
    planned = event_of(demo_meeting(snapshot, "sjaelland", "2026-09-11"))
    assert str(planned["STATUS"]) == "CONFIRMED"
    assert str(planned["SUMMARY"]) == "KKR Sjælland: KKR-møde"
    assert str(planned["LOCATION"]) == "Erhvervshus Sjælland, Fulbyvej 15, 4180 Sorø"
    cancelled = next(m for m in snapshot.meetings if m.state is MeetingState.CANCELLED)
    event = event_of(cancelled)
    assert str(event["STATUS"]) == "CANCELLED"
    assert str(event["SUMMARY"]).startswith("AFLYST: KKR Hovedstaden: Formandskabsmøde")
    assert str(event["TRANSP"]) == "TRANSPARENT"
    assert "Formanden forhindret" in str(event["DESCRIPTION"])
    hovedstaden = event_of(demo_meeting(snapshot, "hovedstaden", "2026-09-22"))
    assert str(hovedstaden["LOCATION"]) == "KL-huset, Weidekampsgade 10, 2300 København S"


def test_items_only_with_agenda(demo_store: Store) -> None:
    snapshot = demo_store.snapshot()
    meeting = demo_meeting(snapshot, "sjaelland", "2026-09-11")
    titles = [i.title for i in snapshot.items_for(meeting.id)]
    plain = calendar_feed(snapshot, DEMO_TODAY).decode("utf-8")
    assert not any(title in plain.replace("\r\n ", "") for title in titles)
    with_agenda = calendar_feed(snapshot, DEMO_TODAY, CalendarOptions(with_agenda=True))
    description = str(
        _icalendar_events(with_agenda)[_meeting_uid(demo_store, meeting)]["DESCRIPTION"]
    )
    assert description.splitlines()[0] == "Dagsorden:"
    lines = description.splitlines()
    assert lines[1] == "1. Godkendelse af dagsorden (Beslutningssag)"
    assert "3. Regional udviklingsstrategi (Beslutningssag)" in lines


def test_deadlines_are_all_day_events_with_the_reason(demo_store: Store) -> None:
    """DOMAIN.md: meeting Thu 9 Apr 2026 -> dispatch Thu 2 Apr is skærtorsdag -> Wed 1 Apr."""
    snapshot = demo_store.snapshot()
    options = CalendarOptions(councils=("sjaelland",), series=("kkr",), deadlines=True)
    feed = calendar_feed(snapshot, DEMO_TODAY, options)
    meeting = demo_meeting(snapshot, "sjaelland", "2026-04-09")
    import uuid

    namespace = uuid.UUID(snapshot.settings.database_id)
    ours = _icalendar_events(feed)
    theirs = _vobject_events(feed)
    dispatch = ours[event_uid(namespace, meeting.id, "dispatch")]
    assert dispatch.decoded("DTSTART") == dt.date(2026, 4, 1)
    assert dispatch.decoded("DTEND") == dt.date(2026, 4, 2)
    assert "skærtorsdag" in str(dispatch["DESCRIPTION"])
    assert str(dispatch["SUMMARY"]).startswith("KKR Sjælland: Udsendelse af dagsorden")
    publication = ours[event_uid(namespace, meeting.id, "publication")]
    planned = snapshot.planner.deadlines(meeting).publication
    assert planned is not None and publication.decoded("DTSTART") == planned.due
    assert theirs[str(dispatch["UID"])].dtstart.value == dt.date(2026, 4, 1)
    kkr_meetings = [m for m in snapshot.meetings_of("sjaelland") if m.series is Series.KKR]
    assert len(ours) == 3 * len(kkr_meetings)


def test_filters_by_council_and_series(demo_store: Store) -> None:
    snapshot = demo_store.snapshot()
    options = CalendarOptions(councils=("nordjylland", "midtjylland"), series=("direktoerforum",))
    events = _icalendar_events(calendar_feed(snapshot, DEMO_TODAY, options))
    # Each council's KD-forum meets before its September and November KKR meetings.
    assert sorted(str(e["SUMMARY"]) for e in events.values()) == [
        "KKR Midtjylland: Kommunaldirektørforum",
        "KKR Midtjylland: Kommunaldirektørforum",
        "KKR Nordjylland: Kommunaldirektørforum",
        "KKR Nordjylland: Kommunaldirektørforum",
    ]
    calendar = icalendar.Calendar.from_ical(
        calendar_feed(snapshot, DEMO_TODAY, CalendarOptions(councils=("sjaelland",)))
    )
    assert str(calendar["X-WR-CALNAME"]) == "KKR Sjælland: møder"


def test_empty_selection_is_still_a_valid_calendar(store: Store) -> None:
    feed = calendar_feed(store.snapshot(), DEMO_TODAY)
    assert icalendar.Calendar.from_ical(feed).walk("VEVENT") == []
    assert vobject.readOne(feed.decode("utf-8")).name == "VCALENDAR"


def test_hostile_text_and_danish_letters(store: Store) -> None:
    store.add(
        Meeting(
            council="sjaelland",
            series=Series.KKR,
            start=pendulum.datetime(2027, 3, 26, 9, 30, tz=TZ_NAME),
            end=pendulum.datetime(2027, 3, 26, 12, 30, tz=TZ_NAME),
            place="Næstved; Rådhus, <script>x</script> [red]\x1b[31mrød\x1b[0m\nny linje",
        )
    )
    feed = calendar_feed(store.snapshot(), DEMO_TODAY)
    assert b"\x1b" not in feed
    # Only CRLF line ends and folding: no other control character reaches the file.
    assert all(byte >= 32 or byte in (9, 10, 13) for byte in feed), "control character in the feed"
    expected = "Næstved; Rådhus, <script>x</script> [red]␛[31mrød␛[0m ny linje"
    (event,) = _icalendar_events(feed).values()
    assert str(event["LOCATION"]) == expected
    (other,) = _vobject_events(feed).values()
    assert other.location.value == expected
    assert str(event["SUMMARY"]) == "KKR Sjælland: KKR-møde"


@pytest.mark.parametrize("lang", ["en"])
def test_english_summary(demo_store: Store, lang: str) -> None:
    from kkr_tui.i18n import set_language

    set_language(lang)
    snapshot = demo_store.snapshot()
    events = _icalendar_events(calendar_feed(snapshot, DEMO_TODAY))
    meeting = demo_meeting(snapshot, "sjaelland", "2026-09-11")
    assert (
        str(events[_meeting_uid(demo_store, meeting)]["SUMMARY"]) == "KKR Sjælland: Council meeting"
    )
