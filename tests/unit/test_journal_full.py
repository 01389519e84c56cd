"""The full export read back, and its undo, are journaled like every other write: the
entries replayed over the database as it was give the database as it is (the dump of every
record, ``test_journal._state``), under the batch's origin (``import:<id>``) and ``undo``;
into an empty database and into one changed by generated operations."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from attache_app.importing import full
from attache_app.services import exports
from attache_app.storage import Store, journal, open_store
from tests.conftest import fixed_clock
from tests.unit.test_journal import OPERATIONS, _copy, _replay, _run, _state


@pytest.fixture(scope="module")
def exported(template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The full export of the example post."""
    out = tmp_path_factory.mktemp("full") / "all.xlsx"
    with open_store(template, clock=fixed_clock, auto_backup=False) as store:
        exports.write_all(store, out)
    return out


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from attache_app.services.demo import load_demo

    path = tmp_path_factory.mktemp("journal-full") / "demo.db"
    with open_store(path, create=True, clock=fixed_clock, auto_backup=False) as store:
        load_demo(store, clock=fixed_clock)
    return path


def _journaled(store: Store, write: Any, origin: str) -> list[journal.JournalEntry]:
    """Run ``write``; check that its entries replayed give the database after it, that
    they are all of ``origin``, and that what it deleted has a tombstone."""
    before, seq = _state(store.conn), journal.last_seq(store)
    write()
    after, entries = _state(store.conn), journal.since(store, seq)
    assert _replay(before, entries) == after
    assert {e.origin for e in entries} <= {origin}
    gone = {uuid for kind, uuid in before if (kind, uuid) not in after}
    stones = {t.uuid for t in journal.tombstones(store)}
    assert gone <= stones and not stones & {uuid for _kind, uuid in after}
    return entries


def _import(store: Store, path: Path, prefer: str) -> int:
    plan = full.plan_full_import(store, path)
    plan.set_preference(prefer)
    result = full.apply(store, plan)
    assert result.batch is not None
    return result.batch


def test_a_full_import_into_an_empty_database_is_journaled(exported: Path, tmp_path: Path) -> None:
    with open_store(tmp_path / "new.db", create=True, clock=fixed_clock, auto_backup=False) as db:
        before, seq = _state(db.conn), journal.last_seq(db)
        batch_id = _import(db, exported, "file")
        after, entries = _state(db.conn), journal.since(db, seq)
        assert _replay(before, entries) == after
        assert {e.origin for e in entries} == {f"import:{batch_id}"}
        created = {(e.kind, e.uuid) for e in entries if e.action == "create"}
        assert created == set(after) - set(before) and len(created) > 100
        _journaled(db, lambda: full.undo(db, batch_id, force=True), "undo")
        assert journal.by_origin(db, f"import:{batch_id}") == [
            e for e in entries if e.origin == f"import:{batch_id}"
        ]


@settings(
    max_examples=6,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    operations=st.lists(OPERATIONS, min_size=1, max_size=4),
    prefer=st.sampled_from(["file", "database", "newer"]),
)
def test_a_full_import_into_a_changed_database_is_journaled(
    template: Path,
    exported: Path,
    tmp_path_factory: pytest.TempPathFactory,
    operations: list[tuple[Any, ...]],
    prefer: str,
) -> None:
    """The post changed after its export (records edited, deleted, created, imported), then
    the export read back: what comes back and what is overwritten is journaled, and so is
    the undo of that import."""
    folder = tmp_path_factory.mktemp("changed")
    path = _copy(template, folder)
    with open_store(path, clock=fixed_clock, auto_backup=False) as store:
        for n, operation in enumerate(operations):
            _run(store, path, folder, operation, n)
        before, seq = _state(store.conn), journal.last_seq(store)
        batch_id = _import(store, exported, prefer)
        after, entries = _state(store.conn), journal.since(store, seq)
        assert _replay(before, entries) == after
        assert {e.origin for e in entries} <= {f"import:{batch_id}"}
        _journaled(store, lambda: full.undo(store, batch_id, force=True), "undo")
