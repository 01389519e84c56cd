"""Persons, their e-mails, phones and tags."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, TypeVar

from attache_app.domain.enums import RecordKind
from attache_app.domain.models import EmailAddress, Person, Phone
from attache_app.storage import links, rows, search, writes
from attache_app.storage.db import Store

T = TypeVar("T")

_COLUMNS = (
    "civility",
    "given_name",
    "family_name",
    "native_name",
    "title",
    "organisation_id",
    "department",
    "country",
    "city",
    "street",
    "postal_code",
    "region",
    "notes",
    "source",
    "review_date",
    "share_paris",
)


def _row(person: Person) -> dict[str, Any]:
    row = {column: getattr(person, column) for column in _COLUMNS}
    row["languages"] = ",".join(person.languages)
    return row


def _write_children(store: Store, person_id: int, person: Person, now: str) -> None:
    store.execute("DELETE FROM person_emails WHERE person_id = ?", (person_id,))
    store.conn.executemany(
        "INSERT INTO person_emails (person_id, address, label, position, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [(person_id, e.address, e.label, n, now, now) for n, e in enumerate(person.emails)],
    )
    store.execute("DELETE FROM person_phones WHERE person_id = ?", (person_id,))
    store.conn.executemany(
        "INSERT INTO person_phones (person_id, number, e164, label, position, created_at, "
        "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(person_id, p.number, p.e164, p.label, n, now, now) for n, p in enumerate(person.phones)],
    )
    links.set_tags(store, "person", person_id, person.tags)


def insert(store: Store, person: Person) -> int:
    with writes.recording(store):
        person_id = rows.insert_row(store, "persons", _row(person), person.created_at, person.uuid)
        _write_children(store, person_id, person, store.now())
        search.reindex(store.conn, RecordKind.PERSON, [person_id])
    return person_id


def next_ids(store: Store, table: str, count: int) -> list[int]:
    """The ids AUTOINCREMENT would give the next ``count`` rows (inside a write transaction)."""
    seq = store.scalar("SELECT seq FROM sqlite_sequence WHERE name = ?", (table,)) or 0
    top = store.scalar(f"SELECT max(id) FROM {table}") or 0
    start = max(int(seq), int(top)) + 1
    return list(range(start, start + count))


def _write_children_many(store: Store, ids: Sequence[int], people: Sequence[Person]) -> None:
    now = store.now()
    pairs = list(zip(ids, people, strict=True))
    store.conn.executemany(
        "INSERT INTO person_emails (person_id, address, label, position, created_at, "
        "updated_at) VALUES (?, ?, ?, ?, ?, ?)",
        [
            (pid, e.address, e.label, n, now, now)
            for pid, p in pairs
            for n, e in enumerate(p.emails)
        ],
    )
    store.conn.executemany(
        "INSERT INTO person_phones (person_id, number, e164, label, position, created_at, "
        "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (pid, ph.number, ph.e164, ph.label, n, now, now)
            for pid, p in pairs
            for n, ph in enumerate(p.phones)
        ],
    )
    _write_tags_many(store, ids, people)


def _write_tags_many(store: Store, ids: Sequence[int], people: Sequence[Person]) -> None:
    by_tag: dict[str, list[int]] = {}
    for pid, p in zip(ids, people, strict=True):
        for tag in p.tags:
            by_tag.setdefault(tag, []).append(pid)
    for tag, owners in by_tag.items():
        links.add_tags(store, "person", owners, [tag])


def insert_many(
    store: Store, people: Sequence[Person], progress: Callable[[int], None] | None = None
) -> list[int]:
    """Insert many persons at once (imports): one statement per table, search entries
    and journal documents built from the objects in hand (nothing is read back).
    ``progress`` is told how many rows were written now and then; raising from it
    (Cancel) rolls everything back."""
    now = store.now()

    def told(items: Iterable[T], offset: int) -> Iterator[T]:
        """The items, telling ``progress`` every 2,000: the persons count for the first
        half of the work, their search entries for the second."""
        if progress is None:
            yield from items
            return
        for n, item in enumerate(items):
            if n % 2000 == 0:
                progress(offset + n // 2)
            yield item

    if len(people) >= PIPELINE_MIN:
        from attache_app.storage import persons_bulk  # its thread and queue: imports only

        if persons_bulk.second_core_free():
            return _insert_pipelined(store, people, progress)
    with writes.recording(store) as recorder:
        ids = next_ids(store, "persons", len(people))
        recorder.created("person", ids)
        uuids = [p.uuid or rows.new_uuid() for p in people]
        store.conn.executemany(
            f"INSERT INTO persons (id, {', '.join(_COLUMNS)}, languages, created_at, updated_at,"
            f" uuid) VALUES ({', '.join('?' for _ in range(len(_COLUMNS) + 5))})",
            told(
                (
                    (
                        pid,
                        *[getattr(p, c) for c in _COLUMNS],
                        ",".join(p.languages),
                        p.created_at or now,  # a hand-over keeps the original date
                        now,
                        uuid,
                    )
                    for pid, p, uuid in zip(ids, people, uuids, strict=True)
                ),
                0,
            ),
        )
        _write_children_many(store, ids, people)
        orgs = _organisations_of(store, people)
        search.insert_documents(
            store.conn, told(_documents(store, ids, people, orgs), len(ids) // 2)
        )
        recorder.created("person", ids, _Inserted(ids, people, uuids, orgs, now).document)
    return ids


PIPELINE_MIN = 10_000
"""From this many persons on (two chunks of :data:`persons_bulk.CHUNK`),
:func:`insert_many` builds the rows on a second thread while SQLite writes
(:mod:`persons_bulk`, imported then: not at start-up), when a core is free for it;
below, the thread would not pay for itself."""


def _insert_pipelined(
    store: Store, people: Sequence[Person], progress: Callable[[int], None] | None
) -> list[int]:
    """:func:`insert_many` with the rows built by a producer thread (:mod:`persons_bulk`)
    while the connection's thread writes them: the same rows, in the same order."""
    from attache_app.storage import persons_bulk

    now = store.now()
    with writes.recording(store) as recorder:
        ids = next_ids(store, "persons", len(people))
        recorder.created("person", ids)
        orgs = _organisations_of(store, people)
        size = persons_bulk.CHUNK
        entries = persons_bulk.Entries(ids[0], size)
        build = persons_bulk.builder(
            ids,
            people,
            _COLUMNS,
            now,
            lambda i, p: _documents(store, i, p, orgs),
            lambda i, p, u: _Inserted(i, p, u, orgs, now).encoded(),
        )
        with persons_bulk.Producer(people, build, size) as producer:
            for chunk in producer:
                if progress is not None:
                    progress(chunk.start)
                for sql, params, many in chunk.inserts:
                    if many:
                        store.conn.executemany(sql, params)
                    elif sql:
                        store.conn.execute(sql, params)
                entries.add(chunk)
        _write_tags_many(store, ids, people)
        recorder.created("person", ids, entries)
    return ids


