"""Tags and many-to-many links, shared by every kind of record."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from attache_app.domain import kinds
from attache_app.storage import writes
from attache_app.storage.db import Store

# (link table, owner column) of each tagged kind, from the registry — never user input.
TAG_TABLES = {
    name: (k.tag_link.table, k.tag_link.owner) for name, k in kinds.KINDS.items() if k.tagged
}


def tag_ids(store: Store, names: Iterable[str]) -> list[int]:
    """Ids of these tags, creating the ones that do not exist yet (case-insensitive)."""
    now = store.now()
    ids: list[int] = []
    with writes.recording(store) as recorder:
        for name in dict.fromkeys(n.strip() for n in names if n.strip()):
            if store.execute(
                "INSERT INTO tags (name, created_at, updated_at, uuid) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(name) DO NOTHING",
                (name, now, now, str(uuid.uuid4())),
            ).rowcount:
                recorder.created("tag", [int(store.scalar("SELECT last_insert_rowid()"))])
            ids.append(int(store.scalar("SELECT id FROM tags WHERE name = ?", (name,))))
    return ids


def delete_unused_tags(store: Store, ids: Iterable[int]) -> None:
    """Delete these tags where no person or organisation carries them any more."""
    with writes.recording(store) as recorder:
        unused = [
            tag_id
            for tag_id in ids
            if store.scalar(
                "SELECT 1 FROM tags WHERE id = ? AND NOT EXISTS (SELECT 1 FROM person_tags "
                "WHERE tag_id = tags.id) AND NOT EXISTS (SELECT 1 FROM organisation_tags "
                "WHERE tag_id = tags.id)",
                (tag_id,),
            )
        ]
        recorder.deleting("tag", unused)
        store.conn.executemany("DELETE FROM tags WHERE id = ?", [(i,) for i in unused])


def set_tags(store: Store, kind: str, owner_id: int, names: Iterable[str]) -> None:
    table, column = TAG_TABLES[kind]
    with writes.recording(store) as recorder:
        recorder.watch(kind, [owner_id])
        store.execute(f"DELETE FROM {table} WHERE {column} = ?", (owner_id,))
        store.conn.executemany(
            f"INSERT OR IGNORE INTO {table} ({column}, tag_id) VALUES (?, ?)",
            [(owner_id, tag_id) for tag_id in tag_ids(store, names)],
        )


def add_tags(store: Store, kind: str, owner_ids: Iterable[int], names: Iterable[str]) -> None:
    table, column = TAG_TABLES[kind]
    owners = list(owner_ids)
    with writes.recording(store) as recorder:
        recorder.watch(kind, owners)
        ids = tag_ids(store, names)
        store.conn.executemany(
            f"INSERT OR IGNORE INTO {table} ({column}, tag_id) VALUES (?, ?)",
            [(owner, tag_id) for owner in owners for tag_id in ids],
        )


def remove_tags(store: Store, kind: str, owner_ids: Iterable[int], names: Iterable[str]) -> None:
    table, column = TAG_TABLES[kind]
    owners, words = list(owner_ids), list(names)
    with writes.recording(store) as recorder:
        recorder.watch(kind, owners)
        store.conn.executemany(
            f"DELETE FROM {table} WHERE {column} = ? "
            "AND tag_id = (SELECT id FROM tags WHERE name = ?)",
            [(owner, name) for owner in owners for name in words],
        )


def get_tags(store: Store, kind: str, owner_id: int) -> list[str]:
    table, column = TAG_TABLES[kind]
    return [
        row[0]
        for row in store.execute(
            f"SELECT t.name FROM {table} x JOIN tags t ON t.id = x.tag_id "
            f"WHERE x.{column} = ? ORDER BY t.name COLLATE NOCASE",
            (owner_id,),
        )
    ]


def set_links(
    store: Store, table: str, owner: str, other: str, owner_id: int, other_ids: Iterable[int]
) -> None:
    with writes.recording(store) as recorder:
        recorder.watch(kinds.OWNERS[table][0].name, [owner_id])
        store.execute(f"DELETE FROM {table} WHERE {owner} = ?", (owner_id,))
        store.conn.executemany(
            f"INSERT OR IGNORE INTO {table} ({owner}, {other}) VALUES (?, ?)",
            [(owner_id, i) for i in dict.fromkeys(other_ids)],
        )


def get_links(store: Store, table: str, owner: str, other: str, owner_id: int) -> list[int]:
    return [
        int(row[0])
        for row in store.execute(
            f"SELECT {other} FROM {table} WHERE {owner} = ? ORDER BY {other}", (owner_id,)
        )
    ]
