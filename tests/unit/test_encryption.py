"""Encryption at rest (SQLCipher): no plain header or readable text in the file, its WAL or
its backups; a wrong passphrase is one clear error; re-key and decrypt keep every record."""

from __future__ import annotations

from pathlib import Path

import pytest

from attache_app.errors import DatabaseError
from attache_app.services import encryption, search
from attache_app.services.demo import load_demo
from attache_app.storage import Store, backup, open_store
from tests.conftest import fixed_clock

PASS = "correct horse battery staple"
# Long enough not to occur by chance in a megabyte of random bytes (a 3-byte word would,
# one time in ten).
WORDS = [b"Taipei", b"Academia Sinica", b"Lef\xc3\xa8vre", b"PHC Orchid", "陳承恩".encode()]


def _dump(store: Store) -> dict[str, list[tuple[object, ...]]]:
    tables = [
        r[0]
        for r in store.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE 'search_index%' ORDER BY name"
        )
    ]
    return {t: store.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in tables}


def _raw(path: Path) -> bytes:
    return b"".join(p.read_bytes() for p in [path, Path(f"{path}-wal")] if p.exists())


@pytest.fixture
def encrypted(tmp_path: Path) -> Path:
    path = tmp_path / "secret.db"
    with open_store(path, create=True, clock=fixed_clock, passphrase=PASS) as store:
        load_demo(store, clock=fixed_clock)
        assert [h.kind for h in search.search(store, "陳")]  # the index works encrypted
    return path


def test_an_encrypted_file_has_no_header_and_no_readable_text(encrypted: Path) -> None:
    data = _raw(encrypted)
    assert not data.startswith(b"SQLite format 3")
    assert not any(word in data for word in WORDS)


def test_a_wrong_or_missing_passphrase_is_one_clear_error(encrypted: Path) -> None:
    before = encrypted.read_bytes()
    with pytest.raises(DatabaseError, match="passphrase does not open") as wrong:
        open_store(encrypted, passphrase="not the passphrase")
    assert wrong.value.reason == "passphrase"
    with pytest.raises(DatabaseError, match="encrypted") as missing:
        open_store(encrypted)
    assert missing.value.reason == "not_database"
    assert encrypted.read_bytes() == before


def test_backups_of_an_encrypted_database_are_encrypted(encrypted: Path, tmp_path: Path) -> None:
    with open_store(encrypted, passphrase=PASS, clock=fixed_clock) as store:
        copy = backup.backup(store, tmp_path / "copy.db")
        expected = _dump(store)
    data = copy.read_bytes()
    assert not data.startswith(b"SQLite format 3") and not any(w in data for w in WORDS)
    with open_store(copy, passphrase=PASS, auto_backup=False) as restored:
        assert _dump(restored) == expected
    # Restoring it into the encrypted database works with the same passphrase, and the
    # restore journals what it changed: the notes deleted behind the journal's back are
    # given back (origin « restore »), after the backup's own entries.
    with open_store(encrypted, passphrase=PASS, clock=fixed_clock) as store:
        notes = {str(u) for (u,) in store.execute("SELECT uuid FROM notes")}
        store.execute("DELETE FROM notes")
        backup.restore(store, copy)
        after = _dump(store)
    journal = after.pop("journal")
    assert after == {t: rows for t, rows in expected.items() if t != "journal"}
    assert journal[: len(expected["journal"])] == expected["journal"]
    given_back = journal[len(expected["journal"]) :]
    assert notes and {(e[2], e[3], e[5], e[7]) for e in given_back} == {
        ("note", u, "create", "restore") for u in notes
    }


def test_rekey_and_decrypt_keep_every_record(encrypted: Path) -> None:
    with open_store(encrypted, passphrase=PASS, auto_backup=False) as store:
        expected = _dump(store)
    converted = encryption.rekey(encrypted, PASS, "another long passphrase")
    assert not converted.safety_copy.read_bytes().startswith(b"SQLite format 3")
    with pytest.raises(DatabaseError):
        open_store(encrypted, passphrase=PASS)
    with open_store(encrypted, passphrase="another long passphrase", auto_backup=False) as store:
        assert _dump(store) == expected
    encryption.decrypt(encrypted, "another long passphrase")
    assert encrypted.read_bytes().startswith(b"SQLite format 3")
    with open_store(encrypted, auto_backup=False) as store:
        assert _dump(store) == expected
    with pytest.raises(DatabaseError, match="at least 8"):
        encryption.encrypt(encrypted, "short")
    encryption.encrypt(encrypted, "encrypted once more")
    assert not any(w in _raw(encrypted) for w in WORDS)
    with open_store(encrypted, passphrase="encrypted once more", auto_backup=False) as store:
        assert _dump(store) == expected


def test_an_open_database_is_not_converted_under_another_program(encrypted: Path) -> None:
    holder = open_store(encrypted, passphrase=PASS, auto_backup=False)
    try:
        holder.execute("BEGIN")
        holder.execute("UPDATE settings SET value = value")
        with pytest.raises(DatabaseError):
            encryption.rekey(encrypted, PASS, "another long passphrase")
    finally:
        holder.conn.rollback() if holder.conn.in_transaction else None
        holder.close()
    with open_store(encrypted, passphrase=PASS, auto_backup=False) as store:
        assert store.scalar("SELECT count(*) FROM persons") == 150


def test_a_protected_workbook_opens_only_with_its_password(
    demo_store: Store, tmp_path: Path
) -> None:
    import io

    import msoffcrypto
    from python_calamine import CalamineWorkbook

    from attache_app.services import exports

    out = tmp_path / "rapport.xlsx"
    exports.write_report(
        demo_store, out, exports.parse_period("2026"), clock=fixed_clock, password="paris-2026!"
    )
    assert not out.read_bytes().startswith(b"PK")  # not a readable zip: an encrypted container
    with pytest.raises(Exception):  # noqa: B017 - any reader refuses it without the password
        CalamineWorkbook.from_path(str(out))
    clear = io.BytesIO()
    with out.open("rb") as stream:
        office = msoffcrypto.OfficeFile(stream)
        office.load_key(password="paris-2026!")
        office.decrypt(clear)
    plain = tmp_path / "clear.xlsx"
    plain.write_bytes(clear.getvalue())
    assert CalamineWorkbook.from_path(str(plain)).sheet_names[0] == "Overview"
    with out.open("rb") as stream:
        office = msoffcrypto.OfficeFile(stream)
        office.load_key(password="wrong password")
        with pytest.raises(Exception):  # noqa: B017
            office.decrypt(io.BytesIO())
    assert sorted(p.name for p in tmp_path.glob("*.xlsx*")) == ["clear.xlsx", "rapport.xlsx"]


def test_only_files_that_may_be_encrypted_are_worth_a_passphrase(tmp_path: Path) -> None:
    from attache_app.storage import crypto

    encrypted = tmp_path / "secret.db"
    with open_store(encrypted, create=True, passphrase=PASS):
        pass
    plain = tmp_path / "plain.db"
    with open_store(plain, create=True):
        pass
    text = tmp_path / "contacts.db"
    text.write_bytes(b"Nom;Prenom;Courriel\n" * 512)  # whole pages, but text
    odd = tmp_path / "odd.db"
    odd.write_bytes(bytes(range(256)) * 3)  # random-looking, but not whole pages
    assert crypto.looks_encrypted(encrypted)
    for other in (plain, text, odd, tmp_path / "missing.db"):
        assert not crypto.looks_encrypted(other), other
