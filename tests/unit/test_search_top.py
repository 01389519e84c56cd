"""The global search's capped results (storage/search_top.py) against brute-force oracles.

The popup shows a handful of records per kind, chosen without scoring every match. Two
oracles rank *every* match and keep the top: one written in Python over generated records
whose words are known by construction (it knows what a whole word, a prefix and the name
are), one that asks the index for each tier of each record separately.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from itertools import pairwise

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from attache_app.domain.enums import RecordKind
from attache_app.domain.models import Note, Organisation, Person
from attache_app.services import records
from attache_app.services.search import filter_ids, search_grouped
from attache_app.storage import Store
from attache_app.storage import search as index
from attache_app.storage.search_top import tier_expressions, top_per_kind

KIND_ORDER = [RecordKind.PERSON, RecordKind.ORGANISATION, RecordKind.NOTE]

# Words of consonants only: no long vowel to fold, no Hepburn spelling, no accent; the
# words the application adds (« manual », country names) cannot be among them.
WORD = st.text(alphabet="bcdfg", min_size=1, max_size=4)
WORDS = st.lists(WORD, min_size=1, max_size=3).map(" ".join)


class _Rollback(Exception):
    """Raised to leave every example's records unwritten."""


@contextlib.contextmanager
def rolled_back(store: Store) -> Iterator[None]:
    with contextlib.suppress(_Rollback), store.transaction():
        yield
        raise _Rollback


def _add(store: Store, kind: RecordKind, name: str, text: str) -> int:
    saved: Person | Organisation | Note
    if kind is RecordKind.PERSON:
        given, _space, family = name.partition(" ")
        saved = records.save_person(
            store, Person(given_name=given, family_name=family or given, notes=text)
        )
    elif kind is RecordKind.ORGANISATION:
        saved = records.save_organisation(store, Organisation(name=name, notes=text))
    else:
        saved = records.save_note(store, Note(title=name, body=text, date="2026-01-01"))
    assert saved.id is not None
    return saved.id


def _joined(part: str) -> set[str]:
    """A name's words joined, as name_variants indexes them: all of them when there are
    two or more, and each neighbouring pair as well when there are three or more."""
    words = part.split()
    joined = {"".join(words)} if len(words) > 1 else set()
    if len(words) > 2:
        joined |= {a + b for a, b in pairwise(words)}
    return joined


def _name_words(kind: RecordKind, name: str) -> set[str]:
    words = name.split()
    if kind is RecordKind.PERSON:
        given, _space, family = name.partition(" ")
        family = family or given
        # A name of several words is also indexed joined (name_variants).
        return set(given.split() + family.split()) | _joined(given) | _joined(family)
    if kind is RecordKind.ORGANISATION:
        return set(words) | _joined(name)
    return set(words)


def _tier(query: str, name: set[str], every: set[str]) -> int | None:
    """The tier of a record for a one-word query, by the rules the popup states: a lone
    letter is a whole word only; otherwise whole words rank above prefixes, the name above
    the rest."""
    if query in name:
        return 0
    if query in every:
        return 1
    if len(query) > 1:
        if any(w.startswith(query) for w in name):
            return 2
        if any(w.startswith(query) for w in every):
            return 3
    return None


