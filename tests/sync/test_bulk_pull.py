"""The first pull of a network writes the records a desktop never had in bulk
(``sync/fresh.py``), the others one by one. Oracle: the one-by-one path itself. A desktop
pulling in pages of one change (every record merged and saved one at a time through the
services) and a desktop pulling in pages of a thousand (in bulk) end with the same records,
links, search entries, base versions and journal — on generated networks of every kind
that travels, with phones read in the right region, tags, themes and links."""

from __future__ import annotations

import random
import sqlite3
from collections import Counter
from typing import Any

import pytest

from attache_app.domain.enums import RecordKind
from attache_app.domain.models import (
    Application,
    Call,
    Deadline,
    EmailAddress,
    Interaction,
    Note,
    Organisation,
    Person,
    Phone,
    Programme,
)
from attache_app.services import programmes, records
from attache_app.storage import journal, open_store
from attache_app.sync import engine
from attache_app.sync import service as sync_service
from tests.conftest import fixed_clock
from tests.sync.conftest import MEMBERS, Desktop
from tests.unit.test_journal import _replay, _state

COUNTRIES = ["TW", "JP", "FR", ""]
PHONES = {
    "TW": "02 2345 6789",
    "JP": "03-1234-5678",
    "FR": "01 42 34 56 78",
    "": "+33 1 42 34 56 78",
}
TAGS = ["IA", "5G", "quantique", "université"]


def _network(desktop: Desktop, seed: int) -> None:
    """A random network of every kind that travels, written through the services."""
    rng = random.Random(seed)
    with desktop.store() as store:
        orgs = [
            records.save_organisation(
                store,
                Organisation(
                    name=f" Institut {n} ", acronym=f"I{n}", country=rng.choice(COUNTRIES),
                    tags=rng.sample(TAGS, rng.randint(0, 2)), share_paris=rng.random() < 0.5,
                ),
            )
            for n in range(rng.randint(3, 8))
        ]  # fmt: skip
        people = []
        for n in range(rng.randint(12, 30)):
            country = rng.choice(COUNTRIES)
            org = rng.choice([*orgs, None])
            phone_country = country or (org.country if org is not None else "") or ""
            people.append(
                records.save_person(
                    store,
                    Person(
                        given_name=f"Given{n}", family_name=f"FAMILY{n}",
                        native_name=rng.choice(["", "陳美玲", "山田花子"]), country=country,
                        organisation_id=org.id if org is not None else None,
                        emails=[EmailAddress(f"p{seed}.{n}@example.org", "work")] if n % 4 else [],
                        phones=[Phone(PHONES[phone_country], "work")] if n % 3 else [],
                        tags=rng.sample(TAGS, rng.randint(0, 3)), languages=["en"],
                        share_paris=rng.random() < 0.5,
                    ),
                )
            )  # fmt: skip
        programme = records.save_programme(store, Programme(name=f"PHC Orchid {seed}", kind="phc"))
        for n in range(rng.randint(4, 12)):
            records.save_note(
                store,
                Note(
                    title=f"Note {n}", date=f"2026-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
                    themes=rng.sample(["IA", "espace", "santé"], rng.randint(0, 2)),
                    person_ids=[p.id or 0 for p in rng.sample(people, rng.randint(0, 3))],
                    organisation_ids=[o.id or 0 for o in rng.sample(orgs, rng.randint(0, 2))],
                    share_paris=rng.random() < 0.5,
                ),
            )  # fmt: skip
        # Calls and applications travel too (one by one: a call may wait for its programme).
        call = programmes.save_call(
            store, Call(programme_id=programme.id or 0, year=2027 + seed, share_paris=True)
        )
        for n in range(rng.randint(1, 4)):
            programmes.save_application(
                store,
                Application(
                    call_id=call.id or 0, title=f"Application {n}", outcome="submitted",
                    person_ids=[p.id or 0 for p in rng.sample(people, rng.randint(0, 2))],
                    organisation_ids=[o.id or 0 for o in rng.sample(orgs, rng.randint(0, 1))],
                    share_paris=rng.random() < 0.5,
                ),
            )  # fmt: skip
        for n in range(rng.randint(2, 6)):
            records.save_deadline(
                store,
                Deadline(
                    title=f"Deadline {n}", all_day=True, due_date=f"2027-0{n + 1}-15",
                    programme_id=programme.id if n % 2 else None,
                    person_ids=[p.id or 0 for p in rng.sample(people, rng.randint(0, 2))],
                ),
            )  # fmt: skip
        for n in range(rng.randint(2, 5)):
            records.save_interaction(
                store,
                Interaction(
                    kind="meeting", date=f"2026-10-0{n + 1}", title=f"Meeting {n}",
                    person_ids=[p.id or 0 for p in rng.sample(people, rng.randint(1, 3))],
                    organisation_ids=[o.id or 0 for o in rng.sample(orgs, rng.randint(0, 2))],
                ),
            )  # fmt: skip


def _index(conn: sqlite3.Connection) -> list[tuple[Any, ...]]:
    """The search entries, each with the uuid of its record instead of its local id (the
    words of the body in any order: tags come in the order of their local ids)."""
    entries = []
    for kind in RecordKind:
        table = {"person": "persons", "organisation": "organisations", "note": "notes"}.get(
            kind.value, f"{kind.value}s"
        )
        uuids = dict(conn.execute(f"SELECT id, uuid FROM {table}").fetchall())
        entries += [
            (kind.value, uuids[ref], display, subtitle, title, sorted(body.split()))
            for ref, display, subtitle, title, body in conn.execute(
                "SELECT ref_id, display, subtitle, title, body FROM search_index WHERE kind = ?",
                (kind.value,),
            )
        ]
    return sorted(entries)


