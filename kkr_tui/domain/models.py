"""The records of the KKR world as typed, self-validating, immutable classes.

Each record knows how to turn itself into the plain dict the store writes and back.
`id` is the store's document id (0 for a record not yet saved) and `rev` its revision,
raised by the store on every change so concurrent edits can be detected.

Length: ~430 lines, every stored record and its checks in one place, so the file's
schema can be read in one module (the newer records, bodies and appointments, live in
domain/appointments.py).
"""

from __future__ import annotations

import re
from dataclasses import Field, dataclass, field, fields, replace
from enum import Enum, StrEnum
from typing import Any, ClassVar, Self

import pendulum

from kkr_tui.domain.clock import TZ_NAME
from kkr_tui.domain.errors import ValidationError
from kkr_tui.domain.reference import COUNCIL_SLUGS
from kkr_tui.domain.stored_types import check_fields, shown
from kkr_tui.i18n import msg


class Series(StrEnum):
    KKR = "kkr"
    CONSTITUTING = "konstituerende"
    CHAIRMANSHIP = "formandskab"
    DIRECTORS = "direktoerforum"
    PROFESSIONAL_DIRECTORS = "fagdirektoerforum"


class MeetingState(StrEnum):
    PROPOSED = "proposed"
    PLANNED = "planned"
    DISPATCHED = "dispatched"
    HELD = "held"
    PUBLISHED = "published"
    CANCELLED = "cancelled"


