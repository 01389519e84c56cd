"""One round of sync with the hub: pull what colleagues changed, merge, push what changed here.

The protocol (see docs/sync.md): a plain CouchDB client. Pull reads ``_changes`` from the
checkpoint with ``include_docs``; each batch is applied in one transaction together with
the new checkpoint, so a killed sync resumes exactly where it stopped. Push sends
``_bulk_docs`` with the ``_rev`` of the base version; a 409 means a colleague wrote first:
the desktop fetches that version (``_bulk_get``), merges it field by field, and sends again.
Documents are keyed by the record's uuid, so a push repeated after a crash never makes a
duplicate.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from attache_app.bulk import collector_paused
from attache_app.domain.enums import RecordKind
from attache_app.services import records
from attache_app.storage import journal
from attache_app.storage import sync_state as state
from attache_app.storage.db import Store
from attache_app.storage.tuning import replayable_writes
from attache_app.sync import documents, fresh, merge
from attache_app.sync.authors import by as _by
from attache_app.sync.authors import origin
from attache_app.sync.authors import origin_name as _origin
from attache_app.sync.authors import signed as _signed
from attache_app.sync.hub import Hub

BATCH = 1000
"""Documents per request (``_changes`` page, ``_bulk_docs`` batch) and per transaction."""

ERASE_PREFIX = "erase:"
_WAITING = "waiting:"
"""sync_state keys of pulled documents kept aside until what they belong to arrives."""
PUSH_ATTEMPTS = 5
Outgoing = tuple[str, dict[str, Any], dict[str, Any]]
"""(uuid, document, body sent to the hub) of a record to push."""

Progress = Callable[[str, int], None]


@dataclasses.dataclass
class RoundResult:
    pushed: int = 0
    pulled: int = 0
    conflicts: int = 0
    """Conflicts waiting for a person after the round."""
    new_conflicts: int = 0
    erased: list[str] = dataclasses.field(default_factory=list)
    """Display names of the persons erased on request of a colleague in this round."""
    traces_left: list[str] = dataclasses.field(default_factory=list)

    def to_dict(self) -> dict[str, int]:
        return {"pushed": self.pushed, "pulled": self.pulled, "conflicts": self.conflicts}


class Round:
    """One sync round of ``store`` with ``hub``, as ``user`` on this ``desktop``."""

    def __init__(
        self,
        store: Store,
        hub: Hub,
        *,
        user: str,
        desktop: str,
        batch: int = BATCH,
        progress: Progress | None = None,
        erase: Callable[[Store, int], Any] | None = None,
    ) -> None:
        self.store = store
        self.hub = hub
        self.me = (user, desktop)
        self.batch = batch
        self.progress = progress or (lambda _stage, _count: None)
        self.erase = erase
        self.result = RoundResult()
        self.leaving: set[str] = set()
        """Uuids of the records the batch being pulled deletes."""

    # --- the round -----------------------------------------------------------------------

    def run(self) -> RoundResult:
        with collector_paused():
            self.pull()
            with replayable_writes(self.store):
                self.push()
        self.result.conflicts = state.conflict_count(self.store)
        return self.result

    # --- local documents -----------------------------------------------------------------

    def local_docs(self, kind: str, ids: Sequence[int]) -> list[tuple[Any, dict[str, Any]]]:
        return local_docs(self.store, kind, ids)

    def local_doc(self, kind: str, uuid: str) -> tuple[Any, dict[str, Any]] | None:
        found = documents.ids_of(self.store, kind, [uuid])
        if uuid not in found:
            return None
        return self.local_docs(kind, [found[uuid]])[0]

    # --- pull ----------------------------------------------------------------------------

    def pull(self) -> None:
        """Apply the hub's changes since the checkpoint, page by page; the next page is
        fetched while this one is written (one request in flight)."""
        since = state.get(self.store, "since", 0)
        with (
            replayable_writes(self.store),
            ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-pull") as pool,
        ):
            page = pool.submit(self.hub.changes, since, self.batch)
            while True:
                changes, last = page.result()
                if not changes:
                    break
                more = len(changes) >= self.batch
                if more:
                    page = pool.submit(self.hub.changes, last, self.batch)
                self._apply_page(changes, last)
                self.progress("pull", self.result.pulled)
                if not more:
                    break
            self.retry_waiting()
            self.retry_unresolved()
        self.erase_requested()  # each erasure waits for the disk

    def _apply_page(self, changes: Sequence[dict[str, Any]], last: Any) -> None:
        """One page of changes and the checkpoint after it, in one transaction, kind by
        kind (link targets first, deletions after every edit): the records this desktop
        never had are inserted in bulk (:mod:`attache_app.sync.fresh`), the others merged
        one by one; those of one colleague that follow each other in one recording
        (journaled in their name)."""
        ordered = [
            c["doc"] for c in sorted(changes, key=_apply_order) if isinstance(c.get("doc"), dict)
        ]
        self.leaving = {str(c.get("id", "")).partition(":")[2] for c in changes if c.get("deleted")}
        # What this desktop sent itself comes back: nothing to do (one look-up per page).
        uuids = {str(d.get("_id", "")): u for d in ordered for u in [_uuid(d)] if u}
        sent = state.revs(self.store, uuids.values())
        ordered = [
            d
            for d in ordered
            if sent.get(uuids.get(str(d.get("_id", "")), "")) != str(d.get("_rev", ""))
        ]
        with self.store.transaction():
            for _order, group in itertools.groupby(ordered, key=_apply_order):
                docs = list(group)
                parsed = documents.parse_id(str(docs[0].get("_id", "")))
                written = fresh.Written()
                if parsed is not None:
                    written = fresh.insert_new(self.store, parsed[0], docs, self.leaving)
                    self.result.pulled += len(written.ids)
                    self.result.new_conflicts += written.new_conflicts
                rest = [doc for doc in docs if str(doc.get("_id", "")) not in written.ids]
                for author, run in itertools.groupby(rest, key=lambda doc: _origin(_by(doc))):
                    with origin(self.store, author), records.one_change(self.store):
                        for doc in run:
                            self.apply(doc)
            state.put(self.store, "since", last)

    def retry_waiting(self) -> None:
        """Write the records kept aside because what they belong to had not arrived (a call
        before its programme): those that still cannot be written wait again."""
        waiting = state.prefixed(self.store, _WAITING)
        with self.store.transaction():
            for key, doc in sorted(waiting, key=lambda kd: _apply_order({"id": kd[1]["_id"]})):
                state.drop(self.store, key)
                self.apply(doc)

    def retry_unresolved(self) -> None:
        """Link again the records whose links named records that had not arrived yet."""
        waiting = state.unresolved(self.store)
        if not waiting:
            return
        with self.store.transaction():
            for base in waiting:
                kind = documents.kind_of(base.kind)
                local = self.local_doc(kind, base.uuid)
                if local is None:
                    continue
                links = {
                    name: value
                    for name, value in (base.doc.get("fields") or {}).items()
                    if name in documents.SPECS[kind].links
                }
                missing = self.write(kind, base.uuid, links, local[0], _by(base.doc))
                state.put_base(self.store, base.uuid, base.kind, base.rev, base.doc, bool(missing))

    def apply(self, remote: dict[str, Any]) -> None:
        """Merge one document from the hub into the local database (inside a transaction)."""
        identifier = str(remote.get("_id", ""))
        if identifier.startswith(ERASE_PREFIX) and not remote.get("_deleted"):
            person = str(remote.get("person", ""))
            if person and _by(remote)[1] != self.me[1]:  # not this desktop's own request
                state.put(self.store, ERASE_PREFIX + person, {"by": _by(remote)[0]})
            return
        parsed = documents.parse_id(identifier)
        if parsed is None:
            return
        kind, uuid = parsed
        rev = str(remote.get("_rev", ""))
        base = state.bases(self.store, [uuid]).get(uuid)
        if base is not None and base.rev == rev:
            return  # what this desktop sent
        them = _by(remote)
        local = self.local_doc(kind, uuid)
        if remote.get("_deleted"):
            if local is None:
                state.forget_record(self.store, uuid)  # gone here too: nothing to do
                state.drop(self.store, _WAITING + identifier)
                return
            self.result.pulled += 1
            if state.get(self.store, ERASE_PREFIX + uuid) is not None:
                return  # erased (securely) at the end of the pull, not merely deleted
            self._apply_deletion(kind, uuid, rev, base, local, them)
            return
        self.result.pulled += 1
        theirs = {
            "fields": dict(remote.get("fields") or {}),
            "conflicts": dict(remote.get("conflicts") or {}),
        }
        if local is None:
            self._apply_absent(kind, uuid, rev, base, theirs, them)
            return
        record, mine = local
        merged = merge.merge(base.doc if base else None, mine, theirs, me=self.me, them=them)
        self.result.new_conflicts += len(merged.new_conflicts)
        missing: list[str] = []
        if merge.canonical(merged.fields) != merge.canonical(mine["fields"]):
            missing = self.write(kind, uuid, merged.fields, record, them)
        state.set_conflicts(self.store, uuid, str(kind), merged.conflicts)
        state.put_base(self.store, uuid, str(kind), rev, _signed(theirs, them), bool(missing))

    def _apply_deletion(
        self,
        kind: str,
        uuid: str,
        rev: str,
        base: state.Base | None,
        local: tuple[Any, dict[str, Any]],
        them: tuple[str, str],
    ) -> None:
        record, mine = local
        if base is not None and not merge.differs(mine, base.doc):
            with origin(self.store, _origin(them)):
                documents.delete(self.store, kind, [record.id])
            state.forget_record(self.store, uuid)
            return
        # Deleted there, edited here: the record stays, and the deletion is listed.
        conflicts = dict(mine["conflicts"])
        conflicts[merge.DELETED] = merge.union(
            conflicts.get(merge.DELETED, []),
            [merge.entry(None, *them), merge.entry("kept", *self.me)],
        )
        self.result.new_conflicts += 1
        state.set_conflicts(self.store, uuid, str(kind), conflicts)
        state.put_base(self.store, uuid, str(kind), rev, {"fields": {}, "deleted": True})

    def _apply_absent(
        self,
        kind: str,
        uuid: str,
        rev: str,
        base: state.Base | None,
        theirs: dict[str, Any],
        them: tuple[str, str],
    ) -> None:
        conflicts = dict(theirs["conflicts"])
        if base is not None and not base.doc.get("deleted"):
            if not merge.differs(theirs, base.doc):
                state.put_base(self.store, uuid, str(kind), rev, theirs)
                return  # unchanged there, deleted here: the deletion is sent
            # Edited there, deleted here: the record comes back, and the deletion is listed.
            conflicts[merge.DELETED] = merge.union(
                conflicts.get(merge.DELETED, []),
                [merge.entry(None, *self.me), merge.entry("kept", *them)],
            )
            self.result.new_conflicts += 1
        if documents.lacks_required(self.store, kind, theirs["fields"]):
            # Its programme (or call) has not arrived: kept aside until the end of the pull.
            remote = {"_id": documents.doc_id(kind, uuid), "_rev": rev, **theirs}
            remote |= {"changed_by": them[0], "changed_on": them[1]}
            state.put(self.store, _WAITING + remote["_id"], remote)
            self.result.pulled -= 1  # counted once written
            return
        current = documents.same_record(self.store, kind, theirs["fields"])
        missing = self.write(kind, uuid, theirs["fields"], current, them, adopt=current)
        if kind is RecordKind.PERSON:
            conflicts.update(self._duplicates(uuid, theirs["fields"], them, conflicts))
        state.set_conflicts(self.store, uuid, str(kind), conflicts)
        state.put_base(self.store, uuid, str(kind), rev, _signed(theirs, them), bool(missing))

    def _duplicates(
        self,
        uuid: str,
        fields: dict[str, Any],
        them: tuple[str, str],
        conflicts: dict[str, Any],
    ) -> dict[str, list[dict[str, Any]]]:
        """A person created by a colleague with the e-mail of a person here: a suggestion."""
        if merge.DUPLICATE in conflicts:
            return {}
        mine = documents.ids_of(self.store, RecordKind.PERSON, [uuid]).get(uuid, -1)
        found = fresh.look_alikes(self.store, {uuid: fields}, {uuid: mine}, self.leaving)
        if not found.get(uuid):
            return {}
        self.result.new_conflicts += 1
        return {merge.DUPLICATE: [merge.entry(other, *them) for other in found[uuid]]}

    def write(
        self,
        kind: str,
        uuid: str,
        fields: dict[str, Any],
        current: Any | None,
        them: tuple[str, str],
        *,
        adopt: Any | None = None,
    ) -> list[str]:
        """Write pulled fields through the services; the link uuids not known here."""
        record, missing = documents.build(self.store, kind, uuid, fields, current)
        with origin(self.store, _origin(them)):
            if adopt is not None and adopt.uuid != uuid:
                from attache_app.storage.rows import update_row

                update_row(self.store, documents.SPECS[kind].table, adopt.id, {"uuid": uuid})
                record = dataclasses.replace(record, uuid=uuid)
            documents.save(self.store, record)
        return missing

    def erase_requested(self) -> None:
        """Erase the persons colleagues asked to erase (each with its raw-bytes check)."""
        keys = [
            str(k)
            for (k,) in self.store.execute(
                "SELECT key FROM sync_state WHERE key LIKE 'erase:%' ORDER BY key"
            )
        ]
        for key in keys:
            uuid = key[len(ERASE_PREFIX) :]
            person_id = documents.ids_of(self.store, RecordKind.PERSON, [uuid]).get(uuid)
            with self.store.transaction():
                # The base copy holds the person's data: it goes before the file is rewritten.
                state.forget_record(self.store, uuid)
                self.store.execute("DELETE FROM sync_state WHERE key = ?", (key,))
            if person_id is not None and self.erase is not None:
                report = self.erase(self.store, person_id)
                self.result.erased.append(str(getattr(report, "name", uuid)))
                self.result.traces_left.extend(getattr(report, "traces_left", []))

    # --- push ----------------------------------------------------------------------------

    def push(self) -> None:
        stamp = self.store.now()
        top = journal.last_seq(self.store)
        seen = state.get(self.store, "journal_seq")
        written = None if seen is None else state.written_since(self.store, int(seen))
        resend = state.resend(self.store)
        for kind in documents.KINDS:
            ids, gone = self._candidates(kind, written, resend)
            self._push_pipelined(kind, ids)
            for start in range(0, len(gone), self.batch):
                self._push_deletions(gone[start : start + self.batch])
        self._push_outbox()
        with self.store.transaction():
            state.put(self.store, "scan_from", stamp)
            state.put(self.store, "journal_seq", top)
            state.forget_resend(self.store, resend)

    def _candidates(
        self, kind: str, written: dict[str, set[str]] | None, resend: dict[str, str]
    ) -> tuple[list[int], list[state.Base]]:
        """The records of ``kind`` to compare with the hub's versions, and the base
        versions of those deleted here. After a push, only what the journal says was
        written since (and what waits in a conflict, or was marked to be sent again): a
        round's fixed cost does not grow with the database. The first push of a database
        (no journal position yet) looks at every record."""
        table = documents.SPECS[kind].table
        ids = set(self._conflicted_ids(kind))
        if written is None:
            since = state.get(self.store, "scan_from", "")
            ids |= set(state.unsent_ids(self.store, table, str(kind)))
            ids |= set(state.changed_since_ids(self.store, table, since) if since else ())
            return sorted(ids), state.gone(self.store, table, str(kind))
        uuids = written.get(str(kind), set()) | {u for u, k in resend.items() if k == str(kind)}
        ids |= set(documents.ids_of(self.store, kind, sorted(uuids)).values())
        return sorted(ids), state.gone_among(self.store, table, str(kind), uuids)

    def _signature(self) -> dict[str, str]:
        """Who wrote a document: the colleague, their desktop, when."""
        return {"changed_by": self.me[0], "changed_on": self.me[1], "changed_at": self.store.now()}

    def _conflicted_ids(self, kind: str) -> list[int]:
        return [
            int(r[0])
            for r in self.store.execute(
                f"SELECT t.id FROM {documents.SPECS[kind].table} t "
                "JOIN sync_conflicts c ON c.uuid = t.uuid WHERE c.kind = ?",
                (str(kind),),
            )
        ]

    def _push_pipelined(self, kind: str, ids: Sequence[int]) -> None:
        """Send records in batches, reading the next batch from SQLite while the hub
        writes the one before (one request in flight, answered before the next is sent):
        the initial sync of a big network costs little more than the hub's own work."""
        batches = [ids[start : start + self.batch] for start in range(0, len(ids), self.batch)]
        if len(batches) < 2:
            for chunk in batches:
                self._push_records(kind, chunk)
            return
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-push") as pool:
            pending: tuple[list[Outgoing], Future[list[dict[str, Any]]]] | None = None
            for chunk in batches:
                outgoing = self._outgoing(kind, chunk)
                if pending is not None:
                    self._settle(kind, *pending)
                pending = None
                if outgoing:
                    bodies = [body for *_, body in outgoing]
                    pending = (outgoing, pool.submit(self.hub.bulk_docs, bodies))
            if pending is not None:
                self._settle(kind, *pending)

    def _settle(
        self, kind: str, outgoing: list[Outgoing], answer: Future[list[dict[str, Any]]]
    ) -> None:
        """The hub's answer to a batch sent by :meth:`_push_pipelined`: the accepted ones
        become base versions; the refused ones are merged and sent again at once."""
        refused = self._record_answers(kind, outgoing, answer.result())
        if refused:
            self._push_records(kind, self._merge_refused(kind, refused), PUSH_ATTEMPTS - 1)

    def _outgoing(self, kind: str, ids: Sequence[int]) -> list[Outgoing]:
        """(uuid, document, body to send) of the records that differ from the hub's."""
        local = [
            (record, doc)
            for record, doc in self.local_docs(kind, ids)
            if not documents.is_private(record)
        ]
        bases = state.bases(self.store, [r.uuid for r, _ in local])
        signature = self._signature()
        outgoing: list[Outgoing] = []
        for record, doc in local:
            base = bases.get(record.uuid)
            if base is not None and (base.unresolved or not merge.differs(doc, base.doc)):
                continue
            body = {"_id": documents.doc_id(kind, record.uuid), "type": str(kind), **doc}
            body.update(signature)
            if base is not None:
                body["_rev"] = base.rev
            outgoing.append((record.uuid, doc, body))
        return outgoing

    def _record_answers(
        self, kind: str, outgoing: list[Outgoing], answers: list[dict[str, Any]]
    ) -> list[str]:
        """Keep what the hub accepted as base versions (one transaction); the refused ids."""
        by_id = {str(a.get("id")): a for a in answers}
        refused: list[str] = []
        accepted: list[tuple[str, str, str, dict[str, Any]]] = []
        for uuid, doc, body in outgoing:
            answer = by_id.get(body["_id"], {})
            if answer.get("ok") or (answer.get("rev") and not answer.get("error")):
                accepted.append((uuid, str(kind), str(answer["rev"]), doc))
            else:
                refused.append(body["_id"])
        with self.store.transaction():
            state.put_bases(self.store, accepted)
        self.result.pushed += len(accepted)
        return refused

    def _merge_refused(self, kind: str, refused: Sequence[str]) -> list[int]:
        """Colleagues wrote first: merge their versions; the ids of the records to resend."""
        current = self.hub.bulk_get(refused)
        with self.store.transaction():
            for doc_id in refused:
                if doc_id in current:
                    self.apply(current[doc_id])
        uuids = [parsed[1] for parsed in map(documents.parse_id, refused) if parsed]
        return list(documents.ids_of(self.store, kind, uuids).values())

    def _push_records(self, kind: str, ids: Sequence[int], attempts: int = PUSH_ATTEMPTS) -> None:
        for _attempt in range(attempts):
            outgoing = self._outgoing(kind, ids)
            if not outgoing:
                return
            refused = self._record_answers(
                kind, outgoing, self.hub.bulk_docs([body for *_, body in outgoing])
            )
            if not refused:
                return
            ids = self._merge_refused(kind, refused)

    def _push_deletions(self, gone: Sequence[state.Base]) -> None:
        outgoing = []
        with self.store.transaction():
            for base in gone:
                if base.doc.get("deleted"):
                    state.forget_record(self.store, base.uuid)
                else:
                    outgoing.append(base)
        if not outgoing:
            return
        kinds = {b.uuid: documents.kind_of(b.kind) for b in outgoing}
        answers = {
            str(a.get("id")): a
            for a in self.hub.bulk_docs(
                [
                    {
                        "_id": documents.doc_id(kinds[b.uuid], b.uuid),
                        "_rev": b.rev,
                        "_deleted": True,
                        **self._signature(),
                    }
                    for b in outgoing
                ]
            )
        }
        refused = []
        with self.store.transaction():
            for base in outgoing:
                identifier = documents.doc_id(kinds[base.uuid], base.uuid)
                if answers.get(identifier, {}).get("ok"):
                    state.forget_record(self.store, base.uuid)
                    self.result.pushed += 1
                else:
                    refused.append(identifier)
        if refused:
            current = self.hub.bulk_get(refused)
            with self.store.transaction():
                for identifier in refused:
                    if identifier in current:
                        self.apply(current[identifier])

    def _push_outbox(self) -> None:
        waiting = state.outbox(self.store)
        if not waiting:
            return
        answers = {str(a.get("id")): a for a in self.hub.bulk_docs([doc for _, doc in waiting])}
        with self.store.transaction():
            for doc_id, _doc in waiting:
                answer = answers.get(doc_id, {})
                if answer.get("ok") or answer.get("error") == "conflict":
                    state.sent(self.store, doc_id)  # sent (or already there)
                    self.result.pushed += int(bool(answer.get("ok")))


