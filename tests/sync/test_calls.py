"""Programmes' calls and their applications travel, with a deadline's link to its call:
created, edited on two desktops (merged field by field, the same field a conflict),
deleted (with the call's stages and applications); a call pulled before its programme
waits for it; a call prepared on two desktops for the same year becomes one."""

from __future__ import annotations

from attache_app.domain.enums import RecordKind
from attache_app.domain.models import Application, Call, Deadline, Person, Programme
from attache_app.services import programmes, records
from attache_app.storage.db import Store
from attache_app.sync import service as sync_service
from tests.sync.conftest import MEMBERS, Desktop


def _calls(store: Store) -> dict[str, Call]:
    ids = [int(r[0]) for r in store.execute("SELECT id FROM calls ORDER BY id")]
    return {c.uuid: c for c in programmes.get_calls(store, ids)}


def _deadlines(store: Store) -> dict[str, Deadline]:
    found = records.get_many(
        store, RecordKind.DEADLINE, records.list_ids(store, RecordKind.DEADLINE)
    )
    return {d.uuid: d for d in found if isinstance(d, Deadline)}


def _uuid_of(store: Store, table: str, record_id: int | None) -> str | None:
    if record_id is None:
        return None
    value = store.scalar(f"SELECT uuid FROM {table} WHERE id = ?", (record_id,))
    return None if value is None else str(value)


def _catalogue(*desktops: Desktop) -> None:
    """The catalogue of programmes, installed on each desktop as `attache init` does."""
    for desktop in desktops:
        with desktop.store() as store:
            programmes.install_catalogue(store)


def test_calls_applications_and_stages_travel(desktops: list[Desktop]) -> None:
    marie, paul, lin = desktops
    _catalogue(*desktops)
    with marie.store() as store:
        orchid = records.resolve_programme(store, "PHC Orchid")
        prepared = programmes.prepare_call(store, orchid, year=2027)
        person = records.save_person(store, Person(given_name="Wei", family_name="Liu"))
        application = programmes.save_application(
            store,
            Application(
                call_id=prepared.call.id or 0,
                title="Quantum sensing",
                french_team="LKB",
                person_ids=[person.id or 0],
                share_paris=True,
            ),
        )
    marie.sync()
    paul.sync()
    with paul.store() as store:
        calls = _calls(store)
        assert list(calls) == [prepared.call.uuid]
        call = calls[prepared.call.uuid]
        assert (call.year, call.title) == (2027, prepared.call.title)
        assert _uuid_of(store, "programmes", call.programme_id) == _uuid_of_marie_programme(
            marie, orchid
        )
        stages = _deadlines(store)
        assert set(stages) == {d.uuid for d in prepared.deadlines}
        assert {_uuid_of(store, "calls", d.call_id) for d in stages.values()} == {call.uuid}
        (copy,) = programmes.applications(store)
        assert (copy.uuid, copy.title, copy.french_team, copy.share_paris) == (
            application.uuid, "Quantum sensing", "LKB", True,
        )  # fmt: skip
        assert copy.call_id == call.id
        assert [_uuid_of(store, "persons", i) for i in copy.person_ids] == [person.uuid]

        # Paul changes the outcome, Marie the notes: both stay.
        copy.outcome = "selected"
        programmes.save_application(store, copy)
        # Paul closes the call, Marie corrects its title and address: merged.
        call.status = "closed"
        programmes.save_call(store, call)
    with marie.store() as store:
        mine = programmes.get_application(store, application.id or 0)
        mine.notes = "Strong team."
        programmes.save_application(store, mine)
        (her_call,) = programmes.get_calls(store, [prepared.call.id or 0])
        her_call.url = "https://example.org/orchid-2027"
        her_call.title = "Orchid 2027 (revised)"
        programmes.save_call(store, her_call)
    paul.sync()
    assert marie.sync()["conflicts"] == 0
    paul.sync()
    for desktop in (marie, paul):
        with desktop.store() as store:
            (merged,) = programmes.applications(store)
            assert (merged.outcome, merged.notes) == ("selected", "Strong team."), desktop.user
            (merged_call,) = _calls(store).values()
            assert (merged_call.status, merged_call.title, merged_call.url) == (
                "closed", "Orchid 2027 (revised)", "https://example.org/orchid-2027",
            ), desktop.user  # fmt: skip

    # Marie deletes the call: its stages and applications go on every desktop.
    with marie.store() as store:
        programmes.delete_calls(store, [prepared.call.id or 0])
    marie.sync()
    paul.sync()
    lin.sync()
    for desktop in (marie, paul, lin):
        with desktop.store() as store:
            assert _calls(store) == {}, desktop.user
            assert programmes.applications(store) == [], desktop.user
            assert not set(_deadlines(store)) & {d.uuid for d in prepared.deadlines}
            assert sync_service.conflicts(store) == []


def _uuid_of_marie_programme(marie: Desktop, programme_id: int) -> str | None:
    with marie.store() as store:
        return _uuid_of(store, "programmes", programme_id)


def test_a_call_pulled_before_its_programme_waits_for_it(desktops: list[Desktop]) -> None:
    marie, paul, _lin = desktops
    with marie.store() as store:
        programme = records.save_programme(store, Programme(name="Taiwan–France AI seeds"))
        call = programmes.save_call(store, Call(programme_id=programme.id or 0, year=2027))
    marie.sync()
    with marie.store() as store:  # the programme changes after: later in the hub's feed
        programme.description = "Seed grants."
        records.save_programme(store, programme)
    marie.sync()
    with paul.store() as store:  # one document per page: the call comes first
        result = sync_service.sync(store, password=MEMBERS["paul"], batch=1)
        assert result.conflicts == 0
        (copy,) = [c for c in _calls(store).values() if c.uuid == call.uuid]
        assert _uuid_of(store, "programmes", copy.programme_id) == programme.uuid
        assert store.scalar("SELECT count(*) FROM sync_state WHERE key LIKE 'waiting:%'") == 0


def test_a_call_prepared_on_two_desktops_becomes_one(desktops: list[Desktop]) -> None:
    marie, paul, _lin = desktops
    _catalogue(marie, paul)
    for desktop in (marie, paul):
        with desktop.store() as store:
            programmes.prepare_call(
                store, records.resolve_programme(store, "PHC Sakura"), year=2028
            )
    marie.sync()
    paul.sync()
    marie.sync()
    with marie.store() as store:
        marie_calls = set(_calls(store))
    with paul.store() as store:
        paul_calls = set(_calls(store))
        sakura = records.resolve_programme(store, "PHC Sakura")
        assert len(programmes.get_calls(store, [c.id or 0 for c in _calls(store).values()])) == 1
        assert store.scalar("SELECT count(*) FROM calls WHERE programme_id = ?", (sakura,)) == 1
    assert marie_calls == paul_calls and len(marie_calls) == 1
