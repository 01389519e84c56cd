"""Reading a full export back into a database: plan (preview), apply (one batch), undo.

``plan_full_import`` reads and checks the file (``full_read``) and matches every record with
the database's: by identity (``uuid``), and for the kinds whose name is unique in a database
also by that name — a programme by its name (every database installs the catalogue), a
call by its programme and year, a tag by its name, a setting by its key, a reminder by its
deadline and day. A record of the file that the database lacks is created with its
identity, dates and source. A record both have is merged field by field: where they differ,
the newer record wins (the ``updated_at`` of each; a tie keeps the database's value) — but
an empty value never replaces a filled one, each side filling the other's gaps — unless
the user prefers the file's or the database's values everywhere, or flips a field in the
preview. Records the file does not have are never touched. ``apply`` writes the plan in one
transaction as one import batch; ``undo`` deletes what it created and gives what it changed
its previous values (and dates) back.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from attache_app.errors import AttacheError
from attache_app.i18n import translate
from attache_app.importing import batches, full_write
from attache_app.importing.full_read import ORDER, SPECS, FullFile, Record, read, recognise
from attache_app.importing.full_undo import UNJOURNALED, undo
from attache_app.importing.full_write import (
    CHANGE_KINDS,
    Maps,
    database_records,
    nocase,
    snapshot,
)
from attache_app.storage import wholesale, writes
from attache_app.storage.db import Store

FORMAT = "attache-full"
"""The ``format`` of the import batches written by this module."""

PREFERENCES = ("newer", "file", "database")

Progress = Callable[[int, int], None]


@dataclass
class FieldChange:
    """One field where the file and the database differ."""

    field: str
    database: Any
    file: Any
    take_file: bool
    """Whether the merge writes the file's value (else the database's stays)."""

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass
class Match:
    """A record of the file that the database has too, and how they differ."""

    kind: str
    record: Record
    current: Record
    target: int | None
    """The local id (None for settings and reminders, found by their key)."""
    changes: list[FieldChange]
    file_newer: bool

    @property
    def changed(self) -> bool:
        return any(c.take_file for c in self.changes)

    def merged(self, now: str) -> Record:
        """The database's record with the fields taken from the file; its date of change is
        the file's when every field came from the file, else ``now`` (a new mixture)."""
        out = dataclasses.replace(
            self.current, fields=dict(self.current.fields), lists=dict(self.current.lists)
        )
        for change in self.changes:
            if change.take_file:
                if change.field in self.record.lists:
                    out.lists[change.field] = self.record.lists[change.field]
                else:
                    out.fields[change.field] = self.record.fields[change.field]
        every = all(c.take_file for c in self.changes)
        # The file's record as it was keeps its date of change; a mixture is new.
        out.fields["updated_at"] = self.record.fields["updated_at"] if every else now
        return out


@dataclass
class FullPlan:
    """What importing a full export would do; nothing is written."""

    full: FullFile
    prefer: str
    new: dict[str, list[Record]] = field(default_factory=dict)
    matches: dict[str, list[Match]] = field(default_factory=dict)
    already_imported: tuple[int, str] | None = None
    """(batch, date) of an earlier import of this very file, not undone."""

    @property
    def file_name(self) -> str:
        return self.full.file_name

    def counts(self) -> dict[str, dict[str, int]]:
        """Per kind: in the file, new, updated (a field taken from the file), unchanged,
        and conflicts (fields where the database's value is kept)."""
        out: dict[str, dict[str, int]] = {}
        for kind in ORDER:
            matches = self.matches.get(kind, [])
            out[kind] = {
                "file": self.full.count(kind),
                "new": len(self.new.get(kind, [])),
                "updated": sum(1 for m in matches if m.changed),
                "unchanged": sum(1 for m in matches if not m.changed),
                "kept": sum(1 for m in matches for c in m.changes if not c.take_file),
            }
        return out

    def changes(self) -> list[tuple[Match, FieldChange]]:
        return [(m, c) for kind in ORDER for m in self.matches.get(kind, []) for c in m.changes]

    def set_preference(self, prefer: str) -> None:
        """Choose every field's side again: the newer record's, the file's or the database's."""
        self.prefer = prefer
        for _match, change in self.changes():
            change.take_file = _take_file(prefer, _match.file_newer, change.database, change.file)

    def to_dict(self) -> dict[str, Any]:
        return {
            "file": self.file_name,
            "format": FORMAT,
            "version": self.full.version,
            "post": self.full.post,
            "exported_at": self.full.exported_at,
            "prefer": self.prefer,
            "counts": self.counts(),
            "already_imported": self.already_imported[0] if self.already_imported else None,
            "changes": [
                {"kind": m.kind, "uuid": m.record.uuid, "key": list(m.record.key),
                 "name": m.current.name or m.record.name, "file_newer": m.file_newer}
                | c.to_dict()
                for m, c in self.changes()
            ],
        }  # fmt: skip


