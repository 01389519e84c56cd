"""This desktop's side of team sharing: base versions, conflicts, checkpoint, outbox.

None of it is user data and none of it travels: it is what the desktop remembers of the
hub — the last version of each record both agreed on (``sync_base``, with the hub's
revision), the conflicts waiting for a person (``sync_conflicts``), the connection and the
checkpoint in ``_changes`` (``sync_state``), and documents waiting to be sent
(``sync_outbox``: erase requests).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from attache_app.storage.db import Store


@dataclass(frozen=True)
class Base:
    uuid: str
    kind: str
    rev: str
    doc: dict[str, Any]
    unresolved: bool


def _dump(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


# --- settings and checkpoint -------------------------------------------------------------


def get(store: Store, key: str, default: Any = None) -> Any:
    raw = store.scalar("SELECT value FROM sync_state WHERE key = ?", (key,))
    return default if raw is None else json.loads(raw)


def put(store: Store, key: str, value: Any) -> None:
    store.execute(
        "INSERT INTO sync_state (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, _dump(value)),
    )


def prefixed(store: Store, prefix: str) -> list[tuple[str, Any]]:
    """(key, value) of the entries whose key starts with ``prefix``, in key order."""
    return [
        (str(k), json.loads(v))
        for k, v in store.execute(
            "SELECT key, value FROM sync_state WHERE substr(key, 1, ?) = ? ORDER BY key",
            (len(prefix), prefix),
        )
    ]


def drop(store: Store, key: str) -> None:
    store.execute("DELETE FROM sync_state WHERE key = ?", (key,))


def forget_hub(store: Store) -> None:
    """Forget everything learnt from a hub (when the desktop connects to another one)."""
    store.execute("DELETE FROM sync_base")
    store.execute("DELETE FROM sync_conflicts")
    store.execute("DELETE FROM sync_outbox")
    store.execute("DELETE FROM sync_state WHERE key NOT IN ('desktop', 'url', 'user')")


# --- base versions -------------------------------------------------------------------------


def bases(store: Store, uuids: Iterable[str]) -> dict[str, Base]:
    wanted = sorted(set(uuids))
    found: dict[str, Base] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        for uuid, kind, rev, doc, unresolved in store.execute(
            f"SELECT uuid, kind, rev, doc, unresolved FROM sync_base WHERE uuid IN ({marks})",
            chunk,
        ):
            found[uuid] = Base(uuid, kind, rev, json.loads(doc), bool(unresolved))
    return found


def with_base(store: Store, uuids: Iterable[str]) -> set[str]:
    """Which of these records have a base version (without reading the versions)."""
    wanted = sorted(set(uuids))
    found: set[str] = set()
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        found.update(
            str(r[0])
            for r in store.execute(f"SELECT uuid FROM sync_base WHERE uuid IN ({marks})", chunk)
        )
    return found


def revs(store: Store, uuids: Iterable[str]) -> dict[str, str]:
    """The hub's revision of the base version of these records (without the versions)."""
    wanted = sorted(set(uuids))
    found: dict[str, str] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        found.update(
            (str(u), str(r))
            for u, r in store.execute(
                f"SELECT uuid, rev FROM sync_base WHERE uuid IN ({marks})", chunk
            )
        )
    return found


def put_base(
    store: Store, uuid: str, kind: str, rev: str, doc: dict[str, Any], unresolved: bool = False
) -> None:
    store.execute(
        "INSERT INTO sync_base (uuid, kind, rev, doc, unresolved) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (uuid) DO UPDATE SET kind = excluded.kind, rev = excluded.rev, "
        "doc = excluded.doc, unresolved = excluded.unresolved",
        (uuid, kind, rev, _dump(doc), int(unresolved)),
    )


def put_bases(store: Store, rows: Sequence[tuple[str, str, str, dict[str, Any]]]) -> None:
    store.conn.executemany(
        "INSERT INTO sync_base (uuid, kind, rev, doc, unresolved) VALUES (?, ?, ?, ?, 0) "
        "ON CONFLICT (uuid) DO UPDATE SET kind = excluded.kind, rev = excluded.rev, "
        "doc = excluded.doc, unresolved = 0",
        [(u, k, r, _dump(d)) for u, k, r, d in rows],
    )


def drop_base(store: Store, uuid: str) -> None:
    store.execute("DELETE FROM sync_base WHERE uuid = ?", (uuid,))