def local_docs(store: Store, kind: str, ids: Sequence[int]) -> list[tuple[Any, dict[str, Any]]]:
    """(record, {"fields", "conflicts"}) of local records."""
    items = documents.get_many(store, kind, list(ids))
    fields = documents.fields_of(store, kind, items)
    conflicts = state.conflicts_of(store, [i.uuid for i in items])
    return [
        (item, {"fields": f, "conflicts": conflicts.get(item.uuid, {})})
        for item, f in zip(items, fields, strict=True)
    ]


def waiting(store: Store, kind: str, ids: Sequence[int]) -> int:
    """How many of these records differ from what the hub has (or it never had)."""
    count = 0
    for start in range(0, len(ids), BATCH):
        found = local_docs(store, kind, ids[start : start + BATCH])
        bases = state.bases(store, [r.uuid for r, _ in found])
        count += sum(
            1
            for record, doc in found
            if not documents.is_private(record)
            and (record.uuid not in bases or merge.differs(doc, bases[record.uuid].doc))
        )
    return count


def _uuid(doc: dict[str, Any]) -> str:
    """The uuid of a record's document ("" for any other document)."""
    parsed = documents.parse_id(str(doc.get("_id", "")))
    return parsed[1] if parsed is not None else ""


def _apply_order(change: dict[str, Any]) -> tuple[int, int]:
    """Link targets first within a batch: organisations, persons, programmes…; deletions
    after every edit (a note moved from a person merged away onto the kept one arrives
    before the deletion, whose cascade would otherwise look like a local edit)."""
    identifier = str(change.get("id", change.get("_id", "")))  # a change, or its document
    if identifier.startswith(ERASE_PREFIX):
        return (-1, 0)  # before the deletion of the person it erases
    parsed = documents.parse_id(identifier)
    if parsed is None:
        return (0, len(documents.KINDS))
    deleted = change.get("deleted", change.get("_deleted"))
    return (1 if deleted else 0, documents.KINDS.index(parsed[0]))
