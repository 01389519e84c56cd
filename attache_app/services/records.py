"""Create, read, update, delete, link and tag records: the one path for the CLI and the GUI.

Each function validates and normalises what it is given, writes in one transaction, and
returns the record as stored.
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Callable, Sequence
from typing import Any

from attache_app.domain import kinds, normalise, validation
from attache_app.domain.countries import country_name
from attache_app.domain.enums import RecordKind
from attache_app.domain.models import (
    Deadline,
    Interaction,
    Note,
    Organisation,
    Person,
    Programme,
)
from attache_app.errors import FieldError, NotFoundError, ValidationError
from attache_app.i18n import translate
from attache_app.storage import (
    interactions,
    links,
    notes,
    organisations,
    persons,
    programmes,
    repositories,
    search,
    snapshots,
    writes,
)
from attache_app.storage.db import Store
from attache_app.storage.repositories import REPOSITORIES
from attache_app.storage.rows import exists
from attache_app.storage.settings import load_settings
from attache_app.storage.snapshots import Snapshot as Snapshot

Record = repositories.Record


def _not_found(kind: RecordKind, record_id: int) -> NotFoundError:
    return NotFoundError(
        translate("Records", "There is no {kind} with id {id}.").format(
            kind=kind.label.lower(), id=record_id
        )
    )


def _check_refs(store: Store, table: str, field: str, ids: Sequence[int]) -> None:
    missing = [i for i in ids if not exists(store, table, i)]
    if missing:
        raise ValidationError(
            [
                FieldError(
                    field,
                    translate("Records", "No record with id {ids}.").format(
                        ids=", ".join(str(i) for i in missing)
                    ),
                )
            ]
        )


def _write(store: Store, kind: RecordKind, record: Any, insert: Any, update: Any) -> int:
    """Insert a record without id, update one with an id (which must exist); its id."""
    if record.id is None:
        new_id: int = insert(store, record)
        return new_id
    if not exists(store, kinds.kind(kind).table, record.id):
        raise _not_found(kind, record.id)
    update(store, record)
    return int(record.id)


# --- normalisation ---------------------------------------------------------------------


MANUAL_SOURCE = "manual"


def source_label(source: str) -> str:
    """Where a person's data come from, as shown: the code « manual » in words."""
    return translate("Records", "Entered by hand") if source == MANUAL_SOURCE else source


def source_code(text: str) -> str:
    """The stored form of a source shown by :func:`source_label` (the words → « manual »)."""
    return MANUAL_SOURCE if text.strip() == source_label(MANUAL_SOURCE) else text


"""The source of a person entered by hand (imports record their file and sender)."""


def normalise_person(person: Person, phone_region: str) -> Person:
    return dataclasses.replace(
        person,
        civility=normalise.clean_text(person.civility),
        given_name=normalise.clean_text(person.given_name),
        family_name=normalise.clean_text(person.family_name),
        native_name=normalise.clean_text(person.native_name),
        title=normalise.clean_text(person.title),
        department=normalise.clean_text(person.department),
        emails=[normalise.email_entry(e.address, e.label) for e in person.emails if e.address],
        phones=[
            normalise.phone_entry(p.number, phone_region, p.label)
            for p in person.phones
            if p.number.strip()
        ],
        country=normalise.clean_text(person.country).upper(),
        city=normalise.clean_text(person.city),
        street=normalise.clean_multiline(person.street),
        postal_code=normalise.clean_text(person.postal_code),
        region=normalise.clean_text(person.region),
        languages=[c.strip().lower() for c in person.languages if c.strip()],
        tags=[normalise.clean_text(t) for t in person.tags if t.strip()],
        notes=normalise.clean_multiline(person.notes),
        source=normalise.clean_text(person.source),
    )


def normalise_organisation(org: Organisation) -> Organisation:
    return dataclasses.replace(
        org,
        name=normalise.clean_text(org.name),
        native_name=normalise.clean_text(org.native_name),
        acronym=normalise.clean_text(org.acronym),
        country=normalise.clean_text(org.country).upper(),
        city=normalise.clean_text(org.city),
        website=normalise.clean_text(org.website),
        tags=[normalise.clean_text(t) for t in org.tags if t.strip()],
        notes=normalise.clean_multiline(org.notes),
    )


