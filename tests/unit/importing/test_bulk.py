"""Imports run with the cyclic garbage collector paused (attache_app/bulk.py): the pause
ends however the import ends, nests across threads, and the database written is exactly the
one the same import writes with the collector running (every row, every search entry)."""

from __future__ import annotations

import gc
import random
import re
import shutil
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from attache_app.bulk import collector_paused
from attache_app.importing import batches
from attache_app.services import imports
from attache_app.storage import open_store
from tests.conftest import fixed_clock

FTS_SHADOWS = ("search_index_data", "search_index_idx", "search_index_docsize")


@pytest.fixture
def collector_on() -> Iterator[None]:
    """The collector running, as in a normal process (left as it was found)."""
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_the_collector_is_paused_inside_and_resumes_after(collector_on: None) -> None:
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():  # nested: still paused when the inner block ends
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_an_exception_resumes_the_collector(collector_on: None) -> None:
    with pytest.raises(KeyError), collector_paused():
        raise KeyError("cancel")
    assert gc.isenabled()


def test_a_collector_paused_by_someone_else_stays_paused(collector_on: None) -> None:
    gc.disable()
    with collector_paused():
        assert not gc.isenabled()
    assert not gc.isenabled()


class _Node:
    def __init__(self) -> None:
        self.other: object = None


