"""Organisations and their tags."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from attache_app.domain.enums import RecordKind
from attache_app.domain.models import Organisation
from attache_app.storage import links, rows, search, writes
from attache_app.storage.db import Store

_COLUMNS = (
    "name",
    "native_name",
    "acronym",
    "kind",
    "country",
    "city",
    "website",
    "notes",
    "share_paris",
)


def insert(store: Store, org: Organisation) -> int:
    with writes.recording(store):
        org_id = rows.insert_row(
            store,
            "organisations",
            {c: getattr(org, c) for c in _COLUMNS},
            org.created_at,
            org.uuid,
        )
        links.set_tags(store, "organisation", org_id, org.tags)
        search.reindex(store.conn, RecordKind.ORGANISATION, [org_id])
    return org_id


def update(store: Store, org: Organisation) -> None:
    assert org.id is not None
    with writes.recording(store):
        rows.update_row(store, "organisations", org.id, {c: getattr(org, c) for c in _COLUMNS})
        links.set_tags(store, "organisation", org.id, org.tags)
        search.reindex(store.conn, RecordKind.ORGANISATION, [org.id])
        # A person's entry in the index names their organisation.
        search.reindex(store.conn, RecordKind.PERSON, member_ids(store, org.id))


def delete(store: Store, ids: Sequence[int]) -> int:
    with writes.recording(store) as recorder:
        recorder.deleting("organisation", ids)
        count = 0
        for chunk, marks in rows.chunks(ids):
            members = [
                int(r[0])
                for r in store.execute(
                    f"SELECT id FROM persons WHERE organisation_id IN ({marks})", chunk
                )
            ]
            count += store.execute(
                f"DELETE FROM organisations WHERE id IN ({marks})", chunk
            ).rowcount
            search.remove(store.conn, RecordKind.ORGANISATION, chunk)
            search.reindex(store.conn, RecordKind.PERSON, members)
    return count


def get_many(store: Store, ids: Sequence[int]) -> list[Organisation]:
    found: dict[int, Organisation] = {}
    for chunk, marks in rows.chunks(ids):
        for row in store.query(f"SELECT * FROM organisations WHERE id IN ({marks})", chunk):
            found[row["id"]] = Organisation(**(row | {"share_paris": bool(row["share_paris"])}))
        for row in store.query(
            f"SELECT x.organisation_id, t.name FROM organisation_tags x "
            f"JOIN tags t ON t.id = x.tag_id WHERE x.organisation_id IN ({marks}) "
            "ORDER BY t.name COLLATE NOCASE",
            chunk,
        ):
            found[row["organisation_id"]].tags.append(row["name"])
    return [found[i] for i in ids if i in found]


def get(store: Store, org_id: int) -> Organisation | None:
    found = get_many(store, [org_id])
    return found[0] if found else None


def member_ids(store: Store, org_id: int) -> list[int]:
    return [
        int(r[0])
        for r in store.execute(
            "SELECT id FROM persons WHERE organisation_id = ? ORDER BY family_name, given_name",
            (org_id,),
        )
    ]


SORTS = {
    "name": "name COLLATE NOCASE, id",
    "acronym": "acronym COLLATE NOCASE, name COLLATE NOCASE, id",
    "kind": "kind, name COLLATE NOCASE, id",
    "country": "country, name COLLATE NOCASE, id",
    "updated": "updated_at DESC, id DESC",
}


def ids(
    store: Store,
    *,
    sort: str = "name",
    tag: str = "",
    country: str = "",
    kind: str = "",
    limit: int | None = None,
) -> list[int]:
    clauses: list[str] = []
    params: list[Any] = []
    if tag:
        clauses.append(
            "id IN (SELECT x.organisation_id FROM organisation_tags x "
            "JOIN tags t ON t.id = x.tag_id WHERE t.name = ?)"
        )
        params.append(tag)
    if country:
        clauses.append("country = ?")
        params.append(country.upper())
    if kind:
        clauses.append("kind = ?")
        params.append(kind)
    return rows.filtered_ids(
        store, "SELECT id FROM organisations", clauses, params, SORTS[sort], limit
    )


def find(store: Store, name_or_acronym: str) -> list[int]:
    """Organisations whose name, acronym or native name is exactly this (case-insensitive)."""
    text = name_or_acronym.strip()
    return [
        int(r[0])
        for r in store.execute(
            "SELECT id FROM organisations WHERE name = ? COLLATE NOCASE "
            "OR (acronym != '' AND acronym = ? COLLATE NOCASE) "
            "OR (native_name != '' AND native_name = ?) ORDER BY id",
            (text, text, text),
        )
    ]


def insert_many(store: Store, orgs: Sequence[Organisation]) -> list[int]:
    """Insert many organisations at once (a first pull from a hub): one statement per
    table and one pass of the search index; their ids, in the same order."""
    from attache_app.storage.persons import next_ids

    now = store.now()
    with writes.recording(store) as recorder:
        ids = next_ids(store, "organisations", len(orgs))
        recorder.created("organisation", ids)
        store.conn.executemany(
            f"INSERT INTO organisations (id, {', '.join(_COLUMNS)}, created_at, updated_at, "
            f"uuid) VALUES ({', '.join('?' for _ in range(len(_COLUMNS) + 4))})",
            [
                (i, *(getattr(o, c) for c in _COLUMNS), o.created_at or now, now,
                 o.uuid or rows.new_uuid())
                for i, o in zip(ids, orgs, strict=True)
            ],
        )  # fmt: skip
        by_tag: dict[str, list[int]] = {}
        for org_id, org in zip(ids, orgs, strict=True):
            for tag in org.tags:
                by_tag.setdefault(tag, []).append(org_id)
        for tag, owners in by_tag.items():
            links.add_tags(store, "organisation", owners, [tag])
        search.reindex(store.conn, RecordKind.ORGANISATION, ids)
    return ids
