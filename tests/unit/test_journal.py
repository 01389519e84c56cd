"""The change journal tells the whole truth: random operations through the services and the
CLI (create, edit, link, tag, import, undo, delete), and after each one the journal's new
entries, replayed onto a dump of the database taken before, give the dump taken after —
every changed field of every record is in the journal, and nothing else (each old value is
the value the record had, each new value differs from it).

The dumps are this file's own SQL over the tables (foreign keys read from SQLite's
``PRAGMA foreign_key_list``, link tables found by their shape), not the storage layer's
documents.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from attache_app.cli import main as cli_main
from attache_app.domain.enums import RecordKind
from attache_app.domain.models import Note, Organisation, Person
from attache_app.services import imports, programmes, records, reminders
from attache_app.storage import Store, journal, open_store
from tests.conftest import fixed_clock

RECORDS = {
    "persons": "person", "organisations": "organisation", "notes": "note",
    "interactions": "interaction", "programmes": "programme", "calls": "call",
    "deadlines": "deadline", "applications": "application", "tags": "tag",
}  # fmt: skip
CHILDREN = {
    # table: (owner column, field, columns, order, condition)
    "person_emails": ("person_id", "emails", ("address", "label"), "position", ""),
    "person_phones": ("person_id", "phones", ("number", "label", "e164"), "position", ""),
    "note_themes": ("note_id", "themes", ("theme",), "theme COLLATE NOCASE", ""),
    "reminder_states": (
        "deadline_id", "reminder_states", ("days_before", "state", "snoozed_until"),
        "days_before DESC", "state != 'pending'",
    ),
}  # fmt: skip
DERIVED = {"deadlines": {"sort_key", "due_utc"}}
"""Computed from other columns (the UTC instant of a deadline and its sort key)."""

State = dict[tuple[str, str], dict[str, Any]]


def _state(conn: sqlite3.Connection) -> State:
    """Every record as (kind, uuid) → {field: value}: its columns (a foreign key as the
    uuid it names, under the column's name less ``_id``), its rows in link tables (the
    uuids linked, under the linked table's name or ``tags``) and in child tables."""
    uuids = {
        table: {int(i): u for i, u in conn.execute(f"SELECT id, uuid FROM {table}")}
        for table in RECORDS
    }
    state: State = {}
    for table, kind in RECORDS.items():
        columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
        keys = {r[3]: r[2] for r in conn.execute(f"PRAGMA foreign_key_list({table})")}
        for values in conn.execute(f"SELECT * FROM {table}"):
            row = dict(zip(columns, values, strict=True))
            document: dict[str, Any] = {}
            for column, value in row.items():
                if column in ("id", "uuid") or column in DERIVED.get(table, ()):
                    continue
                if column in keys:
                    document[column.removesuffix("_id")] = uuids[keys[column]].get(value)
                else:
                    document[column] = value
            state[(kind, row["uuid"])] = document
    owners = {table: (kind, table[:-1]) for table, kind in RECORDS.items()}
    for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
        keys = [(r[3], r[2]) for r in conn.execute(f"PRAGMA foreign_key_list({table})")]
        columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
        if len(keys) != 2 or "id" in columns or table in CHILDREN:
            continue  # not a link table
        (owner_column, owner_table), (other_column, other_table) = sorted(
            keys, key=lambda k: not table.startswith(owners[k[1]][1])
        )
        field = "tags" if other_table == "tags" else other_table
        for document_key, document in state.items():
            if document_key[0] == RECORDS[owner_table]:
                document[field] = []
        for owner, other in conn.execute(f"SELECT {owner_column}, {other_column} FROM {table}"):
            key = (RECORDS[owner_table], uuids[owner_table][owner])
            state[key][field].append(uuids[other_table][other])
        for document_key, document in state.items():
            if document_key[0] == RECORDS[owner_table]:
                document[field].sort()
    for table, (owner, field, columns, order, condition) in CHILDREN.items():
        owner_table = next(t for t in RECORDS if owner == t[:-1] + "_id")
        kind = RECORDS[owner_table]
        for document_key, document in state.items():
            if document_key[0] == kind:
                document[field] = []
        where = f" WHERE {condition}" if condition else ""
        for row in conn.execute(
            f"SELECT {owner}, {', '.join(columns)} FROM {table}{where} ORDER BY {owner}, {order}"
        ):
            value = row[1] if len(columns) == 1 else list(row[1:])
            state[(kind, uuids[owner_table][row[0]])][field].append(value)
    return state


def _replay(state: State, entries: list[journal.JournalEntry]) -> State:
    """The state the entries lead to, checking each old value against the state."""
    state = {k: dict(v) for k, v in state.items()}
    for entry in entries:
        key = (entry.kind, entry.uuid)
        if entry.action == "create":
            assert key not in state, entry
            assert all(old is None for old, _new in entry.changes.values()), entry
            state[key] = {f: new for f, (_old, new) in entry.changes.items()}
        elif entry.action == "delete":
            assert state.pop(key) == {f: old for f, (old, _new) in entry.changes.items()}, entry
        else:
            assert entry.action == "update" and entry.changes, entry
            for field, (old, new) in entry.changes.items():
                assert state[key][field] == old and old != new, (entry, field)
                state[key][field] = new
    return state


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from attache_app.services.demo import load_demo

    path = tmp_path_factory.mktemp("journal") / "demo.db"
    with open_store(path, create=True, clock=fixed_clock, auto_backup=False) as store:
        load_demo(store, clock=fixed_clock)
    return path


def _copy(template: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "post.db"
    for suffix in ("", "-wal", "-shm"):
        source = Path(str(template) + suffix)
        if source.exists():
            shutil.copy(source, Path(str(target) + suffix))
    return target


def _ids(store: Store, kind: RecordKind) -> list[int]:
    return records.list_ids(store, kind)


def _pick(ids: list[int], n: int) -> int | None:
    return ids[n % len(ids)] if ids else None


names = st.text("abcdefghijklmnopéèçü", min_size=1, max_size=8)
tag_names = st.lists(st.sampled_from(["IA", "quantique", "5G", "nouveau", "Vip"]), max_size=3)
OPERATIONS = st.one_of(
    st.tuples(st.just("create_person"), names, names, tag_names, st.integers(0, 50)),
    st.tuples(st.just("edit_person"), st.integers(0, 500), names, tag_names),
    st.tuples(st.just("create_org"), names, tag_names),
    st.tuples(st.just("note"), names, st.lists(st.integers(0, 500), max_size=3), tag_names),
    st.tuples(
        st.just("tag"), st.sampled_from(["person", "organisation"]),
        st.lists(st.integers(0, 500), min_size=1, max_size=3), tag_names, tag_names,
    ),
    st.tuples(
        st.just("delete"), st.sampled_from(list(RecordKind)), st.integers(0, 500)
    ),
    st.tuples(st.just("undelete"), st.sampled_from(list(RecordKind)), st.integers(0, 500)),
    st.tuples(
        st.just("import"),
        st.lists(st.tuples(names, names, st.integers(0, 60), st.booleans()), min_size=1,
                 max_size=4),
    ),
    st.tuples(st.just("undo_import"), st.booleans()),
    st.tuples(st.just("cli_update"), st.integers(0, 500), names),
    st.tuples(st.just("reminder"), st.integers(0, 500)),
    st.tuples(st.just("application"), st.integers(0, 500), st.integers(0, 500)),
    st.tuples(st.just("backup")),
    st.tuples(st.just("restore"), st.booleans()),
)  # fmt: skip


def _restore(store: Store, source: Path, *, as_the_window: bool) -> None:
    """Restore as ``attache restore`` does (the store closes and reopens its connection)
    or as the window does (its store suspended, the file replaced, then reconnected)."""
    from attache_app.services import database

    if as_the_window:
        assert store.path is not None
        store.suspend(database.restoring(store.path))
        try:
            database.restore_file(store.path, source, key=store.key, clock=store.clock)
        finally:
            store.reconnect()
    else:
        database.restore(store, source)


def _run(store: Store, path: Path, folder: Path, operation: tuple[Any, ...], n: int) -> None:
    name = operation[0]
    if name in ("backup", "restore"):
        copies = sorted(folder.glob("copy*.db"))
        if name == "backup" or not copies:
            from attache_app.storage import backup as backups

            backups.backup(store, folder / f"copy{n:02}.db")
        if name == "restore":
            _restore(store, sorted(folder.glob("copy*.db"))[-1], as_the_window=operation[1])
        return
    persons = _ids(store, RecordKind.PERSON)
    orgs = _ids(store, RecordKind.ORGANISATION)
    if name == "create_person":
        _, given, family, tags, org = operation
        records.save_person(
            store,
            Person(
                given_name=given, family_name=family, tags=tags, organisation_id=_pick(orgs, org)
            ),
        )
    elif name == "edit_person" and persons:
        person = records.get_person(store, persons[operation[1] % len(persons)])
        person.title, person.tags = operation[2], operation[3]
        records.save_person(store, person)
    elif name == "create_org":
        records.save_organisation(store, Organisation(name=operation[1], tags=operation[2]))
    elif name == "note" and persons:
        linked = sorted({persons[i % len(persons)] for i in operation[2]})
        records.save_note(
            store,
            Note(title=operation[1], date="2026-11-01", person_ids=linked,
                 organisation_ids=orgs[:1], themes=operation[3]),
        )  # fmt: skip
    elif name == "tag":
        _, kind, picks, add, remove = operation
        ids = persons if kind == "person" else orgs
        if ids:
            chosen = sorted({ids[i % len(ids)] for i in picks})
            records.tag(store, RecordKind(kind), chosen, add, remove)
    elif name == "delete":
        ids = _ids(store, operation[1])
        if ids:
            records.delete(store, operation[1], [ids[operation[2] % len(ids)]])
    elif name == "undelete":
        ids = _ids(store, operation[1])
        if ids:
            snapshot = records.delete_with_snapshot(
                store, operation[1], [ids[operation[2] % len(ids)]]
            )
            with store.origin("undo"):
                records.undelete(store, snapshot)
    elif name == "import":
        listing = folder / f"list{n}.csv"
        lines = ["Prénom;Nom;Courriel;Organisme;Mots-clés"]
        for given, family, number, known in operation[1]:
            email = f"p{number}@example.org"
            if known and persons:
                found = records.get_person(store, persons[number % len(persons)])
                email = found.emails[0].address if found.emails else email
            lines.append(f"{given};{family};{email};Org {number % 3};nouveau")
        listing.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
        preview = imports.preview(store, imports.read(listing))
        imports.commit(store, preview.plan)
    elif name == "undo_import":
        open_batches = [b for b in imports.history(store) if not b.undone_at]
        if open_batches:
            imports.undo(store, open_batches[0].id, force=operation[1] or True)
    elif name == "cli_update" and persons:
        person_id = persons[operation[1] % len(persons)]
        code = cli_main(
            ["--db", str(path), "update", "person", str(person_id), "--title", operation[2]]
        )
        assert code == 0
    elif name == "reminder":
        deadlines = _ids(store, RecordKind.DEADLINE)
        for deadline in records.get_many(store, RecordKind.DEADLINE, deadlines[:50]):
            if deadline.reminders and deadline.id is not None:
                reminders.mark_done(store, f"{deadline.id}:{deadline.reminders[0]}")
                break
    elif name == "application" and persons:
        calls = [int(r[0]) for r in store.execute("SELECT id FROM calls ORDER BY id")]
        if calls:
            from attache_app.domain.models import Application

            programmes.save_application(
                store,
                Application(
                    call_id=calls[operation[1] % len(calls)], title="Projet",
                    person_ids=[persons[operation[2] % len(persons)]], organisation_ids=orgs[:1],
                ),
            )  # fmt: skip


@pytest.fixture
def workdir(tmp_path: Path) -> Iterator[Path]:
    yield tmp_path


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(operations=st.lists(OPERATIONS, min_size=1, max_size=6))
def test_the_journal_holds_every_change_and_nothing_else(
    template: Path, workdir: Path, operations: list[tuple[Any, ...]]
) -> None:
    folder = workdir / f"run{abs(hash(repr(operations)))}"
    path = _copy(template, folder)
    with open_store(path, clock=fixed_clock, auto_backup=False) as store:
        for n, operation in enumerate(operations):
            before, seq = _state(store.conn), journal.last_seq(store)
            _run(store, path, folder, operation, n)
            after, entries = _state(store.conn), journal.since(store, seq)
            assert _replay(before, entries) == after, operation
            gone = {uuid for kind, uuid in before if (kind, uuid) not in after}
            alive = {uuid for _kind, uuid in after}
            stones = {t.uuid for t in journal.tombstones(store)}
            assert gone <= stones and not stones & alive


def test_every_record_of_a_new_database_starts_with_its_creation(template: Path) -> None:
    """The replay from an empty state gives the whole database: nothing was written past
    the journal, the example data included."""
    with open_store(template, clock=fixed_clock, auto_backup=False) as store:
        assert _replay({}, journal.since(store, 0)) == _state(store.conn)


def test_origins_and_nesting(store: Store) -> None:
    person = records.save_person(store, Person(given_name="Ada", family_name="Lovelace"))
    with store.origin("sync:Marie"):
        person.title = "Comtesse"
        records.save_person(store, person)
        with store.origin("undo"):
            person.title = ""
            records.save_person(store, person)
        person.city = "Londres"
        records.save_person(store, person)
    history = journal.for_record(store, person.uuid)
    assert [(e.action, e.origin) for e in history] == [
        ("create", "user"), ("update", "sync:Marie"), ("update", "undo"),
        ("update", "sync:Marie"),
    ]  # fmt: skip
    assert history[1].changes["title"] == ["", "Comtesse"]
    assert store.current_origin == "user"


def test_a_link_is_journaled_on_its_owner_with_uuids(store: Store) -> None:
    org = records.save_organisation(store, Organisation(name="ITRI"))
    person = records.save_person(store, Person(given_name="Wei", organisation_id=org.id))
    seq = journal.last_seq(store)
    assert person.id is not None and org.id is not None
    note = records.save_note(
        store, Note(title="Visite", date="2026-11-02", person_ids=[person.id],
                    organisation_ids=[org.id])
    )  # fmt: skip
    records.tag(store, RecordKind.PERSON, [person.id], ["IA"], [])
    entries = journal.since(store, seq)
    created = next(e for e in entries if e.kind == "note")
    assert created.changes["persons"] == [None, [person.uuid]]
    assert created.changes["organisations"] == [None, [org.uuid]]
    tag = next(e for e in entries if e.kind == "tag")
    assert tag.action == "create" and tag.changes["name"] == [None, "IA"]
    tagged = next(e for e in entries if e.kind == "person")
    assert tagged.changes == {"tags": [[], [tag.uuid]]}
    # Deleting the person changes the note's links: journaled on the note, by uuid.
    seq = journal.last_seq(store)
    records.delete(store, RecordKind.PERSON, [person.id])
    entries = journal.since(store, seq)
    assert {(e.kind, e.action) for e in entries} == {("person", "delete"), ("note", "update")}
    assert next(e for e in entries if e.kind == "note").changes == {"persons": [[person.uuid], []]}
    assert journal.tombstone(store, person.uuid) is not None
    assert note.uuid and json.dumps(entries[0].changes)


@pytest.mark.parametrize("as_the_window", [False, True])
def test_a_restore_is_journaled_past_what_the_replaced_database_had(
    template: Path, tmp_path: Path, as_the_window: bool
) -> None:
    """The restore's entries (origin « restore ») replay the database as it was just before
    onto the restored one, numbered after every entry the replaced database had."""
    from attache_app.storage import backup

    path = _copy(template, tmp_path / "post")
    with open_store(path, clock=fixed_clock, auto_backup=False) as store:
        copy = backup.backup(store, tmp_path / "copy.db")
        ids = _ids(store, RecordKind.PERSON)
        records.save_person(store, Person(given_name="Après", family_name="Sauvegarde"))
        edited = records.get_person(store, ids[0])
        edited.title = "Changée après"
        records.save_person(store, edited)
        gone = records.get_person(store, ids[1])
        records.delete(store, RecordKind.PERSON, [ids[1]])
        before, last = _state(store.conn), journal.last_seq(store)
        assert journal.tombstone(store, gone.uuid) is not None
        _restore(store, copy, as_the_window=as_the_window)
        entries = journal.since(store, last)
        assert entries and {e.origin for e in entries} == {"restore"}
        assert min(e.seq for e in entries) > last
        assert _replay(before, entries) == _state(store.conn)
        assert journal.tombstone(store, gone.uuid) is None  # back again
        created = next(e for e in entries if e.changes.get("family_name") == ["Sauvegarde", None])
        assert created.action == "delete" and journal.tombstone(store, created.uuid) is not None
