"""Key counts of a database."""

from __future__ import annotations

from attache_app.storage.db import Store

COUNTED = {
    "persons": "persons",
    "organisations": "organisations",
    "notes": "notes",
    "deadlines": "deadlines",
    "interactions": "interactions",
    "programmes": "programmes",
}


def counts(store: Store) -> dict[str, int]:
    return {
        key: int(store.scalar(f"SELECT count(*) FROM {table}")) for key, table in COUNTED.items()
    }
