"""Errors the domain raises; each carries a message a secretary can act on."""


class DomainError(ValueError):
    """Base for all domain errors."""


class ValidationError(DomainError):
    """A record breaks one of its own rules. `field` names the offending field."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field
        self.message = message

    def __str__(self) -> str:
        return f"{self.field}: {self.message}" if self.field else self.message
