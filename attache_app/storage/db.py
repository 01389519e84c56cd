"""Opening the database: checks, pragmas, transactions, and the errors a user can read."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from platformdirs import user_data_dir

from attache_app.domain.timeutil import Clock, iso_utc, system_clock
from attache_app.errors import DatabaseError
from attache_app.i18n import translate
from attache_app.storage import markers
from attache_app.storage.crypto import RawKey, connect_encrypted
from attache_app.storage.sqlite_errors import DB_ERRORS, database_error

if TYPE_CHECKING:
    import sqlite_utils

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
APP_DIR_NAME = "Attache"


def default_database_path() -> Path:
    """``ATTACHE_DB`` if set, else ``attache.db`` in the user's data directory."""
    override = os.environ.get("ATTACHE_DB", "").strip()
    if override:
        return Path(override).expanduser()
    return Path(user_data_dir(APP_DIR_NAME, appauthor=False)) / "attache.db"


class Store:
    """An open Attaché database: its connection, the clock and the path; the sqlite-utils
    ``Database`` over the connection (:attr:`db`: the nesting of transactions into
    savepoints) is made when first needed — not by the window's start, whose first page
    only reads: sqlite-utils, with click, pluggy and dateutil, is 30-40 ms of imports.

    Use :func:`attache_app.storage.open_store` to get one; it checks the file, applies the
    migrations and makes the daily backup.
    """

    def __init__(
        self,
        conn: sqlite3.Connection,
        path: Path | None,
        *,
        clock: Clock = system_clock,
        readonly: bool = False,
        key: RawKey | None = None,
        inode: int | None = None,
        owns_key: bool = False,
    ) -> None:
        self._conn = conn
        self._db: sqlite_utils.Database | None = None
        self.path = path
        self.clock = clock
        self.readonly = readonly
        self.key = key
        """The raw key of an encrypted database (in memory only; wiped on lock), or None."""
        self.owns_key = owns_key
        """Whether the key was derived for this store alone (then closing wipes it)."""
        self._suspended: DatabaseError | None = None
        self._inode: int | None = inode
        self._origins: list[str] = []
        if inode is None:
            with contextlib.suppress(OSError, TypeError):
                self._inode = path.stat().st_ino if path is not None else None

    @property
    def current_origin(self) -> str:
        """Who is writing now, as the change journal records it: ``user`` unless a block
        of :meth:`origin` says otherwise."""
        return self._origins[-1] if self._origins else "user"

    @contextlib.contextmanager
    def origin(self, name: str) -> Iterator[Store]:
        """Writes inside the block are journaled as made by ``name`` (``import:12``,
        ``undo``, ``restore``, ``sync:Marie``…); the previous origin comes back on exit."""
        self._origins.append(name)
        try:
            yield self
        finally:
            self._origins.pop()

    @property
    def encrypted(self) -> bool:
        return self.key is not None

    @property
    def db(self) -> sqlite_utils.Database:
        """The sqlite-utils ``Database`` over :attr:`conn`, made at the first use."""
        conn = self.conn
        if self._db is None or self._db.conn is not conn:
            import sqlite_utils

            self._db = sqlite_utils.Database(conn, execute_plugins=False)
        return self._db

    def close_connection(self) -> None:
        """Close the connection (the key is kept: :meth:`reconnect` opens the file again)."""
        with contextlib.suppress(*DB_ERRORS):
            self._conn.close()

    def suspend(self, why: DatabaseError) -> None:
        """Close the connection until :meth:`reconnect` (the file is being replaced by a
        restore in another thread): a query meanwhile raises ``why``, a sentence."""
        self.close_connection()
        self._suspended = why

    @property
    def suspended(self) -> bool:
        return self._suspended is not None

    def reconnect(self) -> None:
        """Open the database's file again (after it was replaced: restored, converted)."""
        self.close_connection()
        self._conn = connect(self.path, readonly=self.readonly, key=self.key, create=False)
        self._db = None
        self._suspended = None
        self._inode = None
        with contextlib.suppress(OSError, TypeError):
            self._inode = self.path.stat().st_ino if self.path is not None else None

    @property
    def conn(self) -> sqlite3.Connection:
        why = self._suspended
        if why is not None:
            raise DatabaseError(str(why), reason=why.reason, path=why.path)
        return self._conn

    def now(self) -> str:
        return iso_utc(self.clock())

    def execute(self, sql: str, params: Any = ()) -> sqlite3.Cursor:
        """Run one statement; any error of SQLite becomes a :class:`DatabaseError` with
        one sentence (chosen by SQLite's error code)."""
        try:
            return self.conn.execute(sql, params)
        except DB_ERRORS as error:
            raise database_error(error, self.path or ":memory:") from error

    def query(self, sql: str, params: Any = ()) -> list[dict[str, Any]]:
        cursor = self.execute(sql, params)
        columns = [c[0] for c in cursor.description or ()]
        return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]

    def scalar(self, sql: str, params: Any = ()) -> Any:
        row = self.execute(sql, params).fetchone()
        return row[0] if row else None

    def _check_reachable(self) -> None:
        """Refuse to write when the file is no longer where it was opened (its drive was
        removed, its folder deleted or moved): SQLite would go on writing to a file that
        nobody can open again, and the work would be lost when the program closes. The
        same when another file took its place (another Attaché encrypted, re-keyed,
        decrypted or restored it): the write would go to the old file, which is gone."""
        if self.path is None:
            return
        try:
            inode = self.path.stat().st_ino
        except OSError:
            inode = None
        if self._inode is None:
            self._inode = inode
        if inode is not None and inode != self._inode:
            kind = markers.conversion_running(self.path)
            if kind is not None:
                raise markers.converting_error(self.path, kind)
            raise DatabaseError(
                translate(
                    "Database",
                    "The database {path} was replaced while it was open (encrypted, given a "
                    "new passphrase, decrypted or restored by another Attaché): nothing was "
                    "saved. Open it again and try again.",
                ).format(path=self.path),
                reason="replaced",
                path=str(self.path),
            )
        if inode is None:
            raise DatabaseError(
                translate(
                    "Database",
                    "The database {path} is no longer reachable (drive removed, folder moved "
                    "or deleted): nothing was saved. Reconnect the drive, then open it again.",
                ).format(path=self.path),
                reason="unavailable",
                path=str(self.path),
            )

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Store]:
        """One atomic unit of work: all of it is written, or none of it.

        The outermost block takes the write lock at once (``BEGIN IMMEDIATE``) so that two
        programs never deadlock; inner blocks are savepoints.
        """
        if self.readonly:
            raise DatabaseError(
                translate(
                    "Database", "The database {path} is open read-only: nothing can be saved."
                ).format(path=self.path),
                reason="read_only",
                path=str(self.path),
            )
        conn = self.conn
        if conn.in_transaction:
            with self.db.atomic():
                yield self
            return
        self._check_reachable()
        self.execute("BEGIN IMMEDIATE")
        try:
            # Again, holding the write lock: the file may have been replaced while this
            # connection waited for the lock (a conversion held it).
            self._check_reachable()
        except BaseException:
            self._rollback()
            raise
        try:
            yield self
        except DB_ERRORS as error:
            self._rollback()
            raise database_error(error, self.path or ":memory:") from error
        except BaseException:
            self._rollback()
            raise
        try:
            conn.execute("COMMIT")
        except DB_ERRORS as error:
            self._rollback()
            raise database_error(error, self.path or ":memory:") from error

    def _rollback(self) -> None:
        if self.conn.in_transaction:
            with contextlib.suppress(*DB_ERRORS):
                self.conn.execute("ROLLBACK")

    def close(self) -> None:
        with contextlib.suppress(*DB_ERRORS):
            if not self.readonly:
                self.conn.execute("PRAGMA optimize")
        self._conn.close()
        if self.key is not None and self.owns_key:
            self.key.wipe()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def check_file(path: Path, *, create: bool, readonly: bool, encrypted: bool = False) -> bool:
    """Refuse a folder, a missing file (unless ``create``), a non-SQLite file, an unwritable one.

    Returns True when the database file is new (does not exist yet or is empty).
    """
    where = str(path)
    try:
        is_dir, exists = path.is_dir(), path.exists()
    except OSError as error:
        raise DatabaseError(
            translate("Database", "{path} cannot be reached: {error}.").format(
                path=where, error=error.strerror or error
            ),
            reason="unavailable",
            path=where,
        ) from error
    if is_dir:
        raise DatabaseError(
            translate("Database", "{path} is a folder, not a database file.").format(path=where),
            reason="directory",
            path=where,
        )
    if not exists:
        if not create:
            raise DatabaseError(
                translate(
                    "Database", "There is no database at {path}. Create one with “attache init”."
                ).format(path=where),
                reason="missing",
                path=where,
            )
        parent = path.parent
        try:
            parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise DatabaseError(
                translate("Database", "The folder {folder} cannot be created: {error}.").format(
                    folder=parent, error=error.strerror or error
                ),
                reason="unavailable",
                path=where,
            ) from error
        if not os.access(parent, os.W_OK):
            raise DatabaseError(
                translate(
                    "Database",
                    "The folder {folder} is read-only: the database cannot be created there.",
                ).format(folder=parent),
                reason="read_only",
                path=where,
            )
        return True
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        raise DatabaseError(
            translate("Database", "{path} cannot be read: {error}.").format(
                path=where, error=error.strerror or error
            ),
            reason="unavailable",
            path=where,
        ) from error
    if header and header != SQLITE_HEADER and not encrypted:
        raise DatabaseError(
            translate(
                "Database",
                "{path} is not an Attaché database, or it is encrypted (give its passphrase: "
                "ATTACHE_PASSPHRASE), or damaged; it was left untouched.",
            ).format(path=where),
            reason="not_database",
            path=where,
        )
    if not readonly and not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
        raise DatabaseError(
            translate(
                "Database",
                "The database {path} is read-only (no permission to write the file or its "
                "folder); it was left untouched.",
            ).format(path=where),
            reason="read_only",
            path=where,
        )
    return not header


