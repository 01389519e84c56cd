"""The pipelined bulk insert (issue 14 item 7, ``storage/persons_bulk.py``) writes exactly
the database the single-threaded path writes, and a cancel or an error in the middle
leaves the database as it was, with no thread left behind.

Oracle: the same generated list imported on a copy of the same database through the
single-threaded path (the previous code), every table compared row for row — journal,
search entries, identities (from one counter) and tombstones included. The chunks are
made tiny so that a list of a few hundred rows crosses many of them.
"""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import threading
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from attache_app.services import imports
from attache_app.storage import open_store, persons, persons_bulk, search
from tests.conftest import fixed_clock
from tests.unit.importing.test_import_write_path import (  # noqa: F401 (fixture)
    _dump,
    _emails,
    _reset,
    counted_uuids,
)


def _pipelined(patch: pytest.MonkeyPatch, chunk: int) -> None:
    patch.setattr(persons_bulk, "CHUNK", chunk)
    patch.setattr(persons, "PIPELINE_MIN", 1)
    patch.setattr(persons_bulk, "second_core_free", lambda: True)


def _serial(patch: pytest.MonkeyPatch) -> None:
    patch.setattr(persons, "PIPELINE_MIN", 1 << 40)


def _list(path: Path, known: list[str], *, rows: int, seed: int) -> Path:
    """A colleague's list with everything an import meets: known persons (by e-mail),
    rows repeated within the file (merged into the person created for the first), rows
    in error (no name, no e-mail), two e-mails and two telephones on some rows, themes
    (tags), new organisations, accents and other scripts, a postal code written as a
    number, a dated last contact."""
    rng = random.Random(seed)
    families = ["Martin", "Lefèvre", "Chen", "Lin", "Wang", "山田", "Nguyen", "O'Brien"]
    givens = ["Hélène", "Wei", "Jean-François", "Mei-Ling", "Zoé", "花子", ""]
    orgs = ["CNRS", "Institut Pasteur", "Academia Sinica", "ITRI", ""]
    header = ["Nom", "Prénom", "Organisme", "Fonction", "Courriel", "Courriel 2", "Téléphone",
              "Portable", "Pays", "Thématiques", "Code postal", "Dernier contact"]  # fmt: skip
    lines = [";".join(header)]
    written: list[list[str]] = []
    for n in range(rows):
        pick = rng.random()
        phone = f"+886 2 {rng.randint(2000, 8999)} {rng.randint(1000, 9999)}"
        if pick < 0.08 and known:
            row = [rng.choice(families), rng.choice(givens), rng.choice(orgs), "Directrice",
                   rng.choice(known), "", "", "", "France", "", "", ""]  # fmt: skip
        elif pick < 0.16 and written:
            row = list(rng.choice(written))
            row[6] = phone
        elif pick < 0.2:
            row = ["", "", rng.choice(orgs[:4]), "", "", "", phone, "", "", "", "", ""]
        else:
            family, given = rng.choice(families), rng.choice(givens)
            org = rng.choice(orgs) if rng.random() < 0.8 else f"Nouvel organisme {n % 5}"
            row = [family.upper(), given, org, "Chercheur", f"p{n}.{seed}@example.org",
                   f"q{n}@example.tw" if rng.random() < 0.3 else "", phone,
                   f"+33 6 12 34 {n % 90 + 10:02d} 00" if rng.random() < 0.3 else "",
                   rng.choice(["Taïwan", "France", "Japon"]),
                   rng.choice(["", "", "IA, robotique", "quantique"]),
                   rng.choice(["", "75005", "38000"]),
                   rng.choice(["", "", "12/03/2025"])]  # fmt: skip
        written.append(row)
        lines.append(";".join(row))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _import(db: Path, path: Path) -> imports.BatchResult:
    _reset()
    with open_store(db, clock=fixed_clock, auto_backup=False) as store:
        preview = imports.preview(store, imports.read(path))
        return imports.commit(store, preview.plan, sender="Ambassade")


@pytest.mark.parametrize(("seed", "chunk"), [(1, 7), (2, 1), (3, 64), (4, 500)])
def test_the_pipelined_insert_writes_the_same_database(
    counted_uuids: None,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
    demo_path: Path,
    tmp_path: Path,
    seed: int,
    chunk: int,
) -> None:
    path = _list(tmp_path / "list.csv", _emails(demo_path), rows=260, seed=seed)
    serial = tmp_path / "serial.db"
    shutil.copyfile(demo_path, serial)
    built: list[int] = []
    with monkeypatch.context() as patch:
        _pipelined(patch, chunk)
        builder = persons_bulk.builder

        def counted(*args: Any) -> Any:
            build = builder(*args)

            def counting(start: int, count: int) -> persons_bulk.Chunk:
                built.append(count)
                return build(start, count)

            return counting

        patch.setattr(persons_bulk, "builder", counted)
        result = _import(demo_path, path)
    with monkeypatch.context() as patch:
        _serial(patch)
        expected = _import(serial, path)

    assert built and max(built) <= chunk  # on the producer, chunk by chunk
    assert result.to_dict() == expected.to_dict()
    assert result.created > 50 and result.updated > 0 and result.errors
    ours, theirs = _dump(demo_path), _dump(serial)
    assert ours.keys() == theirs.keys()
    for table in ours:
        assert ours[table] == theirs[table], table
    assert any(r[6] == "create" and r[3] == "person" for r in ours["journal"])


def _threads() -> set[str]:
    return {t.name for t in threading.enumerate()}


