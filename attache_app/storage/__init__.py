"""The local SQLite store: opening, migrations, repositories, search, backups."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from attache_app.domain.timeutil import Clock, system_clock
from attache_app.errors import DatabaseError
from attache_app.i18n import translate
from attache_app.storage.db import Store, check_file, connect, default_database_path, use_wal

# The migrations, the backups and the settings are imported by open_store, not with the
# package: importing one module of storage (crypto, to derive a key while the window
# starts) then costs that module alone.
if TYPE_CHECKING:
    from attache_app.storage.crypto import RawKey

__all__ = ["Store", "default_database_path", "open_store"]


def open_store(
    path: Path | str | None = None,
    *,
    create: bool = False,
    readonly: bool = False,
    clock: Clock = system_clock,
    auto_backup: bool = True,
    passphrase: str | None = None,
    key: RawKey | None = None,
    backup_failed: Callable[[DatabaseError], None] | None = None,
) -> Store:
    """Open (or with ``create``, create) an Attaché database, upgraded to the current schema.

    Refuses, with one sentence and without touching the file, a folder, a missing file, a
    file that is not SQLite, another program's SQLite database, one made by a newer Attaché,
    and a read-only one (unless ``readonly``). Before upgrading an existing database it
    backs it up; the first open of each day makes the daily backup — when it cannot be
    written, ``backup_failed`` is told and the database opens all the same (read-only
    commands), else the open fails. With ``passphrase`` the database is encrypted with
    SQLCipher (a new one is created encrypted): its key is derived here, once; ``key`` is
    that key already derived (the window's workers, a database opened again).

    What killed processes left beside the database (``.part`` copies, conversion markers)
    is removed first.
    """
    db_path = Path(path).expanduser() if path is not None else default_database_path()
    from attache_app.storage import crypto
    from attache_app.tempfiles import remove_leftovers

    remove_leftovers(db_path)
    encrypted = passphrase is not None or key is not None
    new = check_file(db_path, create=create, readonly=readonly, encrypted=encrypted)
    owns_key = key is None and passphrase is not None
    if key is None and passphrase is not None:
        key = crypto.new_key(passphrase) if new else crypto.unlock(db_path, passphrase)
    store = Store(
        connect(db_path, readonly=readonly, key=key),
        db_path,
        clock=clock,
        readonly=readonly,
        key=key,
        owns_key=owns_key,
    )
    try:
        _prepare(store, new=new, auto_backup=auto_backup, backup_failed=backup_failed)
    except BaseException:
        store.close_connection()
        raise
    return store


def _prepare(
    store: Store,
    *,
    new: bool,
    auto_backup: bool,
    backup_failed: Callable[[DatabaseError], None] | None = None,
) -> None:
    from attache_app.storage import backup as backups
    from attache_app.storage import migrations
    from attache_app.storage.settings import load_settings

    where = str(store.path)
    version = migrations.current_version(store.conn)
    if version < 0:
        raise DatabaseError(
            translate(
                "Database",
                "{path} is an SQLite database of another program, not an Attaché one; "
                "it was left untouched.",
            ).format(path=where),
            reason="not_database",
            path=where,
        )
    if version > migrations.LATEST_VERSION:
        raise DatabaseError(
            translate(
                "Database",
                "{path} was made by a newer version of Attaché; update Attaché to open it.",
            ).format(path=where),
            reason="newer",
            path=where,
        )
    use_wal(store)
    todo = migrations.pending(store.conn)
    if todo:
        if store.readonly:
            raise DatabaseError(
                translate(
                    "Database",
                    "{path} needs an upgrade, which cannot be done while it is read-only.",
                ).format(path=where),
                reason="read_only",
                path=where,
            )
        if version > 0:
            backups.backup(store, label=f"before-upgrade-v{version}")
        migrations.upgrade(store.conn, store.clock)
    if auto_backup and not new and not store.readonly:
        try:
            backups.daily_backup(store, keep=load_settings(store).backup_keep)
        except DatabaseError as error:
            if backup_failed is None:
                raise
            backup_failed(error)
