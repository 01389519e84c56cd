"""Team sharing benchmarks (issue 20), against pouchdb-server on loopback, each figure beside
a baseline measured in the same run.

    .venv/bin/python -m benchmarks.bench_sync [--db BIG.db] [--persons 100000]

1. The initial sync of the benchmark database (persons, organisations, notes, deadlines) to
   an empty hub, against posting the same documents with ``_bulk_docs`` in batches of
   1,000 (target ≤ 2×).
2. Pulling them into an empty second desktop, against reading them from ``_changes`` with
   ``include_docs`` plus the import floor (the persons, e-mails and search entries written
   with one ``executemany`` per table; the other kinds likewise) (target ≤ 2×).
3. One round with 10 changes (pushed by one desktop, pulled by the other): p50 of 7 rounds
   (target ≤ 1 s).
4. The desktop's peak memory (``VmHWM`` of the child process that runs the round) during
   the initial sync, and during the pull into the second desktop (target ≤ 500 MB).

Also a group of ``python -m benchmarks`` (``--only sync``), on its generated database.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

from benchmarks.common import Figure, peak_rss_mb, table

ADMIN = ("admin", "bench-admin-1")
USER = ("bench", "bench-user-1")


def _hub_database(root: str, name: str) -> str:
    with httpx.Client(base_url=root, auth=ADMIN, timeout=600) as client:
        client.put(f"/{name}").raise_for_status()
        client.put(
            f"/{name}/_security",
            json={"admins": {"names": []}, "members": {"names": [USER[0]]}},
        ).raise_for_status()
    return f"{root}/{name}"


def _connect(db: Path, url: str) -> None:
    from attache_app.storage import open_store
    from attache_app.sync import service as sync

    with open_store(db, create=True, auto_backup=False) as store:
        sync.connect(store, url, USER[0], USER[1])


def child(db: Path) -> dict[str, float]:
    """One round of ``db`` with its hub, in this process: seconds (and of processor time),
    peak MB, what moved."""
    from attache_app.storage import open_store
    from attache_app.sync import service as sync

    with open_store(db, auto_backup=False) as store:
        began, cpu = time.perf_counter(), time.process_time()
        result = sync.sync(store, password=USER[1])
        took, cpu = time.perf_counter() - began, time.process_time() - cpu
    return {"seconds": took, "cpu": cpu, "peak_mb": peak_rss_mb(), **result.to_dict()}


def _round_in_child(db: Path) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.bench_sync", "--child", str(db)],
        capture_output=True,
        text=True,
        check=True,
    )
    figures: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return figures


def _all_docs(url: str) -> list[dict[str, Any]]:
    with httpx.Client(auth=USER, timeout=600) as client:
        rows = client.get(f"{url}/_all_docs", params={"include_docs": "true"}).json()["rows"]
    docs = []
    for row in rows:
        doc = dict(row["doc"])
        doc.pop("_rev", None)
        docs.append(doc)
    return docs


def post_baseline(url: str, docs: list[dict[str, Any]]) -> float:
    """The same documents posted with ``_bulk_docs`` in batches of 1,000."""
    began = time.perf_counter()
    with httpx.Client(auth=USER, timeout=600) as client:
        for start in range(0, len(docs), 1000):
            client.post(f"{url}/_bulk_docs", json={"docs": docs[start : start + 1000]})
    return time.perf_counter() - began


def pull_baseline(url: str, folder: Path) -> float:
    """Reading every document from ``_changes`` (pages of 1,000, with ``include_docs``),
    then the import floor: the same records written into an empty database with one
    ``executemany`` per table (persons and their e-mails, organisations, notes and their
    themes, deadlines), their search entries too."""
    from attache_app.storage import open_store, search

    began = time.perf_counter()
    docs: list[dict[str, Any]] = []
    since: Any = 0
    with httpx.Client(auth=USER, timeout=600) as client:
        while True:
            page = client.get(
                f"{url}/_changes",
                params={"since": json.dumps(since), "include_docs": "true", "limit": "1000"},
            ).json()
            if not page["results"]:
                break
            docs.extend(r["doc"] for r in page["results"] if "doc" in r)
            since = page["last_seq"]
    read = time.perf_counter() - began
    by_kind: dict[str, list[dict[str, Any]]] = {}
    for doc in docs:
        by_kind.setdefault(str(doc.get("type")), []).append(doc)
    floor = folder / "floor.db"
    with open_store(floor, create=True, auto_backup=False) as store, store.transaction():
        conn, now = store.conn, store.now()
        orgs = by_kind.get("organisation", [])
        conn.executemany(
            "INSERT INTO organisations (name, kind, country, city, created_at, updated_at, uuid)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (f["name"], f["kind"], f["country"], f["city"], now, now, d["_id"][13:])
                for d in orgs
                for f in [d["fields"]]
            ],
        )
        people = by_kind.get("person", [])
        conn.executemany(
            "INSERT INTO persons (given_name, family_name, native_name, title, country, "
            "created_at, updated_at, uuid) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (f["given_name"], f["family_name"], f["native_name"], f["title"], f["country"],
                 now, now, d["_id"][7:])
                for d in people
                for f in [d["fields"]]
            ],
        )  # fmt: skip
        conn.executemany(
            "INSERT INTO person_emails (person_id, address, label, position, created_at, "
            "updated_at) VALUES (?, ?, ?, 0, ?, ?)",
            [
                (n + 1, e["address"], e["label"], now, now)
                for n, d in enumerate(people)
                for e in d["fields"]["emails"][:1]
            ],
        )
        notes = by_kind.get("note", [])
        conn.executemany(
            "INSERT INTO notes (id, title, date, status, body, created_at, updated_at, uuid) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (n + 1, f["title"], f["date"], f["status"], f["body"], now, now, d["_id"][5:])
                for n, d in enumerate(notes)
                for f in [d["fields"]]
            ],
        )
        conn.executemany(
            "INSERT OR IGNORE INTO note_themes (note_id, theme) VALUES (?, ?)",
            [(n + 1, t) for n, d in enumerate(notes) for t in d["fields"]["themes"]],
        )
        deadlines = by_kind.get("deadline", [])
        conn.executemany(
            "INSERT INTO deadlines (title, all_day, due_date, sort_key, created_at, "
            "updated_at, uuid) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (f["title"], int(f["all_day"]), f["due_date"], f["due_date"], now, now,
                 d["_id"][9:])
                for d in deadlines
                for f in [d["fields"]]
            ],
        )  # fmt: skip
        search.rebuild(conn)
    took = time.perf_counter() - began
    print(f"baseline of the pull: read {read:.2f} s, floor {took - read:.2f} s", flush=True)
    return took


def ten_changes(a: Path, b: Path) -> float:
    """Seconds of one round with 10 changes: pushed by ``a``, then pulled by ``b``."""
    from attache_app.domain.enums import RecordKind
    from attache_app.services import records
    from attache_app.storage import open_store
    from attache_app.sync import service as sync

    with open_store(a, auto_backup=False) as store:
        ids = records.list_ids(store, RecordKind.PERSON, limit=10)
        for person in records.get_many(store, RecordKind.PERSON, ids):
            person.title = f"Title {time.perf_counter_ns()}"  # type: ignore[union-attr]
            records.save(store, person)
    began = time.perf_counter()
    with open_store(a, auto_backup=False) as store:
        pushed = sync.sync(store, password=USER[1])
    with open_store(b, auto_backup=False) as store:
        pulled = sync.sync(store, password=USER[1])
    assert pushed.pushed == 10 and pulled.pulled == 10, (pushed, pulled)
    return time.perf_counter() - began


def run(db: Path, folder: Path) -> list[Figure]:
    from tests.sync import server

    with server.running(folder, ADMIN) as root:
        with httpx.Client(base_url=root, auth=ADMIN) as client:
            client.put(
                f"/_users/org.couchdb.user:{USER[0]}",
                json={"name": USER[0], "password": USER[1], "roles": [], "type": "user"},
            ).raise_for_status()
        url = _hub_database(root, "post")
        first = folder / "first.db"
        shutil.copyfile(db, first)
        _connect(first, url)
        initial = _round_in_child(first)
        print(f"initial sync: {initial}", flush=True)
        docs = _all_docs(url)
        posted = post_baseline(_hub_database(root, "baseline"), docs)
        second = folder / "second.db"
        _connect(second, url)
        pulled = _round_in_child(second)
        print(f"pull into an empty desktop: {pulled}", flush=True)
        floor = pull_baseline(url, folder)
        rounds = [ten_changes(first, second) for _ in range(7)]
        print("rounds with 10 changes: " + ", ".join(f"{r:.2f} s" for r in rounds), flush=True)
    count = len(docs)
    return [
        Figure(
            f"initial sync of {count:,} records to an empty hub",
            initial["seconds"],
            "s",
            "_bulk_docs, batches of 1,000",
            posted,
            2.0,
        ),
        Figure(
            "pull them into an empty second desktop",
            pulled["seconds"],
            "s",
            "_changes with include_docs + import floor",
            floor,
            2.0,
        ),
        Figure("one round with 10 changes (p50 of 7)", statistics.median(rounds), "s", target=1.0),
        Figure("desktop memory during the initial sync", initial["peak_mb"], "MB", target=500),
        Figure("desktop memory during the pull", pulled["peak_mb"], "MB", target=500),
    ]


def run_or_say(db: Path, folder: Path) -> list[Figure]:
    """:func:`run`, or one sentence when the hub cannot run here (no Node.js)."""
    from tests.sync import server

    try:
        return run(db, folder)
    except server.HubUnavailable as error:
        print(f"  sync: not measured: {error}", flush=True)
        return []


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, help="an existing generated database (copied)")
    parser.add_argument("--persons", type=int, default=100_000)
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.child)))
        return 0
    folder = Path(tempfile.mkdtemp(prefix="attache-bench-sync-"))
    try:
        db = args.db
        if db is None:
            from benchmarks.generate import generate

            db = folder / "big.db"
            n = args.persons
            print(f"Generating {n:,} persons, {n // 5:,} organisations, {n // 2:,} notes…")
            generate(db, persons=n, organisations=n // 5, notes=n // 2, deadlines=n // 20)
        figures = run(db, folder)
        print(table(figures))
        for figure in figures:
            if figure.met is not None:
                print(f"  {'met    ' if figure.met else 'NOT met'}  {figure.name}")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
