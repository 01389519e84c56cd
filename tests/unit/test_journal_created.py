"""The ``create`` entries SQLite builds (``writes._created_sql``, the bulk path of records
created in a recording) say exactly what the documents read back in Python say: for every
kind of record of the example post, and for generated persons and notes whose texts hold
quotes, backslashes, control characters, NUL, emoji and other scripts, with several
e-mails, telephones, tags, themes and links each."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from attache_app.domain import kinds
from attache_app.domain.enums import RecordKind
from attache_app.domain.models import EmailAddress, Note, Organisation, Person, Phone
from attache_app.services import records
from attache_app.storage import Store, open_store, writes
from attache_app.storage import persons as storage_persons
from tests.conftest import fixed_clock


def _by_sql(store: Store, kind: kinds.Kind, ids: list[int]) -> dict[int, dict[str, Any]]:
    """The entries the SQL path writes for these records (rolled back: nothing stays)."""
    conn = store.conn
    conn.execute("SAVEPOINT probe")
    try:
        last = conn.execute("SELECT coalesce(max(seq), 0) FROM journal").fetchone()[0]
        conn.execute(
            writes._created_sql(kind), ("2026-01-01T00:00:00Z", kind.name, "test", json.dumps(ids))
        )
        rows = conn.execute(
            "SELECT record_id, uuid, kind, action, origin, changes FROM journal WHERE seq > ? "
            "ORDER BY seq",
            (last,),
        ).fetchall()
    finally:
        conn.execute("ROLLBACK TO probe")
        conn.execute("RELEASE probe")
    order = [int(r[0]) for r in rows]
    assert order == sorted(set(order))  # in the order of the ids, one each
    found = {}
    for record_id, uuid, name, action, origin, changes in rows:
        assert (name, action, origin) == (kind.name, "create", "test")
        found[int(record_id)] = {"uuid": uuid, "changes": json.loads(changes)}
    return found


def _by_python(store: Store, kind: kinds.Kind, ids: list[int]) -> dict[int, dict[str, Any]]:
    return {
        record_id: {"uuid": doc["uuid"], "changes": writes._changes(None, doc)}
        for record_id, doc in writes.documents(store.conn, kind, ids).items()
    }


def _same(store: Store) -> int:
    """Compare both paths on every record of the database; how many were compared."""
    compared = 0
    for kind in kinds.KINDS.values():
        ids = [int(r[0]) for r in store.execute(f"SELECT id FROM {kind.table} ORDER BY id")]
        sql, python = _by_sql(store, kind, ids), _by_python(store, kind, ids)
        assert sql == python and list(sql) == ids, kind.name
        for record_id in ids:  # the fields in the document's order too
            assert list(sql[record_id]["changes"]) == list(python[record_id]["changes"])
        compared += len(ids)
    return compared


def test_every_kind_of_the_example_post(demo_store: Store) -> None:
    assert _same(demo_store) > 200


def test_records_deleted_since_have_no_entry(demo_store: Store) -> None:
    ids = [int(r[0]) for r in demo_store.execute("SELECT id FROM persons ORDER BY id LIMIT 3")]
    records.delete(demo_store, RecordKind.PERSON, ids[:1])
    assert sorted(_by_sql(demo_store, kinds.PERSON, ids)) == ids[1:]


texts = st.text(st.characters(exclude_categories=["Cs"], max_codepoint=0x1F64F), max_size=12)
tag_names = st.lists(st.sampled_from(["IA", "ia", "quantique", "5G", "Réseau, Alumni"]), max_size=3)
persons = st.builds(
    lambda given, family, native, notes, emails, phones, tags: Person(
        given_name=given, family_name=family, native_name=native, notes=notes,
        emails=[EmailAddress(f"p{n}@example.org", label) for n, label in enumerate(emails)],
        phones=[Phone(number, label, "") for number, label in phones],
        tags=tags,
    ),
    texts, texts, texts, texts, st.lists(texts, max_size=3),
    st.lists(st.tuples(texts, texts), max_size=3), tag_names,
)  # fmt: skip


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("created")


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    people=st.lists(persons, min_size=1, max_size=4),
    themes=st.lists(texts, max_size=4),
    title=texts,
    organisation=texts,
)
def test_generated_records(
    folder: Path, people: list[Person], themes: list[str], title: str, organisation: str
) -> None:
    path = folder / "generated.db"
    for old in folder.glob("generated.db*"):
        old.unlink()
    with open_store(path, create=True, clock=fixed_clock, auto_backup=False) as store:
        org_id = records.save_organisation(
            store, Organisation(name=f"O {organisation}", tags=["IA"])
        ).id
        for person in people:
            person.organisation_id = org_id
        ids = storage_persons.insert_many(store, people)  # the contact import's bulk path
        records.save_note(
            store,
            Note(title=f"N {title}", date="2026-11-01", person_ids=ids,
                 organisation_ids=[org_id] if org_id else [], themes=themes),
        )  # fmt: skip
        assert _same(store) >= len(people) + 2
