"""Encryption at rest with SQLCipher (the ``sqlcipher3`` wheel): the whole file — tables,
search index, WAL — is AES-256 encrypted; without the passphrase it is random bytes.

An encrypted database is opened with :func:`connect_encrypted`; a plain one keeps Python's
own ``sqlite3``. :func:`convert` writes a copy of a database with another key (or none) —
SQLCipher's ``sqlcipher_export`` — which is how a database is encrypted, re-keyed and
decrypted, always to a new file renamed into place after a backup.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path
from typing import Any

from attache_app.errors import DatabaseError
from attache_app.i18n import translate

try:  # an optional native wheel: without it, plain databases still work
    import sqlcipher3.dbapi2 as sqlcipher
except ImportError:  # pragma: no cover - depends on the platform's wheels
    sqlcipher = None

DB_ERRORS: tuple[type[Exception], ...] = (sqlite3.Error,) + (
    (sqlcipher.Error,) if sqlcipher is not None else ()
)
"""The exceptions of both SQLite libraries, for ``except`` clauses."""
OPERATIONAL_ERRORS: tuple[type[Exception], ...] = (sqlite3.OperationalError,) + (
    (sqlcipher.OperationalError,) if sqlcipher is not None else ()
)


def available() -> bool:
    return sqlcipher is not None


def _unavailable() -> DatabaseError:
    return DatabaseError(
        translate(
            "Crypto",
            "Encryption is not available in this installation (the sqlcipher3 package is missing).",
        ),
        reason="unavailable",
    )


def wrong_passphrase(path: Path) -> DatabaseError:
    return DatabaseError(
        translate(
            "Crypto", "The passphrase does not open {path} (or it is not an Attaché database)."
        ).format(path=path),
        reason="passphrase",
        path=str(path),
    )


def _quoted(passphrase: str) -> str:
    return "'" + passphrase.replace("'", "''") + "'"


def key(conn: Any, passphrase: str) -> None:
    """Give the passphrase to a fresh SQLCipher connection (quietly: no log on stderr)."""
    with contextlib.suppress(Exception):
        conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = {_quoted(passphrase)}")


def connect_encrypted(
    path: Path, passphrase: str, *, readonly: bool = False, create: bool = True
) -> Any:
    """An SQLCipher connection to ``path``, checked: a wrong passphrase is one sentence.
    Without ``create``, a missing file is an error, not a new empty database."""
    if sqlcipher is None:
        raise _unavailable()
    if readonly:
        conn = sqlcipher.connect(
            f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None
        )
    elif not create:
        conn = sqlcipher.connect(
            f"{path.absolute().as_uri()}?mode=rw", uri=True, isolation_level=None, timeout=5.0
        )
    else:
        conn = sqlcipher.connect(str(path), isolation_level=None, timeout=5.0)
    key(conn, passphrase)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.DatabaseError as error:
        conn.close()
        if "not a database" in str(error).lower():
            raise wrong_passphrase(path) from None
        raise
    return conn


def connect_new(path: Path, passphrase: str) -> Any:
    """An SQLCipher connection to a new file, keyed (for an encrypted copy)."""
    if sqlcipher is None:
        raise _unavailable()
    conn = sqlcipher.connect(str(path))
    key(conn, passphrase)
    return conn


def open_copy(path: Path, passphrase: str | None) -> Any:
    """A read-only connection to a backup: plain, or encrypted with ``passphrase``."""
    if is_plain_sqlite(path):
        if passphrase is not None:
            raise DatabaseError(
                translate(
                    "Crypto",
                    "{path} is not encrypted but this database is: decrypt the database "
                    "first to restore a plain backup.",
                ).format(path=path),
                reason="not_database",
            )
        return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    if passphrase is None:
        raise DatabaseError(
            translate(
                "Crypto",
                "{path} is encrypted (or not an Attaché backup): it needs the passphrase.",
            ).format(path=path),
            reason="not_database",
        )
    return connect_encrypted(path, passphrase, readonly=True)


def is_plain_sqlite(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(16) == b"SQLite format 3\x00"


def looks_encrypted(path: Path) -> bool:
    """Whether ``path`` may be an SQLCipher database, so that its passphrase is worth asking:
    whole pages (a power of two of at least 512 bytes) starting with a random salt — not
    a plain SQLite header, not text, not an empty or odd-sized file."""
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            salt = handle.read(16)
    except OSError:
        return False
    if size < 512 or size % 512 or salt == b"SQLite format 3\x00":
        return False
    return not all(32 <= byte < 127 or byte in b"\t\r\n" for byte in salt)


def convert(source: Path, dest: Path, *, old: str | None, new: str | None) -> None:
    """Write ``source`` (key ``old``, or plain) to the new file ``dest`` (key ``new``, or
    plain), atomically. The source is not changed."""
    if sqlcipher is None:
        raise _unavailable()
    temporary = dest.with_name(dest.name + ".part")
    with contextlib.suppress(FileNotFoundError):
        temporary.unlink()
    conn = sqlcipher.connect(str(source), isolation_level=None)
    try:
        if old is not None:
            key(conn, old)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute(
            f"ATTACH DATABASE {_quoted(str(temporary))} AS converted KEY {_quoted(new or '')}"
        )
        conn.execute("SELECT sqlcipher_export('converted')")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute(f"PRAGMA converted.user_version = {int(version)}")
        conn.execute("DETACH DATABASE converted")
    except sqlcipher.Error as error:
        with contextlib.suppress(OSError):
            temporary.unlink()
        if "not a database" in str(error).lower():
            raise wrong_passphrase(source) from None
        raise DatabaseError(str(error), path=str(source)) from error
    finally:
        conn.close()
    os.replace(temporary, dest)
