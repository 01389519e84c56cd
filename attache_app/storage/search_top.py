"""The global search's results: a handful of records of each kind, without scoring every match.

Two letters typed (« ch », « in ») match tens of thousands of records. Scoring all of them
with bm25 and reading their titles took up to a second for the eight of each kind the popup
shows. Here the records are ranked in four tiers, the same as the list filter's ranks
(:func:`attache_app.storage.search.ranked_ids`) with the name put first among prefixes:

0. every word typed is a whole word of the name (« chen »: Chen);
1. every word is a whole word somewhere in the record (an e-mail chen@…, a note);
2. every word begins a word of the name (Cheng, Chen-Yu);
3. every word begins a word somewhere (a person of the « Institute » typed « in »);

and, within a tier, the most recently created record first (ids only grow). Each tier of
each kind is one FTS5 query read in rowid order with a LIMIT of the handful wanted, so SQLite
stops as soon as it has them; one count per kind first tells which kinds match at all and
when a kind has given every record it has. The titles are read for the chosen records only.
"""

from __future__ import annotations

import sqlite3

from attache_app.storage.search import SearchHit, match_expression

TIER_NAMES = (
    "whole words in the name",
    "whole words anywhere",
    "prefixes in the name",
    "prefixes anywhere",
)


def tier_expressions(query: str) -> list[str]:
    """The FTS5 expression of each tier (see the module's text), best first; [] when there
    is nothing to search. Each tier's records are also in every later tier's."""
    expression = match_expression(query)
    if not expression:
        return []
    exact = match_expression(query, prefix=False)
    return [f"title : ({exact})", exact, f"title : ({expression})", expression]


def top_per_kind(conn: sqlite3.Connection, query: str, per_kind: int) -> list[SearchHit]:
    """Up to ``per_kind`` records of every kind matching ``query``, ranked by tier then
    newest first; sorted so that the kind with the best tier comes first (kinds of the same
    tier in the order of the index's kind codes: persons, organisations, notes…). A hit's
    ``score`` is its tier (0 is best)."""
    tiers = tier_expressions(query)
    if not tiers or per_kind <= 0:
        return []
    totals = {
        int(code): int(count)
        for code, count in conn.execute(
            "SELECT rowid % 8, count(*) FROM search_index WHERE search_index MATCH ? GROUP BY 1",
            (tiers[-1],),
        )
    }
    chosen: dict[int, list[tuple[int, int]]] = {code: [] for code in totals}  # (tier, rowid)
    taken: set[int] = set()
    asked: set[str] = set()
    for tier, expression in enumerate(tiers):
        if expression in asked:  # one letter: whole word and prefix are the same query
            continue
        asked.add(expression)
        for code, total in totals.items():
            mine = chosen[code]
            if len(mine) >= min(per_kind, total):
                continue
            # The first ``per_kind`` of this tier hold every record of this kind already
            # taken (at most len(mine)) and, after them, the best ones still wanted.
            for (found,) in conn.execute(
                "SELECT rowid FROM search_index WHERE search_index MATCH ? AND rowid % 8 = ? "
                "ORDER BY rowid DESC LIMIT ?",
                (expression, code, per_kind),
            ):
                if found not in taken and len(mine) < per_kind:
                    taken.add(found)
                    mine.append((tier, int(found)))
    ranked = sorted(
        ((tier, code, -rowid, rowid) for code, mine in chosen.items() for tier, rowid in mine)
    )
    if not ranked:
        return []
    shown = {
        int(rowid): (str(kind), int(ref_id), str(display), str(subtitle))
        for rowid, kind, ref_id, display, subtitle in conn.execute(
            "SELECT rowid, kind, ref_id, display, subtitle FROM search_index "
            f"WHERE rowid IN ({', '.join('?' for _ in ranked)})",
            [rowid for *_rest, rowid in ranked],
        )
    }
    hits = []
    for tier, _code, _newest, rowid in ranked:
        if rowid in shown:
            kind, ref_id, display, subtitle = shown[rowid]
            hits.append(SearchHit(kind, ref_id, display, subtitle, float(tier)))
    return hits
