"""Joint meetings: one meeting of several councils (KL's chairmanship with the five KKR
chairmanships; KKR Hovedstaden and KKR Sjælland together towards Region Østdanmark).

The council in `Meeting.council` holds it (its date rules give the deadlines); the
others in `Meeting.councils` take part, and it shows once in each council's year. These
are the words for it, seen from one council or for the meeting as a whole.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from kkr_tui.domain.models import Meeting
from kkr_tui.i18n import t


def and_list(names: Sequence[str]) -> str:
    """ "KKR Hovedstaden og KKR Sjælland"; "A, B og C"."""
    if len(names) <= 1:
        return "".join(names)
    return t("joint.and", first=", ".join(names[:-1]), last=names[-1])


def councils_text(meeting: Meeting, names: Mapping[str, str]) -> str:
    """All the meeting's councils, the holding one first: "KKR Hovedstaden og KKR
    Sjælland" (just the council's name for a meeting of one council)."""
    return and_list([names.get(slug, slug) for slug in meeting.all_councils])


def joint_text(meeting: Meeting, council: str, names: Mapping[str, str]) -> str:
    """Seen from `council`: "fælles med KKR Sjælland" and, when another council holds
    it, "; holdes af KKR Hovedstaden". Empty for a meeting of one council."""
    if not meeting.councils:
        return ""
    others = [names.get(slug, slug) for slug in meeting.all_councils if slug != council]
    text = t("joint.with", councils=and_list(others))
    if council != meeting.council:
        text += t("joint.held_by", council=names.get(meeting.council, meeting.council))
    return text