_Org = tuple[str | None, str | None, str | None, str | None]
"""An organisation as a person's entries name it: (name, acronym, native name, uuid)."""
_NO_ORG: _Org = (None, None, None, None)


def _organisations_of(store: Store, people: Sequence[Person]) -> dict[int, _Org]:
    org_ids = sorted({p.organisation_id for p in people if p.organisation_id is not None})
    orgs: dict[int, _Org] = {}
    for chunk, marks in rows.chunks(org_ids):
        for org_id, name, acronym, native, uuid in store.execute(
            f"SELECT id, name, acronym, native_name, uuid FROM organisations WHERE id IN ({marks})",
            chunk,
        ):
            orgs[org_id] = (name, acronym, native, uuid)
    return orgs


def _documents(
    store: Store,
    ids: Sequence[int],
    people: Sequence[Person],
    orgs: dict[int, _Org] | None = None,
) -> list[tuple[Any, ...]]:
    """The search entries of persons just inserted, from the objects in hand (what
    ``search.reindex`` would read back from the tables, without reading it); ``orgs``
    when the caller has read their organisations already."""
    if orgs is None:
        orgs = _organisations_of(store, people)
    documents = []
    for pid, p in zip(ids, people, strict=True):
        org_name, acronym, org_native, _uuid = (
            orgs.get(p.organisation_id, _NO_ORG) if p.organisation_id is not None else _NO_ORG
        )
        document = search.person_document(
            pid, p.civility, p.given_name, p.family_name, p.native_name, p.title,
            p.department, search.place(p.street, p.postal_code, p.city, p.region, p.country),
            p.country, p.notes, p.source, org_name, acronym, org_native,
            " ".join([e.address for e in p.emails]),
            " ".join([f"{f.number} {f.e164}" for f in p.phones]),
            " ".join(p.tags),
        )  # fmt: skip
        documents.append(document)
    return documents