def _uri(path: Path) -> str:
    return path.absolute().as_uri()


def _connect_read_only(path: Path) -> sqlite3.Connection:
    """Read-only: ``mode=ro`` first; a WAL database in a folder we cannot write to needs
    ``immutable=1`` (SQLite cannot create its shared-memory file there)."""
    base = path.resolve().as_uri()
    conn = sqlite3.connect(base + "?mode=ro", uri=True, isolation_level=None)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError:
        conn.close()
        return sqlite3.connect(base + "?mode=ro&immutable=1", uri=True, isolation_level=None)
    except BaseException:
        conn.close()  # never left open for the garbage collector (a damaged file)
        raise
    return conn


def _inode(path: Path | None) -> int | None:
    if path is None:
        return None
    try:
        return path.stat().st_ino
    except OSError:
        return None


def connect(
    path: Path | None,
    *,
    readonly: bool = False,
    key: RawKey | None = None,
    create: bool = True,
) -> sqlite3.Connection:
    """Open the SQLite connection with Attaché's pragmas (WAL, foreign keys, busy timeout);
    with a key, an SQLCipher (encrypted) one. Without ``create``, a missing file is
    an error — never a new empty database where the real one was (a removed drive).

    A database that another Attaché is converting (encrypting, re-keying, decrypting,
    restoring) is refused with one sentence; a file replaced while this connection waited
    for it is opened again."""
    if path is not None:
        markers.refuse_if_converting(path)
    for _attempt in range(3):
        before = _inode(path)
        conn = _connect_once(path, readonly=readonly, key=key, create=create)
        if path is None or _inode(path) == before:
            break
        conn.close()  # the file was replaced meanwhile: this connection has the old one
    if path is not None:
        try:
            markers.refuse_if_converting(path)
        except DatabaseError:
            conn.close()
            raise
    return conn  # type: ignore[no-any-return]


