"""The demo looks like a real year (issue 22, point 8): standard agendas, attendance on
the meetings held, the formandskab at its own meetings, the council's substitutes
counted by the glossary's words, vacancies from dates in the year's history, and
directors' forum and formandskab meetings with items of their own, all consistent
with the demo's day."""

from __future__ import annotations

from collections import Counter
from itertools import pairwise

import pendulum
import pytest

from kkr_tui.domain.attendance import Presence, called_to, read_attendance
from kkr_tui.domain.council_checks import chair_and_vice, deputies_and_suppleanter, seated
from kkr_tui.domain.models import (
    AgendaItem,
    ItemKind,
    ItemState,
    Meeting,
    MeetingState,
    Member,
    Role,
    Series,
)
from kkr_tui.domain.vacancies import vacancies_on
from kkr_tui.i18n.dates import prose_date
from kkr_tui.store import Store
from kkr_tui.store.demo import DEMO_TODAY
from kkr_tui.store.snapshot import Snapshot

HELD = (MeetingState.HELD, MeetingState.PUBLISHED)
KKR_HEAD = "Godkendelse af dagsorden"
MINUTES_HEAD = "Godkendelse af referat fra mødet den "
KKR_TAIL = ["Siden sidst / Meddelelser", "Eventuelt"]
CONSTITUTING_AGENDA = [
    "Godkendelse af valg og sammensætning",
    "Anmeldelse og godkendelse af valgforbund",
    "Valg af formand",
    "Valg af næstformand",
    "Forretningsorden",
    "Udpegning af politiske repræsentanter til regionale fora",
    "Mødeplan",
    "Eventuelt",
]


@pytest.fixture
def snap(demo_store: Store) -> Snapshot:
    return demo_store.snapshot()


def _agenda(snap: Snapshot, meeting: Meeting) -> list[AgendaItem]:
    return sorted(snap.items_for(meeting.id), key=lambda i: i.number)


def _of(snap: Snapshot, series: Series) -> list[Meeting]:
    return [m for m in snap.meetings if m.series is series]


def test_every_kkr_meeting_has_the_standard_frame(snap: Snapshot) -> None:
    meetings = _of(snap, Series.KKR)
    assert len(meetings) == 25
    for meeting in meetings:
        agenda = _agenda(snap, meeting)
        titles = [i.title for i in agenda]
        assert [i.number for i in agenda] == list(range(1, len(agenda) + 1)), meeting
        assert titles[0] == KKR_HEAD, meeting
        assert titles[1].startswith(MINUTES_HEAD), meeting
        assert titles[-2:] == KKR_TAIL, meeting
        assert len(agenda) >= 8  # the frame's four and the council's own cases
        # Everyone of the frame's items has the secretariat as responsible (no block).
        assert all(i.responsible for i in (*agenda[:2], *agenda[-2:]))


def test_the_minutes_approved_are_those_of_the_meeting_before(snap: Snapshot) -> None:
    for council in snap.councils:
        framed = sorted(
            (
                m
                for m in snap.meetings
                if m.council == council.slug and m.series in (Series.KKR, Series.CONSTITUTING)
            ),
            key=lambda m: m.start,
        )
        for before, meeting in pairwise(framed):
            title = _agenda(snap, meeting)[1].title
            assert title == MINUTES_HEAD + prose_date(before.day, "da"), (before, meeting)


def test_frame_items_follow_the_meeting(snap: Snapshot) -> None:
    """Held meetings decided the frame. On an open agenda the secretariat's frame is in
    once work has begun and approved once the formandskab has gone through the agenda:
    it never holds a milestone up ("material missing for item 1")."""
    for meeting in _of(snap, Series.KKR):
        agenda = _agenda(snap, meeting)
        frame = {i.state for i in (*agenda[:2], *agenda[-2:])}
        own = {i.state for i in agenda[2:-2]} - {ItemState.POSTPONED}
        if meeting.state in HELD:
            assert agenda[0].decision == "Godkendt."
            assert agenda[-1].decision == "Intet."
            assert frame == {ItemState.DISPATCHED}
        elif meeting.state is MeetingState.DISPATCHED:
            assert frame == {ItemState.DISPATCHED}
        elif ItemState.APPROVED in own:
            assert frame == {ItemState.APPROVED}, meeting
        elif own == {ItemState.DRAFT}:
            assert frame == {ItemState.DRAFT}, meeting
        else:
            assert frame == {ItemState.SUBMITTED}, meeting


