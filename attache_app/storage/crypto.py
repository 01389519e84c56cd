"""Encryption at rest with SQLCipher (the ``sqlcipher3`` wheel): the whole file — tables,
search index, WAL — is AES-256 encrypted; without the passphrase it is random bytes.

The passphrase is turned into the database's key once, when the database is unlocked
(:func:`unlock`: PBKDF2-HMAC-SHA512, 256,000 iterations, the file's own salt — SQLCipher 4's
settings, computed here with :mod:`hashlib`). Every connection is then keyed with that raw
key (``PRAGMA key = "x'<key><salt>'"``), which SQLCipher uses as it is: opening a connection
costs no key derivation (a quarter of a second each otherwise). The raw key lives in a
:class:`RawKey` (a ``bytearray``), wiped when the window locks.

An encrypted database is opened with :func:`connect_encrypted`; a plain one keeps Python's
own ``sqlite3``. :func:`export` writes a copy of a database with another key (or none) —
SQLCipher's ``sqlcipher_export`` — which is how a database is encrypted, re-keyed,
decrypted and restored: to a new file renamed into place while :func:`exclusively` holds the
database, so that no other program reads or writes it from the first read to the swap.
"""

from __future__ import annotations

import contextlib
import hmac
import secrets
import sqlite3
from collections import Counter
from pathlib import Path
from typing import Any

from attache_app.errors import DatabaseError
from attache_app.i18n import translate
from attache_app.keys import KDF_ITERATIONS as KDF_ITERATIONS
from attache_app.keys import KEY_BYTES as KEY_BYTES
from attache_app.keys import SALT_BYTES as SALT_BYTES
from attache_app.keys import candidates, derive_bytes
from attache_app.keys import looks_encrypted as looks_encrypted
from attache_app.keys import normalised as normalised
from attache_app.storage.markers import conversion_running, converting_error
from attache_app.storage.sqlite_errors import DB_ERRORS as DB_ERRORS
from attache_app.storage.sqlite_errors import (
    busy_error,
    database_error,
    is_busy,
    is_not_a_database,
    sqlcipher,
)

MINIMUM_LENGTH = 8
"""Shortest passphrase accepted, on every path (CLI, first-run dialog, Outils › Chiffrement)."""
EXCLUSIVE_TIMEOUT = 10.0
"""How long a conversion waits for the other connections to the database to finish."""

KEYINGS: Counter[str] = Counter()
"""How many key derivations (``derivation``) and connections keyed with the raw key
(``raw``) this process made: the tests count them."""


def available() -> bool:
    return sqlcipher is not None


def unavailable_error() -> DatabaseError:
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


def locked_error() -> DatabaseError:
    return DatabaseError(
        translate("Crypto", "Attaché is locked: type the passphrase to go on."), reason="locked"
    )


def passphrase_problem(passphrase: str) -> str | None:
    """Why ``passphrase`` cannot be a new passphrase (one sentence), or None."""
    if len(normalised(passphrase)) < MINIMUM_LENGTH:
        return translate("Crypto", "A passphrase needs at least {count} characters.").format(
            count=MINIMUM_LENGTH
        )
    return None


def check_new_passphrase(passphrase: str) -> str:
    """The new passphrase, normalised; a short one is refused with one sentence."""
    problem = passphrase_problem(passphrase)
    if problem is not None:
        raise DatabaseError(problem, reason="passphrase")
    return normalised(passphrase)


def strength(passphrase: str) -> int:
    """How hard ``passphrase`` is to guess, 0 (at once) to 4 (centuries), by zxcvbn
    (dictionaries, names, keyboard patterns, dates, l33t), not by counting symbols."""
    from zxcvbn import zxcvbn

    if not passphrase:
        return 0
    return int(zxcvbn(normalised(passphrase)[:100])["score"])


class RawKey:
    """The key of an encrypted database and its salt, in a ``bytearray`` that :meth:`wipe`
    overwrites. SQLCipher takes it as it is: no key derivation per connection."""

    __slots__ = ("_data",)

    def __init__(self, key: bytes | bytearray, salt: bytes | bytearray) -> None:
        self._data = bytearray(key) + bytearray(salt)

    def __repr__(self) -> str:
        return "RawKey(wiped)" if self.wiped else "RawKey(…)"

    @property
    def wiped(self) -> bool:
        return not any(self._data)

    @property
    def salt(self) -> bytes:
        return bytes(self._data[KEY_BYTES:])

    def wipe(self) -> None:
        """Overwrite the key in memory (the window locks, or the store closes)."""
        for index in range(len(self._data)):
            self._data[index] = 0

    def load(self, other: RawKey) -> None:
        """Take ``other``'s key in place: every holder of this object sees it."""
        self._data[:] = other._data

    def copy(self) -> RawKey:
        return RawKey(self._data[:KEY_BYTES], self._data[KEY_BYTES:])

    def same_as(self, other: RawKey) -> bool:
        return hmac.compare_digest(bytes(self._data), bytes(other._data))

    def sql(self) -> str:
        """The key as SQLCipher reads it in ``PRAGMA key`` and ``ATTACH … KEY``."""
        if self.wiped:
            raise locked_error()
        return "\"x'" + self._data.hex() + "'\""


