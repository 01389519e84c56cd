"""What a restore changed, in the journal: the restored file's records compared with the
database as it was just before (its safety copy), every difference one entry of the origin
``restore`` — so that the history of a record says a restore gave it back its old values,
put it back or took it away, and another copy of the database can learn it too.

The restored file's own journal stops where the backup was made; its sequence is moved past
the numbers the replaced database had handed out, so that an entry number never means two
changes. Records are compared kind by kind, in chunks, by uuid (never all in memory).
"""

from __future__ import annotations

import sqlite3
from typing import Any

from attache_app.domain import kinds
from attache_app.domain.kinds import Kind
from attache_app.storage.writes import _JSON, CHUNK, _changes, documents


def _ids_by_uuid(conn: sqlite3.Connection, kind: Kind) -> dict[str, int]:
    return {str(u): int(i) for i, u in conn.execute(f"SELECT id, uuid FROM {kind.table}")}


def record_restore(restored: sqlite3.Connection, before: sqlite3.Connection, at: str) -> int:
    """Journal in ``restored`` (in one transaction) how it differs from ``before``; returns
    how many entries were written."""
    last = before.execute("SELECT coalesce(max(seq), 0) FROM journal").fetchone()[0]
    entries: list[tuple[Any, ...]] = []
    gone: list[tuple[str, str, str]] = []
    back: list[str] = []
    for kind in kinds.KINDS.values():
        now_ids, then_ids = _ids_by_uuid(restored, kind), _ids_by_uuid(before, kind)
        uuids = sorted(set(now_ids) | set(then_ids))
        for start in range(0, len(uuids), CHUNK):
            chunk = uuids[start : start + CHUNK]
            now = documents(restored, kind, [now_ids[u] for u in chunk if u in now_ids])
            then = documents(before, kind, [then_ids[u] for u in chunk if u in then_ids])
            for uuid in chunk:
                old = then.get(then_ids[uuid]) if uuid in then_ids else None
                new = now.get(now_ids[uuid]) if uuid in now_ids else None
                changes = _changes(old, new)
                if old is not None and new is not None and not changes:
                    continue
                action = "create" if old is None else "delete" if new is None else "update"
                record_id = now_ids.get(uuid, then_ids.get(uuid))
                entries.append(
                    (at, kind.name, uuid, record_id, action, _JSON.encode(changes), "restore")
                )
                if action == "delete":
                    gone.append((uuid, kind.name, at))
                elif action == "create":
                    back.append(uuid)
    restored.execute("BEGIN IMMEDIATE")
    try:
        if restored.execute("SELECT 1 FROM sqlite_sequence WHERE name = 'journal'").fetchone():
            restored.execute(
                "UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = 'journal'", (last,)
            )
        else:
            restored.execute(
                "INSERT INTO sqlite_sequence (name, seq) VALUES ('journal', ?)", (last,)
            )
        restored.executemany(
            "INSERT INTO journal (at, kind, uuid, record_id, action, changes, origin) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            entries,
        )
        restored.executemany("DELETE FROM tombstones WHERE uuid = ?", [(u,) for u in back])
        restored.executemany(
            "INSERT OR REPLACE INTO tombstones (uuid, kind, deleted_at) VALUES (?, ?, ?)", gone
        )
    except BaseException:
        restored.execute("ROLLBACK")
        raise
    restored.execute("COMMIT")
    return len(entries)