def test_what_the_work_keeps_is_not_walked_when_the_collector_resumes(collector_on: None) -> None:
    """The objects kept past the pause (a preview's plan) are not walked as young objects
    by the first allocation after it: no collection runs until the young generation fills
    again. They stay collectable: a cycle among them is found by a full collection."""
    walks: list[int] = []

    def counted(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            walks.append(info["generation"])

    with collector_paused():
        kept = [[n] for n in range(200_000)]  # tracked containers, far past gen 0's threshold
        first, second = _Node(), _Node()
        first.other, second.other = second, first  # a cycle, unreachable once dropped
        gc.callbacks.append(counted)  # from before the pause ends
    try:
        after = [[n] for n in range(100)]  # allocations that would trigger a collection
        assert walks == []
        assert gc.get_count()[0] < 700
    finally:
        gc.callbacks.remove(counted)
    del first, second
    assert gc.collect() >= 2  # the cycle, aged but collectable
    assert len(kept) == 200_000 and len(after) == 100


def test_pauses_in_two_threads_resume_when_the_last_ends(collector_on: None) -> None:
    first_in, second_in, first_may_end = threading.Event(), threading.Event(), threading.Event()
    seen: list[bool] = []

    def first() -> None:
        with collector_paused():
            first_in.set()
            first_may_end.wait(10)
        seen.append(gc.isenabled())  # the second thread's pause is still open

    def second() -> None:
        first_in.wait(10)
        with collector_paused():
            second_in.set()
            worker.join(10)
            seen.append(gc.isenabled())

    worker = threading.Thread(target=first)
    other = threading.Thread(target=second)
    worker.start()
    other.start()
    second_in.wait(10)
    first_may_end.set()
    other.join(10)
    assert seen == [False, False]
    assert gc.isenabled()


def test_a_cancelled_import_resumes_the_collector(
    collector_on: None, demo_path: Path, tmp_path: Path
) -> None:
    path = _generated_list(tmp_path / "list.csv", _demo_emails(demo_path), rows=300, seed=3)

    class Cancelled(Exception):
        pass

    def cancel(done: int, total: int) -> None:
        assert not gc.isenabled()
        raise Cancelled

    with open_store(demo_path, clock=fixed_clock, auto_backup=False) as store:
        before = _dump(demo_path)
        preview = imports.preview(store, imports.read(path))
        assert gc.isenabled()
        with pytest.raises(Cancelled):
            imports.commit(store, preview.plan, progress=cancel)
        assert gc.isenabled()
    assert _dump(demo_path) == before


def test_the_write_has_a_larger_page_cache_then_the_connection_its_own(
    demo_path: Path, tmp_path: Path
) -> None:
    """The import's write runs with a 32 MB page cache; the connection gets its own back
    after it, whether it ends by success or by Cancel."""
    path = _generated_list(tmp_path / "list.csv", _demo_emails(demo_path), rows=300, seed=4)
    seen: list[int] = []

    def cache_size() -> int:
        return int(store.conn.execute("PRAGMA cache_size").fetchone()[0])

    class Cancelled(Exception):
        pass

    def watch(done: int, total: int) -> None:
        seen.append(cache_size())

    def cancel(done: int, total: int) -> None:
        seen.append(cache_size())
        raise Cancelled

    with open_store(demo_path, clock=fixed_clock, auto_backup=False) as store:
        own = cache_size()
        assert own != -(32 << 10)
        preview = imports.preview(store, imports.read(path))
        with pytest.raises(Cancelled):
            imports.commit(store, preview.plan, progress=cancel)
        assert cache_size() == own
        imports.commit(store, preview.plan, progress=watch)
        assert cache_size() == own
    assert seen and set(seen) == {-(32 << 10)}


@pytest.mark.parametrize("seed", [1, 2])
def test_the_paused_import_writes_the_same_database(
    collector_on: None, demo_path: Path, tmp_path: Path, seed: int
) -> None:
    """A generated list (persons of the database again by e-mail, rows repeated within the
    file, new organisations, telephones) imported through the services (collector paused)
    and through the same planning and commit with the collector running and collecting
    often: the two databases are equal, row for row, search entries included."""
    emails = _demo_emails(demo_path)
    path = _generated_list(tmp_path / "list.csv", emails, rows=400, seed=seed)
    reference = tmp_path / "reference.db"
    shutil.copyfile(demo_path, reference)

    with open_store(demo_path, clock=fixed_clock, auto_backup=False) as store:
        preview = imports.preview(store, imports.read(path))
        result = imports.commit(store, preview.plan, sender="Ambassade")

    thresholds = gc.get_threshold()
    gc.set_threshold(50, 2, 2)  # collections all along the reference import
    try:
        with open_store(reference, clock=fixed_clock, auto_backup=False) as store:
            source = imports.reading.read_file(path)
            expected = imports._preview(store, source, "", None, None, "")
            assert gc.isenabled()
            reference_result = batches.commit(store, expected.plan, sender="Ambassade")
    finally:
        gc.set_threshold(*thresholds)

    assert result.to_dict() == reference_result.to_dict()
    assert result.updated > 0 and result.created > 0  # merges and creations both exercised
    ours, theirs = _dump(demo_path), _dump(reference)
    assert ours.keys() == theirs.keys()
    for table in ours:
        assert ours[table] == theirs[table], table
    assert len(ours["search_index"]) > len(ours["persons"])  # persons and organisations


def _demo_emails(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT address FROM person_emails ORDER BY id")]
    finally:
        conn.close()


def _generated_list(path: Path, known: list[str], *, rows: int, seed: int) -> Path:
    """A French Excel list: a tenth of the rows are persons of the database (their e-mail),
    a tenth repeat an earlier row of the file with another telephone, the rest are new."""
    rng = random.Random(seed)
    families = ["Martin", "Lefèvre", "Chen", "Lin", "Wang", "Dupont", "Nguyen", "Moreau"]
    givens = ["Hélène", "Wei", "Jean-François", "Mei-Ling", "Zoé", "Chih-Hao", "Anne"]
    orgs = ["CNRS", "Institut Pasteur", "Academia Sinica", "ITRI", "Inria"]
    lines = ["Nom;Prénom;Organisme;Fonction;Courriel;Téléphone;Pays"]
    written: list[list[str]] = []
    for n in range(rows):
        pick = rng.random()
        if pick < 0.1 and known:
            row = [
                rng.choice(families).upper(), rng.choice(givens), rng.choice(orgs),
                "Directrice", rng.choice(known), "", "France",
            ]  # fmt: skip
        elif pick < 0.2 and written:
            row = list(rng.choice(written))
            row[5] = f"+886 2 {rng.randint(2000, 8999)} {rng.randint(1000, 9999)}"
        else:
            family, given = rng.choice(families), rng.choice(givens)
            org = rng.choice(orgs) if rng.random() < 0.8 else f"Nouvel organisme {n % 7}"
            row = [
                family.upper(), given, org, "Chercheur",
                f"{given.lower()}.{family.lower()}.{n}@example.org".replace(" ", ""),
                f"+886 2 {rng.randint(2000, 8999)} {rng.randint(1000, 9999)}", "Taïwan",
            ]  # fmt: skip
        written.append(row)
        lines.append(";".join(row))
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252", "replace"))
    return path


_UUIDS = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")


def _dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table (the search index through its own table, not FTS5's
    b-tree pages), in rowid order (or primary-key order); of the random identities, only
    whether each record has one."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        tables = [
            name
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
            if name not in FTS_SHADOWS and not name.startswith("sqlite_")
        ]
        dump: dict[str, list[tuple[object, ...]]] = {}
        for table in tables:
            columns = [row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')]
            # Identities are random version-4 UUIDs: only their presence can be compared.
            shown = ", ".join(
                "uuid != ''" if column == "uuid" else f'"{column}"' for column in columns
            )
            try:
                dump[table] = [
                    tuple(_UUIDS.sub("uuid", v) if isinstance(v, str) else v for v in row)
                    for row in conn.execute(f'SELECT rowid, {shown} FROM "{table}" ORDER BY rowid')
                ]  # the journal's changes name records by their uuids too
            except sqlite3.OperationalError:  # WITHOUT ROWID: ordered by its primary key
                dump[table] = conn.execute(
                    f'SELECT {shown} FROM "{table}" ORDER BY 1, 2'
                ).fetchall()
        return dump
    finally:
        conn.close()
