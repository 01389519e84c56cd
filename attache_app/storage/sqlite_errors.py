"""SQLite's errors as the user reads them: one sentence, chosen by SQLite's error code.

Both libraries (Python's ``sqlite3`` and ``sqlcipher3``) put the code SQLite returned on the
exception: ``sqlite_errorcode`` (Python's gives the extended code, such as
``SQLITE_CONSTRAINT_UNIQUE`` = 2067; sqlcipher3 the primary one, 19) and
``sqlite_errorname``. The primary code is its low byte. The words of the message are never
read: they change between SQLite versions and say « disk is full » of a quota as of a drive.
An exception without a code (raised by the Python module itself: a closed connection, a
wrong parameter) is classified by its DB-API class only.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from attache_app.errors import DatabaseError
from attache_app.i18n import translate

try:  # an optional native wheel: without it, plain databases still work
    import sqlcipher3.dbapi2 as _sqlcipher
except ImportError:  # pragma: no cover - depends on the platform's wheels
    _sqlcipher = None
sqlcipher: Any = _sqlcipher
"""SQLCipher's DB-API module (sqlcipher3), or None where its wheel is missing."""

DB_ERRORS: tuple[type[Exception], ...] = (sqlite3.Error,) + (
    (sqlcipher.Error,) if sqlcipher is not None else ()
)
"""The exceptions of both SQLite libraries, for ``except`` clauses."""
OPERATIONAL_ERRORS: tuple[type[Exception], ...] = (sqlite3.OperationalError,) + (
    (sqlcipher.OperationalError,) if sqlcipher is not None else ()
)
INTEGRITY_ERRORS: tuple[type[Exception], ...] = (sqlite3.IntegrityError,) + (
    (sqlcipher.IntegrityError,) if sqlcipher is not None else ()
)

# SQLite's primary result codes (https://sqlite.org/rescode.html).
SQLITE_PERM = 3
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_NOMEM = 7
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_TOOBIG = 18
SQLITE_CONSTRAINT = 19
SQLITE_NOTADB = 26

REASONS: dict[int, str] = {
    SQLITE_BUSY: "locked",
    SQLITE_LOCKED: "locked",
    SQLITE_READONLY: "read_only",
    SQLITE_PERM: "read_only",
    SQLITE_FULL: "disk_full",
    SQLITE_NOTADB: "not_database",
    SQLITE_CORRUPT: "corrupt",
    SQLITE_CANTOPEN: "unavailable",
    SQLITE_IOERR: "unavailable",
    SQLITE_CONSTRAINT: "constraint",
    SQLITE_NOMEM: "memory",
    SQLITE_TOOBIG: "too_big",
}
"""The reason (:attr:`DatabaseError.reason`) of each primary code that has a sentence."""


def primary_code(error: BaseException) -> int | None:
    """SQLite's primary result code of ``error`` (the low byte of an extended code:
    SQLITE_CONSTRAINT for SQLITE_CONSTRAINT_UNIQUE), or None when SQLite gave none."""
    code = getattr(error, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def reason_of(error: BaseException) -> str:
    """What went wrong, by SQLite's code: locked, read_only, disk_full, not_database,
    corrupt, unavailable, constraint, memory, too_big — or other."""
    code = primary_code(error)
    if code is not None:
        return REASONS.get(code, "other")
    if isinstance(error, INTEGRITY_ERRORS):
        return "constraint"
    return "other"


def is_busy(error: BaseException) -> bool:
    """Another connection holds the lock (SQLITE_BUSY, SQLITE_LOCKED)."""
    return primary_code(error) in (SQLITE_BUSY, SQLITE_LOCKED)


def is_not_a_database(error: BaseException) -> bool:
    """The file is not an SQLite database — or, to SQLCipher, not one with this key."""
    return primary_code(error) == SQLITE_NOTADB


def busy_error(path: Path | str) -> DatabaseError:
    return DatabaseError(
        translate(
            "Database",
            "The database {path} is busy: another Attaché window or program is writing "
            "to it. Try again in a moment.",
        ).format(path=path),
        reason="locked",
        path=str(path),
    )


def database_error(error: BaseException, path: Path | str) -> DatabaseError:
    """Turn an sqlite3 (or sqlcipher3) error into one sentence that says what happened and
    what to do, chosen by SQLite's error code."""
    where = str(path)
    reason = reason_of(error)
    sentences = {
        "read_only": translate(
            "Database", "The database {path} is read-only: nothing can be saved to it."
        ),
        "disk_full": translate(
            "Database",
            "The disk holding {path} is full: nothing was saved. Free some space and try again.",
        ),
        "not_database": translate(
            "Database", "{path} is not an Attaché database (or it is encrypted, or damaged)."
        ),
        "corrupt": translate("Database", "The database {path} is damaged. Restore a backup."),
        "unavailable": translate(
            "Database",
            "The database {path} cannot be opened or written (disk or folder unavailable).",
        ),
        "constraint": translate(
            "Database",
            "The change was refused by the database {path}: it would break a link between "
            "records or repeat what must be unique ({error}). Nothing was saved.",
        ),
        "memory": translate(
            "Database",
            "There is not enough memory to work on the database {path}: nothing was saved. "
            "Close other programs and try again.",
        ),
        "too_big": translate(
            "Database",
            "A value is too large for the database {path}: nothing was saved.",
        ),
    }
    if reason == "locked":
        return busy_error(where)
    if reason in sentences:
        sentence = sentences[reason].format(path=where, error=error)
    else:
        sentence = translate("Database", "The database {path} reported an error: {error}.").format(
            path=where, error=error
        )
    return DatabaseError(sentence, reason=reason, path=where)
