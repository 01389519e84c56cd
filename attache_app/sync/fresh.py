"""Records this desktop has never had, written in bulk: the first pull of a big network.

On a first pull, most documents of a page of ``_changes`` are records the desktop has never
seen: no local record has their uuid, and the desktop never agreed on a version of them
with the hub (no base). Those of one kind are built from their documents with one look-up
per link for the whole page, prepared like records saved in the window
(:mod:`attache_app.services.records_bulk`: normalised and validated; persons normalised
only, as before: the desktop that wrote them validated them), and inserted with one
statement per table through the journaled write path, in the name of the colleague who
wrote them (``sync:<colleague>``). Their base versions are written in one statement too.

Everything else goes through the round's merge, one document at a time: a record known
here, a deletion, a programme (it may adopt the local one of the same name), a record that
does not validate (the services' save then says why).
"""

from __future__ import annotations

from collections.abc import Sequence, Set
from dataclasses import dataclass, field
from typing import Any

from attache_app.domain import normalise
from attache_app.domain.enums import RecordKind
from attache_app.errors import ValidationError
from attache_app.services import records_bulk
from attache_app.storage import sync_state as state
from attache_app.storage.db import Store
from attache_app.storage.settings import load_settings
from attache_app.sync import documents, merge
from attache_app.sync.authors import by, origin, origin_name, signed

SMALLEST = 2
"""Fewer new records of a kind in a page than this go through the merge one by one."""


@dataclass
class Written:
    ids: set[str] = field(default_factory=set)
    """The ``_id`` of the documents written here."""
    new_conflicts: int = 0
    """Duplicate suggestions made (a colleague's new person with an e-mail of one here)."""


def insert_new(
    store: Store, kind: str, docs: Sequence[dict[str, Any]], leaving: Set[str] = frozenset()
) -> Written:
    """Write the documents of ``kind`` that are records this desktop has never had (inside
    the caller's transaction); what was written. ``leaving``: the uuids the page being
    pulled deletes (never suggested as duplicates)."""
    written = Written()
    if kind not in records_bulk.KINDS:
        return written
    candidates: dict[str, dict[str, Any]] = {}
    for doc in docs:
        parsed = documents.parse_id(str(doc.get("_id", "")))
        if parsed is not None and parsed[0] == kind and not doc.get("_deleted"):
            candidates[parsed[1]] = doc
    if len(candidates) < SMALLEST:
        return written
    known = set(documents.ids_of(store, kind, list(candidates)))
    known |= state.with_base(store, candidates)
    new = {uuid: doc for uuid, doc in candidates.items() if uuid not in known}
    if len(new) < SMALLEST:
        return written
    ready = _prepared(store, kind, new)
    by_author: dict[str, list[str]] = {}
    for uuid in ready:
        by_author.setdefault(origin_name(by(new[uuid])), []).append(uuid)
    local: dict[str, int] = {}
    for author, uuids in by_author.items():
        with origin(store, author):
            ids = records_bulk.insert_many(store, RecordKind(kind), [ready[u][0] for u in uuids])
        local.update(zip(uuids, ids, strict=True))
    duplicates = (
        look_alikes(store, {u: new[u].get("fields") or {} for u in local}, local, leaving)
        if kind == RecordKind.PERSON
        else {}
    )
    settled: list[tuple[str, str, str, dict[str, Any]]] = []
    for uuid, (_record, missing) in ready.items():
        doc = new[uuid]
        them = by(doc)
        theirs = {
            "fields": dict(doc.get("fields") or {}),
            "conflicts": dict(doc.get("conflicts") or {}),
        }
        conflicts = dict(theirs["conflicts"])
        if uuid in duplicates and merge.DUPLICATE not in conflicts:
            conflicts[merge.DUPLICATE] = [merge.entry(u, *them) for u in duplicates[uuid]]
            written.new_conflicts += 1
        if conflicts:
            state.set_conflicts(store, uuid, str(kind), conflicts)
        if missing:  # linked later, when what it names has arrived (retry_unresolved)
            state.put_base(
                store, uuid, str(kind), str(doc["_rev"]), signed(theirs, them), unresolved=True
            )
        else:
            settled.append((uuid, str(kind), str(doc["_rev"]), signed(theirs, them)))
        written.ids.add(documents.doc_id(kind, uuid))
    state.put_bases(store, settled)
    return written