# --- persons ---------------------------------------------------------------------------


def phone_region_for(store: Store, country: str, organisation_id: int | None) -> str:
    """The region a person's national numbers are read with: the person's country, else
    their organisation's, else the post's telephone region."""
    org = organisations.get(store, organisation_id) if organisation_id is not None else None
    org_country = org.country if org is not None else ""
    post_region = load_settings(store).phone_region
    return normalise.phone_region(country, org_country, post_region) or post_region


def phone_warnings(store: Store, person: Person) -> list[str]:
    """One sentence per phone of ``person`` (as stored) kept without an E.164 form: not
    valid in the country it was read with."""
    region = phone_region_for(store, person.country, person.organisation_id)
    return [validation.unread_phone(p.number, region) for p in person.phones if not p.e164]


def save_person(store: Store, person: Person) -> Person:
    """Create (no id) or update (with id) a person; returns it as stored. Phones are read
    with the person's country (:func:`phone_region_for`); one that is not valid there is
    kept as typed, without an E.164 form."""
    region = phone_region_for(
        store, normalise.clean_text(person.country).upper(), person.organisation_id
    )
    person = normalise_person(person, region)
    if person.id is None and not person.source:
        person = dataclasses.replace(person, source=MANUAL_SOURCE)
    validation.validate_person(person)
    if person.organisation_id is not None:
        _check_refs(store, "organisations", "organisation", [person.organisation_id])
    return get_person(
        store, _write(store, RecordKind.PERSON, person, persons.insert, persons.update)
    )


def get_person(store: Store, person_id: int) -> Person:
    found = persons.get(store, person_id)
    if found is None:
        raise _not_found(RecordKind.PERSON, person_id)
    return found


# --- organisations ---------------------------------------------------------------------


def save_organisation(store: Store, org: Organisation) -> Organisation:
    org = normalise_organisation(org)
    validation.validate_organisation(org)
    return get_organisation(
        store,
        _write(store, RecordKind.ORGANISATION, org, organisations.insert, organisations.update),
    )


def get_organisation(store: Store, org_id: int) -> Organisation:
    found = organisations.get(store, org_id)
    if found is None:
        raise _not_found(RecordKind.ORGANISATION, org_id)
    return found


def resolve_organisation(store: Store, text: str) -> int:
    """An organisation named by id, name, acronym or native name — exactly one, or an error."""
    text = text.strip()
    if text.isdigit() and exists(store, "organisations", int(text)):
        return int(text)
    found = organisations.find(store, text)
    if len(found) == 1:
        return found[0]
    if not found:
        raise ValidationError(
            [
                FieldError(
                    "organisation",
                    translate(
                        "Records",
                        "No organisation is called “{name}”. Create it first, or give its id.",
                    ).format(name=text),
                )
            ]
        )
    raise ValidationError(
        [
            FieldError(
                "organisation",
                translate(
                    "Records", "Several organisations are called “{name}” (ids {ids}); give the id."
                ).format(name=text, ids=", ".join(str(i) for i in found)),
            )
        ]
    )


# --- notes -----------------------------------------------------------------------------


def normalise_note(note: Note) -> Note:
    return dataclasses.replace(
        note,
        title=normalise.clean_text(note.title),
        source_name=normalise.clean_text(note.source_name),
        url=normalise.clean_text(note.url),
        themes=[normalise.clean_text(t) for t in note.themes if t.strip()],
        country=normalise.clean_text(note.country).upper(),
        body=normalise.clean_multiline(note.body),
    )


def save_note(store: Store, note: Note) -> Note:
    note = normalise_note(note)
    validation.validate_note(note)
    _check_refs(store, "organisations", "organisations", note.organisation_ids)
    _check_refs(store, "persons", "persons", note.person_ids)
    return get_note(store, _write(store, RecordKind.NOTE, note, notes.insert, notes.update))


def get_note(store: Store, note_id: int) -> Note:
    found = notes.get(store, note_id)
    if found is None:
        raise _not_found(RecordKind.NOTE, note_id)
    return found


# --- interactions ----------------------------------------------------------------------


def normalise_interaction(item: Interaction) -> Interaction:
    return dataclasses.replace(
        item,
        title=normalise.clean_text(item.title),
        place=normalise.clean_text(item.place),
        summary=normalise.clean_multiline(item.summary),
    )


