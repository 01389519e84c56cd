"""Stable identities (uuid) of every record: given by a migration to the rows of an older
database, given at insert to new rows in every path (editors, bulk import, tags), kept by
edits and by the undo of a deletion. Checked with Python's ``uuid`` module as the oracle."""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from attache_app.domain.enums import RecordKind
from attache_app.domain.models import Application, Person
from attache_app.services import imports, records
from attache_app.services.programmes import save_application
from attache_app.storage import Store, migrations, open_store
from attache_app.storage.rows import IDENTITY_TABLES
from tests.conftest import fixed_clock

V1 = Path(__file__).parent.parent / "data" / "schema_v1.db"


def _is_uuid4(text: str) -> bool:
    try:
        parsed = uuid.UUID(text)
    except ValueError:
        return False
    return str(parsed) == text and parsed.version == 4 and parsed.variant == uuid.RFC_4122


def _identities(conn: sqlite3.Connection) -> dict[str, list[tuple[int, str]]]:
    return {
        table: [(int(i), str(u)) for i, u in conn.execute(f"SELECT id, uuid FROM {table}")]
        for table in sorted(IDENTITY_TABLES)
    }


def _all_valid_and_distinct(found: dict[str, list[tuple[int, str]]]) -> None:
    every = [u for rows in found.values() for _, u in rows]
    assert every, "no rows"
    assert all(_is_uuid4(u) for u in every), [u for u in every if not _is_uuid4(u)][:3]
    assert len(set(every)) == len(every)


def test_the_migration_sql_makes_canonical_version_4_uuids() -> None:
    conn = sqlite3.connect(":memory:")
    made = [
        r[0]
        for r in conn.execute(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000) "
            f"SELECT {migrations._UUID4} FROM n"
        )
    ]
    assert all(_is_uuid4(u) for u in made)
    assert len(set(made)) == len(made)
    # Every variant digit (8, 9, a, b) and every hex digit appears: the bits are random.
    assert {u[19] for u in made} == set("89ab")
    assert set("".join(made).replace("-", "")) == set("0123456789abcdef")


