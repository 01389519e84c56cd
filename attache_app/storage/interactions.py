"""Interactions: meetings, visits, delegations, seminars, calls, e-mails."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from attache_app.domain.enums import RecordKind
from attache_app.domain.models import Interaction
from attache_app.storage import links, rows, search, writes
from attache_app.storage.db import Store

_COLUMNS = ("kind", "date", "title", "summary", "place", "share_paris")


def _write_children(store: Store, interaction_id: int, item: Interaction) -> None:
    links.set_links(
        store, "interaction_persons", "interaction_id", "person_id", interaction_id, item.person_ids
    )
    links.set_links(
        store,
        "interaction_organisations",
        "interaction_id",
        "organisation_id",
        interaction_id,
        item.organisation_ids,
    )


def insert(store: Store, item: Interaction) -> int:
    with writes.recording(store):
        interaction_id = rows.insert_row(
            store,
            "interactions",
            {c: getattr(item, c) for c in _COLUMNS},
            item.created_at,
            item.uuid,
        )
        _write_children(store, interaction_id, item)
        search.reindex(store.conn, RecordKind.INTERACTION, [interaction_id])
    return interaction_id


def insert_many(store: Store, items: Sequence[Interaction]) -> list[int]:
    """Insert many interactions at once (the dated contacts of an import): one statement
    per table and one index pass."""
    from attache_app.storage.persons import next_ids

    now = store.now()
    with writes.recording(store) as recorder:
        ids = next_ids(store, "interactions", len(items))
        recorder.created("interaction", ids)
        store.conn.executemany(
            f"INSERT INTO interactions (id, {', '.join(_COLUMNS)}, created_at, updated_at, uuid) "
            f"VALUES ({', '.join('?' for _ in range(len(_COLUMNS) + 4))})",
            [
                (i, *(getattr(item, c) for c in _COLUMNS), now, now, item.uuid or rows.new_uuid())
                for i, item in zip(ids, items, strict=True)
            ],
        )
        store.conn.executemany(
            "INSERT OR IGNORE INTO interaction_persons (interaction_id, person_id) VALUES (?, ?)",
            [(i, p) for i, item in zip(ids, items, strict=True) for p in item.person_ids],
        )
        store.conn.executemany(
            "INSERT OR IGNORE INTO interaction_organisations (interaction_id, organisation_id) "
            "VALUES (?, ?)",
            [(i, o) for i, item in zip(ids, items, strict=True) for o in item.organisation_ids],
        )
        search.reindex(store.conn, RecordKind.INTERACTION, ids)
    return ids


def update(store: Store, item: Interaction) -> None:
    assert item.id is not None
    with writes.recording(store):
        rows.update_row(store, "interactions", item.id, {c: getattr(item, c) for c in _COLUMNS})
        _write_children(store, item.id, item)
        search.reindex(store.conn, RecordKind.INTERACTION, [item.id])


def delete(store: Store, ids: Sequence[int]) -> int:
    return rows.delete_rows(store, "interactions", RecordKind.INTERACTION, ids)


def get_many(store: Store, ids: Sequence[int]) -> list[Interaction]:
    found: dict[int, Interaction] = {}
    for chunk, marks in rows.chunks(ids):
        for row in store.query(f"SELECT * FROM interactions WHERE id IN ({marks})", chunk):
            found[row["id"]] = Interaction(**(row | {"share_paris": bool(row["share_paris"])}))
        for owner_id, other_id in rows.link_pairs(
            store, "interaction_persons", "interaction_id", "person_id", chunk, marks
        ):
            found[owner_id].person_ids.append(other_id)
        for owner_id, other_id in rows.link_pairs(
            store, "interaction_organisations", "interaction_id", "organisation_id", chunk, marks
        ):
            found[owner_id].organisation_ids.append(other_id)
    return [found[i] for i in ids if i in found]


def get(store: Store, interaction_id: int) -> Interaction | None:
    found = get_many(store, [interaction_id])
    return found[0] if found else None


SORTS = {
    "date": "date DESC, id DESC",
    "title": "title COLLATE NOCASE, id",
    "kind": "kind, date DESC, id DESC",
}


def ids(
    store: Store,
    *,
    sort: str = "date",
    kind: str = "",
    date_from: str = "",
    date_to: str = "",
    person_id: int | None = None,
    organisation_id: int | None = None,
    limit: int | None = None,
) -> list[int]:
    clauses: list[str] = []
    params: list[Any] = []
    if kind:
        clauses.append("kind = ?")
        params.append(kind)
    if date_from:
        clauses.append("date >= ?")
        params.append(date_from)
    if date_to:
        clauses.append("date <= ?")
        params.append(date_to)
    if person_id is not None:
        clauses.append("id IN (SELECT interaction_id FROM interaction_persons WHERE person_id = ?)")
        params.append(person_id)
    if organisation_id is not None:
        clauses.append(
            "id IN (SELECT interaction_id FROM interaction_organisations WHERE organisation_id = ?)"
        )
        params.append(organisation_id)
    return rows.filtered_ids(
        store, "SELECT id FROM interactions", clauses, params, SORTS[sort], limit
    )
