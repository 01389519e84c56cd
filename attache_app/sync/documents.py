"""Records as hub documents and back: one record is one JSON document keyed by its uuid.

A document is ``{"_id": "person:<uuid>", "type": "person", "fields": {…}, "conflicts":
{…}, "changed_by": …, "changed_on": …, "changed_at": …}``. ``fields`` holds what the user
typed, with links as uuids (a person's organisation, a note's persons…) and tags by name;
nothing local travels (ids, dates of the row, the search index, reminder states, a phone's
E.164 form, which each desktop derives with its own region). ``conflicts`` lists the values
two colleagues gave the same field until someone chooses (see :mod:`attache_app.sync.merge`).

Writing a document back goes through the services (:func:`records.save`), so a pulled
record is validated, normalised and indexed like one typed in the window.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

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
from attache_app.storage import programmes as storage_programmes
from attache_app.storage.db import Store
from attache_app.storage.rows import chunks

CALL = "call"
"""One edition of a programme's call (not a :class:`RecordKind`: it has no list of its own)."""
APPLICATION = "application"
"""An application received for a call."""


@dataclass(frozen=True)
class Link:
    """A field of ids (or one id) that travels as uuids of records of ``target``."""

    attr: str
    target: str
    many: bool


@dataclass(frozen=True)
class Spec:
    table: str
    factory: Any
    scalars: tuple[str, ...]
    lists: tuple[str, ...] = ()
    links: dict[str, Link] = dataclasses.field(default_factory=dict)
    required: str = ""
    """The link the record cannot exist without (a call's programme, an application's call):
    a record pulled before it is kept aside until it arrives."""


SPECS: dict[str, Spec] = {
    RecordKind.ORGANISATION: Spec(
        "organisations",
        lambda: Organisation(name=""),
        (
            "name",
            "native_name",
            "acronym",
            "kind",
            "country",
            "city",
            "website",
            "notes",
            "share_paris",
        ),
        ("tags",),
    ),
    RecordKind.PERSON: Spec(
        "persons",
        Person,
        (
            "civility",
            "given_name",
            "family_name",
            "native_name",
            "title",
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
        ),
        ("languages", "tags"),
        {"organisation": Link("organisation_id", RecordKind.ORGANISATION, many=False)},
    ),
    RecordKind.PROGRAMME: Spec(
        "programmes",
        lambda: Programme(name=""),
        (
            "name",
            "kind",
            "partner_country",
            "partner_agency",
            "url",
            "description",
            "source_url",
            "template",
            "share_paris",
        ),
    ),
    CALL: Spec(
        "calls",
        lambda: Call(programme_id=0, year=0),
        ("year", "title", "status", "url", "notes", "share_paris"),
        (),
        {"programme": Link("programme_id", RecordKind.PROGRAMME, many=False)},
        required="programme",
    ),
    RecordKind.DEADLINE: Spec(
        "deadlines",
        lambda: Deadline(title=""),
        (
            "title",
            "stage",
            "all_day",
            "due_date",
            "due_local",
            "tz",
            "status",
            "owner",
            "notes",
            "to_confirm",
            "share_paris",
        ),
        ("reminders",),
        {
            "programme": Link("programme_id", RecordKind.PROGRAMME, many=False),
            "call": Link("call_id", CALL, many=False),
            "persons": Link("person_ids", RecordKind.PERSON, many=True),
        },
    ),
    APPLICATION: Spec(
        "applications",
        lambda: Application(call_id=0, title=""),
        ("title", "french_team", "partner_team", "outcome", "notes", "share_paris"),
        (),
        {
            "call": Link("call_id", CALL, many=False),
            "persons": Link("person_ids", RecordKind.PERSON, many=True),
            "organisations": Link("organisation_ids", RecordKind.ORGANISATION, many=True),
        },
        required="call",
    ),
    RecordKind.NOTE: Spec(
        "notes",
        lambda: Note(title="", date=""),
        (
            "title",
            "date",
            "source_name",
            "url",
            "country",
            "importance",
            "status",
            "sent_date",
            "body",
            "share_paris",
        ),
        ("themes",),
        {
            "organisations": Link("organisation_ids", RecordKind.ORGANISATION, many=True),
            "persons": Link("person_ids", RecordKind.PERSON, many=True),
        },
    ),
    RecordKind.INTERACTION: Spec(
        "interactions",
        lambda: Interaction(kind="meeting", date="", title=""),
        ("kind", "date", "title", "summary", "place", "share_paris"),
        (),
        {
            "persons": Link("person_ids", RecordKind.PERSON, many=True),
            "organisations": Link("organisation_ids", RecordKind.ORGANISATION, many=True),
        },
    ),
}
"""What travels of each kind, in the order a batch is written (link targets first)."""

