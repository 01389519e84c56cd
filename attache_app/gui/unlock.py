"""The passphrase of an encrypted database outside its dialogs: remembered by the system's
keyring when the user asks, and turned into the database's key while the window starts
(:class:`EarlyUnlock`).

Qt-free, and importing nothing of Attaché at first: `attache-app` starts the key's
derivation before it imports Qt (gui/launch.py).
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from attache_app.services.database import RawKey

log = logging.getLogger(__name__)

KEYRING_SERVICE = "Attaché"


def keyring_module() -> Any:
    """The keyring library, or None (not installed, or no backend on this desktop)."""
    try:
        import keyring

        return keyring
    except Exception:
        return None


def remembered(path: Path) -> str | None:
    ring = keyring_module()
    if ring is None:
        return None
    try:
        found = ring.get_password(KEYRING_SERVICE, str(path.resolve()))
        return str(found) if found else None
    except Exception:
        return None


def remember(path: Path, passphrase: str) -> bool:
    ring = keyring_module()
    if ring is None:
        return False
    try:
        ring.set_password(KEYRING_SERVICE, str(path.resolve()), passphrase)
        return True
    except Exception:
        return False


def forget(path: Path) -> None:
    ring = keyring_module()
    if ring is None:
        return
    with contextlib.suppress(Exception):  # nothing remembered, or no backend
        ring.delete_password(KEYRING_SERVICE, str(path.resolve()))


class EarlyUnlock:
    """The key of an encrypted database whose passphrase is known without asking
    (ATTACHE_PASSPHRASE, or remembered in the system's keyring), derived in a thread from
    the start of `attache-app`, while Qt and the core are imported: PBKDF2's 256,000 rounds
    (≈ 100 ms of processor time) release the GIL, so on a second core they cost the
    start-up nothing. Anything unusual (no passphrase, a plain file, a wrong passphrase)
    gives no key, and the usual path asks and explains. ``path`` None: the default
    database.

    Until the key is derived the thread imports the standard library's hashlib only
    (attache_app/keys.py; the keyring when the passphrase is remembered there): an import
    holding the GIL would delay the window's frame. :meth:`key` checks the key against
    the file once the core is imported. The default database's path needs the storage
    layer: the core's import waits for that one (:meth:`imported`), as two threads
    importing the same package at once can see each other's half-imported modules."""

    def __init__(self, path: Path | None) -> None:
        self._derived: tuple[Path, str, bytes, bytes] | None = None
        self._imported = threading.Event()
        self._thread: threading.Thread | None = None
        if path is None or path.is_file():
            self._thread = threading.Thread(
                target=self._derive, args=(path,), name="attache-unlock", daemon=True
            )
            self._thread.start()
        else:
            self._imported.set()

    def _derive(self, path: Path | None) -> None:
        try:
            if path is None:
                from attache_app.services.database import default_database_path

                path = default_database_path()
            from attache_app import keys

            if not keys.looks_encrypted(path):
                return  # plain, new, or not a database: the usual path
            given = os.environ.get("ATTACHE_PASSPHRASE") or remembered(path)
            self._imported.set()  # what follows imports nothing
            if given:
                with path.open("rb") as handle:
                    salt = handle.read(keys.SALT_BYTES)
                derived = keys.derive_bytes(keys.normalised(given), salt)
                self._derived = (path, given, salt, derived)
        except Exception:  # the usual path (asking, explaining) takes over
            log.debug("early unlock of %s failed", path, exc_info=True)
        finally:
            self._imported.set()

    def imported(self) -> threading.Event:
        """Set once this thread imports nothing more (the key may still be derived)."""
        return self._imported

    def key(self) -> RawKey | None:
        """The key, checked to open the file (None: the usual path asks and explains)."""
        if self._thread is not None:
            self._thread.join()
        if self._derived is None:
            return None
        path, given, salt, derived = self._derived
        self._derived = None
        try:
            from attache_app.services import encryption

            return encryption.unlock_derived(path, given, salt, derived)
        except Exception:
            log.debug("early unlock of %s failed", path, exc_info=True)
            return None
