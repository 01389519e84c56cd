"""Small helpers shared by the repositories: one row in, one row out, ids in chunks."""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Sequence
from typing import Any

from attache_app.domain import kinds
from attache_app.domain.enums import RecordKind
from attache_app.storage import search, writes
from attache_app.storage.db import Store

CHUNK = 500


def chunks(ids: Sequence[int]) -> Iterator[tuple[list[int], str]]:
    """Ids in chunks small enough for SQLite, each with its "?, ?, …" placeholders."""
    for start in range(0, len(ids), CHUNK):
        chunk = list(ids[start : start + CHUNK])
        yield chunk, ", ".join("?" for _ in chunk)


IDENTITY_TABLES = frozenset(
    {
        "persons", "organisations", "notes", "interactions", "programmes", "calls",
        "deadlines", "applications", "tags",
    }
)  # fmt: skip
"""The tables whose rows have a stable identity (``uuid``): every kind of record, and tags.
Integer ids stay local keys; the uuid is what an export or a hand-over carries, so that a
record is recognised in another database."""


def new_uuid() -> str:
    """A new stable identity: a random (version 4) UUID in its canonical text form."""
    return str(uuid.uuid4())


def insert_row(
    store: Store, table: str, row: dict[str, Any], created_at: str = "", identity: str = ""
) -> int:
    """Insert one record; it gets ``identity`` as its uuid, or a new one. Journaled (with
    what the caller writes beside it in the same recording: e-mails, links…)."""
    now = store.now()
    row = row | {"created_at": created_at or now, "updated_at": now}
    if table in IDENTITY_TABLES:
        row["uuid"] = identity or new_uuid()
    with writes.recording(store) as recorder:
        cursor = store.execute(
            f"INSERT INTO {table} ({', '.join(row)}) VALUES ({', '.join('?' for _ in row)})",
            tuple(row.values()),
        )
        row_id = int(cursor.lastrowid or 0)
        recorder.created(kinds.BY_TABLE[table].name, [row_id])
    return row_id


def update_row(store: Store, table: str, row_id: int, row: dict[str, Any]) -> None:
    """Change columns of one record (journaled)."""
    row = row | {"updated_at": store.now()}
    with writes.recording(store) as recorder:
        recorder.watch(kinds.BY_TABLE[table].name, [row_id])
        store.execute(
            f"UPDATE {table} SET {', '.join(f'{c} = ?' for c in row)} WHERE id = ?",
            (*row.values(), row_id),
        )


def delete_rows(store: Store, table: str, kind: RecordKind | None, ids: Sequence[int]) -> int:
    """Delete records (journaled, with what goes with them); ``kind`` says which search
    entries to remove (None: the kind has none)."""
    count = 0
    with writes.recording(store) as recorder:
        recorder.deleting(kinds.BY_TABLE[table].name, ids)
        for chunk, marks in chunks(ids):
            count += store.execute(f"DELETE FROM {table} WHERE id IN ({marks})", chunk).rowcount
            if kind is not None:
                search.remove(store.conn, kind, chunk)
    return count


def exists(store: Store, table: str, row_id: int) -> bool:
    return store.scalar(f"SELECT 1 FROM {table} WHERE id = ?", (row_id,)) is not None


def filtered_ids(
    store: Store,
    sql: str,
    clauses: list[str],
    params: list[Any],
    order: str,
    limit: int | None,
) -> list[int]:
    if clauses:
        sql += " WHERE " + " AND ".join(clauses)
    sql += " ORDER BY " + order
    if limit is not None:
        sql += " LIMIT ?"
        params = [*params, limit]
    return [int(row[0]) for row in store.execute(sql, params)]


def link_pairs(
    store: Store, table: str, owner: str, other: str, chunk: list[int], marks: str
) -> list[tuple[int, int]]:
    """(owner id, other id) of a link table for these owners, in a stable order."""
    return [
        (int(a), int(b))
        for a, b in store.execute(
            f"SELECT {owner}, {other} FROM {table} WHERE {owner} IN ({marks}) "
            f"ORDER BY {owner}, {other}",
            chunk,
        )
    ]
