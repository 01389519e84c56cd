"""Undoing the import of a full export: what it created is deleted, what it changed gets
its previous values and dates back (from the snapshots ``importing/full.py`` recorded).

What a batch did is in two places: its own rows of ``import_changes`` (each record it
changed, with its snapshot before; the settings and reminder states it created, which are
not records of the change journal) and the journal's ``create`` entries of the batch's
origin (``import:<batch>``: every record it created). Batches imported before this split
listed their creations in ``import_changes`` too: each creation is counted once.
"""

from __future__ import annotations

import json
from typing import Any

from attache_app.errors import AttacheError
from attache_app.exporting.full_kinds import record_label
from attache_app.i18n import translate
from attache_app.importing import batches, full_write
from attache_app.importing.batches import UndoConflict
from attache_app.importing.full_read import ORDER, SPECS, Record
from attache_app.importing.full_write import KIND_OF_CHANGE, Maps, from_snapshot, nocase
from attache_app.storage import wholesale, writes
from attache_app.storage.db import Store


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
    by_kind: dict[str, list[dict[str, Any]]] = {}
    for change in changes(store, batch_id):
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


UNJOURNALED = ("settings", "reminder_states")
"""Kinds of the full export that are not records of the change journal: their creations
are listed in ``import_changes``."""


def changes(store: Store, batch_id: int) -> list[dict[str, Any]]:
    """What the batch did, oldest first: ``kind`` (``import_changes``' word), ``ref_id``,
    ``action`` (``created`` or ``updated``), ``before`` (a snapshot, for an update) and
    ``after`` (``updated_at`` as written; ``uuid``, ``key`` and ``name`` when the batch's
    own rows have them)."""
    found = store.query(
        "SELECT kind, ref_id, action, before, after FROM import_changes WHERE batch_id = ? "
        "ORDER BY id",
        (batch_id,),
    )
    listed = set()
    for change in found:
        change["after"] = json.loads(change["after"] or "{}")
        if change["action"] == "created":
            listed.add((change["kind"], change["ref_id"]))
    for kind, record_id, uuid, stamp in store.execute(
        "SELECT kind, record_id, uuid, json_extract(changes, '$.updated_at[1]') FROM journal "
        "WHERE origin = ? AND action = 'create' ORDER BY seq",
        (batches.origin_of(batch_id),),
    ):
        if kind in KIND_OF_CHANGE and (kind, record_id) not in listed:
            found.append(
                {"kind": kind, "ref_id": int(record_id), "action": "created", "before": "",
                 "after": {"uuid": uuid, "updated_at": stamp}}
            )  # fmt: skip
    return found


def undo_preview(store: Store, batch_id: int) -> dict[str, int]:
    """What undoing the batch would do, by kind: ``persons_created``,
    ``organisations_updated``… (the keys of ``batches.undo_preview``)."""
    found = dict.fromkeys(
        ("persons_created", "persons_updated", "organisations_created", "organisations_updated"),
        0,
    )
    for change in changes(store, batch_id):
        key = f"{change['kind']}s_{change['action']}"
        found[key] = found.get(key, 0) + 1
    return found


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
        edited = [
            (key, change)
            for key, change in zip(keys, changes, strict=True)
            if stamps.get(key) is not None and stamps[key] != change["after"]["updated_at"]
        ]
        unnamed = [key for key, change in edited if not change["after"].get("name")]
        known = _names(store, kind, unnamed) if unnamed else {}
        for key, change in edited:
            name = change["after"].get("name") or known.get(change["after"].get("uuid"))
            names.append(_label(kind, name or str(key)))
    return names


def _names(store: Store, kind: str, ids: list[int]) -> dict[str, str]:
    """What these records of the database are called (as the preview names them), by
    identity."""
    found: dict[str, str] = {}
    for start in range(0, len(ids), 500):
        chunk = ", ".join(str(int(i)) for i in ids[start : start + 500])
        for record in full_write.database_records(
            store, kind, f"{full_write.ID_COLUMN[kind]} IN ({chunk})"
        ):
            found[record.uuid] = record.name
    return found