class _Inserted:
    """Persons just inserted, whose journal documents are made when the journal asks for
    them (at the end of the recording) from the objects in hand rather than read back:
    the same keys in the same order, the same values (the caller does not change the
    objects meanwhile). Persons with tags are read back (their tags' uuids are not in
    hand)."""

    def __init__(
        self,
        ids: Sequence[int],
        people: Sequence[Person],
        uuids: Sequence[str],
        orgs: dict[int, _Org],
        now: str,
    ) -> None:
        self.first = ids[0] if ids else 0  # consecutive (next_ids)
        self.people, self.uuids, self.orgs, self.now = people, uuids, orgs, now

    def encoded(self) -> list[writes.Encoded | None]:
        """The journal entries of these persons, encoded (None: to be read back)."""
        entries: list[writes.Encoded | None] = []
        for n in range(len(self.people)):
            document = self.document(self.first + n)
            entries.append(None if document is None else writes.encode_created(document))
        return entries

    def document(self, person_id: int) -> writes.Document | None:
        n = person_id - self.first
        if not 0 <= n < len(self.people) or self.people[n].tags:
            return None
        p, org = self.people[n], self.people[n].organisation_id
        document: writes.Document = {
            "uuid": self.uuids[n],
            "civility": p.civility,
            "given_name": p.given_name,
            "family_name": p.family_name,
            "native_name": p.native_name,
            "title": p.title,
            "department": p.department,
            "country": p.country,
            "city": p.city,
            "street": p.street,
            "postal_code": p.postal_code,
            "region": p.region,
            "languages": ",".join(p.languages),
            "notes": p.notes,
            "source": p.source,
            "review_date": p.review_date,
            "share_paris": int(p.share_paris),
            "created_at": p.created_at or self.now,
            "updated_at": self.now,
            "organisation": self.orgs.get(org, _NO_ORG)[3] if org is not None else None,
            "tags": [],
            "emails": [[e.address, e.label] for e in p.emails],
            "phones": [[f.number, f.label, f.e164] for f in p.phones],
        }
        texts = [
            v for k, v in itertools.islice(document.items(), _TEXTS) if k != "share_paris"
        ] + list(p.languages)
        for pair in (*document["emails"], *document["phones"]):
            texts += pair
        if not all(map(_is_text, texts)):
            return None  # a value SQLite stores as text (75005 → '75005'): read it back
        return document


_TEXTS = 19
"""The document's first values: the uuid, the fields and the two stamps, all text but
``share_paris`` (0 or 1)."""
_is_text = str.__instancecheck__


def update_many(store: Store, people: Sequence[Person]) -> None:
    """Rewrite many persons at once (merges of an import), children and index included."""
    ids = [p.id for p in people if p.id is not None]
    assert len(ids) == len(people)
    now = store.now()
    with writes.recording(store) as recorder:
        recorder.watch("person", ids)
        store.conn.executemany(
            f"UPDATE persons SET {', '.join(f'{c} = ?' for c in _COLUMNS)}, languages = ?, "
            "updated_at = ? WHERE id = ?",
            [
                (*(getattr(p, c) for c in _COLUMNS), ",".join(p.languages), now, p.id)
                for p in people
            ],
        )
        for chunk, marks in rows.chunks(ids):
            for table in ("person_emails", "person_phones", "person_tags"):
                store.execute(f"DELETE FROM {table} WHERE person_id IN ({marks})", chunk)
        _write_children_many(store, ids, people)
        search.remove(store.conn, RecordKind.PERSON, ids)
        search.insert_documents(store.conn, _documents(store, ids, people))


def update(store: Store, person: Person) -> None:
    assert person.id is not None
    with writes.recording(store):
        rows.update_row(store, "persons", person.id, _row(person))
        _write_children(store, person.id, person, store.now())
        search.reindex(store.conn, RecordKind.PERSON, [person.id])


def delete(store: Store, ids: Sequence[int]) -> int:
    return rows.delete_rows(store, "persons", RecordKind.PERSON, ids)


