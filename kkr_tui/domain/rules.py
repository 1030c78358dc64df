"""Date-rule settings: defaults from DOMAIN.md, overridable per council and meeting series.

The settings are data stored in the database, not code: a changed rule changes every
derived date at once because every date is derived from `Settings.rules_for(...)`.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, fields
from datetime import date
from typing import Any

from kkr_tui.domain.errors import ValidationError
from kkr_tui.domain.reference import COUNCIL_SLUGS, DEFAULT_POLICY_AREAS
from kkr_tui.domain.stored_types import check_fields, shown
from kkr_tui.i18n import msg


@dataclass(frozen=True)
class DateRules:
    """How the deadlines of one meeting are derived.

    dispatch_days_before and publication_workdays are from the seed (one week; N=5).
    The two milestone offsets are assumptions (DOMAIN.md says so) and labelled as such.
    """

    dispatch_days_before: int = 7
    publication_workdays: int = 5
    material_workdays_before_dispatch: int = 10
    review_workdays_before_dispatch: int = 3

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 60:
                raise ValidationError(msg("error.rules.range"), f.name)


RULE_NAMES: tuple[str, ...] = tuple(f.name for f in fields(DateRules))

# A UUID as uuid.UUID reads it: 32 hex digits, hyphenated or not, optionally in braces
# or after "urn:uuid:". A pattern rather than uuid.UUID, whose module imports `platform`
# (~2 ms of `kkr status`, which reads the settings and never needs a UUID object).
_UUID = re.compile(
    r"(?:urn:uuid:)?\{?[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}\}?",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class ClosedDays:
    """Days the office is closed by custom, on top of the public holidays."""

    grundlovsdag: bool = True
    juleaftensdag: bool = True
    nytaarsaftensdag: bool = True
    forste_maj: bool = False
    # Further single closing days (ISO dates), e.g. a moving day for the secretariat.
    extra: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        for text in self.extra:
            try:
                date.fromisoformat(str(text).strip())
            except ValueError:
                raise ValidationError(msg("error.rules.not_day", text=text), "extra") from None
        object.__setattr__(self, "extra", tuple(sorted({str(x).strip() for x in self.extra})))


@dataclass(frozen=True)
class Settings:
    """The database's own settings: closed days, date rules, policy areas, SMTP."""

    closed_days: ClosedDays = field(default_factory=ClosedDays)
    default_rules: DateRules = field(default_factory=DateRules)
    # Keys: "council", "*:series" or "council:series"; values: a subset of DateRules.
    overrides: dict[str, dict[str, int]] = field(default_factory=dict)
    policy_areas: tuple[str, ...] = DEFAULT_POLICY_AREAS
    # A random UUID made when the database is created. Exported calendar UIDs derive
    # from it, so two databases never hand a calendar the same UID. "" in a database
    # made before it existed (the exports then use a fixed fallback namespace).
    database_id: str = ""
    # The SMTP server mail goes through when KKR_SMTP_URL is not set
    # (`kkr settings smtp URL`, checked by kkr_tui.mail.config; never a password).
    smtp_url: str = ""
    rev: int = 0

    def __post_init__(self) -> None:
        if self.database_id and not _UUID.fullmatch(self.database_id):
            raise ValidationError(
                msg("error.rules.not_uuid", value=self.database_id), "database_id"
            )
        for key, partial in self.overrides.items():
            council = key.partition(":")[0]
            if council != "*" and council not in COUNCIL_SLUGS:
                raise ValidationError(
                    msg("error.rules.unknown_council", council=council, key=key), "overrides"
                )
            unknown = set(partial) - set(RULE_NAMES)
            if unknown:
                raise ValidationError(
                    msg("error.rules.unknown_rules", names=sorted(unknown), key=key), "overrides"
                )
            DateRules(**{**asdict(self.default_rules), **partial})

    def rules_for(self, council: str, series: str) -> DateRules:
        """Defaults, then the series-wide, the council-wide and the council+series override."""
        merged = asdict(self.default_rules)
        for key in (f"*:{series}", council, f"{council}:{series}"):
            merged.update(self.overrides.get(key, {}))
        return DateRules(**merged)

    def to_dict(self) -> dict[str, Any]:
        return {
            "closed_days": {**asdict(self.closed_days), "extra": list(self.closed_days.extra)},
            "default_rules": asdict(self.default_rules),
            "overrides": self.overrides,
            "policy_areas": list(self.policy_areas),
            "database_id": self.database_id,
            "smtp_url": self.smtp_url,
            "rev": self.rev,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Settings:
        if not isinstance(data, dict):
            raise ValidationError(msg("error.field.not_object", value=shown(data)))
        check_fields(cls, data)
        return cls(
            closed_days=ClosedDays(**data.get("closed_days", {})),
            default_rules=DateRules(**data.get("default_rules", {})),
            overrides={k: dict(v) for k, v in data.get("overrides", {}).items()},
            policy_areas=tuple(data.get("policy_areas", DEFAULT_POLICY_AREAS)),
            database_id=str(data.get("database_id", "")),
            smtp_url=str(data.get("smtp_url", "")),
            rev=int(data.get("rev", 0)),
        )