def unresolved(store: Store) -> list[Base]:
    rows = store.execute(
        "SELECT uuid, kind, rev, doc FROM sync_base WHERE unresolved = 1 ORDER BY uuid"
    ).fetchall()
    return [Base(u, k, r, json.loads(d), True) for u, k, r, d in rows]


def unsent_ids(store: Store, table: str, kind: str) -> list[int]:
    """Records of a kind the hub has never had (no base version)."""
    return [
        int(r[0])
        for r in store.execute(
            f"SELECT t.id FROM {table} t LEFT JOIN sync_base b ON b.uuid = t.uuid "
            "WHERE b.uuid IS NULL ORDER BY t.id"
        )
    ]


def changed_since_ids(store: Store, table: str, stamp: str) -> list[int]:
    return [
        int(r[0])
        for r in store.execute(
            f"SELECT id FROM {table} WHERE updated_at >= ? ORDER BY id", (stamp,)
        )
    ]


def journaled_ids(store: Store, table: str, kind: str, after: int) -> list[int]:
    """Records of a kind the journal says changed after entry ``after``: also the changes
    that leave the row's ``updated_at`` alone (tags added or removed, a link dropped when
    the linked record was deleted)."""
    return [
        int(r[0])
        for r in store.execute(
            f"SELECT DISTINCT t.id FROM journal j JOIN {table} t ON t.uuid = j.uuid "
            "WHERE j.seq > ? AND j.kind = ? ORDER BY t.id",
            (after, kind),
        )
    ]


def gone(store: Store, table: str, kind: str) -> list[Base]:
    """Records the hub has that were deleted here since (base versions without a row)."""
    rows = store.execute(
        f"SELECT b.uuid, b.kind, b.rev, b.doc FROM sync_base b LEFT JOIN {table} t "
        "ON t.uuid = b.uuid WHERE b.kind = ? AND t.uuid IS NULL ORDER BY b.uuid",
        (kind,),
    ).fetchall()
    return [Base(u, k, r, json.loads(d), False) for u, k, r, d in rows]


def gone_among(store: Store, table: str, kind: str, uuids: Iterable[str]) -> list[Base]:
    """:func:`gone`, among these records only (those the journal says were written)."""
    wanted = sorted(set(uuids))
    found: list[Base] = []
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        found.extend(
            Base(u, k, r, json.loads(d), False)
            for u, k, r, d in store.execute(
                f"SELECT b.uuid, b.kind, b.rev, b.doc FROM sync_base b LEFT JOIN {table} t "
                f"ON t.uuid = b.uuid WHERE b.uuid IN ({marks}) AND b.kind = ? "
                "AND t.uuid IS NULL",
                (*chunk, kind),
            )
        )
    return sorted(found, key=lambda b: b.uuid)


def written_since(store: Store, seq: int) -> dict[str, set[str]]:
    """The uuids of the records of each kind written (created, changed, deleted) since the
    journal's entry ``seq``."""
    found: dict[str, set[str]] = {}
    for kind, uuid in store.execute(
        "SELECT DISTINCT kind, uuid FROM journal WHERE seq > ?", (seq,)
    ):
        found.setdefault(str(kind), set()).add(str(uuid))
    return found


RESEND = "resend:"


def mark_resend(store: Store, uuid: str, kind: str) -> None:
    """Compare this record with the hub's version at the next push, even if nothing the
    journal sees changed (its conflicts were resolved, its links arrived)."""
    put(store, RESEND + uuid, kind)


def resend(store: Store) -> dict[str, str]:
    """uuid → kind of the records marked by :func:`mark_resend`."""
    return {
        str(key)[len(RESEND) :]: json.loads(value)
        for key, value in store.execute(
            "SELECT key, value FROM sync_state WHERE key >= ? AND key < ?", (RESEND, "resend;")
        )
    }


def forget_resend(store: Store, uuids: Iterable[str]) -> None:
    store.conn.executemany("DELETE FROM sync_state WHERE key = ?", [(RESEND + u,) for u in uuids])


def base_count(store: Store) -> int:
    return int(store.scalar("SELECT count(*) FROM sync_base") or 0)


# --- conflicts -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Conflict:
    id: int
    uuid: str
    kind: str
    field: str
    entries: list[dict[str, Any]]
    created_at: str


