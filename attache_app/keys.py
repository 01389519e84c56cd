"""The key of an encrypted database from its passphrase: SQLCipher 4's derivation
(PBKDF2-HMAC-SHA512, 256,000 iterations, a 32-byte key, the file's first 16 bytes as salt),
computed with :mod:`hashlib`.

Standard library only, like errors.py and i18n.py: `attache-app` derives the key in a
thread from its first instant, before it imports Qt or the storage layer
(gui/unlock.py), and an import that holds the GIL there would delay the window's frame.
:mod:`attache_app.storage.crypto` builds its keys (``RawKey``) on these functions.
"""

from __future__ import annotations

import hashlib
import unicodedata
from pathlib import Path

KDF_ITERATIONS = 256_000
"""SQLCipher 4's defaults: PBKDF2-HMAC-SHA512, 256,000 iterations, a 32-byte key."""
KEY_BYTES = 32
SALT_BYTES = 16


def normalised(passphrase: str) -> str:
    """The form a passphrase is stored in: Unicode NFC, so that « é » typed as one
    character (Windows) or as e + accent (macOS) is the same passphrase."""
    return unicodedata.normalize("NFC", passphrase)


def candidates(passphrase: str) -> list[str]:
    """The normalised form first, then the form as typed, then the decomposed form: a
    database encrypted before passphrases were normalised keeps its passphrase as it was
    typed then — on a macOS keyboard (decomposed accents) or another one."""
    forms: list[str] = []
    for form in (normalised(passphrase), passphrase, unicodedata.normalize("NFD", passphrase)):
        if form not in forms:
            forms.append(form)
    return forms


def derive_bytes(passphrase: str, salt: bytes) -> bytes:
    """The key SQLCipher 4 derives from ``passphrase`` for a file with ``salt`` (the GIL
    is released meanwhile: ≈ 100 ms of one core)."""
    return hashlib.pbkdf2_hmac("sha512", passphrase.encode(), salt, KDF_ITERATIONS, KEY_BYTES)


def looks_encrypted(path: Path) -> bool:
    """Whether ``path`` may be an SQLCipher database, so that its passphrase is worth asking:
    whole pages (a power of two of at least 512 bytes) starting with a random salt — not
    a plain SQLite header, not text, not an empty or odd-sized file."""
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            salt = handle.read(SALT_BYTES)
    except OSError:
        return False
    if size < 512 or size % 512 or salt == b"SQLite format 3\x00":
        return False
    return not all(32 <= byte < 127 or byte in b"\t\r\n" for byte in salt)
