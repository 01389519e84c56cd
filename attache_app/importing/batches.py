"""Writing a plan as one import batch, listing batches, and undoing one.

A batch records the file (name, SHA-256, format), the sender, the mapping, the counts, and
one change per record: what it created, and for what it updated the exact previous values.
Undo removes what the batch created and puts back what it changed; when a record was edited
after the import, undo names it and asks before overwriting (``force``).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from attache_app.domain import kinds, normalise
from attache_app.domain.enums import InteractionKind
from attache_app.domain.models import EmailAddress, Interaction, Organisation, Person, Phone
from attache_app.errors import AttacheError, NotFoundError
from attache_app.i18n import translate
from attache_app.importing import batch_undo
from attache_app.importing.plan import (
    CREATE,
    MERGE,
    SKIP,
    Plan,
    Progress,
    apply_merge,
    merge_choices,
    org_key,
)
from attache_app.storage import interactions, links, organisations, persons, writes
from attache_app.storage.db import Store

_CHUNK = 2000
"""Rows written between two progress reports (and chances to cancel)."""


class UndoConflict(AttacheError):
    """Records changed since the import: undoing would overwrite those changes."""

    def __init__(self, batch_id: int, names: list[str]) -> None:
        self.batch_id = batch_id
        self.names = names
        shown = ", ".join(names[:10]) + ("…" if len(names) > 10 else "")
        changed = len(names)
        super().__init__(
            translate(
                "Import",
                "%n record(s) of import {batch} changed after it: {names}. Undoing would lose "
                "those changes; confirm to undo anyway.",
                "",
                changed,
            ).format(batch=batch_id, names=shown)
        )


@dataclass
class BatchResult:
    batch: int | None
    created: int = 0
    updated: int = 0
    skipped: int = 0
    unchanged: int = 0
    organisations_created: int = 0
    organisations_updated: int = 0
    """Known organisations completed by rows naming only them (notes, tags, empty fields)."""
    activities: int = 0
    """Activities written for the dated contacts of the rows (« Dernier contact »…)."""
    errors: list[dict[str, str]] = field(default_factory=list)
    already_imported: int | None = None
    phones_kept_as_typed: list[dict[str, str]] = field(default_factory=list)
    """Numbers written without an E.164 form: not valid in the country they were read with
    (where, name, number, region, message)."""

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    def counts_text(self) -> str:
        """« 3 created, 1 updated, 0 skipped, 1 error » in the interface's language, each
        count with its own plural (both front ends say it)."""
        created, updated, skipped, errors = (
            self.created, self.updated, self.skipped, len(self.errors)
        )  # fmt: skip
        return ", ".join(
            [
                translate("Import", "%n created", "", created),
                translate("Import", "%n updated", "", updated),
                translate("Import", "%n skipped", "", skipped),
                translate("Import", "%n error(s)", "", errors),
            ]
        )


def fingerprint(person: Person) -> str:
    """A digest of the person's content (not timestamps), to tell later edits apart."""
    content = [
        *(getattr(person, name) for name in _CONTENT),
        [[e.address, e.label] for e in person.emails],
        [[p.number, p.label, p.e164] for p in person.phones],
        sorted(t.casefold() for t in person.tags),
        person.languages,
    ]
    address = [person.street, person.postal_code, person.region]
    if any(address):  # only then: fingerprints stored before the address existed still hold
        content.append(address)
    text = _JSON.encode(content)
    return hashlib.blake2b(text.encode(), digest_size=16).hexdigest()


_JSON = json.JSONEncoder(ensure_ascii=False)
"""``json.dumps(…, ensure_ascii=False)`` without building an encoder on every call."""


_CONTENT = (
    "civility", "given_name", "family_name", "native_name", "title", "organisation_id",
    "department", "country", "city", "notes", "source",
)  # fmt: skip


def _snapshot(person: Person) -> str:
    """Every value of the person, to put back exactly on undo."""
    data = {name: getattr(person, name) for name in _FIELDS}
    data["emails"] = [{"address": e.address, "label": e.label} for e in person.emails]
    data["phones"] = [{"number": p.number, "label": p.label, "e164": p.e164} for p in person.phones]
    return _JSON.encode(data)