def conflicts_of(store: Store, uuids: Iterable[str]) -> dict[str, dict[str, list[Any]]]:
    wanted = sorted(set(uuids))
    found: dict[str, dict[str, list[Any]]] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        for uuid, field, entries in store.execute(
            f"SELECT uuid, field, entries FROM sync_conflicts WHERE uuid IN ({marks})", chunk
        ):
            found.setdefault(uuid, {})[field] = json.loads(entries)
    return found


def set_conflicts(
    store: Store, uuid: str, kind: str, conflicts: dict[str, list[dict[str, Any]]]
) -> None:
    """Make the conflicts of a record exactly these (an entry kept keeps its id)."""
    current = {
        field: int(cid)
        for cid, field in store.execute(
            "SELECT id, field FROM sync_conflicts WHERE uuid = ?", (uuid,)
        )
    }
    changed = False
    for field, cid in current.items():
        if field not in conflicts:
            store.execute("DELETE FROM sync_conflicts WHERE id = ?", (cid,))
            changed = True
    for field, entries in conflicts.items():
        if field in current:
            changed |= (
                store.execute(
                    "UPDATE sync_conflicts SET entries = ? WHERE id = ? AND entries != ?",
                    (_dump(entries), current[field], _dump(entries)),
                ).rowcount
                > 0
            )
        else:
            store.execute(
                "INSERT INTO sync_conflicts (uuid, kind, field, entries, created_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (uuid, kind, field, _dump(entries), store.now()),
            )
    if changed:  # a choice made here travels, though the record itself may not change
        mark_resend(store, uuid, kind)


def all_conflicts(store: Store) -> list[Conflict]:
    return [
        Conflict(int(i), u, k, f, json.loads(e), c)
        for i, u, k, f, e, c in store.execute(
            "SELECT id, uuid, kind, field, entries, created_at FROM sync_conflicts ORDER BY id"
        )
    ]


def conflict(store: Store, conflict_id: int) -> Conflict | None:
    row = store.execute(
        "SELECT id, uuid, kind, field, entries, created_at FROM sync_conflicts WHERE id = ?",
        (conflict_id,),
    ).fetchone()
    if row is None:
        return None
    i, u, k, f, e, c = row
    return Conflict(int(i), u, k, f, json.loads(e), c)


def conflict_count(store: Store) -> int:
    return int(store.scalar("SELECT count(*) FROM sync_conflicts") or 0)


# --- outbox --------------------------------------------------------------------------------


def queue(store: Store, doc_id: str, doc: dict[str, Any]) -> None:
    store.execute(
        "INSERT INTO sync_outbox (doc_id, doc) VALUES (?, ?) "
        "ON CONFLICT (doc_id) DO UPDATE SET doc = excluded.doc",
        (doc_id, _dump(doc)),
    )


def outbox(store: Store) -> list[tuple[str, dict[str, Any]]]:
    return [
        (str(i), json.loads(d))
        for i, d in store.execute("SELECT doc_id, doc FROM sync_outbox ORDER BY doc_id")
    ]


def sent(store: Store, doc_id: str) -> None:
    store.execute("DELETE FROM sync_outbox WHERE doc_id = ?", (doc_id,))


def forget_record(store: Store, uuid: str) -> None:
    """Everything this desktop kept about one record (an erased person leaves no copy)."""
    store.execute("DELETE FROM sync_base WHERE uuid = ?", (uuid,))
    store.execute("DELETE FROM sync_conflicts WHERE uuid = ?", (uuid,))


def connected(store: Store) -> bool:
    return bool(get(store, "url"))


def queue_erasure(store: Store, person_uuid: str) -> None:
    """A person erased here: tell every desktop to erase them too, and delete the hub's
    document; forget the base copy (it holds the person's data) before the file is
    rewritten. Nothing when the database is not connected to a hub."""
    if not connected(store):
        return
    known = bases(store, [person_uuid]).get(person_uuid)
    forget_record(store, person_uuid)
    if known is None:
        return
    queue(
        store,
        f"erase:{person_uuid}",
        {
            "_id": f"erase:{person_uuid}",
            "type": "erase",
            "person": person_uuid,
            "changed_by": get(store, "user", ""),
            "changed_on": get(store, "desktop", ""),
            "changed_at": store.now(),
        },
    )
    queue(
        store,
        f"person:{person_uuid}",
        {
            "_id": f"person:{person_uuid}",
            "_rev": known.rev,
            "_deleted": True,
            "changed_by": get(store, "user", ""),
            "changed_on": get(store, "desktop", ""),
            "changed_at": store.now(),
        },
    )
