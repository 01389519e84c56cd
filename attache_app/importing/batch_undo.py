"""Undoing an import batch from the change journal.

What a batch did is what the journal holds under its origin (``import:<batch id>``): the
records it created (persons, organisations, activities, tags) and, for the persons it
merged into and the organisations it completed, the fields it changed with their old
values. Undo writes under the origin
``undo``: it deletes what the batch created (an organisation someone else has joined since
stays, a tag still in use stays) and gives the merged persons their old values back.
A record changed after the import (the journal has a later entry for it, or a field the
import wrote holds something else) is named first, and undone only when the user confirms.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from attache_app.domain import kinds
from attache_app.domain.enums import RecordKind
from attache_app.domain.kinds import Kind
from attache_app.storage import interactions, journal, links, organisations, persons, search, writes
from attache_app.storage.db import Store
from attache_app.storage.journal import JournalEntry

_ACTIONS = {"create": "created", "update": "updated", "delete": "deleted"}


def entries(store: Store, batch_id: int) -> list[JournalEntry]:
    return journal.by_origin(store, f"import:{batch_id}")


def preview(found: Sequence[JournalEntry]) -> dict[str, int]:
    """Records created and updated by kind: ``persons_created``, ``persons_updated``…"""
    counts: dict[str, int] = {}
    for entry in found:
        key = f"{entry.kind}s_{_ACTIONS[entry.action]}"
        counts[key] = counts.get(key, 0) + 1
    return counts


def edited(store: Store, found: Sequence[JournalEntry], kind: Kind) -> list[int]:
    """Ids of the records of ``kind`` the batch wrote that changed after it: a later entry
    of the journal (an edit, another import, a link removed by a deletion), or a field the
    batch wrote that no longer holds what it wrote (a change made outside Attaché);
    records deleted since are left out."""
    wanted = _last_values(found, kind.name)
    if not wanted:
        return []
    later = {
        str(uuid)
        for (uuid,) in store.execute(
            "SELECT DISTINCT uuid FROM journal WHERE seq > ? AND kind = ?",
            (max(e.seq for e in found), kind.name),
        )
    }
    ids = writes.uuid_ids(store.conn, kind, wanted)
    now = writes.documents(store.conn, kind, ids.values())
    return sorted(
        record_id
        for uuid, record_id in ids.items()
        if uuid in later or any(now[record_id].get(f) != v for f, v in wanted[uuid].items())
    )


def _last_values(found: Sequence[JournalEntry], kind: str) -> dict[str, dict[str, Any]]:
    """By uuid, the values the batch left in each field it wrote (stamps aside)."""
    stamps = set(kinds.kind(kind).stamps)
    values: dict[str, dict[str, Any]] = {}
    for entry in found:
        if entry.kind == kind and entry.action in ("create", "update"):
            values.setdefault(entry.uuid, {}).update(
                {f: new for f, (_old, new) in entry.changes.items() if f not in stamps}
            )
    return values


def changed_since(store: Store, found: Sequence[JournalEntry]) -> list[str]:
    """Names of the persons and organisations the batch wrote that were edited since."""
    return [
        *(p.display_name for p in persons.get_many(store, edited(store, found, kinds.PERSON))),
        *(
            o.display_name
            for o in organisations.get_many(store, edited(store, found, kinds.ORGANISATION))
        ),
    ]


def _ids(store: Store, found: Sequence[JournalEntry], kind: str) -> list[int]:
    uuids = [e.uuid for e in found if e.kind == kind and e.action == "create"]
    ids = writes.uuid_ids(store.conn, kinds.kind(kind), uuids)
    return [ids[u] for u in uuids if u in ids]


def _put_back(store: Store, found: Sequence[JournalEntry], kind: Kind) -> list[int]:
    """Give the records of ``kind`` the batch changed their old values back; their ids."""
    updates = [e for e in found if e.kind == kind.name and e.action == "update"]
    ids = writes.uuid_ids(store.conn, kind, [e.uuid for e in updates])
    put_back: set[int] = set()
    for entry in reversed(updates):
        if entry.uuid not in ids:
            continue  # deleted since: nothing to restore into
        old = {f: old for f, (old, _new) in entry.changes.items()}
        writes.put_fields(store, kind.name, ids[entry.uuid], old)
        put_back.add(ids[entry.uuid])
    return sorted(put_back)


def undo(store: Store, found: Sequence[JournalEntry]) -> dict[str, int]:
    """Undo what these entries did (under the origin ``undo``, in one transaction)."""
    removed = restored = kept = 0
    with store.origin("undo"), writes.recording(store):
        removed += interactions.delete(store, _ids(store, found, "interaction"))
        removed += persons.delete(store, _ids(store, found, "person"))
        for kind in (kinds.PERSON, kinds.ORGANISATION):
            put_back = _put_back(store, found, kind)
            restored += len(put_back)
            search.reindex(store.conn, RecordKind(kind.name), put_back)
            if kind is kinds.ORGANISATION:  # a person's entry names their organisation
                members = [m for o in put_back for m in organisations.member_ids(store, o)]
                search.reindex(store.conn, RecordKind.PERSON, members)
        for org_id in _ids(store, found, "organisation"):
            if organisations.member_ids(store, org_id):
                kept += 1  # someone else now works there: the organisation stays
                continue
            removed += organisations.delete(store, [org_id])
        links.delete_unused_tags(store, _ids(store, found, "tag"))
    return {"removed": removed, "restored": restored, "kept": kept}