def _connect_once(path: Path | None, *, readonly: bool, key: RawKey | None, create: bool) -> Any:
    where: Path | str = path or ":memory:"
    conn: Any = None
    try:
        if key is not None and path is not None:
            conn = connect_encrypted(path, key, readonly=readonly, create=create)
        elif path is None:
            conn = sqlite3.connect(":memory:", isolation_level=None)
        elif readonly:
            conn = _connect_read_only(path)
        else:
            target, uri = (str(path), False) if create else (f"{_uri(path)}?mode=rw", True)
            conn = sqlite3.connect(
                target, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000, uri=uri
            )
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        # As sqlite-utils' Database sets it (Store.db wraps the connection later, if ever).
        conn.execute("PRAGMA recursive_triggers = ON")
        # Reading the schema proves this is a database we can read (not encrypted, not junk).
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except BaseException as error:
        if conn is not None:
            conn.close()  # a pragma failed: the connection is not left to the collector
        if not isinstance(error, DB_ERRORS):
            raise
        if path is not None:
            kind = markers.conversion_running(path)
            if kind is not None:
                raise markers.converting_error(path, kind) from error
        raise database_error(error, where) from error
    return conn


def use_wal(store: Store) -> None:
    """Write-ahead logging, and FULL sync so a committed transaction survives a power cut.

    Called only once the file is known to be an Attaché database: switching the journal
    mode rewrites the file header, which must never happen to another program's file.
    """
    if store.path is None or store.readonly:
        return
    try:
        mode = store.conn.execute("PRAGMA journal_mode").fetchone()[0]
        if str(mode).lower() != "wal":
            store.conn.execute("PRAGMA journal_mode = WAL")
        store.conn.execute("PRAGMA synchronous = FULL")
    except DB_ERRORS as error:
        raise database_error(error, store.path) from error