@dataclass
class FullResult:
    batch: int | None
    created: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    already_imported: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


def is_full_export(path: Path) -> bool:
    """Whether ``path`` is a full export of Attaché (of any version, even one this program
    cannot read: the full import then says why)."""
    return recognise(path) is not None


def _empty(value: Any) -> bool:
    return value in ("", None, [], '""', 0)


def _take_file(prefer: str, file_newer: bool, database: Any, file: Any) -> bool:
    """Whether a field that differs takes the file's value: under « newer », the newer
    record's value, except that an empty value never replaces a filled one (each side
    fills the other's gaps)."""
    if prefer != "newer":
        return prefer == "file"
    if _empty(file) or _empty(database):
        return _empty(database)
    return file_newer


def plan_full_import(
    store: Store, path: Path, *, prefer: str = "newer", progress: Progress | None = None
) -> FullPlan:
    """Read ``path`` and compare it with the database: what would be created, what merged."""
    if prefer not in PREFERENCES:
        raise AttacheError(
            translate("Import", "“{value}” is not a choice ({choices}).").format(
                value=prefer, choices=", ".join(PREFERENCES)
            )
        )
    tell = progress or (lambda done, total: None)
    tell(0, len(ORDER) + 1)

    def known(kind: str, identity: str) -> bool:
        return bool(wholesale.ids_by_uuid(store, kind, [identity]))

    full = read(path, known=known)
    plan = FullPlan(full, prefer)
    alias: dict[str, str] = {}
    """Identity in the file → identity in the database, for the records found by name."""
    for row in store.query(
        "SELECT id, imported_at FROM import_batches WHERE sha256 = ? AND format = ? "
        "AND undone_at = '' ORDER BY id DESC LIMIT 1",
        (full.sha256, FORMAT),
    ):
        plan.already_imported = (int(row["id"]), str(row["imported_at"]))
    for step, kind in enumerate(ORDER, start=1):
        tell(step, len(ORDER) + 1)
        records = full.records.get(kind, [])
        if not records:
            continue
        current = _current(store, kind, records, alias)
        for record in records:
            found = current.get(_match_key(kind, record, alias))
            if found is None:
                plan.new.setdefault(kind, []).append(record)
                continue
            target, existing = found
            if existing.uuid and existing.uuid != record.uuid:
                alias[record.uuid] = existing.uuid  # the same programme, call or tag
            plan.matches.setdefault(kind, []).append(
                _compare(kind, record, existing, target, prefer, alias)
            )
    tell(len(ORDER) + 1, len(ORDER) + 1)
    return plan


def _match_key(kind: str, record: Record, alias: dict[str, str] | None = None) -> Any:
    """How a record is found in the database (besides its identity); ``alias`` maps the
    identities of the file's records found by name to the database's."""
    if kind == "programmes":
        return ("name", nocase(record.fields["name"]))
    if kind == "calls":
        programme = record.fields["programme_uuid"]
        return ("call", (alias or {}).get(programme, programme), record.fields["year"])
    if kind == "tags":
        return ("name", nocase(record.fields["name"]))
    return record.identity


