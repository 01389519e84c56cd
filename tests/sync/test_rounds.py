"""Sync rounds between real desktops (SQLite files) through a real hub (pouchdb-server)."""

from __future__ import annotations

import httpx

from attache_app.domain.enums import RecordKind
from attache_app.domain.models import EmailAddress, Note, Organisation, Person
from attache_app.services import records
from attache_app.sync import service as sync_service
from tests.sync.conftest import MEMBERS, Desktop


def _add_person(desktop: Desktop, **fields: object) -> str:
    with desktop.store() as store:
        person = records.save_person(store, Person(**fields))  # type: ignore[arg-type]
        return person.uuid


def _person(desktop: Desktop, uuid: str) -> Person | None:
    with desktop.store() as store:
        for person_id in records.list_ids(store, RecordKind.PERSON):
            person = records.get_person(store, person_id)
            if person.uuid == uuid:
                return person
    return None


def _edit(desktop: Desktop, uuid: str, **changes: object) -> None:
    person = _person(desktop, uuid)
    assert person is not None
    for name, value in changes.items():
        setattr(person, name, value)
    with desktop.store() as store:
        records.save_person(store, person)


def test_first_sync_carries_records_and_links(desktops: list[Desktop]) -> None:
    marie, paul, _lin = desktops
    with marie.store() as store:
        org = records.save_organisation(store, Organisation(name="NTU", tags=["université"]))
        person = records.save_person(
            store,
            Person(
                given_name="Mei-Ling",
                family_name="CHEN",
                native_name="陳美玲",
                organisation_id=org.id,
                emails=[EmailAddress("mlchen@ntu.edu.tw", "work")],
                tags=["IA"],
            ),
        )
        records.save_note(
            store,
            Note(title="Quantum roadmap", date="2026-11-20", person_ids=[person.id or 0]),
        )
    assert marie.sync() == {"pushed": 3, "pulled": 0, "conflicts": 0}
    assert paul.sync() == {"pushed": 0, "pulled": 3, "conflicts": 0}
    copy = _person(paul, person.uuid)
    assert copy is not None
    assert (copy.given_name, copy.family_name, copy.native_name) == ("Mei-Ling", "CHEN", "陳美玲")
    assert copy.organisation_name == "NTU"
    assert [e.address for e in copy.emails] == ["mlchen@ntu.edu.tw"]
    assert copy.tags == ["IA"]
    with paul.store() as store:
        (note_id,) = records.list_ids(store, RecordKind.NOTE)
        assert records.get_note(store, note_id).person_ids == [copy.id]
    # Nothing new: a second round moves nothing either way.
    assert marie.sync() == {"pushed": 0, "pulled": 0, "conflicts": 0}
    assert paul.sync() == {"pushed": 0, "pulled": 0, "conflicts": 0}


def test_edits_of_different_fields_merge(desktops: list[Desktop]) -> None:
    marie, paul, _lin = desktops
    uuid = _add_person(marie, given_name="Jun", family_name="Wang", title="Professor")
    marie.sync()
    paul.sync()
    _edit(marie, uuid, title="Dean")
    _edit(paul, uuid, city="Hsinchu")
    marie.sync()
    assert paul.sync()["conflicts"] == 0
    marie.sync()
    for desktop in (marie, paul):
        person = _person(desktop, uuid)
        assert person is not None
        assert (person.title, person.city) == ("Dean", "Hsinchu")


def test_same_field_is_a_conflict_until_someone_chooses(desktops: list[Desktop]) -> None:
    marie, paul, lin = desktops
    uuid = _add_person(marie, given_name="Jun", family_name="Wang", title="Professor")
    marie.sync()
    paul.sync()
    _edit(marie, uuid, title="Dean")
    _edit(paul, uuid, title="Vice-president")
    marie.sync()
    assert paul.sync()["conflicts"] == 1
    marie.sync()
    lin.sync()
    for desktop in desktops:
        with desktop.store() as store:
            (view,) = sync_service.conflicts(store)
        values = {e["value"]: e["by"] for e in view.fields["title"]}
        assert values == {"Dean": "marie", "Vice-president": "paul"}
    # Paul keeps his value; the choice travels to every desktop.
    with paul.store() as store:
        (view,) = sync_service.conflicts(store)
        sync_service.resolve(store, view.id, "mine")
    paul.sync()
    marie.sync()
    lin.sync()
    for desktop in desktops:
        person = _person(desktop, uuid)
        assert person is not None and person.title == "Vice-president"
        with desktop.store() as store:
            assert sync_service.conflicts(store) == []


