"""Global search across every kind of record."""

from __future__ import annotations

from collections.abc import Sequence

from attache_app.domain.enums import RecordKind
from attache_app.storage import search as index
from attache_app.storage import search_top
from attache_app.storage.db import Store
from attache_app.storage.search import SearchHit as SearchHit
from attache_app.storage.search import group_by_kind


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
    """Up to ``per_kind`` hits for each kind, the kind holding the best hit first: whole
    words of the name, then whole words anywhere, then prefixes of the name, then prefixes
    anywhere, newest first within each (``storage.search_top``: never every match scored)."""
    return group_by_kind(search_top.top_per_kind(store.conn, query, per_kind))


def filter_ids(store: Store, kind: RecordKind, ids: Sequence[int], text: str) -> list[int]:
    """The ``ids`` (a list in the order the user sorted it) whose record matches ``text``,
    records whose name holds every word whole first, then whole words elsewhere, then
    prefixes only — each group in the list's own order ("chen": Chen before Cheng)."""
    ranks = index.ranked_ids(store.conn, text, kind)
    return sorted((i for i in ids if i in ranks), key=ranks.__getitem__)


def suggest(
    store: Store, typed: str, kind: RecordKind, *, limit: int = 30
) -> list[tuple[int, str, str]]:
    """(id, title, subtitle) of the records of ``kind`` a picker offers for ``typed``."""
    return index.suggest(store.conn, typed, kind, limit=limit)


def describe(store: Store, kind: RecordKind, record_id: int) -> tuple[str, str] | None:
    """(title, subtitle) of one record as the search index holds it; None if it has none."""
    return index.describe(store.conn, kind, record_id)
