"""Opening refuses bad files untouched; writes are atomic; backups, restore and checks."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import time
from pathlib import Path

import pytest

from attache_app.domain.models import Person
from attache_app.errors import DatabaseError
from attache_app.services import records
from attache_app.storage import Store, backup, open_store

needs_non_root = pytest.mark.skipif(
    hasattr(os, "geteuid") and os.geteuid() == 0,
    reason="root ignores file permissions; the read-only case is run as another user in "
    "tests/e2e/test_cli.py",
)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_pragmas(store: Store) -> None:
    assert store.scalar("PRAGMA journal_mode") == "wal"
    assert store.scalar("PRAGMA foreign_keys") == 1
    assert store.scalar("PRAGMA busy_timeout") == 5000


def test_missing_file_folder_and_junk_are_refused(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError) as caught:
        open_store(tmp_path / "nope.db")
    assert caught.value.reason == "missing"
    assert not (tmp_path / "nope.db").exists()
    with pytest.raises(DatabaseError) as caught:
        open_store(tmp_path)
    assert caught.value.reason == "directory"
    junk = tmp_path / "contacts.csv"
    junk.write_text("Prénom;Nom\nMarie;Dupont\n", encoding="cp1252")
    before = _digest(junk)
    with pytest.raises(DatabaseError) as caught:
        open_store(junk, create=True)
    assert caught.value.reason == "not_database"
    assert _digest(junk) == before


def test_damaged_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "damaged.db"
    with open_store(path, create=True):
        pass
    data = bytearray(path.read_bytes())
    data[100:4096] = os.urandom(3996)
    path.write_bytes(bytes(data))
    with pytest.raises(DatabaseError) as caught:
        open_store(path)
    assert caught.value.reason in {"corrupt", "not_database"}


@needs_non_root
def test_read_only_file_is_refused_for_writing_but_readable(db_path: Path) -> None:
    with open_store(db_path, create=True) as store:
        records.save_person(store, Person(given_name="A"))
    db_path.chmod(0o444)
    try:
        with pytest.raises(DatabaseError) as caught:
            open_store(db_path)
        assert caught.value.reason == "read_only"
        with open_store(db_path, readonly=True) as store:
            assert store.scalar("SELECT count(*) FROM persons") == 1
    finally:
        db_path.chmod(0o644)


def test_a_failed_write_leaves_nothing_behind(store: Store) -> None:
    with pytest.raises(RuntimeError), store.transaction():
        records.save_person(store, Person(given_name="Half"))
        raise RuntimeError("power cut")
    assert store.scalar("SELECT count(*) FROM persons") == 0
    assert store.scalar("SELECT count(*) FROM search_index") == 0


def test_locked_database_gives_a_clear_error(db_path: Path) -> None:
    with open_store(db_path, create=True) as store:
        other = sqlite3.connect(db_path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        try:
            started = time.monotonic()
            with pytest.raises(DatabaseError) as caught:
                records.save_person(store, Person(given_name="Blocked"))
            assert caught.value.reason == "locked"
            assert "another Attaché window or program" in str(caught.value)
            assert time.monotonic() - started >= 4  # it waited for the busy timeout first
        finally:
            other.execute("ROLLBACK")
            other.close()
        records.save_person(store, Person(given_name="Later"))
        assert store.scalar("SELECT count(*) FROM persons") == 1


def test_backup_restore_round_trip(demo_store: Store, tmp_path: Path) -> None:
    copy = backup.backup(demo_store, tmp_path / "copy.db")
    backup.validate_backup_file(copy)
    before = demo_store.scalar("SELECT count(*) FROM persons")
    records.save_person(demo_store, Person(given_name="After", family_name="Backup"))
    demo_store.execute("DELETE FROM person_phones")
    safety = backup.restore(demo_store, copy)
    assert demo_store.scalar("SELECT count(*) FROM persons") == before
    assert demo_store.scalar("SELECT count(*) FROM person_phones") > 0
    assert backup.check(demo_store).ok
    # The state just before the restore was kept.
    conn = sqlite3.connect(safety)
    assert conn.execute("SELECT count(*) FROM persons").fetchone()[0] == before + 1


def test_restore_refuses_a_file_that_is_not_a_backup(store: Store, tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all")
    with pytest.raises(DatabaseError):
        backup.restore(store, junk)
    with pytest.raises(DatabaseError):
        backup.restore(store, tmp_path / "missing.db")


def test_daily_backup_once_a_day_keeping_the_last_n(db_path: Path) -> None:
    import datetime as dt

    with open_store(db_path, create=True):
        pass  # a new database has nothing to back up
    assert backup.list_backups(db_path) == []
    for day in range(1, 11):

        def clock(day: int = day) -> dt.datetime:
            return dt.datetime(2026, 11, day, 8, 0, tzinfo=dt.UTC)

        for _ in range(2):  # a second open the same day makes no second backup
            with open_store(db_path, clock=clock):
                pass
    names = [p.name for p in backup.list_backups(db_path)]
    assert len(names) == 7
    assert names[0].startswith("attache-2026-11-10_")
    assert names[-1].startswith("attache-2026-11-04_")


def test_check_finds_broken_links_and_missing_index_entries(store: Store) -> None:
    person = records.save_person(store, Person(given_name="A"))
    assert backup.check(store).ok
    store.execute("PRAGMA foreign_keys = OFF")
    store.execute("INSERT INTO person_tags VALUES (?, 999)", (person.id,))
    store.execute("DELETE FROM search_index")
    report = backup.check(store)
    assert not report.ok
    assert any("tags" in p for p in report.problems)
    assert any("search index" in p for p in report.problems)


def test_a_connection_to_a_database_that_has_gone_creates_nothing(tmp_path: Path) -> None:
    """The window's workers open their own connections: when the database has gone (its
    drive removed), they say so instead of creating an empty database in its place."""
    from attache_app.errors import DatabaseError
    from attache_app.storage.db import connect

    missing = tmp_path / "drive" / "attache.db"
    missing.parent.mkdir()
    with pytest.raises(DatabaseError, match="cannot be opened"):
        connect(missing, create=False)
    assert list(missing.parent.iterdir()) == []
