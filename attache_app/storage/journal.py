"""Reading the change journal and the tombstones (written by ``storage/writes.py``).

Every insert, update and delete of user data appends one entry to ``journal``: the record's
kind and uuid, its local id at the time, the action (``create``, ``update``, ``delete``),
the fields changed as ``{field: [old, new]}`` (links as lists of uuids), when (UTC
ISO-8601) and who (``user``, ``import:<batch id>``, ``undo``, ``restore``, ``sync:<peer>``,
``migration``). A deleted record leaves a tombstone: its uuid, kind and time, no content.
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from attache_app.domain import kinds
from attache_app.storage.db import Store
from attache_app.storage.writes import _JSON, documents

TABLES = (
    """CREATE TABLE journal (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        kind TEXT NOT NULL,
        uuid TEXT NOT NULL,
        record_id INTEGER,
        action TEXT NOT NULL,
        changes TEXT NOT NULL,
        origin TEXT NOT NULL
    )""",
    "CREATE INDEX journal_uuid ON journal(uuid, seq)",
    "CREATE INDEX journal_origin ON journal(origin, seq)",
    """CREATE TABLE tombstones (
        uuid TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        deleted_at TEXT NOT NULL
    )""",
)
"""The schema of migration 10."""


@dataclass(frozen=True)
class JournalEntry:
    seq: int
    at: str
    kind: str
    uuid: str
    record_id: int | None
    action: str
    changes: dict[str, list[Any]]
    origin: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "seq": self.seq, "at": self.at, "kind": self.kind, "uuid": self.uuid,
            "record_id": self.record_id, "action": self.action, "changes": self.changes,
            "origin": self.origin,
        }  # fmt: skip


@dataclass(frozen=True)
class Tombstone:
    uuid: str
    kind: str
    deleted_at: str


_COLUMNS = "seq, at, kind, uuid, record_id, action, changes, origin"


def _entries(rows: Iterable[Any]) -> list[JournalEntry]:
    return [
        JournalEntry(int(s), at, kind, uuid, rid, action, json.loads(changes), origin)
        for s, at, kind, uuid, rid, action, changes, origin in rows
    ]


def since(store: Store, seq: int = 0) -> list[JournalEntry]:
    """Every entry after ``seq``, oldest first."""
    return _entries(
        store.execute(f"SELECT {_COLUMNS} FROM journal WHERE seq > ? ORDER BY seq", (seq,))
    )


def for_record(store: Store, uuid: str) -> list[JournalEntry]:
    """Every entry of one record (by its uuid, which outlives its deletion), oldest first."""
    return _entries(
        store.execute(f"SELECT {_COLUMNS} FROM journal WHERE uuid = ? ORDER BY seq", (uuid,))
    )


def by_origin(store: Store, origin: str) -> list[JournalEntry]:
    """Every entry made by one origin (``import:12``…), oldest first."""
    return _entries(
        store.execute(f"SELECT {_COLUMNS} FROM journal WHERE origin = ? ORDER BY seq", (origin,))
    )


def last_seq(store: Store) -> int:
    return int(store.scalar("SELECT coalesce(max(seq), 0) FROM journal") or 0)


def tombstones(store: Store, since_time: str = "") -> list[Tombstone]:
    """The records deleted (since ``since_time``, UTC ISO), oldest first."""
    return [
        Tombstone(*row)
        for row in store.execute(
            "SELECT uuid, kind, deleted_at FROM tombstones WHERE deleted_at >= ? "
            "ORDER BY deleted_at, uuid",
            (since_time,),
        )
    ]


def tombstone(store: Store, uuid: str) -> Tombstone | None:
    for row in store.execute(
        "SELECT uuid, kind, deleted_at FROM tombstones WHERE uuid = ?", (uuid,)
    ):
        return Tombstone(*row)
    return None


def forget(store: Store, kind: str, uuid: str, record_id: int) -> int:
    """Remove every journal entry of one record, and the changes older import batches kept
    of it (erasure under the GDPR: only the tombstone stays). Entries of other records name
    it by uuid only. Returns how many entries went."""
    with store.transaction():
        count = store.execute("DELETE FROM journal WHERE uuid = ?", (uuid,)).rowcount
        count += store.execute(
            "DELETE FROM import_changes WHERE kind = ? AND ref_id = ?", (kind, record_id)
        ).rowcount
    return count


PERSONS_CREATED_BY_IMPORTS = (
    "SELECT j.record_id AS person, b.id AS batch, b.imported_at AS imported_at "
    "FROM import_batches b JOIN journal j ON j.origin = 'import:' || b.id "
    "AND j.kind = 'person' AND j.action = 'create' "
    "WHERE b.undone_at = '' AND b.imported_at < :before "
    "UNION ALL SELECT c.ref_id, b.id, b.imported_at "
    "FROM import_batches b JOIN import_changes c ON c.batch_id = b.id "
    "AND c.kind = 'person' AND c.action = 'created' "
    "WHERE b.undone_at = '' AND b.imported_at < :before "
    "AND NOT EXISTS (SELECT 1 FROM journal j WHERE j.origin = 'import:' || b.id "
    "AND j.kind = 'person' AND j.action = 'create')"
)
"""(person id, batch id, batch's time) of the persons created by the imports not undone
that were made before ``:before`` (a UTC stamp): from the journal, read through its index
of person creations by origin, or — for a batch older than the journal — from the batch's
own list of changes (a batch journaled and listed, a hand-over, is read once). A query to
join with."""


def imports_of(store: Store, kind: str, uuid: str, record_id: int) -> list[tuple[int, str]]:
    """(batch id, ``created`` or ``updated``) of the imports that wrote this record, oldest
    first (batches older than the journal kept their own list of changes)."""
    found = [
        (int(batch), str(action))
        for batch, action in store.execute(
            "SELECT batch_id, action FROM import_changes WHERE kind = ? AND ref_id = ? ORDER BY id",
            (kind, record_id),
        )
    ]
    for origin, action in store.execute(
        "SELECT origin, action FROM journal WHERE uuid = ? AND origin LIKE 'import:%' ORDER BY seq",
        (uuid,),
    ):
        found.append((int(origin.split(":", 1)[1]), f"{action}d"))
    return found


def baseline(conn: sqlite3.Connection, at: str) -> None:
    """A ``create`` entry, origin ``migration``, for every record already in the database
    when the journal appears (migration 10): each record's history starts somewhere."""
    for kind in kinds.KINDS.values():
        # Columns later migrations add (notes.private: 11, share_paris: 13) are not there yet.
        there = {r[1] for r in conn.execute(f"PRAGMA table_info({kind.table})")}
        spec = dataclasses.replace(kind, fields=tuple(f for f in kind.fields if f in there))
        ids = [int(r[0]) for r in conn.execute(f"SELECT id FROM {spec.table} ORDER BY id")]
        found = documents(conn, spec, ids)
        conn.executemany(
            "INSERT INTO journal (at, kind, uuid, record_id, action, changes, origin) "
            "VALUES (?, ?, ?, ?, 'create', ?, 'migration')",
            [
                (
                    at, spec.name, doc["uuid"], record_id,
                    _JSON.encode({k: [None, v] for k, v in doc.items() if k != "uuid"}),
                )
                for record_id, doc in found.items()
            ],
        )  # fmt: skip
