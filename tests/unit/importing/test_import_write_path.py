"""The import's fast write path (issue 14, item 7) writes exactly what the plain one did.

A bulk insert of persons hands the journal the documents it has just written instead of
having them read back at the end of the recording. Two oracles: the documents the journal
reads back itself (``writes.documents``, the previous code path), field by field and key by
key (the entry's JSON text depends on the order); and a whole import done both ways, whose
databases must be equal row for row — journal, search entries and identities included.
"""

from __future__ import annotations

import json
import random
import shutil
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from attache_app.domain import kinds
from attache_app.domain.models import EmailAddress, Organisation, Person, Phone
from attache_app.services import imports
from attache_app.storage import Store, open_store, organisations, persons, writes
from tests.conftest import fixed_clock


@pytest.fixture
def counted_uuids(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Identities from a counter (reset by each call of ``_reset``), so that two imports
    give their records the same uuids and their databases can be compared byte for byte."""
    _reset()
    monkeypatch.setattr(uuid, "uuid4", lambda: uuid.UUID(int=next(_counter[0]), version=4))
    yield


_counter: list[Iterator[int]] = []


def _reset() -> None:
    _counter[:] = [iter(range(1, 1 << 40))]


def _plain_path(monkeypatch: pytest.MonkeyPatch) -> None:
    """The previous code path: every created record's document read back at the end."""
    created = writes.Recorder.created

    def read_back(self: writes.Recorder, kind: Any, ids: Any, written: Any = None) -> None:
        created(self, kind, ids)

    monkeypatch.setattr(writes.Recorder, "created", read_back)


text = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=12)
people = st.lists(
    st.builds(
        Person,
        civility=text,
        given_name=text,
        family_name=text,
        native_name=text,
        title=text,
        department=text,
        country=st.sampled_from(["", "FR", "TW", "JP"]),
        city=text,
        street=text,
        postal_code=text,
        region=text,
        notes=text,
        source=text,
        review_date=st.sampled_from(["", "2027-03-01"]),
        created_at=st.sampled_from(["", "2020-05-06T07:08:09Z"]),
        languages=st.lists(st.sampled_from(["fr", "en", "zh"]), unique=True, max_size=2),
        emails=st.lists(st.builds(EmailAddress, st.emails(), text), max_size=2),
        phones=st.lists(st.builds(Phone, text, text, text), max_size=2),
        tags=st.lists(st.sampled_from(["IA", "robotique"]), unique=True, max_size=1),
        organisation_id=st.sampled_from([None, 1, 2]),
    ),
    min_size=1,
    max_size=6,
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(batch=people)
def test_documents_in_hand_are_those_read_back(store: Store, batch: list[Person]) -> None:
    """Generated persons inserted in bulk: the document handed to the journal for each one
    is, key for key and in the same order, the one read back from the tables, and so is
    the creation entry written."""
    if store.scalar("SELECT count(*) FROM organisations") == 0:
        for name in ("CNRS", "Academia Sinica"):
            organisations.insert(store, Organisation(name=name))
    handed: dict[int, writes.Document] = {}
    created = writes.Recorder.created

    def spy(self: writes.Recorder, kind: Any, ids: Any, written: Any = None) -> None:
        if written is not None:
            handed.update((i, d) for i in ids if (d := written(i)) is not None)
        created(self, kind, ids, written)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(writes.Recorder, "created", spy)
        ids = persons.insert_many(store, batch)
    read = writes.documents(store.conn, kinds.PERSON, ids)
    assert set(handed) == {i for i, p in zip(ids, batch, strict=True) if not p.tags}
    for person_id, document in handed.items():
        assert list(document.items()) == list(read[person_id].items())
    entries = _journal(store)
    for person_id in ids:
        changes = json.loads(entries[person_id])
        assert {k: v[1] for k, v in changes.items()} == {
            k: v for k, v in read[person_id].items() if k != "uuid"
        }


def test_a_value_that_is_not_text_is_read_back(store: Store) -> None:
    """A person whose values are not all text (a colleague's document giving a postal code
    as a number): SQLite stores the text, and the journal says what it stores."""
    odd = Person(family_name="Martin", postal_code=cast(Any, 75005))
    odd.emails.append(EmailAddress("a@example.org", cast(Any, 7)))  # a label as a number
    person_id, plain_id = persons.insert_many(store, [odd, Person(family_name="Chen")])
    entries = _journal(store)
    assert json.loads(entries[person_id])["postal_code"] == [None, "75005"]
    assert json.loads(entries[person_id])["emails"] == [None, [["a@example.org", "7"]]]
    assert json.loads(entries[plain_id])["family_name"] == [None, "Chen"]


def test_a_created_record_changed_later_in_the_block_is_read_back(store: Store) -> None:
    """A person created in bulk, then rewritten in the same recording (a later row of the
    file merged into it): its creation entry holds the final values, not those handed."""
    with writes.recording(store):
        (first, second) = persons.insert_many(
            store, [Person(given_name="Wei", family_name="Chen"), Person(given_name="Ann")]
        )
        merged = persons.get(store, first)
        assert merged is not None
        merged.emails.append(EmailAddress("wei.chen@example.org"))
        merged.title = "Chercheur"
        persons.update_many(store, [merged])
    entries = _journal(store)
    changes = json.loads(entries[first])
    assert changes["title"] == [None, "Chercheur"]
    assert changes["emails"] == [None, [["wei.chen@example.org", ""]]]
    assert json.loads(entries[second])["given_name"] == [None, "Ann"]


def _journal(store: Store) -> dict[int, str]:
    return {
        int(r[0]): str(r[1])
        for r in store.execute(
            "SELECT record_id, changes FROM journal WHERE kind = 'person' AND action = 'create'"
        )
    }


@pytest.mark.parametrize("seed", [3, 5])
def test_an_import_writes_the_same_database_as_the_plain_path(
    counted_uuids: None,
    monkeypatch: pytest.MonkeyPatch,
    demo_path: Path,
    tmp_path: Path,
    seed: int,
) -> None:
    """A generated list (persons of the database again by e-mail, rows repeated within the
    file and merged into persons it creates, tags on some rows, new organisations) imported
    with the documents handed to the journal, and again on a copy with every document read
    back: every table is equal, row for row — the journal's entries, the search index, the
    identities (from the same counter) included."""
    path = _generated_list(tmp_path / "list.csv", _emails(demo_path), rows=300, seed=seed)
    plain = tmp_path / "plain.db"
    shutil.copyfile(demo_path, plain)

    _reset()
    with open_store(demo_path, clock=fixed_clock, auto_backup=False) as store:
        preview = imports.preview(store, imports.read(path))
        result = imports.commit(store, preview.plan, sender="Ambassade")
    _reset()
    with monkeypatch.context() as patch:
        _plain_path(patch)
        with open_store(plain, clock=fixed_clock, auto_backup=False) as store:
            preview = imports.preview(store, imports.read(path))
            expected = imports.commit(store, preview.plan, sender="Ambassade")

    assert result.to_dict() == expected.to_dict()
    assert result.created > 0 and result.updated > 0
    ours, theirs = _dump(demo_path), _dump(plain)
    assert ours.keys() == theirs.keys()
    for table in ours:
        assert ours[table] == theirs[table], table
    creations = [r for r in ours["journal"] if r[6] == "create" and r[3] == "person"]
    assert len(creations) >= result.created - result.organisations_created


def _emails(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT address FROM person_emails ORDER BY id")]
    finally:
        conn.close()


def _generated_list(path: Path, known: list[str], *, rows: int, seed: int) -> Path:
    """A colleague's list: a tenth known persons (their e-mail), a tenth repeating an
    earlier row with another telephone (merged into the person the file creates), themes
    on some rows, a few new organisations."""
    rng = random.Random(seed)
    families = ["Martin", "Lefèvre", "Chen", "Lin", "Wang", "山田", "Nguyen"]
    givens = ["Hélène", "Wei", "Jean-François", "Mei-Ling", "Zoé", "花子"]
    orgs = ["CNRS", "Institut Pasteur", "Academia Sinica", "ITRI"]
    lines = ["Nom;Prénom;Organisme;Fonction;Courriel;Téléphone;Pays;Thématiques"]
    written: list[list[str]] = []
    for n in range(rows):
        pick = rng.random()
        if pick < 0.1 and known:
            row = [rng.choice(families), rng.choice(givens), rng.choice(orgs), "Directrice",
                   rng.choice(known), "", "France", ""]  # fmt: skip
        elif pick < 0.2 and written:
            row = list(rng.choice(written))
            row[5] = f"+886 2 {rng.randint(2000, 8999)} {rng.randint(1000, 9999)}"
        else:
            family, given = rng.choice(families), rng.choice(givens)
            org = rng.choice(orgs) if rng.random() < 0.8 else f"Nouvel organisme {n % 5}"
            row = [family.upper(), given, org, "Chercheur", f"p{n}.{seed}@example.org",
                   f"+886 2 {rng.randint(2000, 8999)} {rng.randint(1000, 9999)}", "Taïwan",
                   rng.choice(["", "", "", "IA, robotique", "quantique"])]  # fmt: skip
        written.append(row)
        lines.append(";".join(row))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


FTS_SHADOWS = ("search_index_data", "search_index_idx", "search_index_docsize")


def _dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table (the search index through its own table), in rowid order."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        dump: dict[str, list[tuple[object, ...]]] = {}
        for (table,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
        ).fetchall():
            if table in FTS_SHADOWS or table.startswith("sqlite_"):
                continue
            try:
                dump[table] = conn.execute(
                    f'SELECT rowid, * FROM "{table}" ORDER BY rowid'
                ).fetchall()
            except sqlite3.OperationalError:  # WITHOUT ROWID
                dump[table] = conn.execute(f'SELECT * FROM "{table}" ORDER BY 1, 2').fetchall()
        return dump
    finally:
        conn.close()
