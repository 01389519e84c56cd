"""The local SQLite store: opening, migrations, repositories, search, backups."""

from __future__ import annotations

from pathlib import Path

from attache_app.domain.timeutil import Clock, system_clock
from attache_app.errors import DatabaseError
from attache_app.i18n import translate
from attache_app.storage import backup as backups
from attache_app.storage import migrations
from attache_app.storage.db import Store, check_file, connect, default_database_path, use_wal
from attache_app.storage.settings import load_settings

__all__ = ["Store", "default_database_path", "open_store"]


def open_store(
    path: Path | str | None = None,
    *,
    create: bool = False,
    readonly: bool = False,
    clock: Clock = system_clock,
    auto_backup: bool = True,
    passphrase: str | None = None,
) -> Store:
    """Open (or with ``create``, create) an Attaché database, upgraded to the current schema.

    Refuses, with one sentence and without touching the file, a folder, a missing file, a
    file that is not SQLite, another program's SQLite database, one made by a newer Attaché,
    and a read-only one (unless ``readonly``). Before upgrading an existing database it
    backs it up; the first open of each day makes the daily backup. With ``passphrase``
    the database is encrypted with SQLCipher (a new one is created encrypted).
    """
    db_path = Path(path).expanduser() if path is not None else default_database_path()
    new = check_file(db_path, create=create, readonly=readonly, passphrase=passphrase)
    store = Store(
        connect(db_path, readonly=readonly, passphrase=passphrase),
        db_path,
        clock=clock,
        readonly=readonly,
        passphrase=passphrase,
    )
    try:
        _prepare(store, new=new, auto_backup=auto_backup)
    except BaseException:
        store.db.close()
        raise
    return store


def _prepare(store: Store, *, new: bool, auto_backup: bool) -> None:
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
        backups.daily_backup(store, keep=load_settings(store).backup_keep)
