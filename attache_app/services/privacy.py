"""Personal data of the persons in the database (GDPR): erasure, right of access, review.

**Erasure** removes a person, their links, their entry in the search index and every trace
in the change journal and the import history (both hold their values): only their
tombstone stays (uuid, kind, time). It then makes sure nothing of
them stays readable in the file: deletes run with ``secure_delete`` (freed space is
overwritten), the search index is merged so that no old segment keeps their words, the file
is vacuumed, and the write-ahead log is checkpointed and truncated. The result says whether
the raw bytes of the database and its WAL still contain any of their names, e-mails,
phones or notes — a check, not a promise. Backups made before are separate files and are
reported, not rewritten.

**Right of access** gathers everything held about one person into a JSON document.

**Review**: each person records the source of their data (the import file and sender, or
manual entry) and may carry a review date; those past it are listed.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from attache_app.domain.enums import RecordKind
from attache_app.domain.models import Person
from attache_app.domain.timeutil import Clock, system_clock, today_in
from attache_app.errors import AttacheError
from attache_app.exporting.files import atomic_output
from attache_app.i18n import translate
from attache_app.importing.batches import list_batches
from attache_app.services import programmes, records
from attache_app.storage import backup, journal, sync_state
from attache_app.storage.db import Store
from attache_app.storage.settings import load_settings


@dataclass
class ErasureReport:
    person_id: int
    name: str
    links_removed: int
    import_entries_removed: int
    traces_left: list[str] = field(default_factory=list)
    """Words of the person still found in the raw file (should be empty)."""
    backups_holding: int = 0
    """Backups made before the erasure (separate files, not rewritten)."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "person_id": self.person_id,
            "name": self.name,
            "links_removed": self.links_removed,
            "import_entries_removed": self.import_entries_removed,
            "traces_left": self.traces_left,
            "backups_before": self.backups_holding,
        }


def personal_words(person: Person) -> list[str]:
    """The distinctive strings of a person, to look for in the raw file."""
    words = [
        person.given_name, person.family_name, person.native_name, person.notes,
        *(e.address for e in person.emails), *(p.number for p in person.phones),
        *(p.e164 for p in person.phones),
    ]  # fmt: skip
    found = []
    for word in words:
        for line in word.splitlines():
            text = line.strip()
            if len(text) >= 4 and text not in found:
                found.append(text)
    return found


def raw_traces(path: Path, words: list[str]) -> list[str]:
    """Which of ``words`` can still be read in the database file or its WAL (UTF-8, any
    case)."""
    blobs = []
    for suffix in ("", "-wal"):
        part = Path(str(path) + suffix)
        if part.exists():
            blobs.append(part.read_bytes().lower())
    return [w for w in words if any(w.lower().encode() in blob for blob in blobs)]


def _link_count(store: Store, person_id: int) -> int:
    total = 0
    for table in (
        "person_emails", "person_phones", "person_tags", "note_persons",
        "interaction_persons", "deadline_persons", "application_persons",
    ):  # fmt: skip
        total += int(
            store.scalar(f"SELECT count(*) FROM {table} WHERE person_id = ?", (person_id,)) or 0
        )
    return total


def erase_person(store: Store, person_id: int) -> ErasureReport:
    """Erase a person and every trace of them from the database file (see module doc)."""
    if store.readonly:
        raise AttacheError(
            translate("Privacy", "The database is read-only: nothing can be erased.")
        )
    person = records.get_person(store, person_id)
    words = personal_words(person)
    links = _link_count(store, person_id)
    conn = store.conn
    conn.execute("PRAGMA secure_delete = ON")
    try:
        with store.transaction():
            imported = len(journal.imports_of(store, "person", person.uuid, person_id))
            records.delete(store, RecordKind.PERSON, [person_id])
            # Only the tombstone stays: the journal forgets their values.
            journal.forget(store, "person", person.uuid, person_id)
            # Every colleague's desktop erases them too; the sync's copy of them goes now.
            sync_state.queue_erasure(store, person.uuid)
            # Merge the search index into one segment: deleted words leave the old ones.
            conn.execute("INSERT INTO search_index (search_index) VALUES ('optimize')")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("VACUUM")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.execute("PRAGMA secure_delete = OFF")
    report = ErasureReport(person_id, person.display_name, links, imported)
    if store.path is not None:
        report.traces_left = raw_traces(store.path, words)
        report.backups_holding = len(backup.list_backups(store.path))
    return report


# --- right of access -------------------------------------------------------------------


def person_data(store: Store, person_id: int, *, clock: Clock = system_clock) -> dict[str, Any]:
    """Everything the database holds about one person, for them to read."""
    person = records.get_person(store, person_id)
    data: dict[str, Any] = {
        "generated": clock().astimezone(dt.UTC).isoformat(timespec="seconds"),
        "holder": load_settings(store).post_name,
        "person": person.to_dict(),
    }
    if person.organisation_id is not None:
        data["organisation"] = records.get_organisation(store, person.organisation_id).to_dict()

    def linked(table: str, key: str, kind: RecordKind) -> list[dict[str, Any]]:
        ids = [
            int(r[0])
            for r in store.execute(f"SELECT {key} FROM {table} WHERE person_id = ?", (person_id,))
        ]
        return [r.to_dict() for r in records.get_many(store, kind, ids)]

    data["watch_notes"] = linked("note_persons", "note_id", RecordKind.NOTE)
    data["activities"] = linked("interaction_persons", "interaction_id", RecordKind.INTERACTION)
    data["deadlines"] = linked("deadline_persons", "deadline_id", RecordKind.DEADLINE)
    application_ids = [
        int(r[0])
        for r in store.execute(
            "SELECT application_id FROM application_persons WHERE person_id = ?", (person_id,)
        )
    ]
    data["applications"] = [
        a.to_dict() for a in programmes.applications(store, ids=application_ids)
    ]
    data["import_history"] = _import_history(store, person.uuid, person_id)
    data["history"] = [e.to_dict() for e in journal.for_record(store, person.uuid)]
    return data


def _import_history(store: Store, uuid: str, person_id: int) -> list[dict[str, Any]]:
    batches = {b.id: b for b in list_batches(store)}
    return [
        {
            "batch": batch_id,
            "file": batches[batch_id].file_name,
            "sender": batches[batch_id].sender,
            "imported_at": batches[batch_id].imported_at,
            "action": action,
        }
        for batch_id, action in journal.imports_of(store, "person", uuid, person_id)
        if batch_id in batches
    ]


def write_person_data(
    store: Store, person_id: int, path: Path, *, clock: Clock = system_clock
) -> Path:
    data = person_data(store, person_id, clock=clock)
    with atomic_output(path) as temporary:
        temporary.write_text(
            json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
    return Path(path)


# --- review ----------------------------------------------------------------------------


def due_for_review(
    store: Store, *, clock: Clock = system_clock, limit: int | None = None
) -> list[Person]:
    """Persons whose review date has come (in the post's zone), the oldest first."""
    today = today_in(load_settings(store).timezone or "Europe/Paris", clock).isoformat()
    sql = (
        "SELECT id FROM persons WHERE review_date != '' AND review_date <= ? "
        "ORDER BY review_date, id"
    )
    params: list[Any] = [today]
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    ids = [int(r[0]) for r in store.execute(sql, params)]
    return [p for p in records.get_many(store, RecordKind.PERSON, ids) if isinstance(p, Person)]
