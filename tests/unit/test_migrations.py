"""Schema migrations: recorded, transactional, and an old database upgrades without loss."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from attache_app.domain.enums import RecordKind, phone_label_code
from attache_app.errors import DatabaseError
from attache_app.services import records, search
from attache_app.storage import migrations, open_store
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
