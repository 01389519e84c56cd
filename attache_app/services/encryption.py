"""Encrypting, re-keying and decrypting a database (SQLCipher), always through a new file
renamed into place, after a safety copy — itself encrypted, so that no plain copy of an
encrypted database is ever written.

The database is held exclusively (:func:`attache_app.storage.conversions.exclusively`) from the
first read to the swap: what another program wrote before is in the result, what it tries
meanwhile is refused with one sentence, and the file always opens with exactly one known
passphrase (the old one until the swap, the new one after)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from attache_app.errors import DatabaseError
from attache_app.i18n import translate
from attache_app.storage import conversions, crypto
from attache_app.storage.crypto import MINIMUM_LENGTH as MINIMUM_LENGTH
from attache_app.storage.crypto import RawKey as RawKey
from attache_app.storage.crypto import available as available
from attache_app.storage.crypto import looks_encrypted as looks_encrypted
from attache_app.storage.crypto import matches as matches
from attache_app.storage.crypto import normalised as normalised
from attache_app.storage.crypto import strength as strength
from attache_app.storage.crypto import unlock as unlock


@dataclass
class Converted:
    path: Path
    safety_copy: Path
    plain_backups: list[Path]
    """Backups made before encryption: plain copies the user may want to delete."""
    key: RawKey | None = None
    """The database's key now (None: it is plain)."""


def _key(path: Path, old: str | RawKey | None) -> RawKey | None:
    if old is None or isinstance(old, RawKey):
        return old
    return crypto.unlock(path, old)


def _convert(path: Path, old: RawKey | None, new: RawKey | None, label: str, kind: str) -> Path:
    """Hold ``path`` alone, write the safety copy (encrypted with whichever key exists:
    never a plain copy of a database that is, or is about to be, encrypted), write the
    converted file and put it in place. Returns the safety copy's path."""
    if not path.is_file():
        raise DatabaseError(
            translate(
                "Database", "There is no database at {path}. Create one with “attache init”."
            ).format(path=path),
            reason="missing",
            path=str(path),
        )
    from attache_app.storage.backup import backups_dir

    folder = backups_dir(path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DatabaseError(
            translate("Backup", "The folder {folder} cannot be created: {error}.").format(
                folder=folder, error=error.strerror or error
            ),
            reason="unavailable",
        ) from error
    safety = folder / f"{path.stem}-before-{label}.db"
    with conversions.exclusively(path, old, kind) as held:
        try:
            conversions.export(held.conn, safety, old if old is not None else new)
            converted = conversions.export_part(held.conn, path, new)
            try:
                held.replace_with(converted)
            except BaseException:
                converted.unlink(missing_ok=True)
                raise
        except crypto.DB_ERRORS as error:
            from attache_app.storage.sqlite_errors import database_error

            raise database_error(error, path) from error
        except OSError as error:
            raise DatabaseError(
                translate("Database", "{path} cannot be written: {error}.").format(
                    path=path, error=error.strerror or error
                ),
                reason="unavailable",
                path=str(path),
            ) from error
    return safety


def encrypt(path: Path, passphrase: str) -> Converted:
    """Encrypt a plain database with ``passphrase`` (normalised: NFC)."""
    passphrase = crypto.check_new_passphrase(passphrase)
    if not crypto.is_plain_sqlite(path):
        raise DatabaseError(
            translate("Crypto", "{path} is already encrypted.").format(path=path),
            reason="passphrase",
        )
    from attache_app.storage.backup import list_backups

    plain = [p for p in list_backups(path) if crypto.is_plain_sqlite(p)]
    new = crypto.new_key(passphrase)
    safety = _convert(path, None, new, "encryption", "encrypt")
    return Converted(path, safety, plain, new)


def rekey(path: Path, old: str | RawKey, new: str) -> Converted:
    """Change the passphrase of an encrypted database (the old one: typed, or its key)."""
    new = crypto.check_new_passphrase(new)
    current = _key(path, old)
    key = crypto.new_key(new)
    safety = _convert(path, current, key, "new-passphrase", "rekey")
    return Converted(path, safety, [], key)


def decrypt(path: Path, passphrase: str | RawKey) -> Converted:
    """Remove the encryption (the database becomes a plain SQLite file)."""
    current = _key(path, passphrase)
    safety = _convert(path, current, None, "decryption", "decrypt")
    return Converted(path, safety, [], None)
