"""The one write path: every change to user data is made inside :func:`recording`, which
journals it in the same transaction.

A record's *document* (``documents``) is what the journal knows of it: its fields, the
records it names as uuids, the lists it owns (e-mails, phones, themes, tags, links), as the
registry ``domain/kinds.py`` describes them. A recording reads the documents of the records
a write will touch before it (``watch``, ``deleting``: a deletion also touches the records
that link to the deleted ones, and the records deleted with them by cascade), learns the
records it creates (``created``), and on leaving the block reads them all again: every
difference becomes one journal entry (``create``, ``update`` with the fields changed,
``delete`` with the values lost), made by the store's current origin
(:meth:`Store.origin`). A deletion leaves a tombstone; a record put back (undo) takes its
tombstone away.

Reading documents back is a few chunked queries per kind, so bulk paths (an import of
thousands of persons) are journaled in one ``executemany``; records created in the block
are journaled by one ``INSERT … SELECT`` per few thousand, their documents built by SQLite's
JSON functions (there is nothing to compare them with).
"""

from __future__ import annotations

import contextlib
import functools
import itertools
import json
import sqlite3
import weakref
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, NamedTuple

from attache_app.domain import kinds
from attache_app.domain.enums import RecordKind
from attache_app.domain.kinds import Kind, Link
from attache_app.storage.db import Store

CHUNK = 500
_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))

Document = dict[str, Any]


class Encoded(NamedTuple):
    """A created record's journal entry made ahead by its writer: its uuid, and its
    changes as :func:`encode_created` encodes them."""

    uuid: str
    changes: str


def encode_created(document: Document) -> Encoded:
    """The entry of a record created with this document (its writer may make it on
    another thread, ahead of the end of the recording)."""
    return Encoded(str(document["uuid"]), _JSON.encode(_changes(None, document)))


def _chunks(ids: Sequence[int]) -> Iterator[tuple[list[int], str]]:
    for start in range(0, len(ids), CHUNK):
        chunk = list(ids[start : start + CHUNK])
        yield chunk, ", ".join("?" for _ in chunk)


def documents(conn: sqlite3.Connection, kind: Kind, ids: Iterable[int]) -> dict[int, Document]:
    """The documents of these records (missing ids are left out); ``uuid`` is one key."""
    wanted = sorted(set(ids))
    found: dict[int, Document] = {}
    references = "".join(
        f", (SELECT uuid FROM {kinds.kind(r.kind).table} WHERE id = t.{r.column})"
        for r in kind.references
    )
    columns = (*kind.fields, *kind.stamps)
    names = ("uuid", *columns, *(r.field for r in kind.references))
    for chunk, marks in _chunks(wanted):
        for row in conn.execute(
            f"SELECT t.id, t.uuid, {', '.join(f't.{c}' for c in columns)}{references} "
            f"FROM {kind.table} t WHERE t.id IN ({marks})",
            chunk,
        ):
            document = dict(zip(names, row[1:], strict=True))
            for link in kind.links:
                document[link.field] = []
            for child in kind.children:
                document[child.field] = []
            found[int(row[0])] = document
        for link in kind.links:
            other = kinds.kind(link.kind).table
            for owner, uuid in conn.execute(
                f"SELECT x.{link.owner}, o.uuid FROM {link.table} x JOIN {other} o "
                f"ON o.id = x.{link.other} WHERE x.{link.owner} IN ({marks}) "
                f"ORDER BY x.{link.owner}, o.uuid",
                chunk,
            ):
                found[int(owner)][link.field].append(uuid)
        for child in kind.children:
            where = f" AND {child.where}" if child.where else ""
            single = len(child.columns) == 1
            for row in conn.execute(
                f"SELECT {child.owner}, {', '.join(child.columns)} FROM {child.table} "
                f"WHERE {child.owner} IN ({marks}){where} ORDER BY {child.owner}, {child.order}",
                chunk,
            ):
                found[int(row[0])][child.field].append(row[1] if single else list(row[1:]))
    return found


def _changes(before: Document | None, after: Document | None) -> dict[str, list[Any]]:
    """{field: [old, new]} of the fields that differ (every field for a creation or a
    deletion); the uuid is the entry's own column, not a change."""
    if before is None and after is not None:
        return {k: [None, v] for k, v in after.items() if k != "uuid"}
    if after is None and before is not None:
        return {k: [v, None] for k, v in before.items() if k != "uuid"}
    assert before is not None and after is not None
    return {k: [before.get(k), v] for k, v in after.items() if k != "uuid" and before.get(k) != v}