def get_many(store: Store, ids: Sequence[int]) -> list[Person]:
    """The persons with these ids, in the order given (missing ids are left out)."""
    found: dict[int, Person] = {}
    for chunk, marks in rows.chunks(ids):
        for row in store.query(
            f"SELECT p.*, coalesce(o.name, '') AS organisation_name FROM persons p "
            f"LEFT JOIN organisations o ON o.id = p.organisation_id WHERE p.id IN ({marks})",
            chunk,
        ):
            languages = row.pop("languages")
            found[row["id"]] = Person(
                **(row | {"share_paris": bool(row["share_paris"])}),
                languages=[c for c in languages.split(",") if c],
            )
        for row in store.query(
            f"SELECT person_id, address, label FROM person_emails WHERE person_id IN ({marks}) "
            "ORDER BY person_id, position",
            chunk,
        ):
            found[row["person_id"]].emails.append(EmailAddress(row["address"], row["label"]))
        for row in store.query(
            f"SELECT person_id, number, label, e164 FROM person_phones "
            f"WHERE person_id IN ({marks}) ORDER BY person_id, position",
            chunk,
        ):
            found[row["person_id"]].phones.append(Phone(row["number"], row["label"], row["e164"]))
        for row in store.query(
            f"SELECT x.person_id, t.name FROM person_tags x JOIN tags t ON t.id = x.tag_id "
            f"WHERE x.person_id IN ({marks}) ORDER BY t.name COLLATE NOCASE",
            chunk,
        ):
            found[row["person_id"]].tags.append(row["name"])
    return [found[i] for i in ids if i in found]


def get(store: Store, person_id: int) -> Person | None:
    found = get_many(store, [person_id])
    return found[0] if found else None


SORTS = {
    "name": "p.family_name COLLATE NOCASE, p.given_name COLLATE NOCASE, p.native_name, p.id",
    "given_name": "p.given_name COLLATE NOCASE, p.family_name COLLATE NOCASE, p.id",
    "organisation": "o.name COLLATE NOCASE, p.family_name COLLATE NOCASE, p.id",
    "native": "p.native_name, p.family_name COLLATE NOCASE, p.id",
    "title": "p.title COLLATE NOCASE, p.family_name COLLATE NOCASE, p.id",
    "country": "p.country, p.family_name COLLATE NOCASE, p.id",
    "city": "p.city COLLATE NOCASE, p.family_name COLLATE NOCASE, p.id",
    "updated": "p.updated_at DESC, p.id DESC",
    "created": "p.created_at DESC, p.id DESC",
}


def ids(
    store: Store,
    *,
    sort: str = "name",
    tag: str = "",
    country: str = "",
    organisation_id: int | None = None,
    without_organisation: bool = False,
    organisation_kind: str = "",
    limit: int | None = None,
) -> list[int]:
    """Ids of the persons matching the filters, in the wanted order (sorted in SQL)."""
    clauses: list[str] = []
    params: list[Any] = []
    if tag:
        clauses.append(
            "p.id IN (SELECT x.person_id FROM person_tags x JOIN tags t ON t.id = x.tag_id "
            "WHERE t.name = ?)"
        )
        params.append(tag)
    if country:
        clauses.append("p.country = ?")
        params.append(country.upper())
    if organisation_id is not None:
        clauses.append("p.organisation_id = ?")
        params.append(organisation_id)
    if without_organisation:
        clauses.append("p.organisation_id IS NULL")
    if organisation_kind:
        clauses.append("o.kind = ?")
        params.append(organisation_kind)
    return rows.filtered_ids(
        store,
        "SELECT p.id FROM persons p LEFT JOIN organisations o ON o.id = p.organisation_id",
        clauses,
        params,
        SORTS[sort],
        limit,
    )


def find_by_email(store: Store, address: str) -> list[int]:
    return [
        int(row[0])
        for row in store.execute(
            "SELECT DISTINCT person_id FROM person_emails WHERE address = ?", (address.lower(),)
        )
    ]


def phones_and_countries(store: Store) -> Iterator[tuple[int, str, str, str, str, str, str, str]]:
    """(person id, given, family, native, number, E.164, person's country, organisation's
    country) of every stored phone with an E.164 form, by person."""
    yield from store.execute(
        "SELECT p.id, p.given_name, p.family_name, p.native_name, ph.number, ph.e164, "
        "p.country, coalesce(o.country, '') FROM person_phones ph "
        "JOIN persons p ON p.id = ph.person_id "
        "LEFT JOIN organisations o ON o.id = p.organisation_id "
        "WHERE ph.e164 != '' ORDER BY p.id, ph.position"
    )
