"""Programmes, their yearly calls, and dated deadlines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from attache_app.domain.enums import RecordKind
from attache_app.domain.models import Call, Deadline, Programme
from attache_app.domain.timeutil import iso_utc, local_to_utc
from attache_app.storage import links, rows, search, writes
from attache_app.storage.db import Store

_PROGRAMME_COLUMNS = (
    "name", "kind", "partner_country", "partner_agency", "url", "description", "source_url",
    "template", "share_paris",
)  # fmt: skip
_CALL_COLUMNS = ("programme_id", "year", "title", "status", "url", "notes", "share_paris")
_DEADLINE_COLUMNS = (
    "programme_id",
    "call_id",
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
    "reminders",
    "share_paris",
)


# --- programmes ------------------------------------------------------------------------


def insert_programme(store: Store, programme: Programme) -> int:
    with writes.recording(store):
        programme_id = rows.insert_row(
            store,
            "programmes",
            {c: getattr(programme, c) for c in _PROGRAMME_COLUMNS},
            programme.created_at,
            programme.uuid,
        )
        search.reindex(store.conn, RecordKind.PROGRAMME, [programme_id])
    return programme_id


def update_programme(store: Store, programme: Programme) -> None:
    assert programme.id is not None
    with writes.recording(store):
        rows.update_row(
            store,
            "programmes",
            programme.id,
            {c: getattr(programme, c) for c in _PROGRAMME_COLUMNS},
        )
        search.reindex(store.conn, RecordKind.PROGRAMME, [programme.id])
        search.reindex(store.conn, RecordKind.DEADLINE, deadline_ids(store, programme.id))


def delete_programmes(store: Store, ids: Sequence[int]) -> int:
    with writes.recording(store):
        affected = [d for i in ids for d in deadline_ids(store, i)]
        count = rows.delete_rows(store, "programmes", RecordKind.PROGRAMME, ids)
        search.reindex(store.conn, RecordKind.DEADLINE, affected)
    return count


def get_programmes(store: Store, ids: Sequence[int]) -> list[Programme]:
    found: dict[int, Programme] = {}
    for chunk, marks in rows.chunks(ids):
        for row in store.query(f"SELECT * FROM programmes WHERE id IN ({marks})", chunk):
            found[row["id"]] = Programme(**(row | {"share_paris": bool(row["share_paris"])}))
    return [found[i] for i in ids if i in found]


PROGRAMME_SORTS = {"name": "name COLLATE NOCASE, id"}
DEADLINE_SORTS = {"due": "sort_key, id"}


def programme_ids(store: Store, *, sort: str = "name", limit: int | None = None) -> list[int]:
    return rows.filtered_ids(
        store, "SELECT id FROM programmes", [], [], PROGRAMME_SORTS[sort], limit
    )


def find_programme(store: Store, name: str) -> int | None:
    value = store.scalar("SELECT id FROM programmes WHERE name = ? COLLATE NOCASE", (name,))
    return int(value) if value is not None else None


# --- calls -----------------------------------------------------------------------------


def insert_call(store: Store, call: Call) -> int:
    with writes.recording(store):
        return rows.insert_row(
            store,
            "calls",
            {c: getattr(call, c) for c in _CALL_COLUMNS},
            call.created_at,
            call.uuid,
        )


def update_call(store: Store, call: Call) -> None:
    assert call.id is not None
    with writes.recording(store):
        rows.update_row(store, "calls", call.id, {c: getattr(call, c) for c in _CALL_COLUMNS})


def get_calls_by_id(store: Store, ids: Sequence[int]) -> list[Call]:
    found: dict[int, Call] = {}
    for chunk, marks in rows.chunks(ids):
        for row in store.query(f"SELECT * FROM calls WHERE id IN ({marks})", chunk):
            found[row["id"]] = Call(**(row | {"share_paris": bool(row["share_paris"])}))
    return [found[i] for i in ids if i in found]


def delete_call(store: Store, call_id: int) -> None:
    """Delete a call row (its deadlines and applications go with it: ON DELETE CASCADE;
    callers delete the deadlines first, through their repository, for the search index)."""
    rows.delete_rows(store, "calls", None, [call_id])


def get_calls(store: Store, programme_id: int) -> list[Call]:
    return [
        Call(**(row | {"share_paris": bool(row["share_paris"])}))
        for row in store.query(
            "SELECT * FROM calls WHERE programme_id = ? ORDER BY year", (programme_id,)
        )
    ]


def find_call(store: Store, programme_id: int, year: int) -> int | None:
    value = store.scalar(
        "SELECT id FROM calls WHERE programme_id = ? AND year = ?", (programme_id, year)
    )
    return int(value) if value is not None else None


# --- deadlines -------------------------------------------------------------------------


def _deadline_row(deadline: Deadline) -> dict[str, Any]:
    row = {c: getattr(deadline, c) for c in _DEADLINE_COLUMNS}
    row["all_day"] = int(deadline.all_day)
    row["to_confirm"] = int(deadline.to_confirm)
    row["reminders"] = ",".join(str(d) for d in sorted(set(deadline.reminders), reverse=True))
    if deadline.all_day:
        row["due_local"], row["tz"], row["due_utc"] = "", "", ""
        # An all-day deadline sorts at the end of its day, before the next day's instants.
        row["sort_key"] = f"{deadline.due_date}T23:59:59"
    else:
        row["due_date"] = ""
        row["due_utc"] = iso_utc(local_to_utc(deadline.due_local, deadline.tz))
        row["sort_key"] = row["due_utc"]
    return row


def refresh_due(store: Store, ids: Sequence[int]) -> None:
    """Compute again the columns derived from these deadlines' moment (``due_utc``,
    ``sort_key``), after their fields were put back as they were (an undo)."""
    found: list[dict[str, Any]] = []
    for chunk, marks in rows.chunks(ids):
        found += store.query(
            f"SELECT id, all_day, due_date, due_local, tz FROM deadlines WHERE id IN ({marks})",
            chunk,
        )
    values = []
    for row in found:
        if row["all_day"]:
            values.append(("", f"{row['due_date']}T23:59:59", row["id"]))
        else:
            due_utc = iso_utc(local_to_utc(row["due_local"], row["tz"]))
            values.append((due_utc, due_utc, row["id"]))
    with store.transaction():
        store.conn.executemany(
            "UPDATE deadlines SET due_utc = ?, sort_key = ? WHERE id = ?", values
        )


def insert_deadline(store: Store, deadline: Deadline) -> int:
    with writes.recording(store):
        deadline_id = rows.insert_row(
            store, "deadlines", _deadline_row(deadline), deadline.created_at, deadline.uuid
        )
        links.set_links(
            store, "deadline_persons", "deadline_id", "person_id", deadline_id, deadline.person_ids
        )
        search.reindex(store.conn, RecordKind.DEADLINE, [deadline_id])
    return deadline_id


def update_deadline(store: Store, deadline: Deadline) -> None:
    assert deadline.id is not None
    with writes.recording(store):
        rows.update_row(store, "deadlines", deadline.id, _deadline_row(deadline))
        links.set_links(
            store, "deadline_persons", "deadline_id", "person_id", deadline.id, deadline.person_ids
        )
        search.reindex(store.conn, RecordKind.DEADLINE, [deadline.id])


def delete_deadlines(store: Store, ids: Sequence[int]) -> int:
    return rows.delete_rows(store, "deadlines", RecordKind.DEADLINE, ids)


def set_reminder_state(store: Store, deadline_id: int, days: int, **values: str) -> None:
    """Record the state of one reminder of a deadline (done, snoozed, notified…)."""
    now = store.now()
    columns = ", ".join(values)
    updates = ", ".join(f"{c} = excluded.{c}" for c in values)
    with writes.recording(store) as recorder:
        recorder.watch("deadline", [deadline_id])
        store.execute(
            f"INSERT INTO reminder_states (deadline_id, days_before, {columns}, created_at, "
            f"updated_at) VALUES (?, ?, {', '.join('?' * len(values))}, ?, ?) "
            f"ON CONFLICT(deadline_id, days_before) DO UPDATE SET {updates}, "
            "updated_at = excluded.updated_at",
            (deadline_id, days, *values.values(), now, now),
        )


def reset_reminder_state(store: Store, deadline_id: int, days: int) -> None:
    """Put one reminder back in its first state (pending)."""
    with writes.recording(store) as recorder:
        recorder.watch("deadline", [deadline_id])
        store.execute(
            "UPDATE reminder_states SET state = 'pending', snoozed_until = '' "
            "WHERE deadline_id = ? AND days_before = ?",
            (deadline_id, days),
        )


def get_deadlines(store: Store, ids: Sequence[int]) -> list[Deadline]:
    found: dict[int, Deadline] = {}
    for chunk, marks in rows.chunks(ids):
        for row in store.query(
            f"SELECT d.*, coalesce(p.name, '') AS programme_name FROM deadlines d "
            f"LEFT JOIN programmes p ON p.id = d.programme_id WHERE d.id IN ({marks})",
            chunk,
        ):
            row.pop("sort_key")
            row["all_day"] = bool(row["all_day"])
            row["to_confirm"] = bool(row["to_confirm"])
            row["share_paris"] = bool(row["share_paris"])
            row["reminders"] = [int(d) for d in row["reminders"].split(",") if d.strip()]
            found[row["id"]] = Deadline(**row)
        for owner_id, other_id in rows.link_pairs(
            store, "deadline_persons", "deadline_id", "person_id", chunk, marks
        ):
            found[owner_id].person_ids.append(other_id)
    return [found[i] for i in ids if i in found]


def deadline_ids(
    store: Store,
    programme_id: int | None = None,
    *,
    after: str = "",
    before: str = "",
    status: str = "",
    person_id: int | None = None,
    sort: str = "due",
    limit: int | None = None,
) -> list[int]:
    """Deadline ids in date order; ``after``/``before`` compare with the sort key."""
    clauses: list[str] = []
    params: list[Any] = []
    if programme_id is not None:
        clauses.append("programme_id = ?")
        params.append(programme_id)
    if after:
        clauses.append("sort_key >= ?")
        params.append(after)
    if before:
        clauses.append("sort_key <= ?")
        params.append(before)
    if status:
        clauses.append("status = ?")
        params.append(status)
    if person_id is not None:
        clauses.append("id IN (SELECT deadline_id FROM deadline_persons WHERE person_id = ?)")
        params.append(person_id)
    return rows.filtered_ids(
        store, "SELECT id FROM deadlines", clauses, params, DEADLINE_SORTS[sort], limit
    )


def insert_deadlines(store: Store, deadlines: Sequence[Deadline]) -> list[int]:
    """Insert many deadlines at once (a first pull from a hub): one statement per table
    and one pass of the search index; their ids, in the same order."""
    from attache_app.storage.persons import next_ids

    if not deadlines:
        return []
    now = store.now()
    with writes.recording(store) as recorder:
        ids = next_ids(store, "deadlines", len(deadlines))
        recorder.created("deadline", ids)
        made = [_deadline_row(d) for d in deadlines]
        columns = list(made[0])
        store.conn.executemany(
            f"INSERT INTO deadlines (id, {', '.join(columns)}, created_at, updated_at, uuid) "
            f"VALUES ({', '.join('?' for _ in range(len(columns) + 4))})",
            [
                (i, *(row[c] for c in columns), d.created_at or now, now,
                 d.uuid or rows.new_uuid())
                for i, row, d in zip(ids, made, deadlines, strict=True)
            ],
        )  # fmt: skip
        store.conn.executemany(
            "INSERT OR IGNORE INTO deadline_persons (deadline_id, person_id) VALUES (?, ?)",
            [(i, p) for i, d in zip(ids, deadlines, strict=True) for p in d.person_ids],
        )
        search.reindex(store.conn, RecordKind.DEADLINE, ids)
    return ids
