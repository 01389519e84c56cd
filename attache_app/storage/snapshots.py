"""Capture what a deletion removes, so that it can be put back exactly (undo).

The foreign keys of the schema say what a deletion touches: rows of other tables deleted
with it (ON DELETE CASCADE, followed recursively) and columns set to NULL (ON DELETE SET
NULL). Reading them from ``PRAGMA foreign_key_list`` keeps this right as the schema grows,
with no list to maintain by hand.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from attache_app.domain import kinds
from attache_app.domain.enums import RecordKind
from attache_app.storage import search, writes
from attache_app.storage.db import Store

TABLE_KINDS = {k.table: kind for kind, k in kinds.RECORD_KINDS.items()}
KIND_TABLES = {kind: k.table for kind, k in kinds.RECORD_KINDS.items()}


@dataclass(frozen=True)
class _ForeignKey:
    table: str
    column: str
    parent: str
    on_delete: str


@dataclass
class Snapshot:
    """Rows in the order they must be inserted back, and columns to set again."""

    rows: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    nulled: list[tuple[str, int, str, Any]] = field(default_factory=list)
    """(table, row id, column, value) that the deletion set to NULL."""

    def ids(self, kind: RecordKind) -> list[int]:
        table = KIND_TABLES[kind]
        return [row["id"] for name, row in self.rows if name == table]


def _foreign_keys(store: Store) -> list[_ForeignKey]:
    tables = [
        r[0]
        for r in store.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND sql NOT LIKE 'CREATE VIRTUAL%'"
        )
    ]
    keys = []
    for table in tables:
        for row in store.execute(f"PRAGMA foreign_key_list({table})"):
            keys.append(_ForeignKey(table, row[3], row[2], str(row[6]).upper()))
    return keys


def _has_id(store: Store, table: str) -> bool:
    return any(r[1] == "id" for r in store.execute(f"PRAGMA table_info({table})"))


def _select(store: Store, table: str, column: str, ids: Sequence[int]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        marks = ", ".join("?" for _ in chunk)
        found += store.query(f"SELECT * FROM {table} WHERE {column} IN ({marks})", chunk)
    return found


def capture(store: Store, kind: RecordKind, ids: Sequence[int]) -> Snapshot:
    """Everything that deleting these records would remove or change."""
    keys = _foreign_keys(store)
    snapshot = Snapshot()
    seen: set[tuple[str, int]] = set()

    def walk(table: str, row_ids: Sequence[int]) -> None:
        for row in _select(store, table, "id", row_ids):
            if (table, row["id"]) not in seen:
                seen.add((table, row["id"]))
                snapshot.rows.append((table, row))
        for key in keys:
            if key.parent != table:
                continue
            if key.on_delete == "CASCADE":
                children = _select(store, key.table, key.column, row_ids)
                if _has_id(store, key.table):
                    walk(key.table, [c["id"] for c in children])
                else:
                    snapshot.rows += [(key.table, c) for c in children]
            elif key.on_delete == "SET NULL":
                for child in _select(store, key.table, key.column, row_ids):
                    snapshot.nulled.append((key.table, child["id"], key.column, child[key.column]))

    walk(KIND_TABLES[kind], list(ids))
    return snapshot


def restore(store: Store, snapshot: Snapshot) -> None:
    """Put back what ``capture`` saw, with the same ids, and re-index it for search."""
    touched: dict[RecordKind, list[int]] = {}
    with writes.recording(store) as recorder:
        for table, row in snapshot.rows:
            _watch(recorder, table, row)
        for table, row_id, _column, _value in snapshot.nulled:
            _watch(recorder, table, {"id": row_id})
        for table, row in snapshot.rows:
            columns = ", ".join(row)
            marks = ", ".join("?" for _ in row)
            store.execute(
                f"INSERT OR REPLACE INTO {table} ({columns}) VALUES ({marks})",
                tuple(row.values()),
            )
            if table in TABLE_KINDS:
                touched.setdefault(TABLE_KINDS[table], []).append(row["id"])
        for table, row_id, column, value in snapshot.nulled:
            store.execute(f"UPDATE {table} SET {column} = ? WHERE id = ?", (value, row_id))
            if table in TABLE_KINDS:
                touched.setdefault(TABLE_KINDS[table], []).append(row_id)
        # Records that merely name a restored one (a person named in a deadline…).
        for kind, ids in touched.items():
            search.reindex(store.conn, kind, ids)
        for kind, ids in naming(store, touched).items():
            search.reindex(store.conn, kind, ids)


def _watch(recorder: writes.Recorder, table: str, row: dict[str, Any]) -> None:
    """Tell the journal which record a restored row belongs to."""
    if table in kinds.BY_TABLE:
        recorder.watch(kinds.BY_TABLE[table].name, [row["id"]])
    elif table in kinds.OWNERS:
        owner, column = kinds.OWNERS[table]
        recorder.watch(owner.name, [row[column]])


def naming(store: Store, touched: dict[RecordKind, list[int]]) -> dict[RecordKind, list[int]]:
    """The records (of a kind with a list) whose column names one of these records — a
    person its organisation, a deadline its programme: their search documents hold the
    name, so they are indexed again (the registry's references)."""
    found: dict[RecordKind, list[int]] = {}
    for kind, ids in touched.items():
        for other, reference in kinds.referrers(kind.value):
            if other.record_kind is None or not isinstance(reference, kinds.Reference):
                continue
            rows = _select(store, other.table, reference.column, ids)
            found.setdefault(other.record_kind, []).extend(r["id"] for r in rows)
    return found
