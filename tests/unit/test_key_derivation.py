"""One key derivation per unlock: the raw key computed with hashlib is the key SQLCipher
derives itself (both ways, over generated passphrases), a store's connections are keyed
with it without deriving again, it can be wiped, and passphrases are Unicode-normalised
(with the forms typed before normalisation still opening their databases)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from attache_app.errors import DatabaseError
from attache_app.services import encryption
from attache_app.storage import crypto, open_store
from attache_app.storage.db import connect

sqlcipher = pytest.importorskip("sqlcipher3.dbapi2")

PASS = "correct horse battery staple"
passphrases = st.text(min_size=8, max_size=24).filter(lambda t: "\x00" not in t)


def _sqlcipher_file(path: Path, passphrase: str) -> None:
    """A database keyed by SQLCipher's own key derivation (PRAGMA key with the text)."""
    conn = sqlcipher.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA key = '" + passphrase.replace("'", "''") + "'")
    conn.execute("CREATE TABLE t (x)")
    conn.execute("INSERT INTO t VALUES ('Chen Chih-Ming')")
    conn.close()


def _sqlcipher_opens(path: Path, passphrase: str) -> bool:
    conn = sqlcipher.connect(str(path))
    try:
        conn.execute("PRAGMA key = '" + passphrase.replace("'", "''") + "'")
        return conn.execute("SELECT x FROM t").fetchone() == ("Chen Chih-Ming",)
    except sqlcipher.DatabaseError:
        return False
    finally:
        conn.close()


@settings(
    max_examples=4, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(passphrase=passphrases)
def test_the_raw_key_is_the_key_sqlcipher_derives(tmp_path_factory: pytest.TempPathFactory,
                                                   passphrase: str) -> None:  # fmt: skip
    folder = tmp_path_factory.mktemp("kdf")
    # SQLCipher derived the key: ours, from the file's salt, opens the file.
    theirs = folder / "theirs.db"
    _sqlcipher_file(theirs, passphrase)
    key = crypto.derive(passphrase, crypto.file_salt(theirs))
    assert crypto.opens(theirs, key)
    # We derived the key (fresh salt): SQLCipher's own derivation opens the file.
    ours = folder / "ours.db"
    conn = crypto.connect_new(ours, crypto.derive(passphrase, b"0123456789abcdef"))
    conn.execute("CREATE TABLE t (x)")
    conn.execute("INSERT INTO t VALUES ('Chen Chih-Ming')")
    conn.commit()
    conn.close()
    assert crypto.file_salt(ours) == b"0123456789abcdef"
    assert _sqlcipher_opens(ours, passphrase)
    assert not _sqlcipher_opens(ours, passphrase + "x")


def test_a_store_derives_once_and_its_connections_use_the_raw_key(tmp_path: Path) -> None:
    path = tmp_path / "secret.db"
    with open_store(path, create=True, passphrase=PASS):
        pass
    crypto.KEYINGS.clear()
    with open_store(path, passphrase=PASS, auto_backup=False) as store:
        assert crypto.KEYINGS["derivation"] == 1
        assert store.key is not None
        for _ in range(20):  # twenty worker connections
            connect(path, key=store.key, create=False).close()
        assert crypto.KEYINGS["derivation"] == 1 and crypto.KEYINGS["raw"] >= 21
        key = store.key
    assert key.wiped  # closing the store that derived it wipes it


def test_a_wiped_key_opens_nothing(tmp_path: Path) -> None:
    path = tmp_path / "secret.db"
    with open_store(path, create=True, passphrase=PASS):
        pass
    key = crypto.unlock(path, PASS)
    copy = key.copy()
    key.wipe()
    assert key.wiped and "…" not in repr(key) and not copy.wiped
    with pytest.raises(DatabaseError, match="locked") as locked:
        connect(path, key=key, create=False)
    assert locked.value.reason == "locked"
    key.load(copy)
    connect(path, key=key, create=False).close()


def test_passphrases_are_normalised_and_old_forms_still_open(tmp_path: Path) -> None:
    composed = "Clé d’accès à Taïwan"  # as Windows types it (NFC)
    decomposed = unicodedata.normalize("NFD", composed)  # as a macOS keyboard types it
    assert composed != decomposed
    # A database encrypted now from a macOS keyboard opens from a Windows one, and back.
    plain = tmp_path / "post.db"
    with open_store(plain, create=True):
        pass
    encryption.encrypt(plain, decomposed)
    for typed in (composed, decomposed):
        with open_store(plain, passphrase=typed, auto_backup=False) as store:
            assert store.scalar("SELECT count(*) FROM sqlite_master") > 0
    # A database whose passphrase was set before normalisation, decomposed: it opens
    # with the form typed then, and with the composed form.
    old = tmp_path / "old.db"
    _sqlcipher_file(old, decomposed)
    for typed in (decomposed, composed):
        crypto.unlock(old, typed)
    with pytest.raises(DatabaseError, match="passphrase does not open"):
        crypto.unlock(old, composed + "!")


def test_the_same_minimum_length_everywhere(tmp_path: Path) -> None:
    path = tmp_path / "post.db"
    with open_store(path, create=True):
        pass
    # Seven characters composed are eight decomposed: the composed form counts.
    short = unicodedata.normalize("NFD", "abcdefé")
    assert len(short) == 8
    with pytest.raises(DatabaseError, match="at least 8"):
        encryption.encrypt(path, short)
    assert crypto.passphrase_problem("abcdefgh") is None
    assert crypto.is_plain_sqlite(path)
