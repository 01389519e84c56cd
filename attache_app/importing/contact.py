"""What every reader produces: contacts in one shape, whatever the file format."""

from __future__ import annotations

import marshal
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, fields
from typing import overload

from attache_app.domain.controls import shown_name
from attache_app.errors import AttacheError
from attache_app.i18n import translate

MAX_CONTACTS = 100_000
"""A file of more contacts than this is refused before it is read whole: an import holds
every contact of its file in memory for review (≈ 4 KB each with duplicate detection), and
the biggest address books of a post are a few thousand."""


def too_many(file_name: str, location: str = "") -> ImportFileError:
    """The sentence for a file above :data:`MAX_CONTACTS`."""
    return ImportFileError(
        file_name,
        translate(
            "Import",
            "the file holds more than {max:,} contacts, the most one import takes; split it "
            "into smaller files. Nothing was imported.",
        ).format(max=MAX_CONTACTS),
        location=location,
    )


class ImportFileError(AttacheError):
    """A file that cannot be imported: which file, where in it, and why."""

    def __init__(self, file_name: str, reason: str, *, location: str = "") -> None:
        self.file_name = file_name
        self.reason = reason
        self.location = location
        file_name = shown_name(file_name)  # a new line or an escape in a name: written \n
        if location:
            message = translate("Import", "{file}, {where}: {reason}").format(
                file=file_name, where=location, reason=reason
            )
        else:
            message = translate("Import", "{file}: {reason}").format(file=file_name, reason=reason)
        super().__init__(message)


def line_template() -> str:
    """ "line {n}", translated: format it with the line's number."""
    return translate("Import", "line {n}")


def row_template() -> str:
    """ "row {n}", translated: format it with the row's number."""
    return translate("Import", "row {n}")


def line_at(number: int) -> str:
    return line_template().format(n=number)


def row_at(number: int) -> str:
    return row_template().format(n=number)


@dataclass(slots=True)
class RawContact:
    """One contact as read, before normalisation. Lists keep the file's order."""

    location: str = ""
    """Where it comes from, for messages: "line 12", "row 7"."""
    formatted_name: str = ""
    prefix: str = ""
    given_name: str = ""
    middle_name: str = ""
    family_name: str = ""
    suffix: str = ""
    native_name: str = ""
    organisation: str = ""
    department: str = ""
    title: str = ""
    emails: list[tuple[str, str]] = field(default_factory=list)
    """(address, label)."""
    phones: list[tuple[str, str]] = field(default_factory=list)
    """(number, label)."""
    urls: list[str] = field(default_factory=list)
    country: str = ""
    city: str = ""
    street: str = ""
    postal_code: str = ""
    region: str = ""
    address: str = ""
    """An address that could not be taken apart; it goes to the notes."""
    notes: str = ""
    tags: list[str] = field(default_factory=list)
    birthday: str = ""
    languages: list[str] = field(default_factory=list)
    review_date: str = ""
    created_at: str = ""
    """When the record was first added, in the database it comes from (Attaché's own
    export: a hand-over keeps the original dates)."""
    acronym: str = ""
    """Organisation cards only (Attaché's own export)."""
    organisation_kind: str = ""
    """Organisation cards only (Attaché's own export)."""
    is_organisation: bool = False
    """A card for a company rather than a person (vCard with ORG only, Apple company cards)."""
    kept: list[tuple[str, str]] = field(default_factory=list)
    """(header, value) of cells kept in the notes as « Header: value » lines: columns the
    user kept, second values of single-valued fields, other addresses of the row."""
    dates: list[tuple[str, str, str]] = field(default_factory=list)
    """(header, value, kind) of dates of contact: each becomes an activity of that date
    ("meeting", or "contact" for a last contact of unknown kind)."""
    dropped: list[str] = field(default_factory=list)
    """What the file holds that Attaché does not keep (a vCard's photo, sound or key),
    named in the preview and the result."""

    def is_empty(self) -> bool:
        return not (
            self.formatted_name
            or self.given_name
            or self.family_name
            or self.native_name
            or self.organisation
            or self.emails
            or self.phones
        )

    def name_for_display(self) -> str:
        if self.formatted_name:
            return self.formatted_name
        parts = (self.prefix, self.given_name, self.middle_name, self.family_name, self.suffix)
        return " ".join(p for p in parts if p) or self.native_name or self.organisation


_CONTACT_FIELDS = tuple(f.name for f in fields(RawContact))


class PackedContacts(Sequence[RawContact]):
    """The contacts of a vCard or LDIF file, each kept as one compact ``marshal`` string
    until it is asked for (a new :class:`RawContact` each time): 100,000 contacts take
    about 30 MB instead of 250 MB of objects, lists and tuples, so that an import of that
    many holds its file, its plan and its writing under 500 MB."""

    def __init__(self, contacts: Iterable[RawContact] = ()) -> None:
        self._packed: list[bytes] = []
        for contact in contacts:
            self.append(contact)

    def append(self, contact: RawContact) -> None:
        self._packed.append(marshal.dumps(tuple(getattr(contact, n) for n in _CONTACT_FIELDS)))

    def __len__(self) -> int:
        return len(self._packed)

    @overload
    def __getitem__(self, index: int) -> RawContact: ...

    @overload
    def __getitem__(self, index: slice) -> list[RawContact]: ...

    def __getitem__(self, index: int | slice) -> RawContact | list[RawContact]:
        if isinstance(index, slice):
            return [RawContact(*marshal.loads(b)) for b in self._packed[index]]
        return RawContact(*marshal.loads(self._packed[index]))

    def __iter__(self) -> Iterator[RawContact]:
        for packed in self._packed:
            yield RawContact(*marshal.loads(packed))
