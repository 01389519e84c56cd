"""Watch notes (« veille ») with their themes and links."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from attache_app.domain.enums import RecordKind
from attache_app.domain.models import Note
from attache_app.storage import links, rows, search, writes
from attache_app.storage.db import Store

_COLUMNS = (
    "title",
    "date",
    "source_name",
    "url",
    "country",
    "importance",
    "status",
    "sent_date",
    "body",
    "private",
    "share_paris",
)


def _write_children(store: Store, note_id: int, note: Note) -> None:
    store.execute("DELETE FROM note_themes WHERE note_id = ?", (note_id,))
    store.conn.executemany(
        "INSERT OR IGNORE INTO note_themes (note_id, theme) VALUES (?, ?)",
        [(note_id, t) for t in dict.fromkeys(t.strip() for t in note.themes if t.strip())],
    )
    links.set_links(
        store, "note_organisations", "note_id", "organisation_id", note_id, note.organisation_ids
    )
    links.set_links(store, "note_persons", "note_id", "person_id", note_id, note.person_ids)


def insert(store: Store, note: Note) -> int:
    with writes.recording(store):
        note_id = rows.insert_row(
            store, "notes", {c: getattr(note, c) for c in _COLUMNS}, note.created_at, note.uuid
        )
        _write_children(store, note_id, note)
        search.reindex(store.conn, RecordKind.NOTE, [note_id])
    return note_id


def update(store: Store, note: Note) -> None:
    assert note.id is not None
    with writes.recording(store):
        rows.update_row(store, "notes", note.id, {c: getattr(note, c) for c in _COLUMNS})
        _write_children(store, note.id, note)
        search.reindex(store.conn, RecordKind.NOTE, [note.id])


def delete(store: Store, ids: Sequence[int]) -> int:
    return rows.delete_rows(store, "notes", RecordKind.NOTE, ids)


def get_many(store: Store, ids: Sequence[int]) -> list[Note]:
    found: dict[int, Note] = {}
    for chunk, marks in rows.chunks(ids):
        for row in store.query(f"SELECT * FROM notes WHERE id IN ({marks})", chunk):
            found[row["id"]] = Note(
                **(row | {"private": bool(row["private"]), "share_paris": bool(row["share_paris"])})
            )
        for row in store.query(
            f"SELECT note_id, theme FROM note_themes WHERE note_id IN ({marks}) "
            "ORDER BY theme COLLATE NOCASE",
            chunk,
        ):
            found[row["note_id"]].themes.append(row["theme"])
        for owner_id, other_id in rows.link_pairs(
            store, "note_organisations", "note_id", "organisation_id", chunk, marks
        ):
            found[owner_id].organisation_ids.append(other_id)
        for owner_id, other_id in rows.link_pairs(
            store, "note_persons", "note_id", "person_id", chunk, marks
        ):
            found[owner_id].person_ids.append(other_id)
    return [found[i] for i in ids if i in found]


def get(store: Store, note_id: int) -> Note | None:
    found = get_many(store, [note_id])
    return found[0] if found else None


SORTS = {
    "date": "date DESC, id DESC",
    "title": "title COLLATE NOCASE, id",
    "status": "status, date DESC, id DESC",
    "updated": "updated_at DESC, id DESC",
    "private": "private DESC, date DESC, id DESC",
}


def ids(
    store: Store,
    *,
    sort: str = "date",
    status: str = "",
    theme: str = "",
    date_from: str = "",
    date_to: str = "",
    organisation_id: int | None = None,
    person_id: int | None = None,
    limit: int | None = None,
) -> list[int]:
    clauses: list[str] = []
    params: list[Any] = []
    if status:
        clauses.append("status = ?")
        params.append(status)
    if theme:
        clauses.append("id IN (SELECT note_id FROM note_themes WHERE theme = ?)")
        params.append(theme)
    if date_from:
        clauses.append("date >= ?")
        params.append(date_from)
    if date_to:
        clauses.append("date <= ?")
        params.append(date_to)
    if organisation_id is not None:
        clauses.append("id IN (SELECT note_id FROM note_organisations WHERE organisation_id = ?)")
        params.append(organisation_id)
    if person_id is not None:
        clauses.append("id IN (SELECT note_id FROM note_persons WHERE person_id = ?)")
        params.append(person_id)
    return rows.filtered_ids(store, "SELECT id FROM notes", clauses, params, SORTS[sort], limit)


def insert_many(store: Store, items: Sequence[Note]) -> list[int]:
    """Insert many notes at once (a first pull from a hub): one statement per table and
    one pass of the search index; their ids, in the same order."""
    from attache_app.storage.persons import next_ids

    now = store.now()
    with writes.recording(store) as recorder:
        ids = next_ids(store, "notes", len(items))
        recorder.created("note", ids)
        pairs = list(zip(ids, items, strict=True))
        store.conn.executemany(
            f"INSERT INTO notes (id, {', '.join(_COLUMNS)}, created_at, updated_at, uuid) "
            f"VALUES ({', '.join('?' for _ in range(len(_COLUMNS) + 4))})",
            [
                (i, *(getattr(n, c) for c in _COLUMNS), n.created_at or now, now,
                 n.uuid or rows.new_uuid())
                for i, n in pairs
            ],
        )  # fmt: skip
        store.conn.executemany(
            "INSERT OR IGNORE INTO note_themes (note_id, theme) VALUES (?, ?)",
            [
                (i, t)
                for i, n in pairs
                for t in dict.fromkeys(t.strip() for t in n.themes if t.strip())
            ],
        )
        store.conn.executemany(
            "INSERT OR IGNORE INTO note_organisations (note_id, organisation_id) VALUES (?, ?)",
            [(i, o) for i, n in pairs for o in n.organisation_ids],
        )
        store.conn.executemany(
            "INSERT OR IGNORE INTO note_persons (note_id, person_id) VALUES (?, ?)",
            [(i, p) for i, n in pairs for p in n.person_ids],
        )
        search.reindex(store.conn, RecordKind.NOTE, ids)
    return ids