RECORD = st.tuples(st.sampled_from(KIND_ORDER), WORDS, WORDS)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@example(made=[(RecordKind.ORGANISATION, "b b b", "b")], query="bb", per_kind=1)
@given(
    made=st.lists(RECORD, min_size=1, max_size=30),
    query=WORD,
    per_kind=st.integers(min_value=1, max_value=4),
)
def test_capped_results_are_the_top_of_every_match(
    store: Store, made: list[tuple[RecordKind, str, str]], query: str, per_kind: int
) -> None:
    with rolled_back(store):
        expected: dict[RecordKind, list[tuple[int, int]]] = {}
        for kind, name, text in made:
            record_id = _add(store, kind, name, text)
            names = _name_words(kind, name)
            tier = _tier(query, names, names | set(text.split()))
            if tier is not None:
                expected.setdefault(kind, []).append((tier, -record_id))
        # The oracle: every match ranked (tier, newest first), the top of each kind kept;
        # the kinds ordered by their best tier, then persons, organisations, notes.
        best = {
            kind: sorted(found)[:per_kind]
            for kind, found in sorted(
                expected.items(), key=lambda item: (min(item[1])[0], KIND_ORDER.index(item[0]))
            )
        }
        hits = top_per_kind(store.conn, query, per_kind)
        got: dict[RecordKind, list[tuple[int, int]]] = {}
        for hit in hits:
            got.setdefault(RecordKind(hit.kind), []).append((int(hit.score), -hit.id))
        assert list(got) == list(best)
        assert got == best
        # What the popup shows is what the window asks for.
        groups = search_grouped(store, query, per_kind=per_kind)
        assert [(k, [h.id for h in g]) for k, g in groups.items()] == [
            (str(k), [-newest for _tier, newest in found]) for k, found in best.items()
        ]


def _brute_force(store: Store, query: str, per_kind: int) -> list[tuple[str, int, int]]:
    """Every record matching ``query``, its tier asked of the index record by record."""
    tiers = tier_expressions(query)
    ranked = []
    for rowid, kind, ref_id in store.conn.execute(
        "SELECT rowid, kind, ref_id FROM search_index WHERE search_index MATCH ?", (tiers[-1],)
    ).fetchall():
        tier = next(
            number
            for number, expression in enumerate(tiers)
            if store.conn.execute(
                "SELECT 1 FROM search_index WHERE search_index MATCH ? AND rowid = ?",
                (expression, rowid),
            ).fetchone()
        )
        ranked.append((tier, int(rowid) % 8, -int(ref_id), str(kind)))  # kind code
    kept: dict[str, int] = {}
    top = []
    for tier, _order, newest, kind in sorted(ranked):
        if kept.get(kind, 0) < per_kind:
            kept[kind] = kept.get(kind, 0) + 1
            top.append((kind, -newest, tier))
    # Grouped as the popup groups them: by kind, the kind of the best hit first.
    order = list(dict.fromkeys(kind for kind, _id, _tier in top))
    return sorted(top, key=lambda hit: order.index(hit[0]))


@pytest.mark.parametrize(
    "query",
    ["c", "ch", "chen", "chih ming", "ya ting", "陳", "山田", "lef", "itri", "tai", "ohno", "note"],
)
def test_capped_results_on_the_example_post(demo_store: Store, query: str) -> None:
    """The same on the example post's multilingual records, with two-word queries (their
    joined spellings), CJK and folded long vowels: against the index asked record by record."""
    for per_kind in (1, 3, 8):
        hits = top_per_kind(demo_store.conn, query, per_kind)
        got = [(hit.kind, hit.id, int(hit.score)) for hit in hits]
        grouped = sorted(got, key=lambda hit: [h[0] for h in got].index(hit[0]))
        assert grouped == _brute_force(demo_store, query, per_kind), (query, per_kind)


def test_the_list_filter_still_holds_every_match(demo_store: Store) -> None:
    """The list filter is not capped: every matching person, in the list's order by rank."""
    ids = [row[0] for row in demo_store.conn.execute("SELECT id FROM persons ORDER BY id")]
    for query in ("c", "ch", "chen", "tai"):
        filtered = filter_ids(demo_store, RecordKind.PERSON, ids, query)
        everything = {
            int(row[0])
            for row in demo_store.conn.execute(
                "SELECT ref_id FROM search_index WHERE search_index MATCH ? AND kind = 'person'",
                (index.match_expression(query),),
            )
        }
        assert set(filtered) == everything
        assert len(filtered) == len(everything)


def test_nothing_to_search(store: Store) -> None:
    assert top_per_kind(store.conn, "", 8) == []
    assert top_per_kind(store.conn, " - ", 8) == []
    assert top_per_kind(store.conn, "zzz", 0) == []
