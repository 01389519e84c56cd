"""Records linked to a record, for navigating both ways (person ↔ organisation, notes…)."""

from __future__ import annotations

from attache_app.domain.enums import RecordKind
from attache_app.domain.models import Deadline, Interaction, Note, Organisation, Person
from attache_app.services import records
from attache_app.storage.db import Store


def linked(
    store: Store, kind: RecordKind, record_id: int
) -> dict[RecordKind, list[tuple[int, str]]]:
    """The records linked to (kind, id), by kind, as (id, text) for display."""
    found: dict[RecordKind, list[int]] = {}
    if kind is RecordKind.PERSON:
        person = records.get_person(store, record_id)
        if person.organisation_id:
            found[RecordKind.ORGANISATION] = [person.organisation_id]
        found[RecordKind.NOTE] = records.list_ids(store, RecordKind.NOTE, person_id=record_id)
        found[RecordKind.INTERACTION] = records.list_ids(
            store, RecordKind.INTERACTION, person_id=record_id
        )
        found[RecordKind.DEADLINE] = records.list_ids(
            store, RecordKind.DEADLINE, person_id=record_id
        )
    elif kind is RecordKind.ORGANISATION:
        found[RecordKind.PERSON] = records.list_ids(
            store, RecordKind.PERSON, organisation_id=record_id
        )
        found[RecordKind.NOTE] = records.list_ids(store, RecordKind.NOTE, organisation_id=record_id)
        found[RecordKind.INTERACTION] = records.list_ids(
            store, RecordKind.INTERACTION, organisation_id=record_id
        )
    result: dict[RecordKind, list[tuple[int, str]]] = {}
    for linked_kind, ids in found.items():
        if ids:
            result[linked_kind] = [
                (r.id or 0, describe(r)) for r in records.get_many(store, linked_kind, ids)
            ]
    return result


def describe(record: records.Record) -> str:
    if isinstance(record, Person):
        return " — ".join(x for x in (record.display_name, record.title) if x)
    if isinstance(record, Organisation):
        return record.display_name
    if isinstance(record, Note | Interaction):
        return f"{record.date}  {record.title}"
    if isinstance(record, Deadline):
        due = record.due_date if record.all_day else record.due_local.replace("T", " ")
        return f"{due}  {record.title}"
    return getattr(record, "name", "")
