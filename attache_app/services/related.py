"""Records linked to a record, for navigating both ways (person ↔ organisation, notes…)."""

from __future__ import annotations

from attache_app.domain import kinds
from attache_app.domain.enums import RecordKind
from attache_app.domain.models import Deadline, Interaction, Note, Organisation, Person
from attache_app.services import records
from attache_app.storage.db import Store


def linked(
    store: Store, kind: RecordKind, record_id: int
) -> dict[RecordKind, list[tuple[int, str]]]:
    """The records linked to (kind, id), by kind, as (id, text) for display: the records
    it names (a person's organisation), then those naming it by a column or a link (an
    organisation's persons, a person's notes, activities and deadlines), each in its
    list's order. Read from the registry (``domain/kinds.py``): kinds with a list only."""
    found: dict[RecordKind, list[int]] = {}
    record = records.get(store, kind, record_id)
    for reference in kinds.kind(kind).references:
        named = getattr(record, reference.column, None)
        target = kinds.kind(reference.kind).record_kind
        if target is not None and named:
            found.setdefault(target, []).append(int(named))
    for other, _via in kinds.referrers(kind.value):
        if other.record_kind is not None:
            ids = records.list_ids(store, other.record_kind, **{f"{kind.value}_id": record_id})
            found.setdefault(other.record_kind, []).extend(ids)
    result: dict[RecordKind, list[tuple[int, str]]] = {}
    for linked_kind, ids in found.items():
        if ids:
            unique = list(dict.fromkeys(ids))
            result[linked_kind] = [
                (r.id or 0, describe(r)) for r in records.get_many(store, linked_kind, unique)
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
