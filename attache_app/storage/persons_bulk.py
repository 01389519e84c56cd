"""Inserting many persons on two cores (an import of 100,000 rows, issue 14 item 7).

The rows SQLite needs — persons, e-mails, telephones, search entries, and the journal's
entries of the persons — are built in Python by a *producer* thread, a chunk at a time,
while the connection's own thread writes the chunk before. Each chunk goes to SQLite as
one JSON text per table (``INSERT … SELECT … FROM json_each(?)``): one ``sqlite3_step``
writes the whole chunk with the GIL released, so the producer runs meanwhile. With
``executemany`` the writing thread would take the GIL back for every row and wait for the
producer to give it up (Python's switch interval, 5 ms a row).

The connection is used by its own thread only; the producer reads nothing from the
database (the ids come from :func:`persons.next_ids`, the organisations are read before).
The records written are the same, in the same order, as :func:`persons.insert_many`'s
single-threaded path writes them (``tests/unit/importing/test_import_pipelined.py``).
A cancel (``progress`` raising) or an error stops the producer before the exception
leaves, and the caller's transaction rolls everything back.
"""

from __future__ import annotations

import contextlib
import ctypes
import json
import os
import queue
import sys
import threading
import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from attache_app.domain.models import Person
from attache_app.storage import rows, search, writes

CHUNK = 5000
"""Persons built and written together. Larger chunks take the GIL back fewer times; the
progress is told (and may cancel) once per chunk."""

_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def insert(
    table: str, columns: Sequence[str], rows: list[list[Any]]
) -> tuple[str, list[Any], bool]:
    """One INSERT of a chunk's rows: (statement, parameters, whether to ``executemany``).

    The rows go as a JSON array of arrays, each row's text materialised once (``value ->>
    n`` straight on ``json_each`` renders the row again for every column: twice the time
    of ``executemany`` for the 22 columns of a person). A column with the same value, of
    the same type, on every row of the chunk (a person's empty civility, the stamps, a
    position 0) is bound once instead: the JSON holds only the columns that vary. A text
    holding NUL would be cut there by SQLite's JSON: such a chunk is bound row by row."""
    if not rows:
        return "", [], False
    values: list[str] = []
    params: list[Any] = [""]
    varying: list[tuple[Any, ...]] = []
    for column in zip(*rows, strict=True):
        first = column[0]
        if column.count(first) == len(column) and all(type(v) is type(first) for v in column):
            params.append(first)
            values.append(f"?{len(params)}")
        else:
            values.append(f"r ->> {len(varying)}")
            varying.append(column)
    params[0] = _JSON.encode(list(zip(*varying, strict=True)) if varying else [[]] * len(rows))
    if "\\u0000" in params[0]:
        marks = ", ".join("?" for _ in columns)
        return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows, True
    sql = (
        "WITH chunk(r) AS MATERIALIZED (SELECT value FROM json_each(?1)) "
        f"INSERT INTO {table} ({', '.join(columns)}) SELECT {', '.join(values)} FROM chunk"
    )
    return sql, params, False


@dataclass
class Chunk:
    """One chunk of rows: an INSERT per table (statement and parameters, :func:`insert`)."""

    start: int
    count: int
    inserts: list[tuple[str, list[Any], bool]]
    uuids: list[str]
    journal: bytes
    """The persons' journal entries made ahead, packed (:class:`Entries`)."""


class Producer:
    """A thread building the chunks of ``people`` (``size`` each) while they are written.

    Iterate over it in the connection's thread; :meth:`close` (also on leaving a ``with``
    block) stops the thread and waits for it, whatever happened."""

    def __init__(
        self, people: Sequence[Person], build: Callable[[int, int], Chunk], size: int
    ) -> None:
        self._people, self._build, self._size = people, build, size
        self._queue: queue.Queue[Chunk | BaseException | None] = queue.Queue(maxsize=1)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="import-rows", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            for start in range(0, len(self._people), self._size):
                count = min(self._size, len(self._people) - start)
                if not self._put(self._build(start, count)):
                    return
            self._put(None)
        except BaseException as error:  # handed to the connection's thread, raised there
            self._put(error)

    def _put(self, item: Chunk | BaseException | None) -> bool:
        while not self._stop.is_set():
            try:
                self._queue.put(item, timeout=0.05)
                return True
            except queue.Full:
                continue
        return False

    def __iter__(self) -> Iterator[Chunk]:
        while True:
            item = self._queue.get()
            if item is None:
                return
            if isinstance(item, BaseException):
                raise item
            yield item

    def close(self) -> None:
        self._stop.set()
        self._thread.join()
        _give_back_memory()

    def __enter__(self) -> Producer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


_EMAIL_COLUMNS = ("person_id", "address", "label", "position", "created_at", "updated_at")
_PHONE_COLUMNS = (
    "person_id", "number", "e164", "label", "position", "created_at", "updated_at",
)  # fmt: skip
_SEARCH_COLUMNS = ("rowid", "kind", "ref_id", "display", "subtitle", "title", "body")


