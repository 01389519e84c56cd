"""Deleting then undeleting gives back exactly the same database, links and search included."""

from __future__ import annotations

from typing import Any

import pytest

from attache_app.domain import kinds
from attache_app.domain.enums import RecordKind
from attache_app.domain.models import Person
from attache_app.services import records
from attache_app.services.search import search
from attache_app.storage import Store, journal
from attache_app.storage.backup import check


def _dump(store: Store) -> dict[str, list[Any]]:
    tables = [
        r[0]
        for r in store.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE 'search_index%' AND name != 'schema_migrations' "
            "AND name != 'journal'"  # the history of changes grows: checked on its own
        )
    ]
    return {t: sorted(store.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in tables}


def _index(store: Store) -> list[Any]:
    return sorted(
        store.execute(
            "SELECT rowid, kind, ref_id, display, subtitle, title, body FROM search_index"
        ).fetchall()
    )


@pytest.mark.parametrize("kind", list(RecordKind))
def test_delete_then_undelete_restores_everything(demo_store: Store, kind: RecordKind) -> None:
    ids = records.list_ids(demo_store, kind)[:3]
    before, index_before = _dump(demo_store), _index(demo_store)
    snapshot = records.delete_with_snapshot(demo_store, kind, ids)
    assert records.get_many(demo_store, kind, ids) == []
    assert _dump(demo_store) != before
    seq = journal.last_seq(demo_store)
    with demo_store.origin("undo"):
        records.undelete(demo_store, snapshot)
    assert _dump(demo_store) == before  # tombstones included: the restored have none
    assert _index(demo_store) == index_before
    assert check(demo_store).ok
    table = kinds.kind(kind).table
    uuids = {str(demo_store.scalar(f"SELECT uuid FROM {table} WHERE id = ?", (i,))) for i in ids}
    back = journal.since(demo_store, seq)
    assert {e.uuid for e in back if e.action == "create"} >= uuids
    assert {e.origin for e in back} == {"undo"}


def test_organisation_undelete_relinks_its_people(demo_store: Store) -> None:
    org_id = records.resolve_organisation(demo_store, "ITRI")
    members = records.list_ids(demo_store, RecordKind.PERSON, organisation_id=org_id)
    assert members
    snapshot = records.delete_with_snapshot(demo_store, RecordKind.ORGANISATION, [org_id])
    assert all(records.get_person(demo_store, m).organisation_id is None for m in members)
    records.undelete(demo_store, snapshot)
    assert all(records.get_person(demo_store, m).organisation_id == org_id for m in members)
    hits = search(demo_store, "itri", kinds=[RecordKind.PERSON], limit=500)
    assert set(members) <= {h.id for h in hits}


def test_ids_are_never_reused(store: Store) -> None:
    first = records.save_person(store, Person(given_name="First"))
    assert first.id is not None
    snapshot = records.delete_with_snapshot(store, RecordKind.PERSON, [first.id])
    second = records.save_person(store, Person(given_name="Second"))
    assert second.id != first.id
    records.undelete(store, snapshot)
    assert records.get_person(store, first.id).given_name == "First"
