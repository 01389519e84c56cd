"""The successor's side: a package imported into a new database reproduces the records (but
those left out, which the package names), and bad packages are one sentence each."""

from __future__ import annotations

import dataclasses
import io
import shutil
import zipfile
from pathlib import Path

import msoffcrypto
import pytest

from attache_app.errors import AttacheError
from attache_app.services import handover, handover_import, imports, records
from attache_app.services.handover_reading import PackageError, is_package
from attache_app.storage import Store, notes, open_store, persons
from tests.conftest import fixed_clock
from tests.unit.importing.full_compare import compare

PASSWORD = "relève-de-septembre"


@pytest.fixture
def post(demo_store: Store) -> Store:
    for person_id in (3, 4):
        person = records.get_person(demo_store, person_id)
        records.save_person(demo_store, dataclasses.replace(person, review_date="2020-01-01"))
    return demo_store


def _package(store: Store, folder: Path, password: str | None = PASSWORD) -> Path:
    folder.mkdir(exist_ok=True)
    out = folder / "Passation_Taipei.xlsx"
    handover.write_package(store, out, password=password, clock=fixed_clock)
    return out


def _without_left_out(store: Store, folder: Path) -> Path:
    """The source database as the package should give it back: a copy without the
    private notes and the persons due for review (removed by the storage's own paths)."""
    scope = handover.scope(store, clock=fixed_clock)
    expected = folder / "expected.db"
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert store.path is not None
    shutil.copyfile(store.path, expected)
    with open_store(expected, auto_backup=False, clock=fixed_clock) as copy:
        notes.delete(copy, [i for i, _t in scope.private_notes])
        persons.delete(copy, [i for i, _n in scope.left_out_persons])
        copy.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return expected


def test_the_whole_chain_reproduces_the_records(post: Store, tmp_path: Path) -> None:
    package = _package(post, tmp_path / "out")
    assert is_package(package)
    expected = _without_left_out(post, tmp_path)
    successor = tmp_path / "successor.db"
    with open_store(successor, create=True, clock=fixed_clock) as new:
        planned = handover_import.plan_package(new, package, PASSWORD)
        counts = planned.counts()
        scope = handover.scope(post, clock=fixed_clock)
        assert counts["persons"]["new"] == scope.counts["persons"]
        assert counts["notes"]["new"] == scope.counts["notes"]
        facts = dict(planned.note.facts())
        assert "Private watch notes: 3" in facts["Left out"]
        assert planned.to_dict()["package"]["version"] == handover.PACKAGE_VERSION
        assert new.scalar("SELECT count(*) FROM persons") == 0  # the plan wrote nothing
        result = handover_import.apply_package(new, planned, sender=planned.sender)
        assert result.batch is not None
        new.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        assert compare(expected, successor) == []
        # One batch: undone whole.
        imports.undo(new, result.batch)
        assert new.scalar("SELECT count(*) FROM persons") == 0
        assert new.scalar("SELECT count(*) FROM notes") == 0


def test_a_wrong_password_is_one_sentence_and_writes_nothing(post: Store, tmp_path: Path) -> None:
    package = _package(post, tmp_path / "out")
    with open_store(tmp_path / "new.db", create=True) as new:
        for wrong in ("relève-de-octobre", None):
            with pytest.raises(PackageError) as caught:
                handover_import.plan_package(new, package, wrong)
            assert "Passation_Taipei.xlsx" in str(caught.value)
            assert "\n" not in str(caught.value)
        assert new.scalar("SELECT count(*) FROM import_batches") == 0


def _reencrypted(data: bytes, out: Path, password: str = PASSWORD) -> Path:
    from msoffcrypto.format.ooxml import OOXMLFile

    with out.open("wb") as target:
        OOXMLFile(io.BytesIO(data)).encrypt(password, target)
    return out


def _plain(package: Path) -> bytes:
    clear = io.BytesIO()
    with package.open("rb") as stream:
        office = msoffcrypto.OfficeFile(stream)
        office.load_key(password=PASSWORD)
        office.decrypt(clear)
    return clear.getvalue()


def _with_marker(data: bytes, value: str | None) -> bytes:
    """The workbook with its package marker set to ``value`` (None: removed)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info)
            if info.filename == "docProps/custom.xml":
                text = content.decode()
                marker = f'name="{handover.PACKAGE_MARKER}"'
                if value is None:
                    text = text.replace(marker, 'name="SomethingElse"')
                else:
                    start = text.index(marker)
                    head, _sep, tail = text[start:].partition("<vt:lpwstr>")
                    old, _end, rest = tail.partition("</vt:lpwstr>")
                    text = text[:start] + head + f"<vt:lpwstr>{value}</vt:lpwstr>" + rest
                    assert old == str(handover.PACKAGE_VERSION)
                content = text.encode()
            target.writestr(info, content)
    return out.getvalue()


@pytest.mark.parametrize(
    ("case", "fragment"),
    [
        ("newer", "newer Attaché"),
        ("older", "does not read"),
        ("foreign", "not a hand-over package"),
        ("truncated", "damaged or incomplete"),
        ("garbage", "damaged or incomplete"),
    ],
)
def test_bad_packages_are_one_sentence_and_write_nothing(
    post: Store, tmp_path: Path, case: str, fragment: str
) -> None:
    package = _package(post, tmp_path / "out")
    data = _plain(package)
    bad = tmp_path / f"{case}.xlsx"
    if case == "newer":
        _reencrypted(_with_marker(data, str(handover.PACKAGE_VERSION + 1)), bad)
    elif case == "older":
        _reencrypted(_with_marker(data, "0"), bad)
    elif case == "foreign":
        _reencrypted(_with_marker(data, None), bad)
    elif case == "truncated":
        raw = package.read_bytes()
        bad.write_bytes(raw[: len(raw) // 2])
    else:
        raw = bytearray(package.read_bytes())
        raw[len(raw) // 2 : len(raw) // 2 + 4096] = bytes(4096)
        bad.write_bytes(bytes(raw))
    with open_store(tmp_path / "new.db", create=True) as new:
        with pytest.raises(AttacheError) as caught:
            handover_import.plan_package(new, bad, PASSWORD)
        message = str(caught.value)
        assert fragment in message and bad.name in message and "\n" not in message
        assert new.scalar("SELECT count(*) FROM persons") == 0
        assert new.scalar("SELECT count(*) FROM import_batches") == 0


def test_an_unprotected_package_needs_no_password(post: Store, tmp_path: Path) -> None:
    package = _package(post, tmp_path / "out", password=None)
    assert is_package(package)
    with open_store(tmp_path / "new.db", create=True) as new:
        planned = handover_import.plan_package(new, package, None)
        assert planned.counts()["persons"]["new"] > 0