def builder(
    ids: Sequence[int],
    people: Sequence[Person],
    columns: Sequence[str],
    now: str,
    documents: Callable[[Sequence[int], Sequence[Person]], list[tuple[Any, ...]]],
    entries: Callable[
        [Sequence[int], Sequence[Person], Sequence[str]], list[writes.Encoded | None]
    ],
) -> Callable[[int, int], Chunk]:
    """How the producer builds the chunk of ``people[start:start + count]``: the same
    values, in the same order, as the single-threaded path binds them; ``documents``
    makes their search entries, ``entries`` their journal entries (from their uuids)."""

    def build(start: int, count: int) -> Chunk:
        chunk_ids = ids[start : start + count]
        chunk_people = people[start : start + count]
        uuids = [p.uuid or rows.new_uuid() for p in chunk_people]
        person_rows = [
            [
                pid,
                *[_plain(getattr(p, c)) for c in columns],
                ",".join(p.languages),
                p.created_at or now,
                now,
                uuid,
            ]
            for pid, p, uuid in zip(chunk_ids, chunk_people, uuids, strict=True)
        ]
        email_rows = [
            [pid, e.address, e.label, n, now, now]
            for pid, p in zip(chunk_ids, chunk_people, strict=True)
            for n, e in enumerate(p.emails)
        ]
        phone_rows = [
            [pid, f.number, f.e164, f.label, n, now, now]
            for pid, p in zip(chunk_ids, chunk_people, strict=True)
            for n, f in enumerate(p.phones)
        ]
        search_rows = [
            [
                search.rowid(kind, ref_id),
                str(kind),
                ref_id,
                display,
                subtitle,
                search.segment(title),
                search.segment(body),
            ]
            for kind, ref_id, display, subtitle, title, body in documents(chunk_ids, chunk_people)
        ]
        return Chunk(
            start,
            count,
            [
                insert(
                    "persons",
                    ("id", *columns, "languages", "created_at", "updated_at", "uuid"),
                    person_rows,
                ),
                insert("person_emails", _EMAIL_COLUMNS, email_rows),
                insert("person_phones", _PHONE_COLUMNS, phone_rows),
                insert("search_index", _SEARCH_COLUMNS, search_rows),
            ],
            uuids,
            _pack(entries(chunk_ids, chunk_people, uuids)),
        )

    return build


def _plain(value: Any) -> Any:
    """A value as SQLite's binding would take it (a bool is 0 or 1)."""
    return int(value) if isinstance(value, bool) else value


def _pack(entries: list[writes.Encoded | None]) -> bytes:
    """A chunk's journal changes, one a line ("" for None: encoded JSON has no raw line
    break, and is never empty), compressed: the entries of 100,000 persons would hold
    ≈ 80 MB until the end of the recording; packed, a tenth."""
    text = "\n".join("" if e is None else e.changes for e in entries)
    return zlib.compress(text.encode("utf-8"), 1)


class Entries:
    """The journal entries made ahead, by record id (``recorder.created``'s ``written``):
    one packed chunk unpacked at a time, as the journal asks for them in id order."""

    def __init__(self, first: int, size: int) -> None:
        self.first, self.size = first, size
        self.uuids: list[str] = []
        self._packs: list[bytes] = []
        self._open, self._lines = -1, [""]

    def add(self, chunk: Chunk) -> None:
        self.uuids += chunk.uuids
        self._packs.append(chunk.journal)

    def __call__(self, record_id: int) -> writes.Encoded | None:
        n = record_id - self.first
        if not 0 <= n < len(self.uuids):
            return None
        pack, line = divmod(n, self.size)
        if pack != self._open:
            self._lines = zlib.decompress(self._packs[pack]).decode("utf-8").split("\n")
            self._open = pack
        changes = self._lines[line]
        return writes.Encoded(self.uuids[n], changes) if changes else None


def second_core_free() -> bool:
    """Whether a core is free enough for the producer thread to pay: the cores this
    process may run on, less the last minute's load average (this process itself counts
    about one), leave at least half a core. On a busy machine the two threads would
    share one core, and the JSON and the switches between them cost more than the
    overlap gives (measured: 1 to 2 s more on 100,000 rows at load 2 on 2 cores)."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    try:
        load = os.getloadavg()[0]
    except (AttributeError, OSError):  # Windows has no load average
        return cores >= 2
    return cores >= 2 and cores - load >= 0.5


def _give_back_memory() -> None:
    """Return to the system what the producer thread freed. glibc gives each thread its
    own malloc arena: the chunks the producer built and the connection's thread freed
    stay in the producer's arena, where the connection's thread (the merges, the journal
    after the insert) never allocates — ≈ 20 MB more at the import's peak, without this."""
    if not sys.platform.startswith("linux"):
        return
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6").malloc_trim(0)
