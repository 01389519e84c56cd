"""The database as the desktop client opens it and looks after it: opening, the daily
backup, checking, restoring, and whether an upgrade is due.

The window goes through this module (and the other services), never through
:mod:`attache_app.storage` (an import-linter contract says so): the names it needs from
storage are re-exported here, typed as they are there.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from attache_app.domain.timeutil import Clock
from attache_app.errors import AttacheError, DatabaseError
from attache_app.storage import Store as Store
from attache_app.storage import backup as backups
from attache_app.storage import crypto, markers, migrations
from attache_app.storage import default_database_path as default_database_path
from attache_app.storage import open_store as open_store
from attache_app.storage.backup import CheckReport as CheckReport
from attache_app.storage.backup import backups_dir as backups_dir
from attache_app.storage.crypto import RawKey as RawKey
from attache_app.storage.db import connect as connect
from attache_app.storage.sqlite_errors import DB_ERRORS as DB_ERRORS
from attache_app.storage.sqlite_errors import database_error as database_error


def backup(store: Store) -> Path:
    """Back the database up to its backups folder now; returns the copy's path."""
    return backups.backup(store)


def daily_backup(store: Store, keep: int) -> Path | None:
    """The first open of each day backs the database up (the last ``keep`` are kept)."""
    return backups.daily_backup(store, keep)


def check(store: Store) -> CheckReport:
    """Integrity, foreign keys, schema version and search index completeness."""
    return backups.check(store)


def restore(store: Store, source: Path) -> Path:
    """Replace the data by the backup ``source``'s, after backing up the current state
    (whose path is returned); the database is held exclusively from the safety copy to the
    swap, and the store reconnected to the result."""
    return backups.restore(store, source)


def restore_file(path: Path, source: Path, *, key: RawKey | None, clock: Clock) -> Path:
    """The same for a database this process has closed (the window's restore: its store
    suspended, its workers held): :func:`attache_app.storage.backup.restore_file`."""
    return backups.restore_file(path, source, key=key, clock=clock)


def restoring(path: Path) -> DatabaseError:
    """The sentence a read of ``path`` gets while a backup is restored into it."""
    return markers.converting_error(path, "restore")


def needs_upgrade(path: Path, key: RawKey | None) -> bool:
    """Whether an existing Attaché database has migrations to run (a read-only look; any
    problem is left to the real open, which explains it)."""
    if not path.is_file() or path.stat().st_size == 0:
        return False
    try:
        conn = (
            crypto.connect_encrypted(path, key, readonly=True)
            if key is not None
            else sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        )
        try:
            version = migrations.current_version(conn)
        finally:
            conn.close()
    except AttacheError:
        return False
    except crypto.DB_ERRORS:
        return False
    return 0 <= version < migrations.LATEST_VERSION


def restore_into(path: Path, source: Path) -> Store:
    """Put the backup ``source`` in place of the database at ``path``, which cannot be
    opened: that file (and its -wal, -shm) is kept aside as ``….unusable``, never deleted.
    Raises :class:`AttacheError` (the backup is not one) or :class:`OSError`."""
    backups.validate_backup_file(source)
    if path.exists():
        aside = path.with_name(path.name + ".unusable")
        path.replace(aside)
        for suffix in ("-wal", "-shm"):
            extra = path.with_name(path.name + suffix)
            if extra.exists():
                extra.replace(aside.with_name(aside.name + suffix))
    fresh = open_store(path, create=True)
    restore(fresh, source)
    return fresh
