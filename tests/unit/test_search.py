"""Full-text search: ranked, grouped by kind, accent-insensitive, CJK of one or two characters."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from attache_app.domain.enums import RecordKind
from attache_app.domain.models import EmailAddress, Note, Organisation, Person
from attache_app.services import records
from attache_app.services.search import search, search_grouped
from attache_app.storage import Store
from attache_app.storage.search import match_expression, segment


@pytest.fixture
def people(store: Store) -> dict[str, int]:
    org = records.save_organisation(
        store,
        Organisation(
            name="Industrial Technology Research Institute",
            acronym="ITRI",
            native_name="工業技術研究院",
        ),
    )
    made = {}
    for key, person in {
        "chen": Person(
            given_name="Chih-Ming", family_name="Chen", native_name="陳志明", organisation_id=org.id
        ),
        "lin": Person(given_name="Shu-Fen", family_name="Lin", native_name="林淑芬"),
        "yamada": Person(given_name="Hanako", family_name="Yamada", native_name="山田花子"),
        "tanaka": Person(
            given_name="Taro",
            family_name="Tanaka",
            native_name="田中太郎",
            notes="Ancien collègue de 山本",
        ),
        "lefevre": Person(
            given_name="Hélène",
            family_name="Lefèvre",
            emails=[EmailAddress("helene.lefevre@example.org")],
        ),
        "kim": Person(given_name="Min-jun", family_name="Kim", native_name="김민준"),
    }.items():
        saved = records.save_person(store, person)
        assert saved.id is not None
        made[key] = saved.id
    return made


def test_accents_are_ignored_both_ways(store: Store, people: dict[str, int]) -> None:
    assert [h.id for h in search(store, "lefevre")] == [people["lefevre"]]
    assert [h.id for h in search(store, "LEFÈVRE")] == [people["lefevre"]]
    assert [h.id for h in search(store, "hélène")] == [people["lefevre"]]


@pytest.mark.parametrize(
    ("query", "who"),
    [
        ("陳", "chen"),
        ("林", "lin"),
        ("山田", "yamada"),
        ("志明", "chen"),
        ("花子", "yamada"),
        ("田中", "tanaka"),
        ("김", "kim"),
        ("민준", "kim"),
    ],
)
def test_cjk_words_of_one_or_two_characters(
    store: Store, people: dict[str, int], query: str, who: str
) -> None:
    hits = search(store, query, kinds=[RecordKind.PERSON])
    assert [h.id for h in hits] == [people[who]]


def test_cjk_query_is_a_phrase_not_loose_characters(store: Store, people: dict[str, int]) -> None:
    # 山田 must not match 田中 (田 alone) nor 山本 in a note (山 alone).
    assert {h.id for h in search(store, "山田")} == {people["yamada"]}
    assert {h.id for h in search(store, "山本")} == {people["tanaka"]}


def test_prefixes_for_type_ahead(store: Store, people: dict[str, int]) -> None:
    assert [h.id for h in search(store, "yam")] == [people["yamada"]]
    assert [h.id for h in search(store, "chih")] == [people["chen"]]
    assert people["chen"] in [h.id for h in search(store, "itri")]


def test_every_word_must_match(store: Store, people: dict[str, int]) -> None:
    assert [h.id for h in search(store, "hanako yamada")] == [people["yamada"]]
    assert search(store, "hanako lin") == []


def test_name_match_ranks_above_a_mention_in_notes(store: Store) -> None:
    mention = records.save_person(
        store, Person(given_name="A", family_name="Alpha", notes="Travaille avec Suzuki sur la 5G")
    )
    named = records.save_person(store, Person(given_name="Ichiro", family_name="Suzuki"))
    assert [h.id for h in search(store, "suzuki")] == [named.id, mention.id]


def test_grouped_by_kind_best_kind_first(store: Store, people: dict[str, int]) -> None:
    records.save_note(store, Note(title="ITRI ouvre un centre d'IA", date="2026-11-01"))
    groups = search_grouped(store, "itri")
    assert set(groups) == {"organisation", "note", "person"}
    best = [hits[0].score for hits in groups.values()]
    assert best == sorted(best)
    # The person only mentions ITRI through their organisation: their kind comes last.
    assert list(groups)[-1] == "person"


def test_index_follows_edits_and_deletions(store: Store, people: dict[str, int]) -> None:
    person = records.get_person(store, people["lin"])
    person.family_name = "Lim"
    records.save_person(store, person)
    assert search(store, "lin", kinds=[RecordKind.PERSON]) == []
    assert [h.id for h in search(store, "lim")] == [people["lin"]]
    records.delete(store, RecordKind.PERSON, [people["lin"]])
    assert search(store, "lim") == []
    assert search(store, "林") == []


def test_renaming_an_organisation_reindexes_its_people(
    store: Store, people: dict[str, int]
) -> None:
    org_id = records.get_person(store, people["chen"]).organisation_id
    assert org_id is not None
    org = records.get_organisation(store, org_id)
    org.acronym = "工研院X"
    org.name = "Renamed Institute"
    records.save_organisation(store, org)
    hits = search(store, "renamed", kinds=[RecordKind.PERSON])
    assert [h.id for h in hits] == [people["chen"]]
    assert "工研院X" in hits[0].subtitle


def test_results_show_unsegmented_titles(store: Store, people: dict[str, int]) -> None:
    (hit,) = search(store, "陳")
    assert hit.title == "Chih-Ming Chen (陳志明)"
    assert hit.kind == "person"


def test_segment_and_expression() -> None:
    assert segment("陳志明 Chen").split() == ["陳", "志", "明", "Chen"]
    assert match_expression('a"b 山田 c') == '("a b"* OR "ab" OR "ab"*) AND "山 田"* AND "c"'
    # Two Latin neighbours may also be one word: « xy c » finds « xyc » too.
    assert match_expression("xy c") == '(("xy" OR "xy"*) AND "c") OR (("xyc" OR "xyc"*))'
    assert match_expression("xy c", prefix=False) == '("xy" AND "c") OR ("xyc")'
    assert match_expression("  ,;  ") == ""


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_any_typed_text_is_a_safe_query(query: str) -> None:
    import sqlite3

    from attache_app.storage import migrations
    from attache_app.storage import search as index

    conn = sqlite3.connect(":memory:", isolation_level=None)
    migrations.apply(conn)
    index.search(conn, query)  # never raises: FTS syntax is always escaped
