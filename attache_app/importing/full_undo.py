"""Undoing the import of a full export: what it created is deleted, what it changed gets
its previous values and dates back (from the snapshots ``importing/full.py`` recorded)."""

from __future__ import annotations

import json
from typing import Any

from attache_app.errors import AttacheError
from attache_app.i18n import translate
from attache_app.importing import batches, full_write
from attache_app.importing.batches import UndoConflict
from attache_app.importing.full_read import ORDER, SPECS, Record
from attache_app.importing.full_write import KIND_OF_CHANGE, Maps, from_snapshot, nocase
from attache_app.storage import wholesale, writes
from attache_app.storage.db import Store
from attache_app.storage.full_kinds import record_label


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
    changes = store.query(
        "SELECT kind, ref_id, action, before, after FROM import_changes WHERE batch_id = ? "
        "ORDER BY id",
        (batch_id,),
    )
    by_kind: dict[str, list[dict[str, Any]]] = {}
    for change in changes:
        change["after"] = json.loads(change["after"] or "{}")
        by_kind.setdefault(KIND_OF_CHANGE[change["kind"]], []).append(change)
    edited = _edited_since(store, by_kind)
    if edited and not force:
        raise UndoConflict(batch_id, edited)
    removed = restored = kept = 0
    with store.origin("undo"), writes.recording(store):
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
