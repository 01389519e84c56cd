"""Names written in two scripts: « YAMADA 花子 » has a family and a given name, and no
native-script name (issue 14, item 5)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from attache_app.domain.models import Person
from attache_app.domain.scripts import is_mixed_script, is_native_name
from attache_app.importing.contact import RawContact
from attache_app.importing.names import _PREFIXES, _SUFFIXES
from attache_app.importing.normalising import _PhoneCache, normalise_contact
from attache_app.importing.reading import read_file
from attache_app.services import imports, search
from attache_app.storage import Store, persons

Write = Callable[..., Path]


def _person(**fields: str) -> Person:
    item = normalise_contact(
        RawContact(**fields),  # type: ignore[arg-type]
        0,
        region="TW",
        country="TW",
        phones=_PhoneCache("TW"),
    )
    assert item.person is not None and not item.error
    return item.person


def _names(person: Person) -> tuple[str, str, str]:
    return person.family_name, person.given_name, person.native_name


@pytest.mark.parametrize(
    ("written", "family", "given_name", "native", "shown"),
    [
        ("YAMADA 花子", "YAMADA", "花子", "", "YAMADA 花子"),
        ("花子 YAMADA", "YAMADA", "花子", "", "YAMADA 花子"),
        ("山田 Hanako", "山田", "Hanako", "", "山田 Hanako"),
        ("CHEN 志明", "CHEN", "志明", "", "CHEN 志明"),
        ("Kim 민준", "Kim", "민준", "", "Kim 민준"),
        ("YAMADA花子", "YAMADA", "花子", "", "YAMADA 花子"),  # as earlier versions stored it
        ("M. CHEN 志明", "CHEN", "志明", "", "CHEN 志明"),
        ("陳志明", "陳", "志明", "陳志明", "陳志明"),
        ("山田 花子", "山田", "花子", "山田 花子", "山田 花子"),
        ("김민준", "김", "민준", "김민준", "김민준"),
        ("Hanako YAMADA 山田花子", "Yamada", "Hanako", "山田花子", "Hanako Yamada (山田花子)"),
        ("CHEN Chih-ming (陳志明)", "Chen", "Chih-ming", "陳志明", "Chih-ming Chen (陳志明)"),
        ("DUPONT Marie", "Dupont", "Marie", "", "Marie Dupont"),
        ("Jean-Pierre Martin", "Martin", "Jean-Pierre", "", "Jean-Pierre Martin"),
    ],
)
def test_one_field_names_of_every_script(
    written: str, family: str, given_name: str, native: str, shown: str
) -> None:
    person = _person(formatted_name=written)
    assert _names(person) == (family, given_name, native)
    assert person.display_name == shown


def test_given_and_family_columns_in_two_scripts_make_no_native_name() -> None:
    assert _names(_person(given_name="花子", family_name="YAMADA")) == ("YAMADA", "花子", "")
    assert _names(_person(given_name="Hanako", family_name="山田")) == ("山田", "Hanako", "")
    assert _names(_person(given_name="志明", family_name="陳")) == ("陳", "志明", "陳志明")
    # A "Nom" column holding the whole name.
    assert _names(_person(family_name="YAMADA 花子")) == ("YAMADA", "花子", "")
    assert _names(_person(family_name="山田 花子")) == ("山田", "花子", "山田 花子")
    # A native name given in its own column stays, whatever the other columns say.
    person = _person(given_name="Hanako", family_name="YAMADA", native_name="山田花子")
    assert _names(person) == ("Yamada", "Hanako", "山田花子")


def test_a_vcard_in_two_scripts(write: Write, store: Store) -> None:
    path = write(
        "yamada.vcf",
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:YAMADA 花子\r\nN:YAMADA;花子;;;\r\n"
        "EMAIL:hanako@example.jp\r\nEND:VCARD\r\n",
    )
    plan = imports.preview(store, read_file(path)).plan
    person = plan.items[0].person
    assert person is not None
    assert _names(person) == ("YAMADA", "花子", "")


def test_imported_from_a_file_stored_shown_and_found(store: Store, write: Write) -> None:
    path = write(
        "noms.csv",
        "Nom complet;Courriel\n"
        "YAMADA 花子;hanako@example.jp\n"
        "Kim 민준;minjun@example.kr\n"
        "陳志明;chen@example.tw\n",
    )
    preview = imports.preview(store, read_file(path))
    imports.commit(store, preview.plan)
    stored = persons.get_many(store, [r[0] for r in store.execute("SELECT id FROM persons")])
    assert {_names(p) for p in stored} == {
        ("YAMADA", "花子", ""),
        ("Kim", "민준", ""),
        ("陳", "志明", "陳志明"),
    }
    found = search.search(store, "花子")
    assert [hit.title for hit in found] == ["YAMADA 花子"]


# --- generated names ---------------------------------------------------------------------

_HAN = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5)
_HANGUL = st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3)
_KANA = st.characters(min_codepoint=0x3041, max_codepoint=0x3093)
native_words = st.one_of(
    st.text(_HAN, min_size=1, max_size=3),
    st.text(_HANGUL, min_size=1, max_size=3),
    st.builds(lambda a, b: a + b, st.text(_HAN, min_size=1, max_size=2),
              st.text(_KANA, min_size=1, max_size=3)),
)  # fmt: skip
_UPPER = st.sampled_from("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_LOWER = st.sampled_from("abcdefghijklmnopqrstuvwxyz")
capital_words = st.text(_UPPER, min_size=2, max_size=9).filter(
    lambda w: w.casefold() not in _PREFIXES | _SUFFIXES
)
"""A romanised family name written in capitals: YAMADA, CHEN."""
title_words = st.builds(lambda a, b: a + b, _UPPER, st.text(_LOWER, min_size=1, max_size=8)).filter(
    lambda w: w.casefold() not in _PREFIXES | _SUFFIXES
)
"""A romanised name as usually written: Hanako, Kim."""


@settings(max_examples=150, deadline=None)
@given(family=capital_words, given_name=native_words, family_first=st.booleans())
def test_a_family_name_in_capitals_beside_a_native_given_name(
    family: str, given_name: str, family_first: bool
) -> None:
    written = f"{family} {given_name}" if family_first else f"{given_name} {family}"
    person = _person(formatted_name=written)
    assert _names(person) == (family, given_name, "")
    assert person.display_name == f"{family} {given_name}"
    assert is_mixed_script(written) and not is_native_name(written)


@settings(max_examples=150, deadline=None)
@given(first=st.one_of(title_words, native_words), second=st.one_of(title_words, native_words))
def test_two_scripts_without_capitals_are_in_the_east_asian_order(first: str, second: str) -> None:
    written = f"{first} {second}"
    person = _person(formatted_name=written)
    if is_native_name(first) != is_native_name(second):  # two scripts: family name first
        assert _names(person) == (first, second, "")
    elif is_native_name(first):  # one native script, with a space: the native name
        assert _names(person) == (first, second, written)
    else:  # Latin only: Western order, as before
        assert _names(person) == (second, first, "")


@settings(max_examples=150, deadline=None)
@given(native=native_words.filter(lambda w: len(w) >= 2))
def test_a_native_name_alone_stays_native(native: str) -> None:
    person = _person(formatted_name=native)
    assert person.native_name == native
    assert person.family_name + person.given_name == native
    assert person.display_name == native


@settings(max_examples=100, deadline=None)
@given(given_name=title_words, family=capital_words, native=native_words)
def test_a_latin_name_beside_its_native_form(given_name: str, family: str, native: str) -> None:
    for written in (f"{given_name} {family} {native}", f"{family} {given_name} ({native})"):
        person = _person(formatted_name=written)
        assert _names(person) == (family[:1] + family[1:].lower(), given_name, native)


@settings(max_examples=100, deadline=None)
@given(family=st.one_of(capital_words, title_words), given_name=native_words)
def test_two_columns_in_two_scripts_keep_their_parts(family: str, given_name: str) -> None:
    assert _names(_person(given_name=given_name, family_name=family)) == (family, given_name, "")
    assert _names(_person(given_name=family, family_name=given_name)) == (given_name, family, "")


@pytest.mark.parametrize(
    ("written", "given", "family"),
    [
        ("Lefèvre, Hélène", "Hélène", "Lefèvre"),
        ("Van der Berg, Anna", "Anna", "Van der Berg"),
        ("de La Fontaine, Jean", "Jean", "de La Fontaine"),
        ("von Weizsäcker, Richard", "Richard", "von Weizsäcker"),
        ("DE LA TOUR, Marie", "Marie", "De La Tour"),
        ("Dupont-Aignan, Jean-Pierre", "Jean-Pierre", "Dupont-Aignan"),
        ("Charles de Gaulle", "Charles", "de Gaulle"),
        ("Anna van der Berg", "Anna", "van der Berg"),
    ],
)
def test_a_family_name_before_its_comma_keeps_its_particles(
    written: str, given: str, family: str
) -> None:
    """« Family, Given » with a family name of several words beginning with a particle (or
    in capitals) is read family first, as a one-word family name is."""
    person = _person(formatted_name=written)
    assert (person.given_name, person.family_name) == (given, family)