def test_deletion_against_edit_is_a_conflict(desktops: list[Desktop]) -> None:
    marie, paul, _lin = desktops
    uuid = _add_person(marie, given_name="Ana", family_name="Lopez")
    marie.sync()
    paul.sync()
    with marie.store() as store:
        person = _person(marie, uuid)
        assert person is not None and person.id is not None
        records.delete(store, RecordKind.PERSON, [person.id])
    _edit(paul, uuid, title="Researcher")
    marie.sync()
    assert paul.sync()["conflicts"] == 1
    marie.sync()
    # The record is kept everywhere until someone chooses; nothing was dropped.
    for desktop in (marie, paul):
        person = _person(desktop, uuid)
        assert person is not None and person.title == "Researcher"
        with desktop.store() as store:
            (view,) = sync_service.conflicts(store)
        assert {e["value"] for e in view.fields["*deleted"]} == {None, "kept"}
    # Marie confirms her deletion: it reaches Paul.
    with marie.store() as store:
        (view,) = sync_service.conflicts(store)
        sync_service.resolve(store, view.id, "mine")
    marie.sync()
    paul.sync()
    assert _person(marie, uuid) is None
    assert _person(paul, uuid) is None


def test_same_person_created_twice_offline_is_a_duplicate_suggestion(
    desktops: list[Desktop],
) -> None:
    marie, paul, _lin = desktops
    first = _add_person(
        marie, given_name="Yuki", family_name="Sato", emails=[EmailAddress("sato@u-tokyo.ac.jp")]
    )
    second = _add_person(
        paul,
        given_name="Yuki",
        family_name="SATO",
        title="Professor",
        emails=[EmailAddress("sato@u-tokyo.ac.jp")],
    )
    marie.sync()
    assert paul.sync()["conflicts"] == 1
    with paul.store() as store:
        (view,) = sync_service.conflicts(store)
        assert view.uuid == first
        assert [e["value"] for e in view.fields["*duplicate"]] == [second]
        sync_service.resolve(store, view.id, "mine")
    paul.sync()
    marie.sync()
    for desktop in (marie, paul):
        with desktop.store() as store:
            (person_id,) = records.list_ids(store, RecordKind.PERSON)
            person = records.get_person(store, person_id)
        assert person.uuid == second
        assert person.title == "Professor"


def test_wrong_password_is_one_sentence(
    hub_url: str, tmp_path: object, desktops: list[Desktop]
) -> None:
    marie = desktops[0]
    with marie.store() as store:
        try:
            sync_service.sync(store, password="not-it")
        except sync_service.SyncError as error:
            assert "refused the user name “marie” or its password" in str(error)
        else:
            raise AssertionError("a wrong password was accepted")
    assert httpx.get(hub_url, auth=("marie", MEMBERS["marie"])).status_code == 200


def test_a_private_note_stays_home(desktops: list[Desktop]) -> None:
    marie, paul, _lin = desktops
    with marie.store() as store:
        shared = records.save_note(store, Note(title="Shared watch", date="2026-11-20"))
        records.save_note(
            store,
            Note(title="Private thoughts", date="2026-11-20", private=True),
        )
    assert marie.sync()["pushed"] == 1
    paul.sync()
    with paul.store() as store:
        titles = [
            records.get_note(store, i).title for i in records.list_ids(store, RecordKind.NOTE)
        ]
    assert titles == [shared.title]
    docs = httpx.get(
        marie.url + "/_all_docs", params={"include_docs": "true"}, auth=("marie", MEMBERS["marie"])
    ).json()["rows"]
    assert "Private thoughts" not in str(docs)