def _current(
    store: Store, kind: str, records: list[Record], alias: dict[str, str]
) -> dict[Any, tuple[int | None, Record]]:
    """The database's records matching the file's, by the key of :func:`_match_key` (and
    by identity: for the kinds found by name too, the identity comes first)."""
    if kind in ("settings", "reminder_states"):
        found = database_records(store, kind)
        return {r.key: (None, r) for r in found}
    ids = wholesale.ids_by_uuid(store, SPECS[kind].table, [r.uuid for r in records])
    short = {"persons": "p", "organisations": "o", "notes": "n", "interactions": "i",
             "deadlines": "d", "applications": "a", "calls": "c"}.get(kind, "")  # fmt: skip
    column = f"{short}.id" if short else "id"
    if kind in ("programmes", "calls", "tags"):
        every = database_records(store, kind)  # small tables
    elif ids:
        every = []
        wanted = sorted(ids.values())
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            every += database_records(store, kind, f"{column} IN ({', '.join(map(str, chunk))})")
    else:
        return {}
    local = {r.uuid: r for r in every}
    out: dict[Any, tuple[int | None, Record]] = {}
    local_ids = wholesale.ids_by_uuid(store, SPECS[kind].table, local)
    for record in every:
        out[_match_key(kind, record)] = (local_ids[record.uuid], record)
    for identity, row_id in ids.items():
        if identity in local:
            out[identity] = (row_id, local[identity])
    if kind in ("programmes", "calls", "tags"):
        # A record found by its identity is not also found by its name.
        for record in records:
            if record.uuid in ids:
                out[_match_key(kind, record, alias)] = (ids[record.uuid], local[record.uuid])
    return out


_REFERENCE_COLUMNS = {c for spec in SPECS.values() for _col, c, _k, _r in spec.refs}
_LINK_COLUMNS = {c for spec in SPECS.values() for c, _t, _k in spec.links}


def _compare(
    kind: str,
    record: Record,
    current: Record,
    target: int | None,
    prefer: str,
    alias: dict[str, str],
) -> Match:
    mine, theirs = current.content(), record.content()
    # References to records found by name, written as the database's identities.
    for name, value in theirs.items():
        if name in _REFERENCE_COLUMNS and value in alias:
            theirs[name] = alias[value]
        elif name in _LINK_COLUMNS:
            theirs[name] = sorted({alias.get(v, v) for v in value})
    file_newer = record.fields["updated_at"] > current.fields["updated_at"]
    changes = []
    for name, value in theirs.items():
        if (
            name in ("name",)
            and kind in ("programmes", "tags")
            and nocase(value) == nocase(mine.get(name, ""))
            and value == mine.get(name)
        ):
            continue
        if mine.get(name) != value:
            changes.append(
                FieldChange(
                    name,
                    mine.get(name),
                    value,
                    _take_file(prefer, file_newer, mine.get(name), value),
                )
            )
    return Match(kind, record, current, target, changes, file_newer)


# --- applying --------------------------------------------------------------------------


def apply(
    store: Store, plan: FullPlan, *, sender: str = "", progress: Progress | None = None
) -> FullResult:
    """Write the plan in one transaction, as one import batch (undone by :func:`undo`).
    ``progress`` may raise (Cancel): nothing is then written."""
    if plan.already_imported is not None:
        return FullResult(batch=None, already_imported=plan.already_imported[0])
    tell = progress or (lambda done, total: None)
    result = FullResult(batch=None)
    changes: list[tuple[Any, ...]] = []
    with store.transaction():
        batch_id = wholesale.new_batch(
            store, file_name=plan.file_name, sha256=plan.full.sha256, format=FORMAT,
            sender=sender,
        )  # fmt: skip
        with store.origin(batches.origin_of(batch_id)), writes.recording(store):
            _write(store, plan, batch_id, result, changes, tell)
        wholesale.record_changes(store, changes)
        counts = {"created": sum(result.created.values()), "updated": sum(result.updated.values())}
        counts |= {f"{k}_created": v for k, v in result.created.items() if v}
        counts |= {f"{k}_updated": v for k, v in result.updated.items() if v}
        wholesale.set_batch_counts(store, batch_id, json.dumps(counts))
        tell(len(ORDER), len(ORDER))
    result.batch = batch_id
    return result