_FIELDS = tuple(f.name for f in dataclasses.fields(Person))


def _person_from(text: str) -> Person:
    data = json.loads(text)
    data["emails"] = [EmailAddress(**e) for e in data["emails"]]
    data["phones"] = [Phone(**p) for p in data["phones"]]
    return Person(**data)


_ORG_FIELDS = ("native_name", "acronym", "country", "city", "website")


def _org_label(name: str) -> str:
    return {
        "native_name": translate("Import", "Native name: {value}"),
        "acronym": translate("Import", "Acronym: {value}"),
        "country": translate("Import", "Country: {value}"),
        "city": translate("Import", "City: {value}"),
        "website": translate("Import", "Web: {value}"),
    }[name]


def completed_organisation(current: Organisation, incoming: Organisation) -> Organisation:
    """``current`` completed by a row naming only it: its empty fields filled, a differing
    value kept in its notes (« City: Osaka »), the row's notes added unless it has them
    already, its tags united — nothing of the row is lost, nothing it had is overwritten."""
    merged = dataclasses.replace(current, tags=list(current.tags))
    lines: list[str] = []
    for name in _ORG_FIELDS:
        old, new = getattr(current, name), getattr(incoming, name)
        if not new or normalise.fold(old) == normalise.fold(new):
            continue
        if old:
            lines.append(_org_label(name).format(value=new))
        else:
            setattr(merged, name, new)
    if merged.kind == "other" and incoming.kind != "other":
        merged.kind = incoming.kind
    notes = "\n".join(n for n in (incoming.notes, *lines) if n)
    if notes and notes not in merged.notes:
        merged.notes = "\n\n".join(n for n in (merged.notes, notes) if n)
    have = {t.casefold() for t in merged.tags}
    merged.tags += [t for t in incoming.tags if t.casefold() not in have]
    return merged


def _complete_organisation(store: Store, org_id: int, incoming: Organisation) -> bool:
    """Complete a known organisation with a row naming only it; whether it changed (the
    journal keeps its previous values for undo)."""
    current = organisations.get(store, org_id)
    if current is None:
        return False
    merged = completed_organisation(current, incoming)
    if _content(merged) == _content(current):
        return False
    organisations.update(store, merged)
    return True


def _content(org: Organisation) -> list[Any]:
    return [*(getattr(org, n) for n in _ORG_SNAPSHOT), sorted(t.casefold() for t in org.tags)]


_ORG_SNAPSHOT = ("name", "native_name", "acronym", "kind", "country", "city", "website", "notes")


def commit(
    store: Store, plan: Plan, *, sender: str = "", progress: Progress | None = None
) -> BatchResult:
    """Write the plan in one transaction. An identical file already imported creates
    nothing (its batch is named in the result)."""
    result = BatchResult(batch=None, errors=[e.to_dict() for e in plan.errors])
    if plan.already_imported is not None:
        result.already_imported = plan.already_imported[0]
        result.skipped = len(plan.items) - len(plan.errors)
        return result
    result.phones_kept_as_typed = plan.phone_problems(written_only=True)
    source = plan.file_name + (f" ({sender})" if sender else "")
    now = store.now()
    with store.transaction():
        batch_id = int(
            store.execute(
                "INSERT INTO import_batches (file_name, sha256, format, encoding, sender, "
                "imported_at, mapping, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (plan.file_name, plan.sha256, plan.format, plan.encoding, sender, now,
                 plan.mapping_json, now, now),
            ).lastrowid
            or 0
        )  # fmt: skip
        with store.origin(origin_of(batch_id)), writes.recording(store):
            _write(store, plan, result, source, progress)
        counts = {k: v for k, v in result.to_dict().items() if isinstance(v, int)}
        counts["errors"] = len(plan.errors)
        store.execute(
            "UPDATE import_batches SET counts = ? WHERE id = ?", (json.dumps(counts), batch_id)
        )
    result.batch = batch_id
    return result


def origin_of(batch_id: int) -> str:
    """The origin of a batch's writes in the change journal."""
    return f"import:{batch_id}"


