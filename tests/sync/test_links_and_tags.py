"""What a field-by-field comparison of rows would miss: tags added or removed alone travel
at the next round; resolving a duplicate keeps the notes, activities, deadlines and tags of
the person merged away, on every desktop."""

from __future__ import annotations

from typing import Any

from attache_app.domain.enums import RecordKind
from attache_app.domain.models import (
    Deadline,
    EmailAddress,
    Interaction,
    Note,
    Organisation,
    Person,
)
from attache_app.services import records
from attache_app.storage.db import Store
from attache_app.sync import service as sync_service
from tests.sync.conftest import Desktop


def _by_uuid(store: Store, kind: RecordKind, uuid: str) -> Any:
    for record in records.get_many(store, kind, records.list_ids(store, kind)):
        if record.uuid == uuid:
            return record
    raise AssertionError(f"no {kind} {uuid}")


def test_tags_changed_alone_are_sent_at_the_next_round(desktops: list[Desktop]) -> None:
    marie, paul, _lin = desktops
    with marie.store() as store:
        person = records.save_person(store, Person(given_name="Wei", family_name="Liu"))
        org = records.save_organisation(store, Organisation(name="ITRI", tags=["semi"]))
    marie.sync()
    paul.sync()
    with marie.store() as store:
        assert person.id is not None and org.id is not None
        records.tag(store, RecordKind.PERSON, [person.id], add=["IA", "quantique"])
        records.tag(store, RecordKind.ORGANISATION, [org.id], remove=["semi"])
        assert sync_service.status(store).waiting == 2  # seen as waiting, too
    assert marie.sync()["pushed"] == 2
    paul.sync()
    with paul.store() as store:
        assert _by_uuid(store, RecordKind.PERSON, person.uuid).tags == ["IA", "quantique"]
        assert _by_uuid(store, RecordKind.ORGANISATION, org.uuid).tags == []
    # Nothing more to send: the change went once.
    assert marie.sync()["pushed"] == 0


def test_resolving_a_duplicate_keeps_the_links_on_every_desktop(
    desktops: list[Desktop],
) -> None:
    marie, paul, _lin = desktops
    email = [EmailAddress("chen@ntu.edu.tw", "work")]
    with marie.store() as store:
        hers = records.save_person(
            store, Person(given_name="Mei", family_name="Chen", emails=email, tags=["IA"])
        )
        note = records.save_note(
            store, Note(title="Roadmap", date="2026-11-20", person_ids=[hers.id or 0])
        )
    with paul.store() as store:
        his = records.save_person(
            store,
            Person(given_name="Mei-Ling", family_name="CHEN", emails=email, tags=["5G"]),
        )
        meeting = records.save_interaction(
            store,
            Interaction(kind="meeting", date="2026-11-21", title="Visit", person_ids=[his.id or 0]),
        )
        deadline = records.save_deadline(
            store,
            Deadline(title="Call", all_day=True, due_date="2027-01-15", person_ids=[his.id or 0]),
        )
    marie.sync()
    assert paul.sync()["conflicts"] == 1  # the same e-mail: a duplicate suggestion
    with paul.store() as store:
        (view,) = sync_service.conflicts(store)
        assert "*duplicate" in view.fields
        sync_service.resolve(store, view.id, "mine")  # keep Paul's person, merge Marie's in
    paul.sync()
    marie.sync()
    for desktop in (marie, paul):
        with desktop.store() as store:
            assert records.list_ids(store, RecordKind.PERSON) != []
            people = records.get_many(
                store, RecordKind.PERSON, records.list_ids(store, RecordKind.PERSON)
            )
            assert [p.uuid for p in people] == [his.uuid], desktop.user
            (kept,) = people
            assert isinstance(kept, Person)
            assert sorted(kept.tags) == ["5G", "IA"], desktop.user
            assert [e.address for e in kept.emails] == ["chen@ntu.edu.tw"]
            for kind, uuid in (
                (RecordKind.NOTE, note.uuid),
                (RecordKind.INTERACTION, meeting.uuid),
                (RecordKind.DEADLINE, deadline.uuid),
            ):
                linked = _by_uuid(store, kind, uuid)
                assert linked.person_ids == [kept.id], (desktop.user, kind)
            assert sync_service.conflicts(store) == [], [
                (v.uuid, v.fields) for v in sync_service.conflicts(store)
            ]
