"""What a sync round pulls is journaled as the colleague's (origin ``sync:<user>``): the
entries of the round replayed over the desktop's records before it give its records after
it (``test_journal._state``), creations, edits, links, deletions with their tombstones;
the desktop's own writes stay its user's."""

from __future__ import annotations

from attache_app.domain.enums import RecordKind
from attache_app.domain.models import EmailAddress, Note, Organisation, Person
from attache_app.services import records
from attache_app.storage import journal
from tests.sync.conftest import Desktop
from tests.unit.test_journal import _replay, _state


def _pull(desktop: Desktop) -> list[journal.JournalEntry]:
    """One round of ``desktop``, checked: its journal entries replay to its new state."""
    with desktop.store() as store:
        before, seq = _state(store.conn), journal.last_seq(store)
    desktop.sync()
    with desktop.store() as store:
        after, entries = _state(store.conn), journal.since(store, seq)
        stones = {t.uuid for t in journal.tombstones(store)}
    assert _replay(before, entries) == after
    gone = {uuid for kind, uuid in before if (kind, uuid) not in after}
    assert gone <= stones and not stones & {uuid for _kind, uuid in after}
    return entries


def test_a_pull_is_journaled_as_the_colleagues(desktops: list[Desktop]) -> None:
    marie, paul, _lin = desktops
    with marie.store() as store:
        org = records.save_organisation(store, Organisation(name="NTU", tags=["université"]))
        person = records.save_person(
            store,
            Person(
                given_name="Mei-Ling", family_name="CHEN", organisation_id=org.id,
                emails=[EmailAddress("mlchen@ntu.edu.tw", "work")], tags=["IA"],
            ),
        )  # fmt: skip
        other = records.save_person(store, Person(given_name="Jun", family_name="Wang"))
        records.save_note(
            store,
            Note(title="Quantum roadmap", date="2026-11-20",
                 person_ids=[person.id or 0, other.id or 0], themes=["quantique"]),
        )  # fmt: skip
    marie.sync()
    entries = _pull(paul)
    assert {e.origin for e in entries} == {"sync:marie"}, [
        (e.kind, e.action, e.origin, e.changes) for e in entries if e.origin != "sync:marie"
    ]
    assert {(e.kind, e.uuid) for e in entries if e.action == "create"} >= {
        ("person", person.uuid), ("person", other.uuid), ("organisation", org.uuid),
    }  # fmt: skip
    # Marie edits one person and deletes the other: Paul's round journals both as hers.
    with marie.store() as store:
        person = records.get_person(store, person.id or 0)
        person.title, person.tags = "Dean", ["IA", "5G"]
        records.save_person(store, person)
        records.delete(store, RecordKind.PERSON, [other.id or 0])
    marie.sync()
    entries = _pull(paul)
    assert {e.origin for e in entries} == {"sync:marie"}
    actions = {(e.kind, e.uuid, e.action) for e in entries}
    assert ("person", person.uuid, "update") in actions
    assert ("person", other.uuid, "delete") in actions
    # Paul's own edit is his; Marie pulling it journals it as Paul's.
    with paul.store() as store:
        mine = next(
            records.get_person(store, i)
            for i in records.list_ids(store, RecordKind.PERSON)
            if records.get_person(store, i).uuid == person.uuid
        )
        seq = journal.last_seq(store)
        mine.city = "Hsinchu"
        records.save_person(store, mine)
        assert {e.origin for e in journal.since(store, seq)} == {"user"}
    paul.sync()
    entries = _pull(marie)
    assert {e.origin for e in entries} == {"sync:paul"}
    assert any(e.uuid == person.uuid and "city" in e.changes for e in entries)