def _write(
    store: Store, plan: Plan, result: BatchResult, source: str, progress: Progress | None
) -> None:
    """The records of the plan (journaled under the batch's origin by the caller)."""
    org_ids = dict(plan.organisation_ids)
    # Organisations: those the persons need, and organisation cards.
    created_orgs: set[int] = set()
    for item in plan.items:
        if item.organisation is not None and not item.error:
            key = org_key(item.organisation.name)
            if key in org_ids:
                # A known organisation (or one a card created above): the row completes it.
                org_id = org_ids[key]
                if not _complete_organisation(store, org_id, item.organisation):
                    result.unchanged += 1
                elif org_id not in created_orgs:  # undo deletes those anyway
                    result.organisations_updated += 1
                    result.updated += 1
                continue
            org = dataclasses.replace(item.organisation, tags=list(item.organisation.tags))
            org_ids[key] = organisations.insert(store, org)
            created_orgs.add(org_ids[key])
            result.organisations_created += 1
            result.created += 1
    for key, name in plan.new_organisations.items():
        if key not in org_ids:
            org_ids[key] = organisations.insert(store, Organisation(name=name))
            result.organisations_created += 1

    org_of: dict[str, int | None] = {}

    def with_org(person: Person) -> Person:
        """The plan's person, with its organisation's id and the batch as source (set
        on the plan's own object: a retried commit sets both again)."""
        name = person.organisation_name
        if name not in org_of:
            org_of[name] = org_ids.get(org_key(name))
        person.organisation_id = org_of[name]
        person.source = source
        return person

    # New persons, and duplicates created anyway, in file order.
    to_create: list[Person] = []
    created_for: dict[int, int] = {}  # item index → position in to_create
    for item in plan.items:
        if item.error or item.person is None:
            continue
        dup = plan.duplicates.get(item.index)
        if dup is None or dup.action == CREATE:
            created_for[item.index] = len(to_create)
            to_create.append(with_org(item.person))
    total = len(to_create) + len(plan.duplicates)

    def creating(done: int) -> None:
        if progress is not None:
            progress(done, total)  # may raise (Cancel): the transaction rolls back

    new_ids = persons.insert_many(store, to_create, creating) if to_create else []
    result.created += len(new_ids)
    # Merges: into a person of the database, or into a row created above.
    for position, new_id in enumerate(new_ids):
        to_create[position].id = new_id
    fresh = {p.id: p for p in to_create}
    targets: dict[int, int] = {}
    for item in plan.items:
        dup = plan.duplicates.get(item.index)
        if dup is None or item.person is None or item.error or dup.action != MERGE:
            if dup is not None and dup.action == SKIP and not item.error:
                result.skipped += 1
            continue
        target = dup.person_id
        if target is None and dup.earlier_item is not None:
            target = _target_of(plan, dup.earlier_item, created_for, new_ids)
        if target is None:
            result.skipped += 1
            continue
        targets[item.index] = target
    known_ids = sorted({t for t in targets.values() if t not in fresh})
    current: dict[int, Person] = {
        p.id: p for p in persons.get_many(store, known_ids) if p.id is not None
    }
    current.update({k: v for k, v in fresh.items() if k is not None})
    original = {pid: fingerprint(current[pid]) for pid in known_ids if pid in current}
    touched: set[int] = set()
    for done, (index, target_id) in enumerate(targets.items()):
        if progress is not None and done % _CHUNK == 0:
            progress(len(to_create) + done, total)
        if target_id not in current:
            result.skipped += 1
            continue
        dup = plan.duplicates[index]
        incoming = with_org(plan.items[index].person)  # type: ignore[arg-type]
        base = current[target_id]
        choices = dup.fields if (dup.person_id is not None and target_id not in touched) \
            else merge_choices(base, incoming)  # fmt: skip
        merged = apply_merge(base, incoming, choices)
        if merged.organisation_id is None and base.organisation_id:
            merged.organisation_id = base.organisation_id
        current[target_id] = merged
        touched.add(target_id)
    changed = [
        current[pid]
        for pid in sorted(touched)
        if pid in fresh or fingerprint(current[pid]) != original.get(pid)
    ]
    if changed:
        persons.update_many(store, changed)
    updated_ids = [p.id for p in changed if p.id not in fresh]
    result.updated += len(updated_ids)
    result.unchanged += len([pid for pid in touched if pid not in fresh]) - len(updated_ids)
    person_of = {i: new_ids[p] for i, p in created_for.items()} | targets
    result.activities += len(_write_activities(store, plan, person_of, source))


