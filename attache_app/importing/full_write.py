"""Writing records of a full export into a database, and reading the database's own.

A :class:`~attache_app.importing.full_read.Record` becomes a row of its table (references
resolved from identities to local ids), its children (e-mails, telephones, themes), its tags
and its links, all written through ``storage/wholesale.py``. The same records are read back
from a database with the export's own queries (``full_kinds``), so that the file and the
database are compared in one shape.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable, Sequence
from typing import Any

from attache_app.domain.models import EmailAddress, Person, Phone
from attache_app.importing.full_read import LINK_OWNERS, SPECS, Record, _Sheet, parse_rows
from attache_app.storage import links, wholesale
from attache_app.storage.db import Store
from attache_app.storage.full_kinds import BY_KEY

Maps = dict[str, dict[str, int]]
"""kind → identity → local id."""

# import_changes.kind of each kind (the contact import's words for persons, organisations,
# activities and tags, so that the history and its undo question read the same).
CHANGE_KINDS = {
    "persons": "person", "organisations": "organisation", "notes": "note",
    "interactions": "interaction", "programmes": "programme", "calls": "call",
    "deadlines": "deadline", "applications": "application", "tags": "tag",
    "reminder_states": "reminder", "settings": "setting",
}  # fmt: skip
KIND_OF_CHANGE = {v: k for k, v in CHANGE_KINDS.items()}


def snapshot(record: Record) -> str:
    return json.dumps(dataclasses.asdict(record), ensure_ascii=False)


def from_snapshot(text: str) -> Record:
    data = json.loads(text)
    data["key"] = tuple(data["key"])
    return Record(**data)


def database_records(store: Store, kind: str, where: str = "") -> list[Record]:
    """The database's records of a kind, in the shape of the file's (``where``: an SQL
    condition on the kind's main table alias, or nothing for every record)."""
    spec = BY_KEY[kind]
    sql = spec.sql
    if where:
        head, order = sql.rsplit(" ORDER BY ", 1)
        sql = f"{head} WHERE {where} ORDER BY {order}"
    rows: list[list[Any]] = [list(spec.headers)]
    rows += [list(r) for r in store.execute(sql)]
    return parse_rows(_Sheet("", kind, rows, spec.headers), kind)


def _sort_key(fields: dict[str, Any]) -> str:
    """What ``storage.programmes`` sorts deadlines by: an all-day one at the end of its day."""
    if int(fields.get("all_day") or 0):
        return f"{fields['due_date']}T23:59:59"
    return str(fields.get("due_utc", ""))


def _row(kind: str, record: Record, maps: Maps) -> tuple[list[str], list[Any]]:
    """Columns and values of the record's row in its table (without id)."""
    spec = SPECS[kind]
    columns = list(spec.columns)
    values = [record.fields[c] for c in spec.columns]
    for column, sheet_column, target, _required in spec.refs:
        if kind == "reminder_states":
            continue  # a key, written by the caller
        identity = record.fields.get(sheet_column) or ""
        columns.append(column)
        values.append(maps[target].get(identity) if identity else None)
    if kind == "deadlines":
        columns.append("sort_key")
        values.append(_sort_key(record.fields))
    columns += ["created_at", "updated_at"]
    values += [record.fields["created_at"], record.fields["updated_at"]]
    return columns, values


def insert(store: Store, kind: str, records: Sequence[Record], maps: Maps) -> list[int]:
    """Insert new records of a kind (ids given by the database), children and links too."""
    if not records:
        return []
    spec = SPECS[kind]
    if spec.key:
        _write_keyed(store, kind, records, maps, new=True)
        return []
    columns: list[str] = []
    rows: list[list[Any]] = []
    for record in records:
        columns, values = _row(kind, record, maps)
        rows.append([*values, record.uuid])
    ids = wholesale.insert(store, spec.table, [*columns, "uuid"], rows)
    for record, row_id in zip(records, ids, strict=True):
        maps[kind][record.uuid] = row_id
    _write_lists(store, kind, list(zip(ids, records, strict=True)), maps, new=True)
    if kind == "persons":
        wholesale.index_new_persons(store, ids, [_person(r, maps) for r in records])
    else:
        wholesale.reindex(store, spec.table, ids, new=True)
    return ids


def _person(record: Record, maps: Maps) -> Person:
    """The person a record holds, for its search entry."""
    fields = record.fields
    organisation = fields["organisation_uuid"]
    tags = maps["tags"]
    return Person(
        civility=fields["civility"], given_name=fields["given_name"],
        family_name=fields["family_name"], native_name=fields["native_name"],
        title=fields["title"], department=fields["department"], street=fields["street"],
        postal_code=fields["postal_code"], city=fields["city"], region=fields["region"],
        country=fields["country"], notes=fields["notes"], source=fields["source"],
        organisation_id=maps["organisations"].get(organisation) if organisation else None,
        emails=[EmailAddress(a, label) for a, label in record.lists["emails"]],
        phones=[Phone(n, label, e) for n, label, e in record.lists["phones"]],
        tags=sorted(
            {nocase(t): t for t in record.lists["tags"] if nocase(t) in tags}.values(),
            key=lambda t: tags[nocase(t)],
        ),
    )  # fmt: skip


def update(store: Store, kind: str, pairs: Sequence[tuple[int, Record]], maps: Maps) -> None:
    """Rewrite existing records (by local id) with these values, children and links too."""
    if not pairs:
        return
    spec = SPECS[kind]
    if spec.key:
        _write_keyed(store, kind, [r for _i, r in pairs], maps, new=False)
        return
    columns: list[str] = []
    rows: list[tuple[int, Sequence[Any]]] = []
    for row_id, record in pairs:
        columns, values = _row(kind, record, maps)
        rows.append((row_id, values))
    wholesale.update(store, spec.table, columns, rows)
    ids = [i for i, _r in pairs]
    _write_lists(store, kind, list(pairs), maps, new=False)
    wholesale.reindex(store, spec.table, ids)
    # Entries that name these records: persons name their organisation, deadlines their
    # programme.
    if kind == "organisations":
        members = [
            int(r[0])
            for chunk in _chunks(ids)
            for r in store.execute(
                f"SELECT id FROM persons WHERE organisation_id IN ({_marks(chunk)})", chunk
            )
        ]
        wholesale.reindex(store, "persons", members)
    elif kind == "programmes":
        deadlines = [
            int(r[0])
            for chunk in _chunks(ids)
            for r in store.execute(
                f"SELECT id FROM deadlines WHERE programme_id IN ({_marks(chunk)})", chunk
            )
        ]
        wholesale.reindex(store, "deadlines", deadlines)


def _chunks(ids: Sequence[int]) -> Iterable[list[int]]:
    for start in range(0, len(ids), 500):
        yield list(ids[start : start + 500])


def _marks(chunk: Sequence[int]) -> str:
    return ", ".join("?" for _ in chunk)


def _write_keyed(
    store: Store, kind: str, records: Sequence[Record], maps: Maps, *, new: bool
) -> None:
    stamps = ("created_at", "updated_at")
    if kind == "settings":
        values = [(r.key[0], r.fields["value"], r.fields["created_at"], r.fields["updated_at"])
                  for r in records]  # fmt: skip
        if new:
            wholesale.insert_keyed(store, "settings", ("key", "value", *stamps), values)
        else:
            wholesale.update_keyed(
                store, "settings", ("key",), ("value", *stamps), ((v[:1], v[1:]) for v in values)
            )
        return
    rows = []
    for r in records:
        deadline_id = maps["deadlines"][r.key[0]]
        rows.append(
            (
                (deadline_id, r.key[1]),
                (r.fields["state"], r.fields["snoozed_until"], r.fields["notified_at"],
                 r.fields["created_at"], r.fields["updated_at"]),
            )
        )  # fmt: skip
    columns = ("state", "snoozed_until", "notified_at", *stamps)
    if new:
        wholesale.insert_keyed(
            store, "reminder_states", ("deadline_id", "days_before", *columns),
            ((*k, *v) for k, v in rows),
        )  # fmt: skip
    else:
        wholesale.update_keyed(
            store, "reminder_states", ("deadline_id", "days_before"), columns, rows
        )


def _write_lists(
    store: Store, kind: str, pairs: list[tuple[int, Record]], maps: Maps, *, new: bool
) -> None:
    """Children, tags and links of these records (replacing what updated ones had)."""
    spec = SPECS[kind]
    ids = [i for i, _r in pairs]
    if kind == "persons":
        if not new:
            for table in ("person_emails", "person_phones", "person_tags"):
                wholesale.delete_children(store, table, "person_id", ids)
        wholesale.insert_keyed(
            store, "person_emails",
            ("person_id", "address", "label", "position", "created_at", "updated_at"),
            ((i, a, label, n, r.fields["updated_at"], r.fields["updated_at"])
             for i, r in pairs for n, (a, label) in enumerate(r.lists["emails"])),
        )  # fmt: skip
        wholesale.insert_keyed(
            store, "person_phones",
            ("person_id", "number", "label", "e164", "position", "created_at", "updated_at"),
            ((i, number, label, e164, n, r.fields["updated_at"], r.fields["updated_at"])
             for i, r in pairs for n, (number, label, e164) in enumerate(r.lists["phones"])),
        )  # fmt: skip
        _write_tags(store, "person_tags", "person_id", pairs, maps)
    elif kind == "organisations":
        if not new:
            wholesale.delete_children(store, "organisation_tags", "organisation_id", ids)
        _write_tags(store, "organisation_tags", "organisation_id", pairs, maps)
    elif kind == "notes":
        if not new:
            wholesale.delete_children(store, "note_themes", "note_id", ids)
        wholesale.insert_keyed(
            store, "note_themes", ("note_id", "theme"),
            {(i, nocase(t)): (i, t) for i, r in pairs for t in r.lists["themes"]}.values(),
        )  # fmt: skip
    for sheet_column, table, target in spec.links:
        owner, other = LINK_OWNERS[table]
        if not new:
            wholesale.delete_children(store, table, owner, ids)
        wholesale.insert_keyed(
            store, table, (owner, other),
            dict.fromkeys(
                (i, maps[target][u]) for i, r in pairs for u in r.lists[sheet_column]
            ),
        )  # fmt: skip


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def nocase(text: str) -> str:
    """The text as SQLite's NOCASE collation compares it (ASCII letters folded only)."""
    return text.translate(_ASCII_LOWER)


def _write_tags(
    store: Store, table: str, owner: str, pairs: list[tuple[int, Record]], maps: Maps
) -> None:
    """Tag links by name: a tag the Tags sheet did not list is created (as an editor would)."""
    tags = maps["tags"]
    for name in {nocase(t): t for _i, r in pairs for t in r.lists["tags"]}.values():
        if nocase(name) not in tags:
            for tag_id in links.tag_ids(store, [name]):
                tags[nocase(name)] = tag_id
    wholesale.insert_keyed(
        store, table, (owner, "tag_id"),
        dict.fromkeys(
            (i, tags[nocase(t)]) for i, r in pairs for t in r.lists["tags"] if nocase(t) in tags
        ),
    )  # fmt: skip


def insert_tags(store: Store, records: Sequence[Record], maps: Maps) -> list[int]:
    """New tags with their identities and dates (``maps["tags"]`` is by folded name)."""
    if not records:
        return []
    ids = wholesale.insert(
        store, "tags", ("name", "created_at", "updated_at", "uuid"),
        [(r.fields["name"], r.fields["created_at"], r.fields["updated_at"], r.uuid)
         for r in records],
    )  # fmt: skip
    for record, tag_id in zip(records, ids, strict=True):
        maps["tags"][nocase(record.fields["name"])] = tag_id
    return ids
