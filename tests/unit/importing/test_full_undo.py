"""Undoing a full export read into an empty database: what the batch created is known from
the change journal (its ``create`` entries), the settings and reminder states from the
batch's own list; the undo question counts each creation once, names the records edited
since, and the undo leaves the database as empty as it was — for batches imported before
this split too (their creations are in both places)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from attache_app.importing import full, full_write
from attache_app.importing.batches import UndoConflict
from attache_app.services import exports, imports, records
from attache_app.storage import Store, open_store, wholesale
from tests.conftest import fixed_clock
from tests.unit.importing.full_compare import compare

_WORDS = {
    "persons": "person", "organisations": "organisation", "notes": "note",
    "interactions": "interaction", "programmes": "programme", "calls": "call",
    "deadlines": "deadline", "applications": "application", "tags": "tag",
    "reminder_states": "reminder", "settings": "setting",
}  # fmt: skip
"""The undo question's word of each kind (``persons_created``…), written out here."""


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from attache_app.services.demo import load_demo

    folder = tmp_path_factory.mktemp("full-undo")
    with open_store(folder / "demo.db", create=True, clock=fixed_clock, auto_backup=False) as db:
        load_demo(db, clock=fixed_clock)
        exports.write_all(db, folder / "all.xlsx")
    return folder / "all.xlsx"


@pytest.fixture
def empty(tmp_path: Path) -> Path:
    path = tmp_path / "new.db"
    with open_store(path, create=True, clock=fixed_clock, auto_backup=False):
        pass
    shutil.copyfile(path, tmp_path / "empty.db")
    return path


def _import(store: Store, exported: Path) -> tuple[int, dict[str, int]]:
    plan = full.plan_full_import(store, exported)
    created = {kind: c["new"] for kind, c in plan.counts().items()}
    result = full.apply(store, plan)
    assert result.batch is not None and result.created == created
    return result.batch, created


def _expected(created: dict[str, int], store: Store) -> dict[str, int]:
    """The undo question's counts: the file's records by kind, and the tags the records
    named without the Tags sheet listing them (created all the same)."""
    expected = {f"{_WORDS[k]}s_created": n for k, n in created.items() if n}
    expected["tags_created"] = int(store.scalar("SELECT count(*) FROM tags") or 0)
    for key in ("persons_updated", "organisations_updated", "persons_created"):
        expected.setdefault(key, 0)
    expected.setdefault("organisations_created", 0)
    return expected


def test_the_question_counts_what_the_batch_created(exported: Path, empty: Path) -> None:
    with open_store(empty, clock=fixed_clock, auto_backup=False) as store:
        batch, created = _import(store, exported)
        assert created["persons"] > 10 and created["settings"] > 0
        pending = imports.undo_preview(store, batch)
        assert pending == _expected(created, store)
        # The batch's own list holds no creation the journal holds.
        listed = {
            r[0] for r in store.execute(
                "SELECT DISTINCT kind FROM import_changes WHERE batch_id = ?", (batch,)
            )
        }  # fmt: skip
        assert listed <= {"setting", "reminder"}
        done = imports.undo(store, batch)
        assert done["removed"] == sum(v for k, v in pending.items() if k.endswith("_created"))
    assert compare(empty.with_name("empty.db"), empty) == []


def test_records_edited_since_are_named(exported: Path, empty: Path) -> None:
    with open_store(empty, clock=fixed_clock, auto_backup=False) as store:
        batch, _created = _import(store, exported)
        person_id = int(store.scalar("SELECT min(id) FROM persons") or 0)
        person = records.get_person(store, person_id)
        person.title = "Présidente"
        store.clock = lambda: fixed_clock().replace(year=2040)
        records.save_person(store, person)
        with pytest.raises(UndoConflict) as raised:
            imports.undo(store, batch)
        # Named as the preview names it (the batch's own list named it so before).
        named = " ".join(p for p in (person.given_name, person.family_name) if p)
        assert f"Persons: {named or person.native_name}" in str(raised.value)
        assert records.get_person(store, person_id).title == "Présidente"  # nothing undone
        imports.undo(store, batch, force=True)
        assert store.scalar("SELECT count(*) FROM persons") == 0
    assert compare(empty.with_name("empty.db"), empty) == []


def test_a_batch_that_listed_its_creations_itself(exported: Path, empty: Path) -> None:
    """A batch imported before the journal held its creations listed them in
    ``import_changes`` as well: each is counted and deleted once."""
    with open_store(empty, clock=fixed_clock, auto_backup=False) as store:
        plan = full.plan_full_import(store, exported)
        batch, created = _import(store, exported)
        maps: full_write.Maps = {
            kind: wholesale.ids_by_uuid(store, full_write.SPECS[kind].table, [
                r.uuid for r in plan.new.get(kind, [])
            ])
            for kind in ("persons", "organisations", "notes")
        }  # fmt: skip
        with store.transaction():
            wholesale.record_changes(
                store,
                [
                    (batch, _WORDS[kind], maps[kind][r.uuid], "created", "", json.dumps(
                        {"uuid": r.uuid, "key": [], "name": r.name,
                         "updated_at": r.fields["updated_at"]}))
                    for kind in maps for r in plan.new.get(kind, [])
                ],
            )  # fmt: skip
        assert imports.undo_preview(store, batch) == _expected(created, store)
        imports.undo(store, batch)
    assert compare(empty.with_name("empty.db"), empty) == []