class ItemState(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    APPROVED = "approved"
    DISPATCHED = "dispatched"
    POSTPONED = "postponed"


class ItemKind(StrEnum):
    DECISION = "beslutningssag"
    INFORMATION = "orienteringssag"
    DISCUSSION = "droeftelsessag"


class Role(StrEnum):
    MAYOR = "borgmester"
    MEMBER = "medlem"
    CHAIR = "formand"
    VICE_CHAIR = "naestformand"


def _require_text(value: str, name: str) -> None:
    if not isinstance(value, str) or not value.strip():
        raise ValidationError(msg("error.field.required"), name)


def _require_council(slug: str) -> None:
    if slug not in COUNCIL_SLUGS:
        known = ", ".join(COUNCIL_SLUGS)
        raise ValidationError(msg("error.field.unknown_council", slug=slug, known=known), "council")


def _enum(enum: type[Enum], value: Any, name: str) -> Any:
    try:
        return enum(value)
    except ValueError:
        allowed = ", ".join(str(e.value) for e in enum)
        raise ValidationError(
            msg("error.field.not_one_of", value=value, allowed=allowed), name
        ) from None


def _date_or_none(value: Any, name: str) -> pendulum.Date | None:
    if value in (None, ""):
        return None
    if isinstance(value, pendulum.Date) and not isinstance(value, pendulum.DateTime):
        return value
    try:
        parsed = pendulum.parse(str(value), exact=True)
    except (ValueError, pendulum.parsing.exceptions.ParserError):
        raise ValidationError(msg("error.field.not_date", value=value), name) from None
    if not isinstance(parsed, pendulum.Date) or isinstance(parsed, pendulum.DateTime):
        raise ValidationError(msg("error.field.not_date", value=value), name)
    return parsed


_OFFSET_RE = re.compile(r"(Z|[+-]\d{2}:?\d{2})$")


def _datetime(value: Any, name: str) -> pendulum.DateTime:
    if isinstance(value, pendulum.DateTime):
        dt = value
    else:
        # pendulum reads a time without offset as UTC; a stored time must say its offset.
        if not _OFFSET_RE.search(str(value).strip()):
            raise ValidationError(msg("error.field.no_offset", value=value), name)
        try:
            parsed = pendulum.parse(str(value), exact=True)
        except (ValueError, pendulum.parsing.exceptions.ParserError):
            raise ValidationError(msg("error.field.not_time", value=value), name) from None
        if not isinstance(parsed, pendulum.DateTime):
            raise ValidationError(msg("error.field.no_clock_time", value=value), name)
        dt = parsed
    if dt.tzinfo is None or dt.utcoffset() is None:
        raise ValidationError(msg("error.field.no_zone"), name)
    return dt.in_timezone(_COPENHAGEN)


# One zone object for every stored time: by name, pendulum looks the zone up on every
# call, which doubled the cost of reading a meeting (~24 vs ~13 µs a time).
_COPENHAGEN = pendulum.timezone(TZ_NAME)
_FIELD_NAMES: dict[type, frozenset[str]] = {}


class Record:
    """Shared (de)serialisation for the dataclass records below."""

    id: int
    rev: int
    # Declared, not set: every subclass is a @dataclass, which sets it. This tells mypy so
    # that fields() and replace() accept a Record.
    __dataclass_fields__: ClassVar[dict[str, Field[Any]]]

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in fields(self):
            if f.name == "id":
                continue
            out[f.name] = _plain(getattr(self, f.name))
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any], doc_id: int = 0) -> Self:
        known = _FIELD_NAMES.get(cls)
        if known is None:  # once per class: a big file builds thousands of records
            known = _FIELD_NAMES[cls] = frozenset(f.name for f in fields(cls)) - {"id"}
        if not isinstance(data, dict):
            raise ValidationError(msg("error.field.not_object", value=shown(data)))
        values = {k: v for k, v in data.items() if k in known}
        check_fields(cls, values)  # a hand-edited file: "place": 0, "rev": []
        # Record has no __init__ of its own: each @dataclass subclass has one taking id.
        return cls(id=doc_id, **values)  # type: ignore[call-arg]

    def with_changes(self, **changes: Any) -> Self:
        return replace(self, **changes)


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, pendulum.DateTime):
        return value.isoformat()
    if isinstance(value, pendulum.Date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


@dataclass(frozen=True)
class Council(Record):
    """A KKR: its region, its seats and the municipalities it covers."""

    slug: str
    name: str
    region: str
    seats: int
    municipalities: tuple[str, ...]
    id: int = 0
    rev: int = 0

    def __post_init__(self) -> None:
        _require_council(self.slug)
        _require_text(self.name, "name")
        object.__setattr__(self, "municipalities", tuple(self.municipalities))
        if not isinstance(self.seats, int) or self.seats < 1:
            raise ValidationError(msg("error.field.positive_integer"), "seats")


@dataclass(frozen=True)
class Member(Record):
    """A member of a council (or a substitute for one), with the KKR role held."""

    council: str
    name: str
    municipality: str
    party: str = ""
    role: Role = Role.MEMBER
    substitute_for: str = ""
    # A chair or vice chair is often also the mayor of their municipality; the role says
    # the KKR office, `mayor` the municipal one. Role borgmester always means mayor.
    # Records written before this field existed read as False (backwards compatible).
    mayor: bool = False
    # Where the agenda is sent. Not checked here: an address typed wrong in the file
    # must not make the database unreadable; the dispatch names and skips it
    # (kkr_tui.domain.dispatch.address_problem), imports and dialogs refuse it.
    email: str = ""
    phone: str = ""
    id: int = 0
    rev: int = 0

    def __post_init__(self) -> None:
        _require_council(self.council)
        object.__setattr__(self, "email", str(self.email or "").strip())
        object.__setattr__(self, "phone", str(self.phone or "").strip())
        _require_text(self.name, "name")
        _require_text(self.municipality, "municipality")
        role = _enum(Role, self.role, "role")
        if not isinstance(self.mayor, bool):
            raise ValidationError(msg("error.field.boolean"), "mayor")
        # One spelling per fact: a plain member who is mayor is role borgmester.
        if role is Role.MEMBER and self.mayor:
            role = Role.MAYOR
        object.__setattr__(self, "role", role)
        object.__setattr__(self, "mayor", self.mayor or role is Role.MAYOR)

    @property
    def is_substitute(self) -> bool:
        """A substitute (suppleant) stands in for a member and takes no seat of its own."""
        return bool(self.substitute_for.strip())


EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class Contact(Record):
    """Someone to call or write to: a secretariat, KL or a municipality."""

    name: str
    title: str = ""
    organisation: str = ""
    unit: str = ""
    email: str = ""
    phone: str = ""
    councils: tuple[str, ...] = ()
    secretariat: bool = False
    id: int = 0
    rev: int = 0

    def __post_init__(self) -> None:
        _require_text(self.name, "name")
        object.__setattr__(self, "councils", tuple(self.councils))
        for slug in self.councils:
            _require_council(slug)
        if self.email and not EMAIL_RE.match(self.email):
            raise ValidationError(msg("error.field.email", value=self.email), "email")
        if self.phone and not re.fullmatch(r"\+?[\d ]{8,20}", self.phone):
            raise ValidationError(msg("error.field.phone", value=self.phone), "phone")


@dataclass(frozen=True)
class HistoryEntry:
    """One change of an agenda item's state: the day, who did it, from and to."""

    day: str
    user: str
    from_state: str
    to_state: str
    note: str = ""


@dataclass(frozen=True)
class Meeting(Record):
    """One meeting of a council's series, with its state and what was dispatched."""

    council: str
    series: Series
    start: pendulum.DateTime
    end: pendulum.DateTime
    place: str = ""
    state: MeetingState = MeetingState.PLANNED
    dispatched_on: pendulum.Date | None = None
    # Why the agenda went out after its deadline (Danish practice asks for the reason).
    dispatch_note: str = ""
    # Why it went out although something blocked it (items not approved, ...).
    dispatch_override: str = ""
    held_on: pendulum.Date | None = None
    published_on: pendulum.Date | None = None
    minutes_url: str = ""
    # Why the minutes were published although a beslutningssag had no decision.
    publication_override: str = ""
    cancel_reason: str = ""
    attendance: dict[str, str] = field(default_factory=dict)
    sequence: int = 0
    # The agenda by e-mail (kkr dispatch): completed rounds (2 and up: corrected agenda),
    # when the last one was complete, who received it ("Name <address>"), and the time
    # and place its invitation promised (kkr_tui.domain.dispatch.invitation_fingerprint;
    # "cancelled" once the cancellation went out).
    mail_round: int = 0
    mailed_at: str = ""
    mailed_to: tuple[str, ...] = ()
    invited_as: str = ""
    # A directors' forum's meeting names its forum (kkr_tui.domain.fora); 0: none.
    forum_id: int = 0
    # A joint meeting's other councils (KL's chairmanship with the five KKR
    # chairmanships; KKR Hovedstaden and KKR Sjælland together): `council` holds it, and
    # it shows once in each of these councils' year too.
    councils: tuple[str, ...] = ()
    id: int = 0
    rev: int = 0

    def __post_init__(self) -> None:
        _require_council(self.council)
        others = tuple(dict.fromkeys(c for c in self.councils if c != self.council))
        for slug in others:
            _require_council(slug)
        object.__setattr__(self, "councils", others)
        object.__setattr__(self, "series", _enum(Series, self.series, "series"))
        object.__setattr__(self, "state", _enum(MeetingState, self.state, "state"))
        object.__setattr__(self, "start", _datetime(self.start, "start"))
        object.__setattr__(self, "end", _datetime(self.end, "end"))
        for name in ("dispatched_on", "held_on", "published_on"):
            object.__setattr__(self, name, _date_or_none(getattr(self, name), name))
        if self.end <= self.start:
            raise ValidationError(msg("error.field.end_before_start"), "end")
        if self.minutes_url and not self.minutes_url.startswith("https://"):
            raise ValidationError(msg("error.field.https"), "minutes_url")
        object.__setattr__(self, "mailed_to", tuple(self.mailed_to))

    @property
    def day(self) -> pendulum.Date:
        return self.start.date()

    @property
    def all_councils(self) -> tuple[str, ...]:
        """The council that holds the meeting, then the others taking part."""
        return (self.council, *self.councils)

    def belongs_to(self, council: str) -> bool:
        return council == self.council or council in self.councils

    @property
    def is_online(self) -> bool:
        return self.place.strip().lower() == "online"


SHA256_RE = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True)
class Attachment:
    """One attachment (bilag) of an agenda item: a file copied into the database's
    bilag folder under its SHA-256, never referenced where the user had it.

    Its number ("Bilag 3.2") is not stored: it follows from the item's place on the
    agenda and the attachment's place on the item (kkr_tui.domain.documents).
    """

    title: str
    file_name: str  # the name the file had when attached (shown; never used as a path)
    size: int
    media_type: str
    sha256: str

    def __post_init__(self) -> None:
        _require_text(self.title, "title")
        _require_text(self.file_name, "file_name")
        if not isinstance(self.size, int) or self.size < 0:
            raise ValidationError(msg("error.field.non_negative"), "size")
        if not isinstance(self.sha256, str) or not SHA256_RE.match(self.sha256):
            raise ValidationError(msg("error.field.sha256", value=self.sha256), "sha256")

    @property
    def suffix(self) -> str:
        """The original name's extension ('.pdf'), lower case; '' without one."""
        dot = self.file_name.rfind(".")
        return self.file_name[dot:].lower() if 0 < dot < len(self.file_name) - 1 else ""


