"""Romanised names are found in every spelling: Ya-Ting / Ya Ting / Yating, Ōno / Ono / Ohno /
Oono / Ouno, in any case — in the global search and in the list filters, exact names first.

The names are generated; each spelling is made from the same syllables, so that the expected
result is known by construction."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from attache_app.domain.enums import RecordKind
from attache_app.domain.models import Organisation, Person
from attache_app.services import records
from attache_app.services.search import filter_ids, search
from attache_app.storage import Store, migrations, open_store
from attache_app.storage import search as index
from tests.conftest import fixed_clock

# Taiwanese, Wade-Giles and pinyin syllables of given names.
SYLLABLES = [
    "ya",
    "ting",
    "po",
    "han",
    "chih",
    "ming",
    "mei",
    "ling",
    "hsiao",
    "wei",
    "yu",
    "chen",
    "hui",
    "shu",
    "fen",
    "chia",
    "hao",
    "tzu",
    "kuo",
    "an",
    "jun",
    "xin",
    "zhi",
    "qiang",
    "yi",
    "hsuan",
    "pei",
    "jie",
]
FAMILIES = ["Chen", "Lin", "Huang", "Chang", "Wang", "Liu", "Tsai", "Yang", "Hsu", "Cheng"]

# Japanese syllables (consonant + vowel) for names with long vowels.
CONSONANTS = list("kstnhmrgzdbp")
VOWELS = list("aieou")


def _case(text: str, how: int) -> str:
    return [text.title(), text.lower(), text.upper()][how]


@st.composite
def chinese_given(draw: st.DrawFn) -> tuple[list[str], str, str]:
    """(syllables, one spelling, another spelling) of a two- or three-syllable given name."""
    syllables = draw(st.lists(st.sampled_from(SYLLABLES), min_size=2, max_size=3))

    def spelling() -> str:
        joiner = draw(st.sampled_from(["-", " ", ""]))
        head, *rest = syllables
        text = head + joiner + joiner.join(rest)
        # « Ya-ting » and « Ya-Ting » are both written.
        return _case(text, draw(st.integers(0, 2)))

    return syllables, spelling(), spelling()


@st.composite
def japanese_name(draw: st.DrawFn) -> tuple[str, str]:
    """Two spellings of one Japanese name whose o and u may be long (Hepburn and its
    variants: ō, ô, oo, ou, oh before a consonant; ū, uu)."""
    count = draw(st.integers(1, 4))
    sounds = [
        (draw(st.sampled_from(CONSONANTS)), draw(st.sampled_from(VOWELS)), draw(st.booleans()))
        for _ in range(count)
    ]

    def spelling() -> str:
        text = ""
        for number, (consonant, vowel, long) in enumerate(sounds):
            written = vowel
            if long and vowel == "o":
                last = number == len(sounds) - 1
                written = draw(st.sampled_from(["o", "ō", "ô", "oo", "ou", "oh"]))
                if written == "oh" and not last and sounds[number + 1][0] == "h":
                    written = "oh"  # « Ohhashi » is how passports write 大橋
            elif long and vowel == "u":
                written = draw(st.sampled_from(["u", "ū", "uu"]))
            text += consonant + written
        return _case(text, draw(st.integers(0, 2)))

    return spelling(), spelling()


@pytest.fixture(scope="module")
def conn() -> Iterator[sqlite3.Connection]:
    connection = sqlite3.connect(":memory:", isolation_level=None)
    migrations.apply(connection)
    yield connection
    connection.close()


def _document(number: int, given: str, family: str) -> tuple[object, ...]:
    """The index entry of a person with only these names (as the repositories make it)."""
    return index.person_document(
        number, "", given, family, "", "", "", "", "", "", "", None, None, None, None, None, None
    )


def _index_person(conn: sqlite3.Connection, given: str, family: str) -> None:
    conn.execute("DELETE FROM search_index")
    index.insert_documents(conn, [_document(1, given, family)])


def _found(conn: sqlite3.Connection, query: str) -> bool:
    hits = [(h.kind, h.id) for h in index.search(conn, query)]
    ranks = index.ranked_ids(conn, query, RecordKind.PERSON)
    assert (hits == [("person", 1)]) == (1 in ranks), query
    return 1 in ranks


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(name=chinese_given(), family=st.sampled_from(FAMILIES), family_first=st.booleans())
def test_hyphen_space_and_case_variants_find_each_other(
    conn: sqlite3.Connection,
    name: tuple[list[str], str, str],
    family: str,
    family_first: bool,
) -> None:
    _syllables, stored, typed = name
    _index_person(conn, stored, family)
    assert _found(conn, typed)
    full = f"{family} {typed}" if family_first else f"{typed} {family}"
    assert _found(conn, full)
    # A name in every word whole, in the name itself: the best rank of the list filter.
    assert index.ranked_ids(conn, full, RecordKind.PERSON) == {1: 0}
    # Another family name is not this person.
    assert not _found(conn, f"Dupont {typed}")
    assert not _found(conn, f"{typed} Tanaka")


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(name=japanese_name(), given_name=japanese_name())
def test_long_vowel_spellings_find_each_other(
    conn: sqlite3.Connection, name: tuple[str, str], given_name: tuple[str, str]
) -> None:
    stored, typed = name
    stored_given, typed_given = given_name
    _index_person(conn, stored_given, stored)
    assert _found(conn, typed)
    assert _found(conn, f"{typed_given} {typed}")
    assert index.ranked_ids(conn, f"{typed} {typed_given}", RecordKind.PERSON) == {1: 0}


@pytest.mark.parametrize(
    "typed", ["Ono", "ŌNO", "Ohno", "oono", "Ouno", "Ôno", "ono tar", "Taro Ōno", "taroh"]
)
def test_the_four_spellings_of_ono(store: Store, typed: str) -> None:
    people = {
        spelling: records.save_person(store, Person(given_name="Tarō", family_name=spelling)).id
        for spelling in ("Ōno", "Ono", "Ohno", "Oono")
    }
    other = records.save_person(store, Person(given_name="Taro", family_name="Onoda")).id
    found = {h.id for h in search(store, typed)}
    assert set(people.values()) <= found
    if typed.lower() in {"ohno", "oono", "ouno"}:
        # Folded spellings match whole words: Ohno is not the beginning of Onoda.
        assert other not in found


def test_issue_names_are_found(store: Store) -> None:
    yating = records.save_person(store, Person(given_name="Ya-Ting", family_name="Chen")).id
    pohan = records.save_person(store, Person(given_name="Po-Han", family_name="Lin")).id
    for query, who in [
        ("Yating", yating),
        ("Chen Yating", yating),
        ("yating chen", yating),
        ("Ya Ting", yating),
        ("ya-ting", yating),
        ("Pohan", pohan),
        ("po han lin", pohan),
        ("LIN POHAN", pohan),
    ]:
        assert [h.id for h in search(store, query)] == [who], query
        assert filter_ids(store, RecordKind.PERSON, [yating, pohan], query) == [who], query
    # Organisations too: « Chunghua » finds « Chung-Hua ».
    org = records.save_organisation(store, Organisation(name="Chung-Hua Institution")).id
    assert [h.id for h in search(store, "chunghua")] == [org]


def test_list_filter_puts_exact_names_first(store: Store) -> None:
    cheng = records.save_person(store, Person(given_name="Ann", family_name="Cheng")).id
    chenoweth = records.save_person(store, Person(given_name="Bea", family_name="Chenoweth")).id
    # The word « chen » is in her notes only: whole word, but not her name.
    mention = records.save_person(
        store, Person(given_name="Carl", family_name="Abel", notes="a vu Chen à Taipei")
    ).id
    chen = records.save_person(store, Person(given_name="Zoe", family_name="Chen")).id
    listed = records.list_ids(store, RecordKind.PERSON, sort="name")
    assert listed == [mention, chen, cheng, chenoweth]
    assert filter_ids(store, RecordKind.PERSON, listed, "chen") == [chen, mention, cheng, chenoweth]
    # The list's own order is kept inside each group (here: sorted the other way).
    assert filter_ids(store, RecordKind.PERSON, listed[::-1], "chen") == [
        chen, mention, chenoweth, cheng,
    ]  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.text(alphabet="abcdefghijklmnoprstuyz", min_size=2, max_size=7),
        min_size=2,
        max_size=6,
        unique=True,
    )
)
def test_exact_name_comes_first_over_generated_names(words: list[str]) -> None:
    """Whatever the names, a record whose name is the word typed comes before those whose
    name only begins with it."""
    connection = sqlite3.connect(":memory:", isolation_level=None)
    migrations.apply(connection)
    target = words[0]
    docs = []
    for number, word in enumerate(words, start=1):
        family = word if number == 1 else target + word
        docs.append(_document(number, "Given", family))
    index.insert_documents(connection, docs)
    ranks = index.ranked_ids(connection, target, RecordKind.PERSON)
    assert set(ranks) == set(range(1, len(words) + 1))
    assert ranks[1] == 0
    first = index.search(connection, target, kinds=[RecordKind.PERSON])[0]
    assert first.id == 1
    connection.close()


def test_upgrade_rebuilds_an_index_without_the_spellings(tmp_path: object) -> None:
    from pathlib import Path

    assert isinstance(tmp_path, Path)
    path = tmp_path / "before.db"
    conn = sqlite3.connect(path, isolation_level=None)
    spellings = next(m.version for m in migrations.MIGRATIONS if "spellings" in m.name)
    migrations.apply(conn, target=spellings - 1)
    conn.execute(
        "INSERT INTO persons (given_name, family_name, created_at, updated_at) "
        "VALUES ('Ya-Ting', 'Chen', '2026-01-01', '2026-01-01')"
    )
    # The index as the version before wrote it: the words of the name, nothing more.
    conn.execute(
        "INSERT INTO search_index (rowid, kind, ref_id, display, subtitle, title, body) "
        "VALUES (?, 'person', 1, 'Ya-Ting Chen', '', 'Ya-Ting Chen', '')",
        (index.rowid(RecordKind.PERSON, 1),),
    )
    assert index.search(conn, "yating") == []
    conn.close()
    with open_store(path, clock=fixed_clock) as store:
        assert migrations.current_version(store.conn) == migrations.LATEST_VERSION
        assert [h.id for h in search(store, "yating")] == [1]


def _reference_variants(*names: str) -> list[str]:
    """The name variants as they were computed before each name's were cached: every name
    worked out again, within the loop over the names (the oracle of the cache)."""
    import re
    from itertools import pairwise

    extra: list[str] = []
    for name in names:
        if not name:
            continue
        words = [index.plain(w) for w in re.findall(r"\w+", name)]
        words = [w for w in words if re.fullmatch(r"[a-z]+", w)]
        forms = list(words)
        if len(words) >= 2:
            forms.append("".join(words))
            if len(words) >= 3:
                forms.extend(a + b for a, b in pairwise(words))
        for form in forms:
            folded = index.fold_long_vowels(form)
            for candidate in (form, folded):
                if candidate not in words and candidate not in extra:
                    extra.append(candidate)
    return extra


_NAME_PART = st.lists(
    st.sampled_from([*SYLLABLES, "oh", "ou", "oo", "Ō", "ū", "é", "陳", "-", " ", "'"]),
    max_size=6,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.lists(_NAME_PART, min_size=1, max_size=3))
def test_cached_variants_are_the_variants_worked_out_each_time(names: list[str]) -> None:
    # Twice: the second call is answered from the cache.
    assert index.name_variants(*names) == _reference_variants(*names)
    assert index.name_variants(*names) == _reference_variants(*names)


_MIXED = st.lists(
    st.sampled_from(
        ["陳", "志明", "山田", "花子", "한국", "カタカナ", "ｶﾅ", "𠀀", "ㄅ", "é", "a", " ", "-"]
    ),
    max_size=12,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.one_of(_MIXED, st.text(max_size=20)))
def test_segmenting_by_runs_is_segmenting_each_character(text: str) -> None:
    """``segment`` spaces out a run of CJK characters at once: the same text as one
    substitution per character (the pattern it replaced)."""
    from attache_app.storage.spellings import cjk, segment

    assert segment(text) == cjk().sub(r" \1 ", text)
