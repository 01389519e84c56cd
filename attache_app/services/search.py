"""Global search across every kind of record."""

from __future__ import annotations

from collections.abc import Sequence

from attache_app.domain.enums import RecordKind
from attache_app.storage import search as index
from attache_app.storage.db import Store
from attache_app.storage.search import SearchHit, group_by_kind


def search(
    store: Store,
    query: str,
    *,
    kinds: Sequence[RecordKind] | None = None,
    limit: int = 50,
) -> list[SearchHit]:
    """Records matching every word typed (prefixes, accents ignored, CJK by character)."""
    return index.search(store.conn, query, kinds=kinds, limit=limit)


def search_grouped(store: Store, query: str, *, per_kind: int = 8) -> dict[str, list[SearchHit]]:
    """Up to ``per_kind`` hits for each kind, the kind holding the best hit first."""
    return group_by_kind(index.search_per_kind(store.conn, query, per_kind))