def derive(passphrase: str, salt: bytes) -> RawKey:
    """The key SQLCipher 4 derives from ``passphrase`` for a file with ``salt``."""
    KEYINGS["derivation"] += 1
    return RawKey(derive_bytes(passphrase, salt), salt)


def new_key(passphrase: str) -> RawKey:
    """A key for a new encrypted file: the passphrase (normalised) and a fresh salt."""
    return derive(normalised(passphrase), secrets.token_bytes(SALT_BYTES))


def file_salt(path: Path) -> bytes:
    with path.open("rb") as handle:
        return handle.read(SALT_BYTES)


def opens(path: Path, key: RawKey) -> bool:
    """Whether ``key`` opens the database at ``path``. A database held by a conversion,
    or unreadable, is one sentence."""
    if sqlcipher is None:
        raise unavailable_error()
    conn = sqlcipher.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=5.0)
    try:
        apply_key(conn, key)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlcipher.Error as error:
        if is_not_a_database(error):
            return False
        kind = conversion_running(path)
        if kind is not None:
            raise converting_error(path, kind) from None
        if is_busy(error):
            raise busy_error(path) from None
        raise database_error(error, path) from None
    finally:
        conn.close()


def unlock(path: Path, passphrase: str) -> RawKey:
    """The raw key of the existing database ``path`` — one key derivation (two for a
    database whose passphrase was set before normalisation, with a decomposed accent)."""
    if sqlcipher is None:
        raise unavailable_error()
    try:
        salt = file_salt(path)
    except OSError as error:
        raise DatabaseError(
            translate("Database", "{path} cannot be read: {error}.").format(
                path=path, error=error.strerror or error
            ),
            reason="unavailable",
            path=str(path),
        ) from error
    if salt == b"SQLite format 3\x00":
        raise DatabaseError(
            translate(
                "Crypto", "{path} is not encrypted (any more): open it without a passphrase."
            ).format(path=path),
            reason="not_encrypted",
            path=str(path),
        )
    for candidate in candidates(passphrase):
        key = derive(candidate, salt)
        try:
            if opens(path, key):
                return key
        except DatabaseError:
            key.wipe()
            raise
        key.wipe()
    raise wrong_passphrase(path)


def unlock_derived(path: Path, passphrase: str, salt: bytes, derived: bytes) -> RawKey:
    """:func:`unlock`, the key of the passphrase's normalised form for ``salt`` being
    derived already (by `attache-app` from its start: gui/unlock.py): it is checked to open
    the file; if it does not (a passphrase set before normalisation, a file replaced
    meanwhile), the usual unlock tries every form."""
    KEYINGS["derivation"] += 1
    key = RawKey(derived, salt)
    try:
        if opens(path, key):
            return key
    except DatabaseError:
        key.wipe()
        raise
    key.wipe()
    return unlock(path, passphrase)


def matches(path: Path, key: RawKey, passphrase: str) -> bool:
    """Whether ``passphrase`` is the one of ``key`` (typed to unlock, or to confirm a
    change): one key derivation, compared in constant time."""
    salt = key.salt if not key.wiped else file_salt(path)
    for candidate in candidates(passphrase):
        derived = derive(candidate, salt)
        try:
            if not key.wiped and derived.same_as(key):
                return True
            if key.wiped and opens(path, derived):
                return True
        finally:
            derived.wipe()
    return False


def apply_key(conn: Any, key: RawKey) -> None:
    """Give the raw key to a fresh SQLCipher connection (quietly: no log on stderr)."""
    with contextlib.suppress(Exception):
        conn.execute("PRAGMA cipher_log_level = NONE")
    KEYINGS["raw"] += 1
    conn.execute(f"PRAGMA key = {key.sql()}")


def connect_encrypted(
    path: Path, key: RawKey, *, readonly: bool = False, create: bool = True
) -> Any:
    """An SQLCipher connection to ``path``, checked: a wrong key is one sentence.
    Without ``create``, a missing file is an error, not a new empty database."""
    if sqlcipher is None:
        raise unavailable_error()
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
    try:
        apply_key(conn, key)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except BaseException as error:
        conn.close()
        if is_not_a_database(error):
            raise wrong_passphrase(path) from None
        raise
    return conn


def connect_new(path: Path, key: RawKey) -> Any:
    """An SQLCipher connection to a new file, keyed (for an encrypted copy: the same key
    and salt, so the same passphrase opens it)."""
    if sqlcipher is None:
        raise unavailable_error()
    conn = sqlcipher.connect(str(path))
    apply_key(conn, key)
    return conn


def open_copy(path: Path, key: RawKey | None) -> Any:
    """A read-only connection to a backup: plain, or encrypted with the database's key
    (a backup made by Attaché has the database's salt; another copy is tried with …)."""
    if is_plain_sqlite(path):
        if key is not None:
            raise DatabaseError(
                translate(
                    "Crypto",
                    "{path} is not encrypted but this database is: decrypt the database "
                    "first to restore a plain backup.",
                ).format(path=path),
                reason="not_database",
            )
        return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    if key is None:
        raise DatabaseError(
            translate(
                "Crypto",
                "{path} is encrypted (or not an Attaché backup): it needs the passphrase.",
            ).format(path=path),
            reason="not_database",
        )
    return connect_encrypted(path, key, readonly=True)


def is_plain_sqlite(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(16) == b"SQLite format 3\x00"
