"""Every file of the shared corpus (real files from other programs) imports with the counts
and names of its expected.json, and importing it again creates nothing."""

from __future__ import annotations

import hashlib

import pytest

from attache_app.importing.reading import contacts_of, read_file
from attache_app.services import imports
from attache_app.storage import Store
from tests.unit.importing.conftest import CORPUS, corpus_cases, names_in, same_name

CASES = corpus_cases()


def test_the_corpus_is_here() -> None:
    assert len(CASES) == 57


@pytest.mark.parametrize(("relative", "expected"), CASES, ids=[c[0] for c in CASES])
def test_corpus_file_reads_with_its_count_and_names(
    relative: str, expected: dict[str, object]
) -> None:
    path = CORPUS / relative
    assert hashlib.sha256(path.read_bytes()).hexdigest() == expected["sha256"]
    contacts = contacts_of(read_file(path))
    assert len(contacts) == expected["contacts"]
    spelled = [c.name_for_display() for c in contacts] + [c.native_name for c in contacts]
    for name in expected["some_names"]:  # type: ignore[attr-defined]
        assert name in spelled, (name, spelled)


@pytest.mark.parametrize(("relative", "expected"), CASES, ids=[c[0] for c in CASES])
def test_corpus_file_imports_once(store: Store, relative: str, expected: dict[str, object]) -> None:
    path = CORPUS / relative
    preview = imports.preview(store, read_file(path))
    result = imports.commit(store, preview.plan, sender="corpus")
    assert result.errors == []
    merged = sum(1 for d in preview.plan.duplicates.values() if d.action == "merge")
    # Every contact of the file is a new record, or merged into one (same e-mail: the
    # three cards of node-vcf/multiple.vcf are one person).
    assert result.created + merged == expected["contacts"]
    stored = names_in(store)
    for name in expected["some_names"]:  # type: ignore[attr-defined]
        assert any(same_name(name, s) for s in stored), (name, stored)
    persons = store.scalar("SELECT count(*) FROM persons")
    again = imports.commit(store, imports.preview(store, read_file(path)).plan)
    assert again.created == 0 and again.already_imported == result.batch
    assert store.scalar("SELECT count(*) FROM persons") == persons


def test_three_cards_of_one_person_become_one_unless_asked(store: Store) -> None:
    path = CORPUS / "node-vcf" / "multiple.vcf"
    preview = imports.preview(store, read_file(path))
    assert len(preview.plan.duplicates) == 2
    assert all(
        d.certain and "erika@mustermann.de" in d.reason for d in preview.plan.duplicates.values()
    )
    imports.commit(store, preview.plan)
    assert store.scalar("SELECT count(*) FROM persons") == 1
    # The merged person has both telephones of the cards (2.1 national, 3.0/4.0 E.164).
    numbers = {r[0] for r in store.execute("SELECT e164 FROM person_phones")}
    assert "+492219999123" in numbers


def test_create_anyway_keeps_each_card(store: Store) -> None:
    path = CORPUS / "node-vcf" / "multiple.vcf"
    preview = imports.preview(store, read_file(path), on_duplicate="create")
    imports.commit(store, preview.plan)
    assert store.scalar("SELECT count(*) FROM persons") == 3


def test_quoted_printable_is_decoded_not_left_as_escapes(store: Store) -> None:
    path = CORPUS / "evolution-data-server" / "12.vcf"
    imports.commit(store, imports.preview(store, read_file(path)).plan)
    assert store.scalar("SELECT family_name FROM persons") == "Brüning"
    assert "=C3" not in str(store.scalar("SELECT notes FROM persons"))


def test_an_organisation_card_becomes_an_organisation(store: Store) -> None:
    path = CORPUS / "roundcube" / "apple.vcf"
    imports.commit(store, imports.preview(store, read_file(path)).plan)
    assert store.scalar("SELECT count(*) FROM persons") == 0
    assert store.scalar("SELECT name FROM organisations") == "Apple Computer AG"


def test_two_scripts_of_one_name_are_one_person(store: Store) -> None:
    path = CORPUS / "vobject" / "vcard40_multilang.vcf"
    imports.commit(store, imports.preview(store, read_file(path)).plan)
    row = store.execute("SELECT given_name, family_name, native_name FROM persons").fetchall()
    assert row == [("Taro", "Yamada", "山田太郎")]