def _write(
    store: Store,
    plan: FullPlan,
    batch_id: int,
    result: FullResult,
    changes: list[tuple[Any, ...]],
    tell: Progress,
) -> None:
    """The plan's records (journaled under the batch's origin by the caller: what undo
    reads), and in ``changes`` the rows of ``import_changes`` for what the journal does not
    hold — the post's settings and the reminders' own rows (their notification stamps)."""
    now = store.now()
    maps = _maps(store, plan)
    for step, kind in enumerate(ORDER):
        tell(step, len(ORDER))
        new = plan.new.get(kind, [])
        if kind == "tags":
            full_write.insert_tags(store, new, maps)
        else:
            ids: list[int | None] = list(full_write.insert(store, kind, new, maps))
            if kind in UNJOURNALED:
                for record, row_id in zip(new, ids or [None] * len(new), strict=True):
                    changes.append(_change(batch_id, kind, row_id, record, maps, "created", ""))
        merged = [(m, m.merged(now)) for m in plan.matches.get(kind, []) if m.changed]
        if kind == "tags":
            wholesale.update(
                store, "tags", ("name", "created_at", "updated_at"),
                [(m.target or 0, (r.fields["name"], r.fields["created_at"],
                                  r.fields["updated_at"])) for m, r in merged],
            )  # fmt: skip
        else:
            full_write.update(store, kind, [(m.target or 0, r) for m, r in merged], maps)
        if kind in UNJOURNALED:
            for match, record in merged:
                before = snapshot(match.current)
                changes.append(
                    _change(batch_id, kind, match.target, record, maps, "updated", before)
                )
        result.created[kind] = len(new)
        result.updated[kind] = len(merged)


def _maps(store: Store, plan: FullPlan) -> Maps:
    """Identity → local id of every record the file's records refer to that the database
    has (matched ones under the file's identity), and tags by name."""
    maps: Maps = {kind: {} for kind in ORDER}
    wanted: dict[str, set[str]] = {kind: set() for kind in ORDER}
    for kind, records in plan.full.records.items():
        spec = SPECS[kind]
        for record in records:
            for _col, column, target, _req in spec.refs:
                if record.fields.get(column):
                    wanted[target].add(record.fields[column])
            for column, _table, target in spec.links:
                wanted[target].update(record.lists[column])
    for kind, identities in wanted.items():
        if identities and kind not in ("tags", "settings", "reminder_states"):
            maps[kind].update(wholesale.ids_by_uuid(store, SPECS[kind].table, identities))
    for kind, matches in plan.matches.items():
        for match in matches:
            if match.target is not None and match.record.uuid:
                maps[kind][match.record.uuid] = match.target
    maps["tags"] = {nocase(name): tag_id for name, tag_id in wholesale.tags_by_name(store).items()}
    return maps


def _change(
    batch_id: int,
    kind: str,
    row_id: int | None,
    record: Record,
    maps: Maps,
    action: str,
    before: str,
) -> tuple[Any, ...]:
    """A row of ``import_changes``; ``after`` holds what undo needs to find the record and
    to tell whether it was edited since (its date of change as written)."""
    if kind == "reminder_states":
        row_id = maps["deadlines"][record.key[0]]
    after = {"uuid": record.uuid, "key": list(record.key), "name": record.name,
             "updated_at": record.fields["updated_at"]}  # fmt: skip
    return (batch_id, CHANGE_KINDS[kind], row_id or 0, action, before, json.dumps(after))


__all__ = [
    "FORMAT",
    "PREFERENCES",
    "FieldChange",
    "FullPlan",
    "FullResult",
    "Match",
    "apply",
    "is_full_export",
    "plan_full_import",
    "undo",
]