_KINDS = frozenset(k.value for k in InteractionKind)


def _write_activities(
    store: Store, plan: Plan, person_of: dict[int, int], source: str
) -> list[int]:
    """The dated contacts of the rows, as activities linked to the person each row became
    (created or merged into); one the person already has (same date and title) is not
    written again."""
    wanted: list[tuple[int, str, str, str, str]] = []
    for item in plan.items:
        target = person_of.get(item.index)
        if target is None or item.error:
            continue
        for date, title, kind in item.activities:
            wanted.append((target, date, title, kind, item.location))
    if not wanted:
        return []
    have: set[tuple[int, str, str]] = set()
    targets = sorted({w[0] for w in wanted})
    for start in range(0, len(targets), 500):
        chunk = targets[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        for pid, date, title in store.execute(
            f"SELECT x.person_id, i.date, i.title FROM interaction_persons x "
            f"JOIN interactions i ON i.id = x.interaction_id WHERE x.person_id IN ({marks})",
            chunk,
        ):
            have.add((pid, date, title.casefold()))
    summary = translate("Import", "Imported from {file}, {where}.")
    items: list[Interaction] = []
    for pid, date, title, kind, where in wanted:
        if (pid, date, title.casefold()) in have:
            continue
        have.add((pid, date, title.casefold()))
        items.append(
            Interaction(
                kind=kind if kind in _KINDS else "meeting", date=date, title=title,
                person_ids=[pid],
                summary=summary.format(file=source, where=where),
            )
        )  # fmt: skip
    return interactions.insert_many(store, items) if items else []


def _target_of(
    plan: Plan, index: int, created_for: dict[int, int], new_ids: list[int]
) -> int | None:
    """The person an earlier row of the file became (created, or merged into)."""
    seen: set[int] = set()
    while index not in seen:
        seen.add(index)
        if index in created_for:
            return new_ids[created_for[index]]
        dup = plan.duplicates.get(index)
        if dup is None or dup.action != MERGE:
            return None
        if dup.person_id is not None:
            return dup.person_id
        if dup.earlier_item is None:
            return None
        index = dup.earlier_item
    return None


# --- history and undo ------------------------------------------------------------------


@dataclass
class BatchInfo:
    id: int
    file_name: str
    format: str
    sender: str
    imported_at: str
    counts: dict[str, int]
    undone_at: str
    sha256: str
    encoding: str = ""
    """The encoding a text file was read in ("" for workbooks, vCards, older batches)."""

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


def undo_preview(store: Store, batch_id: int) -> dict[str, int]:
    """What undoing a batch would do, for the question asked first: records it created
    (deleted by the undo) and records it updated (given their previous values back), by kind.
    Keys: ``persons_created``, ``persons_updated``, ``organisations_created``…"""
    kept = {
        f"{kind}s_{action}": int(count)
        for kind, action, count in store.execute(
            "SELECT kind, action, count(*) FROM import_changes WHERE batch_id = ? "
            "GROUP BY kind, action",
            (batch_id,),
        )
    }
    found = batch_undo.preview(batch_undo.entries(store, batch_id))
    if found:  # a batch of the journal; a full import also keeps what it does not hold
        found |= {k: v for k, v in kept.items() if k.split("s_")[0] not in kinds.KINDS}
    else:  # a batch written before the journal, or one that changed no record
        found = kept
    for key in (
        "persons_created", "persons_updated", "organisations_created", "organisations_updated",
    ):  # fmt: skip
        found.setdefault(key, 0)
    return found


def _legacy(store: Store, batch_id: int) -> bool:
    """A batch written before the change journal (schema 10) keeps its own list of
    changes (``import_changes``); newer batches are read from the journal."""
    return bool(
        store.scalar("SELECT 1 FROM import_changes WHERE batch_id = ? LIMIT 1", (batch_id,))
    )


def list_batches(store: Store) -> list[BatchInfo]:
    return [
        BatchInfo(
            id=int(r["id"]),
            file_name=r["file_name"],
            format=r["format"],
            sender=r["sender"],
            imported_at=r["imported_at"],
            counts=json.loads(r["counts"] or "{}"),
            undone_at=r["undone_at"],
            sha256=r["sha256"],
            encoding=r["encoding"],
        )
        for r in store.query("SELECT * FROM import_batches ORDER BY id DESC")
    ]


def batch_info(store: Store, batch_id: int) -> BatchInfo:
    return _batch(store, batch_id)


def _batch(store: Store, batch_id: int) -> BatchInfo:
    for info in list_batches(store):
        if info.id == batch_id:
            return info
    raise NotFoundError(translate("Import", "There is no import {id}.").format(id=batch_id))


def batch_format(store: Store, batch_id: int) -> str:
    """The format of a batch's file ("attache-full" for a full export); one sentence
    when there is no such batch."""
    return _batch(store, batch_id).format


def changed_since(store: Store, batch_id: int) -> list[str]:
    """Names of the records the batch wrote that were edited afterwards."""
    if not _legacy(store, batch_id):
        return batch_undo.changed_since(store, batch_undo.entries(store, batch_id))
    names: list[str] = []
    rows = store.query(
        "SELECT ref_id, action, after FROM import_changes WHERE batch_id = ? AND kind = 'person'",
        (batch_id,),
    )
    by_id = {r["ref_id"]: r for r in rows}
    for person in persons.get_many(store, list(by_id)):
        assert person.id is not None
        if by_id[person.id]["after"] and fingerprint(person) != by_id[person.id]["after"]:
            names.append(person.display_name)
    return names


def undo(store: Store, batch_id: int, *, force: bool = False) -> dict[str, int]:
    """Undo a batch: created records removed, updated ones restored exactly."""
    info = _batch(store, batch_id)
    if info.undone_at:
        raise AttacheError(
            translate("Import", "Import {id} was already undone on {date}.").format(
                id=batch_id, date=info.undone_at
            )
        )
    conflicts = changed_since(store, batch_id)
    if conflicts and not force:
        raise UndoConflict(batch_id, conflicts)
    with store.transaction():
        if _legacy(store, batch_id):
            done = _legacy_undo(store, batch_id)
        else:
            done = batch_undo.undo(store, batch_undo.entries(store, batch_id))
        store.execute(
            "UPDATE import_batches SET undone_at = ?, updated_at = ? WHERE id = ?",
            (store.now(), store.now(), batch_id),
        )
    return done


def _legacy_undo(store: Store, batch_id: int) -> dict[str, int]:
    """Undo a batch written before the journal, from its own list of changes."""
    changes = store.query(
        "SELECT kind, ref_id, action, before FROM import_changes WHERE batch_id = ? ORDER BY id",
        (batch_id,),
    )
    removed = restored = kept = 0
    with store.origin("undo"), writes.recording(store):
        removed += interactions.delete(
            store,
            [
                c["ref_id"]
                for c in changes
                if c["kind"] == "interaction" and c["action"] == "created"
            ],
        )
        created_persons = [
            c["ref_id"] for c in changes if c["kind"] == "person" and c["action"] == "created"
        ]
        removed += persons.delete(store, created_persons)
        for change in changes:
            if change["kind"] == "person" and change["action"] == "updated":
                previous = _person_from(change["before"])
                if persons.get(store, change["ref_id"]) is None:
                    continue  # deleted since: nothing to restore into
                persons.update(store, previous)
                assert previous.id is not None
                writes.put_fields(store, "person", previous.id, {"updated_at": previous.updated_at})
                restored += 1
        for change in changes:
            if change["kind"] == "organisation" and change["action"] == "created":
                used = store.scalar(
                    "SELECT count(*) FROM persons WHERE organisation_id = ?", (change["ref_id"],)
                )
                if used:
                    kept += 1  # someone else now works there: the organisation stays
                    continue
                removed += organisations.delete(store, [change["ref_id"]])
        links.delete_unused_tags(
            store, [c["ref_id"] for c in changes if c["kind"] == "tag" and c["action"] == "created"]
        )
    return {"removed": removed, "restored": restored, "kept": kept}