def save_interaction(store: Store, item: Interaction) -> Interaction:
    item = normalise_interaction(item)
    validation.validate_interaction(item)
    _check_refs(store, "persons", "participants", item.person_ids)
    _check_refs(store, "organisations", "organisations", item.organisation_ids)
    return get_interaction(
        store, _write(store, RecordKind.INTERACTION, item, interactions.insert, interactions.update)
    )


def get_interaction(store: Store, item_id: int) -> Interaction:
    found = interactions.get(store, item_id)
    if found is None:
        raise _not_found(RecordKind.INTERACTION, item_id)
    return found


# --- programmes and deadlines ----------------------------------------------------------


def save_programme(store: Store, programme: Programme) -> Programme:
    programme = dataclasses.replace(
        programme,
        name=normalise.clean_text(programme.name),
        partner_country=normalise.clean_text(programme.partner_country).upper(),
        partner_agency=normalise.clean_text(programme.partner_agency),
        url=normalise.clean_text(programme.url),
    )
    validation.validate_programme(programme)
    same_name = programmes.find_programme(store, programme.name)
    if same_name is not None and same_name != programme.id:
        raise ValidationError(
            [
                FieldError(
                    "name",
                    translate("Records", "A programme called “{name}” already exists.").format(
                        name=programme.name
                    ),
                )
            ]
        )
    return get_programme(
        store,
        _write(
            store,
            RecordKind.PROGRAMME,
            programme,
            programmes.insert_programme,
            programmes.update_programme,
        ),
    )


def get_programme(store: Store, programme_id: int) -> Programme:
    found = programmes.get_programmes(store, [programme_id])
    if not found:
        raise _not_found(RecordKind.PROGRAMME, programme_id)
    return found[0]


def resolve_programme(store: Store, text: str) -> int:
    text = text.strip()
    if text.isdigit() and exists(store, "programmes", int(text)):
        return int(text)
    found = programmes.find_programme(store, text)
    if found is None:
        known = [p.name for p in programmes.get_programmes(store, programmes.programme_ids(store))]
        raise ValidationError(
            [
                FieldError(
                    "programme",
                    translate(
                        "Records", "No programme is called “{name}”. Known programmes: {known}."
                    ).format(name=text, known=", ".join(known) or "—"),
                )
            ]
        )
    return found


def normalise_deadline(deadline: Deadline) -> Deadline:
    return dataclasses.replace(
        deadline,
        title=normalise.clean_text(deadline.title),
        owner=normalise.clean_text(deadline.owner),
        notes=normalise.clean_multiline(deadline.notes),
        tz=normalise.clean_text(deadline.tz),
        due_local=normalise.clean_text(deadline.due_local).replace(" ", "T"),
    )


def save_deadline(store: Store, deadline: Deadline) -> Deadline:
    deadline = normalise_deadline(deadline)
    validation.validate_deadline(deadline)
    if deadline.programme_id is not None:
        _check_refs(store, "programmes", "programme", [deadline.programme_id])
    _check_refs(store, "persons", "persons", deadline.person_ids)
    return get_deadline(
        store,
        _write(
            store,
            RecordKind.DEADLINE,
            deadline,
            programmes.insert_deadline,
            programmes.update_deadline,
        ),
    )


def get_deadline(store: Store, deadline_id: int) -> Deadline:
    found = programmes.get_deadlines(store, [deadline_id])
    if not found:
        raise _not_found(RecordKind.DEADLINE, deadline_id)
    return found[0]


# --- any kind --------------------------------------------------------------------------


def get(store: Store, kind: RecordKind, record_id: int) -> Record:
    found = REPOSITORIES[kind].get_many(store, [record_id])
    if not found:
        raise _not_found(kind, record_id)
    return found[0]


def get_many(store: Store, kind: RecordKind, ids: Sequence[int]) -> Sequence[Record]:
    return REPOSITORIES[kind].get_many(store, ids)


def list_ids(
    store: Store, kind: RecordKind, *, limit: int | None = None, **filters: Any
) -> list[int]:
    """Ids of the records of ``kind`` in their natural order, filtered (in SQL)."""
    return REPOSITORIES[kind].ids(store, limit=limit, **filters)


