"""Encrypting, re-keying and decrypting a database (SQLCipher), always through a new file
renamed into place, after a safety copy — itself encrypted, so that no plain copy of an
encrypted database is ever written."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from attache_app.errors import DatabaseError
from attache_app.i18n import translate
from attache_app.storage import crypto, open_store
from attache_app.storage.backup import backups_dir, list_backups


@dataclass
class Converted:
    path: Path
    safety_copy: Path
    plain_backups: list[Path]
    """Backups made before encryption: plain copies the user may want to delete."""


def _quiesce(path: Path, passphrase: str | None) -> None:
    """Merge the write-ahead log into the file; refuse if another program has it open."""
    with open_store(path, passphrase=passphrase, auto_backup=False) as store:
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        busy = store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    wal = Path(str(path) + "-wal")
    if busy or (wal.exists() and wal.stat().st_size > 0):
        raise DatabaseError(
            translate(
                "Crypto",
                "{path} is open in another Attaché window or program: close it first.",
            ).format(path=path),
            reason="locked",
            path=str(path),
        )


def _safety(path: Path, old: str | None, new: str | None, label: str) -> Path:
    folder = backups_dir(path)
    folder.mkdir(parents=True, exist_ok=True)
    dest = folder / f"{path.stem}-before-{label}.db"
    # The safety copy is encrypted with whichever key exists: never a plain copy of a
    # database that is (or is about to be) encrypted.
    crypto.convert(path, dest, old=old, new=new if old is None else old)
    return dest


def _swap(path: Path, old: str | None, new: str | None) -> None:
    temporary = path.with_name(path.name + ".converted")
    crypto.convert(path, temporary, old=old, new=new)
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    os.replace(temporary, path)


def _check_passphrase(passphrase: str) -> None:
    if len(passphrase) < 8:
        raise DatabaseError(
            translate("Crypto", "A passphrase needs at least 8 characters."), reason="passphrase"
        )


def encrypt(path: Path, passphrase: str) -> Converted:
    """Encrypt a plain database with ``passphrase``."""
    _check_passphrase(passphrase)
    if not crypto.is_plain_sqlite(path):
        raise DatabaseError(
            translate("Crypto", "{path} is already encrypted.").format(path=path),
            reason="passphrase",
        )
    plain = [p for p in list_backups(path) if crypto.is_plain_sqlite(p)]
    _quiesce(path, None)
    safety = _safety(path, None, passphrase, "encryption")
    _swap(path, None, passphrase)
    return Converted(path, safety, plain)


def rekey(path: Path, old: str, new: str) -> Converted:
    """Change the passphrase of an encrypted database."""
    _check_passphrase(new)
    _quiesce(path, old)
    safety = _safety(path, old, None, "new-passphrase")
    _swap(path, old, new)
    return Converted(path, safety, [])


def decrypt(path: Path, passphrase: str) -> Converted:
    """Remove the encryption (the database becomes a plain SQLite file)."""
    _quiesce(path, passphrase)
    safety = _safety(path, passphrase, None, "decryption")
    _swap(path, passphrase, None)
    return Converted(path, safety, [])
