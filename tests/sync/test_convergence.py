"""Property: random edits on three desktops, synced in random orders, converge to the same
state; and every edit is either in that state or in a listed conflict (unless the desktop
that made it replaced it itself, or a colleague replaced it after receiving it)."""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from attache_app.domain.enums import RecordKind
from attache_app.domain.models import Person
from attache_app.services import records
from attache_app.storage import open_store, persons
from attache_app.sync import service as sync
from tests.conftest import fixed_clock
from tests.sync.conftest import MEMBERS, Desktop, HubServer

FIELDS = ("title", "city", "department")
PEOPLE = 3

steps = st.lists(
    st.one_of(
        st.tuples(
            st.just("edit"),
            st.integers(0, 2),
            st.integers(0, PEOPLE - 1),
            st.sampled_from(FIELDS),
        ),
        st.tuples(st.just("sync"), st.integers(0, 2)),
    ),
    min_size=1,
    max_size=14,
)


def _state(desktop: Desktop) -> dict[str, Any]:
    """Each person's fields and listed conflicts, by uuid."""
    with desktop.store() as store:
        ids = records.list_ids(store, RecordKind.PERSON)
        people = records.get_many(store, RecordKind.PERSON, ids)
        views = {v.uuid: v.fields for v in sync.conflicts(store)}
        return {
            p.uuid: (
                {f: getattr(p, f) for f in FIELDS},
                {
                    f: sorted(str(e["value"]) for e in entries)
                    for f, entries in views.get(p.uuid, {}).items()
                },
            )
            for p in people
        }


@pytest.mark.slow
@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=steps)
def test_random_edits_converge_and_nothing_is_lost(
    hub_server: HubServer, tmp_path_factory: pytest.TempPathFactory, steps: list[tuple[Any, ...]]
) -> None:
    url = hub_server.new_database(list(MEMBERS))
    folder: Path = tmp_path_factory.mktemp("desktops")
    desktops = []
    for user in MEMBERS:
        with open_store(folder / f"{user}.db", create=True, clock=fixed_clock) as store:
            sync.connect(store, url, user, MEMBERS[user])
        desktops.append(Desktop(folder / f"{user}.db", user, url))
    with desktops[0].store() as store:
        uuids = [
            records.save_person(store, Person(given_name=f"P{n}", family_name="Test")).uuid
            for n in range(PEOPLE)
        ]
    for desktop in desktops:
        desktop.sync()

    counter = itertools.count()
    live: dict[str, tuple[str, str]] = {}  # an edit's value → (person uuid, field)
    for step in steps:
        if step[0] == "sync":
            desktops[step[1]].sync()
            continue
        _, who, index, field = step
        desktop = desktops[who]
        value = f"v{next(counter)}"
        with desktop.store() as store:
            person = next(
                p
                for p in persons.get_many(store, records.list_ids(store, RecordKind.PERSON))
                if p.uuid == uuids[index]
            )
            live.pop(getattr(person, field), None)  # replaced knowingly
            setattr(person, field, value)
            records.save_person(store, person)
        live[value] = (uuids[index], field)

    for _ in range(2):
        for desktop in desktops:
            desktop.sync()
    states = [_state(d) for d in desktops]
    assert states[0] == states[1] == states[2]
    final = states[0]
    for value, (uuid, field) in live.items():
        fields, conflicts = final[uuid]
        assert fields[field] == value or value in conflicts.get(field, []), (value, field)
