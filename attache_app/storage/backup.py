"""Backups with SQLite's online backup API, the daily automatic one, restore, and checks."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from attache_app.domain.timeutil import Clock, iso_utc, system_clock
from attache_app.errors import DatabaseError
from attache_app.i18n import translate
from attache_app.storage import conversions, crypto, migrations, search
from attache_app.storage.db import SQLITE_HEADER, Store
from attache_app.storage.restore_journal import record_restore
from attache_app.storage.sqlite_errors import database_error


def backups_dir(db_path: Path) -> Path:
    return db_path.parent / "backups"


def _stamp(store: Store) -> str:
    return store.clock().astimezone().strftime("%Y-%m-%d_%H%M%S")


def copy_database(
    source: Any, dest: Path, where: Path | str, *, key: crypto.RawKey | None = None
) -> None:
    """Write a consistent copy of ``source`` to ``dest`` atomically (temp file, then rename).
    The copy of an encrypted database is encrypted with the same key (and salt: the same
    passphrase opens it)."""
    temporary = conversions.part_name(dest)
    with contextlib.suppress(FileNotFoundError):
        temporary.unlink()
    try:
        if key is not None:
            target = crypto.connect_new(temporary, key)
        else:
            target = sqlite3.connect(str(temporary))
        try:
            source.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")
        finally:
            target.close()
        os.replace(temporary, dest)
    except crypto.DB_ERRORS as error:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise database_error(error, dest) from error
    except DatabaseError:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    except OSError as error:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise DatabaseError(
            translate("Backup", "The backup could not be written to {dest}: {error}.").format(
                dest=dest, error=error.strerror or error
            ),
            reason="unavailable",
            path=str(dest),
        ) from error


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DatabaseError(
            translate("Backup", "The folder {folder} cannot be created: {error}.").format(
                folder=folder, error=error.strerror or error
            ),
            reason="unavailable",
        ) from error


def backup(store: Store, dest: Path | None = None, *, label: str = "") -> Path:
    """Back the database up to ``dest`` (a file or a folder), or to the backups folder."""
    if store.path is None:
        raise DatabaseError(translate("Backup", "An in-memory database has nothing to back up."))
    name = f"{store.path.stem}-{_stamp(store)}{'-' + label if label else ''}.db"
    if dest is None:
        dest = backups_dir(store.path) / name
    elif dest.is_dir():
        dest = dest / name
    if dest.exists() and dest.resolve() == store.path.resolve():
        raise DatabaseError(translate("Backup", "A database cannot be backed up onto itself."))
    _make_folder(dest.parent)
    copy_database(store.conn, dest, store.path, key=store.key)
    return dest


def list_backups(db_path: Path) -> list[Path]:
    folder = backups_dir(db_path)
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{db_path.stem}-*.db"), reverse=True)


def daily_backup(store: Store, keep: int) -> Path | None:
    """The first open of each day backs the database up; only the last ``keep`` are kept."""
    if store.path is None or store.readonly:
        return None
    today = store.clock().astimezone().strftime("%Y-%m-%d")
    existing = [p for p in list_backups(store.path) if "-daily" in p.name]
    made = None
    if not any(f"-{today}_" in p.name for p in existing):
        made = backup(store, label="daily")
        existing.insert(0, made)
    for old in sorted(existing, reverse=True)[keep:]:
        with contextlib.suppress(OSError):
            old.unlink()
    return made


@dataclass(frozen=True)
class CheckReport:
    problems: list[str]
    schema_version: int

    @property
    def ok(self) -> bool:
        return not self.problems


def check(store: Store) -> CheckReport:
    """Integrity, foreign keys, schema version and search index completeness."""
    problems: list[str] = []
    conn = store.conn
    try:
        for (result,) in conn.execute("PRAGMA integrity_check"):
            if result != "ok":
                problems.append(translate("Backup", "Integrity: {detail}").format(detail=result))
        for table, row_id, parent, _fk in conn.execute("PRAGMA foreign_key_check"):
            problems.append(
                translate("Backup", "Row {row} of {table} points to a missing {parent}.").format(
                    row=row_id, table=table, parent=parent
                )
            )
        version = migrations.current_version(conn)
        if version != migrations.LATEST_VERSION:
            problems.append(
                translate("Backup", "Schema version {found}, expected {expected}.").format(
                    found=version, expected=migrations.LATEST_VERSION
                )
            )
        else:
            missing = search.missing_entries(conn)
            if missing:
                problems.append(
                    translate("Backup", "%n record(s) missing from the search index.", "", missing)
                )
            conn.execute(
                "INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 0)"
            )
    except crypto.DB_ERRORS as error:
        problems.append(str(database_error(error, store.path or ":memory:")))
        version = -1
    return CheckReport(problems=problems, schema_version=version)


def validate_backup_file(path: Path, key: crypto.RawKey | None = None) -> None:
    """Refuse a file that is not an Attaché database before restoring it."""
    if not path.is_file():
        raise DatabaseError(
            translate("Backup", "There is no backup file at {path}.").format(path=path),
            reason="missing",
        )
    if key is None:
        with path.open("rb") as handle:
            if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                raise DatabaseError(
                    translate("Backup", "{path} is not an Attaché backup.").format(path=path),
                    reason="not_database",
                )
    conn = crypto.open_copy(path, key)
    try:
        version = migrations.current_version(conn)
        ok = conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    except crypto.DB_ERRORS as error:
        raise database_error(error, path) from error
    finally:
        conn.close()
    if version <= 0 or not ok:
        raise DatabaseError(
            translate("Backup", "{path} is not an Attaché backup (or it is damaged).").format(
                path=path
            ),
            reason="not_database",
        )
    if version > migrations.LATEST_VERSION:
        raise DatabaseError(
            translate("Backup", "{path} was made by a newer version of Attaché.").format(path=path),
            reason="newer",
        )


def restore(store: Store, source: Path) -> Path:
    """Replace the database's content with ``source``, after backing the current state up
    (:func:`restore_file`). Returns the path of the safety backup. The store's connection
    is closed for the time of the restore and opened again on the restored file (or on
    the unchanged one when the restore failed); its other connections must be closed (the
    window's workers are held meanwhile, ``gui/operations/backup.restore_backup``)."""
    if store.path is None:
        raise DatabaseError(translate("Backup", "An in-memory database has nothing to back up."))
    validate_backup_file(source, store.key)
    store.close_connection()  # this process's own connection would keep the lock from us
    try:
        return restore_file(store.path, source, key=store.key, clock=store.clock)
    finally:
        store.reconnect()


def restore_file(
    path: Path, source: Path, *, key: crypto.RawKey | None, clock: Clock = system_clock
) -> Path:
    """Replace the database ``path`` (closed by this process) by the backup ``source``.

    Returns the path of the safety backup. The database is held exclusively from the
    safety copy to the swap, like an encryption (:func:`conversions.exclusively`): no other
    program reads or writes it meanwhile — what another one wrote before is in the safety
    copy, what it tries during is refused with one sentence, and a write it was waiting to
    make is refused once it sees the file replaced. The backup, upgraded to the current
    schema, is written beside the database and renamed into place.
    """
    validate_backup_file(source, key)
    name = f"{path.stem}-{clock().astimezone().strftime('%Y-%m-%d_%H%M%S')}-before-restore.db"
    safety = backups_dir(path) / name
    _make_folder(safety.parent)
    with conversions.exclusively(path, key, "restore") as held:
        try:
            conversions.export(held.conn, safety, key)
            source_conn = crypto.open_copy(source, key)
            try:
                if key is None:
                    restored = _plain_copy(source_conn, path)
                else:
                    restored = conversions.export_part(source_conn, path, key)
            finally:
                source_conn.close()
            try:
                _upgrade_file(restored, key, clock, before=held.conn)
                held.replace_with(restored)
            except BaseException:
                restored.unlink(missing_ok=True)
                raise
        except crypto.DB_ERRORS as error:
            raise database_error(error, path) from error
        except OSError as error:
            raise DatabaseError(
                translate("Backup", "The backup could not be written to {dest}: {error}.").format(
                    dest=path, error=error.strerror or error
                ),
                reason="unavailable",
                path=str(path),
            ) from error
    return safety


def _plain_copy(source_conn: Any, path: Path) -> Path:
    """A plain copy of a plain backup, with SQLite's backup API, beside ``path``."""
    temporary = conversions.part_name(path)
    temporary.unlink(missing_ok=True)
    target = sqlite3.connect(str(temporary))
    try:
        source_conn.backup(target)
        target.execute("PRAGMA journal_mode = DELETE")
    finally:
        target.close()
    return temporary


def _upgrade_file(path: Path, key: crypto.RawKey | None, clock: Any, *, before: Any = None) -> None:
    """Bring the restored copy (an older backup, maybe) to the current schema; with
    ``before`` (the database it replaces), journal what the restore changes."""
    conn: Any = (
        crypto.connect_encrypted(path, key, create=False)
        if key is not None
        else sqlite3.connect(str(path), isolation_level=None)
    )
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        migrations.upgrade(conn, clock)
        if before is not None:
            record_restore(conn, before, iso_utc(clock()))
        conn.execute("PRAGMA journal_mode = DELETE")
    finally:
        conn.close()