@dataclass(frozen=True)
class AgendaItem(Record):
    """An item on a meeting's agenda: its content, who is responsible, its state."""

    meeting_id: int
    number: int
    title: str
    kind: ItemKind = ItemKind.DECISION
    policy_area: str = ""
    responsible: str = ""
    # Indstilling: one or more numbered points, one a line.
    recommendation: str = ""
    # Resumé: a few lines; Sagsfremstilling: paragraphs separated by blank lines,
    # bullet lines starting "- ". Plain text, shown literally in every format.
    resume: str = ""
    case_text: str = ""
    decision: str = ""
    # A closed item (lukket punkt) shows in the public version only as its number.
    closed: bool = False
    attachments: tuple[Attachment, ...] = ()
    state: ItemState = ItemState.DRAFT
    history: tuple[HistoryEntry, ...] = ()
    # The forum meeting that prepared the item (cases go municipality -> directors'
    # forum -> formandskab -> KKR); 0: none.
    prepared_in: int = 0
    id: int = 0
    rev: int = 0

    def __post_init__(self) -> None:
        _require_text(self.title, "title")
        object.__setattr__(self, "kind", _enum(ItemKind, self.kind, "kind"))
        object.__setattr__(self, "state", _enum(ItemState, self.state, "state"))
        if not isinstance(self.number, int) or self.number < 1:
            raise ValidationError(msg("error.field.positive_integer"), "number")
        history = tuple(
            h if isinstance(h, HistoryEntry) else HistoryEntry(**h) for h in self.history
        )
        object.__setattr__(self, "history", history)
        if not isinstance(self.closed, bool):
            raise ValidationError(msg("error.field.boolean"), "closed")
        attachments = tuple(
            a if isinstance(a, Attachment) else Attachment(**a) for a in self.attachments
        )
        object.__setattr__(self, "attachments", attachments)

    @classmethod
    def from_dict(cls, data: dict[str, Any], doc_id: int = 0) -> Self:
        # Before schema 2 the one long text was `summary`; it is the case text. The
        # main file is migrated on opening, but an archive year written earlier is
        # read as it is, so the old name is understood here too.
        if "summary" in data and not data.get("case_text"):
            data = {**data, "case_text": data["summary"]}
        return super().from_dict(data, doc_id)

    def to_dict(self) -> dict[str, Any]:
        out = super().to_dict()
        out["history"] = [h.__dict__ for h in self.history]
        out["attachments"] = [a.__dict__ for a in self.attachments]
        return out
