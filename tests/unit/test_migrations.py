"""Schema migrations: recorded, transactional, and an old database upgrades without loss."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from attache_app.domain import kinds
from attache_app.domain.enums import RecordKind, phone_label_code
from attache_app.errors import DatabaseError
from attache_app.services import records, search
from attache_app.storage import journal, migrations, open_store
from attache_app.storage import search as index
from attache_app.storage.backup import check, list_backups
from tests.conftest import fixed_clock

V1 = Path(__file__).parent.parent / "data" / "schema_v1.db"


def test_new_database_is_at_latest_version_with_history(db_path: Path) -> None:
    with open_store(db_path, create=True, clock=fixed_clock) as store:
        history = migrations.history(store.conn)
    assert [v for v, _name, _at in history] == [m.version for m in migrations.MIGRATIONS]
    assert history[-1][0] == migrations.LATEST_VERSION
    assert all(at == "2026-11-23T09:00:00Z" for _v, _n, at in history)


def test_version_one_database_upgrades_without_loss(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    shutil.copyfile(V1, path)
    raw = sqlite3.connect(path)
    assert migrations.current_version(raw) == 1
    # Later migrations add columns: compare the columns version 1 had.
    columns = {
        t: ", ".join(r[1] for r in raw.execute(f"PRAGMA table_info({t})"))
        for t in (
            "persons", "organisations", "person_emails", "person_phones", "notes",
            "note_themes", "interactions", "deadlines", "settings", "tags",
        )
    }  # fmt: skip
    before = {
        t: raw.execute(f"SELECT {columns[t]} FROM {t} ORDER BY 1").fetchall()
        for t in (
            "persons",
            "organisations",
            "person_emails",
            "person_phones",
            "notes",
            "note_themes",
            "interactions",
            "deadlines",
            "settings",
            "tags",
        )
    }
    raw.close()
    # Migration 8 gives phone labels one vocabulary (« office » → « work »): nothing else.
    label = columns["person_phones"].split(", ").index("label")
    before["person_phones"] = [
        (*row[:label], phone_label_code(row[label]), *row[label + 1 :])
        for row in before["person_phones"]
    ]

    with open_store(path, clock=fixed_clock) as store:
        assert migrations.current_version(store.conn) == migrations.LATEST_VERSION
        after = {
            t: store.conn.execute(f"SELECT {columns[t]} FROM {t} ORDER BY 1").fetchall()
            for t in before
        }
        assert after == before
        person = records.get_person(store, 1)
        assert person.native_name == "山田花子"
        assert person.organisation_name.startswith("National Institute of Advanced")
        assert person.emails[0].address == "hanako.yamada@aist.example.org"
        assert person.tags == ["PHC Sakura"]
        # The upgrade filled the new search index from the old records.
        assert [h.id for h in search.search(store, "山田")] == [1]
        assert [h.id for h in search.search(store, "lefevre")] == [2]
        assert {h.kind for h in search.search(store, "sakura")} == {
            "person",
            "programme",
            "deadline",
        }
        assert check(store).ok
    # A safety copy of the version-1 file was made before upgrading it.
    saved = [p for p in list_backups(path) if "before-upgrade-v1" in p.name]
    assert len(saved) == 1
    assert migrations.current_version(sqlite3.connect(saved[0])) == 1


def test_failed_migration_leaves_database_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.db"
    shutil.copyfile(V1, path)
    broken = migrations.Migration(99, "broken", ("CREATE TABLE extra (a)", "NOT SQL AT ALL"))
    monkeypatch.setattr(migrations, "MIGRATIONS", (*migrations.MIGRATIONS, broken))
    monkeypatch.setattr(migrations, "LATEST_VERSION", 99)
    with pytest.raises(sqlite3.OperationalError):
        open_store(path, clock=fixed_clock)
    conn = sqlite3.connect(path)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert "extra" not in tables
    assert migrations.current_version(conn) == migrations.MIGRATIONS[-2].version


def test_database_from_newer_release_is_refused_untouched(db_path: Path) -> None:
    with open_store(db_path, create=True, clock=fixed_clock) as store:
        store.execute("INSERT INTO schema_migrations VALUES (999, 'future', 'x')")
    content = db_path.read_bytes()
    with pytest.raises(DatabaseError) as caught:
        open_store(db_path)
    assert caught.value.reason == "newer"
    assert "newer version" in str(caught.value)
    assert db_path.read_bytes() == content


def test_foreign_sqlite_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE their_table (x)")
    conn.commit()
    conn.close()
    content = path.read_bytes()
    with pytest.raises(DatabaseError) as caught:
        open_store(path)
    assert caught.value.reason == "not_database"
    assert path.read_bytes() == content


def test_every_record_kind_has_a_table_indexed_for_search(store: object) -> None:
    assert {k.value for k in RecordKind} == {
        "person",
        "organisation",
        "note",
        "deadline",
        "interaction",
        "programme",
    }


@pytest.mark.parametrize("version", range(1, migrations.LATEST_VERSION))
def test_a_database_of_every_earlier_version_upgrades(tmp_path: Path, version: int) -> None:
    """The version-1 file brought to each later version by that version's own migrations
    (never edited once shipped), then opened: every row of the record tables is still
    there, and the journal starts with one creation per record (origin « migration »)
    whose values are the record's."""
    path = tmp_path / f"v{version}.db"
    shutil.copyfile(V1, path)
    raw = sqlite3.connect(path, isolation_level=None)
    applied = migrations.apply(raw, target=version, clock=fixed_clock)
    if any(m.rebuild_search for m in applied) and version >= 7:
        # As that release's upgrade did (an older file is rebuilt by migration 7's).
        with raw:
            raw.execute("BEGIN")
            index.rebuild(raw)
    assert migrations.current_version(raw) == version
    tables = ("persons", "organisations", "notes", "interactions", "deadlines", "tags")
    counts = {t: raw.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
    names = raw.execute("SELECT id, given_name, family_name FROM persons ORDER BY id").fetchall()
    raw.close()
    with open_store(path, clock=fixed_clock) as store:
        assert migrations.current_version(store.conn) == migrations.LATEST_VERSION
        assert {t: store.scalar(f"SELECT count(*) FROM {t}") for t in tables} == counts
        assert store.query("SELECT id, given_name, family_name FROM persons ORDER BY id") == [
            {"id": i, "given_name": g, "family_name": f} for i, g, f in names
        ]
        entries = journal.since(store, 0)
        assert {e.origin for e in entries} == {"migration"}
        assert all(e.action == "create" for e in entries)
        everything = sum(
            store.scalar(f"SELECT count(*) FROM {k.table}") for k in kinds.KINDS.values()
        )
        assert len(entries) == everything
        for person in records.get_many(store, RecordKind.PERSON, [i for i, _g, _f in names]):
            entry = journal.for_record(store, person.uuid)[0]
            assert entry.changes["family_name"] == [None, person.family_name]
            assert entry.changes["emails"][1] == [[e.address, e.label] for e in person.emails]
        assert journal.tombstones(store) == []
        assert check(store).ok


def test_migration_ten_is_applied_after_eleven(tmp_path: Path) -> None:
    """A file that got migration 11 (shipped first) without 10 gets 10 all the same."""
    path = tmp_path / "gap.db"
    shutil.copyfile(V1, path)
    raw = sqlite3.connect(path, isolation_level=None)
    migrations.apply(raw, target=9, clock=fixed_clock)
    with raw:  # as version 9's upgrade did
        raw.execute("BEGIN")
        index.rebuild(raw)
    eleven = next(m for m in migrations.MIGRATIONS if m.version == 11)
    for statement in eleven.statements:
        raw.execute(statement)
    raw.execute("INSERT INTO schema_migrations VALUES (11, 'private notes', 'x')")
    raw.close()
    with open_store(path, clock=fixed_clock) as store:
        versions = [v for v, _n, _a in migrations.history(store.conn)]
        assert 10 in versions and 11 in versions
        assert journal.since(store, 0)  # the baseline of the records already there
        assert check(store).ok
