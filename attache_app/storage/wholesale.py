"""Whole records written as another database had them (reading back a full export).

The editors' repositories stamp what they write with the present moment; a record read back
from a full export keeps its own identity, creation and change dates. These functions write
such rows with one statement per table (100,000 persons in seconds), inside the caller's
transaction, and keep the search index up to date. Table and column names come from the
code (``full_kinds``, the schema), never from a file.

Every write of a record, or of a list it owns, is journaled (``writes.recording``): under
the caller's origin (``import:<batch>`` for a full import, ``undo`` for its undo), in the
caller's recording when there is one (then the documents are read back once, in bulk, when
it ends). Settings and reminder states are not records of the journal.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from attache_app.domain import kinds
from attache_app.domain.enums import RecordKind
from attache_app.domain.models import Person
from attache_app.storage import persons, search, writes
from attache_app.storage.db import Store
from attache_app.storage.rows import chunks

SEARCHED: dict[str, RecordKind] = {
    k.table: kind for kind, k in kinds.RECORD_KINDS.items() if k.search_code
}
"""Tables whose records have entries in the search index (from the registry)."""


def _owner(table: str, columns: Sequence[str]) -> tuple[str, int] | None:
    """For a child or link table of a journaled kind: the owner's kind and the position of
    the owner's column among ``columns`` (None for other tables)."""
    found = kinds.OWNERS.get(table)
    if found is None or found[1] not in columns:
        return None
    return found[0].name, list(columns).index(found[1])


def insert(
    store: Store, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]
) -> list[int]:
    """Insert rows (values in the order of ``columns``, no id) under new ids, returned in
    the same order."""
    if not rows:
        return []
    with writes.recording(store) as recorder:
        ids = persons.next_ids(store, table, len(rows))
        marks = ", ".join("?" for _ in range(len(columns) + 1))
        store.conn.executemany(
            f"INSERT INTO {table} (id, {', '.join(columns)}) VALUES ({marks})",
            ((row_id, *row) for row_id, row in zip(ids, rows, strict=True)),
        )
        if table in kinds.BY_TABLE:
            recorder.created(kinds.BY_TABLE[table].name, ids)
    return ids


def insert_keyed(
    store: Store, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]
) -> None:
    """Insert rows of a table without an id of its own (children, links, settings)."""
    marks = ", ".join("?" for _ in columns)
    owner = _owner(table, columns)
    with writes.recording(store) as recorder:
        if owner is not None:
            rows = list(rows)
            recorder.watch(owner[0], [row[owner[1]] for row in rows])
        store.conn.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)


def update(
    store: Store, table: str, columns: Sequence[str], rows: Sequence[tuple[int, Sequence[Any]]]
) -> None:
    """Rewrite the given columns of rows by id: ``(id, values)`` pairs."""
    if not rows:
        return
    sets = ", ".join(f"{c} = ?" for c in columns)
    with writes.recording(store) as recorder:
        if table in kinds.BY_TABLE:
            recorder.watch(kinds.BY_TABLE[table].name, [row_id for row_id, _values in rows])
        store.conn.executemany(
            f"UPDATE {table} SET {sets} WHERE id = ?",
            ((*values, row_id) for row_id, values in rows),
        )


def update_keyed(
    store: Store,
    table: str,
    keys: Sequence[str],
    columns: Sequence[str],
    rows: Iterable[tuple[Sequence[Any], Sequence[Any]]],
) -> None:
    """Rewrite rows found by their key columns: ``(key values, values)`` pairs."""
    sets = ", ".join(f"{c} = ?" for c in columns)
    where = " AND ".join(f"{k} = ?" for k in keys)
    owner = _owner(table, keys)
    with writes.recording(store) as recorder:
        if owner is not None:
            rows = list(rows)
            recorder.watch(owner[0], [key[owner[1]] for key, _values in rows])
        store.conn.executemany(
            f"UPDATE {table} SET {sets} WHERE {where}", ((*values, *key) for key, values in rows)
        )


def delete_children(store: Store, table: str, owner: str, owner_ids: Sequence[int]) -> None:
    """Remove the rows of a child or link table that belong to these owners."""
    with writes.recording(store) as recorder:
        found = kinds.OWNERS.get(table)
        if found is not None and found[1] == owner:
            recorder.watch(found[0].name, owner_ids)
        for chunk, marks in chunks(owner_ids):
            store.execute(f"DELETE FROM {table} WHERE {owner} IN ({marks})", chunk)


def delete_keyed(
    store: Store, table: str, keys: Sequence[str], rows: Iterable[Sequence[Any]]
) -> None:
    where = " AND ".join(f"{k} = ?" for k in keys)
    owner = _owner(table, keys)
    with writes.recording(store) as recorder:
        if owner is not None:
            rows = list(rows)
            recorder.watch(owner[0], [row[owner[1]] for row in rows])
        store.conn.executemany(f"DELETE FROM {table} WHERE {where}", rows)


def delete(store: Store, table: str, ids: Sequence[int]) -> int:
    """Delete rows by id (their children go with them: ON DELETE CASCADE), and their
    search entries."""
    count = 0
    with writes.recording(store) as recorder:
        if table in kinds.BY_TABLE:
            recorder.deleting(kinds.BY_TABLE[table].name, ids)
        for chunk, marks in chunks(ids):
            count += store.execute(f"DELETE FROM {table} WHERE id IN ({marks})", chunk).rowcount
            if table in SEARCHED:
                search.remove(store.conn, SEARCHED[table], chunk)
    return count