@pytest.mark.parametrize("after_chunks", [0, 1, 3])
def test_a_cancel_in_the_middle_leaves_the_database_as_it_was(
    monkeypatch: pytest.MonkeyPatch, demo_path: Path, tmp_path: Path, after_chunks: int
) -> None:
    path = _list(tmp_path / "list.csv", _emails(demo_path), rows=200, seed=9)
    before = _dump(demo_path)
    _pipelined(monkeypatch, 10)
    calls: list[tuple[int, int]] = []

    class Cancelled(Exception):
        pass

    def progress(done: int, total: int) -> None:
        calls.append((done, total))
        if len(calls) > after_chunks:
            raise Cancelled

    with open_store(demo_path, clock=fixed_clock, auto_backup=False) as store:
        preview = imports.preview(store, imports.read(path))
        with pytest.raises(Cancelled):
            imports.commit(store, preview.plan, progress=progress)
    assert "import-rows" not in _threads()
    assert _dump(demo_path) == before
    # The same store imports the file afterwards, whole.
    with open_store(demo_path, clock=fixed_clock, auto_backup=False) as store:
        preview = imports.preview(store, imports.read(path))
        assert imports.commit(store, preview.plan).created > 50


def test_an_error_on_the_producer_thread_reaches_the_caller_and_writes_nothing(
    monkeypatch: pytest.MonkeyPatch, demo_path: Path, tmp_path: Path
) -> None:
    """The producer fails on the fifth chunk (after four were written): the caller gets
    that very exception, the database is as it was, the thread is gone."""
    path = _list(tmp_path / "list.csv", _emails(demo_path), rows=200, seed=11)
    before = _dump(demo_path)
    _pipelined(monkeypatch, 10)
    segment, seen = search.segment, [0]

    def failing(text: str) -> str:
        seen[0] += 1
        if seen[0] > 2 * 10 * 4 and threading.current_thread().name == "import-rows":
            raise UnicodeError("a value the index cannot take")
        return segment(text)

    monkeypatch.setattr(search, "segment", failing)
    with open_store(demo_path, clock=fixed_clock, auto_backup=False) as store:
        preview = imports.preview(store, imports.read(path))
        with pytest.raises(UnicodeError, match="cannot take"):
            imports.commit(store, preview.plan)
    assert "import-rows" not in _threads()
    assert _dump(demo_path) == before


values = st.one_of(
    st.none(),
    st.integers(min_value=-(1 << 63), max_value=(1 << 63) - 1),
    st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from(["", "1", "75005", "Lefèvre", "山田", 'a "quoted" \\ value', "0", "x\x00y"]),
    st.text(st.characters(codec="utf-8")),
)


@settings(max_examples=150, deadline=None)
@given(
    rows=st.integers(min_value=1, max_value=4).flatmap(
        lambda width: st.lists(st.lists(values, min_size=width, max_size=width), min_size=1)
    )
)
def test_a_chunk_inserted_from_json_stores_what_executemany_stores(
    rows: list[list[object]],
) -> None:
    """Oracle: SQLite's own binding (``executemany``). Every value keeps its type and its
    text — columns with the same value on every row (bound once) and columns that vary
    (through JSON), into columns of every affinity."""
    width = len(rows[0])
    conn = sqlite3.connect(":memory:")
    affinities = ["TEXT", "INTEGER", "", "REAL"][:width]
    for table in ("ours", "theirs"):
        conn.execute(
            f"CREATE TABLE {table} ({', '.join(f'c{n} {a}' for n, a in enumerate(affinities))})"
        )
    columns = [f"c{n}" for n in range(width)]
    sql, params, many = persons_bulk.insert("ours", columns, rows)
    (conn.executemany if many else conn.execute)(sql, params)
    conn.executemany(f"INSERT INTO theirs VALUES ({', '.join('?' for _ in columns)})", rows)
    typed = ", ".join(f"typeof(c{n}), c{n}" for n in range(width))
    ours = conn.execute(f"SELECT {typed} FROM ours ORDER BY rowid").fetchall()
    assert ours == conn.execute(f"SELECT {typed} FROM theirs ORDER BY rowid").fetchall()


@pytest.mark.parametrize(
    ("cores", "load", "free"), [(2, 0.9, True), (2, 1.6, False), (1, 0.0, False), (8, 6.0, True)]
)
def test_the_second_thread_only_when_a_core_is_free(
    monkeypatch: pytest.MonkeyPatch, cores: int, load: float, free: bool
) -> None:
    monkeypatch.setattr(os, "sched_getaffinity", lambda _pid: set(range(cores)), raising=False)
    monkeypatch.setattr(os, "getloadavg", lambda: (load, load, load), raising=False)
    assert persons_bulk.second_core_free() is free


def test_an_encrypted_database_gets_the_same_import_and_no_readable_text(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """SQLCipher's SQLite (another build: temporary tables kept in memory) runs the same
    statements; nothing of the imported rows is readable in the file or its log."""
    _pipelined(monkeypatch, 16)
    path = _list(tmp_path / "list.csv", [], rows=120, seed=13)
    secret = tmp_path / "secret.db"
    with open_store(secret, create=True, clock=fixed_clock, passphrase="pass phrase") as store:
        preview = imports.preview(store, imports.read(path))
        result = imports.commit(store, preview.plan)
        assert result.created > 50
        count = store.scalar("SELECT count(*) FROM persons WHERE source = 'list.csv'")
        assert count == result.created
        assert store.scalar("SELECT count(*) FROM journal WHERE action = 'create'")
        found = store.scalar(
            "SELECT count(*) FROM search_index WHERE search_index MATCH 'chercheur'"
        )
        assert found
    data = b"".join(p.read_bytes() for p in tmp_path.glob("secret.db*"))
    for word in (b"Chercheur", b"example.org", "Lefèvre".encode()):
        assert word not in data
