"""Encrypting, re-keying and decrypting the open database from the window (Outils ›
Chiffrement). The conversion needs the file closed: the window's store is closed, the
core's service (services/encryption.py, the same as `attache encrypt|rekey|decrypt`)
converts it in a thread under a progress dialog, and the database is opened again — with
its new passphrase, or with the old one when the conversion failed (the file is then as
it was)."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox, QWidget

from attache_app.errors import AttacheError
from attache_app.gui.background import wait_for
from attache_app.gui.dialogs import passphrase as dialogs
from attache_app.gui.shell import Shell
from attache_app.i18n import translate

if TYPE_CHECKING:
    from attache_app.services.database import RawKey, Store
    from attache_app.services.encryption import Converted


class Change(StrEnum):
    ENCRYPT = "encrypt"
    REKEY = "rekey"
    DECRYPT = "decrypt"


def change_encryption(window: Shell, change: str, new: str | None = None) -> bool:
    """Encrypt the database, change its passphrase or decrypt it: the passphrases are
    asked (unless given), then the application converts the file and reopens it."""
    from attache_app.services import encryption

    what = Change(change)
    if window.store.path is None:
        return False
    if what is not Change.DECRYPT and not encryption.available():
        QMessageBox.warning(
            window,
            translate("MainWindow", "Encryption"),
            translate(
                "MainWindow",
                "Encryption is not available in this installation (the sqlcipher3 "
                "package is missing).",
            ),
        )
        return False
    if new is None:
        new = ask(window.store.path, window.store.key, what, window)
        if new is None:
            return False
    window.encryption_change_requested.emit(what.value, new)
    return True


def ask(path: Path, current: RawKey | None, change: Change, parent: QWidget | None) -> str | None:
    """The passphrase the database will have after ``change`` ("" to decrypt), or None when
    the user cancels."""
    dialog = dialogs.NewPassphraseDialog(
        path, current, parent, ask_new=change is not Change.DECRYPT
    )
    if not dialog.exec():
        return None
    return dialog.new_passphrase or ""


def apply(
    store: Store,
    change: Change,
    new: str | None,
    parent: QWidget | None = None,
    *,
    confirm: Callable[[str], bool] | None = None,
) -> tuple[Store, str]:
    """Convert the database of ``store`` (which is closed) and open it again. Returns the
    store now open and a sentence saying what happened (or why nothing did)."""
    from attache_app.services import encryption
    from attache_app.services.database import open_store

    assert store.path is not None
    path = store.path
    old = store.key.copy() if store.key is not None else None
    store.close()
    if store.key is not None:
        store.key.wipe()
    texts = {
        Change.ENCRYPT: translate("Encryption", "Encrypting the database…"),
        Change.REKEY: translate("Encryption", "Changing the passphrase…"),
        Change.DECRYPT: translate("Encryption", "Removing the encryption…"),
    }

    def work() -> Converted:
        if change is Change.ENCRYPT:
            assert new
            return encryption.encrypt(path, new)
        if change is Change.REKEY:
            assert old is not None and new
            return encryption.rekey(path, old, new)
        assert old is not None
        return encryption.decrypt(path, old)

    try:
        converted = wait_for(parent, translate("Encryption", "Encryption"), texts[change], work)
    except AttacheError as error:
        return open_store(path, key=old, auto_backup=False), str(error)
    if old is not None:
        old.wipe()
    key = None if change is Change.DECRYPT else new
    if dialogs.remembered(path) is not None:
        if key is None:
            dialogs.forget(path)
        else:
            dialogs.remember(path, key)
    done = {
        Change.ENCRYPT: translate(
            "Encryption", "The database is encrypted. A safety copy was kept: {path}"
        ),
        Change.REKEY: translate(
            "Encryption", "The passphrase was changed. A safety copy was kept: {path}"
        ),
        Change.DECRYPT: translate(
            "Encryption", "The database is no longer encrypted. A safety copy was kept: {path}"
        ),
    }[change].format(path=converted.safety_copy)
    if converted.plain_backups:
        question = (
            translate(
                "Encryption",
                "Earlier backups of this database that are not encrypted: {count}. Anyone "
                "who has them can read them. Delete them now?",
            ).format(count=len(converted.plain_backups))
            + "\n\n"
            + "\n".join(str(p) for p in converted.plain_backups[:10])
        )
        confirm = confirm or (lambda text: _yes(parent, text))
        if confirm(question):
            for backup in converted.plain_backups:
                backup.unlink(missing_ok=True)
            done += "\n" + translate("Encryption", "The earlier backups in clear were deleted.")
    return open_store(path, key=converted.key, auto_backup=False), done


def _yes(parent: QWidget | None, text: str) -> bool:
    answer = QMessageBox.question(parent, translate("Encryption", "Encryption"), text)
    return answer == QMessageBox.StandardButton.Yes
