"""A full export read into a database that has some of its records: matched by identity,
merged field by field (the newer record wins, an empty value never does, or the side the
user prefers), one batch, and an undo that gives the database back exactly."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from attache_app.domain.models import Note
from attache_app.importing import full
from attache_app.importing.batches import UndoConflict
from attache_app.services import exports, imports, records
from attache_app.storage import Store, open_store
from tests.conftest import fixed_clock
from tests.unit.importing.full_compare import compare


def _at(year: int) -> dt.datetime:
    return dt.datetime(year, 1, 1, tzinfo=dt.UTC)


def _retitle(store: Store, person_id: int, title: str, year: int) -> None:
    store.clock = lambda: _at(year)
    person = records.get_person(store, person_id)
    person.title = title
    records.save_person(store, person)
    store.clock = fixed_clock


@pytest.fixture
def setting(demo_template: Path, tmp_path: Path) -> tuple[Path, Path]:
    """(the predecessor's export, the database it is read into): in the export, person 1
    was retitled in 2029 and a note added; in the database, person 2 was retitled in 2030
    and person 3 lost their city."""
    theirs, mine = tmp_path / "theirs.db", tmp_path / "mine.db"
    shutil.copyfile(demo_template, theirs)
    shutil.copyfile(demo_template, mine)
    out = tmp_path / "theirs.xlsx"
    with open_store(theirs, clock=fixed_clock, auto_backup=False) as store:
        _retitle(store, 1, "Directeur général", 2029)
        _retitle(store, 2, "Chargée de mission", 2029)
        records.save_note(store, Note(title="Nouvelle note", date="2026-11-20", themes=["IA"]))
        exports.write_all(store, out)
    with open_store(mine, clock=fixed_clock, auto_backup=False) as store:
        _retitle(store, 2, "Vice-présidente", 2030)
        store.clock = lambda: _at(2030)
        person = records.get_person(store, 2)
        person.city = ""
        records.save_person(store, person)
        store.clock = lambda: _at(2031)
        person = records.get_person(store, 3)
        person.city = ""
        records.save_person(store, person)
    return out, mine


def _titles(store: Store) -> list[str]:
    return [records.get_person(store, i).title for i in (1, 2)]


def test_newer_record_wins_and_empty_never_does(setting: tuple[Path, Path]) -> None:
    out, mine = setting
    with open_store(mine, clock=fixed_clock, auto_backup=False) as store:
        plan = full.plan_full_import(store, out)
        counts = plan.counts()
        assert counts["notes"]["new"] == 1 and counts["persons"]["new"] == 0
        changes = {(m.record.uuid, c.field): c for m, c in plan.changes()}
        uuid1, uuid2, uuid3 = (records.get_person(store, i).uuid for i in (1, 2, 3))
        assert changes[(uuid1, "title")].take_file  # the file's record is newer
        assert not changes[(uuid2, "title")].take_file  # the database's is newer
        city = changes[(uuid3, "city")]  # emptied in the newer database: filled again
        assert city.database == "" and city.file and city.take_file
        assert counts["persons"]["updated"] == 3 and counts["persons"]["kept"] == 1
        file_stamp = next(m for m, _c in plan.changes() if m.record.uuid == uuid1).record.fields[
            "updated_at"
        ]
        result = full.apply(store, plan)
        assert result.created["notes"] == 1 and result.updated["persons"] == 3
        assert _titles(store) == ["Directeur général", "Vice-présidente"]
        # Person 1 is now the file's record: its date of change too. Person 2 mixes both
        # sides (the database's title, the file's city): changed now.
        assert records.get_person(store, 1).updated_at == file_stamp
        mixed = records.get_person(store, 2)
        assert mixed.city and mixed.updated_at == "2026-11-23T09:00:00Z"
        again = full.plan_full_import(store, out)
        assert again.already_imported is not None
        assert [c.field for m, c in again.changes() if m.record.uuid == uuid1] == []


@pytest.mark.parametrize(
    ("prefer", "expected"),
    [
        ("file", ["Directeur général", "Chargée de mission"]),
        ("database", ["Research Fellow", "Vice-présidente"]),
    ],
)
def test_preferring_one_side(setting: tuple[Path, Path], prefer: str, expected: list[str]) -> None:
    out, mine = setting
    with open_store(mine, clock=fixed_clock, auto_backup=False) as store:
        original = records.get_person(store, 1).title
        plan = full.plan_full_import(store, out, prefer=prefer)
        full.apply(store, plan)
        titles = _titles(store)
    assert titles == [expected[0] if prefer == "file" else original, expected[1]]


def test_undo_gives_the_database_back(setting: tuple[Path, Path], tmp_path: Path) -> None:
    out, mine = setting
    before = tmp_path / "before.db"
    shutil.copyfile(mine, before)
    with open_store(mine, clock=fixed_clock, auto_backup=False) as store:
        batch = full.apply(store, full.plan_full_import(store, out, prefer="file")).batch
        assert batch is not None
        pending = imports.undo_preview(store, batch)
        assert pending["notes_created"] == 1 and pending["persons_updated"] >= 2
        done = imports.undo(store, batch)
        assert done["removed"] >= 1 and done["restored"] >= 2
        with pytest.raises(Exception, match="already undone"):
            imports.undo(store, batch)
    assert compare(before, mine) == []


def test_undo_names_records_edited_since(setting: tuple[Path, Path]) -> None:
    out, mine = setting
    with open_store(mine, clock=fixed_clock, auto_backup=False) as store:
        batch = full.apply(store, full.plan_full_import(store, out)).batch
        assert batch is not None
        _retitle(store, 1, "Président", 2035)
        with pytest.raises(UndoConflict, match="Persons: "):
            imports.undo(store, batch)
        assert records.get_person(store, 1).title == "Président"  # nothing undone yet
        imports.undo(store, batch, force=True)
        assert records.get_person(store, 1).title == "Research Fellow"


def test_a_record_only_in_the_database_is_never_touched(setting: tuple[Path, Path]) -> None:
    out, mine = setting
    with open_store(mine, clock=fixed_clock, auto_backup=False) as store:
        mine_only = records.save_note(store, Note(title="Rien que chez moi", date="2026-11-21"))
        full.apply(store, full.plan_full_import(store, out, prefer="file"))
        assert records.get_note(store, mine_only.id or 0).title == "Rien que chez moi"


def test_programmes_and_calls_of_both_databases_are_found_by_name(
    demo_template: Path, tmp_path: Path
) -> None:
    """Two databases that installed the catalogue and prepared the same calls each have
    their own identities for them: the file's are found by name (programme) and by
    programme and year (call), and nothing is created twice or shown as changed."""
    import sqlite3
    import uuid

    out = tmp_path / "theirs.xlsx"
    with open_store(demo_template, clock=fixed_clock, auto_backup=False) as store:
        exports.write_all(store, out)
    mine = tmp_path / "mine.db"
    shutil.copyfile(demo_template, mine)
    conn = sqlite3.connect(mine)
    with conn:
        for table in ("programmes", "calls"):
            for (row_id,) in conn.execute(f"SELECT id FROM {table}").fetchall():
                conn.execute(
                    f"UPDATE {table} SET uuid = ? WHERE id = ?", (str(uuid.uuid4()), row_id)
                )
    conn.close()
    with open_store(mine, clock=fixed_clock, auto_backup=False) as store:
        plan = full.plan_full_import(store, out, prefer="file")
        counts = plan.counts()
        assert counts["programmes"]["new"] == counts["calls"]["new"] == 0
        assert counts["deadlines"]["new"] == 0
        assert plan.changes() == []
        before = store.scalar("SELECT count(*) FROM calls")
        full.apply(store, plan)
        assert store.scalar("SELECT count(*) FROM calls") == before
