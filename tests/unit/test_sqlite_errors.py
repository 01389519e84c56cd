"""SQLite's errors become one sentence chosen by SQLite's error code, never by the words of
its message; every DB-API error, IntegrityError included, is a DatabaseError; a connection
whose set-up fails is closed at once. The conditions are real: a full file system (a small
tmpfs), a write on a read-only connection, a damaged file, a broken constraint."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from attache_app.domain.models import Person
from attache_app.errors import DatabaseError
from attache_app.services import records
from attache_app.storage import Store, open_store
from attache_app.storage.crypto import RawKey
from attache_app.storage.db import connect
from attache_app.storage.sqlite_errors import (
    REASONS,
    SQLITE_CONSTRAINT,
    SQLITE_CORRUPT,
    SQLITE_FULL,
    SQLITE_READONLY,
    database_error,
    primary_code,
    reason_of,
    sqlcipher,
)
from tests.fault_tools import clean_failure, cli, fill


def _open_descriptors(path: Path) -> list[str]:
    """The file descriptors of this process that point at ``path`` (Linux's /proc)."""
    folder = Path("/proc/self/fd")
    if not folder.is_dir():
        pytest.skip("/proc/self/fd lists open files on Linux only")
    found = []
    for entry in folder.iterdir():
        try:
            target = os.readlink(entry)
        except OSError:
            continue
        if target == str(path.resolve()):
            found.append(entry.name)
    return found


def test_a_full_disk_is_told_by_its_code_and_nothing_is_written(small_disk: Path) -> None:
    path = small_disk / "post.db"
    with open_store(path, create=True, auto_backup=False) as store:
        records.save_person(store, Person(given_name="Avant", family_name="Plein"))
        filler = fill(small_disk, leave=64 * 1024)
        try:
            with pytest.raises(DatabaseError) as caught, store.transaction():
                store.execute("CREATE TABLE filler (value BLOB)")
                store.execute(  # 20 MB on a 16 MB disk
                    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                    "WHERE i < 2000) INSERT INTO filler SELECT randomblob(10000) FROM n"
                )
            assert caught.value.reason == "disk_full"
            assert primary_code(caught.value.__cause__) == SQLITE_FULL  # type: ignore[arg-type]
            assert "is full" in str(caught.value) and str(path) in str(caught.value)
        finally:
            filler.unlink()
        assert store.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'filler'") == 0
        assert store.scalar("SELECT group_concat(family_name) FROM persons") == "Plein"


def test_a_write_on_a_read_only_connection(db_path: Path) -> None:
    with open_store(db_path, create=True):
        pass
    store = Store(connect(db_path, readonly=True), db_path)  # believes it may write
    try:
        with pytest.raises(DatabaseError) as caught, store.transaction():
            store.execute("CREATE TABLE written (value TEXT)")
        assert caught.value.reason == "read_only"
        assert primary_code(caught.value.__cause__) == SQLITE_READONLY  # type: ignore[arg-type]
    finally:
        store.close_connection()


def test_a_broken_constraint_is_a_sentence_and_changes_nothing(store: Store) -> None:
    saved = records.save_person(store, Person(given_name="Marie", family_name="Dupont"))
    assert saved.id is not None
    with pytest.raises(DatabaseError) as caught, store.transaction():
        store.execute("UPDATE persons SET family_name = 'Changée' WHERE id = ?", (saved.id,))
        store.execute(  # a tag that does not exist
            "INSERT INTO person_tags (person_id, tag_id) VALUES (?, ?)", (saved.id, 999_999)
        )
    assert caught.value.reason == "constraint"
    assert primary_code(caught.value.__cause__) == SQLITE_CONSTRAINT  # type: ignore[arg-type]
    assert "Nothing was saved" in str(caught.value)
    assert records.get_person(store, saved.id).family_name == "Dupont"


def test_integrity_errors_outside_a_transaction_are_converted_too(store: Store) -> None:
    store.execute("CREATE TEMP TABLE once (value TEXT UNIQUE)")
    store.execute("INSERT INTO once VALUES ('a')")
    with pytest.raises(DatabaseError) as caught:
        store.execute("INSERT INTO once VALUES ('a')")
    assert caught.value.reason == "constraint"
    assert isinstance(caught.value.__cause__, sqlite3.IntegrityError)


def _damage_the_persons(path: Path) -> None:
    """A database whose persons' b-tree root page is overwritten (the rest reads)."""
    with open_store(path, create=True, auto_backup=False) as store:
        for number in range(300):
            records.save_person(store, Person(given_name=f"P{number}", family_name="Lin"))
        root = int(store.scalar("SELECT rootpage FROM sqlite_master WHERE name = 'persons'"))
        size = int(store.scalar("PRAGMA page_size"))
    data = bytearray(path.read_bytes())
    data[(root - 1) * size : root * size] = b"\xff" * size
    path.write_bytes(bytes(data))


def test_a_damaged_table_is_told_as_damaged(tmp_path: Path) -> None:
    path = tmp_path / "damaged.db"
    _damage_the_persons(path)
    with open_store(path, auto_backup=False) as store:
        with pytest.raises(DatabaseError) as caught:
            store.query("SELECT * FROM persons")
        assert caught.value.reason == "corrupt"
        assert primary_code(caught.value.__cause__) == SQLITE_CORRUPT  # type: ignore[arg-type]
        assert "damaged" in str(caught.value)
        assert store.scalar("SELECT count(*) FROM tags") == 0  # the rest still reads


def test_the_command_line_tells_an_error_no_service_converted(tmp_path: Path) -> None:
    """The full export streams its rows straight from SQLite: a damaged table there is a
    sentence, not « an unexpected error (a bug) »; nothing is written."""
    path = tmp_path / "damaged.db"
    _damage_the_persons(path)
    out = tmp_path / "tout.xlsx"
    result = cli("--db", path, "export", "all", out)
    clean_failure(result, "damaged.db")
    assert not out.exists() and not list(tmp_path.glob("*.part"))


@given(
    code=st.sampled_from(sorted(REASONS)),
    extended=st.integers(min_value=0, max_value=40),
    words=st.sampled_from(
        ["disk is full", "database is locked", "attempt to write a readonly database", "x"]
    ),
)
def test_the_code_decides_never_the_words(code: int, extended: int, words: str) -> None:
    """Whatever the message says, the reason is the code's (its extended forms included)."""
    error = sqlite3.OperationalError(words)
    error.sqlite_errorcode = code | (extended << 8)  # type: ignore[attr-defined]
    assert reason_of(error) == REASONS[code]
    assert database_error(error, "/x/post.db").reason == REASONS[code]


def test_an_error_without_a_code_is_classified_by_its_class() -> None:
    assert reason_of(sqlite3.IntegrityError("UNIQUE constraint failed")) == "constraint"
    assert reason_of(sqlite3.OperationalError("disk is full")) == "other"
    closed = sqlite3.connect(":memory:")
    closed.close()
    with pytest.raises(sqlite3.ProgrammingError) as caught:
        closed.execute("SELECT 1")
    assert primary_code(caught.value) is None
    assert database_error(caught.value, "/x/post.db").reason == "other"


@pytest.mark.skipif(sqlcipher is None, reason="sqlcipher3 is not installed here")
def test_sqlcipher_errors_carry_the_code_too(tmp_path: Path) -> None:
    """sqlcipher3 gives the primary code (Python's sqlite3 the extended one): both work."""
    conn = sqlcipher.connect(str(tmp_path / "c.db"))
    try:
        conn.execute("CREATE TABLE t (v UNIQUE)")
        conn.execute("INSERT INTO t VALUES (1)")
        with pytest.raises(sqlcipher.IntegrityError) as caught:
            conn.execute("INSERT INTO t VALUES (1)")
    finally:
        conn.close()
    assert primary_code(caught.value) == SQLITE_CONSTRAINT
    assert reason_of(caught.value) == "constraint"


def test_a_failed_open_leaves_no_connection_behind(tmp_path: Path) -> None:
    """A file with SQLite's header and junk after it fails the first read: the connection
    is closed there and then — not left to the garbage collector while the error (and
    its traceback, which holds the frames) lives on."""
    path = tmp_path / "junk.db"
    path.write_bytes(b"SQLite format 3\x00" + os.urandom(8192))
    for readonly in (True, False):
        with pytest.raises(DatabaseError) as caught:
            connect(path, readonly=readonly, create=False)
        assert caught.value.__traceback__ is not None  # the frames are still alive
        assert _open_descriptors(path) == []
    with pytest.raises(DatabaseError) as caught:
        open_store(path, readonly=True)
    assert _open_descriptors(path) == []


@pytest.mark.skipif(sqlcipher is None, reason="sqlcipher3 is not installed here")
def test_a_failed_encrypted_open_leaves_no_connection_behind(tmp_path: Path) -> None:
    path = tmp_path / "junk.db"
    path.write_bytes(os.urandom(8192))
    key = RawKey(bytearray(32), b"0123456789abcdef")
    with pytest.raises(DatabaseError) as caught:
        connect(path, key=key, create=False)
    assert caught.value.reason == "passphrase"
    assert _open_descriptors(path) == []