class Recorder:
    """What one :func:`recording` block touches, and its documents before the block."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.origin = store.current_origin
        self._before: dict[str, dict[int, Document | None]] = {}
        self._deleting: set[tuple[str, int]] = set()
        self._written: dict[str, list[Callable[[int], Document | Encoded | None]]] = {}
        """Per kind, how the writers of records created in the block make their documents
        (instead of reading them back at the end)."""
        self._stale: dict[str, set[int]] = {}
        """Per kind, records created in the block and watched since: read back."""

    def watch(self, kind: str | RecordKind, ids: Iterable[int]) -> None:
        """These records may change in the block: read their documents now."""
        spec = kinds.kind(kind)
        seen = self._before.setdefault(spec.name, {})
        wanted = list(dict.fromkeys(ids))
        if spec.name in self._written:
            stale = self._stale.setdefault(spec.name, set())
            # Created in the block and about to change: read back at the end.
            stale.update(i for i in wanted if i in seen and seen[i] is None)
        fresh = [i for i in wanted if i not in seen]
        if not fresh:
            return
        found = documents(self.store.conn, spec, fresh)
        for record_id in fresh:
            seen[record_id] = found.get(record_id)

    def created(
        self,
        kind: str | RecordKind,
        ids: Iterable[int],
        written: Callable[[int], Document | Encoded | None] | None = None,
    ) -> None:
        """These records were inserted in the block (they had no document before).
        ``written`` makes the document of one of them as it was just written (keyed and
        valued as :func:`documents` reads it back; or its entry already encoded,
        :func:`encode_created`), or None: at the end of the block, a
        bulk insert spares reading back the records nothing changed since (a record
        watched again in the block is read back). Its writer keeps what it makes the
        documents from unchanged until the block ends."""
        name = kinds.kind(kind).name
        seen = self._before.setdefault(name, {})
        for record_id in ids:
            seen.setdefault(record_id, None)
        if written is not None:
            self._written.setdefault(name, []).append(written)

    def deleting(self, kind: str | RecordKind, ids: Sequence[int]) -> None:
        """These records are about to be deleted: watch them, the records deleted with
        them (cascades) and the records whose links or references name them."""
        spec = kinds.kind(kind)
        todo = [i for i in ids if (spec.name, i) not in self._deleting]
        if not todo:
            return
        self._deleting.update((spec.name, i) for i in todo)
        self.watch(spec.name, todo)
        for other, ref in kinds.referrers(spec.name):
            column = ref.owner if isinstance(ref, Link) else "id"
            table = ref.table if isinstance(ref, Link) else other.table
            named_by = ref.other if isinstance(ref, Link) else ref.column
            found: list[int] = []
            for chunk, marks in _chunks(todo):
                found += [
                    int(r[0])
                    for r in self.store.conn.execute(
                        f"SELECT DISTINCT {column} FROM {table} WHERE {named_by} IN ({marks})",
                        chunk,
                    )
                ]
            self.watch(other.name, found)
            if not isinstance(ref, Link) and ref.cascade:
                self.deleting(other.name, found)

    def finish(self) -> None:
        """Journal every difference between the documents before and now, a few thousand
        records at a time (an import of 100,000 persons never holds all their documents
        and entries at once), in the order of the records' ids. Records created in the
        block whose writer handed no document (:meth:`created`) are journaled by SQLite
        itself (:func:`_created_sql`): their entry is their whole document, with nothing
        to compare."""
        at, origin = self.store.now(), self.origin
        for name, before in self._before.items():
            spec = kinds.kind(name)
            ids = sorted(before)
            for start in range(0, len(ids), _STREAM):
                chunk = ids[start : start + _STREAM]
                handed = self._handed(name, chunk)
                # Created records whose writer made no document: built by SQLite; the
                # others compared (or taken as handed), in the order of their ids.
                for by_sql, run in itertools.groupby(
                    chunk, key=lambda i: before[i] is None and i not in handed
                ):
                    some = list(run)
                    if by_sql:
                        self._write_created(spec, at, origin, some)
                        continue
                    after = {i: handed[i] for i in some if i in handed}
                    after.update(
                        documents(self.store.conn, spec, [i for i in some if i not in after])
                    )
                    self._write(name, at, origin, [(i, before[i], after.get(i)) for i in some])

    def _write_created(self, spec: Kind, at: str, origin: str, ids: list[int]) -> None:
        """The ``create`` entries of these records (those still there), and their
        tombstones taken away (a record put back)."""
        conn = self.store.conn
        wanted = _JSON.encode(ids)
        conn.execute(_created_sql(spec), (at, spec.name, origin, wanted))
        if conn.execute("SELECT 1 FROM tombstones LIMIT 1").fetchone():
            conn.execute(
                f"DELETE FROM tombstones WHERE uuid IN (SELECT uuid FROM {spec.table} "
                "WHERE id IN (SELECT value FROM json_each(?)))",
                (wanted,),
            )

    def _handed(self, name: str, chunk: list[int]) -> dict[int, Document | Encoded]:
        """The documents of these records that their writers make (see :meth:`created`)."""
        makers = self._written.get(name)
        if not makers:
            return {}
        stale = self._stale.get(name, set())
        found: dict[int, Document | Encoded] = {}
        for record_id in chunk:
            if record_id in stale or self._before[name][record_id] is not None:
                continue
            for make in makers:
                document = make(record_id)
                if document is not None:
                    found[record_id] = document
                    break
        return found

    def _write(
        self, name: str, at: str, origin: str, pairs: list[tuple[int, Document | None, Any]]
    ) -> None:
        entries: list[tuple[Any, ...]] = []
        gone: list[tuple[str, str, str]] = []
        back: list[tuple[str]] = []
        for record_id, old, new in pairs:
            if isinstance(new, Encoded):  # a creation (see _handed), encoded ahead
                entries.append((at, name, new.uuid, record_id, "create", new.changes, origin))
                back.append((new.uuid,))
                continue
            if old is None and new is None:
                continue
            changes = _changes(old, new)
            if old is not None and new is not None and not changes:
                continue
            action = "create" if old is None else "delete" if new is None else "update"
            uuid = str((new or old or {})["uuid"])
            entries.append((at, name, uuid, record_id, action, _JSON.encode(changes), origin))
            if action == "delete":
                gone.append((uuid, name, at))
            elif action == "create":
                back.append((uuid,))
        conn = self.store.conn
        conn.executemany(
            "INSERT INTO journal (at, kind, uuid, record_id, action, changes, origin) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            entries,
        )
        if back and conn.execute("SELECT 1 FROM tombstones LIMIT 1").fetchone():
            conn.executemany("DELETE FROM tombstones WHERE uuid = ?", back)  # put back
        if gone:
            conn.executemany(
                "INSERT OR REPLACE INTO tombstones (uuid, kind, deleted_at) VALUES (?, ?, ?)",
                gone,
            )


_STREAM = 5000
"""Records whose entries are made and written together."""


@functools.cache
def _created_sql(spec: Kind) -> str:
    """One statement journaling the creation of records of ``spec`` (parameters: the time,
    the kind's name, the origin, the ids as a JSON array): each entry's changes are the
    record's whole document as :func:`documents` reads it, ``{field: [null, value]}``,
    built by SQLite's JSON functions in the document's order of fields (links by uuid in
    uuid order, owned rows in their order), so that an import of 100,000 new records does
    not read them back into Python to encode them."""
    parts = [f"'{c}', json_array(NULL, t.{c})" for c in (*spec.fields, *spec.stamps)]
    for ref in spec.references:
        other = kinds.kind(ref.kind).table
        parts.append(
            f"'{ref.field}', json_array(NULL, (SELECT uuid FROM {other} WHERE id = t.{ref.column}))"
        )
    for link in spec.links:
        other = kinds.kind(link.kind).table
        parts.append(
            f"'{link.field}', json_array(NULL, json((SELECT json_group_array(v) FROM "
            f"(SELECT o.uuid AS v FROM {link.table} x JOIN {other} o ON o.id = x.{link.other} "
            f"WHERE x.{link.owner} = t.id ORDER BY o.uuid))))"
        )
    for child in spec.children:
        where = f" AND {child.where}" if child.where else ""
        if len(child.columns) == 1:
            value, item = child.columns[0], "v"
        else:
            value, item = f"json_array({', '.join(child.columns)})", "json(v)"
        parts.append(
            f"'{child.field}', json_array(NULL, json((SELECT json_group_array({item}) FROM "
            f"(SELECT {value} AS v FROM {child.table} WHERE {child.owner} = t.id{where} "
            f"ORDER BY {child.order}))))"
        )
    return (
        "INSERT INTO journal (at, kind, uuid, record_id, action, changes, origin) "
        f"SELECT ?1, ?2, t.uuid, t.id, 'create', json_object({', '.join(parts)}), ?3 "
        f"FROM {spec.table} t WHERE t.id IN (SELECT value FROM json_each(?4)) ORDER BY t.id"
    )


_active: weakref.WeakKeyDictionary[Store, list[Recorder]] = weakref.WeakKeyDictionary()


@contextlib.contextmanager
def recording(store: Store) -> Iterator[Recorder]:
    """One transaction whose writes are journaled: tell the recorder, before writing, which
    records the block changes or deletes, and after inserting, which it created.

    Inside another recording of the same origin, the block joins it (one set of entries
    when the outer block ends); under another origin (``with store.origin("undo")`` in the
    middle of a block), it journals its own part under that origin."""
    stack = _active.setdefault(store, [])
    with store.transaction():
        if stack and stack[-1].origin == store.current_origin:
            yield stack[-1]
            return
        recorder = Recorder(store)
        stack.append(recorder)
        try:
            yield recorder
        finally:
            stack.pop()
        recorder.finish()


def uuid_ids(conn: sqlite3.Connection, kind: Kind, uuids: Iterable[str]) -> dict[str, int]:
    """Local ids of the records of ``kind`` that have these uuids (missing ones left out)."""
    wanted = list(dict.fromkeys(uuids))
    found: dict[str, int] = {}
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start : start + CHUNK]
        marks = ", ".join("?" for _ in chunk)
        for uuid, record_id in conn.execute(
            f"SELECT uuid, id FROM {kind.table} WHERE uuid IN ({marks})", chunk
        ):
            found[str(uuid)] = int(record_id)
    return found


def put_fields(store: Store, kind: str, record_id: int, values: Document) -> None:
    """Give fields of a record's document these values (an undo puts old values back):
    plain columns and stamps, references by uuid, link lists by uuid, owned lists. The
    caller re-indexes the record for search; derived columns are the caller's to compute
    (kinds with some — deadlines — are saved through their repository instead)."""
    spec = kinds.kind(kind)
    columns = [f for f in (*spec.fields, *spec.stamps) if f in values]
    with recording(store) as recorder:
        recorder.watch(spec.name, [record_id])
        sets = {c: values[c] for c in columns}
        for ref in spec.references:
            if ref.field in values:
                target = values[ref.field]
                found = uuid_ids(store.conn, kinds.kind(ref.kind), [target] if target else [])
                sets[ref.column] = found.get(target) if target else None
        if sets:
            store.execute(
                f"UPDATE {spec.table} SET {', '.join(f'{c} = ?' for c in sets)} WHERE id = ?",
                (*sets.values(), record_id),
            )
        for link in spec.links:
            if link.field in values:
                ids = uuid_ids(store.conn, kinds.kind(link.kind), values[link.field])
                store.execute(f"DELETE FROM {link.table} WHERE {link.owner} = ?", (record_id,))
                store.conn.executemany(
                    f"INSERT OR IGNORE INTO {link.table} ({link.owner}, {link.other}) "
                    "VALUES (?, ?)",
                    [(record_id, i) for i in ids.values()],
                )
        for child in spec.children:
            if child.field in values:
                _put_children(store, child, record_id, values[child.field])


def _put_children(store: Store, child: Any, record_id: int, items: list[Any]) -> None:
    table_columns = {r[1] for r in store.execute(f"PRAGMA table_info({child.table})")}
    where = f" AND {child.where}" if child.where else ""
    store.execute(f"DELETE FROM {child.table} WHERE {child.owner} = ?{where}", (record_id,))
    names = [child.owner, *child.columns]
    extra: list[Any] = []
    if child.order == "position":
        names.append("position")
    if "created_at" in table_columns:
        now = store.now()
        names += ["created_at", "updated_at"]
        extra = [now, now]
    rows = []
    for position, item in enumerate(items):
        values = [item] if len(child.columns) == 1 else list(item)
        if child.order == "position":
            values.append(position)
        rows.append((record_id, *values, *extra))
    store.conn.executemany(
        f"INSERT OR REPLACE INTO {child.table} ({', '.join(names)}) "
        f"VALUES ({', '.join('?' for _ in names)})",
        rows,
    )