def test_version_one_database_gets_identities(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    shutil.copyfile(V1, path)
    with open_store(path, clock=fixed_clock) as store:
        assert migrations.current_version(store.conn) == migrations.LATEST_VERSION
        found = _identities(store.conn)
        assert found["persons"] and found["organisations"] and found["tags"]
        _all_valid_and_distinct(found)
        # The records read back carry them.
        person = records.get_person(store, found["persons"][0][0])
        assert person.uuid == found["persons"][0][1]


def test_current_schema_database_gets_identities(tmp_path: Path) -> None:
    """A database of the schema before identities (version 8), with rows of every kind."""
    path = tmp_path / "v4.db"
    conn = sqlite3.connect(path)
    migrations.apply(conn, target=8, clock=fixed_clock)
    now = "2026-01-01T00:00:00Z"
    stamps = (now, now)
    conn.execute(
        "INSERT INTO organisations (name, created_at, updated_at) VALUES ('O', ?, ?)", stamps
    )
    conn.execute(
        "INSERT INTO persons (given_name, family_name, organisation_id, created_at, updated_at) "
        "VALUES ('A', 'B', 1, ?, ?)",
        stamps,
    )
    conn.execute("INSERT INTO tags (name, created_at, updated_at) VALUES ('T', ?, ?)", stamps)
    conn.execute(
        "INSERT INTO notes (title, date, created_at, updated_at) VALUES ('N', '2026-01-01', ?, ?)",
        stamps,
    )
    conn.execute(
        "INSERT INTO interactions (kind, title, date, created_at, updated_at) "
        "VALUES ('meeting', 'I', '2026-01-01', ?, ?)",
        stamps,
    )
    conn.execute("INSERT INTO programmes (name, created_at, updated_at) VALUES ('P', ?, ?)", stamps)
    conn.execute(
        "INSERT INTO calls (programme_id, year, created_at, updated_at) VALUES (1, 2026, ?, ?)",
        stamps,
    )
    conn.execute(
        "INSERT INTO deadlines (title, all_day, due_date, sort_key, created_at, updated_at) "
        "VALUES ('D', 1, '2026-05-01', '2026-05-01', ?, ?)",
        stamps,
    )
    conn.execute(
        "INSERT INTO applications (call_id, title, created_at, updated_at) VALUES (1, 'A', ?, ?)",
        stamps,
    )
    conn.commit()
    before = {t: conn.execute(f"SELECT * FROM {t}").fetchall() for t in sorted(IDENTITY_TABLES)}
    conn.close()
    with open_store(path, clock=fixed_clock, auto_backup=False) as store:
        found = _identities(store.conn)
        assert all(len(found[t]) == 1 for t in IDENTITY_TABLES)
        _all_valid_and_distinct(found)
        # Every other value unchanged: the columns added (the uuid, and later migrations'
        # such as the notes' « private » flag) come after those the rows had.
        after = {
            t: [tuple(r)[: len(before[t][0])] for r in store.conn.execute(f"SELECT * FROM {t}")]
            for t in sorted(IDENTITY_TABLES)
        }
        assert after == {t: [tuple(r) for r in rows] for t, rows in before.items()}


def test_every_insert_path_gives_an_identity(demo_store: Store, tmp_path: Path) -> None:
    # The demo: editors' paths for every kind, tags, programmes, calls, applications.
    call_id = int(demo_store.scalar("SELECT min(id) FROM calls"))
    save_application(demo_store, Application(call_id=call_id, title="Projet commun"))
    _all_valid_and_distinct(_identities(demo_store.conn))
    assert [t for t, rows in _identities(demo_store.conn).items() if not rows] == []
    # The bulk import path (persons.insert_many) and organisation cards of a file.
    csv_file = tmp_path / "list.csv"
    csv_file.write_text(
        "Prénom;Nom;Société;E-mail;Catégories;Dernier contact\n"
        + "".join(
            f"Nouveau{i};Contact{i};Société neuve {i % 3};n{i}@neuf.example;Importé {i % 2};"
            f"{10 + i % 18}/03/2026\n"
            for i in range(50)
        ),
        encoding="utf-8",
    )
    before = {t: {i for i, _ in rows} for t, rows in _identities(demo_store.conn).items()}
    preview = imports.preview(demo_store, imports.read(csv_file))
    result = imports.commit(demo_store, preview.plan)
    assert result.created >= 50
    found = _identities(demo_store.conn)
    new_persons = [u for i, u in found["persons"] if i not in before["persons"]]
    assert len(new_persons) >= 50
    assert [u for i, u in found["tags"] if i not in before["tags"]]
    # The dated contacts became activities (interactions.insert_many), each with its own.
    assert len([u for i, u in found["interactions"] if i not in before["interactions"]]) >= 50
    _all_valid_and_distinct(found)


def test_edits_keep_identity_and_undo_of_a_deletion_restores_it(store: Store) -> None:
    saved = records.save_person(store, Person(given_name="Marie", family_name="Curie"))
    assert _is_uuid4(saved.uuid)
    # An editor builds the record from its fields, without the uuid: it is kept.
    records.save_person(store, Person(id=saved.id, given_name="Marie", family_name="Skłodowska"))
    again = records.get_person(store, saved.id)
    assert again.family_name == "Skłodowska" and again.uuid == saved.uuid
    snapshot = records.delete_with_snapshot(store, RecordKind.PERSON, [saved.id])
    assert store.scalar("SELECT count(*) FROM persons") == 0
    records.undelete(store, snapshot)
    assert records.get_person(store, saved.id).uuid == saved.uuid


def test_a_record_from_another_database_keeps_its_identity(store: Store) -> None:
    theirs = str(uuid.uuid4())
    saved = records.save_person(store, Person(given_name="A", family_name="B", uuid=theirs))
    assert records.get_person(store, saved.id).uuid == theirs


@settings(max_examples=30, deadline=None)
@given(st.lists(st.text(min_size=1, max_size=8).filter(str.strip), min_size=1, max_size=6))
def test_tags_created_anywhere_get_identities(names: list[str]) -> None:
    conn_path = Path(f"/tmp/attache-identities-{uuid.uuid4()}.db")
    try:
        with open_store(conn_path, create=True, clock=fixed_clock) as store:
            records.save_person(store, Person(given_name="A", family_name="B", tags=names))
            _all_valid_and_distinct({"tags": _identities(store.conn)["tags"]})
    finally:
        for p in conn_path.parent.glob(conn_path.name + "*"):
            p.unlink()
