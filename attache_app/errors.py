"""Errors the user may see: each carries one clear, translated sentence."""

from __future__ import annotations

from dataclasses import dataclass


class AttacheError(Exception):
    """An error meant for the user: ``str(error)`` is the sentence to show."""

    exit_code = 1


class DatabaseError(AttacheError):
    """The database cannot be opened, read or written."""

    def __init__(self, message: str, *, reason: str = "other", path: str = "") -> None:
        super().__init__(message)
        self.reason = (
            reason  # missing, directory, not_database, read_only, locked, corrupt, newer...
        )
        self.path = path


class NotFoundError(AttacheError):
    """A record that was asked for does not exist."""


@dataclass(frozen=True)
class FieldError:
    field: str
    message: str


class ValidationError(AttacheError):
    """One or more fields are invalid; ``errors`` says which and why."""

    def __init__(self, errors: list[FieldError]) -> None:
        self.errors = errors
        super().__init__("; ".join(f"{e.field}: {e.message}" for e in errors))
