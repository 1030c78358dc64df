"""Errors the domain raises; each carries a message a secretary can act on.

The message is a catalogue `Message` (kkr_tui.i18n.msg), rendered when shown, in the
language set then.
"""

from __future__ import annotations

from kkr_tui.i18n import Message


class DomainError(ValueError):
    """Base for all domain errors."""


class ValidationError(DomainError):
    """A record breaks one of its own rules. `field` names the offending field."""

    def __init__(self, message: Message | str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field
        self._message = message

    @property
    def message(self) -> str:
        return str(self._message)

    def __str__(self) -> str:
        return f"{self.field}: {self.message}" if self.field else self.message