KINDS: tuple[str, ...] = tuple(SPECS)
_KEYS: dict[str, str] = {str(k): k for k in SPECS}


def kind_of(name: str) -> str:
    """The kind of this name as :data:`SPECS` holds it (a :class:`RecordKind` for the kinds
    that have one, so that ``kind is RecordKind.PERSON`` holds)."""
    return _KEYS[str(name)]


def doc_id(kind: str, uuid: str) -> str:
    return f"{kind}:{uuid}"


def parse_id(identifier: str) -> tuple[str, str] | None:
    """(kind, uuid) of a record document's ``_id``; None for any other document."""
    head, _, uuid = identifier.partition(":")
    kind = _KEYS.get(head)
    return (kind, uuid) if kind is not None and uuid else None


def is_private(record: Any) -> bool:
    """A record that never leaves this desktop (a note marked private)."""
    return bool(getattr(record, "private", False))


# --- uuids ↔ local ids -------------------------------------------------------------------


def uuids_of(store: Store, kind: str, ids: Sequence[int]) -> dict[int, str]:
    table = SPECS[kind].table
    found: dict[int, str] = {}
    for chunk, marks in chunks(sorted(set(ids))):
        for row_id, uuid in store.execute(
            f"SELECT id, uuid FROM {table} WHERE id IN ({marks})", chunk
        ):
            found[int(row_id)] = str(uuid)
    return found


