"""The demo's attendance: who came to each meeting held by the demo's day.

Every held KKR, constituting and formandskab meeting has its attendance recorded for
the members called to it (domain.attendance.called_to): most came, a few sent afbud,
and for some of those the registered substitute came instead (a mayor's stedfortræder
or a member's personal suppleant: "supp. X deltog"). Directors' fora record none.

Fixed arithmetic over each meeting's id and the members' order (no random module), so
every build is the same.
"""

from __future__ import annotations

from kkr_tui.domain.attendance import Attendance, Presence, called_to, suggested_substitute
from kkr_tui.domain.models import Meeting, MeetingState, Member
from kkr_tui.store.transaction import Transaction

# One member in _EVERY sends afbud (in a turning pattern), and of those every second
# has the substitute come: about two afbud at a meeting of 22, seven at one of 58.
_EVERY = 9
_HELD = (MeetingState.HELD, MeetingState.PUBLISHED)


def add_attendance(tx: Transaction) -> None:
    """Record the attendance of every meeting held (called once by build_demo, after
    the meetings and members)."""
    members = sorted(tx.all(Member), key=lambda m: m.id)
    for meeting in tx.all(Meeting):
        if meeting.state in _HELD:
            recorded = attendance_of(meeting, members)
            if recorded:
                tx.update(meeting.with_changes(attendance=recorded))


def attendance_of(meeting: Meeting, members: list[Member]) -> dict[str, str]:
    """{member id: stored attendance} for everyone called to the meeting."""
    out: dict[str, str] = {}
    for n, member in enumerate(called_to(meeting, members)):
        turn = (n + meeting.id * 4) % _EVERY
        attendance = Attendance(Presence.PRESENT)
        if turn == 0:
            substitute = suggested_substitute(member, members)
            came = substitute is not None and (n // _EVERY + meeting.id) % 2 == 0
            attendance = (
                Attendance(Presence.SUBSTITUTE, substitute.name)
                if came and substitute is not None
                else Attendance(Presence.ABSENT)
            )
        out[str(member.id)] = attendance.encode()
    return out
