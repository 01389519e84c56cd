"""Converting a database: writing a copy with another key, or none (SQLCipher's
``sqlcipher_export``), atomically — which is how a database is encrypted, re-keyed,
decrypted and restored — while :func:`exclusively` holds the database, so that no other
program reads or writes it from the first read to the swap."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from attache_app.errors import DatabaseError
from attache_app.i18n import translate
from attache_app.storage.crypto import (
    EXCLUSIVE_TIMEOUT,
    RawKey,
    apply_key,
    unavailable_error,
    wrong_passphrase,
)
from attache_app.storage.markers import marker_path, refuse_if_converting
from attache_app.storage.sqlite_errors import (
    database_error,
    is_busy,
    is_not_a_database,
    sqlcipher,
)


def _key_sql(key: RawKey | None) -> str:
    return key.sql() if key is not None else "''"


def _fsync(path: Path) -> None:
    with contextlib.suppress(OSError):
        descriptor = os.open(path, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def export(conn: Any, dest: Path, key: RawKey | None) -> None:
    """Write the database of the SQLCipher connection ``conn`` to the new file ``dest``,
    encrypted with ``key`` (or plain), atomically (``.part`` file, then renamed)."""
    temporary = export_part(conn, dest, key)
    try:
        os.replace(temporary, dest)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise


def export_part(conn: Any, dest: Path, key: RawKey | None) -> Path:
    """Write the database of ``conn`` to ``dest``'s ``.part`` file (returned), synced to
    the disk, encrypted with ``key`` (or plain)."""
    temporary = part_name(dest)
    with contextlib.suppress(FileNotFoundError):
        temporary.unlink()
    try:
        conn.execute(f"ATTACH DATABASE '{_escaped(temporary)}' AS converted KEY {_key_sql(key)}")
        try:
            conn.execute("SELECT sqlcipher_export('converted')")
            version = conn.execute("PRAGMA main.user_version").fetchone()[0]
            conn.execute(f"PRAGMA converted.user_version = {int(version)}")
        finally:
            conn.execute("DETACH DATABASE converted")
        _fsync(temporary)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    return temporary


def _escaped(path: Path) -> str:
    return str(path).replace("'", "''")


def part_name(dest: Path) -> Path:
    """The temporary name of a file being written: it carries the process id, so that the
    next start removes it when this process was killed (and never a living one's)."""
    return dest.with_name(f"{dest.name}.{os.getpid()}.part")


def convert(source: Path, dest: Path, *, old: RawKey | None, new: RawKey | None) -> None:
    """Write ``source`` (key ``old``, or plain) to the new file ``dest`` (key ``new``, or
    plain), atomically. The source is not changed."""
    if sqlcipher is None:
        raise unavailable_error()
    conn = sqlcipher.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    try:
        if old is not None:
            apply_key(conn, old)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        export(conn, dest, new)
    except sqlcipher.Error as error:
        if is_not_a_database(error):
            raise wrong_passphrase(source) from None
        raise database_error(error, source) from error
    finally:
        conn.close()


# — Holding a database exclusively while it is converted —————————————————————————————


def _busy(path: Path) -> DatabaseError:
    return DatabaseError(
        translate(
            "Crypto",
            "{path} is open in another Attaché window or program: close it first.",
        ).format(path=path),
        reason="locked",
        path=str(path),
    )


class Exclusive:
    """A connection that holds the database alone (no other connection reads or writes),
    from its first read until :meth:`replace_with` has put the converted file in place."""

    def __init__(self, path: Path, conn: Any) -> None:
        self.path = path
        self.conn = conn

    def replace_with(self, converted: Path) -> None:
        """Put ``converted`` in the database's place, still holding the old file: the
        write-ahead log is merged and removed first, and this connection stops journaling,
        so that closing it touches no file of the new database."""
        self.conn.execute("PRAGMA journal_mode = DELETE")
        self.conn.execute("PRAGMA journal_mode = OFF")
        for suffix in ("-wal", "-journal"):
            Path(str(self.path) + suffix).unlink(missing_ok=True)
        _fsync(converted)
        if os.name != "posix":
            # Windows cannot rename over a file that is open (this connection's included);
            # there, a file another program holds open makes the rename fail — the
            # conversion is then refused, the file unchanged —, and one that would open it
            # after this close is refused by the marker, still there.
            self.conn.close()
            try:
                os.replace(converted, self.path)
            except PermissionError:
                raise _busy(self.path) from None
            return
        os.replace(converted, self.path)
        if os.name == "posix":
            with contextlib.suppress(OSError):
                folder = os.open(self.path.parent, os.O_RDONLY)
                try:
                    os.fsync(folder)
                finally:
                    os.close(folder)


@contextlib.contextmanager
def exclusively(
    path: Path, key: RawKey | None, kind: str, *, timeout: float = EXCLUSIVE_TIMEOUT
) -> Iterator[Exclusive]:
    """Hold the database ``path`` alone while it is converted (``kind``: encrypt, rekey,
    decrypt, restore). Other Attaché processes are told so (the marker file) and wait or
    give up; connections already open are waited for, up to ``timeout``, then the
    conversion is refused (the file is unchanged)."""
    if sqlcipher is None:
        raise unavailable_error()
    refuse_if_converting(path)
    marker = marker_path(path)
    try:
        marker.write_text(f"{os.getpid()} {kind}", encoding="utf-8")
    except OSError as error:
        raise DatabaseError(
            translate("Database", "{path} cannot be written: {error}.").format(
                path=marker, error=error.strerror or error
            ),
            reason="unavailable",
            path=str(path),
        ) from error
    try:
        conn = sqlcipher.connect(
            f"{path.absolute().as_uri()}?mode=rw", uri=True, isolation_level=None, timeout=timeout
        )
        try:
            if key is not None:
                apply_key(conn, key)
            conn.execute("PRAGMA locking_mode = EXCLUSIVE")
            try:
                # In exclusive locking mode the lock taken here is kept until the end.
                conn.execute("BEGIN EXCLUSIVE")
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
                conn.execute("COMMIT")
            except sqlcipher.DatabaseError as error:
                if is_busy(error):
                    raise _busy(path) from None
                if is_not_a_database(error):
                    raise wrong_passphrase(path) from None
                raise
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            yield Exclusive(path, conn)
        finally:
            conn.close()
    finally:
        marker.unlink(missing_ok=True)
