"""One typed registry of the kinds of record: where each is stored, what it holds, what it
links to.

The storage layer reads it to write the change journal (``storage/writes.py``): a record's
*document* is its fields, the records it names (as uuids) and the lists it owns (e-mails,
phones, themes, links). A link between two records is owned by one of them — the record
whose table the link table is named after (``note_persons`` belongs to the note) — and
journaled as a change of that record only. A column that names another record
(``persons.organisation_id``) is a reference, journaled as that record's uuid.

Calls, applications and tags are not :class:`RecordKind` (they have no list of their own);
they are kinds of the journal all the same.

This is the domain's side of the registry; each layer adds its own side, one entry per
kind, checked complete by ``tests/unit/test_kinds_registry.py``: storage's repositories
(``storage/repositories.py``: read, list, delete; the search index's documents in
``storage/search.py``), the services' savers (``services/records.py``), the CLI's options
and table (``cli/kinds.py``), the window's editor and page (``gui/kinds.py``) and list
(``gui/models/columns.py``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from attache_app.domain.enums import RecordKind
from attache_app.domain.models import (
    Deadline,
    Interaction,
    Note,
    Organisation,
    Person,
    Programme,
)


@dataclass(frozen=True)
class Reference:
    """A column of the record's own table that names another record (a foreign key)."""

    column: str
    field: str
    kind: str
    cascade: bool = False
    """Deleting the named record deletes this one too (else the column is set to NULL)."""


@dataclass(frozen=True)
class Link:
    """A many-to-many link table owned by this kind: ``owner`` names the record, ``other``
    the linked one (a record of ``kind``)."""

    field: str
    table: str
    owner: str
    other: str
    kind: str


@dataclass(frozen=True)
class Children:
    """Rows of another table that belong to the record (deleted with it): journaled as one
    list of values (one value per row when ``columns`` has one column, else a list)."""

    field: str
    table: str
    owner: str
    columns: tuple[str, ...]
    order: str
    where: str = ""
    """Only these rows count (e.g. reminders in their default state do not)."""


@dataclass(frozen=True)
class Kind:
    """One kind of record, as storage keeps it."""

    name: str
    """The journal's name of the kind (a :class:`RecordKind` value, or call, application,
    tag)."""
    table: str
    fields: tuple[str, ...]
    """Plain columns, journaled under their own names."""
    references: tuple[Reference, ...] = ()
    links: tuple[Link, ...] = ()
    children: tuple[Children, ...] = ()
    derived: tuple[str, ...] = ()
    """Columns computed from the fields (sort keys, UTC instants): not journaled."""
    stamps: tuple[str, ...] = ("created_at", "updated_at")
    """Journaled like fields (an undo puts them back), shown by no history."""
    model: type[Any] | None = None
    """The dataclass of a record of this kind (``domain/models.py``), for the kinds that
    have their own list (a :class:`RecordKind`)."""
    search_code: int = 0
    """The kind's code in the search index's rowids (``rowid = id * 8 + code``, 1–7; 0 for
    a kind the index does not hold). Stored in every index: never renumbered."""

    @property
    def record_kind(self) -> RecordKind | None:
        try:
            return RecordKind(self.name)
        except ValueError:
            return None

    @property
    def tagged(self) -> bool:
        """Whether records of this kind carry tags."""
        return any(link.field == "tags" for link in self.links)

    @property
    def tag_link(self) -> Link:
        """The link table of this kind's tags (only for a ``tagged`` kind)."""
        return next(link for link in self.links if link.field == "tags")

    @property
    def field_names(self) -> tuple[str, ...]:
        """Every field of the kind's document, in a stable order."""
        return (
            *self.fields,
            *self.stamps,
            *(r.field for r in self.references),
            *(link.field for link in self.links),
            *(c.field for c in self.children),
        )


