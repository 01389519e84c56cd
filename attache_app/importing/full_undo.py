"""Undoing the import of a full export: what it created is deleted, what it changed gets
its previous values and dates back.

The records it wrote are read from the change journal, like a contact list's
(``importing/batch_undo.py``): its entries of origin ``import:<batch>`` name what it
created and, field by field, the values it replaced. What the journal does not hold — the
post's settings and the reminders' own rows (a deadline's document has their states, not
when each was notified) — the import keeps in ``import_changes`` as snapshots of the rows
before (``UNJOURNALED``). A batch made before the full import was journaled has all its
changes there, and is undone from them alone.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from attache_app.domain import kinds
from attache_app.errors import AttacheError
from attache_app.i18n import translate
from attache_app.importing import batch_undo, batches, full_write
from attache_app.importing.batches import UndoConflict
from attache_app.importing.full_read import ORDER, SPECS, Record
from attache_app.importing.full_write import (
    CHANGE_KINDS,
    KIND_OF_CHANGE,
    Maps,
    from_snapshot,
    nocase,
)
from attache_app.storage import programmes, snapshots, wholesale, writes
from attache_app.storage.db import Store
from attache_app.storage.full_kinds import record_label
from attache_app.storage.journal import JournalEntry

UNJOURNALED = frozenset({"settings", "reminder_states"})
"""The full export's kinds that are not records of the journal: their changes are kept in
``import_changes`` (a snapshot of each row before)."""

_DUE = frozenset({"all_day", "due_date", "due_local", "tz"})
"""A deadline's fields its derived columns (UTC instant, sort key) are computed from."""


def _label(kind: str, name: str) -> str:
    return record_label(kind, name)


def undo(store: Store, batch_id: int, *, force: bool = False) -> dict[str, int]:
    """Undo a full import: what it created is deleted, what it changed gets its previous
    values and dates back. Records edited since are named first (:class:`UndoConflict`)
    unless ``force``."""
    info = batches.batch_info(store, batch_id)
    if info.undone_at:
        raise AttacheError(
            translate("Import", "Import {id} was already undone on {date}.").format(
                id=batch_id, date=info.undone_at
            )
        )
    found = batch_undo.entries(store, batch_id)
    changes = store.query(
        "SELECT kind, ref_id, action, before, after FROM import_changes WHERE batch_id = ? "
        "ORDER BY id",
        (batch_id,),
    )
    by_kind: dict[str, list[dict[str, Any]]] = {}
    for change in changes:
        kind = KIND_OF_CHANGE[change["kind"]]
        if found and kind not in UNJOURNALED:
            continue  # a batch of the journal: its records are undone from there
        change["after"] = json.loads(change["after"] or "{}")
        by_kind.setdefault(kind, []).append(change)
    edited = _edited_since(store, by_kind) + _edited_records(store, found)
    if edited and not force:
        raise UndoConflict(batch_id, edited)
    removed = restored = kept = 0
    with store.origin("undo"), writes.recording(store):
        for kind in ORDER:
            restored += _put_back(store, found, kind)
        for kind in ORDER:
            records = [
                from_snapshot(c["before"])
                for c in by_kind.get(kind, [])
                if c["action"] == "updated"
            ]
            if not records:
                continue
            if kind == "tags":
                wholesale.update(
                    store, "tags", ("name", "created_at", "updated_at"),
                    [(c["ref_id"], (r.fields["name"], r.fields["created_at"],
                                    r.fields["updated_at"]))
                     for c, r in zip(
                         [c for c in by_kind[kind] if c["action"] == "updated"], records,
                         strict=True)],
                )  # fmt: skip
                restored += len(records)
                continue
            maps = _undo_maps(store, records)
            pairs = [
                (c["ref_id"], r)
                for c, r in zip(
                    [c for c in by_kind[kind] if c["action"] == "updated"], records, strict=True
                )
            ]
            if kind in ("settings", "reminder_states"):
                pairs = [(0, r) for _i, r in pairs]
            full_write.update(store, kind, pairs, maps)
            restored += len(pairs)
        for kind in reversed(ORDER):
            created = [c for c in by_kind.get(kind, []) if c["action"] == "created"]
            created += [{"ref_id": i} for i in _created_ids(store, found, kind)]
            if not created:
                continue
            if kind == "settings":
                wholesale.delete_keyed(
                    store, "settings", ("key",), [c["after"]["key"] for c in created]
                )
                removed += len(created)
            elif kind == "reminder_states":
                wholesale.delete_keyed(
                    store, "reminder_states", ("deadline_id", "days_before"),
                    [(c["ref_id"], c["after"]["key"][1]) for c in created],
                )  # fmt: skip
                removed += len(created)
            elif kind == "tags":
                removed += wholesale.delete_unused_tags(store, [c["ref_id"] for c in created])
            else:
                ids = [c["ref_id"] for c in created]
                if kind == "organisations":
                    used = wholesale.organisations_in_use(store, ids)
                    kept += len(used)
                    ids = [i for i in ids if i not in used]
                removed += wholesale.delete(store, SPECS[kind].table, ids)
        wholesale.mark_batch_undone(store, batch_id)
    return {"removed": removed, "restored": restored, "kept": kept}