def _prepared(
    store: Store, kind: str, new: dict[str, dict[str, Any]]
) -> dict[str, tuple[Any, list[str]]]:
    """(record ready to insert, uuids it links to that are not here) of each new document
    that is valid; the others are left to the one-by-one merge."""
    spec = documents.SPECS[kind]
    wanted: dict[str, set[str]] = {name: set() for name in spec.links}
    for doc in new.values():
        fields = doc.get("fields") or {}
        for name, link in spec.links.items():
            value = fields.get(name)
            wanted[name].update(
                str(u) for u in ((value or []) if link.many else [value] if value else [])
            )
    known = {
        name: documents.ids_of(store, link.target, sorted(wanted[name]))
        for name, link in spec.links.items()
    }
    regions = _regions(store, kind, new, known)
    ready: dict[str, tuple[Any, list[str]]] = {}
    for uuid, doc in new.items():
        record, missing = documents.build(
            store, kind, uuid, doc.get("fields") or {}, None, known=known
        )
        try:
            record = records_bulk.prepare(
                RecordKind(kind),
                record,
                phone_region=regions.get(uuid, ""),
                validate=kind != RecordKind.PERSON,
            )
        except ValidationError:
            continue  # the merge saves it through the services, which say why
        ready[uuid] = (record, missing)
    return ready


def _regions(
    store: Store,
    kind: str,
    new: dict[str, dict[str, Any]],
    known: dict[str, dict[str, int]],
) -> dict[str, str]:
    """The region each new person's phones are read with (:func:`records.phone_region_for`
    for many persons: their country, else their organisation's, else the post's)."""
    if kind != RecordKind.PERSON:
        return {}
    post = load_settings(store).phone_region
    org_ids = sorted(set(known.get("organisation", {}).values()))
    countries: dict[int, str] = {}
    for start in range(0, len(org_ids), 500):
        chunk = org_ids[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        countries.update(
            (int(i), str(c))
            for i, c in store.execute(
                f"SELECT id, country FROM organisations WHERE id IN ({marks})", chunk
            )
        )
    regions: dict[str, str] = {}
    for uuid, doc in new.items():
        fields = doc.get("fields") or {}
        if not fields.get("phones"):
            regions[uuid] = post
            continue
        country = normalise.clean_text(str(fields.get("country") or "")).upper()
        org = known.get("organisation", {}).get(str(fields.get("organisation") or ""))
        org_country = countries.get(org, "") if org is not None else ""
        regions[uuid] = normalise.phone_region(country, org_country, post) or post
    return regions


def look_alikes(
    store: Store,
    people: dict[str, dict[str, Any]],
    local: dict[str, int],
    leaving: Set[str] = frozenset(),
) -> dict[str, list[str]]:
    """The persons of this desktop that share an e-mail with each of these persons (uuid →
    fields of their document; ``local``: uuid → their own id here): uuid → the uuids of
    the look-alikes, in the order of their ids (a duplicate suggestion)."""
    addresses: dict[str, list[str]] = {}
    for uuid, fields in people.items():
        emails = fields.get("emails") or []
        addresses[uuid] = [
            str(e.get("address", "")).lower()
            for e in emails
            if isinstance(e, dict) and e.get("address")
        ]
    everyone = sorted({a for found in addresses.values() for a in found})
    owners: dict[str, set[int]] = {}
    for start in range(0, len(everyone), 500):
        chunk = everyone[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        for address, person_id in store.execute(
            f"SELECT DISTINCT address, person_id FROM person_emails WHERE address IN ({marks})",
            chunk,
        ):
            owners.setdefault(str(address), set()).add(int(person_id))
    others: dict[str, list[int]] = {}
    for uuid, found in addresses.items():
        ids = set().union(*(owners.get(a, set()) for a in found)) - {local.get(uuid, -1)}
        if ids:
            others[uuid] = sorted(ids)
    if not others:
        return {}
    uuids = documents.uuids_of(
        store, RecordKind.PERSON, sorted({i for ids in others.values() for i in ids})
    )
    alike = {
        uuid: [uuids[i] for i in ids if i in uuids and uuids[i] not in leaving]
        for uuid, ids in others.items()
    }
    return {uuid: them for uuid, them in alike.items() if them}