def ids_of(store: Store, kind: str, uuids: Sequence[str]) -> dict[str, int]:
    table = SPECS[kind].table
    found: dict[str, int] = {}
    unique = sorted(set(uuids))
    for start in range(0, len(unique), 500):
        chunk = unique[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        for row_id, uuid in store.execute(
            f"SELECT id, uuid FROM {table} WHERE uuid IN ({marks})", chunk
        ):
            found[str(uuid)] = int(row_id)
    return found


# --- record → fields ---------------------------------------------------------------------


def _plain(value: Any) -> Any:
    if isinstance(value, EmailAddress):
        return {"address": value.address, "label": value.label}
    if isinstance(value, Phone):
        return {"number": value.number, "label": value.label}
    return value


def fields_of(store: Store, kind: str, items: Sequence[Any]) -> list[dict[str, Any]]:
    """The travelling fields of records of one kind (links as uuids), in their order."""
    spec = SPECS[kind]
    targets: dict[str, dict[int, str]] = {}
    for name, link in spec.links.items():
        wanted: list[int] = []
        for item in items:
            value = getattr(item, link.attr)
            wanted.extend(value if link.many else [value] if value is not None else [])
        targets[name] = uuids_of(store, link.target, wanted)
    out: list[dict[str, Any]] = []
    for item in items:
        fields: dict[str, Any] = {name: getattr(item, name) for name in spec.scalars}
        for name in spec.lists:
            fields[name] = list(getattr(item, name))
        if kind is RecordKind.PERSON:
            fields["emails"] = [_plain(e) for e in item.emails]
            fields["phones"] = [_plain(p) for p in item.phones]
        for name, link in spec.links.items():
            value = getattr(item, link.attr)
            known = targets[name]
            if link.many:
                fields[name] = sorted(known[i] for i in value if i in known)
            else:
                fields[name] = known.get(value) if value is not None else None
        out.append(fields)
    return out


# --- fields → record ---------------------------------------------------------------------


def build(
    store: Store,
    kind: str,
    uuid: str,
    fields: dict[str, Any],
    current: Any | None,
    known: dict[str, dict[str, int]] | None = None,
) -> tuple[Any, list[str]]:
    """The record to save for these fields (on top of the local one, which keeps what does
    not travel); and the uuids of linked records this desktop does not have (yet).
    ``known``: the local ids of the linked records, by link (looked up for many records
    at once), else looked up here."""
    spec = SPECS[kind]
    record = current if current is not None else spec.factory()
    changes: dict[str, Any] = {}
    for name in spec.scalars:
        if name in fields:
            changes[name] = fields[name]
    for name in spec.lists:
        if name in fields:
            changes[name] = list(fields[name] or [])
    if kind is RecordKind.PERSON:
        if "emails" in fields:
            changes["emails"] = [
                EmailAddress(str(e.get("address", "")), str(e.get("label", "")))
                for e in fields["emails"] or []
                if isinstance(e, dict)
            ]
        if "phones" in fields:
            changes["phones"] = [
                Phone(str(p.get("number", "")), str(p.get("label", "")))
                for p in fields["phones"] or []
                if isinstance(p, dict)
            ]
    missing: list[str] = []
    for name, link in spec.links.items():
        if name not in fields:
            continue
        value = fields[name]
        wanted = [str(u) for u in (value or [])] if link.many else [str(value)] if value else []
        found = known[name] if known is not None else ids_of(store, link.target, wanted)
        missing.extend(u for u in wanted if u not in found)
        if link.many:
            changes[link.attr] = sorted(found[u] for u in wanted if u in found)
        else:
            changes[link.attr] = found.get(wanted[0]) if wanted else None
    if current is None:
        changes["uuid"] = uuid
    return dataclasses.replace(record, **changes), missing


def lacks_required(store: Store, kind: str, fields: dict[str, Any]) -> bool:
    """Whether the record this document makes cannot be written yet: the record it belongs
    to (a call's programme, an application's call) is not on this desktop."""
    name = SPECS[kind].required
    if not name:
        return False
    link = SPECS[kind].links[name]
    wanted = str(fields.get(name) or "")
    return not wanted or wanted not in ids_of(store, link.target, [wanted])


def get_many(store: Store, kind: str, ids: Sequence[int]) -> list[Any]:
    """The records of one kind, in the order of ``ids`` (missing ones left out)."""
    if kind == CALL:
        return list(programmes.get_calls(store, list(ids)))
    if kind == APPLICATION:
        found = {a.id: a for a in programmes.applications(store, ids=list(ids))}
        return [found[i] for i in ids if i in found]
    return list(records.get_many(store, RecordKind(kind), ids))


def get(store: Store, kind: str, record_id: int) -> Any | None:
    found = get_many(store, kind, [record_id])
    return found[0] if found else None


def save(store: Store, record: Any) -> Any:
    """Write a pulled record through the services (validated, normalised, indexed)."""
    if isinstance(record, Call):
        return programmes.save_call(store, record)
    if isinstance(record, Application):
        return programmes.save_application(store, record)
    return records.save(store, record)


def delete(store: Store, kind: str, ids: Sequence[int]) -> int:
    """Delete records through the services (a call goes with its stages and applications)."""
    if kind == CALL:
        return programmes.delete_calls(store, list(ids))
    if kind == APPLICATION:
        return programmes.delete_applications(store, list(ids))
    return records.delete(store, RecordKind(kind), ids)


def same_record(store: Store, kind: str, fields: dict[str, Any]) -> Any | None:
    """A local record that a pulled one *is*, though made separately: a programme of the
    same name (the catalogue is installed on every desktop), a call of the same programme
    and year (two colleagues prepared next year's call). It becomes the hub's record
    rather than a second one, which the database's unique keys refuse anyway."""
    if kind is RecordKind.PROGRAMME:
        found = storage_programmes.find_programme(store, str(fields.get("name", "")))
        return None if found is None else get(store, kind, found)
    if kind == CALL:
        programme = str(fields.get("programme") or "")
        programme_id = ids_of(store, RecordKind.PROGRAMME, [programme]).get(programme)
        try:
            year = int(fields.get("year") or 0)
        except (TypeError, ValueError):
            return None
        if programme_id is None:
            return None
        found = programmes.find_call(store, programme_id, year)
        return None if found is None else get(store, kind, found)
    return None