def delete(store: Store, kind: RecordKind, ids: Sequence[int]) -> int:
    """Delete these records with their links; returns how many were deleted."""
    table = kinds.kind(kind).table
    missing = [i for i in ids if not exists(store, table, i)]
    if missing:
        raise _not_found(kind, missing[0])
    return REPOSITORIES[kind].delete(store, list(ids))


def delete_with_snapshot(store: Store, kind: RecordKind, ids: Sequence[int]) -> Snapshot:
    """Delete these records and return what it takes to put them back (for undo)."""
    with writes.recording(store):
        snapshot = snapshots.capture(store, kind, ids)
        delete(store, kind, ids)
    return snapshot


def one_change(store: Store) -> contextlib.AbstractContextManager[writes.Recorder]:
    """A block whose saves form one transaction and one set of journal entries (an undo
    that saves several records at once)."""
    return writes.recording(store)


def undelete(store: Store, snapshot: Snapshot) -> None:
    """Put deleted records back with their ids, links and search entries."""
    snapshots.restore(store, snapshot)


def tag(
    store: Store,
    kind: RecordKind,
    ids: Sequence[int],
    add: Sequence[str] = (),
    remove: Sequence[str] = (),
) -> None:
    """Add and remove tags on persons or organisations, in one transaction."""
    if not kinds.kind(kind).tagged:
        raise ValidationError(
            [FieldError("kind", translate("Records", "Only persons and organisations have tags."))]
        )
    missing = [i for i in ids if not exists(store, kinds.kind(kind).table, i)]
    if missing:
        raise _not_found(kind, missing[0])
    clean_add = [normalise.clean_text(t) for t in add if t.strip()]
    with writes.recording(store):
        links.add_tags(store, str(kind), ids, clean_add)
        links.remove_tags(store, str(kind), ids, list(remove))
        search.reindex(store.conn, kind, ids)


def tag_names(store: Store) -> list[str]:
    return [r[0] for r in store.execute("SELECT name FROM tags ORDER BY name COLLATE NOCASE")]


def filter_choices(store: Store, kind: RecordKind) -> dict[str, list[tuple[str, str]]]:
    """The filter choices of a list that come from the data: (value, text) of its tags and
    countries (persons, organisations) or themes (notes). Read in a worker: over 100,000
    contacts the distinct countries are a scan."""
    choices: dict[str, list[tuple[str, str]]] = {}
    if kinds.kind(kind).tagged:
        choices["tag"] = [(t, t) for t in tag_names(store)]
        choices["country"] = sorted(
            ((c, country_name(c)) for c in countries_in_use(store, kind)),
            key=lambda item: item[1].casefold(),
        )
    if any(c.field == "themes" for c in kinds.kind(kind).children):
        choices["theme"] = [(t, t) for t in note_themes(store)]
    return choices


def kind_of(record: Record) -> RecordKind:
    """The kind of a record object."""
    return kinds.of_record(record)


def save(store: Store, record: Record) -> Record:
    """Create or update any record (the saver of its kind: each validates its own)."""
    saved: Record = SAVERS[kind_of(record)](store, record)
    return saved


SAVERS: dict[RecordKind, Callable[[Store, Any], Record]] = {
    RecordKind.PERSON: save_person,
    RecordKind.ORGANISATION: save_organisation,
    RecordKind.NOTE: save_note,
    RecordKind.INTERACTION: save_interaction,
    RecordKind.DEADLINE: save_deadline,
    RecordKind.PROGRAMME: save_programme,
}
"""The services' side of the registry of kinds (``domain/kinds.py``): each kind's saver,
which validates and normalises a record of the kind before storage writes it."""


def countries_in_use(store: Store, kind: RecordKind) -> list[str]:
    """The country codes the persons (or organisations) of the database are in."""
    table = kinds.kind(kind).table
    rows = store.execute(f"SELECT DISTINCT country FROM {table} WHERE country != ''")
    return [str(row[0]) for row in rows]


def note_themes(store: Store) -> list[str]:
    """Every theme given to a watch note, alphabetical (case ignored)."""
    rows = store.execute("SELECT DISTINCT theme FROM note_themes ORDER BY theme COLLATE NOCASE")
    return [str(row[0]) for row in rows]