def test_constituting_meetings_have_the_constituting_agenda(snap: Snapshot) -> None:
    meetings = _of(snap, Series.CONSTITUTING)
    assert len(meetings) == 5
    for meeting in meetings:
        assert [i.title for i in _agenda(snap, meeting)] == CONSTITUTING_AGENDA
        chair, vice = chair_and_vice(snap.members_of(meeting.council))
        decisions = " ".join(i.decision for i in _agenda(snap, meeting))
        assert chair is not None and vice is not None
        assert chair.name in decisions and vice.name in decisions


def test_every_meeting_held_has_its_attendance(snap: Snapshot) -> None:
    members = list(snap.members)
    absent = substitutes = 0
    held = [m for m in snap.meetings if m.state in HELD and m.series is not Series.DIRECTORS]
    assert len(held) == 24  # 5 constituting, 15 KKR meetings, 4 formandskab meetings
    for meeting in held:
        called = called_to(meeting, members)
        recorded = read_attendance(meeting)
        assert set(recorded) == {str(m.id) for m in called}, meeting
        by_id = {str(m.id): m for m in members}
        for member_id, attendance in recorded.items():
            if attendance.presence is Presence.SUBSTITUTE:
                substitutes += 1
                # The one registered for them came: the stedfortræder or the suppleant.
                stand_in = next(m for m in members if m.name == attendance.substitute)
                assert stand_in.substitute_for == by_id[member_id].name
            elif attendance.presence is Presence.ABSENT:
                absent += 1
        present = sum(a.presence is Presence.PRESENT for a in recorded.values())
        assert present >= len(called) * 0.8, meeting  # a few afbud, not many
    assert absent >= 10 and substitutes >= 10


def test_no_attendance_before_a_meeting_is_held(snap: Snapshot) -> None:
    for meeting in snap.meetings:
        if meeting.state not in HELD:
            assert meeting.attendance == {}, meeting


def test_a_formandskab_meeting_calls_the_formandskab(snap: Snapshot) -> None:
    members = list(snap.members)
    meetings = [m for m in _of(snap, Series.CHAIRMANSHIP) if not m.councils]
    assert len(meetings) == 5
    for meeting in meetings:
        called = called_to(meeting, members)
        assert {m.role for m in called} == {Role.CHAIR, Role.VICE_CHAIR}
        assert len(called) == 2
        if meeting.state is MeetingState.HELD:
            assert set(meeting.attendance) == {str(m.id) for m in called}


def test_called_to_by_series() -> None:
    """The domain rule itself: the formandskab (vice chairs too) at its meeting, every
    seat at a KKR meeting, nobody at a directors' forum; substitutes are never called."""
    chair = Member("sjaelland", "A Formand", "Roskilde", role=Role.CHAIR, mayor=True, id=1)
    vice = Member("sjaelland", "B Næstformand", "Faxe", role=Role.VICE_CHAIR, mayor=True, id=2)
    vice2 = Member("sjaelland", "C Næstformand", "Sorø", role=Role.VICE_CHAIR, id=3)
    plain = Member("sjaelland", "D Medlem", "Køge", id=4)
    deputy = Member("sjaelland", "E Stedfortræder", "Roskilde", substitute_for="A Formand", id=5)
    other = Member("hovedstaden", "F Formand", "Gladsaxe", role=Role.CHAIR, mayor=True, id=6)
    everyone = [chair, vice, vice2, plain, deputy, other]
    start = pendulum.datetime(2026, 9, 1, 8, tz="Europe/Copenhagen")

    def meeting(series: Series, councils: tuple[str, ...] = ()) -> Meeting:
        return Meeting("sjaelland", series, start, start.add(hours=1), councils=councils)

    assert called_to(meeting(Series.CHAIRMANSHIP), everyone) == [chair, vice, vice2]
    assert called_to(meeting(Series.KKR), everyone) == [chair, vice, vice2, plain]
    assert called_to(meeting(Series.DIRECTORS), everyone) == []
    joint = meeting(Series.CHAIRMANSHIP, ("hovedstaden",))
    assert called_to(joint, everyone) == [chair, vice, vice2, other]


