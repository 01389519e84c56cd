"""Two databases compared table by table, row by row, with ids mapped through identities.

Written for the full export's round trip: every table of the schema is compared, except
those that record the history of one database file (its migrations, its import batches,
SQLite's own sequence) — and a table this module does not know fails the comparison, so
that a table added to the schema is added to the export (or to the exceptions, with a
reason) rather than forgotten.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

HISTORY = {
    "schema_migrations": "when this file was upgraded",
    "import_batches": "the imports made into this file (the re-import is one of them)",
    "import_changes": "the changes of those imports",
    "sqlite_sequence": "SQLite's own counters of ids",
    "journal": "the change journal of this file (its own writes)",
    "tombstones": "deletions made in this file",
    "sync_base": "this desktop's last versions agreed with a hub (never travels)",
    "sync_conflicts": "this desktop's conflicts waiting for a person",
    "sync_state": "this desktop's connection to a hub and its checkpoint",
    "sync_outbox": "documents this desktop has yet to send",
}
"""Tables that belong to one database file, not to the data it holds."""


def _tables(conn: sqlite3.Connection) -> list[str]:
    return [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE 'search_index_%' ORDER BY name"
        )
    ]


def _uuids(conn: sqlite3.Connection, table: str) -> dict[int, str]:
    return {int(i): str(u) for i, u in conn.execute(f"SELECT id, uuid FROM {table}")}


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]


def table_rows(
    conn: sqlite3.Connection, table: str, skip: frozenset[str] = frozenset()
) -> list[tuple[Any, ...]]:
    """The rows of ``table``, ids replaced by identities (own id, foreign keys), sorted."""
    columns = _columns(conn, table)
    maps: dict[str, dict[int, str]] = {}
    for row in conn.execute(f"PRAGMA foreign_key_list({table})"):
        maps[row[3]] = _uuids(conn, row[2])

    def mapped(column: str, value: Any) -> Any:
        if column not in maps or value is None:
            return value
        return maps[column].get(int(value), f"missing {value}")

    own = "uuid" in columns
    keep = [c for c in columns if c not in skip and not (c == "id" and not own)]
    out = []
    for row in conn.execute(f"SELECT {', '.join(columns)} FROM {table}"):
        values = dict(zip(columns, row, strict=True))
        out.append(tuple((c, mapped(c, values[c])) for c in keep if c != "id"))
    return sorted(out, key=repr)


def search_rows(conn: sqlite3.Connection) -> list[tuple[Any, ...]]:
    """The search index's entries, by the identity of their record."""
    from attache_app.storage.search import _KIND_CODES

    tables = {
        "person": "persons", "organisation": "organisations", "note": "notes",
        "deadline": "deadlines", "interaction": "interactions", "programme": "programmes",
    }  # fmt: skip
    ids = {kind.value: _uuids(conn, tables[kind.value]) for kind in _KIND_CODES}
    return sorted(
        (
            (kind, ids[kind].get(int(ref), f"missing {ref}"), display, subtitle, title, body)
            for kind, ref, display, subtitle, title, body in conn.execute(
                "SELECT kind, ref_id, display, subtitle, title, body FROM search_index"
            )
        ),
        key=repr,
    )


def compare(first: Path, second: Path) -> list[str]:
    """Every table that differs, with its first difference (empty: the same data)."""
    a, b = sqlite3.connect(first), sqlite3.connect(second)
    try:
        problems = []
        tables = _tables(a)
        assert tables == _tables(b), (tables, _tables(b))
        for table in tables:
            if table in HISTORY:
                continue
            if table == "search_index":
                left, right = search_rows(a), search_rows(b)
            else:
                left, right = table_rows(a, table), table_rows(b, table)
            if left != right:
                only_left = [r for r in left if r not in right][:2]
                only_right = [r for r in right if r not in left][:2]
                problems.append(f"{table}: {len(left)} vs {len(right)} rows; "
                                f"first only in one: {only_left} / {only_right}")  # fmt: skip
        return problems
    finally:
        a.close()
        b.close()
