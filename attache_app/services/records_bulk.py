"""Many new records of one kind at once: what a desktop pulls from its hub for the first
time (the first sync of a big network), written with one statement per table through the
journaled write path instead of one :func:`records.save` per record.

:func:`prepare` does to a record what :func:`records.save` does before writing it — the
same normalisation, the same validation (raising the same :class:`ValidationError`) — so
that a record written here is the record the one-by-one path would have written.
:func:`insert_many` writes records so prepared, with their search entries, in the caller's
recording (one set of journal entries, made by the store's current origin).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from attache_app.domain import validation
from attache_app.domain.enums import RecordKind
from attache_app.services import records
from attache_app.storage import interactions, notes, organisations, persons, programmes
from attache_app.storage.db import Store

KINDS = (
    RecordKind.ORGANISATION,
    RecordKind.PERSON,
    RecordKind.DEADLINE,
    RecordKind.NOTE,
    RecordKind.INTERACTION,
)
"""The kinds written in bulk (a programme may have to adopt the local one of its name)."""


def prepare(kind: RecordKind, record: Any, *, phone_region: str = "", validate: bool = True) -> Any:
    """``record`` normalised (a person's phones read with ``phone_region``) and validated
    like one saved by :func:`records.save`; a person without a source is « entered by
    hand ». ``validate=False`` leaves out the validation (a person pulled from the hub:
    the desktop that wrote it validated it)."""
    if kind is RecordKind.PERSON:
        person = records.normalise_person(record, phone_region)
        person.source = person.source or records.MANUAL_SOURCE
        if validate:
            validation.validate_person(person)
        return person
    steps: dict[RecordKind, tuple[Any, Any]] = {
        RecordKind.ORGANISATION: (records.normalise_organisation, validation.validate_organisation),
        RecordKind.NOTE: (records.normalise_note, validation.validate_note),
        RecordKind.DEADLINE: (records.normalise_deadline, validation.validate_deadline),
        RecordKind.INTERACTION: (records.normalise_interaction, validation.validate_interaction),
    }
    normalised, check = steps[kind]
    record = normalised(record)
    if validate:
        check(record)
    return record


def insert_many(store: Store, kind: RecordKind, items: Sequence[Any]) -> list[int]:
    """Insert prepared records of ``kind`` (their links name records that exist); their
    ids, in the same order."""
    if not items:
        return []
    writers: dict[RecordKind, Any] = {
        RecordKind.ORGANISATION: organisations.insert_many,
        RecordKind.PERSON: persons.insert_many,
        RecordKind.NOTE: notes.insert_many,
        RecordKind.DEADLINE: programmes.insert_deadlines,
        RecordKind.INTERACTION: interactions.insert_many,
    }
    ids: list[int] = writers[kind](store, items)
    return ids