def test_substitutes_are_counted_by_their_words(snap: Snapshot) -> None:
    """Every mayor has a stedfortræder, every further member a suppleant: the council
    screen counts them apart (not "22 suppleanter" for Nordjylland)."""
    for council in snap.councils:
        members = snap.members_of(council.slug)
        deputies, suppleanter = deputies_and_suppleanter(members)
        mayors = [m for m in seated(members) if m.mayor]
        assert len(deputies) == len(mayors) == len(council.municipalities)
        assert len(suppleanter) == len(seated(members)) - len(mayors)
    nordjylland = snap.members_of("nordjylland")
    assert [len(x) for x in deputies_and_suppleanter(nordjylland)] == [11, 11]


def test_vacancies_date_from_the_year(snap: Snapshot) -> None:
    """Each vacancy is the seat of a holder who stepped down after the constituting
    meeting: recent, varied, none 'since 1 January' (before anyone was appointed)."""
    vacancies = vacancies_on(snap.bodies, list(snap.appointments), DEMO_TODAY)
    assert len(vacancies) == 10
    constituted = {m.council: m.day for m in _of(snap, Series.CONSTITUTING)}
    for vacancy in vacancies:
        assert constituted[vacancy.council] < vacancy.since <= DEMO_TODAY, vacancy
        assert snap.planner.calendar.is_working_day(vacancy.since), vacancy
    assert len({v.since for v in vacancies}) == len(vacancies)
    assert Counter(v.council for v in vacancies) == {c.slug: 2 for c in snap.councils}


def test_forum_and_formandskab_meetings_have_items(snap: Snapshot) -> None:
    for series in (Series.DIRECTORS, Series.CHAIRMANSHIP):
        for meeting in _of(snap, series):
            agenda = _agenda(snap, meeting)
            if meeting.state is MeetingState.CANCELLED:
                assert agenda == []  # called off before its agenda was drawn up
                continue
            assert len(agenda) >= 2, meeting  # at least one case and any other business
            assert agenda[-1].title == "Eventuelt"
            done = meeting.state is MeetingState.HELD
            assert all((i.state is ItemState.DISPATCHED) == done for i in agenda), meeting
            assert all(bool(i.decision) == done for i in agenda), meeting


def test_forum_meetings_prepare_the_next_kkr_meeting(snap: Snapshot) -> None:
    """Every directors' forum meeting has the cases it prepares on its own agenda, and
    those items of the KKR meeting after it name it; it is held weeks before."""
    prepared = [i for i in snap.items if i.prepared_in]
    assert len(prepared) >= 15
    for item in prepared:
        forum = snap.meeting(item.prepared_in)
        kkr = snap.meeting(item.meeting_id)
        assert forum is not None and kkr is not None
        assert forum.series is Series.DIRECTORS and forum.forum_id
        assert kkr.series is Series.KKR and forum.council == kkr.council
        assert forum.day.add(weeks=3) < kkr.day
        between = [
            m
            for m in _of(snap, Series.KKR)
            if m.council == kkr.council and forum.start < m.start < kkr.start
        ]
        assert between == [], "a forum prepares the first KKR meeting after it"
        assert item.title in [i.title for i in _agenda(snap, forum)]
        assert item.kind in (ItemKind.DECISION, ItemKind.DISCUSSION)


def test_days_recorded_are_working_days_up_to_the_demo_day(snap: Snapshot) -> None:
    calendar = snap.planner.calendar
    for meeting in snap.meetings:
        for day in (meeting.dispatched_on, meeting.published_on):
            if day is not None:
                assert calendar.is_working_day(day) and day <= DEMO_TODAY, meeting
        if meeting.dispatched_on is not None:
            assert meeting.dispatched_on < meeting.day
    for item in snap.items:
        for entry in item.history:
            day = pendulum.Date.fromisoformat(entry.day)
            assert calendar.is_working_day(day) and day <= DEMO_TODAY, item