PERSON = Kind(
    "person",
    "persons",
    (
        "civility", "given_name", "family_name", "native_name", "title", "department",
        "country", "city", "street", "postal_code", "region", "languages", "notes", "source",
        "review_date", "share_paris",
    ),
    references=(Reference("organisation_id", "organisation", "organisation"),),
    links=(Link("tags", "person_tags", "person_id", "tag_id", "tag"),),
    children=(
        Children("emails", "person_emails", "person_id", ("address", "label"), "position"),
        Children(
            "phones", "person_phones", "person_id", ("number", "label", "e164"), "position"
        ),
    ),
    model=Person,
    search_code=1,
)  # fmt: skip
ORGANISATION = Kind(
    "organisation",
    "organisations",
    (
        "name",
        "native_name",
        "acronym",
        "kind",
        "country",
        "city",
        "website",
        "notes",
        "share_paris",
    ),
    links=(Link("tags", "organisation_tags", "organisation_id", "tag_id", "tag"),),
    model=Organisation,
    search_code=2,
)
NOTE = Kind(
    "note",
    "notes",
    (
        "title", "date", "source_name", "url", "country", "importance", "status", "sent_date",
        "body", "private", "share_paris",
    ),
    links=(
        Link("organisations", "note_organisations", "note_id", "organisation_id",
             "organisation"),
        Link("persons", "note_persons", "note_id", "person_id", "person"),
    ),
    children=(Children("themes", "note_themes", "note_id", ("theme",), "theme"),),
    model=Note,
    search_code=3,
)  # fmt: skip
INTERACTION = Kind(
    "interaction",
    "interactions",
    ("kind", "date", "title", "summary", "place", "share_paris"),
    links=(
        Link("persons", "interaction_persons", "interaction_id", "person_id", "person"),
        Link(
            "organisations",
            "interaction_organisations",
            "interaction_id",
            "organisation_id",
            "organisation",
        ),
    ),
    model=Interaction,
    search_code=5,
)
PROGRAMME = Kind(
    "programme",
    "programmes",
    (
        "name", "kind", "partner_country", "partner_agency", "url", "description",
        "source_url", "template", "share_paris",
    ),
    model=Programme,
    search_code=6,
)  # fmt: skip
CALL = Kind(
    "call",
    "calls",
    ("year", "title", "status", "url", "notes", "share_paris"),
    references=(Reference("programme_id", "programme", "programme", cascade=True),),
)
DEADLINE = Kind(
    "deadline",
    "deadlines",
    (
        "title", "stage", "all_day", "due_date", "due_local", "tz", "status", "owner", "notes",
        "to_confirm", "reminders", "share_paris",
    ),
    references=(
        Reference("programme_id", "programme", "programme"),
        Reference("call_id", "call", "call", cascade=True),
    ),
    links=(Link("persons", "deadline_persons", "deadline_id", "person_id", "person"),),
    children=(
        Children(
            "reminder_states", "reminder_states", "deadline_id",
            ("days_before", "state", "snoozed_until"), "days_before DESC",
            where="state != 'pending'",
        ),
    ),
    derived=("due_utc", "sort_key"),
    model=Deadline,
    search_code=4,
)  # fmt: skip
APPLICATION = Kind(
    "application",
    "applications",
    ("title", "french_team", "partner_team", "outcome", "notes", "share_paris"),
    references=(Reference("call_id", "call", "call", cascade=True),),
    links=(
        Link("persons", "application_persons", "application_id", "person_id", "person"),
        Link(
            "organisations",
            "application_organisations",
            "application_id",
            "organisation_id",
            "organisation",
        ),
    ),
)
TAG = Kind("tag", "tags", ("name",))

KINDS: dict[str, Kind] = {
    k.name: k
    for k in (PERSON, ORGANISATION, NOTE, INTERACTION, PROGRAMME, CALL, DEADLINE, APPLICATION, TAG)
}
"""Every kind, by its journal name."""

BY_TABLE: dict[str, Kind] = {k.table: k for k in KINDS.values()}


def kind(name: str | RecordKind) -> Kind:
    """The kind of this name (``"person"``, ``RecordKind.NOTE``, ``"call"``…)."""
    return KINDS[str(name)]


RECORD_KINDS: dict[RecordKind, Kind] = {
    k.record_kind: k for k in KINDS.values() if k.record_kind is not None
}
"""The kinds with a list of their own (``RecordKind``), in the registry's order."""

_BY_MODEL: dict[type[Any], RecordKind] = {
    k.model: kind for kind, k in RECORD_KINDS.items() if k.model is not None
}


def of_record(record: object) -> RecordKind:
    """The kind of a record object (a ``Person``, a ``Note``…)."""
    return _BY_MODEL[type(record)]


def referrers(name: str) -> list[tuple[Kind, Reference | Link]]:
    """The references and links of every kind that name records of kind ``name``: what a
    deletion of such a record changes elsewhere."""
    found: list[tuple[Kind, Reference | Link]] = []
    for other in KINDS.values():
        found += [(other, r) for r in other.references if r.kind == name]
        found += [(other, link) for link in other.links if link.kind == name]
    return found


OWNERS: dict[str, tuple[Kind, str]] = {
    table: (k, column)
    for k in KINDS.values()
    for table, column in (
        *((link.table, link.owner) for link in k.links),
        *((c.table, c.owner) for c in k.children),
    )
}
"""Link and child tables → the kind owning their rows and the column naming the owner."""