def _journal_kind(kind: str) -> kinds.Kind | None:
    """The journal's kind of a sheet of the full export (None for the unjournaled)."""
    return None if kind in UNJOURNALED else kinds.kind(CHANGE_KINDS[kind])


def _created_ids(store: Store, found: Sequence[JournalEntry], kind: str) -> list[int]:
    """Ids of the records of a sheet's kind that the batch created (still there)."""
    spec = _journal_kind(kind)
    if spec is None:
        return []
    uuids = [e.uuid for e in found if e.kind == spec.name and e.action == "create"]
    ids = writes.uuid_ids(store.conn, spec, uuids)
    return [ids[u] for u in uuids if u in ids]


def _put_back(store: Store, found: Sequence[JournalEntry], kind: str) -> int:
    """Give the records of a sheet's kind that the batch changed the values it replaced
    (from its entries); how many. A deadline's reminder states are left to their own rows
    (``import_changes``), which hold their notification stamps too."""
    spec = _journal_kind(kind)
    if spec is None:
        return 0
    updates = [e for e in found if e.kind == spec.name and e.action == "update"]
    ids = writes.uuid_ids(store.conn, spec, [e.uuid for e in updates])
    put_back: dict[int, set[str]] = {}
    for entry in reversed(updates):
        old = {f: o for f, (o, _new) in entry.changes.items() if f != "reminder_states"}
        if entry.uuid not in ids or not old:
            continue  # deleted since, or only its reminders changed
        writes.put_fields(store, spec.name, ids[entry.uuid], old)
        put_back.setdefault(ids[entry.uuid], set()).update(old)
    if kind == "deadlines":
        programmes.refresh_due(store, [i for i, fields in put_back.items() if fields & _DUE])
    if kind == "persons":  # the import wrote their e-mails and telephones again
        stamps = wholesale.stamps_by_id(store, "persons", sorted(put_back))
        for table in ("person_emails", "person_phones"):
            wholesale.restamp_children(store, table, "person_id", stamps)
    record_kind = spec.record_kind
    if record_kind is not None and put_back:
        wholesale.reindex(store, spec.table, sorted(put_back))
        # the entries that name them: a person's names their organisation…
        for other, other_ids in snapshots.naming(store, {record_kind: sorted(put_back)}).items():
            wholesale.reindex(store, kinds.kind(other).table, other_ids)
    return len(put_back)


def _edited_records(store: Store, found: Sequence[JournalEntry]) -> list[str]:
    """Names of the records the batch wrote that changed since (a later entry of the
    journal, or a field no longer holding what it wrote)."""
    names: list[str] = []
    for kind in ORDER:
        spec = _journal_kind(kind)
        if spec is None or not found:
            continue
        ids = batch_undo.edited(store, found, spec)
        documents = writes.documents(store.conn, spec, ids)
        names += [record_label(kind, _name(documents[i]) or str(i)) for i in ids]
    return names


def _name(document: dict[str, Any]) -> str:
    """How a record is named for the user, from its document."""
    latin = " ".join(x for x in (document.get("given_name"), document.get("family_name")) if x)
    for name in (latin, document.get("native_name"), document.get("name"), document.get("title")):
        if name:
            return str(name)
    return ""


def _undo_maps(store: Store, records: list[Record]) -> Maps:
    maps: Maps = {kind: {} for kind in ORDER}
    for record in records:
        spec = SPECS[record.kind]
        for _col, column, target, _req in spec.refs:
            if record.fields.get(column):
                maps[target].update(
                    wholesale.ids_by_uuid(store, SPECS[target].table, [record.fields[column]])
                )
        for column, _table, target in spec.links:
            maps[target].update(
                wholesale.ids_by_uuid(store, SPECS[target].table, record.lists[column])
            )
    maps["tags"] = {nocase(name): tag_id for name, tag_id in wholesale.tags_by_name(store).items()}
    return maps


def _edited_since(store: Store, by_kind: dict[str, list[dict[str, Any]]]) -> list[str]:
    """Names of the records the batch wrote whose date of change is no longer the one it
    wrote (edited since)."""
    names: list[str] = []
    for kind, changes in by_kind.items():
        if kind in ("tags",):
            continue
        if kind == "settings":
            current = {
                r["key"]: r["updated_at"]
                for r in store.query("SELECT key, updated_at FROM settings")
            }
            stamps = {c["after"]["key"][0]: current.get(c["after"]["key"][0]) for c in changes}
            keys = [c["after"]["key"][0] for c in changes]
        elif kind == "reminder_states":
            current = {
                (r["deadline_id"], r["days_before"]): r["updated_at"]
                for r in store.query(
                    "SELECT deadline_id, days_before, updated_at FROM reminder_states"
                )
            }
            keys = [(c["ref_id"], c["after"]["key"][1]) for c in changes]
            stamps = {k: current.get(k) for k in keys}
        else:
            keys = [c["ref_id"] for c in changes]
            stamps = dict(wholesale.stamps_by_id(store, SPECS[kind].table, keys))
        for key, change in zip(keys, changes, strict=True):
            now = stamps.get(key)
            if now is not None and now != change["after"]["updated_at"]:
                names.append(_label(kind, change["after"].get("name") or str(key)))
    return names