def _named(value: Any, tags: dict[str, str]) -> Any:
    """``value`` with the uuids of tags replaced by their names, sorted (each desktop gives
    its tags uuids and ids of its own: they do not travel, their names do)."""
    if isinstance(value, str):
        return tags.get(value, value)
    if isinstance(value, (list, tuple)):
        named = type(value)(_named(v, tags) for v in value)
        names = set(tags.values())
        if named and all(isinstance(v, str) and v in names for v in named):
            return sorted(named)  # tags in the order of their local ids: not a difference
        return named
    if isinstance(value, dict):
        return {_named(k, tags): _named(v, tags) for k, v in value.items()}
    return value


def _copy(desktop: Desktop) -> dict[str, Any]:
    """What a desktop holds, comparable with another's: records, search entries, base
    versions, conflicts and journal entries (tags by name)."""
    with desktop.store() as store:
        conn = store.conn
        tags = {str(u): f"tag {n}" for u, n in conn.execute("SELECT uuid, name FROM tags")}
        entries = Counter(
            _named((e.kind, e.uuid, e.action, sorted(e.changes.items()), e.origin), tags).__repr__()
            for e in journal.since(store, 0)
        )
        return {
            "records": sorted(_named(list(_state(conn).items()), tags), key=repr),
            "index": _index(conn),
            "bases": sorted(conn.execute("SELECT uuid, kind, rev, doc, unresolved FROM sync_base")),
            "conflicts": sorted(
                conn.execute("SELECT uuid, kind, field, entries FROM sync_conflicts")
            ),
            "journal": entries,
        }  # fmt: skip


def _pull(desktop: Desktop, batch: int) -> dict[str, int]:
    with open_store(desktop.path, clock=fixed_clock, auto_backup=False) as store:
        before, seq = _state(store.conn), journal.last_seq(store)
        result = sync_service.sync(store, password=MEMBERS[desktop.user], batch=batch)
        # The round's journal replays to the records it left.
        assert _replay(before, journal.since(store, seq)) == _state(store.conn)
    return result.to_dict()


def test_bulk_first_pull_writes_what_one_by_one_writes(desktops: list[Desktop]) -> None:
    marie, paul, lin = desktops
    for seed in (1, 2):
        _network(marie, seed)
        marie.sync()
        one_by_one = _pull(lin, batch=1)
        in_bulk = _pull(paul, batch=1000)
        assert in_bulk == one_by_one and in_bulk["pulled"] > 0, (in_bulk, one_by_one)
        assert _copy(paul) == _copy(lin)
        # Nothing to send back: what was written is what the hub has.
        assert paul.sync()["pushed"] == 0 and lin.sync()["pushed"] == 0
    with paul.store() as store:
        people = records.get_many(
            store, RecordKind.PERSON, records.list_ids(store, RecordKind.PERSON)
        )
        # Phones read with the person's country, else their organisation's (+ E.164 forms).
        assert all(phone.e164.startswith("+") for p in people for phone in p.phones)  # type: ignore[union-attr]


def test_a_new_person_with_an_email_known_here_is_a_duplicate_in_bulk(
    desktops: list[Desktop],
) -> None:
    marie, paul, _lin = desktops
    with paul.store() as store:
        mine = records.save_person(
            store, Person(given_name="Mei", family_name="Chen", emails=[EmailAddress("mei@ntu.tw")])
        )
    with marie.store() as store:
        for n in range(5):
            records.save_person(
                store,
                Person(given_name=f"P{n}", family_name="X",
                       emails=[EmailAddress("MEI@ntu.tw" if n == 3 else f"p{n}@x.org")]),
            )  # fmt: skip
    marie.sync()
    # Paul sends his person, and the suggestion (a conflict travels with its record).
    assert paul.sync() == {"pushed": 2, "pulled": 5, "conflicts": 1}
    with paul.store() as store:
        (view,) = sync_service.conflicts(store)
        assert [e["value"] for e in view.fields["*duplicate"]] == [mine.uuid]
        assert view.record == "P3 X"


def test_a_round_looks_only_at_what_was_written_since_the_last(
    desktops: list[Desktop], monkeypatch: pytest.MonkeyPatch
) -> None:
    """After a push, the next round compares with the hub's versions only the records the
    journal says were written since (not every record of the database), and a record whose
    conflict was resolved here (nothing else changed) — the same on the pulling side."""
    marie, paul, _lin = desktops
    _network(marie, 3)
    marie.sync()
    paul.sync()
    examined: list[tuple[RecordKind, int]] = []
    reading = engine.local_docs

    def counted(store: Any, kind: RecordKind, ids: Any) -> Any:
        examined.extend((kind, i) for i in ids)
        return reading(store, kind, ids)

    monkeypatch.setattr(engine, "local_docs", counted)
    with marie.store() as store:
        person_id = records.list_ids(store, RecordKind.PERSON)[0]
        person = records.get_person(store, person_id)
        person.title = "Dean"
        records.save_person(store, person)
    assert marie.sync() == {"pushed": 1, "pulled": 0, "conflicts": 0}
    assert examined == [(RecordKind.PERSON, person_id)]
    examined.clear()
    assert paul.sync() == {"pushed": 0, "pulled": 1, "conflicts": 0}
    # The person merged in the pull, then compared with the hub's version in the push.
    assert len(set(examined)) == 1 and examined[0][0] is RecordKind.PERSON
