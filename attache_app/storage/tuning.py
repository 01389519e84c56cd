"""SQLite's settings of one connection for a long run of writes, then its own again."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from attache_app.storage.db import Store

CACHE_KB = 32 << 10
"""Page cache during a long run of writes, in KB (SQLite's default is 2 MB): inserting at
random places of a dozen indexes evicts and reads pages again with the default."""

CHECKPOINT_PAGES = 10_000
"""Pages of the write-ahead log before SQLite copies them into the file (default 1,000)."""


@contextlib.contextmanager
def replayable_writes(store: Store) -> Iterator[None]:
    """Writes that can be made again from elsewhere: a sync round's pages (each committed
    with the checkpoint that says where it ends: the hub holds them), and the hub's
    revisions of what a push sent (lost, the next push meets a conflict and merges the
    hub's version, which is its own).

    Commits do not wait for the disk (``synchronous = NORMAL``: in WAL mode the database
    stays whole; a power cut may only lose the last transactions, which the next round
    fetches again from the last checkpoint that reached the disk), the log is copied into
    the file every 40 MB rather than every 4 MB, and the page cache holds 32 MB. The
    connection's own settings come back at the end: the first commit after it waits for
    the disk again, and takes every earlier one with it."""
    conn = store.conn
    previous = {
        name: int(conn.execute(f"PRAGMA {name}").fetchone()[0])
        for name in ("cache_size", "synchronous", "wal_autocheckpoint")
    }
    conn.execute(f"PRAGMA cache_size = -{CACHE_KB}")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute(f"PRAGMA wal_autocheckpoint = {CHECKPOINT_PAGES}")
    try:
        yield
    finally:
        for name, value in previous.items():
            conn.execute(f"PRAGMA {name} = {value}")