def delete_unused_tags(store: Store, ids: Sequence[int]) -> int:
    """Delete these tags where no person or organisation carries them any more."""
    count = 0
    with writes.recording(store) as recorder:
        recorder.deleting(kinds.TAG.name, ids)  # those still carried stay as they were
        for chunk, marks in chunks(ids):
            count += store.execute(
                f"DELETE FROM tags WHERE id IN ({marks}) AND NOT EXISTS (SELECT 1 FROM "
                "person_tags WHERE tag_id = tags.id) AND NOT EXISTS (SELECT 1 FROM "
                "organisation_tags WHERE tag_id = tags.id)",
                chunk,
            ).rowcount
    return count


def reindex(store: Store, table: str, ids: Sequence[int], *, new: bool = False) -> None:
    """Bring the search entries of these records up to date (``new``: records just
    inserted, which have none yet)."""
    if table in SEARCHED and ids:
        with store.transaction():
            if new:
                search.index_new(store.conn, SEARCHED[table], ids)
            else:
                search.reindex(store.conn, SEARCHED[table], ids)


def index_new_persons(store: Store, ids: Sequence[int], people: Sequence[Person]) -> None:
    """Index persons just inserted from the objects in hand (what :func:`reindex` would
    read back from the tables, without reading it; ``persons.insert_many`` does the same).
    Their tags in the order of their ids, as the index's own query reads them."""
    with store.transaction():
        search.insert_documents(store.conn, persons._documents(store, ids, people))


def ids_by_uuid(store: Store, table: str, uuids: Iterable[str]) -> dict[str, int]:
    """The local ids of the records with these identities (those that exist)."""
    if store.scalar(f"SELECT 1 FROM {table} LIMIT 1") is None:
        return {}  # an empty table (a new database): nothing to look up
    wanted = list(dict.fromkeys(uuids))
    found: dict[str, int] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        for uuid, row_id in store.execute(
            f"SELECT uuid, id FROM {table} WHERE uuid IN ({marks})", chunk
        ):
            found[str(uuid)] = int(row_id)
    return found


# --- import batches --------------------------------------------------------------------


def new_batch(store: Store, *, file_name: str, sha256: str, format: str, sender: str) -> int:
    """A new import batch (its changes and counts are added before the transaction ends)."""
    now = store.now()
    with store.transaction():
        cursor = store.execute(
            "INSERT INTO import_batches (file_name, sha256, format, encoding, sender, "
            "imported_at, mapping, created_at, updated_at) VALUES (?, ?, ?, '', ?, ?, '{}', ?, ?)",
            (file_name, sha256, format, sender, now, now, now),
        )
    return int(cursor.lastrowid or 0)


def record_changes(store: Store, changes: Iterable[tuple[Any, ...]]) -> None:
    """Rows of ``import_changes``: (batch, kind, ref id, action, before, after)."""
    now = store.now()
    with store.transaction():
        store.conn.executemany(
            "INSERT INTO import_changes (batch_id, kind, ref_id, action, before, after, "
            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            ((*c, now, now) for c in changes),
        )


def set_batch_counts(store: Store, batch_id: int, counts: str) -> None:
    with store.transaction():
        store.execute("UPDATE import_batches SET counts = ? WHERE id = ?", (counts, batch_id))


def mark_batch_undone(store: Store, batch_id: int) -> None:
    now = store.now()
    with store.transaction():
        store.execute(
            "UPDATE import_batches SET undone_at = ?, updated_at = ? WHERE id = ?",
            (now, now, batch_id),
        )


def stamps_by_id(store: Store, table: str, ids: Sequence[int]) -> dict[int, str]:
    """``updated_at`` of these rows (those that still exist)."""
    found: dict[int, str] = {}
    for chunk, marks in chunks(ids):
        for row_id, stamp in store.execute(
            f"SELECT id, updated_at FROM {table} WHERE id IN ({marks})", chunk
        ):
            found[int(row_id)] = str(stamp)
    return found


def tags_by_name(store: Store) -> dict[str, int]:
    """Every tag's id by its name as stored."""
    return {str(name): int(tag_id) for tag_id, name in store.execute("SELECT id, name FROM tags")}


def organisations_in_use(store: Store, ids: Sequence[int]) -> set[int]:
    """Those of these organisations that a person belongs to."""
    used: set[int] = set()
    for chunk, marks in chunks(ids):
        used.update(
            int(r[0])
            for r in store.execute(
                f"SELECT DISTINCT organisation_id FROM persons WHERE organisation_id IN ({marks})",
                chunk,
            )
        )
    return used


def restamp_children(store: Store, table: str, owner: str, stamps: Mapping[int, str]) -> None:
    """Date the rows of a child table (a person's e-mails, telephones) with their owner's
    date of change, as whole records are written here (an undo putting records back)."""
    with store.transaction():
        store.conn.executemany(
            f"UPDATE {table} SET created_at = ?, updated_at = ? WHERE {owner} = ?",
            ((stamp, stamp, owner_id) for owner_id, stamp in stamps.items()),
        )
