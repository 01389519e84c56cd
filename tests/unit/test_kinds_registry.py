"""The registry of record kinds is whole and true: every layer's side of it has every kind
(adding a kind, this test names what is still missing), and what the domain's side says of
a kind — its table, fields, references, links, child lists — is what the schema of a new
database has (SQLite's ``PRAGMA table_info`` and ``foreign_key_list`` are the oracle)."""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from attache_app.cli import ADD_KINDS, LIST_KINDS
from attache_app.cli.kinds import CLI_KINDS
from attache_app.domain import kinds
from attache_app.domain.enums import RecordKind
from attache_app.services import records, related
from attache_app.storage import Store, open_store, search, snapshots
from attache_app.storage.repositories import REPOSITORIES
from tests.conftest import fixed_clock


def test_every_layer_registers_every_kind() -> None:
    every = set(RecordKind)
    assert set(kinds.RECORD_KINDS) == every
    assert set(REPOSITORIES) == every
    assert set(records.SAVERS) == every
    assert set(CLI_KINDS) == every
    assert [k.value for k in RecordKind] == ADD_KINDS
    assert [f"{k.value}s" for k in RecordKind] == LIST_KINDS


def test_each_kind_names_its_model_and_a_code_of_its_own_in_the_index() -> None:
    codes = [k.search_code for k in kinds.RECORD_KINDS.values()]
    assert len(set(codes)) == len(codes) and all(1 <= c <= 7 for c in codes)
    for kind, spec in kinds.RECORD_KINDS.items():
        assert spec.model is not None and dataclasses.is_dataclass(spec.model)
        assert kinds.of_record(spec.model.__new__(spec.model)) is kind
        model_fields = {f.name for f in dataclasses.fields(spec.model)}
        assert set(spec.fields) <= model_fields, (kind, set(spec.fields) - model_fields)
        assert search.rowid(kind, 12345) % 8 == spec.search_code
    for name, spec in kinds.KINDS.items():
        assert (spec.record_kind is None) == (spec.search_code == 0), name


def _columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {str(r[1]) for r in conn.execute(f"PRAGMA table_info({table})")}


def _keys(conn: sqlite3.Connection, table: str) -> dict[str, tuple[str, str]]:
    """column → (table named, ON DELETE)."""
    return {
        str(r[3]): (str(r[2]), str(r[6])) for r in conn.execute(f"PRAGMA foreign_key_list({table})")
    }


def test_the_registry_says_what_the_schema_has(store: Store) -> None:
    conn = store.conn
    for name, spec in kinds.KINDS.items():
        columns = _columns(conn, spec.table)
        declared = {*spec.fields, *spec.stamps, *spec.derived, *(r.column for r in spec.references)}
        assert declared | {"id", "uuid"} == columns, (name, columns ^ (declared | {"id", "uuid"}))
        keys = _keys(conn, spec.table)
        for reference in spec.references:
            target, on_delete = keys[reference.column]
            assert target == kinds.kind(reference.kind).table
            assert (on_delete == "CASCADE") == reference.cascade, (name, reference)
        for link in spec.links:
            link_keys = _keys(conn, link.table)
            assert link_keys[link.owner][0] == spec.table
            assert link_keys[link.other][0] == kinds.kind(link.kind).table
        for child in spec.children:
            assert set(child.columns) | {child.owner} <= _columns(conn, child.table)
            assert _keys(conn, child.table)[child.owner] == (spec.table, "CASCADE")


def test_the_records_naming_another_are_those_its_references_find(demo_store: Store) -> None:
    """A person names their organisation, a deadline its programme (their search entries
    hold the name): found from the registry's references, checked against SQL written
    here."""
    conn = demo_store.conn
    org_ids = [int(r[0]) for r in conn.execute("SELECT id FROM organisations LIMIT 5")]
    programme_ids = [int(r[0]) for r in conn.execute("SELECT id FROM programmes LIMIT 5")]
    found = snapshots.naming(
        demo_store, {RecordKind.ORGANISATION: org_ids, RecordKind.PROGRAMME: programme_ids}
    )
    marks_o, marks_p = ",".join("?" * len(org_ids)), ",".join("?" * len(programme_ids))
    persons = {
        int(r[0])
        for r in conn.execute(
            f"SELECT id FROM persons WHERE organisation_id IN ({marks_o})", org_ids
        )
    }
    deadlines = {
        int(r[0])
        for r in conn.execute(
            f"SELECT id FROM deadlines WHERE programme_id IN ({marks_p})", programme_ids
        )
    }
    assert persons and deadlines
    assert {k: set(v) for k, v in found.items()} == {
        RecordKind.PERSON: persons,
        RecordKind.DEADLINE: deadlines,
    }


@pytest.mark.parametrize("kind", [RecordKind.PERSON, RecordKind.ORGANISATION])
def test_the_links_panel_lists_what_the_link_tables_hold(
    demo_store: Store, kind: RecordKind
) -> None:
    conn = demo_store.conn
    for record_id in records.list_ids(demo_store, kind)[:15]:
        found = related.linked(demo_store, kind, record_id)
        shown = {k: {i for i, _text in items} for k, items in found.items()}
        expected: dict[RecordKind, set[int]] = {}
        column = f"{kind.value}_id"
        if kind is RecordKind.PERSON:
            (org,) = conn.execute(
                "SELECT organisation_id FROM persons WHERE id = ?", (record_id,)
            ).fetchone()
            if org:
                expected[RecordKind.ORGANISATION] = {int(org)}
            tables = {
                RecordKind.NOTE: "note_persons",
                RecordKind.INTERACTION: "interaction_persons",
                RecordKind.DEADLINE: "deadline_persons",
            }
        else:
            members = {
                int(r[0])
                for r in conn.execute(
                    "SELECT id FROM persons WHERE organisation_id = ?", (record_id,)
                )
            }
            if members:
                expected[RecordKind.PERSON] = members
            tables = {
                RecordKind.NOTE: "note_organisations",
                RecordKind.INTERACTION: "interaction_organisations",
            }
        for linked_kind, table in tables.items():
            owner = f"{linked_kind.value}_id"
            ids = {
                int(r[0])
                for r in conn.execute(
                    f"SELECT {owner} FROM {table} WHERE {column} = ?", (record_id,)
                )
            }
            if ids:
                expected[linked_kind] = ids
        assert shown == expected, (kind, record_id)


@pytest.fixture
def demo_store(demo_path: Path) -> Iterator[Store]:
    with open_store(demo_path, clock=fixed_clock, auto_backup=False) as store:
        yield store
