"""The undo of a full import reads the change journal: the records the import created or
changed are found under its origin (``import:<batch>``), and only what the journal does not
hold — the post's settings, the reminders' own rows — is kept in ``import_changes``. The
oracle is ``full_compare.compare``: every table, row by row (the search index included),
the same as before the import."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest

from attache_app.domain.enums import RecordKind
from attache_app.domain.models import EmailAddress, Note
from attache_app.importing import full
from attache_app.importing.full_read import ORDER
from attache_app.services import exports, imports, post, records, reminders, search
from attache_app.storage import Store, journal, open_store
from tests.conftest import fixed_clock
from tests.unit.importing.full_compare import compare


def _at(year: int) -> dt.datetime:
    return dt.datetime(year, 1, 1, tzinfo=dt.UTC)


def _first(store: Store, kind: RecordKind) -> int:
    return records.list_ids(store, kind)[0]


@pytest.fixture
def setting(demo_template: Path, tmp_path: Path) -> tuple[Path, Path, str]:
    """(their export, my database, the organisation's old name): in their copy, later
    than mine, a deadline moved to another hour, a reminder done, the post renamed, an
    organisation renamed, a person given another e-mail and a tag, a note added."""
    theirs, mine = tmp_path / "theirs.db", tmp_path / "mine.db"
    shutil.copyfile(demo_template, theirs)
    shutil.copyfile(demo_template, mine)
    out = tmp_path / "theirs.xlsx"
    with open_store(theirs, clock=lambda: _at(2029), auto_backup=False) as store:
        deadline = next(
            d
            for d in records.get_many(
                store, RecordKind.DEADLINE, records.list_ids(store, RecordKind.DEADLINE)
            )
            if not d.all_day and d.reminders
        )
        assert deadline.id is not None
        reminders.mark_done(store, f"{deadline.id}:{deadline.reminders[0]}")
        deadline = records.get_deadline(store, deadline.id)
        deadline.due_local = deadline.due_local[:11] + "06:30"
        records.save_deadline(store, deadline)
        post.update_settings(store, post_name="Ambassade renommée")
        organisation = records.get_organisation(store, _first(store, RecordKind.ORGANISATION))
        old_name = organisation.name
        organisation.name = "Institut rebaptisé"
        records.save_organisation(store, organisation)
        person = records.get_person(
            store, records.list_ids(store, RecordKind.PERSON, organisation_id=organisation.id)[0]
        )
        person.emails = [EmailAddress("nouvelle@example.org", "work"), *person.emails]
        person.tags = [*person.tags, "Passation"]
        records.save_person(store, person)
        records.save_note(store, Note(title="Note de passation", date="2026-11-20"))
        exports.write_all(store, out)
    return out, mine, old_name


def test_the_undo_reads_the_journal_and_gives_everything_back(
    setting: tuple[Path, Path, str], tmp_path: Path
) -> None:
    out, mine, old_name = setting
    before = tmp_path / "before.db"
    shutil.copyfile(mine, before)
    with open_store(mine, clock=fixed_clock, auto_backup=False) as store:
        batch = full.apply(store, full.plan_full_import(store, out, prefer="file")).batch
        assert batch is not None
        kept = {r[0] for r in store.execute("SELECT DISTINCT kind FROM import_changes")}
        assert kept == {"setting", "reminder"}  # the records are in the journal only
        written = journal.by_origin(store, f"import:{batch}")
        assert {e.kind for e in written} >= {"person", "organisation", "deadline", "note", "tag"}
        assert search.search(store, "rebaptisé")
        pending = imports.undo_preview(store, batch)
        assert pending["notes_created"] == 1 and pending["tags_created"] == 1
        assert pending["deadlines_updated"] == 1 and pending["settings_updated"] >= 1
        done = imports.undo(store, batch)
        assert done["removed"] >= 2 and done["restored"] >= 4
        undone = journal.since(store, written[-1].seq)
        assert undone and {e.origin for e in undone} == {"undo"}
        assert post.get_settings(store).post_name != "Ambassade renommée"
        # the person is found again by their organisation's old name, not the new one
        assert {h.kind for h in search.search(store, old_name)} >= {"person", "organisation"}
        assert not search.search(store, "rebaptisé")
    assert compare(before, mine) == []


def test_a_batch_that_kept_its_own_list_still_undoes(
    setting: tuple[Path, Path, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A full import made before the journal held its records (every change in
    ``import_changes``, no entry of its origin) is undone from its own list."""
    out, mine, _old_name = setting
    before = tmp_path / "before.db"
    shutil.copyfile(mine, before)
    monkeypatch.setattr(full, "UNJOURNALED", frozenset(ORDER))
    with open_store(mine, clock=fixed_clock, auto_backup=False) as store:
        batch = full.apply(store, full.plan_full_import(store, out, prefer="file")).batch
        assert batch is not None
    with sqlite3.connect(mine) as conn:  # as a file of the earlier release holds it
        conn.execute("DELETE FROM journal WHERE origin = ?", (f"import:{batch}",))
        for word in ("person", "organisation", "note", "interaction", "programme", "call",
                     "deadline", "application"):  # fmt: skip
            conn.execute(  # each creation named by its local id
                f"UPDATE import_changes SET ref_id = (SELECT id FROM {word}s t "
                "WHERE t.uuid = json_extract(import_changes.after, '$.uuid')) "
                "WHERE batch_id = ? AND kind = ? AND action = 'created'",
                (batch, word),
            )
        conn.execute(
            "INSERT INTO import_changes (batch_id, kind, ref_id, action, before, after, "
            "created_at, updated_at) SELECT ?, 'tag', id, 'created', '', "
            "json_object('name', name), '', '' FROM tags WHERE name = 'Passation'",
            (batch,),
        )
    monkeypatch.undo()
    with open_store(mine, clock=fixed_clock, auto_backup=False) as store:
        assert journal.by_origin(store, f"import:{batch}") == []
        kinds = {r[0] for r in store.execute("SELECT DISTINCT kind FROM import_changes")}
        assert {"person", "organisation", "note", "deadline"} <= kinds
        assert imports.undo_preview(store, batch)["notes_created"] == 1
        imports.undo(store, batch)
    assert compare(before, mine) == []
